"""Lay the report model out as a PDF: QTextDocument for the text and tables (selectable, searchable text with
embedded fonts; table headers repeat on every page a table spans), charts as 200 dpi images, and every page
framed by the classification marking, the workspace and "page i of n".

Runs on any thread: QPdfWriter, QTextDocument and QPainter on images do not need the GUI thread.
"""

from __future__ import annotations

import contextlib
import errno
import html
import os
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ..core.errors import Cancelled, InvalidInput
from ..core.i18n import translate
from ..core.io.output_target import check_target, write_output
from ..core.store import checkpoint
from ..core.summary import Chart, Markdown, Paragraph, Report, Table
from .charts import paint_chart

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}  # one per core's PAPERS
CHART_DPI = 200
SCREEN_DPI = 96
CHART_HEIGHT_IN = 2.9
MARGINS_MM = QMarginsF(18, 20, 18, 18)
FONT = "DejaVu Sans"
INK = QColor("#1b1b1b")
HEADING = QColor("#1f4e79")


def plain_font(points: float) -> QFont:
    """No ligatures: "fi" set as one glyph would come out of the PDF as "ﬁ", and a search for "figure" or a
    copied SHA-256 digest would not match."""
    font = QFont(FONT)
    font.setPointSizeF(points)
    for tag in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


class Html:
    """Collects the report as one HTML document: set in one go, it is laid out once (inserting block by block
    through a cursor re-lays the document at every step, which took seconds)."""

    def __init__(self, doc: QTextDocument, width_in: float):
        self.doc, self.width_in = doc, width_in
        self.parts: list[str] = []
        self.headings: list[int] = []  # indexes in parts
        self.charts = 0

    def heading(self, text: str) -> None:  # on a new page only if it would not fit there (see next_break)
        self.parts.append(f"<h1 style='{{break}}font-size: 15pt; color: {HEADING.name()}; margin-top: 14px'>"
                          f"{html.escape(text)}</h1>")
        self.headings.append(len(self.parts) - 1)

    def paragraph(self, p: Paragraph) -> None:  # the model's paragraphs may hold <b> for emphasis
        style = "font-size: 8pt; color: #444444" if p.note else "font-size: 9.5pt"
        self.parts.append(f"<p style='{style}; margin-top: 5px'>{only_bold(p.text)}</p>")

    def markdown(self, m: Markdown) -> None:
        scratch = QTextDocument()
        scratch.setMarkdown(m.text)
        body = re.search(r"<body[^>]*>(.*)</body>", scratch.toHtml(), re.S)
        self.parts.append(f"<div style='font-size: 8pt'>{body.group(1) if body else html.escape(m.text)}</div>")

    def table(self, t: Table) -> None:
        if t.title:
            self.parts.append(f"<p style='font-size: 9.5pt; font-weight: bold; margin-top: 8px'>{html.escape(t.title)}</p>")
        numeric = t.numeric or (False,) * len(t.columns)
        head = "".join(f"<th bgcolor='#e8eef5' align='{'right' if n else 'left'}'>{html.escape(c)}</th>"
                       for c, n in zip(t.columns, numeric, strict=True))
        rows = "".join("<tr>" + "".join(f"<td align='{'right' if n else 'left'}'>{html.escape(v)}</td>"
                                        for v, n in zip(row, numeric, strict=True)) + "</tr>" for row in t.rows)
        # <thead>: Qt repeats the header row at the top of every page the table continues on
        self.parts.append(f"<table width='100%' border='0.5' cellspacing='0' cellpadding='3' "
                          f"style='border-color: #b0b0b0; font-size: 8.5pt; border-style: solid'>"
                          f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")

    def chart(self, c: Chart) -> None:
        width_px, height_px = round(self.width_in * CHART_DPI), round(CHART_HEIGHT_IN * CHART_DPI)
        self.charts += 1
        name = f"chart-{self.charts}.png"
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), paint_chart(c, width_px, height_px, CHART_DPI))
        # sizes in screen pixels: Qt scales them to the PDF's resolution
        self.parts.append(f"<p align='center' style='margin-top: 6px'><img src='{name}' width='{self.width_in * SCREEN_DPI:.0f}' "
                          f"height='{CHART_HEIGHT_IN * SCREEN_DPI:.0f}'></p>")

    def finish(self, breaks: set[int] = frozenset()) -> None:
        """Set the document, with a page break before the headings numbered in ``breaks`` (0 the first)."""
        parts = list(self.parts)
        for n, i in enumerate(self.headings):
            parts[i] = parts[i].replace("{break}", "page-break-before: always; " if n in breaks else "")
        self.doc.setHtml(f"<html><body style='font-family: \"{FONT}\"; font-size: 9.5pt; color: {INK.name()}'>"
                         + "".join(parts) + "</body></html>")


def render_pdf(report: Report, path: str | os.PathLike, paper: str = "a4",
               progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None,
               workspace: str | os.PathLike | None = None) -> int:
    """Write the summary's PDF (``write_document``); returns the number of pages."""
    return write_document(report, path, paper, workspace, lambda w: _compose(w, report, progress, cancelled),
                          progress, cancelled, painted_from=0.8)


def write_document(report: Report, path: str | os.PathLike, paper: str, workspace: str | os.PathLike | None,
                   compose: Callable[[Html], None], progress: Callable[[float], None] | None,
                   cancelled: Callable[[], bool] | None, painted_from: float) -> int:
    """Lay out what ``compose`` writes into an Html, page by page in ``report``'s frame, and write the PDF: never
    over ``workspace``'s own files, replacing ``path`` only once every byte is on disk and the written file reads
    back with the pages laid out (io.output_target), so a failure, a full disk or a cancel leaves whatever was
    there; then keep the report's checkpoint. Progress runs from ``painted_from`` to 1 while pages are painted."""
    if paper not in PAGE_SIZES:
        raise InvalidInput(f"paper: one of {', '.join(PAGE_SIZES)}")
    check_target(path, workspace)  # before the work, which takes seconds
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    pages = _render(report, writer, paper, compose, progress, cancelled, painted_from)
    del writer  # ends the PDF (its cross-reference table and trailer)
    buffer.close()

    def same_pages(written: Path) -> None:
        if (found := page_count(written.read_bytes())) != pages:
            raise OSError(errno.EIO, f"the written PDF reads back with {found} pages, not {pages}")

    write_output(path, bytes(buffer.data()), workspace, same_pages)
    keep_checkpoint(report, workspace)
    return pages


def keep_checkpoint(report: Report, workspace) -> None:
    """The checkpoint printed on the cover is kept beside the backups once the PDF exists. A folder that cannot be
    written (read-only media) loses only this copy: the printed cover still carries the head."""
    if report.checkpoint is None or workspace is None:
        return
    with contextlib.suppress(OSError):
        checkpoint.save(report.checkpoint, Path(workspace).resolve())


def page_count(pdf: bytes) -> int | None:
    """The page count in the page tree's root (/Type /Pages ... /Count n) of a complete PDF, or None."""
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
        return None
    root = re.search(rb"/Type\s*/Pages\b(?:(?!endobj).)*?/Count\s+(\d+)", pdf, re.S)
    return int(root.group(1)) if root else None


def _compose(w: Html, report: Report, progress, cancelled) -> None:
    """The summary: its cover, then each section's blocks."""
    _cover(w, report)
    blocks = [(section, block) for section in report.sections for block in ((None,) + section.blocks)]
    for i, (section, block) in enumerate(blocks):
        if cancelled and cancelled():
            raise Cancelled("report cancelled")
        if block is None:
            w.heading(section.title)
        elif isinstance(block, Paragraph):
            w.paragraph(block)
        elif isinstance(block, Markdown):
            w.markdown(block)
        elif isinstance(block, Table):
            w.table(block)
        elif isinstance(block, Chart):
            w.chart(block)
        if progress:
            progress(0.6 * (i + 1) / len(blocks))


def _render(report: Report, writer: QPdfWriter, paper: str, compose: Callable[[Html], None], progress, cancelled,
            painted_from: float) -> int:
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(600)
    writer.setTitle(report.title)
    writer.setCreator("Reserve Desk")
    dpi = writer.resolution()
    page = writer.pageLayout().paintRectPixels(dpi)
    band = dpi * 0.32  # header and footer, inside the margins
    body = QRectF(0, band, page.width(), page.height() - 2 * band)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(plain_font(9))
    doc.setPageSize(QSizeF(body.width(), body.height()))
    doc.setDocumentMargin(0)
    w = Html(doc, body.width() / dpi)
    compose(w)
    breaks: set[int] = set()
    w.finish(breaks)
    while (heading := next_break(doc, body.height(), breaks)) is not None:
        breaks.add(heading)
        w.finish(breaks)  # laid out again as a whole: a break moves everything after it

    pages = doc.pageCount()
    painter = QPainter(writer)
    try:
        for n in range(pages):
            if cancelled and cancelled():
                raise Cancelled(f"{report.title}: cancelled")
            if n:
                writer.newPage()
            draw_frame(painter, report, page, band, n + 1, pages)
            painter.save()
            painter.translate(0, body.top() - n * body.height())
            doc.drawContents(painter, QRectF(0, n * body.height(), body.width(), body.height()))
            painter.restore()
            if progress:
                progress(painted_from + (1 - painted_from) * (n + 1) / pages)
    finally:
        painter.end()
    return pages


def next_break(doc: QTextDocument, page_height: float, breaks: set[int]) -> int | None:
    """The first section heading (by number) that should start a new page and does not yet: one that would
    leave less than a third of the page, or less than its heading and first block need. Breaking before every
    section left pages mostly blank."""
    layout = doc.documentLayout()
    block, n = doc.begin(), -1
    while block.isValid():
        if block.blockFormat().headingLevel() == 1:
            n += 1
            heading = layout.blockBoundingRect(block)
            offset = heading.top() % page_height
            first = block.next()
            keep = heading.height() + (layout.blockBoundingRect(first).height() if first.isValid() else 0)
            if n not in breaks and offset > 1 and page_height - offset < max(page_height / 3, keep):
                return n
        block = block.next()
    return None


def only_bold(text: str) -> str:
    """A paragraph's HTML with every tag but <b> and </b> shown as text: the model escapes what users typed
    (summary.esc); this is the second guard, so that no stored name can ever become an image or a link."""
    return re.sub(r"<(?!/?b>)", "&lt;", text)


def _cover(w: Html, report: Report) -> None:
    w.parts.append(f"<p style='font-size: 12pt; font-weight: bold; color: #5a5a5a; margin-top: 40px'>Reserve Desk</p>"
                   f"<p style='font-size: 22pt; font-weight: bold; color: {HEADING.name()}'>{html.escape(report.heading)}</p>"
                   f"<p style='font-size: 11pt'>{html.escape(report.subtitle)}</p>")
    if report.marking:
        w.parts.append(f"<p style='font-size: 12pt; font-weight: bold; color: #b00020; margin-top: 18px'>"
                       f"{html.escape(report.marking)}</p>")
    w.table(Table((translate("report", "Item"), translate("report", "Value")), report.cover, (False, False)))
    w.paragraph(Paragraph(translate("report", "The inputs digest is a SHA-256 of the workspace's input tables (wallets, "
                                    "ledger, prices, macro inputs, IMF program, scenarios and policies): two summaries with "
                                    "the same digest were made from the same inputs. The audit log's last entry and hash, "
                                    "signed in a checkpoint, anchor the workspace's history outside the file: keep this "
                                    "page; 'reserve-desk audit verify --head N:HASH' with the figures above proves the log "
                                    "still holds that entry. Figures are those the application shows for the valuation "
                                    "date; methodology and sources are in the last section."), note=True))


def draw_frame(painter: QPainter, report: Report, page: QRectF, band: float, number: int, pages: int) -> None:
    font = QFont(FONT)
    font.setPointSizeF(7.5)
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    top = QRectF(0, 0, page.width(), band * 0.7)
    bottom = QRectF(0, page.height() - band * 0.7, page.width(), band * 0.7)
    painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, report.title)
    painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     translate("report", "Page {number} of {pages}").format(number=number, pages=pages))
    painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     translate("report", "Generated {time}").format(time=report.generated))
    if report.marking:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#b00020"))
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, report.marking)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, report.marking)
