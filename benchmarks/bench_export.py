"""Export speed: compose and write the demo report and the stress report as DOCX.

Targets on the reference machine: demo ≤ 150 ms in process, stress (about 100 pages)
≤ 2.5 s, and twice the content costs at most 2.2 times the time; PDF: demo ≤ 1 s,
stress ≤ 5 s (both routes are measured: LibreOffice and Qt).
Run: python -m benchmarks.bench_export
"""

from __future__ import annotations

import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.stress import large_report
from openreport.compose import compose
from openreport.demo import demo_profile, demo_report
from openreport.render.docx.writer import export_docx
from openreport.render.libreoffice import convert_to_pdf, soffice


def timed(action, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def pages(docx: Path, folder: Path) -> int | None:
    if soffice() is None:
        return None
    pdf = convert_to_pdf(docx, folder)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def main() -> None:
    profile = demo_profile()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        demo = demo_report()
        export_docx(demo, profile, folder / "warm.docx")
        median, worst = timed(lambda: export_docx(demo, profile, folder / "demo.docx"), 20)
        compose_ms = timed(lambda: compose(demo, profile), 20)[0] * 1000
        demo_pages = pages(folder / "demo.docx", folder)
        print(
            f"demo: compose {compose_ms:.1f} ms, compose+write median {median * 1000:.0f} ms"
            f" (worst {worst * 1000:.0f} ms), {demo_pages} pages  [target ≤ 150 ms]"
        )

        single = large_report()
        double = large_report(days=20, workshops=60, recommendations=600, seed=2)
        one, _ = timed(lambda: export_docx(single, profile, folder / "stress.docx"), 3)
        two, _ = timed(lambda: export_docx(double, profile, folder / "double.docx"), 3)
        stress_pages = pages(folder / "stress.docx", folder)
        per_page = f", {one / stress_pages * 1000:.1f} ms per page" if stress_pages else ""
        print(f"stress: {one:.2f} s for {stress_pages} pages{per_page}  [target ≤ 2.5 s]")
        print(f"twice the content: {two:.2f} s, {two / one:.2f} × the time  [target ≤ 2.2 ×]")

        from openreport.render.pdf import export_pdf

        routes = ["qt"] + (["libreoffice"] if soffice() else [])
        for route in routes:
            export_pdf(demo, profile, folder / "warm.pdf", route=route)
            demo_pdf, _ = timed(
                lambda r=route: export_pdf(demo, profile, folder / "d.pdf", route=r), 5
            )
            stress_pdf, _ = timed(
                lambda r=route: export_pdf(single, profile, folder / "s.pdf", route=r), 2
            )
            print(
                f"PDF via {route}: demo {demo_pdf * 1000:.0f} ms [target ≤ 1000 ms],"
                f" stress {stress_pdf:.2f} s [target ≤ 5 s]"
            )


if __name__ == "__main__":
    main()
