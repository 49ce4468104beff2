"""Dates and times as the interface's reader reads them.

In Arabic, the window says a date as the reports do («12 نونبر 2024», the Moroccan months of
the profile's default). In French it uses the locale the interface set (``fr_MA``): «12 novembre
2024». The reports themselves stay Arabic whatever the window speaks.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from openreport.compose.wording.ar_ma.dates import date_range, day_heading, long_date, time_digits
from openreport.ui.labels import titled, tr
from openreport.ui.language import current_language


def arabic() -> bool:
    return current_language() == "ar"


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def shown_date(date: dt.date, *, weekday: bool = False) -> str:
    """«12 نونبر 2024», «12 novembre 2024»; with ``weekday``: «الثلاثاء 12 نونبر 2024»,
    «mardi 12 novembre 2024»."""
    if arabic():
        return long_date(date, weekday=weekday)
    return QLocale().toString(_qdate(date), "dddd d MMMM yyyy" if weekday else "d MMMM yyyy")


def shown_dates(start: dt.date | None, end: dt.date | None) -> str:
    """An event's dates: «من 30 شتنبر إلى 2 أكتوبر 2024», «12–14 novembre 2024»."""
    if start is None:
        return ""
    if arabic():
        return date_range(start, end)
    if end is None or end <= start:
        return shown_date(start)
    locale = QLocale()
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{shown_date(end)}"
    if start.year == end.year:
        return f"{locale.toString(_qdate(start), 'd MMMM')} – {shown_date(end)}"
    return f"{shown_date(start)} – {shown_date(end)}"


def shown_day(number: int, date: dt.date | None) -> str:
    """A day of the programme: «اليوم الأول: الثلاثاء 12 نونبر 2024», «Jour 1 : mardi 12
    novembre 2024»."""
    if arabic():
        return day_heading(number, date)
    heading = tr("اليوم {number}").format(number=number)
    if date is not None:
        heading = titled(heading, shown_date(date, weekday=True))
    return heading


def shown_time(time: dt.time) -> str:
    """A session's start: «9.30 صباحا» as the report says it, «09:30» in French."""
    return time_digits(time) if arabic() else f"{time:%H:%M}"
