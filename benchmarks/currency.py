"""What reporting in another currency costs, as ratios measured in one run (the machine's load cancels out).

On the Pakistan sample with a daily USD/PKR series (../shared/data/usd_pkr.csv when present, else a synthetic
one of the same length) and a 10% yearly path after the valuation date:

- the Excel workbook of every table (`export workbook`) in PKR against the same in US$ (median of 5);
- the PDF summary in PKR against US$ (median of 3);
- a chart's conversion of 5,000 days at once (``from_usd_series``) against the same days one at a time
  (``rate``), the path every table row takes.

    python benchmarks/currency.py      targets: workbook PKR/US$ <= 3; PDF PKR/US$ <= 1.3; series >= 20x faster

A workbook in PKR keeps every US$ and SDR column and adds its converted twin, each row at its own date's rate:
about twice the money cells, hence the workbook's wider target.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from desktop.core.io.importers import IMPORTERS, ImportOptions  # noqa: E402
from desktop.core.io.workbook import export_workbook  # noqa: E402
from desktop.core.summary import build_report  # noqa: E402
from desktop.core.workspace import Workspace  # noqa: E402
from desktop.report.pdf import render_pdf  # noqa: E402

REAL_SERIES = ROOT.parent / "shared" / "data" / "usd_pkr.csv"


def _rates_file(folder: Path) -> Path:
    if REAL_SERIES.exists():
        return REAL_SERIES
    path = folder / "usd_pkr.csv"  # 4,649 weekdays like the real series, ending at the sample's valuation date
    days = [d for d in (dt.date(2008, 1, 1) + dt.timedelta(k) for k in range(6600)) if d.weekday() < 5][-4649:]
    path.write_text("date,close\n" + "".join(f"{d},{60 + 0.05 * i:.4f}\n" for i, d in enumerate(days)))
    return path


def _median(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - the PDF's fonts and painting need it
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = Workspace.create(folder / "pk.db", "pakistan")
        series = _rates_file(folder)
        IMPORTERS["fx"](ws.store, str(series), ImportOptions(currency="PKR"))
        ws.set_currency_settings(fx_depreciation_per_year=0.10)
        # the series may end before the valuation date: value at its last day so that every past figure has a rate
        last = dt.date.fromisoformat(ws.store.fx_rates("PKR")[-1][0])
        date = min(ws.default_date(), last)

        def workbook(code: str) -> None:
            target = folder / f"book-{code}.xlsx"
            target.unlink(missing_ok=True)
            export_workbook(ws, target, code, date)

        def pdf(code: str) -> None:
            render_pdf(build_report(ws, date=date, currency=code), folder / f"summary-{code}.pdf")

        book_usd, book_pkr = _median(5, lambda: workbook("USD")), _median(5, lambda: workbook("PKR"))
        pdf_usd, pdf_pkr = _median(3, lambda: pdf("USD")), _median(3, lambda: pdf("PKR"))
        conv = ws.converter("PKR", date)
        days = np.arange(date.toordinal() - 4000, date.toordinal() + 1000)
        usd = np.full(len(days), 1e6)
        at_once = _median(5, lambda: conv.from_usd_series(usd, days))
        one_by_one = _median(1, lambda: [conv.from_usd(1e6, dt.date.fromordinal(int(d))) for d in days])
        ws.close()
    print(f"rates: {series.name}; valuation date {date}; 10% a year after it")
    print(f"workbook of every table: US$ {book_usd:.2f} s, PKR {book_pkr:.2f} s; ratio {book_pkr / book_usd:.2f} "
          "(target <= 3)")
    print(f"PDF summary: US$ {pdf_usd:.2f} s, PKR {pdf_pkr:.2f} s; ratio {pdf_pkr / pdf_usd:.2f} (target <= 1.3)")
    print(f"5,000 days: at once {at_once * 1e3:.2f} ms, one at a time {one_by_one * 1e3:.0f} ms; "
          f"{one_by_one / at_once:.0f}x (target >= 20x)")


if __name__ == "__main__":
    main()
