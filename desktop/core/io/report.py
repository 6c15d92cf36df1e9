"""What an import found: counts and every refused row, with its field and reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class RowProblem(NamedTuple):
    row: int  # in the file, the header being row 1
    field: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.field}: {self.reason}"


class Rollback(Exception):  # noqa: N818 - a control signal, not an error
    """Raised inside an import's transaction to undo it (dry runs, blocked imports)."""


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


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

    @property
    def blocked(self) -> bool:
        return self.blocked_reason is not None

    def to_json(self) -> dict:
        return {
            "what": self.what, "source": self.source, "format": self.format, "rows_read": self.rows_read,
            "new": self.new, "duplicates": self.duplicates, "invalid": len(self.invalid),
            "problems": [str(p) for p in self.invalid], "written": self.written, "dry_run": self.dry_run,
            "blocked_reason": self.blocked_reason,
        }

    def summary(self) -> str:
        verb = "would add" if self.dry_run else ("added" if self.written else "nothing written;")
        text = f"{self.source}: {self.rows_read:,} rows read, {self.new:,} new, {self.duplicates:,} duplicates, " \
               f"{len(self.invalid):,} invalid; {verb}"
        if self.written or self.dry_run:
            text += f" {self.new:,} {self.what}"
        if self.blocked_reason:
            text += f" ({self.blocked_reason})"
        return text
