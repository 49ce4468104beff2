"""Dates and times as Moroccan reports write them: «الثلاثاء 12 نونبر 2024»، «9.30 صباحا».

Month names come from CLDR through babel, by the profile's month style (``ar_MA`` gives
يناير … نونبر دجنبر; ``ar`` gives the Mashriq names). Ranges are written in words, never with
a hyphen, which a right-to-left line can show reversed. A date never breaks inside: its day,
month and year, and the days of a range («12 و13 نونبر 2024»), are joined by no-break spaces
(U+00A0; search and extracted text read them as spaces).
"""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian

from openreport.compose.wording.ar_ma.grammar import ordinal
from openreport.model import Gender

MONTH_STYLES = {
    "ar_MA": "المغرب: يناير، فبراير … نونبر، دجنبر",
    "ar": "المشرق: يناير، فبراير … نوفمبر، ديسمبر",
}
DEFAULT_STYLE = "ar_MA"
NBSP = "\u00a0"  # between the parts of a date: a line never breaks inside one


def _locale(style: str) -> str:
    return style if style in MONTH_STYLES else DEFAULT_STYLE


# CLDR's wide month and weekday names (babel's get_month_names and get_day_names, "format"
# context), written out: loading babel's Arabic locale data takes a tenth of a second, which the
# window's start cannot afford for the library list's dates. tests/unit/compose/test_dates.py
# compares them with babel's on every run, so a new CLDR is noticed.
CLDR_MONTHS = {
    "ar_MA": tuple("يناير فبراير مارس أبريل ماي يونيو يوليوز غشت شتنبر أكتوبر نونبر دجنبر".split()),
    "ar": tuple(
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
    ),
}
CLDR_WEEKDAYS = {  # Monday first, as date.weekday() counts
    style: tuple("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split())
    for style in MONTH_STYLES
}


def month_names(style: str = DEFAULT_STYLE) -> dict[int, str]:
    return dict(enumerate(CLDR_MONTHS[_locale(style)], start=1))


def weekday_names(style: str = DEFAULT_STYLE) -> dict[int, str]:
    return dict(enumerate(CLDR_WEEKDAYS[_locale(style)]))


def _strip_marks(text: str) -> str:
    # CLDR puts right-to-left marks into some Arabic patterns; the text is Arabic already.
    return text.replace("\u200f", "").replace("\u200e", "").replace("\u061c", "")


def day_month(date: dt.date, style: str = DEFAULT_STYLE) -> str:
    """«12 نونبر»; the first of the month is «فاتح» as Moroccan reports write it."""
    day = "فاتح" if date.day == 1 else str(date.day)
    return f"{day}{NBSP}{month_names(style)[date.month]}"


def long_date(date: dt.date, style: str = DEFAULT_STYLE, *, weekday: bool = False) -> str:
    """«12 نونبر 2024», or «الثلاثاء 12 نونبر 2024» with the weekday."""
    text = f"{day_month(date, style)}{NBSP}{date.year}"
    if weekday:
        text = f"{weekday_names(style)[date.weekday()]} {text}"
    return text


def babel_full_date(date: dt.date, style: str = DEFAULT_STYLE) -> str:
    """CLDR's own pattern, for comparison in the tests: «الثلاثاء، 12 نونبر 2024»."""
    from babel.dates import format_date  # babel's locale data is loaded only when asked

    return _strip_marks(format_date(date, "full", locale=_locale(style)))


def _day_number(day: int) -> str:
    return "فاتح" if day == 1 else str(day)


def date_range(
    start: dt.date | None,
    end: dt.date | None,
    style: str = DEFAULT_STYLE,
    *,
    weekdays: bool = False,
) -> str:
    """«يوم الثلاثاء 12 نونبر 2024»، «يومي 12 و13 نونبر 2024»، «أيام 12 و13 و14 نونبر 2024»،
    «من 30 شتنبر إلى 2 أكتوبر 2024»، «من 30 دجنبر 2024 إلى 2 يناير 2025»; with ``weekdays``
    the days of the week are named: «يومي الثلاثاء والأربعاء 12 و13 نونبر 2024»،
    «من الاثنين 30 شتنبر إلى الأربعاء 2 أكتوبر 2024»."""
    if start is None:
        return ""
    if end is None or end == start:
        return f"يوم {long_date(start, style, weekday=True)}"
    if end < start:
        start, end = end, start
    days = (end - start).days + 1
    months, names = month_names(style), weekday_names(style)
    if start.year == end.year and start.month == end.month and days <= 3:
        numbers = [_day_number(start.day + i) for i in range(days)]
        word = "يومي" if days == 2 else "أيام"
        if weekdays:
            dates = [start + dt.timedelta(days=i) for i in range(days)]
            word += " " + " و".join(names[d.weekday()] for d in dates)
        numbers_text = f"{NBSP}و".join(numbers)
        return f"{word} {numbers_text}{NBSP}{months[start.month]}{NBSP}{start.year}"
    first = f"{names[start.weekday()]} " if weekdays else ""
    last = f"{names[end.weekday()]} " if weekdays else ""
    if start.year == end.year:
        if start.month == end.month:
            month = f"{NBSP}{months[end.month]}{NBSP}{end.year}"
            return f"من {first}{start.day} إلى {last}{end.day}{month}"
        end_day = f"{day_month(end, style)}{NBSP}{end.year}"
        return f"من {first}{day_month(start, style)} إلى {last}{end_day}"
    return f"من {first}{long_date(start, style)} إلى {last}{long_date(end, style)}"


def day_number(date: dt.date | None, first: dt.date | None, position: int) -> int:
    """A programme day's number: counted from the event's first day by its date (the second
    date is «اليوم الثاني» even when the first has no entries), else by its ``position``."""
    if date is not None and first is not None and date >= first:
        return (date - first).days + 1
    return position


def day_heading(number: int, date: dt.date | None, style: str = DEFAULT_STYLE) -> str:
    """«اليوم الأول: الثلاثاء 12 نونبر 2024»."""
    heading = f"اليوم {ordinal(number, Gender.MALE)}"
    if date is not None:
        heading += f": {long_date(date, style, weekday=True)}"
    return heading


def part_of_day(time: dt.time) -> str:
    """صباحا before noon, زوالا around noon, مساء in the afternoon and evening."""
    if time.hour < 12:
        return "صباحا"
    if time.hour < 15:
        return "زوالا"
    return "مساء"


def _twelve(hour: int) -> int:
    return hour % 12 or 12


def time_digits(time: dt.time) -> str:
    """«9.30 صباحا»، «15.00 مساء» → «3 مساء»: Western digits, a dot between hours and minutes."""
    hour = _twelve(time.hour)
    clock = f"{hour}.{time.minute:02d}" if time.minute else f"{hour}"
    return f"{clock} {part_of_day(time)}"


_HOURS = [
    "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
    "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة",
]  # fmt: skip


def time_words(time: dt.time) -> str:
    """«الرابعة والنصف مساء»، «التاسعة والربع صباحا»، «الخامسة إلا ربعا مساء».

    Minutes other than quarters and thirds are written in digits: «9.10 صباحا».
    """
    hour, minute = time.hour, time.minute
    fractions = {0: "", 15: " والربع", 20: " والثلث", 30: " والنصف"}
    if minute in fractions:
        return f"{_HOURS[_twelve(hour) - 1]}{fractions[minute]} {part_of_day(time)}"
    before = {45: " إلا ربعا", 40: " إلا ثلثا"}
    if minute in before:
        following = dt.time((hour + 1) % 24)
        return f"{_HOURS[_twelve(following.hour) - 1]}{before[minute]} {part_of_day(time)}"
    return time_digits(time)


def clock(time: dt.time) -> str:
    """Every time of a report, in the one style of the original reports' opening sentence:
    «9.30 صباحا»، «4.30 مساء» (words would fall back to digits for 9.10 and mix two styles)."""
    return time_digits(time)


def time_span(start: dt.time | None, end: dt.time | None) -> str:
    """«على الساعة 6 مساء»، «من الساعة 6 مساء إلى الساعة 8.30 مساء», or nothing."""
    if start and end and end != start:
        return f"من الساعة {clock(start)} إلى الساعة {clock(end)}"
    if start or end:
        return f"على الساعة {clock(start or end)}"
    return ""


HIJRI_MONTHS = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
]  # fmt: skip


def _hijri_month(month: int) -> str:
    """The month after a day number, in the genitive: «فاتح ذي الحجة»، «10 ذي القعدة»; its
    words joined by no-break spaces."""
    return HIJRI_MONTHS[month - 1].replace("ذو ", "ذي ").replace(" ", NBSP)


def _hijri(date: dt.date, adjust: int) -> tuple[int, int, int] | None:
    """(year, month, day) by Umm al-Qura, ``adjust`` days later or earlier (Morocco follows
    the sighting of the moon); None outside the calendar's table (1924–2077)."""
    try:
        hijri = Gregorian.fromdate(date + dt.timedelta(days=adjust)).to_hijri()
    except (OverflowError, ValueError):
        return None
    return hijri.year, hijri.month, hijri.day


def hijri_range(start: dt.date | None, end: dt.date | None, adjust: int = 0) -> str:
    """«10 جمادى الأولى 1446 هـ»، «10 و11 جمادى الأولى 1446 هـ»، «من 26 ربيع الأول إلى 28
    ربيع الأول 1446 هـ»; nothing without a date or outside the calendar's range."""
    if start is None:
        return ""
    end = start if end is None or end < start else end
    first, last = _hijri(start, adjust), _hijri(end, adjust)
    if first is None or last is None:
        return ""
    (y1, m1, d1), (y2, m2, d2) = first, last
    year = f"{NBSP}{y2}{NBSP}هـ"
    if first == last:
        return f"{_day_number(d1)}{NBSP}{_hijri_month(m1)}{year}"
    if (y1, m1) == (y2, m2) and (end - start).days < 3:
        numbers = f"{NBSP}و".join(_day_number(d1 + i) for i in range(d2 - d1 + 1))
        return f"{numbers}{NBSP}{_hijri_month(m1)}{year}"
    since = f"{_day_number(d1)}{NBSP}{_hijri_month(m1)}" + ("" if y1 == y2 else f"{NBSP}{y1}")
    return f"من {since} إلى {_day_number(d2)}{NBSP}{_hijri_month(m2)}{year}"
