"""What an import found: counts and every refused row, with its field and reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from ..errors import Cancelled


class RowProblem(NamedTuple):
    row: int  # in the file, the header being row 1
    field: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.field}: {self.reason}"


class Rollback(Exception):  # noqa: N818 - a control signal, not an error
    """Raised inside an import's transaction to undo it (dry runs, blocked imports)."""


@dataclass
class ImportReport:
    what: str  # "transactions" or "prices"
    source: str  # file name
    format: str
    rows_read: int = 0
    new: int = 0
    duplicates: int = 0
    invalid: list[RowProblem] = field(default_factory=list)
    written: bool = False
    dry_run: bool = False
    skip_invalid: bool = False
    blocked_reason: str | None = None
    implausible: str | None = None  # prices: why the series looks like something else (core.io.plausibility)

    @property
    def blocked(self) -> bool:
        return self.blocked_reason is not None

    def to_json(self) -> dict:
        return {
            "what": self.what, "source": self.source, "format": self.format, "rows_read": self.rows_read,
            "new": self.new, "duplicates": self.duplicates, "invalid": len(self.invalid),
            "problems": [str(p) for p in self.invalid], "written": self.written, "dry_run": self.dry_run,
            "blocked": self.blocked, "blocked_reason": self.blocked_reason, "implausible": self.implausible,
        }

    def summary(self) -> str:
        text = f"{self.source}: {self.rows_read:,} rows read, {self.new:,} new, {self.duplicates:,} duplicates, " \
               f"{len(self.invalid):,} invalid; "
        if self.blocked:  # a dry run says so too: it must not promise rows the real import would refuse
            text += f"the import {'would be' if self.dry_run else 'was'} blocked ({self.blocked_reason}); " \
                    f"nothing {'would be' if self.dry_run else 'was'} added"
        elif self.dry_run:
            text += f"would add {self.new:,} {self.what}"
        elif self.written:
            text += f"added {self.new:,} {self.what}"
        else:
            text += "nothing written"
        if self.implausible:
            text += f". {self.implausible}"
        return text


class BatchInserter:
    """Rows for one table, written in batches inside the caller's transaction, with progress and a chance
    to cancel between batches; ``finish`` applies the all-or-nothing rules and logs the import."""

    def __init__(self, writer, table: str, columns: tuple[str, ...], source, report: ImportReport, *,
                 progress=None, cancelled=None, batch_rows: int = 5000):
        self.writer, self.table, self.columns, self.source, self.report = writer, table, columns, source, report
        self.progress, self.cancelled, self.batch_rows = progress, cancelled, batch_rows
        self.batch: list[tuple] = []

    def add(self, row: tuple) -> None:
        self.batch.append(row)
        if len(self.batch) >= self.batch_rows:
            self.flush()
            if self.progress:
                self.progress(self.source.position())
            if self.cancelled and self.cancelled():
                raise Cancelled(f"import of {self.report.source} cancelled; nothing was written")

    def flush(self) -> None:
        if self.batch:
            self.writer.insert_many(self.table, self.columns, self.batch)
            self.batch.clear()

    def finish(self, label: str, digest) -> None:
        """Commit only a whole, wanted import; otherwise raise Rollback (the caller's transaction undoes it)."""
        from .fields import InputError

        self.flush()
        report = self.report
        if report.rows_read == 0:
            raise InputError(report.source, ["the file has a header but no rows"])
        if report.invalid and not report.skip_invalid and not report.blocked:
            n = len(report.invalid)
            report.blocked_reason = f"{n:,} invalid {'row blocks' if n == 1 else 'rows block'} the import"
        if report.blocked or report.dry_run or report.new == 0:
            raise Rollback
        self.writer.log_import(self.table, label, report.new, digest())
        report.written = True
