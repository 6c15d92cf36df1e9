"""The IMF Program tab, its Fund position page and the Arrangement terms and Member terms dialogs in Spanish:
nothing marked is left in English, the texts use the glossary's terms (SAF, cuota, DEG, CRG, FFRS, sobretasas,
piso de las RIN, suficiencia de reservas), figures follow the locale (1.234,56 under es_ES), and the English
reads as before."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QFormLayout

from desktop.core.engine.valuation import day_number
from desktop.core.workspace import Workspace
from desktop.gui import language
from desktop.gui.dialogs.arrangement import ArrangementDialog
from desktop.gui.dialogs.member import MemberDialog, StepDialog
from desktop.gui.tabs.program import ProgramTab
from tests.i18n_walk import still_english


@pytest.fixture
def pakistan(sample_copy):
    ws = Workspace.open(sample_copy("pakistan"))
    yield ws
    ws.close()



def program(qtbot, ws) -> ProgramTab:
    """The tab as the 1366x768 window shows it, with its Fund position page computed (a worker delivers it)."""
    tab = ProgramTab(ws, ws.default_date())
    qtbot.addWidget(tab)
    tab.resize(1320, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.pages.setCurrentWidget(tab.fund_view)
    qtbot.waitUntil(lambda: tab.fund_view.task is None and not tab.fund_view._stale, timeout=60_000)
    return tab


def page_titles(tabs) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def headers(model) -> list[str]:
    return [model.columns[c].title for c in range(len(model.columns))]


def cell(model, title: str, row: int = 0) -> str:
    return model.data(model.index(row, headers(model).index(title)))


def form_labels(dialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    return [form.itemAt(r, QFormLayout.ItemRole.LabelRole).widget().text() for r in range(form.rowCount())
            if form.itemAt(r, QFormLayout.ItemRole.LabelRole) is not None]


def test_the_program_tab_in_spanish_leaves_nothing_in_english(spanish, qtbot, es):
    tab = program(qtbot, es)
    assert still_english(tab) == []
    assert page_titles(tab.pages) == ["Compras y fechas de evaluación", "Reembolsos y cargos", "Posición en el Fondo",
                                      "Crédito frente a cuota", "No acumulación", "Suficiencia de reservas"]
    assert page_titles(tab.fund_view.pages) == ["Crédito pendiente", "Obligaciones por año",
                                                "Indicadores del crédito del FMI", "Comparación con el FMI"]
    assert headers(tab.arrangement_model)[:5] == ["Acuerdo", "Servicio", "Aprobado", "Finaliza", "Acceso (mill. DEG)"]
    assert headers(tab.test_model)[:2] == ["Fecha", "Piso RIN (mill. US$)"]
    assert " meses del " in tab.terms.text() and "Cargos: la política del FMI vigente en cada día" in tab.terms.text()
    assert {cell(tab.purchase_model, "Estado", r) for r in range(tab.purchase_model.rowCount())} <= {"prevista",
                                                                                                      "desembolsada"}
    assert tab.phasing.text().startswith("Las compras suman DEG ")
    assert tab.credit_note.text().startswith("Máximo de ") and "sobretasas en función del nivel" in tab.credit_note.text()
    assert tab.threshold_line.label.format.startswith("umbral de las sobretasas ")
    assert [r[0] for r in tab.adequacy_model.records][:3] == ["Reservas internacionales brutas",
                                                              "Métrica ARA (mercados emergentes)", "Reservas / métrica ARA"]
    assert tab.adequacy_note.text().startswith("Al ") and "no es un activo de reserva (MBP7)" in tab.adequacy_note.text()
    assert "Memorando Técnico de Entendimiento" in tab.compliance_summary.text()
    assert tab.breach_model.rowCount() and {cell(tab.breach_model, "Tipo", r) for r in range(tab.breach_model.rowCount())} \
        <= {"compra", "minería"}
    assert tab.rate_after.text().startswith("Después del ")
    view = tab.fund_view
    assert view.summary.text().startswith("Al ") and "crédito pendiente de reembolso <b>DEG " in view.summary.text()
    legend = [label.text for _, label in view.legend.items]
    assert legend[-1] == "Umbral de las sobretasas" and all(t.endswith("(CRG)") for t in legend[:-1])
    marks = [m.textItem.toPlainText() for m in view.marks if hasattr(m, "textItem")]
    assert any(t.startswith("umbral de las sobretasas 300% de la cuota") for t in marks)
    assert any(t.startswith("máximo en la CRG ") for t in marks)
    assert headers(view.obligation_model)[:2] == ["Año", "Principal (mill. DEG)"]


def test_pakistans_program_in_spanish_names_the_rst_and_its_group(spanish, qtbot, pakistan):
    """Pakistan's RSF arrangement is priced by the RST's terms: the Spanish says FFRS, as the IMF writes it."""
    tab = program(qtbot, pakistan)
    assert still_english(tab) == []
    rsf = next(r for r, p in enumerate(tab.arrangement_model.records) if p.arrangement.facility == "RSF")
    policy = cell(tab.arrangement_model, "Política de cargos", rsf)
    assert policy == f"Grupo {pakistan.member.rst_group or 'C'} del FFRS"
    tip = tab.arrangement_model.data(tab.arrangement_model.index(rsf, headers(tab.arrangement_model).index(
        "Política de cargos")), 3)  # Qt.ToolTipRole
    assert "Fondo Fiduciario para la Resiliencia y la Sostenibilidad" in tip and "pb." in tip
    legend = [label.text for _, label in tab.fund_view.legend.items]
    assert any(t.endswith("(FFRS)") for t in legend) and any(t.endswith("(CRG)") for t in legend)
    assert "FFRS DEG " in tab.fund_view.summary.text()


@pytest.mark.parametrize("sample", ["el-salvador", "pakistan"])
def test_the_spanish_tables_hold_their_columns_on_a_1366_wide_window(spanish, qtbot, sample_copy, sample):
    """The arrangements' twelve columns and the test dates' six stay in sight at the tab's width in the maximised
    1366x768 window: "(millones de DEG)" in each title pushed the charges policy and the reserves' date out."""
    from desktop.gui.app import create_app
    from tests.window_shots import clipped

    create_app()  # the app's style sheet: its paddings and bold headers are part of what must fit
    ws = Workspace.open(sample_copy(sample))
    try:
        tab = program(qtbot, ws)
        tab.resize(1346, 660)
        tab.pages.setCurrentIndex(0)
        qtbot.wait(200)
        assert [p for p in clipped(tab) if "sideways" in p] == []
    finally:
        ws.close()


def test_the_arrangement_dialog_in_spanish(spanish, qtbot, es):
    a = es.arrangements[-1]
    dialog = ArrangementDialog(es, a)
    qtbot.addWidget(dialog)
    assert still_english(dialog) == []
    assert dialog.windowTitle() == f"Condiciones: {a.name}"
    assert form_labels(dialog) == ["Nombre", "Servicio", "Aprobado", "Duración (meses)", "Acceso (millones de DEG)",
                                   "Cuota del país miembro", "US$ por DEG", "Política de cargos", "Reembolso (personalizado)"]
    assert dialog.policy.itemText(0) == "Según la fecha (la política vigente en cada día)"
    assert dialog.facility.itemText(dialog.facility.count() - 1) == "personalizado"
    assert dialog.facility.currentData() == a.facility  # the code, not its word, is what is saved
    assert dialog.changes()["facility"] == a.facility
    assert dialog.quota.text().startswith("DEG ") and "en la fecha de aprobación; acceso equivalente al" in dialog.quota.text()


def test_the_member_terms_and_step_dialogs_in_spanish(spanish, qtbot, pakistan):
    dialog = MemberDialog(pakistan, lambda command: None, lambda: None, import_rates=lambda: None)
    qtbot.addWidget(dialog)
    assert still_english(dialog) == []
    assert dialog.windowTitle() == "Condiciones del país miembro"
    assert dialog.group.itemText(0) == "Sin definir (se supone el grupo C)" and dialog.group.itemText(1) == "Grupo A"
    assert "Fuente: FMI" in dialog.group.toolTip() and "tasa del DEG + " in dialog.group.toolTip()
    assert dialog.after_label.text().startswith("Después de la última observación (")
    assert [b.text() for b in dialog.buttons["sdr_rate"]] == ["Agregar…", "Editar…", "Eliminar",
                                                               "Importar tasas semanales (CSV)…"]
    for kind, existing, title in (("quota", None, "Agregar cuota"),
                                  ("sdr_rate", pakistan.member.sdr_rates[-1], "Editar tasa de interés del DEG")):
        step = StepDialog(pakistan, kind, existing)
        qtbot.addWidget(step)
        assert still_english(step) == [] and step.windowTitle() == title
    quota = StepDialog(pakistan, "quota")
    qtbot.addWidget(quota)
    assert form_labels(quota) == ["Vigente desde", "Cuota (millones de DEG)", "Fuente", "Nota"]


def test_a_figure_takes_spains_decimal_comma(spain, qtbot, es):
    """Under es_ES the tab writes 1.234,56: the US$ per SDR, the SDR rate held after the path and the peak share
    of quota were written with Python's decimal point before."""
    tab = program(qtbot, es)
    a = tab.arrangement_model.records[0].arrangement
    usd_per_sdr = cell(tab.arrangement_model, "US$ por DEG")
    assert "," in usd_per_sdr and "." not in usd_per_sdr and usd_per_sdr.startswith(f"{int(a.usd_per_sdr)},")
    last = es.member.sdr_rates[-1]
    assert f"{last.sdr_rate * 100:.3f}%".replace(".", ",") in tab.rate_after.text()
    peak = tab.credit_note.text().removeprefix("Máximo de ").split("%")[0]
    assert "," in peak and "." not in peak


def test_the_fund_positions_hover_readout_in_spanish_with_spains_decimal_comma(spain, qtbot, pakistan):
    """Pointing at a day reads it in Spanish, each line with its lending window as the IMF writes it in Spanish
    (CRG, FFRS), the share of quota with a decimal comma; the units' axis too."""
    view = program(qtbot, pakistan).fund_view
    p = view.figures.position
    view.units.setCurrentIndex(view.units.findData("sdr"))
    assert view.credit_plot.getAxis("left").labelText == "millones de DEG"
    day = dt.date(2027, 6, 30)  # the RSF's planned purchases drawn by then
    qtbot.wait(50)
    vb = view.credit_plot.getPlotItem().vb
    view._hover(vb.mapViewToScene(QPointF(day_number(day) * 86400.0, float(np.mean(vb.viewRange()[1])))))
    i = day_number(day) - int(p.days[0])
    share = f"{p.gra_credit_sdr[i] / p.quota_sdr[i] * 100:.1f}".replace(".", ",")
    title = view.credit_plot.getPlotItem().titleLabel.text
    assert f"<b>{day}</b>: total DEG " in title and " millones · CRG DEG " in title
    assert f"= {share}% de la cuota (umbral 300%)" in title
    tip = view.credit_plot.toolTip()
    assert tip.startswith(f"{day}, crédito pendiente por línea\n") and " (FFRS): DEG " in tip


def test_the_program_tab_and_dialogs_in_english_are_unchanged(qapp, qtbot, es):
    language.install("en")
    tab = program(qtbot, es)
    assert page_titles(tab.pages) == ["Purchases and test dates", "Repayments and charges", "Fund position",
                                      "Credit vs quota", "Non-accumulation", "Reserve adequacy"]
    assert headers(tab.arrangement_model)[:5] == ["Arrangement", "Facility", "Approved", "Ends", "Access (SDR m)"]
    assert " months from " in tab.terms.text() and tab.phasing.text().startswith("Purchases add up to SDR ")
    assert tab.credit_note.text().startswith("Peak ") and "% of quota" in tab.credit_note.text()
    assert tab.threshold_line.label.format.startswith("surcharge threshold ")
    assert tab.fund_view.summary.text().startswith(f"On {tab.date}: credit outstanding <b>SDR ")
    assert [label.text for _, label in tab.fund_view.legend.items][-1] == "Surcharge threshold"
    a = es.arrangements[-1]
    dialog = ArrangementDialog(es, a)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Terms: {a.name}" and form_labels(dialog)[0] == "Name"
    assert dialog.facility.itemText(dialog.facility.count() - 1) == "custom"
    member = MemberDialog(es, lambda command: None, lambda: None)
    qtbot.addWidget(member)
    assert member.windowTitle() == "Member terms" and member.group.itemText(1) == "Group A"
    assert StepDialog(es, "quota").windowTitle() == "Add quota"
