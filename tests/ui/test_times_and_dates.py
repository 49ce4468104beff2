"""Times typed as HH:MM, left to right in the right-to-left form; dates whose calendar opens
where the user will look and stays on the screen; a new report signed today."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from openreport.demo import demo_profile
from openreport.ui.datetime_fields import NO_DATE, OptionalDateEdit, parse_time
from openreport.ui.editor.base import SectionId

LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def first_session(window):
    """The programme's first session, shown in its form."""
    window.editor.show_section(SectionId.PROGRAMME)
    programme = window.editor.section(SectionId.PROGRAMME)
    programme.rebuild(select=(0, 0))
    return programme, window.editor.report.days[0].sessions[0]


def type_into(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)


def stored(window):
    window.autosaver.wait()
    return window.library.load(window.editor.report.id)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("09:30", dt.time(9, 30)),
        ("0931", dt.time(9, 31)),
        ("931", dt.time(9, 31)),
        ("9.05", dt.time(9, 5)),
        ("9h05", dt.time(9, 5)),
        ("17", dt.time(17, 0)),
        ("٠٩:٣٠", dt.time(9, 30)),
        ("", None),
        ("25:00", False),
        ("9:75", False),
        ("ab", False),
    ],
)
def test_what_a_clerk_types_reads_as_a_time(typed, value):
    assert parse_time(typed) == value


def test_the_demo_session_reads_09_30_left_to_right(demo_window):
    programme, session = first_session(demo_window)
    assert session.start_time == dt.time(9, 30)
    field = programme.session_start
    assert field.text() == "09:30"
    assert field.layoutDirection() == LTR and programme.layoutDirection() == RTL
    assert field.isVisible()


def test_typed_time_is_stored_as_typed_and_shown_as_hh_mm(demo_window, qtbot):
    programme, session = first_session(demo_window)
    field = programme.session_start
    type_into(field, "0931")
    assert session.start_time == dt.time(9, 31)
    type_into(field, "931")
    programme.session_venue.setFocus()  # leaving the field shows the time whole
    qtbot.waitUntil(lambda: field.text() == "09:31")
    assert stored(demo_window).days[0].sessions[0].start_time == dt.time(9, 31)


def test_letters_are_not_typed_and_a_wrong_time_is_not_stored(demo_window, qtbot):
    programme, session = first_session(demo_window)
    field = programme.session_end
    type_into(field, "1630")
    programme.session_venue.setFocus()
    type_into(field, "x")
    assert field.text() == "16:30"  # shown whole on leaving; the letter was refused
    type_into(field, "25")  # «2» is a time on the way to «25», which is none
    programme.session_venue.setFocus()
    qtbot.waitUntil(lambda: field.text() == "16:30")
    assert session.end_time == dt.time(16, 30)
    assert stored(demo_window).days[0].sessions[0].end_time == dt.time(16, 30)


def test_a_time_is_emptied_with_its_clear_button(demo_window, qtbot):
    programme, session = first_session(demo_window)
    field = programme.session_start
    (clear,) = [b for b in field.findChildren(QToolButton) if b.isVisible()]
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert field.text() == "" and session.start_time is None
    assert stored(demo_window).days[0].sessions[0].start_time is None


def test_event_times_are_typed_too(demo_window):
    demo_window.editor.show_section(SectionId.EVENT)
    more = demo_window.editor.section(SectionId.EVENT).more
    type_into(more.start_time, "1730")
    assert demo_window.editor.report.event.start_time == dt.time(17, 30)
    assert more.start_time.layoutDirection() == LTR


# -- dates -----------------------------------------------------------------------------------


# the offscreen platform the tests run on cannot raise a popup or grab the keyboard for it
popup_on_offscreen = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)


def open_calendar(edit: OptionalDateEdit, qtbot):
    """Click the date's arrow (on the left in a right-to-left form); the calendar shown."""
    side = 6 if edit.layoutDirection() == RTL else edit.width() - 6
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(side, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def close_calendar(calendar) -> None:
    calendar.window().hide()


@pytest.fixture
def date_edit(app, qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit


@popup_on_offscreen
def test_an_empty_dates_calendar_opens_on_this_month(date_edit, qtbot):
    calendar = open_calendar(date_edit, qtbot)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert calendar.selectedDate() == today
    assert date_edit.date() == NO_DATE and date_edit.value() is None  # nothing chosen yet
    close_calendar(calendar)


@popup_on_offscreen
def test_the_end_date_starts_from_the_start_date(demo_window, qtbot):
    demo_window.editor.show_section(SectionId.EVENT)
    ui = demo_window.editor.section(SectionId.EVENT).ui
    ui.startDate.set_value(dt.date(2024, 11, 12))
    ui.endDate.set_value(None)
    calendar = open_calendar(ui.endDate, qtbot)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 11)
    assert calendar.selectedDate() == QDate(2024, 11, 12)
    close_calendar(calendar)
    assert demo_window.editor.report.event.end_date is None
    ui.endDate.setFocus()
    QTest.keyClick(ui.endDate, Qt.Key.Key_1)  # typed: the day of the start date's month
    assert demo_window.editor.report.event.end_date == dt.date(2024, 11, 1)


@popup_on_offscreen
def test_the_calendar_stays_on_the_screen(date_edit, qtbot):
    area = date_edit.screen().availableGeometry()
    date_edit.move(area.right() - date_edit.width() - 2, area.bottom() - date_edit.height() - 2)
    calendar = open_calendar(date_edit, qtbot)
    popup = calendar.window()
    assert area.contains(popup.frameGeometry()), (popup.frameGeometry(), area)
    assert popup.width() < 400  # the days by their letters: not 784 pixels of day names
    close_calendar(calendar)


def test_a_new_report_is_signed_today(window_factory):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    window.new_report()
    closing = window.editor.section(SectionId.CLOSING)
    today = dt.date.today()
    assert window.editor.report.closing.signature.date == today
    assert closing.date.value() == today
    assert stored(window).closing.signature.date == today
