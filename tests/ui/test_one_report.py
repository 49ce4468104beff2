"""One report is the truth while it is open: what the editor holds (the defaults it fills in
included) is what the preview shows, what the window exports and what autosave stores."""

from __future__ import annotations

import datetime
import re

import docx
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QStyleOptionViewItem

from openreport.demo import demo_profile
from openreport.model import CommuneRole, EventKind, OrganisationRole
from openreport.ui import preview
from openreport.ui.editor.base import SectionId
from tests.helpers.readers import body_texts


def lines(text: str) -> list[str]:
    """The lines of a QTextDocument's raw text: its blocks and table cells, with the no-break
    spaces that toPlainText() would turn into spaces."""
    text = re.sub("[\u2028\u2029\ufdd0\ufdd1]", "\n", text)
    return [line for line in text.split("\n") if line.strip()]


@pytest.fixture
def drawn(monkeypatch) -> list[list[str]]:
    """The text of every document the preview lays out."""
    texts = []
    render_qt = preview.render_qt

    def spy(composed, profile, *args, **kwargs):
        document, pages = render_qt(composed, profile, *args, **kwargs)
        texts.append(lines(document.toRawText()))
        return document, pages

    monkeypatch.setattr(preview, "render_qt", spy)
    return texts


def test_preview_export_and_storage_show_the_report_being_edited(
    window_factory, tmp_path, monkeypatch, drawn
):
    window = window_factory()
    profile = demo_profile()
    window.library.save_profile(profile)
    window.profile = window.library.load_profile()
    window.new_action.trigger()
    editor = window.editor
    event = editor.section(SectionId.EVENT).ui
    event.name.setText("الملتقى الجهوي للديمقراطية التشاركية")
    event.city.setText("طنجة")
    event.startDate.setDate(QDate(2025, 3, 4))
    editor.show_section(SectionId.CLOSING)
    closing = editor.section(SectionId.CLOSING)
    signer = profile.focal_point.name
    assert signer and closing.signer.name.text() == signer  # the section's own default
    # typed a moment ago: neither saved yet nor finished
    closing.conclusion.setPlainText("وخلص الوفد إلى ضرورة تعميم التجربة.")

    monkeypatch.setattr(preview.PreviewWindow, "exec", lambda self: None)
    window.preview_action.trigger()
    target = tmp_path / "from-window.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()

    previewed = drawn[-1]
    exported = body_texts(docx.Document(str(target)))
    assert exported == previewed
    text = "\n".join(exported)
    assert signer in text and "تعميم التجربة" in text and "طنجة" in text
    assert window.autosaver.wait()
    stored = window.library.load(editor.report.id)
    assert stored.closing.signature.signer.name == signer
    assert stored.closing.signature.place == profile.city
    assert stored.event.start_date == datetime.date(2025, 3, 4)
    assert stored.closing.conclusion == "وخلص الوفد إلى ضرورة تعميم التجربة."


def test_pdf_from_the_window_has_the_signer_the_section_filled_in(
    window_factory, tmp_path, monkeypatch
):
    from openreport.model import Report

    window = window_factory()
    profile = demo_profile()
    window.library.save_profile(profile)
    window.profile = window.library.load_profile()
    report = Report()
    report.event.name = "ملتقى"
    window.open_report(window.library.save(report))  # a draft nobody signed yet
    target = tmp_path / "from-window.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = []
    monkeypatch.setattr(
        "openreport.render.pdf.export_pdf",
        lambda report, profile, path, route: written.append(report) or _done(path, route),
    )
    window.pdf_action.trigger()
    assert written[0].closing.signature.signer.name == profile.focal_point.name


def _done(path, route):
    from openreport.render.pdf import PdfResult

    return PdfResult(path, route, "")


def test_each_choice_list_shows_its_own_words(window_factory):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    window.new_action.trigger()
    section = window.editor.section(SectionId.EVENT)

    def words(combo) -> dict:
        return {value: combo.itemText(i) for i, value in enumerate(combo.values)}

    assert words(section.ui.kind)[EventKind.OTHER] == "أخرى"
    assert words(section.ui.communeRole)[CommuneRole.HOST] == "مستضيفة"
    # the role of an organisation is chosen in its table, in the combo box its delegate opens
    table = section.organisations_table
    row = table.model.add()
    view = table.view
    roles = view.itemDelegate().createEditor(
        view.viewport(), QStyleOptionViewItem(), table.model.index(row, 1)
    )
    assert words(roles)[OrganisationRole.HOST] == "مستضيف"
    assert words(roles)[OrganisationRole.ORGANISER] == "منظم"
    roles.deleteLater()


def test_the_window_never_exports_onto_its_library_and_says_when_a_template_was_set_aside(
    window_factory, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from openreport.demo import demo_report

    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    window.open_report(window.library.save(demo_report()))
    errors, warnings = [], []
    monkeypatch.setattr(window, "error", errors.append)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    before = window.library.path.read_bytes()[:100]

    window.outputs.export(window.editor.report, str(window.library.path))
    assert errors and window.library.path.read_bytes()[:100] == before
    assert window.library.list_reports()  # the library is whole

    (tmp_path / "spoilt.docx").write_bytes(b"not a word document")
    window.profile.template_path = str(tmp_path / "spoilt.docx")
    window.outputs.export(window.editor.report, str(tmp_path / "r.docx"))
    assert (tmp_path / "r.docx").exists()
    assert warnings and "القالب المدمج" in warnings[0]
