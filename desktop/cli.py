"""The ``reserve-desk`` command: opens the window, or answers headless with JSON.

Errors print one line on stderr (``reserve-desk: error: ...``) and exit non-zero; never a traceback
(set RESERVE_DESK_DEBUG=1 to see one). Qt is imported only by the commands that need it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

EXIT_USAGE = 2
EXIT_INPUT = 1
EXIT_INTERNAL = 70


class CliError(Exception):
    """A problem with the user's input, shown as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's default prints the whole usage block
        raise CliError(f"{message} (see '{self.prog} --help')")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in YYYY-MM-DD form") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="reserve-desk", description="Reserve Desk: a sovereign bitcoin reserve under an IMF program.")
    from . import __version__

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--workspace", dest="open_workspace", metavar="FILE", help="open this workspace in the window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("self-test", help="headless smoke test; prints 'self-test ok'")

    p = sub.add_parser("init", help="create a workspace file, empty or from a sample")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sample", default="empty", choices=("el-salvador", "pakistan", "empty"))

    p = sub.add_parser("holdings", help="bitcoin holdings on a date")
    p.add_argument("--workspace", required=True, metavar="FILE")
    p.add_argument("--date", type=_date, help="valuation date (default: the workspace's valuation date)")
    p.add_argument("--json", action="store_true", help="print JSON (the default output)")
    return parser


def _open(path: str):
    from .core.workspace import Workspace

    if not Path(path).exists():
        raise CliError(f"workspace {path} does not exist (create one with 'reserve-desk init {path} --sample ...')")
    return Workspace.open(path)


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
    ws = _open(args.workspace)
    try:
        print(json.dumps(ws.holdings(args.date).to_json(), indent=2))
    finally:
        ws.close()
    return 0


def cmd_self_test(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .gui.app import self_test

    return self_test()


COMMANDS = {"init": cmd_init, "holdings": cmd_holdings, "self-test": cmd_self_test}


def _user_errors() -> tuple[type[BaseException], ...]:
    from .core.engine.valuation import LedgerError
    from .core.io.fields import InputError
    from .core.store import StoreError

    return (CliError, StoreError, InputError, LedgerError, FileNotFoundError, PermissionError, IsADirectoryError)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from .gui.app import run

            return run(args.open_workspace)
        return COMMANDS[args.command](args)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except KeyboardInterrupt:
        print("reserve-desk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("RESERVE_DESK_DEBUG"):
            raise
        user_error = isinstance(exc, _user_errors())
        message = str(exc).replace("\n", " ") or type(exc).__name__
        print(f"reserve-desk: {'error' if user_error else 'internal error'}: {message}", file=sys.stderr)
        if isinstance(exc, CliError) and "--help" in message:
            return EXIT_USAGE
        return EXIT_INPUT if user_error else EXIT_INTERNAL


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    sys.exit(main())
