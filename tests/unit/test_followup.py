"""A recommendation's follow-up: its history is only appended to, merges keep every change, and
the JSON form carries it (an old file has none; a hostile one is refused in Arabic)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openreport import serialization
from openreport.followup import (
    RecommendationStatus,
    StatusChange,
    is_overdue,
    merge_histories,
    merge_statuses,
    record_change,
)
from openreport.model import Recommendation, Report

statuses = st.sampled_from(list(RecommendationStatus))
changes = st.builds(
    StatusChange,
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
    statuses,
    st.sampled_from(["", "أرسلت المراسلة", "تأجيل"]),
)
histories = st.lists(changes, max_size=8).map(lambda h: sorted(h, key=lambda c: c.date))


@given(histories, histories)
def test_merge_keeps_every_change_once_by_date(a, b):
    merged = merge_histories(a, b)
    keys = [(c.date, c.status, c.note) for c in merged]
    assert set(keys) == {(c.date, c.status, c.note) for c in a + b}
    assert len(keys) == len(set(keys))
    assert [c.date for c in merged] == sorted(c.date for c in merged)
    assert merge_histories(merged, a) == merged  # merging again changes nothing
    assert sorted(map(repr, merge_histories(b, a))) == sorted(map(repr, merged))


def test_merge_keeps_a_days_order_and_changes_neither_list():
    day = dt.date(2025, 3, 1)
    a = [StatusChange(day, RecommendationStatus.ADOPTED)]
    b = [StatusChange(day, RecommendationStatus.IN_PROGRESS, "بدأ"), a[0]]
    assert merge_histories(a, b) == [a[0], b[0]]
    assert len(a) == 1 and len(b) == 2


@given(st.lists(st.tuples(statuses, st.text(max_size=10)), max_size=10))
def test_each_change_is_appended_and_none_is_rewritten(steps):
    recommendation = Recommendation("توصية")
    day = dt.date(2025, 1, 1)
    for number, (status, note) in enumerate(steps):
        before = list(recommendation.history)
        change = record_change(recommendation, status, note, day + dt.timedelta(number))
        assert recommendation.history[:-1] == before
        assert recommendation.history[-1] == change
        assert recommendation.status is status and change.note == note.strip()
    assert len(recommendation.history) == len(steps)


def test_a_change_is_dated_today_by_default():
    recommendation = Recommendation("توصية")
    record_change(recommendation, RecommendationStatus.DONE)
    assert recommendation.history[0].date == dt.date.today()


def test_overdue_means_past_its_deadline_and_not_closed():
    today = dt.date(2025, 6, 1)
    past, future = dt.date(2025, 5, 31), dt.date(2025, 6, 1)
    assert is_overdue(past, RecommendationStatus.IN_PROGRESS, today)
    assert not is_overdue(future, RecommendationStatus.PROPOSED, today)
    assert not is_overdue(None, RecommendationStatus.PROPOSED, today)
    assert not is_overdue(past, RecommendationStatus.DONE, today)
    assert not is_overdue(past, RecommendationStatus.DROPPED, today)


def two_copies() -> tuple[Report, Report]:
    known, incoming = Report(), Report()
    first = Recommendation("تفعيل مكاتب التواصل")
    known.closing.next_steps.append(first)
    record_change(first, RecommendationStatus.ADOPTED, "", dt.date(2025, 1, 10))
    copy = serialization.report_from_data(serialization.report_to_data(known))
    incoming.closing.next_steps = copy.closing.next_steps
    return incoming, known


def test_a_newer_status_from_elsewhere_keeps_both_histories():
    incoming, known = two_copies()
    record_change(
        incoming.closing.next_steps[0], RecommendationStatus.DONE, "", dt.date(2025, 3, 1)
    )
    record_change(
        known.closing.next_steps[0], RecommendationStatus.IN_PROGRESS, "", dt.date(2025, 2, 1)
    )
    assert merge_statuses(incoming, known) == 1
    [merged] = incoming.closing.next_steps
    assert [c.status for c in merged.history] == ["adopted", "in_progress", "done"]
    assert merged.status is RecommendationStatus.DONE  # the latest change wins
    assert len(known.closing.next_steps[0].history) == 2  # the library's copy is not changed


def test_the_librarys_later_change_wins_over_an_older_file():
    incoming, known = two_copies()
    record_change(
        known.closing.next_steps[0], RecommendationStatus.DROPPED, "", dt.date(2025, 4, 1)
    )
    assert merge_statuses(incoming, known) == 1
    assert incoming.closing.next_steps[0].status is RecommendationStatus.DROPPED
    assert merge_statuses(incoming, known) == 0  # nothing new the second time


def test_history_round_trips_and_an_old_file_reads_as_no_history(demo):
    recommendation = demo.recommendations()[0]
    record_change(
        recommendation, RecommendationStatus.IN_PROGRESS, "بدأ التنفيذ", dt.date(2025, 2, 3)
    )
    again = serialization.report_from_json(serialization.report_to_json(demo))
    assert again.recommendations()[0].history == recommendation.history
    data = serialization.report_to_data(demo)
    _forget_histories(data)  # as a file written before histories
    old = serialization.report_from_data(data)
    assert [r.history for r in old.recommendations()] == [[]] * len(old.recommendations())


def _forget_histories(value) -> None:
    if isinstance(value, dict):
        value.pop("history", None)
        value = list(value.values())
    if isinstance(value, list):
        for inner in value:
            _forget_histories(inner)


def _first_history(data: dict) -> list:
    return data["closing"]["next_steps"][0]["history"]


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ("done", "قائمة متوقعة"),
        ([{"status": "done"}], "«date» ناقص"),
        ([{"date": "2025-01-01"}], "«status» ناقص"),
        ([{"date": "2025-13-01", "status": "done"}], "تاريخ غير صالح"),
        ([{"date": 20250101, "status": "done"}], "تاريخ غير صالح"),
        ([{"date": "2025-01-01", "status": "finished"}], "قيمة غير معروفة"),
        ([{"date": "2025-01-01", "status": "done", "note": ["x"]}], "نص متوقع"),
        (["2025-01-01"], "كائن متوقع"),
        ([{"date": "2025-01-01", "status": "done"}] * 5001, "قائمة تتجاوز"),
    ],
)
def test_a_hostile_history_is_refused_in_arabic(history, expected):
    report = Report()
    report.closing.next_steps.append(Recommendation("خطوة"))
    data = serialization.report_to_data(report)
    _first_history(data)[:] = []
    data["closing"]["next_steps"][0]["history"] = history
    with pytest.raises(serialization.FormatError) as error:
        serialization.report_from_data(data)
    assert expected in str(error.value)
    assert "closing.next_steps[0].history" in str(error.value)
