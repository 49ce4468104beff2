"""The preview shows the pages as they print; printing honours page range and copies."""

from __future__ import annotations

import re
import subprocess
import unicodedata

from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter

from openreport.compose import compose
from openreport.demo import demo_profile, demo_report
from openreport.model import ReportStatus
from openreport.render.qt.document import render_qt
from openreport.ui.editor.base import SectionId
from openreport.ui.preview import PreviewWindow, ReportPreview, new_printer, paint_report


def test_preview_shows_every_page_and_follows_the_report(app, qtbot):
    preview = ReportPreview()
    qtbot.addWidget(preview)
    report, profile = demo_report(), demo_profile()
    preview.show_report(report, profile)
    pages = preview.page_count
    assert pages >= 5 and len(preview.labels) == pages
    report.event.context = "\n".join(["فقرة طويلة من السياق " * 40] * 30)
    preview.show_report(report, profile)
    assert preview.page_count > pages


def test_draft_mark_on_preview_pages_only_for_drafts(app):
    report, profile = demo_report(), demo_profile()

    def top_band_has_ink(status) -> bool:
        report.status = status
        _, painter = render_qt(compose(report, profile), profile)
        image = painter.images(dpi=48, limit=1)[0]
        band = [image.pixelColor(x, y) for x in range(0, image.width(), 2) for y in range(8, 28)]
        return any(c != QColor("white") for c in band)

    assert top_band_has_ink(ReportStatus.DRAFT)
    assert not top_band_has_ink(ReportStatus.FINAL)


def test_printing_a_page_range(app, tmp_path):
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    total = paint_report(printer, demo_report(), demo_profile())
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "printed.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert total >= 5
    assert "Pages:           2" in info
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "printed.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    text = re.sub("[\u202a-\u202e\\s]", "", unicodedata.normalize("NFKC", text))
    assert f"الصفحة2من{total}" in text and f"الصفحة3من{total}" in text
    assert f"الصفحة1من{total}" not in text


def test_preview_window_and_print_action(window_factory, monkeypatch, demo):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    window.open_report(window.library.save(demo))
    shown = []
    monkeypatch.setattr(PreviewWindow, "exec", lambda self: shown.append(self.preview.page_count))
    window.preview_action.trigger()
    assert shown and shown[0] >= 5
    printed = []
    monkeypatch.setattr(
        "openreport.ui.preview.print_report",
        lambda report, profile, parent=None: printed.append(report.id),
    )
    window.print_action.trigger()
    assert printed == [window.editor.report.id]
    assert window.print_action.shortcut().toString() == "Ctrl+P"


def test_review_section_shows_the_preview(window_factory, demo, qtbot):
    window = window_factory()
    window.open_report(window.library.save(demo))
    window.editor.show_section(SectionId.REVIEW)
    from openreport.ui.preview import REVIEW_PAGES

    preview = window.editor.review.preview
    assert preview.page_count == REVIEW_PAGES  # the first pages; its window shows them all


def test_the_review_preview_lays_out_only_the_beginning_of_a_long_report(app, qtbot):
    from benchmarks.stress import large_report

    preview = ReportPreview(limit=4, whole=False)
    qtbot.addWidget(preview)
    preview.show_report(large_report(), demo_profile())
    assert preview.page_count == 4 and preview.total_pages == 0
