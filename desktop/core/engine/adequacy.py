"""Reserve adequacy by the IMF's measures, without bitcoin (the IMF's definition) and, separately, with it.

ARA EM metric (IMF, Assessing Reserve Adequacy, 2011 and later guidance): fixed regime 30% short-term debt + 20% other liabilities + 10% broad
money + 10% exports; floating regime 30% + 15% + 5% + 5%. Reserves at 100-150% of the metric are
adequate. Months of imports = reserves / (12-month imports / 12), 3 the traditional benchmark.
Greenspan-Guidotti = reserves / short-term external debt, 1.0 the benchmark.
Bitcoin is not a reserve asset (BPM7); "with bitcoin" adds its value after a haircut, and says so.
The inputs are the IMF's (INPUT_DEFINITIONS): reserves gross, short-term debt at remaining maturity, other
liabilities the other portfolio liabilities.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InvalidInput
from ..i18n import QT_TRANSLATE_NOOP

ARA_WEIGHTS = {
    "fixed": {"short_term_debt_usd": 0.30, "other_liabilities_usd": 0.20, "broad_money_usd": 0.10, "exports_usd": 0.10},
    "floating": {"short_term_debt_usd": 0.30, "other_liabilities_usd": 0.15, "broad_money_usd": 0.05, "exports_usd": 0.05},
}
ADEQUATE_RANGE = (1.0, 1.5)
# What each input must hold for the IMF's measures (IMF, Assessing Reserve Adequacy, 2011, and the Guidance
# Note on the Assessment of Reserve Adequacy, 2016), shown wherever the user enters or reads them
INPUT_DEFINITIONS = {  # the English; the window shows translate("adequacy", text)
    "gross_reserves_usd": QT_TRANSLATE_NOOP(
        "adequacy", "Gross official reserve assets (foreign currency, SDR holdings, reserve position in the IMF, "
        "monetary gold), not net: not 'net international reserves' or NIR, which subtract liabilities "
        "(IMF, Assessing Reserve Adequacy, 2011)."),
    "short_term_debt_usd": QT_TRANSLATE_NOOP(
        "adequacy", "External debt at remaining maturity: all debt to nonresidents falling due within the next 12 "
        "months, short-term debt plus the long-term debt amortising in that year (IMF, Assessing Reserve "
        "Adequacy, 2011)."),
    "other_liabilities_usd": QT_TRANSLATE_NOOP(
        "adequacy", "Other portfolio liabilities: nonresidents' holdings of the country's portfolio equity and of its"
        " debt with more than a year to run, not the short-term debt above, so nothing is counted twice "
        "(IMF, Assessing Reserve Adequacy, 2011)."),
    "broad_money_usd": QT_TRANSLATE_NOOP(
        "adequacy", "Broad money (M2 or the country's broad aggregate) in US$, a stock at the date."),
    "exports_usd": QT_TRANSLATE_NOOP(
        "adequacy", "Exports of goods and services over the 12 months to the date."),
    "imports_usd": QT_TRANSLATE_NOOP(
        "adequacy", "Imports of goods and services over the 12 months to the date."),
    "reserve_liabilities_usd": QT_TRANSLATE_NOOP(
        "adequacy", "Short-term foreign-currency liabilities of the monetary authorities to nonresidents (a stock at "
        "the date): what a program's net international reserves subtract from gross reserves besides the "
        "Fund's credit (the program's Technical Memorandum of Understanding defines them). Not an input "
        "of reserve adequacy."),
}


def band(ratio: float | None) -> str | None:
    if ratio is None:
        return None
    low, high = ADEQUATE_RANGE
    return "below" if ratio < low else ("above" if ratio > high else "adequate")


@dataclass(frozen=True)
class Measures:
    reserves_usd: float
    ara_metric_usd: float | None
    ara_ratio: float | None
    ara_band: str | None
    months_of_imports: float | None
    greenspan_guidotti: float | None


def measures(reserves_usd: float, inputs: dict[str, float | None], regime: str | None) -> tuple[Measures, list[str]]:
    """The three measures for a reserve level; the second value lists inputs that were missing."""
    missing = []
    metric = None
    if regime not in ARA_WEIGHTS:
        missing.append("regime")
    else:
        parts = {k: inputs.get(k) for k in ARA_WEIGHTS[regime]}
        missing += [k for k, v in parts.items() if v is None]
        if not any(v is None for v in parts.values()):
            metric = sum(ARA_WEIGHTS[regime][k] * v for k, v in parts.items())
    imports, short_term = inputs.get("imports_usd"), inputs.get("short_term_debt_usd")
    if imports is None:
        missing.append("imports_usd")
    ratio = reserves_usd / metric if metric else None
    return Measures(
        reserves_usd=reserves_usd, ara_metric_usd=metric, ara_ratio=ratio, ara_band=band(ratio),
        months_of_imports=reserves_usd / (imports / 12.0) if imports else None,
        greenspan_guidotti=reserves_usd / short_term if short_term else None,
    ), sorted(set(missing))


def with_bitcoin(reserves_usd: float, btc_value_usd: float, haircut: float, inputs, regime) -> Measures:
    if not 0 <= haircut <= 1:
        raise InvalidInput("the haircut is a fraction between 0 and 1")
    return measures(reserves_usd + btc_value_usd * (1.0 - haircut), inputs, regime)[0]
