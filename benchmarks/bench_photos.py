"""Autosaving a report with twelve 8 MB photos: the window blocked, the whole save, the file sizes.

Target on the reference machine: the window blocked by one autosave ≤ 16 ms (median). The
window's share of an autosave is the autosaver's flush (see bench_gui); the writer thread does
the rest, measured here as the autosave's total time.
Run: python -m benchmarks.bench_photos [rounds]   (offscreen; no display needed)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHOTOS = 12
PHOTO_BYTES = 8 * 1024 * 1024


def photo(number: int) -> bytes:
    """A JPEG header (4000 × 3000 pixels) and random bytes: 8 MB that do not compress."""
    comment = f"photo {number}".encode()
    head = b"\xff\xd8\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    head += b"\xff\xc0\x00\x11\x08" + (3000).to_bytes(2, "big") + (4000).to_bytes(2, "big")
    return head + bytes(12) + os.urandom(PHOTO_BYTES - len(head) - 12)


def sizes(path: Path) -> str:
    mb = [os.path.getsize(f"{path}{suffix}") / 2**20 for suffix in ("", "-wal")]
    return f"library {mb[0]:.0f} MB, log (-wal) {mb[1]:.0f} MB"


def main(rounds: int) -> None:
    from openreport.model import Annex, Report
    from openreport.storage import Library
    from openreport.ui.app import setup_application
    from openreport.ui.autosave import Autosaver

    setup_application()
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "photos.sqlite"
        report = Report(title="تقرير بالصور")
        report.closing.annexes = [Annex(f"صورة {n}", photo(n)) for n in range(PHOTOS)]
        with Library.open(path) as library:
            begin = time.perf_counter()
            report_id = library.save(report)
            print(f"first save of the report and its photos: {time.perf_counter() - begin:.2f} s")
            autosaver = Autosaver(path)
            autosaver.watch(library.load(report_id))
            blocks, totals = [], []
            for n in range(rounds):
                autosaver.report.title = f"تقرير بالصور {n}"
                autosaver.changed()
                begin = time.perf_counter()
                autosaver.flush()  # what the window's thread does
                blocks.append(time.perf_counter() - begin)
                assert autosaver.wait(timeout=600), "the autosave did not finish"
                totals.append(time.perf_counter() - begin)
                assert not autosaver.last_error, autosaver.last_error
            print(
                f"window blocked by one autosave of {PHOTOS} photos of 8 MB: median"
                f" {statistics.median(blocks) * 1000:.1f} ms (worst {max(blocks) * 1000:.1f})"
                f"  [target ≤ 16 ms]"
            )
            print(
                f"one autosave in all: median {statistics.median(totals) * 1000:.0f} ms"
                f" (worst {max(totals) * 1000:.0f}), over {rounds} saves"
            )
            print(f"after {rounds} autosaves: {sizes(path)}")
            autosaver.shutdown()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
