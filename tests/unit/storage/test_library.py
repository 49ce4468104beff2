import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings

from openreport.model import Gender, Person, Report, ReportStatus
from openreport.storage import Library
from openreport.storage.errors import ReportNotFoundError
from tests.helpers.strategies import reports


def test_save_load_round_trip(library, demo):
    report_id = library.save(demo)
    loaded = library.load(report_id)
    assert loaded == demo
    assert loaded.created and loaded.modified


def test_update_keeps_one_row(library, demo):
    report_id = library.save(demo)
    demo.title = "عنوان جديد"
    assert library.save(demo) == report_id
    summaries = library.list_reports()
    assert [s.title for s in summaries] == ["عنوان جديد"]


@settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(report=reports)
def test_any_report_round_trips_through_the_library(library, report):
    report.uuid = str(uuid.uuid4())  # hypothesis replays examples into the same library
    report_id = library.save(report)
    loaded = library.load(report_id)
    loaded.id, loaded.created, loaded.modified = report.id, report.created, report.modified
    assert loaded == report


def test_summaries_list_what_the_table_shows(library, demo):
    library.save(demo)
    library.save(Report(title="تقرير ثان"))
    summaries = library.list_reports()
    assert [s.title for s in summaries][1] == demo.title or summaries[0].title == "تقرير ثان"
    first = next(s for s in summaries if s.uuid == demo.uuid)
    assert first.event_name == demo.event.name
    assert first.city == "السعيدية"
    assert first.start_date == dt.date(2024, 11, 12)
    assert first.status is ReportStatus.FINAL


def test_unknown_id_is_a_clear_error(library):
    with pytest.raises(ReportNotFoundError, match="غير موجود"):
        library.load(42)


def test_trash_restore_and_empty(library, demo):
    report_id = library.save(demo)
    library.delete(report_id)
    assert library.list_reports() == []
    assert [s.id for s in library.list_reports(trash=True)] == [report_id]
    assert library.search("السعيدية") == []
    library.restore(report_id)
    assert [s.id for s in library.list_reports()] == [report_id]
    library.delete(report_id)
    assert library.empty_trash() == 1
    assert library.list_reports(trash=True) == []
    with pytest.raises(ReportNotFoundError):
        library.load(report_id)


@pytest.mark.parametrize(
    "query",
    [
        "السعيديه",
        "الاشاعة",
        "إشاعة",
        "ملتقي",
        "أكادير",
        "اكادير",
        "مُشاركة",
        "OGP",
        "ogp",
        "فندق وازيس",
    ],
)
def test_full_text_search_folds_arabic(library, demo, query):
    report_id = library.save(demo)
    library.save(Report(title="تقرير آخر عن دورة تكوينية"))
    assert [s.id for s in library.search(query)] == [report_id]


def test_search_with_quotes_and_operators_is_plain_text(library, demo):
    library.save(demo)
    for query in ['"', "AND OR NOT", "*", "NEAR(", "'); DROP TABLE reports; --"]:
        library.search(query)  # must not raise
    assert library.list_reports()


def test_duplicate_for_next_edition(library, demo):
    new_id = library.duplicate(library.save(demo))
    copy = library.load(new_id)
    assert copy.uuid != demo.uuid and copy.status is ReportStatus.DRAFT
    assert copy.event.name == demo.event.name
    assert copy.event.organisations == demo.event.organisations
    assert copy.delegation == demo.delegation
    assert copy.event.start_date is None and copy.event.end_date is None
    assert copy.days == [] and copy.closing.signature.date is None


def test_people_directory_offers_names_typed_before(library, demo):
    library.save(demo)
    found = library.people("لطيفة")
    assert [p.name for p in found] == ["لطيفة بنيامنة"]
    assert found[0].gender == Gender.FEMALE.value
    assert library.people("%") == []  # LIKE wildcards are literal
    assert "جمعية جهات المغرب" in library.organisation_names()


def test_profile_round_trip(library, profile):
    assert not library.has_profile()
    profile.logo = b"\x89PNG fake"
    library.save_profile(profile)
    assert library.load_profile() == profile


def test_a_failed_save_changes_nothing(library, demo):
    report_id = library.save(demo)
    before = library.load(report_id)
    demo.delegation.members[0].person = Person("x", "not a gender")  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        library.save(demo)
    assert library.load(report_id) == before


def test_sql_in_names_is_stored_as_text(library):
    title = "x'); DROP TABLE reports; --"
    report_id = library.save(Report(title=title))
    assert library.load(report_id).title == title


def test_reopen_keeps_everything(tmp_path, demo):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report_id = lib.save(demo)
    with Library.open(path) as lib:
        assert lib.load(report_id) == demo
