"""The year in review on the 1,000-report stress library: load the period's reports, compose,
write the DOCX (charts drawn by Qt), write the Qt PDF.

Target (issue 14): composes and writes its DOCX ≤ 1 s. The stress library's 999 bulk reports
are copies of the demo report (one event in November 2024, the same eight recommendations, ids
included: each counted once), so 2024 holds 999 events; 2025 holds the large report alone.
Run: python -m benchmarks.bench_year
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.stress import stress_library
from openreport.compose.year import Period, events_chart, figures, status_chart
from openreport.compose.year import document_of as compose_document
from openreport.render.qt.charts import chart_png
from openreport.render.qt.pdf import ensure_gui_application
from openreport.storage import Library
from openreport.year_review import period_reports, write_year


def timed(action, *args):
    start = time.perf_counter()
    result = action(*args)
    return result, (time.perf_counter() - start) * 1000


def main() -> None:
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stress.sqlite"
        stress_library(path)
        with Library.open(path) as library:
            profile = library.load_profile()
            print(
                f"{'year':6} {'reports':>8} {'load ms':>8} {'count ms':>9} {'compose ms':>11}"
                f" {'DOCX ms':>8} {'compose+DOCX':>13} {'Qt PDF ms':>10} {'DOCX KiB':>9}"
            )
            for year in (2024, 2025):
                period = Period.calendar_year(year)
                (reports, undated), load = timed(period_reports, library, period)
                found, count = timed(figures, reports, period, undated)
                document, compose = timed(compose_document, found, profile)
                target = Path(folder) / f"bilan-{year}.docx"
                _, docx = timed(write_year, document, profile, target)
                _, pdf = timed(write_year, document, profile, target.with_suffix(".pdf"))
                if year == 2024:
                    charts(found)
                print(
                    f"{year:<6} {len(reports):8} {load:8.0f} {count:9.0f} {compose:11.0f}"
                    f" {docx:8.0f} {count + compose + docx:13.0f} {pdf:10.0f}"
                    f" {target.stat().st_size / 1024:9.0f}"
                )


def charts(found) -> None:
    """The charts alone: QPainter into a 200 dpi PNG (the DOCX's picture)."""
    for chart in (events_chart(found, "ar_MA"), status_chart(found)):
        png, ms = timed(chart_png, chart)
        print(f"chart «{chart.title}»: PNG {ms:.0f} ms, {len(png) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
