"""The year in review written to a file, from the window or the command line (``openreport
year 2024 -o bilan.docx|.pdf``): the library's reports of the period, composed by
``compose.year``, drawn by the DOCX writer (its charts as PNGs drawn by Qt) or into a PDF by
either route."""

from __future__ import annotations

import json
import os
from pathlib import Path

from openreport import serialization
from openreport.actions import PDF_ROUTES, Exported, check_export_target, template_notice
from openreport.compose.document import Document
from openreport.compose.year import Period, compose_year
from openreport.messages import message_of
from openreport.model import CommuneProfile, Report
from openreport.storage import Library


def period_reports(library: Library, period: Period) -> tuple[list[Report], int]:
    """The reports whose event starts in ``period`` (outside the trash), read for the year in
    review: all but the programme's text, which it does not count (``_counted``); and how many
    reports have no event date."""
    conn = library.conn
    (undated,) = conn.execute(
        "SELECT count(*) FROM reports WHERE deleted IS NULL AND start_date IS NULL"
    ).fetchone()
    rows = conn.execute(
        "SELECT id, data FROM reports WHERE deleted IS NULL AND start_date BETWEEN ? AND ?",
        (period.start.isoformat(), period.end.isoformat()),
    ).fetchall()
    reports = []
    for report_id, data in rows:
        report = serialization.report_from_data(_counted(json.loads(data)))
        report.id = report_id
        reports.append(report)
    return reports, undated


def _counted(data: dict) -> dict:
    """A stored report without what the year in review does not read: of the programme, only
    the workshops' recommendations are kept (the reader checks what is left, as on load)."""

    def kept(value: object, key: str) -> list:
        return [inner for inner in value.get(key, [])] if isinstance(value, dict) else []

    data["days"] = [
        {
            "sessions": [
                {
                    "items": [
                        {
                            "workshops": [
                                {"recommendations": kept(workshop, "recommendations")}
                                for workshop in kept(item, "workshops")
                            ]
                        }
                        for item in kept(session, "items")
                    ]
                }
                for session in kept(day, "sessions")
            ]
        }
        for day in (data.get("days") or [] if isinstance(data, dict) else [])
    ]
    return data


def year_document(library: Library, profile: CommuneProfile, period: Period) -> Document:
    reports, undated = period_reports(library, period)
    return compose_year(reports, profile, period, undated)


def render_year_docx(composed: Document, profile: CommuneProfile):
    """A python-docx document of the year in review, its charts drawn by Qt."""
    from openreport.render.docx.charts import CHART_PNG
    from openreport.render.docx.writer import render_docx
    from openreport.render.qt.charts import chart_png
    from openreport.render.qt.fonts import page_face
    from openreport.render.qt.pdf import ensure_gui_application

    ensure_gui_application()
    family = page_face(profile)
    token = CHART_PNG.set(lambda chart: chart_png(chart, family))
    try:
        return render_docx(composed, profile)
    finally:
        CHART_PNG.reset(token)


def export_year(
    library: Library,
    profile: CommuneProfile,
    period: Period,
    target: str | os.PathLike,
    *,
    pdf_route: str = PDF_ROUTES[0],
) -> Exported:
    """Write the year in review of ``period``: a PDF/A when ``target`` ends in .pdf, else a
    DOCX (never onto the library or its files)."""
    target = Path(target)
    check_export_target(target, library)
    composed = year_document(library, profile, period)
    return write_year(composed, profile, target, pdf_route=pdf_route)


def write_year(
    composed: Document, profile: CommuneProfile, target: Path, *, pdf_route: str = PDF_ROUTES[0]
) -> Exported:
    from openreport.render.files import ExportError, temporary_folder, write_atomically

    if target.suffix.lower() != ".pdf":
        document = render_year_docx(composed, profile)
        written = write_atomically(document.save, target)
        return Exported(written, "docx", notice=template_notice(profile))
    with temporary_folder("pdf") as folder:
        font = ""
        if pdf_route == "libreoffice":
            from openreport.render.libreoffice import LibreOfficeError, convert_to_pdf
            from openreport.render.pdf_language import add_xmp_language

            docx = folder / "year.docx"
            render_year_docx(composed, profile).save(str(docx))
            try:
                made = convert_to_pdf(docx, folder, pdf_a=True)
            except LibreOfficeError as error:
                raise ExportError(message_of(error)) from None
            add_xmp_language(made, composed.language)
        else:
            from openreport.render.qt.pdf import write_pdf

            made = folder / "year.pdf"
            font = write_pdf(composed, profile, made)
        data = made.read_bytes()
    write_atomically(lambda file: file.write(data), target)
    notice = template_notice(profile) if pdf_route == "libreoffice" else ""
    return Exported(target, "pdf", pdf_route, font, notice)
