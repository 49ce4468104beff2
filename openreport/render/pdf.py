"""PDF for the archives: PDF/A, A4, fonts embedded, text extractable in reading order.

Two routes, measured (benchmarks/bench_export.py): Qt draws the composed document into a
PDF/A-1b with a font whose text comes back whole — the same pages as the preview and the
printout, the demo in about 30 ms; LibreOffice, where installed, converts the DOCX export to
PDF/A-1b too (one level for the archive; tagged, so it claims 1a) — the exact layout Word
shows, but a second a report for starting LibreOffice. Qt is the default; LibreOffice is asked
for by name. Either way the file is written beside the target and renamed into place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from openreport.compose import compose
from openreport.model import CommuneProfile, Report
from openreport.render.docx.writer import render_docx
from openreport.render.files import ExportError, temporary_folder, write_atomically
from openreport.render.libreoffice import LibreOfficeError, convert_to_pdf
from openreport.render.pdf_language import mend_libreoffice_pdf


@dataclass(frozen=True)
class PdfResult:
    path: Path
    route: str  # "libreoffice" or "qt"
    font: str = ""


def export_pdf(
    report: Report, profile: CommuneProfile, target: str | os.PathLike, *, route: str = "qt"
) -> PdfResult:
    """Write ``report`` as an archival PDF at ``target``; ``route`` is qt or libreoffice."""
    if route not in ("qt", "libreoffice"):
        raise ValueError(f"unknown PDF route {route!r}")
    target = Path(target)
    composed = compose(report, profile)
    use_libreoffice = route == "libreoffice"
    with temporary_folder("pdf") as folder:
        made = None
        font = ""
        if use_libreoffice:
            docx = folder / "report.docx"
            render_docx(composed, profile).save(str(docx))
            try:
                made = convert_to_pdf(docx, folder, pdf_a=True)
            except LibreOfficeError as error:
                raise ExportError(str(error)) from None
            mend_libreoffice_pdf(made, composed.language)
        if made is None:
            from openreport.render.qt.pdf import write_pdf

            made = folder / "report.pdf"
            font = write_pdf(composed, profile, made)
        data = made.read_bytes()
    write_atomically(lambda file: file.write(data), target)
    return PdfResult(target, "libreoffice" if use_libreoffice else "qt", font)
