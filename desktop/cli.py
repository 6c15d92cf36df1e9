"""The ``reserve-desk`` command: opens the window, or answers headless with JSON.

Errors print one line on stderr (``reserve-desk: error: ...``) and exit non-zero; never a traceback
(set RESERVE_DESK_DEBUG=1 to see one). Whose error it is follows ``core.errors.is_user_error``, as in the window;
an internal error is written to the window's log file, which the line names. Qt is imported only by the commands
that need it (and to find the log folder after an internal error).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import sqlite3
import sys
from collections.abc import Collection
from pathlib import Path

from .core.errors import (
    Cancelled,
    InvalidInput,
    UserError,
    internal_error_text,
    is_user_error,
    log_internal,
    start_log,
)

EXIT_USAGE = 2
EXIT_INPUT = 1
EXIT_INTERNAL = 70


class CliError(UserError):
    """A problem with the user's input, shown as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's default prints the whole usage block
        raise CliError(f"{message} (see '{self.prog} --help')")


def _head(text: str) -> tuple[int, str]:
    entries, _, head_hash = "".join(text.split()).replace(",", "").partition(":")  # as pasted off a PDF: any spaces
    if not (entries.isdigit() and int(entries) >= 1 and len(head_hash) == 64
            and all(c in "0123456789abcdefABCDEF" for c in head_hash)):
        raise argparse.ArgumentTypeError(f"{text[:80]!r}: expected ENTRIES:HASH, an entry count from 1 and its hash "
                                         "of 64 hex digits, e.g. 72:7bc0e035…")
    return int(entries), head_hash.lower()


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in YYYY-MM-DD form") from None


def build_parser() -> argparse.ArgumentParser:
    from .core.domain import WALLET_KINDS
    from .core.engine.backtest import METHODS as BACKTEST_METHODS
    from .core.engine.models import PARAMS as MODEL_PARAMS
    from .core.engine.models import SPECS
    from .core.engine.valuation import COST_METHODS
    from .core.io.chain_statements import FORMATS as CHAIN_FORMATS
    from .core.io.csv_source import DATE_ORDERS, DECIMALS
    from .core.io.fx_csv import QUOTES
    from .core.io.importers import EXPORTERS, IMPORTERS
    from .core.samples import SAMPLES
    from .core.summary import PAPERS
    from .core.summary import SECTIONS as REPORT_SECTIONS

    parser = _Parser(prog="reserve-desk", description="Reserve Desk: a sovereign bitcoin reserve under an IMF program.")
    from . import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--workspace", dest="open_workspace", metavar="FILE", help="open this workspace in the window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("self-test", help="headless smoke test; prints 'self-test ok'")

    p = sub.add_parser("init", help="create a workspace file, empty or from a sample")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sample", default="empty", choices=SAMPLES)

    p = sub.add_parser("wallets", help="add or list wallets")
    wsub = p.add_subparsers(dest="wallets_command", metavar="ACTION", parser_class=_Parser, required=True)
    w = wsub.add_parser("add", help="add a wallet")
    w.add_argument("name")
    w.add_argument("--workspace", required=True, metavar="FILE")
    w.add_argument("--kind", default="cold", choices=WALLET_KINDS)
    w.add_argument("--custodian")
    w.add_argument("--address")
    w.add_argument("--cap-btc", type=float, metavar="N")
    w = wsub.add_parser("list", help="list wallets with their balances")
    w.add_argument("--workspace", required=True, metavar="FILE")
    w.add_argument("--json", action="store_true", help="print JSON (the default output)")

    for name, helptext in (("import", "import a file: all valid rows or nothing"), ("export", "export to CSV, or every table to an Excel workbook")):
        p = sub.add_parser(name, help=helptext)
        if name == "import":  # chain statements come as several files (one per address, or a node's two lists)
            p.add_argument("what", choices=(*IMPORTERS, "chain"))
            p.add_argument("files", metavar="FILE", nargs="+")
            p.add_argument("--format", choices=CHAIN_FORMATS,
                           help="chain: esplora (an explorer's /api/address/ADDR/txs JSON), core (Bitcoin Core's "
                                "listtransactions or listunspent JSON) or csv (address,txid,block_time,delta_sat); "
                                "default: from the content")
        else:
            p.add_argument("what", choices=(*EXPORTERS, "workbook"))
            p.add_argument("csv", metavar="FILE", help="the CSV file, or the .xlsx file of a workbook")
        p.add_argument("--workspace", required=True, metavar="FILE")
        p.add_argument("--asset", default="BTC", help="prices: the asset (default BTC)")
        if name == "import":
            p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
            p.add_argument("--skip-invalid", action="store_true",
                           help="import the valid rows even if some are invalid (default: invalid rows block)")
            p.add_argument("--date-order", choices=DATE_ORDERS, default="iso",
                           help="dates as YYYY-MM-DD (default), DD/MM/YYYY or MM/DD/YYYY")
            p.add_argument("--decimal", choices=DECIMALS, default="point", help="decimal mark (default point)")
            p.add_argument("--date-column", help="prices, fx: the date column of an unrecognised file")
            p.add_argument("--close-column", help="prices, fx: the close column of an unrecognised file")
            p.add_argument("--currency", metavar="CODE",
                           help="fx (required): the currency of the rates, e.g. PKR, or SDR (XDR)")
            p.add_argument("--quote", choices=QUOTES,
                           help="fx: per-usd (the default: units of the currency per US$, as USD/PKR is quoted, "
                                "278.40) or usd-per-unit (US$ per unit, as the IMF quotes the SDR, 1.3281)")
            p.add_argument("--accept-implausible", action="store_true",
                           help="prices: import a series even if it does not look like the asset's US$ prices "
                                "(checked against the stored prices and, for BTC, the range it traded in each year)")
            p.add_argument("--as-of", type=_date, metavar="D",
                           help="imf-payments: the date of the IMF's projection (default: the day before its first line)")
            p.add_argument("--json", action="store_true", help="print the import report as JSON")
        else:
            p.add_argument("--force", action="store_true", help="replace FILE if it exists (never the workspace's own files)")
            p.add_argument("--currency", metavar="CODE", help="workbook: the reporting currency (default USD): SDR, or "
                           "a currency with rates imported by 'import fx'; each figure at the rate of its own date")
            p.add_argument("--date", type=_date, metavar="D", help="workbook: the valuation date (default: the workspace's)")

    p = sub.add_parser("addresses", help="the address register: a wallet's addresses and output descriptors")
    asub = p.add_subparsers(dest="addresses_command", metavar="ACTION", parser_class=_Parser, required=True)
    a = asub.add_parser("add", help="register an address, or an output descriptor (or a bare ypub/zpub) and its "
                                    "first addresses on each branch; never a private key or seed")
    a.add_argument("wallet", metavar="WALLET")
    a.add_argument("--workspace", required=True, metavar="FILE")
    given = a.add_mutually_exclusive_group(required=True)
    given.add_argument("--address", metavar="A")
    given.add_argument("--descriptor", metavar="D", help="e.g. wpkh([fingerprint/84h/0h/0h]xpub…/<0;1>/*), or a zpub")
    a.add_argument("--count", type=int, default=20, metavar="N", help="addresses per branch (default 20)")
    a.add_argument("--gap-limit", type=int, default=20, metavar="N",
                   help="unused addresses kept after the last one a chain statement shows used: more are derived "
                        "when it is reached (default 20)")
    a = asub.add_parser("list", help="registered addresses with their wallet, derivation path and descriptor")
    a.add_argument("--workspace", required=True, metavar="FILE")
    a.add_argument("--wallet", metavar="W")
    a.add_argument("--json", action="store_true", help="print JSON (the default output)")
    a = asub.add_parser("prove", help="import signed messages (CSV: address,message,signature) proving control of "
                                      "registered addresses; legacy 'Bitcoin Signed Message' signatures, each verified; "
                                      "all rows or nothing")
    a.add_argument("csv", metavar="FILE")
    a.add_argument("--workspace", required=True, metavar="FILE")
    a.add_argument("--dry-run", action="store_true", help="verify every row, store nothing")
    a.add_argument("--json", action="store_true", help="print JSON (the default output)")
    a = asub.add_parser("flags", help="each registered address's custody flags at a date: over the cap, reused "
                                      "(paid more than once), public key exposed (spent from, or Taproot), proven")
    a.add_argument("--workspace", required=True, metavar="FILE")
    a.add_argument("--date", type=_date, metavar="D",
                   help="the chain as confirmed by the end of this day, UTC (default: the workspace's valuation date)")
    a.add_argument("--cap-btc", type=float, metavar="N",
                   help="the cap per address for this answer (default: the workspace's, 500 BTC unless set)")
    a.add_argument("--json", action="store_true", help="print JSON (the default output)")
    a = asub.add_parser("cap", help="show, or set, the most an address should hold (default 500 BTC)")
    a.add_argument("btc", nargs="?", type=float, metavar="BTC", help="the new cap; without it, print the current one")
    a.add_argument("--workspace", required=True, metavar="FILE")

    p = sub.add_parser("risk", help="volatility, VaR, ES and drawdowns of a price series (Cornish-Fisher only inside its "
                                    "domain, null with the reason in warnings outside it)")
    p.add_argument("--prices", required=True, metavar="CSV", help="a price file (date,close or a vendor export)")
    p.add_argument("--from", dest="start", type=_date, metavar="D")
    p.add_argument("--to", dest="end", type=_date, metavar="D")
    p.add_argument("--annualization-days", type=float, default=365.0, help="days a year (default 365 for bitcoin)")
    p.add_argument("--date-order", choices=DATE_ORDERS, default="iso")
    p.add_argument("--decimal", choices=DECIMALS, default="point")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")

    p = sub.add_parser("backtest", help="backtest one-day VaR models on a price history: a forecast each day from a "
                                        "rolling window against the next return; Kupiec, Christoffersen, Basel traffic light")
    given = p.add_mutually_exclusive_group(required=True)
    given.add_argument("--prices", metavar="CSV", help="a price file (date,close or a vendor export)")
    given.add_argument("--workspace", metavar="FILE", help="the workspace's stored BTC prices")
    p.add_argument("--method", choices=(*BACKTEST_METHODS, "all"), default="all")
    p.add_argument("--confidence", type=float, default=0.99, help="VaR confidence (default 0.99)")
    p.add_argument("--window", type=int, default=250, help="estimation window in returns (default 250)")
    p.add_argument("--from", dest="start", type=_date, metavar="D")
    p.add_argument("--to", dest="end", type=_date, metavar="D")
    p.add_argument("--date-order", choices=DATE_ORDERS, default="iso")
    p.add_argument("--decimal", choices=DECIMALS, default="point")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")

    p = sub.add_parser("simulate", help="Monte Carlo paths of the bitcoin price, or a workspace's stress scenario")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--model", choices=tuple(SPECS), help="simulate this model relative to today (no workspace)")
    what.add_argument("--scenario", metavar="ID", help="run this stress scenario on --workspace (USD, test dates)")
    p.add_argument("--workspace", metavar="FILE", help="the workspace a --scenario runs on")
    p.add_argument("--date", type=_date, metavar="D", help="valuation date of a --scenario run (default: the workspace's)")
    p.add_argument("--liquidation-days", type=int, default=10, metavar="N",
                   help="days over which the Almgren-Chriss schedule sells the bitcoin needed (default 10)")
    p.add_argument("--save", action="store_true", help="store the --scenario run in the workspace")
    for param in MODEL_PARAMS.values():  # the model's parameters: one option each (--vol has no default)
        models = ", ".join(s.kind for s in SPECS.values() if param.name in s.params)
        p.add_argument("--" + param.name.replace("_", "-"), type=int if param.integer else float,
                       default=None if param.name == "vol" else param.default,
                       help=f"{param.label} ({models}; " + ("e.g. 0.6, or calibrated from --prices)" if param.name == "vol"
                                                           else f"default {param.default:g})"))
    resampled = [s.kind for s in SPECS.values() if s.needs_history]
    fitted = [s.kind for s in SPECS.values() if s.fits_garch and not s.needs_history]
    p.add_argument("--prices", metavar="CSV", help=f"daily price history (date,close or a vendor export): {' and '.join(resampled)} "
                   f"resample it; {' and '.join(fitted)} fitted to it; other models take their volatility from it")
    p.add_argument("--paths", type=int, help="paths (default 100,000, or the scenario's)")
    p.add_argument("--seed", type=int, help="random seed (default 1, or the scenario's)")
    p.add_argument("--horizon-days", type=int, help="horizon (default 365, or the scenario's)")
    p.add_argument("--barrier", type=float, metavar="FRACTION", help="report the chance of touching FRACTION x start")
    _currency_option(p, "a --scenario run's ")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")

    p = sub.add_parser("mining", help="bitcoin mined with state power: hashrate, share, output by year, power cost")
    p.add_argument("--mw", type=float, required=True, help="site power in MW")
    p.add_argument("--j-per-th", type=float, required=True, metavar="E", help="machine efficiency in J/TH (S21: 17.5)")
    p.add_argument("--pue", type=float, default=1.10, help="site overhead, 1.05-1.3 (default 1.10)")
    p.add_argument("--uptime", type=float, default=1.0, help="fraction of the time the fleet runs (default 1)")
    p.add_argument("--network-eh", type=float, required=True, metavar="H",
                   help="network hashrate in EH/s at the start, excluding this fleet")
    p.add_argument("--network-growth", type=float, default=0.0, metavar="G", help="yearly growth of the network (0.2 = 20%%)")
    p.add_argument("--fee-btc", type=float, default=0.036, metavar="F", help="fees per block (default 0.036, 2025 average)")
    p.add_argument("--start", type=_date, default=dt.date.today(), metavar="D", help="first day of mining (default today)")
    p.add_argument("--years", type=float, default=1.0, metavar="Y", help="years of mining (default 1)")
    p.add_argument("--tariff-usd-kwh", type=float, metavar="T",
                   help="power price (tariff, or the export price of the power as its opportunity cost)")
    p.add_argument("--last-block-height", type=int, metavar="H",
                   help="a block observed after 900,000 (2025-06-06): heights and halvings are projected from it")
    p.add_argument("--last-block-date", type=_date, metavar="D", help="the day that block was mined (with --last-block-height)")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")

    p = sub.add_parser("report", help="the PDF summary of a workspace")
    p.add_argument("--workspace", required=True, metavar="FILE")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists (never the workspace's own files)")
    p.add_argument("--sections", metavar="LIST", help="comma-separated, from: " + ", ".join(REPORT_SECTIONS)
                   + " (default: all)")
    p.add_argument("--runs", metavar="IDS", default="latest",
                   help="stored stress runs to include: comma-separated ids, 'latest' (the two newest, the default), "
                        "'all' or 'none'")
    p.add_argument("--paper", choices=tuple(PAPERS), default="a4")
    p.add_argument("--marking", default="", help="classification marking on every page, e.g. 'OFFICIAL - SENSITIVE'")
    p.add_argument("--date", type=_date, metavar="D", help="valuation date (default: the workspace's)")
    p.add_argument("--currency", default="USD", metavar="CODE",
                   help="money figures in USD (the default), SDR, the local currency or another with imported rates, "
                        "each at the rate of its own date")
    _lang_option(p)

    p = sub.add_parser("statement", help="the statement of public-sector bitcoin addresses and balances at a date: "
                                         "a PDF with a block for two officials' signatures, and a CSV")
    p.add_argument("--workspace", required=True, metavar="FILE")
    p.add_argument("--date", required=True, type=_date, metavar="D", help="balances confirmed by the end of D (UTC)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--csv", metavar="FILE.csv", help="also write one row per address, with wallet and overall totals")
    p.add_argument("--force", action="store_true", help="replace the files if they exist (never the workspace's own)")
    p.add_argument("--paper", choices=tuple(PAPERS), default="a4")
    p.add_argument("--marking", default="", help="classification marking on every page, e.g. 'CONFIDENTIAL'")
    _lang_option(p)

    p = sub.add_parser("audit", help="check the workspace against its hash-chained audit log")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=_Parser, required=True)
    a = asub.add_parser("verify", help="exit 0 when the log, the schema and the data are intact and every signed "
                                       "checkpoint is still in the log; else name the first problem")
    a.add_argument("--workspace", required=True, metavar="FILE")
    a.add_argument("--checkpoint", action="append", type=Path, metavar="FILE",
                   help="a checkpoint to check (repeatable; default: every one kept beside the backups)")
    a.add_argument("--head", action="append", type=_head, metavar="ENTRIES:HASH", default=[],
                   help="an entry count and hash read off a PDF summary's cover: the log must still hold it (repeatable)")
    a.add_argument("--json", action="store_true", help="print JSON (the default output)")
    a = asub.add_parser("checkpoint", help="verify, then sign the log's head with this account's key and keep the "
                                           "checkpoint beside the backups (or --out); prints its path")
    a.add_argument("--workspace", required=True, metavar="FILE")
    a.add_argument("--out", metavar="FILE.json", help="also write it here (another disk, a USB stick)")
    a.add_argument("--force", action="store_true", help="replace --out if it exists (never the workspace's own files)")

    p = sub.add_parser("backup", help="back up a workspace now (SQLite's online backup API), or list its backups")
    p.add_argument("--workspace", required=True, metavar="FILE")
    p.add_argument("--keep", type=int, metavar="N", help="keep the newest N backups from now on (stored in the workspace)")
    p.add_argument("--list", action="store_true", help="list the backups, newest first, instead of taking one")

    p = sub.add_parser("restore", help="replace a workspace's content with a backup of it that verifies and shares its "
                                       "history (the newest such by default); the restore is recorded in the audit log")
    p.add_argument("backup", nargs="?", metavar="BACKUP", help="a backup file (default: the newest that can be restored)")
    p.add_argument("--workspace", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="restore a backup of another workspace, or one whose history the "
                                                        "current log does not share (never a damaged or newer file)")

    p = sub.add_parser("imf", help="the member's position in the Fund, and what it owes the IMF and when")
    isub = p.add_subparsers(dest="imf_command", metavar="ACTION", parser_class=_Parser, required=True)
    i = isub.add_parser("schedule", help="repurchases, charges, surcharges and fees by date and by year, every "
                                         "arrangement's (surcharges are the member's, allocated to the credit bearing them)")
    i.add_argument("--workspace", required=True, metavar="FILE")
    i.add_argument("--disbursed-only", action="store_true", help="leave planned purchases out (default: include them)")
    _currency_option(i, "")
    i.add_argument("--json", action="store_true", help="print JSON (the default output)")
    i = isub.add_parser("position", help="the member's credit outstanding from the Fund (GRA, RST, PRGT), by month, "
                                         "as %% of quota, and its peak (SDR)")
    i.add_argument("--workspace", required=True, metavar="FILE")
    i.add_argument("--date", type=_date, metavar="D", help="the date of the position (default: the workspace's)")
    i.add_argument("--disbursed-only", action="store_true", help="leave planned purchases out (default: include them)")
    _currency_option(i, "")
    i.add_argument("--json", action="store_true", help="print JSON (the default output)")
    i = isub.add_parser("compare", help="the app's projection of payments to the Fund beside the IMF's imported one, "
                                        "by year and item")
    i.add_argument("--workspace", required=True, metavar="FILE")
    i.add_argument("--json", action="store_true", help="print JSON (the default output)")

    p = sub.add_parser("adequacy", help="reserve adequacy without and with bitcoin, from the macro inputs as the IMF defines "
                                        "them: gross (not net) reserves, short-term debt at remaining maturity, other "
                                        "portfolio liabilities")
    p.add_argument("--workspace", required=True, metavar="FILE")
    p.add_argument("--date", type=_date)
    p.add_argument("--haircut", type=float, default=0.5, help="haircut on bitcoin for the 'with bitcoin' view (default 0.5)")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")

    p = sub.add_parser("reconcile", help="the ledger against the imported chain statements at a date, wallet by "
                                         "wallet: differences, unmatched movements, transfers between own wallets, "
                                         "ledger entries to add")
    p.add_argument("--workspace", required=True, metavar="FILE")
    p.add_argument("--date", type=_date, required=True, metavar="D",
                   help="balances at the end of this day, UTC (blocks confirmed by then)")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")

    p = sub.add_parser("holdings", help="bitcoin holdings on a date")
    p.add_argument("--workspace", required=True, metavar="FILE")
    p.add_argument("--date", type=_date, help="valuation date (default: the workspace's valuation date)")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")
    p.add_argument("--cost-method", choices=tuple(COST_METHODS), default="average", help="cost basis (default average)")
    _currency_option(p, "")
    parser.commands = frozenset(sub.choices)  # main() tells a command from a workspace file by these
    return parser


def _currency_option(p, whose: str) -> None:
    p.add_argument("--currency", metavar="CODE",
                   help=f"also give {whose}money figures in CODE, each at the rate of its own date (keys ending "
                        "_local, with fx_rate and fx_date): USD, SDR, or a currency with rates imported by "
                        "'import fx'")


def _converter(ws, args, date: dt.date):
    """The converter for --currency (None without it), ``date`` as its valuation date. A currency the workspace
    has no rates for is the user's error, naming the fix; one with rates but none for a date gives null twins."""
    from .core import fx

    if args.currency is None:
        return None
    try:
        code = fx.normalise_code(args.currency)
    except ValueError as exc:
        raise CliError(f"--currency: {exc}") from None
    conv = ws.converter(code, date)
    if not conv.has_rates:
        quote = " --quote usd-per-unit" if code == fx.SDR else ""
        also = " (or import an IMF program, whose US$ per SDR then applies)" if code == fx.SDR else ""
        raise CliError(f"--currency {code}: the workspace has no {code} exchange rates; import a series first: "
                       f"reserve-desk import fx FILE.csv --currency {code}{quote} --workspace {args.workspace}{also}")
    return conv


def _usd_per_sdr(ws) -> float | None:
    """The US$ per SDR of the IMF figures' US$ amounts: the latest arrangement's (as FundPosition.usd_per_sdr)."""
    return ws.arrangements[-1].usd_per_sdr if ws.arrangements else None


def _open(path: str, *, reading: bool = False):
    """Open for writing; a command that only reads falls back to read-only when the file cannot be written here:
    another Reserve Desk is writing it, it has other names (hard links), or it is on read-only media or in a
    read-only folder. A command that writes says why it cannot."""
    from .core.store import WorkspaceReadOnly
    from .core.workspace import Workspace

    if not Path(path).exists():
        raise CliError(f"workspace {path} does not exist (create one with 'reserve-desk init {path} --sample ...')")
    try:
        return Workspace.open(path)
    except WorkspaceReadOnly as exc:  # WorkspaceLocked too
        if not reading:
            raise
        ws = Workspace.open(path, read_only=True)
        ws.store.read_only_reason = exc.reason
        return ws


def cmd_init(args) -> int:
    from .core.workspace import Workspace

    ws = Workspace.create(args.file, args.sample)
    try:
        print(json.dumps({"workspace": str(ws.path), "sample": args.sample, "name": ws.name,
                          "transactions": ws.store.transaction_count(), "schema_version": ws.store.schema_version}))
    finally:
        ws.close()
    return 0


def cmd_holdings(args) -> int:
    from .core.fx_json import add_local

    ws = _open(args.workspace, reading=True)
    try:
        date = args.date or ws.default_date()
        conv = _converter(ws, args, date)
        out = ws.holdings(args.date, method=args.cost_method).to_json()
        if conv:  # cost basis and P/L too at the valuation date's rate
            add_local(out, conv, date)
        print(json.dumps(out, indent=2))
    finally:
        ws.close()
    return 0


def cmd_risk(args) -> int:
    from .core.io.csv_source import CsvOptions
    from .core.io.prices_csv import read_prices
    from .core.risk import risk_summary

    dates, closes, _ = read_prices(args.prices, CsvOptions(date_order=args.date_order, decimal=args.decimal))
    start = args.start.isoformat() if args.start else ""
    end = args.end.isoformat() if args.end else "9999"
    kept = [(d_, c) for d_, c in zip(dates, closes, strict=True) if start <= d_ <= end]
    if len(kept) < 3:
        raise CliError(f"only {len(kept)} prices between {args.start or 'the start'} and {args.end or 'the end'}; need 3 or more")
    print(json.dumps(risk_summary([d_ for d_, _ in kept], [c for _, c in kept], days_per_year=args.annualization_days),
                     indent=2))
    return 0


def cmd_backtest(args) -> int:
    import numpy as np

    from .core.engine import backtest as bt

    if args.prices:
        from .core.io.csv_source import CsvOptions
        from .core.io.prices_csv import read_prices

        dates, closes, _ = read_prices(args.prices, CsvOptions(date_order=args.date_order, decimal=args.decimal))
    else:
        from .core.engine.valuation import from_day_number

        ws = _open(args.workspace, reading=True)
        try:
            days, values = ws.price_arrays("BTC")
        finally:
            ws.close()
        dates, closes = [from_day_number(int(x)).isoformat() for x in days], [float(c) for c in values]
    start = args.start.isoformat() if args.start else ""
    end = args.end.isoformat() if args.end else "9999"
    kept = [(d_, c) for d_, c in zip(dates, closes, strict=True) if start <= d_ <= end]
    if len(kept) < args.window + 2:
        raise CliError(f"only {len(kept)} prices between {args.start or 'the start'} and {args.end or 'the end'}; a "
                       f"window of {args.window} needs {args.window + 2} or more")
    spacing_days = float(np.median(np.diff([dt.date.fromisoformat(d_).toordinal() for d_, _ in kept])))
    if spacing_days > 1:  # weekly or monthly closes: each "one-day" forecast would be a week's or a month's
        raise CliError(f"the backtest needs daily prices; these are {spacing_days:g} days apart (the median gap)")
    prices = np.array([c for _, c in kept])
    returns = prices[1:] / prices[:-1] - 1
    methods = bt.METHODS if args.method == "all" else (args.method,)
    print(json.dumps({"first_return": kept[1][0], "last_return": kept[-1][0], "confidence": args.confidence,
                      "window": args.window,
                      "methods": [bt.backtest(returns, m, args.confidence, args.window).to_json() for m in methods]},
                     indent=2))
    return 0


def cmd_simulate(args) -> int:
    if args.scenario:
        return _simulate_scenario(args)
    if args.workspace:
        raise CliError("--workspace goes with --scenario; --model simulates without a workspace")
    if args.currency:
        raise CliError("--currency goes with --scenario and --workspace; --model's figures are relative to the start")
    import numpy as np

    from .core.engine.measures import volatility_of_returns
    from .core.engine.models import PARAMS, SPECS
    from .core.engine.simulate import Model, Request, simulate, summary

    history, fitted = None, None
    if args.prices:
        from .core.io.prices_csv import read_prices

        _, closes, _ = read_prices(args.prices)
        history = np.diff(np.log(np.asarray(closes)))
    spec = SPECS[args.model]
    if spec.needs_history and history is None:
        raise CliError(f"--model {args.model} resamples history: give --prices CSV")
    vol, alpha, beta, start_var = args.vol, args.garch_alpha, args.garch_beta, None
    if spec.fits_garch and history is not None:  # fitted by maximum likelihood (FHS: its filter)
        from .core.engine.garch import fit_garch

        try:
            fit = fit_garch(history)
        except InvalidInput as exc:  # the history's fault: named as such; anything else is a bug, logged
            raise CliError(f"--prices: {exc}") from None
        alpha, beta = fit.alpha, fit.beta
        if "vol" in spec.params:  # GARCH: paths start from today's conditional variance, as FHS's do
            vol, start_var = float(np.sqrt(fit.variance_long_run * 365)), fit.variance_today
        fitted = {"alpha": alpha, "beta": beta, "omega": fit.omega,
                  "annualized_volatility": float(np.sqrt(fit.variance_long_run * 365)),
                  "annualized_volatility_today": float(np.sqrt(fit.variance_today * 365)),
                  "log_likelihood": fit.log_likelihood}
    if vol is None and history is not None and "vol" in spec.params:  # as a stress run calibrates
        vol = volatility_of_returns(history)
    if vol is None and "vol" in spec.params:
        raise CliError(f"--model {args.model} needs --vol (annualised, e.g. 0.6) or --prices to calibrate from")
    given = {name: getattr(args, name) for name in PARAMS if name not in ("vol", "garch_alpha", "garch_beta")}
    model = Model(kind=args.model, vol=vol if vol is not None else Model.vol, garch_alpha=alpha, garch_beta=beta,
                  garch_start_var=start_var, history=history, **given)
    request = Request(model=model, paths=100_000 if args.paths is None else args.paths,
                      horizon_days=365 if args.horizon_days is None else args.horizon_days,
                      seed=1 if args.seed is None else args.seed,
                      barriers=(args.barrier,) if args.barrier is not None else ())
    result = simulate(request)  # a refused parameter is InvalidInput, the user's error by the one rule
    out = summary(result)
    if fitted:
        out["garch_fit"] = fitted
    print(json.dumps(out, indent=2))
    return 0


def _simulate_scenario(args) -> int:
    import dataclasses

    from .core import stress

    if not args.workspace:
        raise CliError("--scenario needs --workspace FILE")
    if args.barrier is not None:
        raise CliError("--barrier applies to --model runs")
    ws = _open(args.workspace, reading=not args.save)
    try:
        scenario = ws.scenario(args.scenario)
        if args.horizon_days is not None:
            scenario = dataclasses.replace(scenario, horizon_days=args.horizon_days)
        plan = stress.plan_run(ws, scenario, args.date, paths=args.paths, seed=args.seed,
                               liquidation_days=args.liquidation_days)
        conv = _converter(ws, args, dt.date.fromisoformat(plan.inputs["start_date"])) if args.currency else None
        out = stress.execute(plan)
        if args.save:
            out["run_id"] = ws.save_run(plan.inputs, out)
        if conv:  # after saving: the stored run stays in US$; test dates each at their own date's rate
            from .core.fx_json import add_local, sums

            add_local(out, conv, conv.valuation, _usd_per_sdr(ws))
            owed = out.get("fund_obligations")
            if owed and isinstance(owed.get("payments"), list):  # each payment at its date's rate, then added up
                sums(owed, owed["payments"], {"total_local": ("amount_local",)})
    finally:  # a refusal is InvalidInput, the user's error by the one rule; anything else is a bug, logged
        ws.close()
    for key in ("fan", "terminal_histogram", "drawdown_histogram"):  # chart data: the window draws it
        out.pop(key)
    print(json.dumps(out, indent=2))
    return 0


def cmd_mining(args) -> int:
    from .core.engine.mining import BlockPace, Fleet, Network, mine

    if not 0 < args.years <= 50:
        raise CliError("--years: above 0 and at most 50")
    if (args.last_block_height is None) != (args.last_block_date is None):
        raise CliError("--last-block-height and --last-block-date: give the last block's height and its date together")
    pace = BlockPace(args.last_block_height, args.last_block_date) if args.last_block_height is not None else BlockPace()
    fleet = Fleet(mw=args.mw, j_per_th=args.j_per_th, pue=args.pue, uptime=args.uptime, fee_btc=args.fee_btc,
                  power_usd_kwh=args.tariff_usd_kwh)
    end = args.start + dt.timedelta(days=round(args.years * 365.25) - 1)
    days = mine(fleet, Network(args.network_eh, args.network_growth), args.start, end, pace)
    total = float(days.btc.sum())
    out = {"own_hashrate_eh": fleet.hashrate_eh, "share_of_network": float(days.share[0]), "start": args.start.isoformat(),
           "end": end.isoformat(), "btc_per_year": days.by_year(args.tariff_usd_kwh), "btc_total": total,
           "energy_mwh": float(days.energy_kwh.sum()) / 1000, "next_halving": pace.next_halving(args.start),
           "assumptions": {"blocks_per_day": pace.blocks_per_day,
                           "block_pace": f"the pace from block 840,000 (2024-04-20) to block {pace.height:,} ({pace.date}), "
                                         "carried forward from that block",
                           "network": "excludes this fleet: share = own / (network + own); grows from the start",
                           "output": "expected value, no luck"}}
    if args.tariff_usd_kwh is not None:
        out["power_cost_usd"] = float(days.energy_kwh.sum()) * args.tariff_usd_kwh
        out["power_cost_usd_per_btc"] = out["power_cost_usd"] / total if total else None
    print(json.dumps(out, indent=2))
    return 0


def _run_ids(text: str, ws) -> list[int]:
    stored = [r["id"] for r in ws.runs()]  # newest first
    if text in ("latest", "all", "none"):
        return {"latest": stored[:2], "all": stored, "none": []}[text]
    try:
        return [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise CliError(f"--runs: {text!r} is not a list of run ids, 'latest', 'all' or 'none'") from None


def _lang_option(p) -> None:
    from .core.i18n import LANGUAGES

    p.add_argument("--lang", choices=tuple(LANGUAGES),
                   help="language of the PDF (default: the system locale's when the PDF is translated into it, else "
                        "en); the JSON printed stays English")


def _document_language(args) -> None:
    """Translate the PDF into --lang (default: the system's language when it is one we translate), numbers by the
    system's locale; the command's JSON and messages are written after, and stay English (_plain_words)."""
    from .gui import language

    language.install_for_documents(args.lang or language.chosen(None))  # the window's rule, without its setting


def _plain_words() -> None:
    from .core import fmt, i18n

    i18n.install(None)
    fmt.install(None)


def cmd_report(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: fonts and painting need no display
    from PySide6.QtGui import QGuiApplication

    from .core.io.output_target import check_new, check_target
    from .core.store import checkpoint
    from .core.summary import build_report
    from .report.pdf import render_pdf

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs it alive
    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"--out: the folder {out.parent} does not exist")
    check_target(out, args.workspace)  # before opening it: the PDF never goes over the workspace's own files
    check_new(out, args.force)
    ws = _open(args.workspace, reading=True)
    try:
        sections = [x.strip() for x in args.sections.split(",")] if args.sections else None
        run_ids = _run_ids(args.runs, ws)
        _document_language(args)
        report = build_report(ws, args.date, sections, run_ids, args.marking, currency=args.currency)
        pages = render_pdf(report, out, args.paper, workspace=ws.path)
    finally:
        _plain_words()
        ws.close()
    kept = report.checkpoint and checkpoint.default_path(ws.path, report.checkpoint)
    print(json.dumps({"out": str(out), "pages": pages, "bytes": out.stat().st_size, "paper": args.paper,
                      "currency": report.currency,
                      "checkpoint": str(kept) if kept and kept.exists() else None,
                      "sections": [s.key for s in report.sections], "inputs_digest": report.inputs_digest},
                     indent=2))
    return 0


def cmd_statement(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: fonts and painting need no display
    from PySide6.QtGui import QGuiApplication

    from .core.io.output_target import check_new, check_target, write_output
    from .report.statement_pdf import render_statement_pdf, statement_report

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - Qt needs it alive
    outputs = [("--out", Path(args.out))] + ([("--csv", Path(args.csv))] if args.csv else [])
    for flag, out in outputs:
        if not out.parent.is_dir():
            raise CliError(f"{flag}: the folder {out.parent} does not exist")
        check_target(out, args.workspace)  # before opening it: never over the workspace's own files
        check_new(out, args.force)
    if args.csv and Path(args.csv).resolve() == Path(args.out).resolve():
        raise CliError("--csv and --out name the same file")
    ws = _open(args.workspace, reading=True)
    try:
        statement = ws.statement(args.date)
        for _, out in outputs:
            statement.check_output(out)  # before writing either: never over a chain statement it cites
        _document_language(args)
        try:
            report = statement_report(ws, statement, args.marking)
            pages = render_statement_pdf(statement, report, args.out, args.paper, workspace=ws.path)
        finally:
            _plain_words()
        if args.csv:
            write_output(args.csv, statement.csv_text().encode("utf-8"), ws.path)
    finally:
        ws.close()
    print(json.dumps({"out": args.out, "pages": pages, "csv": args.csv, **statement.to_json()}, indent=2))
    return 0


def cmd_audit(args) -> int:
    from .core.store.verify import verify

    path = Path(args.workspace)
    if not path.exists():
        raise CliError(f"workspace {path} does not exist")
    if args.audit_command == "checkpoint":
        return _audit_checkpoint(path, args)
    for file in args.checkpoint or ():
        if not file.is_file():
            raise CliError(f"--checkpoint: {file} does not exist")
    try:
        result = verify(path, args.checkpoint, tuple(args.head))
    except sqlite3.DatabaseError as exc:
        raise CliError(f"{path.name} cannot be read as a workspace: {exc}") from None
    print(json.dumps(result.to_json(), indent=2))
    if not result.intact:
        print(f"reserve-desk: error: {result.problems[0]}", file=sys.stderr)
        return EXIT_INPUT
    return 0


def _audit_checkpoint(path: Path, args) -> int:
    """A checkpoint signs what verify has just proved: a log that does not verify is not signed."""
    from .core.io.output_target import check_new, check_target, write_output
    from .core.store import checkpoint
    from .core.store.verify import verify

    if args.out:
        check_target(args.out, path)
        check_new(args.out, args.force)
    result = verify(path)
    if not result.intact:
        raise InvalidInput(f"not signed: {result.problems[0]}")
    ws = _open(args.workspace, reading=True)
    try:
        made = ws.store.sign_checkpoint()
    finally:
        ws.close()
    if (made.entries, made.head_hash) != (result.entries, result.head_hash):
        raise InvalidInput("not signed: the workspace changed while it was verified; run the command again")
    try:
        saved, kept_because = str(checkpoint.save(made, ws.path)), None
    except OSError as exc:  # read-only media: the copy at --out is then the only one
        saved, kept_because = None, f"not kept beside the backups: {exc.strerror or exc}"
        if not args.out:
            raise InvalidInput(f"{kept_because}; give --out FILE to keep it elsewhere") from None
    if args.out:
        write_output(args.out, checkpoint.encode(made), path)
    print(json.dumps({"checkpoint": saved, "copy": args.out, "note": kept_because, **made.to_json()}, indent=2))
    return 0


def _backup_json(b) -> dict:
    return {"file": str(b.path), "taken_at": b.taken_at.isoformat(timespec="seconds"), "label": b.label,
            "bytes": b.size_bytes}


def cmd_backup(args) -> int:
    from .core.store import backup

    path = Path(args.workspace)
    if args.list:
        if not path.exists():
            raise CliError(f"workspace {path} does not exist")
        print(json.dumps([_backup_json(b) for b in backup.list_backups(path.resolve())], indent=2))
        return 0
    if args.keep is not None and not 1 <= args.keep <= 1000:
        raise CliError("--keep: from 1 to 1,000")
    ws = _open(args.workspace)
    try:
        if args.keep is not None:
            with ws.store.transaction() as w:
                w.set_metadata(backup.KEEP_KEY, str(args.keep))
        taken = ws.store.backup("manual")
    finally:
        ws.close()
    print(json.dumps(_backup_json(next(b for b in backup.list_backups(path.resolve()) if b.path == taken)), indent=2))
    return 0


def cmd_restore(args) -> int:
    from .core.store import lock, restore

    path = Path(args.workspace).resolve()
    try:
        restore.check_exists(path)
    except restore.RestoreRefused as exc:
        raise CliError(str(exc)) from None
    lock.acquire(path)  # nobody may have it open while its content is checked and replaced
    try:
        done = restore.restore(path, Path(args.backup) if args.backup else None, force=args.force)
    except restore.RestoreRefused as exc:
        raise CliError(str(exc)) from None
    finally:
        lock.release(path)
    found = done.candidate
    print(json.dumps({"workspace": str(path), "restored_from": str(found.backup),
                      "backup_taken_at": found.taken_at and found.taken_at.isoformat(timespec="seconds"),
                      "backup_entries": found.entries, "backup_schema": found.schema,
                      "dropped_entries": done.entry["dropped_entries"], "overridden": found.overrides,
                      "notes": found.notes, "previous_content_saved_as": str(done.previous_content_saved_as),
                      "checkpoint": done.checkpoint and str(done.checkpoint),
                      "checkpoint_problem": done.checkpoint_problem,
                      "checkpoints_set_aside": len(done.checkpoints_set_aside)}, indent=2))
    return 0


def cmd_imf(args) -> int:
    ws = _open(args.workspace, reading=True)
    try:
        if args.imf_command == "position":
            result = _imf_position(ws, args)
        elif args.imf_command == "compare":
            result = ws.imf_compare()
            if result is None:
                raise InvalidInput("no IMF projection in the workspace: import the IMF's projected payments first "
                                   "(reserve-desk import imf-payments FILE --workspace …)")
        else:
            result = _imf_schedule(ws, args)
        print(json.dumps(result, indent=2))
    finally:
        ws.close()
    return 0


def _imf_position(ws, args) -> dict:
    from .core.fx_json import add_local

    date = args.date or ws.default_date()
    conv = _converter(ws, args, date)
    position = ws.fund_position(not args.disbursed_only)
    out = {**position.on(date), "by_month": position.by_month(), "planned_included": not args.disbursed_only}
    return add_local(out, conv, date, position.usd_per_sdr) if conv else out  # each month end at its own rate


def _imf_schedule(ws, args) -> dict:
    from collections import defaultdict

    conv = _converter(ws, args, ws.default_date())
    position = ws.fund_position(not args.disbursed_only)
    arrangements, rows, years = [], [], defaultdict(lambda: defaultdict(float))
    for line in position.lines:
        a, s = line.arrangement, position.schedule(line.name)
        by_year = s.by_year()
        arrangements.append({"name": line.name, "facility": line.facility,
                             "approval_date": a.approval_date.isoformat() if a else None,
                             "access_sdr": a.access_sdr if a else None, "quota_sdr": a.quota_sdr if a else None,
                             "usd_per_sdr": s.usd_per_sdr, "charges_policy": a.charges_policy if a else None,
                             "peak_share_of_quota": s.peak_share_of_quota(), "by_year": by_year})
        for r in s.rows:
            rows.append({"arrangement": line.name, "date": r.date.isoformat(), "principal_sdr": r.principal_sdr,
                         "charges_sdr": r.charges_sdr, "surcharges_sdr": r.surcharges_sdr,
                         "service_charge_sdr": r.service_charge_sdr, "commitment_fee_sdr": r.commitment_fee_sdr,
                         "credit_outstanding_sdr": r.credit_outstanding_sdr, "credit_share_of_quota": r.credit_share_of_quota,
                         "charges_quarter_end": r.charges_quarter_end and r.charges_quarter_end.isoformat()})
        for y in by_year:
            for key in ("principal_sdr", "charges_total_sdr", "total_sdr", "total_usd"):
                years[y["year"]][key] += y[key]
    rows.sort(key=lambda r: (r["date"], r["arrangement"]))
    out = {"arrangements": arrangements, "rows": rows, "planned_included": not args.disbursed_only,
           "by_year": [{"year": y, **dict(v)} for y, v in sorted(years.items())]}
    return _schedule_local(out, conv, position.usd_per_sdr) if conv else out


SCHEDULE_ROW_CHARGES = ("charges_local", "surcharges_local", "service_charge_local", "commitment_fee_local")


def _schedule_local(out: dict, conv, usd_per_sdr: float) -> dict:
    """Each payment at its own date's rate (one after the valuation date along the stated path); a year's totals
    the sums of its payments so converted, never the year's SDR total at one rate. An arrangement's access and
    quota at the valuation date's."""
    from .core.fx_json import add_local, year_totals

    add_local(out, conv, conv.valuation, usd_per_sdr)
    charges = SCHEDULE_ROW_CHARGES
    year_totals(out["by_year"], out["rows"], {"principal_local": ("principal_local",),
                                              "charges_total_local": charges,
                                              "total_local": ("principal_local", *charges)})
    for a in out["arrangements"]:
        year_totals(a["by_year"], out["rows"], {
            "principal_local": ("principal_local",), "charges_local": ("charges_local",),
            "surcharges_local": ("surcharges_local",), "fees_local": charges[2:], "charges_total_local": charges,
            "total_local": ("principal_local", *charges)}, lambda row, name=a["name"]: row["arrangement"] == name)
    return out


def cmd_adequacy(args) -> int:
    ws = _open(args.workspace, reading=True)
    try:
        print(json.dumps(ws.adequacy(args.date, haircut=args.haircut), indent=2))
    finally:
        ws.close()
    return 0


def cmd_wallets(args) -> int:
    from .core.domain import Wallet

    ws = _open(args.workspace, reading=args.wallets_command == "list")
    try:
        if args.wallets_command == "add":
            wid = ws.add_wallet(Wallet(name=args.name, kind=args.kind, custodian=args.custodian, address=args.address,
                                       cap_btc=args.cap_btc))
            print(json.dumps({"id": wid, "name": args.name.strip(), "kind": args.kind}))
        else:
            balances = {w.name: w.btc for w in ws.holdings(dt.date.today()).wallets}
            print(json.dumps([{"id": w.id, "name": w.name, "kind": w.kind, "custodian": w.custodian, "address": w.address,
                               "cap_btc": w.cap_btc, "archived": w.archived, "btc": balances.get(w.name, 0.0)}
                              for w in ws.wallets], indent=2))
    finally:
        ws.close()
    return 0


def cmd_reconcile(args) -> int:
    ws = _open(args.workspace, reading=True)
    try:
        print(json.dumps(ws.reconcile(args.date).to_json(), indent=2))
    finally:
        ws.close()
    return 0


def _addresses_flags(args) -> int:
    ws = _open(args.workspace, reading=True)
    try:
        print(json.dumps(ws.custody_flags(args.date or ws.default_date(), args.cap_btc).to_json(), indent=2))
    finally:
        ws.close()
    return 0


def _addresses_cap(args) -> int:
    ws = _open(args.workspace, reading=args.btc is None)
    try:
        cap = ws.address_cap_btc if args.btc is None else ws.set_address_cap(args.btc)
    finally:
        ws.close()
    print(json.dumps({"address_cap_btc": cap, "set": args.btc is not None}))
    return 0


ADDRESS_CHECKS = {"flags": _addresses_flags, "cap": _addresses_cap}


def cmd_addresses(args) -> int:
    if args.addresses_command in ADDRESS_CHECKS:
        return ADDRESS_CHECKS[args.addresses_command](args)
    ws = _open(args.workspace, reading=args.addresses_command == "list"
               or (args.addresses_command == "prove" and args.dry_run))
    try:
        if args.addresses_command == "list":
            rows = ws.registered_addresses(args.wallet)
            print(json.dumps({"addresses": [{"wallet": r.wallet, "address": r.address, "path": r.path,
                                             "descriptor": r.descriptor} for r in rows]}, indent=2))
            return 0
        if args.addresses_command == "prove":
            print(json.dumps(ws.add_proofs(args.csv, dry_run=args.dry_run).to_json(), indent=2))
            return 0
        if args.address:
            added, descriptor = [ws.add_address(args.wallet, args.address, source="command line")], None
        else:
            descriptor, added = ws.add_descriptor(args.wallet, args.descriptor, args.count, source="command line",
                                                  gap_limit=args.gap_limit)
    finally:
        ws.close()
    print(json.dumps({"wallet": args.wallet, "descriptor": descriptor,
                      "addresses": [{"address": r.address, "path": r.path} for r in added]}, indent=2))
    return 0


def cmd_import(args) -> int:
    from .core.io.csv_source import CsvOptions
    from .core.io.importers import IMPORTERS, ImportOptions
    from .core.io.prices_csv import PriceColumns

    if args.what == "chain":
        return _import_chain(args)
    if len(args.files) != 1 or args.format:
        raise CliError(f"import {args.what} takes one file" + (" (--format is for chain statements)" if args.format else ""))
    args.csv = args.files[0]
    importer = IMPORTERS[args.what]
    if "columns" in importer.options and bool(args.date_column) != bool(args.close_column):
        raise CliError("--date-column and --close-column go together")
    if "currency" in importer.options and not args.currency:
        raise CliError(f"import {args.what} needs --currency CODE: the currency of the rates, e.g. PKR, or SDR")
    for flag, given, option in (("--currency", args.currency, "currency"), ("--quote", args.quote, "quote")):
        if given is not None and option not in importer.options:
            raise CliError(f"{flag} is for exchange rates (import fx), not {args.what}")
    options = ImportOptions(CsvOptions(date_order=args.date_order, decimal=args.decimal), asset=args.asset,
                            columns=PriceColumns(args.date_column, args.close_column) if args.date_column else None,
                            skip_invalid=args.skip_invalid, accept_implausible=args.accept_implausible,
                            as_of=args.as_of, dry_run=args.dry_run, currency=args.currency or "",
                            quote=args.quote or "per-usd")
    ws = _open(args.workspace)
    try:
        report = importer(ws.store, args.csv, options)
    finally:
        ws.close()
    if importer.whole_file:  # accepted whole (one line of JSON) or refused whole (its problems, nothing on stdout)
        for problem in report.problems:
            print(problem, file=sys.stderr)
        if not report.blocked:
            print(json.dumps(report.json))
        return EXIT_INPUT if report.blocked else 0
    for problem in report.invalid:
        print(problem, file=sys.stderr)
    if report.implausible and report.blocked:
        print(f"reserve-desk: error: {args.csv} does not look like {args.asset.upper()} prices in US$: "
              f"{report.implausible}. Check --asset; if the file is right, give --accept-implausible", file=sys.stderr)
    print(json.dumps(report.to_json(), indent=2) if args.json else report.summary())
    return EXIT_INPUT if report.blocked else 0


def _import_chain(args) -> int:
    """Chain statements: all files or nothing; the problems on stderr, the report on stdout."""
    ws = _open(args.workspace)
    try:
        result = ws.import_chain([Path(f) for f in args.files], args.format, dry_run=args.dry_run)
    finally:
        ws.close()
    print(json.dumps(result.to_json(), indent=2) if args.json else result.summary())
    return 0


def cmd_export(args) -> int:
    from .core.io.importers import EXPORTERS
    from .core.io.output_target import check_new, check_target

    if args.what == "workbook":
        return _export_workbook(args)
    check_target(args.csv, args.workspace)  # first: "already exists" would be the wrong reason for the workspace
    check_new(args.csv, args.force)
    if args.currency or args.date:
        raise CliError(f"--currency and --date are for 'export workbook'; a {args.what} CSV holds the stored figures")
    ws = _open(args.workspace, reading=True)
    try:
        count = EXPORTERS[args.what](ws.store, args.csv, args.asset)
    finally:
        ws.close()
    print(json.dumps({"file": args.csv, "rows": count}))
    return 0


def _export_workbook(args) -> int:
    from .core.fx import USD, normalise_code
    from .core.io.output_target import check_new, check_target
    from .core.io.workbook import export_workbook

    check_target(args.csv, args.workspace)  # first: the workspace's own file is the reason to give
    if Path(args.csv).suffix.lower() != ".xlsx":
        raise CliError(f"{args.csv}: a workbook's file name ends in .xlsx")
    check_new(args.csv, args.force)
    if not Path(args.csv).expanduser().parent.is_dir():
        raise CliError(f"{args.csv}: the folder {Path(args.csv).parent} does not exist")
    try:
        code = normalise_code(args.currency or USD)
    except ValueError as exc:
        raise CliError(f"--currency: {exc}") from None
    ws = _open(args.workspace, reading=True)
    try:
        written = export_workbook(ws, args.csv, code, args.date)
    finally:
        ws.close()
    print(json.dumps(written, indent=2))
    return 0


def cmd_self_test(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .gui.app import self_test

    return self_test()


COMMANDS = {"init": cmd_init, "holdings": cmd_holdings, "self-test": cmd_self_test, "wallets": cmd_wallets,
            "addresses": cmd_addresses, "reconcile": cmd_reconcile,
            "import": cmd_import, "export": cmd_export, "risk": cmd_risk, "backtest": cmd_backtest, "simulate": cmd_simulate, "mining": cmd_mining, "report": cmd_report, "statement": cmd_statement, "audit": cmd_audit,
            "backup": cmd_backup, "restore": cmd_restore,
            "imf": cmd_imf, "adequacy": cmd_adequacy}


def _log(exc: Exception) -> None:
    """Write an internal error to the window's log file, in its app-data folder (Qt finds it, as for the window)."""
    from PySide6.QtCore import QCoreApplication

    from . import APP_NAME, ORG_NAME
    from .gui.app import app_data_dir

    QCoreApplication.setOrganizationName(ORG_NAME)  # the folder's names, without starting an application
    QCoreApplication.setApplicationName(APP_NAME)
    try:
        start_log(app_data_dir())
        log_internal(exc, "a command")
    except OSError:  # no writable app-data folder: the line on stderr still says what happened
        pass


def _quiet_broken_pipe() -> int:
    """`reserve-desk ... | head`: the reader left; say nothing more (Python's own recipe)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0


MAX_ERROR_CHARS = 2_000  # the error line on stderr, whatever the exception quotes


def _error_line(text: str) -> str:
    """One line of at most about MAX_ERROR_CHARS: its start (what failed) and its end (what to do, the log file)."""
    text = text.replace("\n", " ")
    if len(text) <= MAX_ERROR_CHARS:
        return text
    return f"{text[:MAX_ERROR_CHARS - 500]} … ({len(text):,} characters in all) … {text[-400:]}"


_STORE_MODULE = "desktop.core.store.store"  # looked up, not imported: a command that never opens a workspace starts faster


def _run_command(args) -> int:
    """Run a command with Ctrl-C reaching into SQLite too: a statement that runs for seconds in one call (the
    integrity check or the daily backup of a large workspace) stops at the next step instead of at its end."""
    def on_ctrl_c(signum, frame):
        store = sys.modules.get(_STORE_MODULE)  # not imported yet: no statement to stop
        if store is not None:
            store.interrupt_statements()
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, on_ctrl_c)
    except ValueError:  # not the main thread (a test's runner): the default handling stands
        return COMMANDS[args.command](args)
    try:
        return COMMANDS[args.command](args)
    finally:
        signal.signal(signal.SIGINT, previous)


def workspace_argument(argv: list[str], commands: Collection[str]) -> list[str]:
    """``reserve-desk FILE``, as the desktop opens a double-clicked workspace, becomes ``--workspace FILE`` with an
    absolute path. A command name always wins; anything else that is neither a file nor named like a workspace stays
    as it is, for argparse to refuse. A missing workspace file reaches the window, which says it cannot open it."""
    if len(argv) != 1 or argv[0].startswith("-") or argv[0] in commands:
        return argv
    from .core.workspace import WORKSPACE_SUFFIXES

    path = Path(argv[0]).expanduser()
    if path.is_file() or (path.suffix.lower() in WORKSPACE_SUFFIXES and not path.is_dir()):
        return ["--workspace", str(path.absolute())]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        parser = build_parser()
        args = parser.parse_args(workspace_argument(argv, parser.commands))
        if args.command is None:
            from .gui.app import run

            return run(args.open_workspace)
        return _run_command(args)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except KeyboardInterrupt:
        print("reserve-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except Exception as exc:
        store = sys.modules.get(_STORE_MODULE)
        if store is not None and store.was_interrupted():  # Ctrl-C stopped an SQLite statement: "interrupted"
            print("reserve-desk: interrupted", file=sys.stderr)
            return 130
        if os.environ.get("RESERVE_DESK_DEBUG"):
            raise
        if is_user_error(exc) or isinstance(exc, Cancelled):
            message = str(exc).replace("\n", " ") or type(exc).__name__
            print(_error_line(f"reserve-desk: error: {message}"), file=sys.stderr)
            return EXIT_USAGE if isinstance(exc, CliError) and "--help" in message else EXIT_INPUT
        _log(exc)  # the log keeps the whole message
        print(_error_line(f"reserve-desk: {internal_error_text(exc)}"), file=sys.stderr)
        return EXIT_INTERNAL


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
