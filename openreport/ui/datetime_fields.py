"""Dates and times in the forms: a date with a calendar that opens where the user will look,
and a time typed as HH:MM that reads left to right inside the right-to-left form."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication, QValidator
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QLineEdit, QTableView, QWidget

from openreport.ui.dates import arabic
from openreport.ui.labels import tr

MOROCCO = QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco)
NO_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "d MMMM yyyy"

# Arabic-Indic and Persian digits typed on an Arabic keyboard read as the digits they are
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
# 09:30, 9.30, 9h30, 0930, 930, 9 (what a clerk types for a time), and what leads to them
TIME_SHAPE = re.compile(r"(\d{0,2})(?:[:.hH٫](\d{0,2}))?|(\d{3,4})")


def parse_time(text: str) -> dt.time | bool | None:
    """The time ``text`` says; None for an empty text; False when it is no time (yet)."""
    text = text.strip().translate(DIGITS)
    if not text:
        return None
    shape = TIME_SHAPE.fullmatch(text)
    if shape is None:
        return False
    hours, minutes, run = shape.groups()
    if run is not None:  # 930 → 9:30, 0930 → 09:30
        hours, minutes = run[:-2], run[-2:]
    if not hours:
        return False
    hour, minute = int(hours), int(minutes or 0)
    if hour > 23 or minute > 59:
        return False
    return dt.time(hour, minute)


def time_text(value: dt.time | None) -> str:
    return f"{value.hour:02d}:{value.minute:02d}" if value is not None else ""


class TimeValidator(QValidator):
    """Lets through what is, or may become, a time; nothing else is typed."""

    def validate(self, text: str, position: int):
        if parse_time(text) is not False:
            return QValidator.State.Acceptable, text, position
        if TIME_SHAPE.fullmatch(text.strip().translate(DIGITS)):
            return QValidator.State.Intermediate, text, position
        return QValidator.State.Invalid, text, position


class OptionalTimeEdit(QLineEdit):
    """A time of day typed as 09:30 (or 0930, 930, 9.30, 9h30), shown as 09:30; empty means
    «no time» (times are optional), emptied with the clear button.

    A time reads left to right in Arabic too: the field keeps that direction inside the
    right-to-left form (a QTimeEdit there showed «30:09» and mixed up its sections)."""

    value_changed = Signal(object)  # the time typed, or None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setValidator(TimeValidator(self))
        self.setClearButtonEnabled(True)
        self.setPlaceholderText("--:--")
        self.setToolTip(tr("الساعة بالأرقام، مثل 09:30 أو 0930. اتركه فارغا إذا لم يحدد التوقيت."))
        width = self.fontMetrics().horizontalAdvance("00:00") * 2 + 40  # the clear button
        self.setMaximumWidth(width)
        self._value: dt.time | None = None
        self._entered: dt.time | None = None  # the value when the focus came in
        self._showing = False
        self.textChanged.connect(self._typed)

    def value(self) -> dt.time | None:
        return self._value

    def set_value(self, value: dt.time | None) -> None:
        self._value = dt.time(value.hour, value.minute) if value is not None else None
        self._showing = True
        try:
            self.setText(time_text(self._value))
        finally:
            self._showing = False

    def _typed(self, text: str) -> None:
        """What the user typed (or undid, or cleared) becomes the value once it is a time."""
        if self._showing:
            return
        parsed = parse_time(text)
        if parsed is not False and parsed != self._value:
            self._value = parsed
            self.value_changed.emit(parsed)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._entered = self._value

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if parse_time(self.text()) is False and self._value != self._entered:
            # left on a text that is no time (25:00): what the field held before stays, not
            # the time met on the way («2»)
            self._value = self._entered
            self.value_changed.emit(self._value)
        self.tidy()

    def tidy(self) -> None:
        """Show the value as 09:30 (930 typed), or again (a text that is no time is dropped).
        Replaced as an edit, so that Ctrl+Z still takes the field back."""
        shown = time_text(self._value)
        if self.text() != shown:
            self._showing = True
            try:
                self.selectAll()
                self.insert(shown)
            finally:
                self._showing = False


class OptionalDateEdit(QDateEdit):
    """A date with a calendar, in the interface's language (the Moroccan month names in
    Arabic, as the reports write them); the first value means «no date».

    An empty date's calendar opens on ``start_from()`` (the start date, for an end date) or
    today, and the calendar stays on the screen."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.start_from: Callable[[], dt.date | None] | None = None
        self.setLocale(MOROCCO if arabic() else QLocale())  # QLocale(): the interface's
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(tr("غير محدد"))
        self.setDate(NO_DATE)
        self._popup: QWidget | None = None

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            # Qt orders a date's sections for the direction the field had when its format
            # was set (and displayFormat() then gives them reversed): a field built in a
            # right-to-left form, then turned left to right for the French interface, read
            # «2024 novembre 12» until the format is set again
            self.setDisplayFormat(DATE_FORMAT)

    def value(self) -> dt.date | None:
        return None if self.date() == NO_DATE else self.date().toPython()

    def set_value(self, value) -> None:
        self.setDate(QDate(value) if value else NO_DATE)

    def first_date(self) -> QDate:
        """Where an empty date starts: the date it follows, or today."""
        start = self.start_from() if self.start_from is not None else None
        return QDate(start) if start else QDate.currentDate()

    def mousePressEvent(self, event) -> None:
        self.watch_popup()
        super().mousePressEvent(event)

    def watch_popup(self) -> None:
        """Watch the calendar's window (made by Qt on first use) to place and fill it."""
        if self._popup is None and self.calendarPopup():
            calendar = self.calendarWidget()
            # the days by their letters (ن ث ر خ ج س ح), in columns as wide as they need: the
            # days' names in full, in columns of the style's least header width (112 px), made
            # the calendar 784 pixels wide, most of a small screen
            calendar.setHorizontalHeaderFormat(
                QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
            )
            days = calendar.findChild(QTableView)
            if days is not None:
                days.horizontalHeader().setMinimumSectionSize(0)
            self._popup = calendar.parentWidget()
            self._popup.installEventFilter(CalendarPlacer(self))

    def keyPressEvent(self, event) -> None:
        # Typed into «غير محدد», a digit was appended to that text and thrown away: the field
        # first becomes the date it starts from, its day selected, so that what is typed
        # replaces the day (then the month and year, moved to with the arrows or a space).
        if self.date() == NO_DATE and event.text().isdigit():
            self.setDate(self.first_date())
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)


class CalendarPlacer(QObject):
    """When a date's calendar opens: an empty date shows the month it starts from (Qt showed
    January 1900) with that day chosen but not yet taken; the calendar is moved inside the
    screen (Qt places it by its size hint, and a right-to-left one ran off the edge)."""

    def __init__(self, edit: OptionalDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, popup, event) -> bool:
        if event.type() == QEvent.Type.Show:
            if self.edit.date() == NO_DATE:
                calendar = self.edit.calendarWidget()
                first = self.edit.first_date()
                calendar.blockSignals(True)  # choosing the day is the user's: nothing is set
                calendar.setSelectedDate(first)
                calendar.setCurrentPage(first.year(), first.month())
                calendar.blockSignals(False)
            popup.move(inside_screen(popup.frameGeometry(), self.edit).topLeft())
        return False


def inside_screen(rect: QRect, near: QWidget) -> QRect:
    """``rect`` moved (not resized) inside the available screen of ``near``."""
    screen = near.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    moved = QRect(rect)
    moved.moveLeft(min(max(rect.left(), area.left()), area.right() - rect.width() + 1))
    moved.moveTop(min(max(rect.top(), area.top()), area.bottom() - rect.height() + 1))
    return moved
