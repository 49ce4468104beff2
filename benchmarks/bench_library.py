"""Library speed on a stress library: save, load, list, search and the start-up backup.

Targets on the reference machine: save and load of the large report ≤ 30 ms,
list of 1,000 summaries ≤ 50 ms, a full-text search ≤ 20 ms; a start of an unchanged library
(the backup compared and skipped) ≤ 100 ms.
Run: python -m benchmarks.bench_library
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.stress import stress_library
from openreport.storage import Library


def measure(action, runs: int = 40) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stress.sqlite"
        start = time.perf_counter()
        large_id = stress_library(path)
        print(f"built 1,000-report library in {time.perf_counter() - start:.1f} s")
        with Library.open(path) as library:
            report = library.load(large_id)
            size = library.conn.execute(
                "SELECT length(data) FROM reports WHERE id = ?", (large_id,)
            ).fetchone()[0]
            print(
                f"large report: {size / 1024:.0f} KiB of JSON,"
                f" library {path.stat().st_size / 2**20:.1f} MiB"
            )
            counter = iter(range(10**6))

            def save():
                report.title = f"تقرير اختبار الضغط {next(counter)}"
                library.save(report)

            rows = [
                ("save of the large report", save, 30),
                ("load of the large report", lambda: library.load(large_id), 30),
                ("list of 1,000 summaries", lambda: library.list_reports(), 50),
                ("full-text search «الانفتاح»", lambda: library.search("الانفتاح"), 20),
                ("full-text search «الرقمنه شفشاون»", lambda: library.search("الرقمنه شفشاون"), 20),
                ("full-text search, no hit", lambda: library.search("كلمةغائبة"), 20),
            ]
            print(f"{'operation':40} {'median ms':>10} {'p95 ms':>8} {'target':>7}")
            for name, action, target in rows:
                median, p95 = measure(action)
                print(f"{name:40} {median:10.1f} {p95:8.1f} {target:7}")
        starts(path)


def starts(path: Path) -> None:
    """A start takes a backup; a start of an unchanged library compares and skips it."""
    start = time.perf_counter()
    Library.open(path, backup=True).close()
    first = (time.perf_counter() - start) * 1000
    median, p95 = measure(lambda: Library.open(path, backup=True).close(), runs=10)
    with Library.open(path) as library:
        kept = len(library.backups())
    print(f"{'start with a new backup':40} {first:10.1f} {'':8} {'':7}")
    print(f"{'start, unchanged (backup skipped)':40} {median:10.1f} {p95:8.1f} {100:7}")
    print(f"backups after 11 starts of an unchanged library: {kept}")


if __name__ == "__main__":
    main()
