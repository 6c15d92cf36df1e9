"""Undoable ledger changes. Each change is written (and validated) before it is pushed, so a change the
store refuses never reaches the undo stack; undo and redo go through the same workspace methods.

Never give a command an attribute named ``id``: PySide takes it for an override of QUndoCommand.id(),
and QUndoStack.push crashes calling it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from ..core.domain import Transaction
from ..core.errors import explain
from ..core.workspace import Workspace


class _LedgerCommand(QUndoCommand):
    def __init__(self, text: str, workspace: Workspace, changed: Callable[[], None]):
        super().__init__(text)
        self.workspace = workspace
        self.changed = changed
        self._first_redo = True  # the change was already applied when the command was pushed

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except Exception as exc:  # for example: undoing a purchase that a later sale depends on
            QMessageBox.warning(None, "Cannot apply the change", explain(exc, "undo or redo"))
            self.setObsolete(True)
        self.changed()

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.revert)


class AddTransaction(_LedgerCommand):
    def __init__(self, workspace, changed, transaction: Transaction, transaction_id: int):
        super().__init__(f"Add {transaction.kind} of {transaction.date}", workspace, changed)
        self.transaction, self.transaction_id = transaction, transaction_id

    def do(self) -> None:
        self.workspace.add_transaction(self.transaction, transaction_id=self.transaction_id)

    def revert(self) -> None:
        self.workspace.delete_transaction(self.transaction_id)


class EditTransaction(_LedgerCommand):
    def __init__(self, workspace, changed, transaction_id: int, before: Transaction, after: Transaction):
        super().__init__(f"Edit {after.kind} of {after.date}", workspace, changed)
        self.transaction_id, self.before, self.after = transaction_id, before, after

    def do(self) -> None:
        self.workspace.update_transaction(self.transaction_id, self.after)

    def revert(self) -> None:
        self.workspace.update_transaction(self.transaction_id, self.before)


class DeleteTransaction(_LedgerCommand):
    def __init__(self, workspace, changed, transaction_id: int, before: Transaction):
        super().__init__(f"Delete {before.kind} of {before.date}", workspace, changed)
        self.transaction_id, self.before = transaction_id, before

    def do(self) -> None:
        self.workspace.delete_transaction(self.transaction_id)

    def revert(self) -> None:
        self.workspace.add_transaction(self.before, transaction_id=self.transaction_id)


class EditPurchase(_LedgerCommand):
    """A purchase of an IMF arrangement changed; ``before`` None means it was added, ``after`` None removed."""

    def __init__(self, workspace, changed, arrangement: str, purchase_id: int, before, after):
        what = (after or before)
        super().__init__(f"{'Edit' if before and after else 'Add' if after else 'Delete'} purchase of {what.date}",
                         workspace, changed)
        self.arrangement, self.purchase_id, self.before, self.after = arrangement, purchase_id, before, after

    def _set(self, purchase) -> None:
        if purchase is None:
            self.workspace.delete_purchase(self.purchase_id)
        else:
            self.workspace.save_purchase(self.arrangement, purchase, self.purchase_id)

    def do(self) -> None:
        self._set(self.after)

    def revert(self) -> None:
        self._set(self.before)


class EditTerms(_LedgerCommand):
    """An arrangement's terms changed; ``before`` and ``after`` are whole terms (``arrangement_terms``), so undo
    puts back every field, the note and each SDR-rate step's source."""

    def __init__(self, workspace, changed, before: dict, after: dict):
        super().__init__(f"Edit terms of {after['name']}", workspace, changed)
        self.before, self.after = before, after

    def do(self) -> None:
        self.workspace.update_arrangement_terms(self.before["name"], self.after)

    def revert(self) -> None:
        self.workspace.update_arrangement_terms(self.after["name"], self.before)


class SetPurchaseAmounts(_LedgerCommand):
    """Several purchases of one arrangement got new amounts at once (rescaled to access)."""

    def __init__(self, workspace, changed, arrangement: str, before: dict[int, float], after: dict[int, float], text: str):
        super().__init__(text, workspace, changed)
        self.arrangement, self.before, self.after = arrangement, before, after

    def do(self) -> None:
        self.workspace.set_purchase_amounts(self.arrangement, self.after)

    def revert(self) -> None:
        self.workspace.set_purchase_amounts(self.arrangement, self.before)


class EditWallet(_LedgerCommand):
    """A wallet added (``before`` None), or changed (archiving included); ``after`` carries its id."""

    def __init__(self, workspace, changed, before, after):
        verb = "Add" if before is None else "Archive" if after.archived and not before.archived else "Edit"
        super().__init__(f"{verb} wallet {after.name}", workspace, changed)
        self.before, self.after = before, after

    def do(self) -> None:
        if self.before is None:
            self.workspace.add_wallet(self.after, wallet_id=self.after.id)
        else:
            self.workspace.update_wallet(self.after.id, self.after)

    def revert(self) -> None:
        if self.before is None:
            self.workspace.delete_wallet(self.after.id)
        else:
            self.workspace.update_wallet(self.before.id, self.before)


class EditPolicy(_LedgerCommand):
    """A planner policy added (``before`` None), changed, or deleted (``after`` None); both carry its id."""

    def __init__(self, workspace, changed, before, after):
        what = after or before
        super().__init__(f"{'Edit' if before and after else 'Add' if after else 'Delete'} policy {what.name}",
                         workspace, changed)
        self.before, self.after = before, after

    def _set(self, policy, other) -> None:
        if policy is None:
            self.workspace.delete_policy(other.id)
        else:
            self.workspace.save_policy(policy)

    def do(self) -> None:
        self._set(self.after, self.before)

    def revert(self) -> None:
        self._set(self.before, self.after)


class EditScenario(_LedgerCommand):
    """A scenario added (``before`` None), changed (its id may change too) or deleted (``after`` None; the runs
    it had, ``run_ids``, are linked to it again on undo)."""

    def __init__(self, workspace, changed, before, after, run_ids: list[int] = ()):
        what = after or before
        super().__init__(f"{'Edit' if before and after else 'Add' if after else 'Delete'} scenario {what.name}",
                         workspace, changed)
        self.before, self.after, self.run_ids = before, after, list(run_ids)

    def do(self) -> None:
        if self.after is None:
            self.run_ids = self.workspace.delete_scenario(self.before.id)
        else:
            self.workspace.save_scenario(self.after, replacing=self.before.id if self.before else None)

    def revert(self) -> None:
        if self.after is None:
            self.workspace.restore_scenario(self.before, self.run_ids)
        elif self.before is None:
            self.workspace.delete_scenario(self.after.id)
        else:
            self.workspace.save_scenario(self.before, replacing=self.after.id)


class DeleteRuns(_LedgerCommand):
    def __init__(self, workspace, changed, rows: list[dict]):
        super().__init__(f"Delete {len(rows)} stored run{'s' if len(rows) != 1 else ''}", workspace, changed)
        self.rows = rows

    def do(self) -> None:
        self.workspace.delete_runs([r["id"] for r in self.rows])

    def revert(self) -> None:
        self.workspace.restore_runs(self.rows)


class ImportRows(_LedgerCommand):
    """An import undone (exactly the rows it added removed) and redone (the same rows put back)."""

    def __init__(self, workspace, changed, text: str, rows: dict):
        super().__init__(text, workspace, changed)
        self.rows = rows

    def do(self) -> None:
        self.workspace.restore_rows(self.rows, self.text())

    def revert(self) -> None:
        self.workspace.remove_rows(self.rows, self.text())


class EditMemberStep(_LedgerCommand):
    """A step of the member's quota history or SDR-rate path added (``before`` None), changed (its date too: the
    row is changed in place) or deleted (``after`` None; undone, it comes back under its own row id)."""

    KINDS = {"quota": ("quota", "effective_date", "save_quota", "delete_quota"),
             "sdr_rate": ("SDR rate", "from_date", "save_sdr_rate", "delete_sdr_rate")}

    def __init__(self, workspace, changed, kind: str, before, after, row_id: int | None = None):
        noun, key, _, _ = self.KINDS[kind]
        what = after or before
        super().__init__(f"{'Edit' if before and after else 'Add' if after else 'Delete'} {noun} from "
                         f"{getattr(what, key)}", workspace, changed)
        self.kind, self.before, self.after = kind, before, after
        self.row_id = row_id  # of the step deleted, which an undo puts back

    @classmethod
    def replace(cls, workspace, kind: str, old, new, row_id: int | None = None) -> int | None:
        """Put step ``new`` where ``old`` was (either may be None) through the workspace; a step added where none
        was takes ``row_id``. Returns the row id of a step deleted."""
        _, key, save, delete = cls.KINDS[kind]
        if new is None:
            return getattr(workspace, delete)(getattr(old, key))
        getattr(workspace, save)(new, replacing=None if old is None else getattr(old, key), row_id=row_id)
        return None

    def do(self) -> None:
        self.row_id = self.replace(self.workspace, self.kind, self.before, self.after, self.row_id) or self.row_id

    def revert(self) -> None:
        self.row_id = self.replace(self.workspace, self.kind, self.after, self.before, self.row_id) or self.row_id


class EditMember(_LedgerCommand):
    """The member's settings changed (``before``/``after``: the ``update_member`` keywords that changed)."""

    def __init__(self, workspace, changed, before: dict, after: dict, text: str):
        super().__init__(text, workspace, changed)
        self.before, self.after = before, after

    def do(self) -> None:
        self.workspace.update_member(**self.after)

    def revert(self) -> None:
        self.workspace.update_member(**self.before)
