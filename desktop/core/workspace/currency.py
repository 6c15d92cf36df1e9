"""The reporting currency: which currencies a workspace can report in, and the converter for one at a date
(``core.fx`` states the conventions)."""

from __future__ import annotations

import datetime as dt

from .. import fx
from ..i18n import translate
from ..io.fields import InputError
from ..table_cache import ARRANGEMENT_TABLES, MEMBER_TABLES, reads


class CurrencyPart:
    @reads("fx_rates")
    def fx_currencies(self) -> list[str]:
        """Currencies with imported rates."""
        return self.store.fx_currencies()

    def reporting_currencies(self) -> list[str]:
        """What the toolbar offers: US$, SDR, the member's local currency, then any other with rates."""
        codes = [fx.USD, fx.SDR]
        local = self.member.local_currency
        for code in ([local] if local else []) + self.fx_currencies():
            if code not in codes:
                codes.append(code)
        return codes

    @reads("fx_rates")
    def _fx_series(self, code: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
        rows = self.store.fx_rates(code)
        return tuple(r[0] for r in rows), tuple(r[1] for r in rows)

    @reads("fx_rates", *MEMBER_TABLES, *ARRANGEMENT_TABLES)
    def converter(self, code: str = fx.USD, date: dt.date | None = None) -> fx.Converter:
        """Figures in ``code`` with ``date`` (default: the workspace's) as the valuation date: rates on or before
        it as observed, after it along the assumed path (the member's local currency) or held flat."""
        code = fx.normalise_code(code)
        date = date or self.default_date()
        dates, rates = self._fx_series(code) if code != fx.USD else ((), ())
        member = self.member
        program = None
        if code == fx.SDR and not dates and self.arrangements:
            latest = self.arrangements[-1]
            program = (latest.usd_per_sdr, latest.name)
        depreciation = member.fx_depreciation_per_year if code == member.local_currency else 0.0
        return fx.Converter(code, date, dates, rates, depreciation_per_year=depreciation, program_usd_per_sdr=program)

    def set_currency_settings(self, *, local_currency: str | None = ..., fx_depreciation_per_year: float = ...) -> None:
        """The member's local currency (a code, or None) and the yearly loss of its US$ value assumed after the
        valuation date (a fraction; 0 holds the rate flat). An argument left out is left as it is."""
        changes, problems = {}, []
        if local_currency is not ...:
            if local_currency is None or local_currency == "":
                changes["local_currency"] = None
            else:
                try:
                    code = fx.normalise_code(local_currency)
                except ValueError as exc:
                    problems.append(f"local_currency: {exc}")
                else:
                    if code in (fx.USD, fx.SDR):
                        problems.append("local_currency: " + translate(
                            "currency", "US$ and the SDR are offered anyway; the local currency is another one"))
                    changes["local_currency"] = code
        if fx_depreciation_per_year is not ...:
            d = fx_depreciation_per_year
            if not (isinstance(d, (int, float)) and -0.5 <= d <= 0.9):
                problems.append("fx_depreciation_per_year: " + translate(
                    "currency", "{value} is not a yearly loss of value between -50% and 90% (0.10 for 10%)").format(
                    value=d))
            else:
                changes["fx_depreciation_per_year"] = float(d)
        if problems:
            raise InputError("member", problems)
        if changes:
            with self.store.transaction() as w:
                w.update("member", 1, changes)
