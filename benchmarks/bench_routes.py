"""The two archive routes side by side, on the demo, the examples and the stress report.

For each route and report: the time to export (median), the pages, the file's size, whether
every font is embedded with a ToUnicode map, and the fidelity of the text pdftotext reads
back against the composed text:
- words: the share of the composed words (runs of letters, runs of digits) that pdftotext
  gives whole, as it prints them and after NFKC (what pdf.js's search does);
- brackets: the bracketed Arabic phrases («(الرقمنة)», «…») that come back as typed;
- lam-alef: how many of the composed text's «لا» «لأ» «لإ» «لآ» come back as one ligature character
  (U+FEF5–U+FEFC) rather than two letters (found by NFKC, not by a plain search);
and, where pikepdf's PDF/A validator can run (``pip install 'pikepdf[pdfa]'``), its findings
against PDF/A-1b.

Run: python -m benchmarks.bench_routes [--quick]  (--quick: the demo only, one run each)
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pikepdf

from benchmarks.stress import large_report
from openreport.compose import compose
from openreport.compose.document import BulletList, block_texts
from openreport.demo import demo_profile, demo_report, example_profile, example_reports
from openreport.render.libreoffice import soffice
from openreport.render.pdf import export_pdf

BRACKETED = re.compile(r"[(«][\u0621-\u064a ]+[)»]")
MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def composed_text(composed) -> str:
    lines = []
    for block in composed.blocks:
        if isinstance(block, BulletList) and block.numbered:
            lines += [f"{n}- {item.text}" for n, item in enumerate(block.items, start=1)]
        else:
            lines += block_texts(block)
    return "\n".join(lines)


def words(text: str) -> Counter:
    # runs of digits apart: pdftotext drops the space where a number meets Arabic words
    return Counter(re.findall(r"\d+|[^\W\d_]+", MARKS.sub("", text)))


def share(found: Counter, wanted: Counter) -> float:
    return sum((found & wanted).values()) / max(1, sum(wanted.values()))


def fonts_embedded(pdf: pikepdf.Pdf) -> bool:
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            described = font.DescendantFonts[0] if font.Subtype == "/Type0" else font
            files = {"/FontFile", "/FontFile2", "/FontFile3"} & set(described.FontDescriptor.keys())
            if not files or "/ToUnicode" not in font:
                return False
    return True


def validator(path: Path) -> str:
    try:
        import pikepdf.pdfa as pdfa
    except ImportError:
        return "validator not installed"
    report = pdfa.validate_written(path, "1b")
    kinds = Counter(f"{finding.kind}:{finding.rule}" for finding in report.findings)
    verdict = "passed" if report.passed else "refused"
    return f"{verdict}, {len(report.findings)} findings {dict(kinds) if kinds else ''}".strip()


def measure(route: str, report, profile, folder: Path, runs: int) -> dict:
    target = folder / f"{route}.pdf"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        export_pdf(report, profile, target, route=route)
        times.append(time.perf_counter() - start)
    printed = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    raw = MARKS.sub("", printed.stdout)
    nfkc = unicodedata.normalize("NFKC", raw)
    typed = composed_text(compose(report, profile))
    wanted = words(typed)
    phrases = BRACKETED.findall(typed)
    flat = re.sub(r"\s+", " ", nfkc)
    with pikepdf.open(target) as pdf:
        pages, embedded = len(pdf.pages), fonts_embedded(pdf)
    return {
        "time": statistics.median(times),
        "pages": pages,
        "size": target.stat().st_size,
        "embedded": embedded,
        "words": share(words(raw), wanted),
        "words_nfkc": share(words(nfkc), wanted),
        "brackets": (sum(phrase in flat for phrase in phrases), len(phrases)),
        "lam_alef": (len(re.findall("[\ufef5-\ufefc]", raw)), len(re.findall("ل[اأإآ]", typed))),
        "validator": validator(target),
    }


def line(name: str, route: str, m: dict) -> str:
    return (
        f"{name:>8} {route:>11}: {m['time'] * 1000:7.0f} ms  {m['pages']:3d} pages"
        f"  {m['size'] / 1024:6.0f} KiB  fonts embedded+ToUnicode {m['embedded']}"
        f"  words {m['words']:.1%} (NFKC {m['words_nfkc']:.1%})"
        f"  brackets {m['brackets'][0]}/{m['brackets'][1]}"
        f"  lam-alef as ligature {m['lam_alef'][0]}/{m['lam_alef'][1]}"
        f"\n{'':>21}PDF/A-1b: {m['validator']}"
    )


def main() -> None:
    quick = "--quick" in sys.argv
    profile = demo_profile()
    reports = [("demo", demo_report(), profile, 1 if quick else 3)]
    if not quick:
        for number, example in enumerate(example_reports()):
            reports.append((f"example{number}", example, example_profile(example) or profile, 1))
        reports.append(("stress", large_report(), profile, 1))
    routes = ["qt"] + (["libreoffice"] if soffice() else [])
    with tempfile.TemporaryDirectory() as folder:
        for route in routes:  # warm: fonts loaded, LibreOffice's files in the disk cache
            export_pdf(demo_report(), profile, Path(folder) / "warm.pdf", route=route)
        for name, report, its_profile, runs in reports:
            for route in routes:
                print(line(name, route, measure(route, report, its_profile, Path(folder), runs)))


if __name__ == "__main__":
    main()
