"""What an import added, exactly, so that Edit > Undo and Redo can take it away and put it back."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportedRows:
    """The rows an import added to one table: columns, values, and SQLite row ids (the key to remove them by)."""

    columns: tuple[str, ...]
    values: list[tuple]
    rowids: list[int]


class ImportsPart:
    """The imports concern of the workspace service (mixed into Workspace, which holds the store and the cache)."""

    def row_marks(self, what: str) -> dict[str, int]:
        """The last row of each table an import of ``what`` adds to (imports only add rows, after these)."""
        from ..io.importers import IMPORTERS

        return self.store.last_rowids(IMPORTERS[what].tables)

    def rows_after(self, marks: dict[str, int]) -> dict[str, ImportedRows]:
        """The rows added after ``marks``, per table: what an import wrote, exactly."""
        return {table: ImportedRows(*self.store.rows_after(table, mark)) for table, mark in marks.items()}

    def remove_rows(self, rows: dict[str, ImportedRows], label: str) -> None:
        """Undo an import: exactly its rows go, children before parents, in one transaction; refused (nothing
        written) if a wallet would go below zero without them."""
        with self.store.transaction() as w:
            for table in reversed(list(rows)):
                w.delete_batch(table, rows[table].rowids, label)
            if "transactions" in rows:
                self._check_funded()

    def restore_rows(self, rows: dict[str, ImportedRows], label: str) -> None:
        """Redo an import: the same rows, with the same keys, as one audited batch per table."""
        with self.store.transaction() as w:
            for table, r in rows.items():
                w.insert_many(table, ("rowid", *r.columns), [(i, *v) for i, v in zip(r.rowids, r.values, strict=True)])
                w.log_import(table, f"{label} (redone)", len(r.values), None)
