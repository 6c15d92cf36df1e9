"""Reading the audit log: filtered entries, the values to filter by, a one-line summary of each, CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import fmt
from .i18n import QT_TRANSLATE_NOOP, translate
from .io.csv_safe import row_cells
from .io.output_target import check_target, write_output
from .store.audit import canonical_json
from .words import field_label, row_name, setting_name, table_name, value_text

CSV_COLUMNS = ("id", "at", "os_user", "action", "table", "row_key", "before", "after", "hash")
SUMMARY_VALUE_CHARS = 40


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # UTC ISO timestamp, as stored
    os_user: str
    action: str
    table_name: str | None
    row_key: Any
    before: Any
    after: Any
    hash: str


def _parse(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def audit_entries(ws, *, start: dt.date | None = None, end: dt.date | None = None, table: str | None = None,
                  user: str | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Entries matching every given filter, newest first; ``start`` and ``end`` are inclusive UTC dates."""
    # every `at` is UTC ISO text of one format, so comparing the text compares the times
    rows = ws.store.audit_rows(since=start.isoformat() if start else None,
                               before=(end + dt.timedelta(days=1)).isoformat() if end else None,
                               table=table, user=user, limit=limit)
    return [AuditEntry(id=r[0], at=r[1], os_user=r[2], action=r[3], table_name=r[4], row_key=_parse(r[5]),
                       before=_parse(r[6]), after=_parse(r[7]), hash=r[8]) for r in rows]


def audit_facets(ws) -> tuple[list[str], list[str]]:
    """The tables and the users the log names, sorted: the choices of the filters."""
    return ws.store.audit_facets()


def entries_to_csv(entries: list[AuditEntry], path: str | Path, workspace: str | Path | None = None) -> int:
    """Write the entries with their JSON as stored (canonical), never over ``workspace``'s own files and replacing
    ``path`` only once complete (io.output_target); returns how many were written."""
    check_target(path, workspace)
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        writer.writerow(row_cells([e.id, e.at, e.os_user, e.action, e.table_name or "", canonical_json(e.row_key) or "",
                                   canonical_json(e.before) or "", canonical_json(e.after) or "", e.hash]))
    write_output(path, text.getvalue().encode("utf-8"), workspace)
    return len(entries)


ACTIONS = {"create": QT_TRANSLATE_NOOP("audit_view", "created"), "insert": QT_TRANSLATE_NOOP("audit_view", "added"),
           "update": QT_TRANSLATE_NOOP("audit_view", "changed"), "delete": QT_TRANSLATE_NOOP("audit_view", "deleted"),
           "import": QT_TRANSLATE_NOOP("audit_view", "imported"), "migrate": QT_TRANSLATE_NOOP("audit_view", "migrated")}


def key_text(key: Any, table: str | None = None) -> str:
    if key is None:
        return ""
    if isinstance(key, list):  # composite keys, such as a price's (asset, date)
        return ", ".join(map(str, key))
    if table == "metadata" and isinstance(key, str):  # a setting's name, such as valuation_date
        return setting_name(key)
    return str(key)


def action_text(action: str) -> str:
    """An action in words, in the interface's language (an action this version does not know: its code)."""
    return translate("audit_view", ACTIONS[action]) if action in ACTIONS else action


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _value(field: str, v: Any) -> str:
    text = value_text(field, v)
    return text if len(text) <= SUMMARY_VALUE_CHARS else text[: SUMMARY_VALUE_CHARS - 1] + "…"


def _title(row: Any) -> str | None:
    """What a row is called, to name it in a summary."""
    if not isinstance(row, dict):
        return None
    for field in ("name", "description", "value", "date", "from_date"):
        if row.get(field) is not None:
            return _value(field, row[field])
    return None


def row_text(row: Any) -> str:
    """Every field of a stored row in words, one a line (the viewer's tooltip)."""
    if not isinstance(row, dict):
        return "" if row is None else str(row)
    return "\n".join(f"{field_label(k)}: {value_text(k, v)}" for k, v in row.items() if k != "id")


def describe(entry: AuditEntry) -> str:
    """One line for people: "Arrangement 1 changed: Access: SDR 1,033.92 m → SDR 1,100.00 m", naming only the
    changed fields, in words and in the units they are entered in."""
    e = entry
    what = " ".join(filter(None, (row_name(e.table_name), key_text(e.row_key, e.table_name))))
    if e.action == "update" and isinstance(e.before, dict) and isinstance(e.after, dict):
        changed = [f"{field_label(k)}: {_value(k, e.before.get(k))} → {_value(k, e.after.get(k))}"
                   for k in sorted(e.before.keys() | e.after.keys()) if e.before.get(k) != e.after.get(k)]
        #: {what}: a row of the workspace ("wallet 2"), {changes}: "Cap: — → 5 BTC; Kind: cold → hot"
        return _sentence(translate("audit_view", "{what} changed: {changes}").format(
            what=what, changes="; ".join(changed) or translate("audit_view", "no change")))
    if e.action in ("insert", "delete"):
        title = _title(e.after if e.action == "insert" else e.before)
        if e.action == "insert":
            #: {what}: a row of the workspace ("wallet 2"); {title}: its name
            text = (translate("audit_view", "{what} added: {title}") if title else translate("audit_view", "{what} added"))
        else:
            text = (translate("audit_view", "{what} deleted: {title}") if title
                    else translate("audit_view", "{what} deleted"))
        return _sentence(text.format(what=what, title=title))
    detail = e.after if isinstance(e.after, dict) else {}
    if e.action == "import":
        rows = detail.get("rows")
        into = (translate("audit_view", "Imported into {table}").format(table=table_name(e.table_name)) if e.table_name
                else translate("audit_view", "Imported"))
        if not isinstance(rows, int):
            return into
        #: {into}: "Imported into Ledger"; {label}: what was imported (a file's name)
        return translate("audit_view", "{into}: {label} ({rows} rows)").format(
            into=into, label=value_text("label", detail["label"]) if detail.get("label") else translate("audit_view", "batch"),
            rows=fmt.number(rows))
    if e.action == "create" and "schema_version" in detail:
        return translate("audit_view", "Workspace created (schema {version})").format(version=detail["schema_version"])
    if e.action == "migrate" and "to_schema" in detail:
        return translate("audit_view", "Schema migrated {before} → {after}").format(
            before=detail.get("from_schema"), after=detail["to_schema"])
    if e.action == "restore" and "backup" in detail:
        return translate("audit_view", "Restored from {backup} ({entries} entries; {dropped} of the previous log "
                         "dropped)").format(backup=detail["backup"], entries=fmt.number(detail.get("backup_entries", 0)),
                                            dropped=fmt.number(detail.get("dropped_entries", 0)))
    head = " ".join(filter(None, (action_text(e.action).capitalize(), _sentence(what))))
    return f"{head}: {'; '.join(f'{field_label(k)} {_value(k, v)}' for k, v in detail.items())}" if detail else head
