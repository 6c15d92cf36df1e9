"""Monte Carlo price paths, generated and reduced in chunks.

Determinism: paths are grouped in fixed blocks of BLOCK_PATHS; block b draws from its own stream,
``SeedSequence(seed, spawn_key=(b,))``. A chunk is a run of whole blocks, and each chunk writes only its
own slice of the results, so the numbers do not depend on the chunk size or on how many threads run.

Streaming: a chunk's paths exist only while it is reduced to what the caller asked for (terminal value,
maximum drawdown, barrier hits, values on chosen days), so memory grows with the number of paths only
by those reductions (about 70 MB for a million paths with twelve dates), never by paths x steps.

Units: the price starts at 1 (results are relative to the start); drift and volatility are annualised,
with ``days_per_year`` daily steps a year (365 for bitcoin). The drift mu is arithmetic: E[S_T] = exp(mu T)
for GBM, Merton (jumps compensated), GARCH (conditionally normal), FHS (its exact compensator) and the
bootstrap (each day of a block centred), so a history's past rally never becomes the scenario's drift. Drawdowns are positive fractions.
"""

from __future__ import annotations

import math
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from ..errors import Cancelled, InvalidInput
from .garch import conditional_variances
from .measures import historical_var_es
from .models import PARAMS, SPECS

BLOCK_PATHS = 1_000
DEFAULT_CHUNK_PATHS = 10_000
CHUNK_VALUES = 3_650_000  # 29 MB of float64 a buffer: 10,000 paths of a year
MAX_PATHS = 10_000_000  # results take ~16 bytes a path plus 4 per value day: this keeps them under 1 GB
VAR_CONVENTIONS = {  # how VaR and ES at the horizon are read off the paths (simulate and stress runs name it)
    "losses": "positive fractions of the start value, at the horizon",
    "historical_quantile": "VaR is minus the lower empirical quantile (inverted_cdf) of the simulated returns at 1 - a: "
                           "the k-th largest loss, k = ceil(n(1 - a))",
    "es": "Rockafellar-Uryasev discrete estimator"}
FHS_MIN_RETURNS = 250  # the GARCH filter is fitted to the history (`fit_garch` needs as many)
COMPENSATOR_STEPS = 2048  # FHS: K(sigma) tabulated on this many steps up to 20x the larger of today's and the
# long-run daily volatility; linear interpolation of the convex K errs by at most step^2/8 K'', under 1e-7 a day


@dataclass(frozen=True)
class Model:
    kind: str = "gbm"
    vol: float = 0.6  # annualised
    drift: float = 0.0  # annualised, arithmetic
    df: float = PARAMS["df"].default  # Student-t degrees of freedom (> 2)
    jump_intensity: float = PARAMS["jump_intensity"].default  # Merton: jumps a year
    jump_mean: float = PARAMS["jump_mean"].default  # Merton: mean of the log jump
    jump_std: float = PARAMS["jump_std"].default  # Merton: standard deviation of the log jump
    garch_alpha: float = PARAMS["garch_alpha"].default  # GARCH(1,1) on daily returns (garch; fhs's filter)
    garch_beta: float = PARAMS["garch_beta"].default
    garch_start_var: float | None = None  # garch: daily variance of day 1 (today's conditional); None: unconditional
    history: np.ndarray | None = field(default=None, repr=False)  # daily log returns (bootstrap, fhs)
    block_days: int = PARAMS["block_days"].default  # bootstrap block length

    @cached_property
    def bootstrap_history(self) -> tuple[np.ndarray, np.ndarray]:
        """Bootstrap: the history with its first block_days - 1 days repeated at its end, so that a block wraps
        around without a modulo, and the centring of each day of a block (once per run, not per block).

        G_j is the log of the mean, over the n block starts, of the gross return of a block's first j days. The
        j-th day of every block is shifted by -(G_j - G_(j-1)): a block's first j days then have a mean gross
        return of exactly 1 (exp(j mu dt) once the drift is added), whatever the history's trend and its
        autocorrelation within a block; blocks are drawn independently, so E[S_t] = exp(mu t) on every day.
        With one-day blocks this is r - log mean exp(r)."""
        h = np.asarray(self.history, dtype=np.float64)
        padded = np.concatenate([h, h[: self.block_days - 1]])
        window = np.zeros(len(h))  # log gross return of the first j days of the block starting on each day
        log_mean_gross = [0.0]
        for j in range(self.block_days):
            window += padded[j: j + len(h)]
            top = window.max()
            log_mean_gross.append(top + math.log(np.mean(np.exp(window - top))))
        return padded, -np.diff(log_mean_gross)

    @cached_property
    def fhs_filter(self) -> FhsFilter:
        """FHS: the GARCH-filtered history and its compensator table (once per run, not per block)."""
        return _fhs_filter(self.history, self.garch_alpha, self.garch_beta)

    def check(self) -> None:
        spec = SPECS.get(self.kind)
        if spec is None:
            raise InvalidInput(f"model must be one of {', '.join(SPECS)}")
        if not (0 < self.vol < 10) and "vol" in spec.params:
            raise InvalidInput("vol must be an annualised fraction between 0 and 10")
        if not math.isfinite(self.drift) or abs(self.drift) > 10:
            raise InvalidInput("drift must be an annualised fraction between -10 and 10")
        if "df" in spec.params and not self.df > 2:
            raise InvalidInput("Student-t needs more than 2 degrees of freedom (finite variance)")
        if spec.fits_garch and not (
                self.garch_alpha >= 0 and self.garch_beta >= 0 and self.garch_alpha + self.garch_beta < 1):
            raise InvalidInput("GARCH needs alpha, beta >= 0 and alpha + beta < 1")
        if self.garch_start_var is not None and not (math.isfinite(self.garch_start_var) and self.garch_start_var > 0):
            raise InvalidInput("the GARCH start variance must be a positive daily variance")
        if "block_days" in spec.params and self.block_days < 1:
            raise InvalidInput("bootstrap blocks must be at least 1 day long")
        if spec.needs_history:
            h = self.history
            least = FHS_MIN_RETURNS if spec.fits_garch else max(30, self.block_days + 1)
            if h is None or len(h) < least or not np.all(np.isfinite(h)):
                raise InvalidInput(f"the {self.kind} model needs a history of at least {least} finite daily returns")
            if spec.fits_garch and not np.var(h) > 0:  # no variance to filter: residuals would be 0 / 0
                raise InvalidInput(f"the {self.kind} model needs a history whose daily returns vary")


@dataclass(frozen=True)
class FhsFilter:
    """The history filtered by GARCH(1,1) (Barone-Adesi, Giannopoulos and Vosper 1999)."""

    residuals: np.ndarray  # (r_t - mean) / sigma_t, rescaled to mean 0 and variance 1
    variance_today: float  # daily: the forecast for the day after the history
    omega: float  # variance targeting: the history's variance x (1 - alpha - beta)
    sigma_step: float  # the compensator is tabulated at daily volatilities 0, step, 2 step, ... COMPENSATOR_STEPS step
    compensator: np.ndarray  # K(sigma) = log mean_i exp(sigma z_i) there
    compensator_slope: np.ndarray  # its change from one point to the next


def correlation_factor(matrix) -> np.ndarray:
    """A lower-triangular L with L L^T = matrix; a matrix that is not a valid correlation matrix is an error.

    Positive semi-definite but singular matrices (perfectly correlated factors) are accepted through
    an eigen-decomposition when Cholesky cannot factor them.
    """
    c = np.asarray(matrix, dtype=np.float64)
    if c.ndim != 2 or c.shape[0] != c.shape[1]:
        raise InvalidInput("the correlation matrix must be square")
    if not np.allclose(c, c.T, atol=1e-12):
        raise InvalidInput("the correlation matrix must be symmetric")
    if not np.allclose(np.diag(c), 1.0) or np.any(np.abs(c) > 1 + 1e-12):
        raise InvalidInput("a correlation matrix has ones on its diagonal and entries between -1 and 1")
    try:
        return np.linalg.cholesky(c)
    except np.linalg.LinAlgError:
        eigenvalues, vectors = np.linalg.eigh(c)
        if eigenvalues.min() < -1e-10:
            raise InvalidInput(f"the correlation matrix is not positive semi-definite "
                             f"(smallest eigenvalue {eigenvalues.min():.4g})") from None
        # any square root works: L L^T = c; take the symmetric one, then it need not be triangular
        return vectors @ np.diag(np.sqrt(np.clip(eigenvalues, 0.0, None))) @ vectors.T


@dataclass(frozen=True)
class Factor:
    """One risk factor of a portfolio: its model (normal innovations: gbm) and its share of the start value."""

    name: str
    weight: float
    model: Model


@dataclass(frozen=True)
class Request:
    model: Model
    paths: int
    horizon_days: int
    seed: int
    days_per_year: float = 365.0
    barriers: tuple[float, ...] = ()  # levels as fractions of the start value
    value_days: tuple[int, ...] = ()  # days (1..horizon) whose values are kept for percentiles
    chunk_paths: int = DEFAULT_CHUNK_PATHS
    threads: int = 0  # 0: one per core
    factors: tuple[Factor, ...] = ()  # several correlated factors: the value is their weighted sum
    correlation: tuple[tuple[float, ...], ...] = ()

    def check(self) -> None:
        self.model.check()
        if self.factors:
            if any(f.model.kind != "gbm" for f in self.factors):
                raise InvalidInput("correlated factors use normal innovations (gbm)")
            if abs(sum(f.weight for f in self.factors) - 1.0) > 1e-9 or any(f.weight < 0 for f in self.factors):
                raise InvalidInput("factor weights are shares of the start value: non-negative, adding up to 1")
            correlation_factor(self.correlation)
            if len(self.correlation) != len(self.factors):
                raise InvalidInput("the correlation matrix needs one row per factor")
        if not 1 <= self.paths <= MAX_PATHS:
            raise InvalidInput(f"paths must be between 1 and {MAX_PATHS:,}")
        if not 1 <= self.horizon_days <= 3650:
            raise InvalidInput("horizon must be between 1 and 3,650 days")
        if self.seed < 0:
            raise InvalidInput("seed must be zero or positive")
        if any(not 0 < b < 100 for b in self.barriers):
            raise InvalidInput("barriers are positive fractions of the start value")
        if any(not 1 <= d <= self.horizon_days for d in self.value_days):
            raise InvalidInput("value days must lie within the horizon")


@dataclass
class Result:
    request: Request
    terminal: np.ndarray  # value at the horizon relative to the start, one per path
    max_drawdown: np.ndarray  # deepest peak-to-trough fall of each path, positive fraction
    barrier_hit: np.ndarray  # (paths, barriers) bool: touched on a simulated day
    values: np.ndarray  # (paths, value days) float32, relative to the start
    elapsed_s: float = 0.0

    def percentiles_at_days(self, quantiles=(0.05, 0.25, 0.5, 0.75, 0.95)) -> np.ndarray:
        """(value days x quantiles) of the value relative to the start: what a fan chart draws."""
        return np.quantile(self.values, quantiles, axis=0).T.astype(np.float64)

    def barrier_probability(self) -> list[float]:
        return [float(x) for x in self.barrier_hit.mean(axis=0)] if self.barrier_hit.size else []


# ---- random draws, one block of paths at a time --------------------------------------------------------
#
# Arrays are time-major, (days, paths): a day's values for every path of a chunk are one contiguous row, so
# the path reductions below are a handful of vectorised operations per day instead of a running
# accumulate along each path (which NumPy does element by element).

TWO_PI = np.float32(2.0 * math.pi)


class BoxMullerBuffers:
    """Buffers for the radii and angles of one block of normals."""

    def __init__(self, days: int, paths: int):
        size = (days + 1) // 2 * paths
        self.radius = np.empty(size)
        self.angle = np.empty(size, dtype=np.float32)
        self.trig = np.empty(size, dtype=np.float32)


class _Scratch:
    """Buffers one worker reuses from chunk to chunk: a fresh large array costs a page fault per 4 KiB,
    which added 60% to the time of drawing the normals when measured on a 2-core machine."""

    def __init__(self, steps: int, chunk_paths: int, factors: int):
        self.x = np.empty((steps, chunk_paths))
        self.z = np.empty((factors, steps, chunk_paths)) if factors else None
        self.mix = np.empty((steps, chunk_paths)) if factors else None
        self.normals = BoxMullerBuffers(steps, BLOCK_PATHS)
        self.peak, self.low, self.drawdown, self.gap = (np.empty(chunk_paths) for _ in range(4))


def standard_normals(rng: np.random.Generator, out: np.ndarray, scale: float = 1.0,
                     buffers: BoxMullerBuffers | None = None) -> None:
    """Fill ``out`` (days x paths, may be a strided view) with scale x independent N(0, 1).

    Box-Muller (Glasserman 2004, 2.3.2), exact in distribution: uniforms u, v give the pair
    r cos(2 pi v), r sin(2 pi v) with r = sqrt(-2 ln(1 - u)). The radius comes from a 53-bit u in double
    precision (no cut-off short of 8.5 standard deviations); the angle from a 24-bit v with single-precision
    cosine and sine, within 5e-7 of the exact values, far below Monte Carlo error. NumPy vectorises
    single-precision trigonometry and not double, and this way draws normals about twice as fast as its
    ziggurat (Generator.standard_normal). Cosines fill the first half of the days, sines the rest.
    """
    days, paths = out.shape
    half = (days + 1) // 2
    rest = days - half
    buffers = buffers or BoxMullerBuffers(days, paths)
    radius = buffers.radius[: half * paths].reshape(half, paths)
    angle = buffers.angle[: half * paths].reshape(half, paths)
    trig = buffers.trig[: half * paths].reshape(half, paths)
    rng.random(out=radius)
    np.subtract(1.0, radius, out=radius)  # (0, 1]: the logarithm is finite
    np.log(radius, out=radius)
    np.multiply(radius, -2.0, out=radius)
    np.sqrt(radius, out=radius)
    if scale != 1.0:
        radius *= scale  # after the root: scale^2 would underflow for tiny scales
    rng.random(out=angle, dtype=np.float32)
    np.multiply(angle, TWO_PI, out=angle)
    np.cos(angle, out=trig)
    np.multiply(radius, trig, out=out[:half])
    np.sin(angle[:rest], out=trig[:rest])
    np.multiply(radius[:rest], trig[:rest], out=out[half:])


def _increments(model: Model, rng: np.random.Generator, out: np.ndarray, dt: float, scratch: _Scratch) -> None:
    """Fill ``out`` (days x paths of one block) with daily log-price increments; for GARCH, with the
    standard normals that `_garch_returns` then turns into returns over the whole chunk."""
    sigma, mu = model.vol, model.drift
    kind = model.kind
    if kind == "gbm":
        standard_normals(rng, out, sigma * math.sqrt(dt), scratch.normals)
        out += (mu - 0.5 * sigma * sigma) * dt
    elif kind == "student-t":
        out[...] = rng.standard_t(model.df, size=out.shape)
        out *= sigma * math.sqrt(dt) * math.sqrt((model.df - 2.0) / model.df)  # unit variance, then scaled
        out += (mu - 0.5 * sigma * sigma) * dt
    elif kind == "merton":
        standard_normals(rng, out, sigma * math.sqrt(dt), scratch.normals)
        kappa = math.exp(model.jump_mean + 0.5 * model.jump_std**2) - 1.0
        out += (mu - 0.5 * sigma * sigma - model.jump_intensity * kappa) * dt
        counts = rng.poisson(model.jump_intensity * dt, size=out.shape)
        days, paths = np.nonzero(counts)
        if days.size:
            n = counts[days, paths]
            out[days, paths] += n * model.jump_mean + np.sqrt(n) * model.jump_std * rng.standard_normal(days.size)
    elif kind == "garch":
        standard_normals(rng, out, 1.0, scratch.normals)  # _garch_returns turns them into returns, chunk-wide
    elif kind == "bootstrap":
        # circular block bootstrap (Politis and Romano 1992): a block starts on any day of the history with the
        # same probability and wraps from the last day to the first, so every day is drawn equally often
        length = model.block_days
        days, paths = out.shape
        blocks = -(-days // length)
        starts = rng.integers(0, len(model.history), size=(paths, blocks))
        index = (starts[:, :, None] + np.arange(length)).reshape(paths, blocks * length)[:, :days]
        padded, centring = model.bootstrap_history
        out[...] = padded[index.T]
        # centred by the day's place in its block: the drift is the scenario's, never the history's
        out += np.tile(centring + mu * dt, blocks)[:days, None]
    elif kind == "fhs":
        # residuals drawn with replacement; _fhs_returns scales them by each path's GARCH volatility, chunk-wide
        residuals = model.fhs_filter.residuals
        out[...] = residuals[rng.integers(0, len(residuals), size=out.shape)]


def _garch_returns(model: Model, x: np.ndarray, dt: float) -> None:
    """Turn standard normals (days x paths) into GARCH(1,1) daily log returns in place, day by day, the
    variance starting at ``garch_start_var`` (today's conditional variance; the unconditional one, vol^2 dt,
    when none is given) and reverting to the unconditional level."""
    unconditional = model.vol * model.vol * dt
    omega = unconditional * (1.0 - model.garch_alpha - model.garch_beta)
    var = np.full(x.shape[1], unconditional if model.garch_start_var is None else model.garch_start_var)
    shock = np.empty_like(var)
    for day in x:
        np.sqrt(var, out=shock)
        shock *= day  # eps = sqrt(var) z
        np.multiply(var, -0.5, out=day)
        day += model.drift * dt
        day += shock  # return = mu dt - var / 2 + eps
        np.multiply(shock, shock, out=shock)
        shock *= model.garch_alpha
        var *= model.garch_beta
        var += shock
        var += omega  # next var = omega + alpha eps^2 + beta var


def _log_mean_exp(sigma: np.ndarray, z: np.ndarray) -> np.ndarray:
    """K(s) = log mean_i exp(s z_i) for each s >= 0, taken around the largest z so that nothing overflows."""
    top = float(z.max())
    out = np.empty(len(sigma))
    for first in range(0, len(sigma), 256):  # 256 rows at a time: memory stays small for long histories
        s = sigma[first:first + 256, None]
        out[first:first + 256] = s[:, 0] * top + np.log(np.mean(np.exp(s * (z - top)), axis=1))
    return out


def _fhs_filter(history: np.ndarray, alpha: float, beta: float) -> FhsFilter:
    """Filtered historical simulation's inputs (Barone-Adesi, Giannopoulos and Vosper 1999): the demeaned
    history divided by its GARCH(1,1) conditional volatility, rescaled to mean 0 and variance 1 (a fitted
    filter leaves them near, not exactly at, unit variance), and today's variance."""
    h = np.asarray(history, dtype=np.float64)
    var = conditional_variances(h, alpha, beta)
    z = (h - h.mean()) / np.sqrt(var[:-1])
    z = (z - z.mean()) / z.std()
    long_run = float(np.var(h))
    step = 20.0 * math.sqrt(max(float(var[-1]), long_run)) / COMPENSATOR_STEPS
    table = _log_mean_exp(np.arange(COMPENSATOR_STEPS + 1) * step, z)
    return FhsFilter(z, float(var[-1]), long_run * (1.0 - alpha - beta), step, table, np.diff(table))


def _fhs_returns(model: Model, x: np.ndarray, dt: float) -> None:
    """Turn residuals drawn from the filtered history (days x paths) into daily log returns in place, day by
    day: eps = sigma_t z, r = mu dt - K(sigma_t) + eps, next var = omega + alpha eps^2 + beta var, the
    variance starting at today's. K(s) = log mean exp(s z_i) makes E[exp(r) | sigma_t] = exp(mu dt) exactly
    under the resampling, so E[S_T] = exp(mu T)."""
    f = model.fhs_filter
    alpha, beta = model.garch_alpha, model.garch_beta
    var = np.full(x.shape[1], f.variance_today)
    sigma, position, compensator = np.empty_like(var), np.empty_like(var), np.empty_like(var)
    point = np.empty(len(var), dtype=np.intp)
    top = COMPENSATOR_STEPS * f.sigma_step
    for day in x:
        np.sqrt(var, out=sigma)
        # linear interpolation on the uniform grid by direct indexing (np.interp's search is 10x slower)
        np.multiply(sigma, 1.0 / f.sigma_step, out=position)
        np.copyto(point, position, casting="unsafe")  # truncation: the grid point below
        position -= point
        f.compensator_slope.take(point, out=compensator, mode="clip")
        compensator *= position
        compensator += f.compensator.take(point, mode="clip")
        beyond = sigma > top
        if beyond.any():  # a path 20x more volatile than today and the long run: K computed exactly
            compensator[beyond] = _log_mean_exp(sigma[beyond], f.residuals)
        day *= sigma  # eps
        np.multiply(day, day, out=sigma)
        sigma *= alpha
        var *= beta
        var += sigma
        var += f.omega
        day -= compensator
        day += model.drift * dt


# ---- the run ----------------------------------------------------------------------------------------------

def _block_rng(seed: int, block: int) -> np.random.Generator:
    # SFC64: a small, fast generator that passes the standard statistical batteries (NumPy's "fast" choice)
    return np.random.Generator(np.random.SFC64(np.random.SeedSequence(seed, spawn_key=(block,))))


def _blocks(first: int, last: int):
    """(block number, columns of the chunk) for the fixed blocks of paths first..last-1."""
    for block_first in range(first, last, BLOCK_PATHS):
        yield block_first // BLOCK_PATHS, slice(block_first - first, min(block_first + BLOCK_PATHS, last) - first)


def _portfolio_log_levels(request: Request, mixing: np.ndarray, first: int, last: int, dt: float,
                          scratch: _Scratch) -> np.ndarray:
    """Log of the portfolio value (sum of weight x factor value), factors driven by correlated normals."""
    k, rows = len(request.factors), last - first
    z, factor = scratch.z[:, :, :rows], scratch.mix[:, :rows]
    value = scratch.x[:, :rows]
    for block, columns in _blocks(first, last):
        rng = _block_rng(request.seed, block)
        for i in range(k):
            standard_normals(rng, z[i, :, columns], 1.0, scratch.normals)
    value.fill(0.0)
    for i, f in enumerate(request.factors):
        sigma = f.model.vol
        loadings = mixing[i] * (sigma * math.sqrt(dt))  # this factor's daily shock per unit of each normal
        np.multiply(z[0], loadings[0], out=factor)
        for j in range(1, k):
            if loadings[j]:
                for day, normals in zip(factor, z[j], strict=True):  # row by row: no temporary the size of the chunk
                    day += loadings[j] * normals
        factor += (f.model.drift - 0.5 * sigma * sigma) * dt
        for previous, day in zip(factor[:-1], factor[1:], strict=True):
            day += previous
        np.exp(factor, out=factor)
        factor *= f.weight
        value += factor
    return np.log(value, out=value)


def _track_extremes(x: np.ndarray, cumulate: bool, scratch: _Scratch) -> None:
    """Walk the days of a chunk once: make x levels (a running sum of increments) when ``cumulate``, and
    keep each path's highest level, lowest level and deepest fall from a peak (the start, 0, counts)."""
    n = x.shape[1]
    peak, low, drawdown, gap = scratch.peak[:n], scratch.low[:n], scratch.drawdown[:n], scratch.gap[:n]
    peak.fill(0.0)
    low.fill(0.0)
    drawdown.fill(0.0)
    previous = None
    for day in x:
        if cumulate and previous is not None:
            np.add(day, previous, out=day)
        np.maximum(peak, day, out=peak)
        np.minimum(low, day, out=low)
        np.subtract(peak, day, out=gap)
        np.maximum(drawdown, gap, out=drawdown)
        previous = day


def simulate(request: Request, progress: Callable[[float], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> Result:
    request.check()
    started = time.perf_counter()
    paths, steps = request.paths, request.horizon_days
    dt = 1.0 / request.days_per_year
    # a chunk's buffers hold at most CHUNK_VALUES days x paths (each factor of a run counts): long horizons
    # and factor runs take fewer paths a chunk, so memory and the wait for a cancel stay bounded
    chunk_paths = min(request.chunk_paths, CHUNK_VALUES // (steps * max(1, len(request.factors))))
    chunk = min(max(BLOCK_PATHS, chunk_paths // BLOCK_PATHS * BLOCK_PATHS), paths)
    terminal = np.empty(paths)
    drawdown = np.empty(paths)
    hits = np.zeros((paths, len(request.barriers)), dtype=bool)
    values = np.empty((paths, len(request.value_days)), dtype=np.float32)
    log_barriers = np.log(np.array(request.barriers, dtype=np.float64))
    day_index = np.array(request.value_days, dtype=np.int64) - 1
    starts = list(range(0, paths, chunk))
    done = [0]
    mixing = correlation_factor(request.correlation) if request.factors else None
    threads = min(request.threads or os.cpu_count() or 1, len(starts))
    scratches = queue.SimpleQueue()
    for _ in range(threads):
        scratches.put(_Scratch(steps, chunk, len(request.factors)))

    stop = threading.Event()  # set when the run fails or is interrupted: chunks not yet begun never begin

    def run_chunk(first: int) -> None:
        if stop.is_set() or (cancelled and cancelled()):
            raise Cancelled("simulation cancelled")
        last = min(first + chunk, paths)
        n = last - first
        scratch = scratches.get()
        try:
            if request.factors:
                x = _portfolio_log_levels(request, mixing, first, last, dt, scratch)
            else:
                x = scratch.x[:, :n]
                for block, columns in _blocks(first, last):
                    _increments(request.model, _block_rng(request.seed, block), x[:, columns], dt, scratch)
                if request.model.kind == "garch":
                    _garch_returns(request.model, x, dt)
                elif request.model.kind == "fhs":
                    _fhs_returns(request.model, x, dt)
            _track_extremes(x, cumulate=not request.factors, scratch=scratch)
            terminal[first:last] = np.exp(x[-1])
            for k, day in enumerate(day_index):  # one day at a time: no temporary the size of the chunk
                np.exp(x[day], out=values[first:last, k])
            drawdown[first:last] = -np.expm1(-scratch.drawdown[:n])
            for j, b in enumerate(log_barriers):
                hits[first:last, j] = scratch.low[:n] <= b if b < 0 else scratch.peak[:n] >= b
        finally:
            scratches.put(scratch)
        done[0] += n
        if progress:
            progress(done[0] / paths)

    if threads == 1:
        for first in starts:
            run_chunk(first)
    else:
        pool = ThreadPoolExecutor(max_workers=threads)
        try:
            for future in [pool.submit(run_chunk, first) for first in starts]:
                future.result()  # re-raises a cancel or an error from the worker; Ctrl-C interrupts the wait
        except BaseException:
            stop.set()
            raise
        finally:
            # on a cancel, an error or Ctrl-C, wait only for the chunks under way (each holds at most CHUNK_VALUES
            # values: tens of milliseconds), not for the thousands still queued, as leaving a `with` block did
            pool.shutdown(wait=True, cancel_futures=True)
    return Result(request, terminal, drawdown, hits, values, elapsed_s=time.perf_counter() - started)


TOUCH_SLICE = 1 << 20  # elements of a scratch buffer touched between two checks for a cancel


def scratch_like(values: np.ndarray, check: Callable[[], None] = lambda: None, dtype=None) -> np.ndarray:
    """A 1-D buffer the length of ``values``, its memory touched a slice at a time with ``check`` between: the
    first touch of fresh memory the size of a 10-million-path run took half a second on a test machine, longer
    than a cancel may wait."""
    out = np.empty(len(values), dtype=dtype or values.dtype)
    for first in range(0, len(out), TOUCH_SLICE):
        check()
        out[first:first + TOUCH_SLICE] = 0
    return out


def quantiles(values: np.ndarray, qs: list[float], check: Callable[[], None] = lambda: None, *,
              work: np.ndarray | None = None) -> np.ndarray:
    """``np.quantile(values, qs)``, the same figures, one quantile at a time with ``check`` between: numpy
    partitions on every quantile's index at once, over a second at 10 million paths that Cancel would wait out.
    ``work``, a buffer of the same shape and dtype, takes the copy that each quantile partitions in place."""
    if work is None:
        work = np.array(values)
    elif work is not values:
        np.copyto(work, values)
    qs = np.asarray(qs, dtype=np.float64)  # float64 quantiles interpolate in float64, even over float32 values
    out = []
    for k in range(len(qs)):
        check()
        out.append(np.quantile(work, qs[k:k + 1], overwrite_input=True)[0])
    return np.array(out)


def outcome_summary(relative_terminal: np.ndarray, max_drawdown: np.ndarray, start_value: float = 1.0, *,
                    check: Callable[[], None] = lambda: None, work: np.ndarray | None = None) -> dict:
    """The distribution of outcomes that ``simulate`` and a stress run both report: the value at the horizon
    (quantiles in the unit of ``start_value``), VaR and ES of the loss (fractions of the start value, the
    historical rule) and the deepest falls (positive fractions). ``check`` runs between the steps (each a
    fraction of a second at 10 million paths) and raises to cancel.

    One float64 scratch buffer the length of the run (``work``, or one of its own) serves every step: each new
    array of 80 MB is fresh memory, slow to touch at once."""
    work = scratch_like(relative_terminal, check, np.float64) if work is None else work
    np.multiply(relative_terminal, start_value, out=work)
    mean = float(work.mean())  # before the quantiles reorder the buffer (a sum's last digits follow its order)
    check()
    q = quantiles(work, [0.01, 0.05, 0.5, 0.95, 0.99], check, work=work)
    var, es = {}, {}
    for a in (0.95, 0.99):
        check()
        np.subtract(relative_terminal, 1.0, out=work)
        loss, tail = historical_var_es(work, a, overwrite=True)
        var[f"{a:g}"], es[f"{a:g}"] = loss + 0.0, tail + 0.0  # + 0.0: no "-0.0" for a loss of nothing
    drawdown_q = quantiles(max_drawdown, [0.5, 0.95], check, work=work)
    check()
    return {"terminal": {"mean": mean, "p01": float(q[0]), "p05": float(q[1]), "p50": float(q[2]),
                         "p95": float(q[3]), "p99": float(q[4])},
            "var": var, "es": es, "conventions": VAR_CONVENTIONS,
            "max_drawdown": {"mean": float(max_drawdown.mean()), "p50": float(drawdown_q[0]),
                             "p95": float(drawdown_q[1])}}


def summary(result: Result) -> dict:
    """The JSON keys of `reserve-desk simulate` (docs/formats.md), values relative to the start."""
    r = result.request
    out = {"model": r.model.kind, "paths": r.paths, "seed": r.seed, "horizon_days": r.horizon_days,
           **outcome_summary(result.terminal, result.max_drawdown), "elapsed_s": result.elapsed_s}
    if r.barriers:
        probabilities = result.barrier_probability()
        out["barrier_hit_probability"] = probabilities[0] if len(probabilities) == 1 else probabilities
    return out
