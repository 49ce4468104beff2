"""The follow-up view's speed on the 1,000-report stress library.

Target on the reference machine: the follow-up view opens (from the window's menu to its first
page of rows painted) in ≤ 300 ms. Also printed: the index queries alone, a status change (load,
record, save of the large report) and migration 7 filling the index from every report.
Run: python -m benchmarks.bench_followup   (offscreen; no display needed)
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_library import measure
from benchmarks.stress import stress_library
from openreport.model import RecommendationStatus
from openreport.storage import Library
from openreport.storage import followup as index


def queries(library: Library) -> None:
    conn = library.conn
    total = conn.execute("SELECT count(*) FROM followup").fetchone()[0]
    print(f"follow-up index: {total} recommendations and next steps")
    rows = [
        ("query: all, by deadline", index.FollowupQuery()),
        ("query: overdue", index.FollowupQuery(overdue=True)),
        ("query: own proposals, by status", index.FollowupQuery(own=True, sort="status")),
        ("query: search «الرقمنه التواصل»", index.FollowupQuery(text="الرقمنه التواصل")),
        ("query: year 2025, adopted", index.FollowupQuery(year=2025, statuses=("adopted",))),
    ]
    print(f"{'operation':44} {'median ms':>10} {'p95 ms':>8} {'rows':>7}")
    for name, query in rows:
        median, p95 = measure(lambda q=query: index.query(conn, q), runs=20)
        print(f"{name:44} {median:10.1f} {p95:8.1f} {len(index.query(conn, query)):7}")
    # what the view reads: the counts, then the first page (the rest as the list scrolls)
    for name, query in rows[:3]:
        median, p95 = measure(
            lambda q=query: (index.counts(conn, q), index.query(conn, q, limit=300)), runs=20
        )
        print(f"{'  view: counts + first page, ' + name[7:]:44} {median:10.1f} {p95:8.1f}")


def status_change(library: Library, report_id: int) -> None:
    rec_id = library.load(report_id).recommendations()[0].id
    statuses = iter(list(RecommendationStatus) * 10)
    median, p95 = measure(
        lambda: index.change_status(library, report_id, rec_id, next(statuses), "ملاحظة"), runs=10
    )
    print(f"{'status change (large report saved)':44} {median:10.1f} {p95:8.1f}")


def migration(path: Path) -> None:
    """The follow-up's migration (7) alone, on a copy of the library taken back to version 6."""
    copy = path.with_name("v5.sqlite")
    with Library.open(path) as library:
        library.save_copy_to(copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("DROP TABLE followup")
    conn.execute("PRAGMA user_version = 6")
    start = time.perf_counter()
    from openreport.storage import schema

    schema.migrate(conn, target=7)
    print(f"{'migration 7 (index filled from 1,000 reports)':44} {_ms(start):10.1f}")
    conn.close()


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def window(path: Path) -> None:
    """From the menu entry to the first page of rows painted, as the user sees it."""
    from PySide6.QtCore import QSettings

    from openreport.ui.app import setup_application

    app = setup_application()
    from openreport.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder, Library.open(path) as library:
        settings = QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat)
        main = MainWindow(library, settings)
        main.resize(1366, 768)
        main.show()
        app.processEvents()
        times = []
        for _ in range(7):
            start = time.perf_counter()
            main.followup_action.trigger()
            main.followup_page.view.viewport().repaint()  # the first page, painted now
            app.processEvents()
            times.append(_ms(start))
            rows = main.followup_page.model.rowCount()
            main.show_library()
            app.processEvents()
        first = times[0]
        times.sort()
        print(f"{'follow-up view opened, first page painted':44} {times[len(times) // 2]:10.1f}")
        print(f"{'  (first time; slowest)':44} {first:10.1f} {times[-1]:8.1f} {rows:7}")
        print("  target ≤ 300 ms")
        main.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stress.sqlite"
        start = time.perf_counter()
        large_id = stress_library(path)
        print(f"built 1,000-report library in {time.perf_counter() - start:.1f} s")
        with Library.open(path) as library:
            _spread_deadlines(library)
            queries(library)
            status_change(library, large_id)
        migration(path)
        window(path)


def _spread_deadlines(library: Library) -> None:
    """Spread statuses and deadlines over the index rows, as a year of work would (the
    index alone: the filters then have something to select; the reports are not changed)."""
    conn = library.conn
    today = dt.date.today()
    statuses = [status.value for status in RecommendationStatus]
    with library.transaction():
        for n, status in enumerate(statuses):
            conn.execute(
                "UPDATE followup SET status = ?, deadline = date(?, ? || ' days')"
                " WHERE (report_id + position) % 5 = ?",
                (status, today.isoformat(), (n - 2) * 60, n),
            )


if __name__ == "__main__":
    main()
