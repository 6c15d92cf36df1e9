"""Undoable ledger changes. Each change is written (and validated) before it is pushed, so a change the
store refuses never reaches the undo stack; undo and redo go through the same workspace methods.

Never give a command an attribute named ``id``: PySide takes it for an override of QUndoCommand.id(),
and QUndoStack.push crashes calling it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from ..core import builtin_words, fmt
from ..core.domain import Transaction
from ..core.errors import explain
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.workspace import Workspace

# Edit > Undo's words for a change of each kind of ledger entry (add, edit, delete): whole phrases, so that a
# translation makes the noun agree with its verb and its article; translated when the command is made
TRANSACTION_TEXTS = {
    "purchase": (QT_TRANSLATE_NOOP("commands", "Add purchase of {date}"), QT_TRANSLATE_NOOP("commands", "Edit purchase of {date}"),
                QT_TRANSLATE_NOOP("commands", "Delete purchase of {date}")),
    "sale": (QT_TRANSLATE_NOOP("commands", "Add sale of {date}"), QT_TRANSLATE_NOOP("commands", "Edit sale of {date}"),
            QT_TRANSLATE_NOOP("commands", "Delete sale of {date}")),
    "mining": (QT_TRANSLATE_NOOP("commands", "Add mining of {date}"), QT_TRANSLATE_NOOP("commands", "Edit mining of {date}"),
              QT_TRANSLATE_NOOP("commands", "Delete mining of {date}")),
    "seizure": (QT_TRANSLATE_NOOP("commands", "Add seizure of {date}"), QT_TRANSLATE_NOOP("commands", "Edit seizure of {date}"),
               QT_TRANSLATE_NOOP("commands", "Delete seizure of {date}")),
    "transfer": (QT_TRANSLATE_NOOP("commands", "Add transfer of {date}"), QT_TRANSLATE_NOOP("commands", "Edit transfer of {date}"),
                QT_TRANSLATE_NOOP("commands", "Delete transfer of {date}")),
    "donation": (QT_TRANSLATE_NOOP("commands", "Add donation of {date}"), QT_TRANSLATE_NOOP("commands", "Edit donation of {date}"),
                QT_TRANSLATE_NOOP("commands", "Delete donation of {date}")),
    "fee": (QT_TRANSLATE_NOOP("commands", "Add fee of {date}"), QT_TRANSLATE_NOOP("commands", "Edit fee of {date}"),
           QT_TRANSLATE_NOOP("commands", "Delete fee of {date}")),
}
PURCHASE_TEXTS = TRANSACTION_TEXTS["purchase"]  # an IMF purchase: the same words
POLICY_TEXTS = (QT_TRANSLATE_NOOP("commands", "Add policy {name}"), QT_TRANSLATE_NOOP("commands", "Edit policy {name}"),
                QT_TRANSLATE_NOOP("commands", "Delete policy {name}"))
SCENARIO_TEXTS = (QT_TRANSLATE_NOOP("commands", "Add scenario {name}"), QT_TRANSLATE_NOOP("commands", "Edit scenario {name}"),
                  QT_TRANSLATE_NOOP("commands", "Delete scenario {name}"))
QUOTA_TEXTS = (QT_TRANSLATE_NOOP("commands", "Add quota from {date}"), QT_TRANSLATE_NOOP("commands", "Edit quota from {date}"),
               QT_TRANSLATE_NOOP("commands", "Delete quota from {date}"))
SDR_RATE_TEXTS = (QT_TRANSLATE_NOOP("commands", "Add SDR rate from {date}"),
                  QT_TRANSLATE_NOOP("commands", "Edit SDR rate from {date}"),
                  QT_TRANSLATE_NOOP("commands", "Delete SDR rate from {date}"))
ADD, EDIT, DELETE = range(3)


def _change_text(before, after, texts: tuple[str, str, str], **values) -> str:
    """The text of an add (``before`` None), an edit or a delete (``after`` None), in the interface's language."""
    which = EDIT if before is not None and after is not None else ADD if after is not None else DELETE
    return translate("commands", texts[which]).format(**values)


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
            QMessageBox.warning(None, translate("commands", "Cannot apply the change"), explain(exc, "undo or redo"))
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
        super().__init__(_change_text(None, transaction, TRANSACTION_TEXTS[transaction.kind], date=transaction.date),
                         workspace, changed)
        self.transaction, self.transaction_id = transaction, transaction_id

    def do(self) -> None:
        self.workspace.add_transaction(self.transaction, transaction_id=self.transaction_id)

    def revert(self) -> None:
        self.workspace.delete_transaction(self.transaction_id)


class EditTransaction(_LedgerCommand):
    def __init__(self, workspace, changed, transaction_id: int, before: Transaction, after: Transaction):
        super().__init__(_change_text(before, after, TRANSACTION_TEXTS[after.kind], date=after.date), workspace, changed)
        self.transaction_id, self.before, self.after = transaction_id, before, after

    def do(self) -> None:
        self.workspace.update_transaction(self.transaction_id, self.after)

    def revert(self) -> None:
        self.workspace.update_transaction(self.transaction_id, self.before)


class DeleteTransaction(_LedgerCommand):
    def __init__(self, workspace, changed, transaction_id: int, before: Transaction):
        super().__init__(_change_text(before, None, TRANSACTION_TEXTS[before.kind], date=before.date), workspace, changed)
        self.transaction_id, self.before = transaction_id, before

    def do(self) -> None:
        self.workspace.delete_transaction(self.transaction_id)

    def revert(self) -> None:
        self.workspace.add_transaction(self.before, transaction_id=self.transaction_id)


class EditPurchase(_LedgerCommand):
    """A purchase of an IMF arrangement changed; ``before`` None means it was added, ``after`` None removed."""

    def __init__(self, workspace, changed, arrangement: str, purchase_id: int, before, after):
        super().__init__(_change_text(before, after, PURCHASE_TEXTS, date=(after or before).date), workspace, changed)
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
        super().__init__(translate("commands", "Edit terms of {name}").format(name=after["name"]), workspace, changed)
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
        text = (QT_TRANSLATE_NOOP("commands", "Add wallet {name}") if before is None else
                QT_TRANSLATE_NOOP("commands", "Archive wallet {name}") if after.archived and not before.archived else
                QT_TRANSLATE_NOOP("commands", "Edit wallet {name}"))
        super().__init__(translate("commands", text).format(name=after.name), workspace, changed)
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
        name = builtin_words.policy_text((after or before).name)  # a sample's policy in the interface's language
        super().__init__(_change_text(before, after, POLICY_TEXTS, name=name), workspace, changed)
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
        name = builtin_words.scenario_name(what.id, what.name)  # a built-in's in the interface's language
        super().__init__(_change_text(before, after, SCENARIO_TEXTS, name=name), workspace, changed)
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
        n = len(rows)
        text = translate("commands", "Delete 1 stored run") if n == 1 else translate(
            "commands", "Delete %n stored runs", None, n).replace(str(n), fmt.number(n), 1)  # grouped in thousands
        super().__init__(text, workspace, changed)
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

    KINDS = {"quota": (QUOTA_TEXTS, "effective_date", "save_quota", "delete_quota"),
             "sdr_rate": (SDR_RATE_TEXTS, "from_date", "save_sdr_rate", "delete_sdr_rate")}

    def __init__(self, workspace, changed, kind: str, before, after, row_id: int | None = None):
        texts, key, _, _ = self.KINDS[kind]
        super().__init__(_change_text(before, after, texts, date=getattr(after or before, key)), workspace, changed)
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


class EditCurrencySettings(_LedgerCommand):
    """The local currency or its assumed yearly depreciation changed (``before``/``after``: the
    ``set_currency_settings`` keywords that changed)."""

    def __init__(self, workspace, changed, before: dict, after: dict):
        super().__init__(translate("commands", "Edit currency settings"), workspace, changed)
        self.before, self.after = before, after

    def do(self) -> None:
        self.workspace.set_currency_settings(**self.after)

    def revert(self) -> None:
        self.workspace.set_currency_settings(**self.before)
