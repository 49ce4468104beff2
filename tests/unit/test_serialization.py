import json

import pytest
from hypothesis import HealthCheck, given, settings

from openreport import serialization
from openreport.model import Report
from openreport.serialization import FormatError, report_from_json, report_to_json
from tests.helpers.strategies import reports


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(reports)
def test_any_report_round_trips_through_json(report):
    assert report_from_json(report_to_json(report)) == report


def test_demo_round_trips(demo):
    assert report_from_json(report_to_json(demo)) == demo


def test_json_form_is_documented_and_versioned(demo):
    document = json.loads(report_to_json(demo))
    assert document["format"] == "openreport-report"
    assert document["version"] == serialization.FORMAT_VERSION
    assert document["report"]["event"]["start_date"] == "2024-11-12"
    assert document["report"]["days"][0]["sessions"][0]["start_time"] == "09:30"
    assert "id" not in document["report"]


def test_text_is_cleaned_when_read():
    text = report_to_json(Report(title="تقرير\x00\x01 أول"))
    assert report_from_json(text).title == "تقرير أول"


@pytest.mark.parametrize(
    "document",
    [
        "not json",
        "[]",
        '{"format": "something-else", "version": 1, "report": {}}',
        '{"format": "openreport-report", "version": 99, "report": {}}',
        '{"format": "openreport-report", "version": 1, "report": {"title": 5}}',
        '{"format": "openreport-report", "version": 1, "report": {"status": "burnt"}}',
        '{"format": "openreport-report", "version": 1, "report": {"days": {"a": 1}}}',
        '{"format": "openreport-report", "version": 1,'
        ' "report": {"event": {"start_date": "2024-13-45"}}}',
        '{"format": "openreport-report", "version": 1,'
        ' "report": {"event": {"participants_count": true}}}',
    ],
)
def test_bad_documents_are_refused_with_an_arabic_message(document):
    with pytest.raises(FormatError) as error:
        report_from_json(document)
    assert any("\u0600" <= ch <= "\u06ff" for ch in str(error.value))


def test_huge_lists_are_refused():
    days = [{}] * (serialization.MAX_LIST + 1)
    document = json.dumps({"format": "openreport-report", "version": 1, "report": {"days": days}})
    with pytest.raises(FormatError):
        report_from_json(document)


def wrap(report_data):
    return json.dumps({"format": "openreport-report", "version": 1, "report": report_data})


def test_many_small_lists_are_bounded_as_a_whole():
    # Every list within MAX_LIST, but 250,000 objects in all: refused before anything is built.
    days = [{"sessions": [{} for _ in range(5_000)]} for _ in range(50)]
    text = wrap({"days": days})
    assert len(text) < 2 * 1024 * 1024
    with pytest.raises(FormatError, match=str(serialization.MAX_NODES)):
        report_from_json(text)
    with pytest.raises(FormatError):
        report_from_json(text.encode())
    # A big report within the bounds still reads.
    days = [{"sessions": [{} for _ in range(5_000)]} for _ in range(20)]
    assert len(report_from_json(wrap({"days": days})).days) == 20


@pytest.mark.parametrize(
    ("report_data", "field"),
    [
        ({"event": {"participants_count": -3}}, "event.participants_count"),
        ({"days": [{"sessions": [{"start_time": "09:30+01:00"}]}]}, "start_time"),
        ({"days": [{"end_time": "17:00Z"}]}, "end_time"),
        ({"event": {"start_date": "2024-11-12T00:00+01:00"}}, "start_date"),
    ],
)
def test_negative_counts_and_time_zones_are_refused(report_data, field):
    with pytest.raises(FormatError, match=field.replace(".", r"\.")) as error:
        report_from_json(wrap(report_data))
    assert "الملف غير صالح" in str(error.value)


def test_not_a_number_is_refused():
    with pytest.raises(FormatError):
        serialization.profile_from_data(json.loads('{"title_size": NaN}'))
    with pytest.raises(FormatError):
        report_from_json('{"format": "openreport-report", "version": 1, "report": {"x": NaN}}')
