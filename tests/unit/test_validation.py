import datetime as dt

from openreport.model import (
    ItemStatus,
    ProgrammeDay,
    ProgrammeItem,
    Report,
    ReportStatus,
    Session,
    Workshop,
)
from openreport.validation import Severity, blocking, validate


def paths(problems, severity=None):
    return {p.path for p in problems if severity is None or p.severity is severity}


def test_demo_report_has_no_errors(demo):
    assert blocking(validate(demo, for_final=True)) == []


def test_a_draft_may_be_incomplete():
    problems = validate(Report())
    assert blocking(problems) == []
    assert {"event.name", "event.start_date", "closing.signature"} <= paths(
        problems, Severity.WARNING
    )


def test_a_final_report_needs_event_name_dates_and_signature():
    problems = validate(Report(status=ReportStatus.FINAL))
    assert {"event.name", "event.start_date", "closing.signature"} <= paths(
        problems, Severity.ERROR
    )


def test_end_before_start_and_day_outside_the_event(demo):
    demo.event.end_date = dt.date(2024, 11, 10)
    demo.days[1].date = dt.date(2024, 12, 1)
    errors = paths(validate(demo), Severity.ERROR)
    assert "event.end_date" in errors
    demo.event.end_date = dt.date(2024, 11, 13)
    assert "days[1].date" in paths(validate(demo), Severity.ERROR)


def test_negative_counts_are_errors(demo):
    demo.event.participants_count = -1
    demo.days[0].sessions[0].participants_count = -3
    workshop = demo.days[0].sessions[1].items[0].workshops[2]
    workshop.participants_count = -57
    errors = paths(validate(demo), Severity.ERROR)
    assert {
        "event.participants_count",
        "days[0].sessions[0].participants_count",
        "days[0].sessions[1].items[0].workshops[2].participants_count",
    } <= errors


def test_session_end_before_start():
    report = Report(
        days=[ProgrammeDay(sessions=[Session(start_time=dt.time(11), end_time=dt.time(9))])]
    )
    assert "days[0].sessions[0].end_time" in paths(validate(report), Severity.ERROR)


def test_item_not_held_without_remark_is_a_warning():
    item = ProgrammeItem(status=ItemStatus.NOT_HELD, workshops=[Workshop()])
    report = Report(days=[ProgrammeDay(sessions=[Session(items=[item])])])
    assert "days[0].sessions[0].items[0].remark" in paths(validate(report), Severity.WARNING)


def test_messages_are_arabic():
    for problem in validate(Report(status=ReportStatus.FINAL)):
        assert any("\u0600" <= ch <= "\u06ff" for ch in problem.message)
