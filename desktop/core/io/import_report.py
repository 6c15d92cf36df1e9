"""What an import found: counts and every refused row, with its field and reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .. import fmt
from ..errors import Cancelled
from ..i18n import QT_TRANSLATE_NOOP, translate


class RowProblem(NamedTuple):
    row: int  # in the file, the header being row 1
    field: str
    reason: str

    def __str__(self) -> str:
        from .fields import at_row

        return at_row(self.row, self.field, self.reason)


def import_cancelled(file: str) -> str:
    return translate("import_report", "import of {file} cancelled; nothing was written").format(file=file)


def no_rows() -> str:
    return translate("import_report", "the file has a header but no rows")


# what a dry run would add and what an import added, by what is imported (a whole phrase: Spanish nouns agree)
_ADDED = {
    "prices": (QT_TRANSLATE_NOOP("import_report", "would add {count} prices"),
               QT_TRANSLATE_NOOP("import_report", "added {count} prices")),
    "transactions": (QT_TRANSLATE_NOOP("import_report", "would add {count} transactions"),
                     QT_TRANSLATE_NOOP("import_report", "added {count} transactions")),
    "fx": (QT_TRANSLATE_NOOP("import_report", "would add {count} exchange rates"),
           QT_TRANSLATE_NOOP("import_report", "added {count} exchange rates")),
}


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
        text = translate("import_report", "{file}: {read} rows read, {new} new, {duplicates} duplicates, {invalid} "
                                          "invalid; ").format(
            file=self.source, read=fmt.number(self.rows_read), new=fmt.number(self.new),
            duplicates=fmt.number(self.duplicates), invalid=fmt.number(len(self.invalid)))
        if self.blocked:  # a dry run says so too: it must not promise rows the real import would refuse
            text += (translate("import_report", "the import would be blocked ({reason}); nothing would be added")
                     if self.dry_run else
                     translate("import_report", "the import was blocked ({reason}); nothing was added")).format(
                reason=self.blocked_reason)
        elif self.dry_run or self.written:
            text += self._added(self.dry_run).format(count=fmt.number(self.new))
        else:
            text += translate("import_report", "nothing written")
        if self.implausible:
            text += f". {self.implausible}"
        return text

    def _added(self, dry_run: bool) -> str:
        would_add, added = _ADDED[self.what]
        return translate("import_report", would_add if dry_run else added)


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
                raise Cancelled(import_cancelled(self.report.source))

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
            raise InputError(report.source, [no_rows()])
        if report.invalid and not report.skip_invalid and not report.blocked:
            n = len(report.invalid)
            report.blocked_reason = (translate("import_report", "1 invalid row blocks the import") if n == 1 else
                                     translate("import_report", "{count} invalid rows block the import").format(
                                         count=fmt.number(n)))
        if report.blocked or report.dry_run or report.new == 0:
            raise Rollback
        self.writer.log_import(self.table, label, report.new, digest())
        report.written = True
