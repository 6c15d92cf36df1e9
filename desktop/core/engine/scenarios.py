"""Scenario building blocks: a historical episode replayed, a stylised episode, a one-off shock.

Paths are relative to the start (1.0 = today's value), so they scale to today's price by multiplication.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InvalidInput


@dataclass(frozen=True)
class Episode:
    path: np.ndarray  # relative value each day from the peak (1.0) to the trough
    depth: float  # 1 - trough / peak, positive
    source: str  # "replayed" from a price history or "stylised" from published figures


def replay_episode(days: np.ndarray, prices: np.ndarray, peak_day: int, trough_day: int) -> Episode | None:
    """The episode as it happened, day by day, or None when the history does not cover both dates."""
    days = np.asarray(days)
    if peak_day >= trough_day:
        raise InvalidInput("the peak must come before the trough")
    if len(days) == 0 or days[0] > peak_day or days[-1] < trough_day:
        return None
    first, last = np.searchsorted(days, peak_day), np.searchsorted(days, trough_day, side="right")
    window = np.asarray(prices[first:last], dtype=np.float64)
    if days[first] != peak_day or days[last - 1] != trough_day:
        return None  # a missing peak or trough day would change the depth: fall back to the stylised form
    path = window / window[0]
    return Episode(path=path, depth=float(1 - path[-1]), source="replayed")


def stylised_episode(depth: float, length_days: int) -> Episode:
    """A steady fall (constant daily log return) of ``depth`` over ``length_days``."""
    if not 0 < depth < 1 or length_days < 1:
        raise InvalidInput("depth must be between 0 and 1 and the length at least one day")
    path = np.exp(np.linspace(0.0, np.log1p(-depth), length_days + 1))
    return Episode(path=path, depth=depth, source="stylised")


def shocked(value: float, shock: float) -> float:
    """A one-off shock held to the horizon: -0.5 halves the value."""
    if not shock > -1:
        raise InvalidInput("a shock is a fraction above -1 (a fall of 100% or more is not a price)")
    return value * (1.0 + shock)
