"""What it costs to sell bitcoin: the square-root impact law and the Almgren-Chriss schedule.

Square-root law (Toth et al. 2011; Donier & Bonart for bitcoin): selling Q when the market trades V a
day moves the price by about Y sigma_daily sqrt(Q / V), with Y "of order one". That is the **peak** impact,
reached as the last unit is sold. A sale executed progressively pays the impact of the quantity sold so far,
which averages (1/Q) int_0^Q Y sigma sqrt(q / V) dq = 2/3 of the peak: the **expected execution cost** as a
fraction of the value sold (Toth et al. 2011, section on the cost of a metaorder).

Almgren & Chriss (2000): sell X over T in N equal intervals (tau = T / N) with temporary impact
eta (plus a fixed cost epsilon a unit), permanent impact gamma and risk aversion lambda. The optimal
holdings are x_j = X sinh(kappa (T - t_j)) / sinh(kappa T), where cosh(kappa tau) = 1 + kappa~^2 tau^2 / 2,
kappa~^2 = lambda sigma^2 / eta~ and eta~ = eta - gamma tau / 2.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import InvalidInput

EXECUTION_COST_SHARE = 2.0 / 3.0  # expected cost of a progressive sale / its peak impact, under the square-root law


def square_root_impact(quantity: float, daily_volume: float, daily_volatility: float, y: float = 1.0) -> float:
    """Peak price impact of selling ``quantity`` as a fraction of price (same units for quantity and volume)."""
    if quantity < 0 or daily_volume <= 0 or daily_volatility < 0 or y <= 0:
        raise InvalidInput("quantity >= 0, daily volume > 0, volatility >= 0 and Y > 0 are required")
    return y * daily_volatility * math.sqrt(quantity / daily_volume)


@dataclass(frozen=True)
class Schedule:
    kappa: float
    holdings: np.ndarray  # x_0 = X ... x_N = 0
    trades: np.ndarray  # n_j = x_(j-1) - x_j, j = 1..N
    expected_cost: float
    variance: float


def almgren_chriss(shares: float, horizon: float, intervals: int, sigma: float, epsilon: float, gamma: float,
                   eta: float, risk_aversion: float) -> Schedule:
    """The optimal liquidation schedule with its expected cost and variance (units of the inputs)."""
    if shares <= 0 or horizon <= 0 or intervals < 1 or sigma < 0 or eta <= 0 or gamma < 0 or risk_aversion < 0:
        raise InvalidInput("shares, horizon, eta > 0; intervals >= 1; sigma, gamma, risk aversion >= 0")
    tau = horizon / intervals
    eta_tilde = eta - gamma * tau / 2
    if eta_tilde <= 0:
        raise InvalidInput("temporary impact must exceed half the permanent impact per interval (eta > gamma tau / 2)")
    t = np.arange(intervals + 1) * tau
    kappa_tilde_sq = risk_aversion * sigma * sigma / eta_tilde
    if kappa_tilde_sq == 0:  # a risk-neutral seller trades evenly
        kappa = 0.0
        holdings = shares * (1 - t / horizon)
    else:
        kappa = math.acosh(1 + kappa_tilde_sq * tau * tau / 2) / tau
        holdings = shares * np.sinh(kappa * (horizon - t)) / math.sinh(kappa * horizon)
    trades = -np.diff(holdings)
    expected = 0.5 * gamma * shares * shares + epsilon * np.abs(trades).sum() + eta_tilde / tau * np.sum(trades**2)
    variance = sigma * sigma * tau * np.sum(holdings[1:] ** 2)
    return Schedule(kappa, holdings, trades, float(expected), float(variance))
