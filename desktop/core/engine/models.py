"""The Monte Carlo models: one table that the engine, stress scenarios, the CLI and the window all read.

A model is a ``ModelSpec``: its label, the parameters a scenario (or ``reserve-desk simulate --model``) sets
for it, whether it resamples a daily price history (and so cannot run without one), and whether a history
calibrates it by fitting GARCH(1,1) rather than by its sample volatility. Every parameter is a ``Param``
with its default and the bounds a scenario must keep. Adding a model: a row here and its increments in
``simulate.py`` (``Model`` and ``_increments``); the scenario editor, the CLI's ``--model`` and the
scenario rules follow from this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_VOL = 0.618  # 2020-2025 daily log returns x sqrt(365)
# stored in English with a run's calibration; shown as translate("models", DEFAULT_VOL_SOURCE)
DEFAULT_VOL_SOURCE = QT_TRANSLATE_NOOP("models", "Yahoo Finance BTC-USD daily closes 2020-2025, daily log returns x "
                                                 "sqrt(365)")


@dataclass(frozen=True)
class Param:
    name: str  # the scenario's key, the field of ``simulate.Model`` and the CLI's --option
    label: str  # what the scenario editor and the Stress tab call it (the English: shown through param_label)
    default: float
    low: float  # the bounds a scenario keeps (core.scenario_rules)
    high: float
    integer: bool = False
    percent: bool = False  # a fraction, shown and entered as a percentage


PARAMS = {p.name: p for p in (
    Param("vol", QT_TRANSLATE_NOOP("models", "Annualised volatility"), DEFAULT_VOL, 0.001, 10.0, percent=True),
    Param("drift", QT_TRANSLATE_NOOP("models", "Annualised drift"), 0.0, -10.0, 10.0, percent=True),
    Param("df", QT_TRANSLATE_NOOP("models", "Student-t degrees of freedom"), 4.0, 2.01, 1000.0),
    Param("block_days", QT_TRANSLATE_NOOP("models", "Bootstrap block length (days)"), 20, 1, 365, integer=True),
    Param("jump_intensity", QT_TRANSLATE_NOOP("models", "Jumps a year"), 0.0, 0.0, 365.0),
    Param("jump_mean", QT_TRANSLATE_NOOP("models", "Mean log jump"), 0.0, -5.0, 5.0),
    Param("jump_std", QT_TRANSLATE_NOOP("models", "Standard deviation of the log jump"), 0.0, 0.0, 5.0),
    Param("garch_alpha", QT_TRANSLATE_NOOP("models", "GARCH(1,1) alpha"), 0.08, 0.0, 0.999),
    Param("garch_beta", QT_TRANSLATE_NOOP("models", "GARCH(1,1) beta"), 0.90, 0.0, 0.999),
)}

FROM_VOLATILITY = "Volatility estimated from {returns}."


@dataclass(frozen=True)
class ModelSpec:
    kind: str
    label: str
    params: tuple[str, ...]  # keys of PARAMS that this model reads
    calibration: str  # how a history calibrates it: {returns} names the history, {fitted} the GARCH fit, {vols}
    # its volatilities, {block_days} the block length
    needs_history: bool = False  # resamples daily returns: without a history it cannot run
    fits_garch: bool = False  # a history sets garch_alpha and garch_beta by maximum likelihood


SPECS = {s.kind: s for s in (
    ModelSpec("gbm", QT_TRANSLATE_NOOP("models", "geometric Brownian motion"), ("vol", "drift"), FROM_VOLATILITY),
    ModelSpec("student-t", QT_TRANSLATE_NOOP("models", "Student-t innovations"), ("vol", "drift", "df"), FROM_VOLATILITY),
    ModelSpec("merton", QT_TRANSLATE_NOOP("models", "Merton jump-diffusion"), ("vol", "drift", "jump_intensity", "jump_mean", "jump_std"),
              FROM_VOLATILITY),
    ModelSpec("garch", "GARCH(1,1)", ("vol", "drift", "garch_alpha", "garch_beta"),
              "{fitted}; paths start from {vols}.", fits_garch=True),
    ModelSpec("bootstrap", QT_TRANSLATE_NOOP("models", "block bootstrap"), ("drift", "block_days"),
              "Blocks of {block_days} days resampled from {returns} (circular block bootstrap, Politis and Romano "
              "1992), centred so that the history's own trend is not carried into the run: the scenario's drift "
              "applies.", needs_history=True),
    ModelSpec("fhs", QT_TRANSLATE_NOOP("models", "filtered historical simulation"), ("drift",),
              "Filtered historical simulation (Barone-Adesi, Giannopoulos and Vosper 1999): {fitted}; its "
              "standardised residuals are resampled and scaled by the GARCH volatility re-filtered along each path "
              "from {vols}, without the history's own trend: the scenario's drift applies.",
              needs_history=True, fits_garch=True),
)}


def scenario_params(kind: str) -> tuple[str, ...]:
    """What a stress scenario of this model stores: its parameters, and for a model that resamples a history the
    volatility a run falls back to (GBM) when the workspace holds no daily history."""
    spec = SPECS[kind]
    return spec.params + (("vol",) if spec.needs_history and "vol" not in spec.params else ())


def model_label(kind: str) -> str:
    """The model's name in words, in the interface's language; a kind this version does not know (a stored run's)
    stays as it is."""
    return translate("models", SPECS[kind].label) if kind in SPECS else kind


def param_label(name: str) -> str:
    """A model parameter's name in the interface's language."""
    return translate("models", PARAMS[name].label)
