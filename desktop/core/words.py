"""The workspace's tables, fields and coded values in words, with amounts in the units people enter them.

The window, the audit log viewer and the PDF name things this way, in the interface's language (translated by the
functions below, context "words"); the database, the command line's JSON and the exchange files keep the
identifiers (``access_sdr``), which are their documented names.
"""

from __future__ import annotations

import json
from typing import Any

from . import fmt
from .i18n import QT_TRANSLATE_NOOP, translate

TABLES = {  # table -> (the table in words, one of its rows)
    "metadata": (QT_TRANSLATE_NOOP("words", "Workspace settings"), QT_TRANSLATE_NOOP("words", "setting")),
    "wallets": (QT_TRANSLATE_NOOP("words", "Wallets"), QT_TRANSLATE_NOOP("words", "wallet")),
    "transactions": (QT_TRANSLATE_NOOP("words", "Ledger"), QT_TRANSLATE_NOOP("words", "ledger entry")),
    "prices": (QT_TRANSLATE_NOOP("words", "Prices"), QT_TRANSLATE_NOOP("words", "price")),
    "macro_inputs": (QT_TRANSLATE_NOOP("words", "Reserves and macro inputs"), QT_TRANSLATE_NOOP("words", "macro inputs of")),
    "arrangements": (QT_TRANSLATE_NOOP("words", "IMF arrangements"), QT_TRANSLATE_NOOP("words", "arrangement")),
    "purchases": (QT_TRANSLATE_NOOP("words", "IMF purchases"), QT_TRANSLATE_NOOP("words", "purchase")),
    "rate_assumptions": (QT_TRANSLATE_NOOP("words", "SDR rate assumptions"), QT_TRANSLATE_NOOP("words", "SDR rate step")),
    "quotas": (QT_TRANSLATE_NOOP("words", "IMF quota"), QT_TRANSLATE_NOOP("words", "quota from")),
    "sdr_rates": (QT_TRANSLATE_NOOP("words", "SDR interest rates"), QT_TRANSLATE_NOOP("words", "SDR rate from")),
    "fx_rates": (QT_TRANSLATE_NOOP("words", "Exchange rates"), QT_TRANSLATE_NOOP("words", "exchange rate of")),
    "member": (QT_TRANSLATE_NOOP("words", "Member terms"), QT_TRANSLATE_NOOP("words", "member terms")),
    "imf_payments": (QT_TRANSLATE_NOOP("words", "IMF projected payments"), QT_TRANSLATE_NOOP("words", "projected payment")),
    "test_dates": (QT_TRANSLATE_NOOP("words", "NIR test dates"), QT_TRANSLATE_NOOP("words", "test date")),
    "benchmarks": (QT_TRANSLATE_NOOP("words", "Structural benchmarks"), QT_TRANSLATE_NOOP("words", "benchmark")),
    "scenarios": (QT_TRANSLATE_NOOP("words", "Stress scenarios"), QT_TRANSLATE_NOOP("words", "scenario")),
    "runs": (QT_TRANSLATE_NOOP("words", "Stress runs"), QT_TRANSLATE_NOOP("words", "run")),
    "policies": (QT_TRANSLATE_NOOP("words", "Accumulation policies"), QT_TRANSLATE_NOOP("words", "policy")),
}

# field -> (label, unit); units: sdr_m (entered in SDR millions), usd_m (US$ millions), usd (US$), btc,
# pct (a fraction shown as a percentage), months, days, yesno, text (quoted), blob (not shown), plain
FIELDS = {
    "name": (QT_TRANSLATE_NOOP("words", "Name"), "text"),
    "custodian": (QT_TRANSLATE_NOOP("words", "Custodian"), "text"),
    "kind": (QT_TRANSLATE_NOOP("words", "Kind"), "plain"),
    "address": (QT_TRANSLATE_NOOP("words", "Address"), "text"),
    "cap_btc": (QT_TRANSLATE_NOOP("words", "Cap"), "btc"),
    "public_sector": (QT_TRANSLATE_NOOP("words", "Public sector"), "yesno"),
    "archived": (QT_TRANSLATE_NOOP("words", "Archived"), "yesno"),
    "note": (QT_TRANSLATE_NOOP("words", "Note"), "text"),
    "source": (QT_TRANSLATE_NOOP("words", "Source"), "text"),
    "value": (QT_TRANSLATE_NOOP("words", "Value"), "text"),
    "date": (QT_TRANSLATE_NOOP("words", "Date"), "plain"),
    "wallet_id": (QT_TRANSLATE_NOOP("words", "Wallet"), "plain"),
    "to_wallet_id": (QT_TRANSLATE_NOOP("words", "To wallet"), "plain"),
    "asset": (QT_TRANSLATE_NOOP("words", "Asset"), "plain"),
    "quantity": (QT_TRANSLATE_NOOP("words", "Quantity"), "btc"),
    "price_usd": (QT_TRANSLATE_NOOP("words", "Price per BTC"), "usd"),
    "fee_usd": (QT_TRANSLATE_NOOP("words", "Fee"), "usd"),
    "counterparty": (QT_TRANSLATE_NOOP("words", "Counterparty"), "text"),
    "reference": (QT_TRANSLATE_NOOP("words", "Reference"), "text"),
    "close_usd": (QT_TRANSLATE_NOOP("words", "Close"), "usd"),
    "gross_reserves_usd": (QT_TRANSLATE_NOOP("words", "Gross reserves"), "usd_m"),
    "short_term_debt_usd": (QT_TRANSLATE_NOOP("words", "Short-term external debt"), "usd_m"),
    "other_liabilities_usd": (QT_TRANSLATE_NOOP("words", "Other liabilities"), "usd_m"),
    "broad_money_usd": (QT_TRANSLATE_NOOP("words", "Broad money"), "usd_m"),
    "exports_usd": (QT_TRANSLATE_NOOP("words", "Exports, 12 months"), "usd_m"),
    "imports_usd": (QT_TRANSLATE_NOOP("words", "Imports, 12 months"), "usd_m"),
    "remittances_usd": (QT_TRANSLATE_NOOP("words", "Remittances, 12 months"), "usd_m"),
    "regime": (QT_TRANSLATE_NOOP("words", "Exchange-rate regime"), "plain"),
    "gdp_usd": (QT_TRANSLATE_NOOP("words", "GDP, 12 months"), "usd_m"),
    "reserve_liabilities_usd": (QT_TRANSLATE_NOOP("words", "Short-term reserve liabilities"), "usd_m"),
    "facility": (QT_TRANSLATE_NOOP("words", "Facility"), "plain"),
    "approval_date": (QT_TRANSLATE_NOOP("words", "Approved"), "plain"),
    "months": (QT_TRANSLATE_NOOP("words", "Length"), "months"),
    "access_sdr": (QT_TRANSLATE_NOOP("words", "Access"), "sdr_m"),
    "quota_sdr": (QT_TRANSLATE_NOOP("words", "Quota"), "sdr_m"),
    "usd_per_sdr": (QT_TRANSLATE_NOOP("words", "USD per SDR"), "plain"),
    "charges_policy": (QT_TRANSLATE_NOOP("words", "Charges policy"), "plain"),
    "repayment_installments": (QT_TRANSLATE_NOOP("words", "Repayment installments"), "plain"),
    "repayment_months_between": (QT_TRANSLATE_NOOP("words", "Months between repayments"), "plain"),
    "repayment_first_after_months": (QT_TRANSLATE_NOOP("words", "Months to the first repayment"), "plain"),
    "arrangement_id": (QT_TRANSLATE_NOOP("words", "Arrangement"), "plain"),
    "amount_sdr": (QT_TRANSLATE_NOOP("words", "Amount"), "sdr_m"),
    "status": (QT_TRANSLATE_NOOP("words", "Status"), "plain"),
    "from_date": (QT_TRANSLATE_NOOP("words", "From"), "plain"),
    "sdr_rate": (QT_TRANSLATE_NOOP("words", "SDR interest rate"), "pct"),
    "effective_date": (QT_TRANSLATE_NOOP("words", "Effective from"), "plain"),
    "rst_group": (QT_TRANSLATE_NOOP("words", "RST pricing group"), "plain"),
    "currency": (QT_TRANSLATE_NOOP("words", "Currency"), "plain"),
    "per_usd": (QT_TRANSLATE_NOOP("words", "Units per US$"), "plain"),
    "local_currency": (QT_TRANSLATE_NOOP("words", "Local currency"), "plain"),
    "fx_depreciation_per_year": (QT_TRANSLATE_NOOP("words", "Assumed yearly depreciation"), "pct"),
    "sdr_rate_after": (QT_TRANSLATE_NOOP("words", "SDR rate after the last step"), "pct"),
    "nir_floor_usd": (QT_TRANSLATE_NOOP("words", "NIR floor"), "usd_m"),
    "budget_support_baseline_usd": (QT_TRANSLATE_NOOP("words", "Budget support baseline"), "usd_m"),
    "budget_support_actual_usd": (QT_TRANSLATE_NOOP("words", "Budget support actual US$"), "usd_m"),
    "adjustor_cap_usd": (QT_TRANSLATE_NOOP("words", "Adjustor cap"), "usd_m"),
    "description": (QT_TRANSLATE_NOOP("words", "Description"), "text"),
    "type": (QT_TRANSLATE_NOOP("words", "Type"), "plain"),
    "start_date": (QT_TRANSLATE_NOOP("words", "From"), "plain"),
    "due_date": (QT_TRANSLATE_NOOP("words", "Due"), "plain"),
    "id": (QT_TRANSLATE_NOOP("words", "Identifier"), "plain"),
    "horizon_days": (QT_TRANSLATE_NOOP("words", "Horizon"), "days"),
    "params_json": (QT_TRANSLATE_NOOP("words", "Parameters"), "plain"),
    "params": (QT_TRANSLATE_NOOP("words", "Parameters"), "plain"),
    "builtin": (QT_TRANSLATE_NOOP("words", "Built in"), "yesno"),
    "enabled": (QT_TRANSLATE_NOOP("words", "Included"), "yesno"),
    "scenario_id": (QT_TRANSLATE_NOOP("words", "Scenario"), "plain"),
    "created_at": (QT_TRANSLATE_NOOP("words", "Created"), "plain"),
    "seed": (QT_TRANSLATE_NOOP("words", "Seed"), "plain"),
    "paths": (QT_TRANSLATE_NOOP("words", "Paths"), "plain"),
    "engine_version": (QT_TRANSLATE_NOOP("words", "Engine"), "plain"),
    "elapsed_s": (QT_TRANSLATE_NOOP("words", "Time taken (s)"), "plain"),
    "inputs_json": (QT_TRANSLATE_NOOP("words", "Inputs"), "blob"),
    "summary_json": (QT_TRANSLATE_NOOP("words", "Results"), "blob"),
    "sdr_rate_steps": (QT_TRANSLATE_NOOP("words", "SDR rate steps"), "plain"),
    "repayment": (QT_TRANSLATE_NOOP("words", "Repayment (custom)"), "plain"),
    # an import's own record: what was imported, how many rows, the file's digest
    "label": (QT_TRANSLATE_NOOP("words", "Label"), "plain"),
    "rows": (QT_TRANSLATE_NOOP("words", "Rows"), "plain"),
    "sha256": (QT_TRANSLATE_NOOP("words", "Sha256"), "plain"),
}
VALUES = {  # coded values in words
    "non_accumulation": QT_TRANSLATE_NOOP("words", "non-accumulation of bitcoin"),
    "not_met": QT_TRANSLATE_NOOP("words", "not met"),
    "monte_carlo": QT_TRANSLATE_NOOP("words", "Monte Carlo"),
    "2024-11": QT_TRANSLATE_NOOP("words", "in force since 2024-11-01"),
    "pre-2024-11": QT_TRANSLATE_NOOP("words", "before 2024-11-01"),
    # codes that read as words in English, translated in another language: kinds, statuses, regimes
    "built-in scenario library": QT_TRANSLATE_NOOP("words", "built-in scenario library"),  # a sample's import label
    "cold": QT_TRANSLATE_NOOP("words", "cold"),
    "hot": QT_TRANSLATE_NOOP("words", "hot"),
    "multisig": QT_TRANSLATE_NOOP("words", "multisig"),
    "exchange": QT_TRANSLATE_NOOP("words", "exchange"),
    "custodial": QT_TRANSLATE_NOOP("words", "custodial"),
    "purchase": QT_TRANSLATE_NOOP("words", "purchase"),
    "sale": QT_TRANSLATE_NOOP("words", "sale"),
    "mining": QT_TRANSLATE_NOOP("words", "mining"),
    "seizure": QT_TRANSLATE_NOOP("words", "seizure"),
    "transfer": QT_TRANSLATE_NOOP("words", "transfer"),
    "donation": QT_TRANSLATE_NOOP("words", "donation"),
    "fee": QT_TRANSLATE_NOOP("words", "fee"),
    "planned": QT_TRANSLATE_NOOP("words", "planned"),
    "disbursed": QT_TRANSLATE_NOOP("words", "disbursed"),
    "pending": QT_TRANSLATE_NOOP("words", "pending"),
    "met": QT_TRANSLATE_NOOP("words", "met"),
    "ongoing": QT_TRANSLATE_NOOP("words", "ongoing"),
    "general": QT_TRANSLATE_NOOP("words", "general"),
    "fixed": QT_TRANSLATE_NOOP("words", "fixed"),
    "floating": QT_TRANSLATE_NOOP("words", "floating"),
    "historical": QT_TRANSLATE_NOOP("words", "historical"),
    "shock": QT_TRANSLATE_NOOP("words", "shock"),
    "daily": QT_TRANSLATE_NOOP("words", "daily"),
    "monthly": QT_TRANSLATE_NOOP("words", "monthly"),
    "lump": QT_TRANSLATE_NOOP("words", "lump"),
}
SETTINGS = {  # the workspace's settings (the metadata table's keys) in words, as a row of that table is named
    "country": QT_TRANSLATE_NOOP("words", "country"), "created_at": QT_TRANSLATE_NOOP("words", "created at"),
    "created_with": QT_TRANSLATE_NOOP("words", "created with"), "description": QT_TRANSLATE_NOOP("words", "description"),
    "name": QT_TRANSLATE_NOOP("words", "name"), "sample": QT_TRANSLATE_NOOP("words", "sample"),
    "valuation_date": QT_TRANSLATE_NOOP("words", "valuation date"), "workspace_id": QT_TRANSLATE_NOOP("words", "workspace"),
}
UNIT_WORDS = {"usd": "US$", "sdr": "SDR", "btc": "BTC", "mw": "MW", "eh": "EH/s", "kwh": "kWh", "pue": "PUE",
              "th": "TH", "j": "J", "id": "", "json": ""}


def words(identifier: str) -> str:
    """An identifier no table above names, in words: ``power_usd_kwh`` -> "power US$ kWh"."""
    text = " ".join(UNIT_WORDS.get(part, part) for part in identifier.split("_")).strip()
    return text[:1].upper() + text[1:]


def table_name(table: str | None) -> str:
    if table is None:
        return ""
    return translate("words", TABLES[table][0]) if table in TABLES else words(table)


def row_name(table: str | None) -> str:
    if table is None:
        return ""
    return translate("words", TABLES[table][1]) if table in TABLES else words(table).lower()


def setting_name(key: str) -> str:
    """A workspace setting's name in words, lower case: "valuation date"."""
    return translate("words", SETTINGS[key]) if key in SETTINGS else words(key).lower()


def field_label(field: str) -> str:
    return translate("words", FIELDS[field][0]) if field in FIELDS else words(field)


def _plain(x: float) -> str:
    """A number as typed (2025, 0.5, 1.3456), its decimal point the locale's."""
    text = f"{x:g}"
    if "e" in text or "." not in text:
        return text
    return fmt.number(x, len(text.split(".")[1]))


def value_text(field: str, value: Any) -> str:
    """A stored value as the window shows it: SDR amounts in millions, as they are entered."""
    if value is None:
        return "—"
    unit = FIELDS.get(field, ("", "plain"))[1]
    if unit == "blob":  # a stored run's inputs and results: too long to read here
        return translate("words", "stored with the run (Export CSV gives them in full)")
    if isinstance(value, bool) or unit == "yesno":
        return translate("words", "yes") if value else translate("words", "no")
    if isinstance(value, (int, float)):
        number = {"sdr_m": lambda v: translate("words", "SDR {amount} m").format(amount=fmt.number(v / 1e6, 2)),
                  "usd_m": lambda v: translate("words", "US${amount} m").format(amount=fmt.number(v / 1e6, 1)),
                  "usd": lambda v: f"US${fmt.number(v, 2)}", "btc": lambda v: _btc(v) + " BTC",
                  "pct": lambda v: f"{fmt.number(v * 100, 3)}%",
                  "months": lambda v: translate("words", "{months} months").format(months=_plain(v)),
                  "days": lambda v: translate("words", "{days} days").format(days=fmt.number(v))}.get(unit)
        return number(value) if number else fmt.number(value) if isinstance(value, int) and abs(value) >= 10_000 else _plain(value)
    if isinstance(value, str):
        if field.endswith("_json"):
            try:
                return params_text(json.loads(value))
            except ValueError:
                return value
        if unit == "text":
            return json.dumps(value, ensure_ascii=False)
        return translate("words", VALUES[value]) if value in VALUES else value
    if isinstance(value, dict):
        return params_text(value)
    if isinstance(value, list):
        return "[" + ", ".join(value_text(field, v) for v in value) + "]"
    return str(value)


def _btc(x: float) -> str:
    """Up to eight decimals, without trailing zeros: 0.5, 6,102.1."""
    text = f"{x:.8f}".rstrip("0").rstrip(".")
    return fmt.number(x, len(text.split(".")[1]) if "." in text else 0)


def params_text(params: Any) -> str:
    """A scenario's or policy's parameters: "MW 2,000; J/TH 17.5; …"."""
    if not isinstance(params, dict):
        return str(params)
    return "; ".join(f"{field_label(k)} {value_text(k, v)}" for k, v in params.items())


def problem_text(problem: str) -> str:
    """A refusal's reason "amount_sdr: must be greater than 0" as "Amount: must be greater than 0"."""
    field, sep, reason = problem.partition(": ")
    return f"{field_label(field)}: {reason}" if sep and field in FIELDS else problem
