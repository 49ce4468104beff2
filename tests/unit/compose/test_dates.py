import datetime as dt

from openreport.compose.wording.ar_ma.dates import (
    MONTH_STYLES,
    babel_full_date,
    clock,
    date_range,
    day_heading,
    day_number,
    hijri_range,
    long_date,
    month_names,
    time_digits,
    time_span,
    time_words,
    weekday_names,
)

D = dt.date


def test_moroccan_month_names_from_cldr():
    assert long_date(D(2024, 11, 12)) == "12\u00a0نونبر\u00a02024"
    assert long_date(D(2024, 11, 12), weekday=True) == "الثلاثاء 12\u00a0نونبر\u00a02024"
    assert long_date(D(2024, 7, 5)) == "5\u00a0يوليوز\u00a02024"
    assert long_date(D(2024, 8, 5)) == "5\u00a0غشت\u00a02024"
    assert long_date(D(2024, 12, 5)) == "5\u00a0دجنبر\u00a02024"
    assert long_date(D(2024, 11, 12), "ar") == "12\u00a0نوفمبر\u00a02024"
    assert babel_full_date(D(2024, 11, 12)) == "الثلاثاء، 12 نونبر 2024"  # CLDR: plain spaces
    assert "\u200f" not in babel_full_date(D(2024, 11, 12))


def test_the_written_out_names_are_cldrs():
    from babel.dates import get_day_names, get_month_names

    for style in MONTH_STYLES:
        months = get_month_names("wide", context="format", locale=style)
        days = get_day_names("wide", context="format", locale=style)
        assert month_names(style) == dict(months)
        assert weekday_names(style) == dict(days)


def test_first_of_the_month_is_fatih():
    assert long_date(D(2024, 10, 1)) == "فاتح\u00a0أكتوبر\u00a02024"


def test_ranges_are_words_never_hyphens():
    assert date_range(D(2024, 11, 12), D(2024, 11, 12)) == "يوم الثلاثاء 12\u00a0نونبر\u00a02024"
    assert date_range(D(2024, 11, 12), None) == "يوم الثلاثاء 12\u00a0نونبر\u00a02024"
    assert date_range(D(2024, 11, 12), D(2024, 11, 13)) == "يومي 12\u00a0و13\u00a0نونبر\u00a02024"
    assert (
        date_range(D(2024, 11, 12), D(2024, 11, 14))
        == "أيام 12\u00a0و13\u00a0و14\u00a0نونبر\u00a02024"
    )
    assert date_range(D(2024, 11, 10), D(2024, 11, 15)) == "من 10 إلى 15\u00a0نونبر\u00a02024"
    assert (
        date_range(D(2024, 9, 30), D(2024, 10, 2)) == "من 30\u00a0شتنبر إلى 2\u00a0أكتوبر\u00a02024"
    )
    assert (
        date_range(D(2024, 12, 30), D(2025, 1, 2))
        == "من 30\u00a0دجنبر\u00a02024 إلى 2\u00a0يناير\u00a02025"
    )
    assert date_range(None, None) == ""
    for start, end in [(D(2024, 1, 1), D(2024, 1, 2)), (D(2024, 3, 30), D(2024, 4, 1))]:
        assert "-" not in date_range(start, end)


def test_day_headings():
    assert day_heading(1, D(2024, 11, 12)) == "اليوم الأول: الثلاثاء 12\u00a0نونبر\u00a02024"
    assert day_heading(2, D(2024, 11, 13)) == "اليوم الثاني: الأربعاء 13\u00a0نونبر\u00a02024"
    assert day_heading(3, None) == "اليوم الثالث"


def test_times():
    assert time_digits(dt.time(9, 30)) == "9.30 صباحا"
    assert time_digits(dt.time(13, 0)) == "1 زوالا"
    assert time_digits(dt.time(16, 5)) == "4.05 مساء"
    assert time_words(dt.time(16, 30)) == "الرابعة والنصف مساء"
    assert time_words(dt.time(9, 15)) == "التاسعة والربع صباحا"
    assert time_words(dt.time(16, 45)) == "الخامسة إلا ربعا مساء"
    assert time_words(dt.time(11, 0)) == "الحادية عشرة صباحا"
    assert time_words(dt.time(9, 10)) == "9.10 صباحا"


def test_weekdays_named_in_a_range():
    assert date_range(D(2024, 11, 12), D(2024, 11, 13), weekdays=True) == (
        "يومي الثلاثاء والأربعاء 12\u00a0و13\u00a0نونبر\u00a02024"
    )
    assert date_range(D(2024, 12, 5), None, weekdays=True) == "يوم الخميس 5\u00a0دجنبر\u00a02024"
    assert date_range(D(2024, 11, 12), D(2024, 11, 14), weekdays=True) == (
        "أيام الثلاثاء والأربعاء والخميس 12\u00a0و13\u00a0و14\u00a0نونبر\u00a02024"
    )
    assert date_range(D(2024, 9, 30), D(2024, 10, 2), weekdays=True) == (
        "من الاثنين 30\u00a0شتنبر إلى الأربعاء 2\u00a0أكتوبر\u00a02024"
    )
    assert date_range(D(2024, 11, 4), D(2024, 11, 8), weekdays=True) == (
        "من الاثنين 4 إلى الجمعة 8\u00a0نونبر\u00a02024"
    )
    assert date_range(D(2024, 12, 30), D(2025, 1, 2), weekdays=True) == (
        "من الاثنين 30\u00a0دجنبر\u00a02024 إلى الخميس 2\u00a0يناير\u00a02025"
    )


def test_hijri_dates_by_umm_al_qura_with_the_moroccan_shift():
    assert hijri_range(D(2024, 11, 12), None) == "10\u00a0جمادى\u00a0الأولى\u00a01446\u00a0هـ"
    assert (
        hijri_range(D(2024, 11, 12), D(2024, 11, 13))
        == "10\u00a0و11\u00a0جمادى\u00a0الأولى\u00a01446\u00a0هـ"
    )
    assert hijri_range(D(2024, 11, 12), None, -1) == "9\u00a0جمادى\u00a0الأولى\u00a01446\u00a0هـ"
    assert hijri_range(D(2024, 11, 12), None, 1) == "11\u00a0جمادى\u00a0الأولى\u00a01446\u00a0هـ"
    assert hijri_range(D(2024, 7, 7), None) == "فاتح\u00a0محرم\u00a01446\u00a0هـ"
    assert hijri_range(D(2025, 3, 1), None) == "فاتح\u00a0رمضان\u00a01446\u00a0هـ"
    assert (
        hijri_range(D(2024, 9, 30), D(2024, 10, 5))
        == "من 27\u00a0ربيع\u00a0الأول إلى 2\u00a0ربيع\u00a0الآخر\u00a01446\u00a0هـ"
    )
    assert (
        hijri_range(D(2024, 6, 30), D(2024, 7, 8))
        == "من 24\u00a0ذي\u00a0الحجة\u00a01445 إلى 2\u00a0محرم\u00a01446\u00a0هـ"
    )
    # Outside the library's table: no line, no crash.
    assert hijri_range(D(1900, 1, 1), None) == ""
    assert hijri_range(D(2024, 1, 1), D(2090, 1, 1)) == ""
    assert hijri_range(None, None) == ""
    assert hijri_range(D(2024, 6, 7), None) == "فاتح\u00a0ذي\u00a0الحجة\u00a01445\u00a0هـ"


def test_days_are_numbered_by_their_date():
    first = D(2024, 11, 12)
    assert day_number(D(2024, 11, 13), first, 1) == 2
    assert day_number(D(2024, 11, 12), first, 1) == 1
    assert day_number(None, first, 3) == 3
    assert day_number(D(2024, 11, 10), first, 1) == 1  # before the event: by position


def test_one_clock_style_for_every_time():
    assert clock(dt.time(9, 30)) == "9.30 صباحا"
    assert clock(dt.time(16, 30)) == "4.30 مساء"
    assert clock(dt.time(9, 10)) == "9.10 صباحا"
    assert time_span(dt.time(18, 0), None) == "على الساعة 6 مساء"
    assert time_span(dt.time(18, 0), dt.time(20, 30)) == ("من الساعة 6 مساء إلى الساعة 8.30 مساء")
    assert time_span(None, None) == ""
