"""Holdings > Custody as an analyst of the Bitcoin Office uses it: problems found walking the real window (issue
20), each pinned by what the analyst reads."""

from __future__ import annotations

import json

import pytest

from desktop.core import domain as d
from desktop.core.workspace import Workspace

ZPUB = ("zpub6rFR7y4Q2AijBEqTUquhVz398htDFrtymD9xYYfG1m4wAcvPhXNfE3EfH1r1ADqtfSdVCToUG868RvUUkgDKf31mGDtKsAYz2oz2"
        "AGutZYs")  # BIP-84's account key: /0/0 is A1
A1 = "bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu"
OUT = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"  # someone else's
T0 = 1_738_000_000  # 2025-01-27 17:46:40 UTC


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.create(tmp_path / "walk.db")
    workspace.add_wallet(d.Wallet(name="Cold", kind="cold"))
    workspace.add_descriptor("Cold", ZPUB, 2)
    yield workspace
    workspace.close()


def receipt(n: int, sat: int) -> dict:
    return {"txid": f"{n:064x}", "fee": 500, "status": {"confirmed": True, "block_height": 880_000 + n,
                                                         "block_time": T0},
            "vin": [{"prevout": {"scriptpubkey_address": OUT, "value": sat + 500}}],
            "vout": [{"scriptpubkey_address": A1, "value": sat}]}


def test_a_json_syntax_error_is_one_reason_of_its_file_not_cut_into_field_and_reason(qtbot, ws, tmp_path):
    """Python's JSON message holds ": " ("Unterminated string starting at: line 1 column 300"): it was cut there,
    the Field column reading "not valid JSON (Unterminated string starting at" and the Reason "line 1 column …"."""
    from desktop.gui.dialogs.custody import ChainImportDialog

    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps([receipt(1, 100_000)])[:60])
    empty = tmp_path / "empty.json"
    empty.write_text("")
    dialog = ChainImportDialog(ws, paths=[str(cut), str(empty)])
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    problems = {p.file: p for p in dialog.problems.records}
    assert set(problems) == {"cut.json", "empty.json"}  # a whole file's problem names its file too
    assert problems["cut.json"].field == "" and problems["cut.json"].where == ""
    assert problems["cut.json"].reason.startswith("not valid JSON (") and "line 1 column" in problems["cut.json"].reason
    assert problems["empty.json"].reason == "the file is empty"


def test_a_field_problem_keeps_its_place_field_and_whole_reason():
    from desktop.gui.dialogs.custody import Problem

    assert Problem.read("b.json: [0]: txid: must be a transaction id: 64 hexadecimal characters") == Problem(
        "b.json", "[0]", "txid", "must be a transaction id: 64 hexadecimal characters")
    assert Problem.read("s.csv: row 2: delta_sat: must be a whole number") == Problem(
        "s.csv", "row 2", "delta_sat", "must be a whole number")


def test_removing_the_refused_file_takes_its_problems_away(qtbot, ws, tmp_path):
    """The problems of a file taken off the list stayed under "Nothing was written: 1 problem below"."""
    from desktop.gui.dialogs.custody import ChainImportDialog

    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps([receipt(1, 100_000)]))
    bad.write_text("[{]")
    dialog = ChainImportDialog(ws, paths=[str(good), str(bad)])
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert [p.file for p in dialog.problems.records] == ["bad.json"]
    dialog.files.item(1).setSelected(True)
    dialog._remove()
    assert dialog.paths() == [str(good)]
    assert dialog.problems.records == [] and "Check again" in dialog.summary.text()
