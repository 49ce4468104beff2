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
