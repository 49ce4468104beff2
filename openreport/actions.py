"""What the window and the command line both do, written once and without Qt: open a library,
export a report to DOCX or PDF, mark a report final."""

from __future__ import annotations

import atexit
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from openreport.model import CommuneProfile, Report, ReportStatus
from openreport.storage import Library
from openreport.validation import Problem, blocking, validate

PDF_ROUTES = ("qt", "libreoffice")  # how a PDF is made; the first is the default


def open_library(
    path: str | os.PathLike | None = None, *, demo: bool = False, backup: bool = False
) -> tuple[Library, int | None]:
    """The library at ``path`` (by default the per-user one), or a temporary demo library.

    Returns ``(library, report_id)``: the id of the demo report, or None. ``backup`` takes the
    rotating start-up backup of a real library. A demo library's folder is removed when the
    process ends."""
    if demo:
        from openreport.demo import open_demo_library

        library, report_id = open_demo_library()
        atexit.register(shutil.rmtree, library.path.parent, True)
        return library, report_id
    from openreport.paths import default_library_path

    return Library.open(Path(path or default_library_path()), backup=backup), None


@dataclass(frozen=True)
class Exported:
    """A written file; for a PDF, the route that made it and the font its text is set in."""

    path: Path
    kind: str  # "docx" or "pdf"
    route: str = ""
    font: str = ""


def export_report(
    report: Report,
    profile: CommuneProfile,
    target: str | os.PathLike,
    *,
    pdf_route: str = PDF_ROUTES[0],
) -> Exported:
    """Write ``report`` to ``target``: a PDF/A when the name ends in .pdf, else a DOCX."""
    target = Path(target)
    if target.suffix.lower() == ".pdf":
        from openreport.render.pdf import export_pdf

        result = export_pdf(report, profile, target, route=pdf_route)
        return Exported(Path(result.path), "pdf", result.route, result.font)
    from openreport.render.docx.writer import export_docx

    return Exported(Path(export_docx(report, profile, target)), "docx")


def mark_final(report: Report) -> list[Problem]:
    """Mark ``report`` final unless something blocks it; returns what blocks it (then the
    report is left a draft)."""
    problems = blocking(validate(report, for_final=True))
    if not problems:
        report.status = ReportStatus.FINAL
    return problems


def reopen_draft(report: Report) -> None:
    """A final report becomes a draft again, to be edited."""
    report.status = ReportStatus.DRAFT
