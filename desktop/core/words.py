"""The workspace's tables, fields and coded values in words, with amounts in the units people enter them.

The window, the audit log viewer and the PDF name things this way; the database, the command line's JSON and
the exchange files keep the identifiers (``access_sdr``), which are their documented names.
"""

from __future__ import annotations

import json
from typing import Any

TABLES = {  # table -> (the table in words, one of its rows)
    "metadata": ("Workspace settings", "setting"), "wallets": ("Wallets", "wallet"),
    "transactions": ("Ledger", "ledger entry"), "prices": ("Prices", "price"),
    "macro_inputs": ("Reserves and macro inputs", "macro inputs of"), "arrangements": ("IMF arrangements", "arrangement"),
    "purchases": ("IMF purchases", "purchase"), "rate_assumptions": ("SDR rate assumptions", "SDR rate step"),
    "quotas": ("IMF quota", "quota from"), "sdr_rates": ("SDR interest rates", "SDR rate from"),
    "member": ("Member terms", "member terms"), "imf_payments": ("IMF projected payments", "projected payment"),
    "test_dates": ("NIR test dates", "test date"), "benchmarks": ("Structural benchmarks", "benchmark"),
    "scenarios": ("Stress scenarios", "scenario"), "runs": ("Stress runs", "run"),
    "policies": ("Accumulation policies", "policy"),
}

# field -> (label, unit); units: sdr_m (entered in SDR millions), usd_m (US$ millions), usd (US$), btc,
# pct (a fraction shown as a percentage), months, days, yesno, text (quoted), blob (not shown), plain
FIELDS = {
    "name": ("Name", "text"), "custodian": ("Custodian", "text"), "kind": ("Kind", "plain"), "address": ("Address", "text"),
    "cap_btc": ("Cap", "btc"), "public_sector": ("Public sector", "yesno"), "archived": ("Archived", "yesno"),
    "note": ("Note", "text"), "source": ("Source", "text"), "value": ("Value", "text"),
    "date": ("Date", "plain"), "wallet_id": ("Wallet", "plain"), "to_wallet_id": ("To wallet", "plain"),
    "asset": ("Asset", "plain"), "quantity": ("Quantity", "btc"), "price_usd": ("Price per BTC", "usd"),
    "fee_usd": ("Fee", "usd"), "counterparty": ("Counterparty", "text"), "reference": ("Reference", "text"),
    "close_usd": ("Close", "usd"),
    "gross_reserves_usd": ("Gross reserves", "usd_m"), "short_term_debt_usd": ("Short-term external debt", "usd_m"),
    "other_liabilities_usd": ("Other liabilities", "usd_m"), "broad_money_usd": ("Broad money", "usd_m"),
    "exports_usd": ("Exports, 12 months", "usd_m"), "imports_usd": ("Imports, 12 months", "usd_m"),
    "remittances_usd": ("Remittances, 12 months", "usd_m"), "regime": ("Exchange-rate regime", "plain"),
    "gdp_usd": ("GDP, 12 months", "usd_m"), "reserve_liabilities_usd": ("Short-term reserve liabilities", "usd_m"),
    "facility": ("Facility", "plain"), "approval_date": ("Approved", "plain"), "months": ("Length", "months"),
    "access_sdr": ("Access", "sdr_m"), "quota_sdr": ("Quota", "sdr_m"), "usd_per_sdr": ("USD per SDR", "plain"),
    "charges_policy": ("Charges policy", "plain"), "repayment_installments": ("Repayment installments", "plain"),
    "repayment_months_between": ("Months between repayments", "plain"),
    "repayment_first_after_months": ("Months to the first repayment", "plain"),
    "arrangement_id": ("Arrangement", "plain"), "amount_sdr": ("Amount", "sdr_m"), "status": ("Status", "plain"),
    "from_date": ("From", "plain"), "sdr_rate": ("SDR interest rate", "pct"),
    "effective_date": ("Effective from", "plain"), "rst_group": ("RST pricing group", "plain"),
    "sdr_rate_after": ("SDR rate after the last step", "pct"),
    "nir_floor_usd": ("NIR floor", "usd_m"), "budget_support_baseline_usd": ("Budget support baseline", "usd_m"),
    "adjustor_cap_usd": ("Adjustor cap", "usd_m"), "description": ("Description", "text"), "type": ("Type", "plain"),
    "start_date": ("From", "plain"), "due_date": ("Due", "plain"), "id": ("Identifier", "plain"),
    "horizon_days": ("Horizon", "days"), "params_json": ("Parameters", "plain"), "params": ("Parameters", "plain"),
    "builtin": ("Built in", "yesno"), "enabled": ("Included", "yesno"), "scenario_id": ("Scenario", "plain"),
    "created_at": ("Created", "plain"), "seed": ("Seed", "plain"), "paths": ("Paths", "plain"),
    "engine_version": ("Engine", "plain"), "elapsed_s": ("Time taken (s)", "plain"),
    "inputs_json": ("Inputs", "blob"), "summary_json": ("Results", "blob"),
    "sdr_rate_steps": ("SDR rate steps", "plain"), "repayment": ("Repayment (custom)", "plain"),
}
VALUES = {  # coded values in words
    "non_accumulation": "non-accumulation of bitcoin", "not_met": "not met", "monte_carlo": "Monte Carlo",
    "2024-11": "in force since 2024-11-01", "pre-2024-11": "before 2024-11-01",
}
UNIT_WORDS = {"usd": "US$", "sdr": "SDR", "btc": "BTC", "mw": "MW", "eh": "EH/s", "kwh": "kWh", "pue": "PUE",
              "th": "TH", "j": "J", "id": "", "json": ""}


def words(identifier: str) -> str:
    """An identifier no table above names, in words: ``power_usd_kwh`` -> "power US$ kWh"."""
    text = " ".join(UNIT_WORDS.get(part, part) for part in identifier.split("_")).strip()
    return text[:1].upper() + text[1:]


def table_name(table: str | None) -> str:
    return "" if table is None else TABLES.get(table, (words(table), ""))[0]


def row_name(table: str | None) -> str:
    return "" if table is None else TABLES.get(table, ("", words(table).lower()))[1]


def field_label(field: str) -> str:
    return FIELDS[field][0] if field in FIELDS else words(field)


def value_text(field: str, value: Any) -> str:
    """A stored value as the window shows it: SDR amounts in millions, as they are entered."""
    if value is None:
        return "—"
    unit = FIELDS.get(field, ("", "plain"))[1]
    if unit == "blob":  # a stored run's inputs and results: too long to read here
        return "stored with the run (Export CSV gives them in full)"
    if isinstance(value, bool) or unit == "yesno":
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        number = {"sdr_m": lambda v: f"SDR {v / 1e6:,.2f} m", "usd_m": lambda v: f"US${v / 1e6:,.1f} m",
                  "usd": lambda v: f"US${v:,.2f}", "btc": lambda v: f"{v:,.8f}".rstrip("0").rstrip(".") + " BTC",
                  "pct": lambda v: f"{v * 100:.3f}%", "months": lambda v: f"{v:g} months",
                  "days": lambda v: f"{v:,} days"}.get(unit)
        return number(value) if number else f"{value:,}" if isinstance(value, int) and abs(value) >= 10_000 else f"{value:g}"
    if isinstance(value, str):
        if field.endswith("_json"):
            try:
                return params_text(json.loads(value))
            except ValueError:
                return value
        return json.dumps(value, ensure_ascii=False) if unit == "text" else VALUES.get(value, value)
    if isinstance(value, dict):
        return params_text(value)
    if isinstance(value, list):
        return "[" + ", ".join(value_text(field, v) for v in value) + "]"
    return str(value)


def params_text(params: Any) -> str:
    """A scenario's or policy's parameters: "MW 2,000; J/TH 17.5; …"."""
    if not isinstance(params, dict):
        return str(params)
    return "; ".join(f"{field_label(k)} {value_text(k, v)}" for k, v in params.items())


def problem_text(problem: str) -> str:
    """A refusal's reason "amount_sdr: must be greater than 0" as "Amount: must be greater than 0"."""
    field, sep, reason = problem.partition(": ")
    return f"{field_label(field)}: {reason}" if sep and field in FIELDS else problem
