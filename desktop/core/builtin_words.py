"""The names and notes the app ships with (the built-in scenario library, the samples' policies), marked for
translation: a user reads them in the interface's language, while a scenario or policy a user names keeps the
user's own words.

A text is translated only where it is still the built-in one: a scenario by its built-in identifier and its
unchanged name or note (a user's copy has an identifier and a name of its own), a sample's policy by its unchanged
name or note. What is stored, compared, exported and written to the command line's JSON stays the English
source; ``tests/test_i18n_stress_dialogs.py`` fails on a built-in text that is not marked here.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "builtin_words"

SCENARIOS = {  # resources/scenarios.json: id -> (name, note)
    "btc-2013-15": (QT_TRANSLATE_NOOP("builtin_words", "Bitcoin 2013-15 bear market"),
        QT_TRANSLATE_NOOP("builtin_words", "Peak 2013-12-04 to trough 2015-01-14: -84.5%. Source: Yahoo Finance, BTC-USD daily closes.")),
    "btc-2017-18": (QT_TRANSLATE_NOOP("builtin_words", "Bitcoin 2017-18 bear market"),
        QT_TRANSLATE_NOOP("builtin_words", "Peak 2017-12-16 to trough 2018-12-15: -83.4%. Source: Yahoo Finance, BTC-USD daily closes.")),
    "btc-2021-22": (QT_TRANSLATE_NOOP("builtin_words", "Bitcoin 2021-22 bear market"),
        QT_TRANSLATE_NOOP("builtin_words", "Peak 2021-11-08 to trough 2022-11-21: -76.6%. Source: Yahoo Finance, BTC-USD daily closes.")),
    "btc-covid-2020": (QT_TRANSLATE_NOOP("builtin_words", "COVID crash, March 2020"),
        QT_TRANSLATE_NOOP("builtin_words", "Peak 2020-03-08 to trough 2020-03-12: -34.1%. Source: Yahoo Finance, BTC-USD daily closes: 12 Mar 2020 one day -26.7%, 4 days -34.1%.")),
    "btc-ftx-2022": (QT_TRANSLATE_NOOP("builtin_words", "FTX collapse, November 2022"),
        QT_TRANSLATE_NOOP("builtin_words", "Peak 2022-11-05 to trough 2022-11-09: -26.1%. Source: Yahoo Finance, BTC-USD daily closes: 2022-11-09 -15.6% in a day, -26.1% over 4 days.")),
    "btc-2025-26": (QT_TRANSLATE_NOOP("builtin_words", "Bitcoin 2025-26 drawdown"),
        QT_TRANSLATE_NOOP("builtin_words", "Peak 2025-10-06 to trough 2026-02-05: -49.5%. Source: Yahoo Finance, BTC-USD daily closes.")),
    "btc-minus-50": (QT_TRANSLATE_NOOP("builtin_words", "Bitcoin falls 50%"),
        QT_TRANSLATE_NOOP("builtin_words", "Hypothetical: an immediate 50% fall in bitcoin, held to the horizon.")),
    "btc-minus-80": (QT_TRANSLATE_NOOP("builtin_words", "Bitcoin falls 80%"),
        QT_TRANSLATE_NOOP("builtin_words", "Hypothetical: an immediate 80% fall, about the depth of the 2013-15 and 2017-18 bear markets (Yahoo Finance, BTC-USD daily closes).")),
    "remittances-minus-20": (QT_TRANSLATE_NOOP("builtin_words", "Remittances 20% below baseline"),
        QT_TRANSLATE_NOOP("builtin_words", "Hypothetical: remittance inflows 20% below baseline for 12 months.")),
    "imf-downside": (QT_TRANSLATE_NOOP("builtin_words", "IMF downside: trade and migration shock with bitcoin -50%"),
        QT_TRANSLATE_NOOP("builtin_words", "The downside named in the IMF's assessment: trade tensions (exports -10%) and tighter immigration policy (remittances -15%) for 12 months, with bitcoin -50% (IMF press release on El Salvador's first EFF review, 27 Jun 2025).")),
    "mc-gbm": (QT_TRANSLATE_NOOP("builtin_words", "Monte Carlo: geometric Brownian motion"),
        QT_TRANSLATE_NOOP("builtin_words", "Calibrated to the imported history when there is one; otherwise annualised volatility 61.8% (Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)).")),
    "mc-student-t": (QT_TRANSLATE_NOOP("builtin_words", "Monte Carlo: Student-t innovations"),
        QT_TRANSLATE_NOOP("builtin_words", "Calibrated to the imported history when there is one; otherwise annualised volatility 61.8% (Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)).")),
    "mc-garch": (QT_TRANSLATE_NOOP("builtin_words", "Monte Carlo: GARCH(1,1)"),
        QT_TRANSLATE_NOOP("builtin_words", "GARCH(1,1) fitted by maximum likelihood to the imported history when there is one; otherwise long-run volatility 61.8% (Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x sqrt(365)).")),
    "mc-bootstrap": (QT_TRANSLATE_NOOP("builtin_words", "Monte Carlo: block bootstrap of history"),
        QT_TRANSLATE_NOOP("builtin_words", "Resamples 20-day blocks of the imported daily returns with replacement; needs an imported price history.")),
}
# the historical scenarios' "replay" parameter: how the episode is replayed
REPLAY = QT_TRANSLATE_NOOP("builtin_words", "from the imported price history when it covers the dates, else stylised (depth and length)")

POLICY_TEXTS = frozenset({  # the samples' policies (resources/samples/*.json): their names and notes
    QT_TRANSLATE_NOOP("builtin_words", "One bitcoin a day"),
    QT_TRANSLATE_NOOP("builtin_words", "Announced 2022-11-17: \"one bitcoin every day starting tomorrow\" (President Nayib Bukele, post on X). The ledger holds the purchases made so far; the planner projects the policy forward from the start date. Buying breaches the EFF's non-accumulation commitment while it is in force."),
    QT_TRANSLATE_NOOP("builtin_words", "2,000 MW state mining (proposed)"),
    QT_TRANSLATE_NOOP("builtin_words", "Proposed 25 May 2025 (Government of Pakistan, press reports); the IMF objected to subsidised power for mining (press reports, July 2025). Machines: Antminer S21, 17.5 J/TH (Bitmain specification); PUE 1.10; network 1,000 EH/s (first above 1,000 EH/s, 7-day mean, around 2025-09-02) and fees 0.036 BTC a block (2025 average), from public blockchain data. Illustrative, not from a published source: start 2026-07-01, uptime 95%, network growth 20% a year, and the power priced at US$0.08/kWh as its export value; replace them with the ministry's figures."),
})


def scenario_name(scenario_id: str | None, name: str | None) -> str | None:
    """A scenario's (or a stored run's) name to show: the built-in one's in the interface's language."""
    builtin = SCENARIOS.get(scenario_id or "")
    return translate(CONTEXT, name) if builtin and name == builtin[0] else name


def scenario_note(scenario_id: str | None, note: str | None) -> str | None:
    builtin = SCENARIOS.get(scenario_id or "")
    return translate(CONTEXT, note) if builtin and note == builtin[1] else note


def param_text(key: str, value):
    """A built-in scenario's worded parameter (the historical episodes' replay) to show; any other value as it is."""
    return translate(CONTEXT, value) if key == "replay" and value == REPLAY else value


def policy_text(text: str | None) -> str | None:
    """A policy's name or note to show: a sample's own in the interface's language, a user's as written."""
    return translate(CONTEXT, text) if text in POLICY_TEXTS else text
