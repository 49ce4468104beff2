"""The editor follows the report's kind: its sections in order, the fields it prints, its checks."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from openreport.compose import kinds
from openreport.compose.context import Kind
from openreport.compose.kinds import GATHERING
from openreport.demo import demo_profile, demo_report
from openreport.model import EventKind, ItemKind, ReportStatus
from openreport.ui.editor.base import SectionId
from openreport.validation import Problem, Severity

MEETING_SECTIONS = ("event", "agenda", "delegation", "closing", "review")
HIDDEN = frozenset(
    {
        "event.trainers",
        "event.start_time",
        "event.end_time",
        "event.hijri",
        "event.country",
        "days.sessions.title",
        "attendance",
        "closing.next_steps.status",
    }
)


def a_kind(**changes) -> Kind:
    return dataclasses.replace(GATHERING, **changes)


@pytest.fixture
def meeting_kind(monkeypatch):
    kind = a_kind(sections=MEETING_SECTIONS, hidden=frozenset({"event.trainers"}))
    monkeypatch.setitem(kinds.REGISTRY, EventKind.MEETING, kind)
    return kind


@pytest.fixture
def opened(window_factory):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    report = demo_report()
    report.status = ReportStatus.DRAFT
    window.open_report(window.library.save(report))
    return window


def listed(editor) -> list[SectionId]:
    return [
        editor.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(editor.list.count())
    ]


def test_changing_the_kind_shows_its_sections_live_and_keeps_what_was_typed(meeting_kind, opened):
    editor = opened.editor
    assert listed(editor) == [SectionId(value) for value in GATHERING.sections]
    assert SectionId.AGENDA not in listed(editor)
    event = editor.section(SectionId.EVENT)
    event.ui.name.setText("اجتماع المكتب المسير")
    days = list(editor.report.days)
    event.ui.kind.set_value(EventKind.MEETING)
    assert editor.report.event.kind is EventKind.MEETING
    assert listed(editor) == [SectionId(value) for value in MEETING_SECTIONS]
    assert editor.list.item(1).text() == "2. جدول الأعمال"
    assert editor.current_id() is SectionId.EVENT  # the section being typed in stays
    assert event.ui.name.text() == editor.report.event.name == "اجتماع المكتب المسير"
    assert editor.report.days == days  # the hidden programme keeps its data
    editor.step(1)
    assert editor.current_id() is SectionId.AGENDA
    editor.step(1)
    assert editor.current_id() is SectionId.DELEGATION
    editor.show_section(SectionId.EVENT)
    event.ui.kind.set_value(EventKind.FORUM)
    assert SectionId.PROGRAMME in listed(editor) and SectionId.AGENDA not in listed(editor)
    assert editor.report.days == days
    assert opened.autosaver.wait()
    assert opened.library.load(editor.report.id).days == days


def test_a_report_opens_on_its_kinds_sections(meeting_kind, window_factory):
    window = window_factory()
    report = demo_report()
    report.status = ReportStatus.DRAFT
    report.event.kind = EventKind.MEETING
    window.open_report(window.library.save(report), SectionId.PROGRAMME)
    editor = window.editor
    assert listed(editor) == [SectionId(value) for value in MEETING_SECTIONS]
    assert editor.current_id() is SectionId.EVENT  # the kind has no programme section


def test_the_agenda_points_are_added_typed_moved_and_removed(meeting_kind, opened):
    editor = opened.editor
    editor.section(SectionId.EVENT).ui.kind.set_value(EventKind.MEETING)
    editor.show_section(SectionId.AGENDA)
    agenda = editor.section(SectionId.AGENDA)
    assert not agenda.text.isEnabled()  # no point chosen yet
    for title, text in (("المصادقة على المحضر", "صودق بالإجماع."), ("الميزانية", "نوقشت")):
        agenda.table.add_button.click()
        row = agenda.points.rowCount() - 1
        agenda.points.setData(agenda.points.index(row, 0), title)
        agenda.table.select_row(row)
        assert agenda.text.isEnabled()
        agenda.text.setPlainText(text + "\nسطر ثان")
    points = editor.report.agenda
    assert [(p.title, p.text) for p in points] == [
        ("المصادقة على المحضر", "صودق بالإجماع.\nسطر ثان"),
        ("الميزانية", "نوقشت\nسطر ثان"),
    ]
    agenda.table.select_row(1)
    agenda.table.up_button.click()
    assert [p.title for p in editor.report.agenda] == ["الميزانية", "المصادقة على المحضر"]
    assert agenda.text.toPlainText() == "نوقشت\nسطر ثان"  # the chosen point's text follows it
    agenda.table.remove_button.click()
    assert [p.title for p in editor.report.agenda] == ["المصادقة على المحضر"]
    assert opened.autosaver.wait()
    saved = opened.library.load(editor.report.id).agenda
    assert [(p.title, p.text) for p in saved] == [
        ("المصادقة على المحضر", "صودق بالإجماع.\nسطر ثان")
    ]


def test_the_fields_a_kind_does_not_print_are_not_shown(monkeypatch, opened):
    kind = a_kind(hidden=HIDDEN)
    monkeypatch.setitem(kinds.REGISTRY, EventKind.MEETING, kind)
    monkeypatch.setitem(kinds.REGISTRY, EventKind.FORUM, a_kind(hidden=frozenset()))
    editor = opened.editor
    event = editor.section(SectionId.EVENT)
    more = event.more
    event.ui.kind.set_value(EventKind.MEETING)

    def shown(widget, section) -> bool:
        return widget.isVisibleTo(section)

    for widget in (
        more.trainers_table,
        more.start_time,
        more.end_time,
        more.times_label,
        more.to_label,
        more.hijri,
        event.ui.country,
        event.ui.countryLabel,
    ):
        assert not shown(widget, event), widget
    for widget in (
        more.expected_table,
        more.target_audience,
        more.hijri_adjust,
        more.hijri_label,  # the adjustment is still offered on the Hijri row
        more.month_style,
        event.ui.city,
        event.ui.cityLabel,
        event.ui.name,
        event.ui.nameLabel,
        more.rural,
        more.weekdays,
    ):
        assert shown(widget, event), widget
    programme = editor.section(SectionId.PROGRAMME)
    programme.rebuild(select=(0, 0))  # a session's form
    assert not shown(programme.session_title, programme)
    assert shown(programme.session_venue, programme)
    delegation = editor.section(SectionId.DELEGATION)
    assert not shown(delegation.attendance_table, delegation)
    assert shown(delegation.members_table, delegation)
    closing = editor.section(SectionId.CLOSING)
    headers = [column.header for column in closing.next_steps.columns]
    view = closing.next_steps_table.view
    assert view.isColumnHidden(headers.index("الحالة"))
    assert not view.isColumnHidden(headers.index("الأجل"))
    # back to a kind that prints them all: every field is offered again
    event.ui.kind.set_value(EventKind.FORUM)
    assert shown(more.trainers_table, event) and shown(more.times_label, event)
    assert shown(programme.session_title, programme)
    assert not view.isColumnHidden(headers.index("الحالة"))


def test_a_visits_place_and_host_are_offered_for_a_visit_only(opened):
    editor = opened.editor
    editor.show_section(SectionId.PROGRAMME)
    programme = editor.section(SectionId.PROGRAMME)
    programme.rebuild(select=(0, 0, 0))
    programme.item_kind.set_value(ItemKind.SPEECH)
    assert not programme.item_place.isVisibleTo(programme)
    programme.item_kind.set_value(ItemKind.VISIT)
    assert programme.item_place.isVisibleTo(programme)
    assert programme.item_host.isVisibleTo(programme)


def test_the_review_shows_what_the_kind_still_misses(monkeypatch, opened):
    fields = {f.name: getattr(GATHERING, f.name) for f in dataclasses.fields(GATHERING)}
    missing = Problem("agenda", "لم تدون نقط جدول الأعمال", Severity.ERROR)
    fields["checks"] = lambda report: [] if report.agenda else [missing]
    kind = Kind(**fields)
    monkeypatch.setitem(kinds.REGISTRY, EventKind.MEETING, kind)
    editor = opened.editor
    editor.section(SectionId.EVENT).ui.kind.set_value(EventKind.MEETING)
    editor.show_section(SectionId.REVIEW)
    review = editor.review
    texts = [review.problems.item(row).text() for row in range(review.problems.count())]
    assert "⛔ لم تدون نقط جدول الأعمال" in texts
    row = texts.index("⛔ لم تدون نقط جدول الأعمال")
    assert review.problems.item(row).data(Qt.ItemDataRole.UserRole) == "agenda"
    # a kind without checks shows the general problems only
    editor.show_section(SectionId.EVENT)
    editor.section(SectionId.EVENT).ui.kind.set_value(EventKind.FORUM)
    editor.show_section(SectionId.REVIEW)
    texts = [review.problems.item(row).text() for row in range(review.problems.count())]
    assert "⛔ لم تدون نقط جدول الأعمال" not in texts


def test_every_bound_field_has_its_model_path(opened):
    """A field without a path could not be hidden by a kind that does not print it."""
    from openreport.ui.binder import Binder

    unnamed = [
        f"{section_id.value}: {widget.objectName() or type(widget).__name__}"
        for section_id, section in opened.editor.sections.items()
        for binder in section.findChildren(Binder)
        for widget in binder.widgets
        if widget not in binder.placed
    ]
    assert unnamed == []
