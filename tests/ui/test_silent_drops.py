"""Nothing typed in the editor is thrown away without a word."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from openreport.demo import demo_profile, demo_report
from openreport.model import Report, ReportStatus
from openreport.ui.editor.base import SectionId


@pytest.fixture
def blank(window_factory):
    """A window with a new, empty report open."""
    window = window_factory()
    window.library.save_profile(demo_profile())
    report_id = window.library.save(Report())
    window.open_report(report_id)
    return window


def test_workshop_fields_are_disabled_and_explained_until_a_workshop_exists(blank):
    editor = blank.editor
    editor.show_section(SectionId.WORKSHOPS)
    section = editor.section(SectionId.WORKSHOPS)
    assert not section.summary.isEnabled()  # typing there had nowhere to go
    assert not section.discussion.isEnabled()
    assert section.no_workshop.isVisible()
    assert "فقرة ورشات جديدة" in section.no_workshop.text()
    section.chooser.new_block.click()
    assert section.summary.isEnabled()
    assert not section.no_workshop.isVisible()
    section.summary.setPlainText("ملخص الورشة الأولى")
    workshop = editor.report.days[-1].sessions[-1].items[-1].workshops[0]
    assert workshop.summary == "ملخص الورشة الأولى"
    # an intervention's fields wait for an intervention
    assert not section.intervention_summary.isEnabled()
    section.interventions_table.add()
    assert section.intervention_summary.isEnabled()
    section.intervention_summary.setPlainText("مداخلة محفوظة")
    assert workshop.interventions[0].summary == "مداخلة محفوظة"


def test_a_block_without_workshops_says_to_add_one(blank):
    editor = blank.editor
    editor.show_section(SectionId.WORKSHOPS)
    section = editor.section(SectionId.WORKSHOPS)
    section.chooser.new_block.click()
    section.workshops_table.select_row(0)
    section.workshops_table.remove()
    assert not section.summary.isEnabled()
    assert "أضف ورشة" in section.no_workshop.text()


def test_a_date_typed_into_an_empty_date_field_is_kept(blank, qtbot):
    editor = blank.editor
    start = editor.section(SectionId.EVENT).ui.startDate
    assert start.value() is None and start.text() == "غير محدد"
    start.setFocus()
    qtbot.keyClicks(start, "12")
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    today = dt.date.today()
    assert editor.report.event.start_date == dt.date(today.year, today.month, 12)


def test_a_count_typed_over_unknown_is_kept(blank, qtbot):
    editor = blank.editor
    editor.show_section(SectionId.WORKSHOPS)
    section = editor.section(SectionId.WORKSHOPS)
    section.chooser.new_block.click()
    spin = section.participants
    assert spin.text() == "غير محدد"
    spin.setFocus()
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert editor.report.days[-1].sessions[-1].items[-1].workshops[0].participants_count == 25


def test_a_final_report_shows_it_is_read_only(window_factory, monkeypatch):
    window = window_factory()
    report = demo_report()
    report.status = ReportStatus.FINAL
    window.open_report(window.library.save(report))
    editor = window.editor
    assert editor.final_banner.isVisible()
    name = editor.section(SectionId.EVENT).ui.name
    assert name.isReadOnly()
    # drawn on the window's colour: a read-only field does not look like one waiting for input
    shown, locked = QLineEdit(editor), QLineEdit(editor)
    locked.setReadOnly(True)
    for edit in (shown, locked):
        edit.resize(120, 30)
        edit.show()
    pixel = lambda edit: edit.grab().toImage().pixelColor(60, 15)  # noqa: E731
    assert pixel(locked) != pixel(shown)
    assert pixel(locked) == editor.palette().color(editor.backgroundRole())
    for section_id in SectionId:
        if section_id is not SectionId.REVIEW:
            editor.show_section(section_id)
            assert editor.final_banner.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.reopen_button.click()
    assert window.library.load(editor.report.id).status is ReportStatus.DRAFT
    assert not editor.final_banner.isVisible()
    assert not name.isReadOnly()
