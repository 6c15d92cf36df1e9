"""Liquidation cost against published figures and closed forms."""

import math

import numpy as np
import pytest

from desktop.core.engine.liquidity import almgren_chriss, square_root_impact


def test_almgren_chriss_published_example():
    s = almgren_chriss(1e6, 5, 5, sigma=0.95, epsilon=0.0625, gamma=2.5e-7, eta=2.5e-6, risk_aversion=2e-6)
    assert s.kappa == pytest.approx(0.8463, abs=5e-5)
    assert s.expected_cost == pytest.approx(1_140_715, abs=1)
    assert s.holdings[0] == 1e6 and s.holdings[-1] == pytest.approx(0, abs=1e-6)
    assert s.trades.sum() == pytest.approx(1e6)
    assert np.all(np.diff(s.trades) < 0)  # a risk-averse seller front-loads


def test_a_risk_neutral_seller_trades_evenly():
    s = almgren_chriss(1e6, 5, 5, sigma=0.95, epsilon=0.0625, gamma=2.5e-7, eta=2.5e-6, risk_aversion=0.0)
    assert s.kappa == 0 and np.allclose(s.trades, 2e5)
    # even trading: 0.5 gamma X^2 + eps X + (eta - gamma/2) / tau * N (X/N)^2
    assert s.expected_cost == pytest.approx(0.5 * 2.5e-7 * 1e12 + 0.0625 * 1e6 + (2.5e-6 - 1.25e-7) * 5 * 2e5**2)


def test_more_risk_aversion_costs_more_and_risks_less():
    low = almgren_chriss(1e6, 5, 5, 0.95, 0.0625, 2.5e-7, 2.5e-6, 1e-7)
    high = almgren_chriss(1e6, 5, 5, 0.95, 0.0625, 2.5e-7, 2.5e-6, 1e-5)
    assert high.expected_cost > low.expected_cost and high.variance < low.variance


def test_square_root_law():
    # 1,000 BTC into 10,000 BTC of daily volume at 3% daily volatility: 0.03 x sqrt(0.1)
    assert square_root_impact(1_000, 10_000, 0.03) == pytest.approx(0.03 * math.sqrt(0.1))
    assert square_root_impact(4_000, 10_000, 0.03) == pytest.approx(2 * square_root_impact(1_000, 10_000, 0.03))
    with pytest.raises(ValueError):
        square_root_impact(1, 0, 0.03)
