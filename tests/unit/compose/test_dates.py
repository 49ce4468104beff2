import datetime as dt

from openreport.compose.wording.ar_ma.dates import (
    babel_full_date,
    date_range,
    day_heading,
    long_date,
    time_digits,
    time_words,
)

D = dt.date


def test_moroccan_month_names_from_cldr():
    assert long_date(D(2024, 11, 12)) == "12 نونبر 2024"
    assert long_date(D(2024, 11, 12), weekday=True) == "الثلاثاء 12 نونبر 2024"
    assert long_date(D(2024, 7, 5)) == "5 يوليوز 2024"
    assert long_date(D(2024, 8, 5)) == "5 غشت 2024"
    assert long_date(D(2024, 12, 5)) == "5 دجنبر 2024"
    assert long_date(D(2024, 11, 12), "ar") == "12 نوفمبر 2024"
    assert babel_full_date(D(2024, 11, 12)) == "الثلاثاء، 12 نونبر 2024"
    assert "\u200f" not in babel_full_date(D(2024, 11, 12))


def test_first_of_the_month_is_fatih():
    assert long_date(D(2024, 10, 1)) == "فاتح أكتوبر 2024"


def test_ranges_are_words_never_hyphens():
    assert date_range(D(2024, 11, 12), D(2024, 11, 12)) == "يوم الثلاثاء 12 نونبر 2024"
    assert date_range(D(2024, 11, 12), None) == "يوم الثلاثاء 12 نونبر 2024"
    assert date_range(D(2024, 11, 12), D(2024, 11, 13)) == "يومي 12 و13 نونبر 2024"
    assert date_range(D(2024, 11, 12), D(2024, 11, 14)) == "أيام 12 و13 و14 نونبر 2024"
    assert date_range(D(2024, 11, 10), D(2024, 11, 15)) == "من 10 إلى 15 نونبر 2024"
    assert date_range(D(2024, 9, 30), D(2024, 10, 2)) == "من 30 شتنبر إلى 2 أكتوبر 2024"
    assert date_range(D(2024, 12, 30), D(2025, 1, 2)) == "من 30 دجنبر 2024 إلى 2 يناير 2025"
    assert date_range(None, None) == ""
    for start, end in [(D(2024, 1, 1), D(2024, 1, 2)), (D(2024, 3, 30), D(2024, 4, 1))]:
        assert "-" not in date_range(start, end)


def test_day_headings():
    assert day_heading(1, D(2024, 11, 12)) == "اليوم الأول: الثلاثاء 12 نونبر 2024"
    assert day_heading(2, D(2024, 11, 13)) == "اليوم الثاني: الأربعاء 13 نونبر 2024"
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
