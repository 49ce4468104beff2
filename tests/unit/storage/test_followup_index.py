"""The library's follow-up index: every filter's result is what a direct count over the reports'
data gives; the index follows each save, trash, restore and deletion; migration 7 fills it."""

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openreport.followup import CLOSED, RecommendationStatus
from openreport.model import (
    Closing,
    Event,
    ProgrammeDay,
    ProgrammeItem,
    Recommendation,
    Report,
    Session,
    Workshop,
)
from openreport.serialization import report_to_data
from openreport.storage import Library, schema
from openreport.storage import followup as index
from openreport.text import fold_arabic

TODAY = dt.date(2025, 6, 15)
RESPONSIBLES = ["", "قسم التخطيط", "الكاتبة العامة", "مصلحة البيئة"]
WORDS = ["التواصل", "الإشاعة", "الرقمنة", "المياه", "النقل"]

recommendations = st.builds(
    Recommendation,
    text=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    by_commune=st.booleans(),
    responsible=st.sampled_from(RESPONSIBLES),
    deadline=st.none() | st.dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
    status=st.sampled_from(list(RecommendationStatus)),
)


@st.composite
def reports(draw) -> Report:
    workshop = Workshop(
        title=draw(st.sampled_from(["ورشة الحكامة", "ورشة الماء"])),
        recommendations=draw(st.lists(recommendations, max_size=4)),
    )
    year = draw(st.sampled_from([2023, 2024, 2025]))
    return Report(
        title=draw(st.sampled_from(["تقرير الملتقى", "تقرير الدورة"])),
        event=Event(start_date=draw(st.none() | st.just(dt.date(year, 3, 1)))),
        days=[ProgrammeDay(sessions=[Session(items=[ProgrammeItem(workshops=[workshop])])])],
        closing=Closing(next_steps=draw(st.lists(recommendations, max_size=3))),
    )


def expected(library: Library, keep) -> set[tuple[int, str]]:
    """The (report, recommendation) pairs ``keep`` selects, counted over the reports' data."""
    found = set()
    for summary in library.list_reports():
        report = library.load(summary.id)
        year = report.event.start_date.year if report.event.start_date else None
        for rec in report.recommendations():
            if keep(rec, year, report):
                found.add((summary.id, rec.id))
    return found


def listed(library: Library, **filters) -> set[tuple[int, str]]:
    items = index.query(library.conn, index.FollowupQuery(today=TODAY, **filters))
    total, _ = index.counts(library.conn, index.FollowupQuery(today=TODAY, **filters))
    assert total == len(items)
    return {(item.report_id, item.rec_id) for item in items}


def overdue(rec) -> bool:
    return rec.deadline is not None and rec.deadline < TODAY and rec.status not in CLOSED


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(reports(), min_size=1, max_size=6),
    st.lists(st.integers(0, 5), max_size=2),
    st.sampled_from(list(RecommendationStatus)),
    st.sampled_from(RESPONSIBLES[1:]),
    st.sampled_from(WORDS),
)
def test_every_filter_equals_a_direct_count(generated, trashed, status, responsible, word):
    with tempfile.TemporaryDirectory() as folder, Library.open(Path(folder) / "l.sqlite") as lib:
        ids = [lib.save(report) for report in generated]
        for number in set(trashed):
            if number < len(ids):
                lib.delete(ids[number])
        assert listed(lib) == expected(lib, lambda r, y, rep: True)
        assert listed(lib, statuses=(status,)) == expected(
            lib, lambda r, y, rep: r.status == status
        )
        assert listed(lib, responsible=responsible) == expected(
            lib, lambda r, y, rep: r.responsible == responsible
        )
        assert listed(lib, year=2024) == expected(lib, lambda r, y, rep: y == 2024)
        assert listed(lib, overdue=True) == expected(lib, lambda r, y, rep: overdue(r))
        assert listed(lib, own=True) == expected(lib, lambda r, y, rep: r.by_commune)
        assert listed(lib, text=word.replace("ة", "ه")) == expected(
            lib, lambda r, y, rep: fold_arabic(word) in fold_arabic(r.text)
        )
        both = listed(lib, own=True, overdue=True, statuses=(status,))
        assert both == expected(
            lib, lambda r, y, rep: r.by_commune and overdue(r) and r.status == status
        )
        _, late = index.counts(lib.conn, index.FollowupQuery(today=TODAY))
        assert late == len(expected(lib, lambda r, y, rep: overdue(r)))


def test_sorting_and_pages(library):
    report = Report(title="تقرير")
    for day in (3, 1, 2):
        report.closing.next_steps.append(
            Recommendation(f"خطوة {day}", deadline=dt.date(2025, 1, day))
        )
    report.closing.next_steps.append(Recommendation("بلا أجل"))
    library.save(report)
    by_deadline = [i.text for i in index.query(library.conn)]
    assert by_deadline == ["خطوة 1", "خطوة 2", "خطوة 3", "بلا أجل"]  # no deadline last
    latest = index.query(library.conn, index.FollowupQuery(descending=True))
    assert [i.text for i in latest] == ["بلا أجل", "خطوة 3", "خطوة 2", "خطوة 1"]
    pages = index.query(library.conn, limit=2) + index.query(library.conn, limit=2, offset=2)
    assert [i.text for i in pages] == by_deadline
    for sort in index.SORTS:
        for descending in (False, True):
            query = index.FollowupQuery(sort=sort, descending=descending)
            assert len(index.query(library.conn, query)) == 4


def test_the_index_follows_save_trash_restore_and_deletion(library, demo):
    report_id = library.save(demo)
    count = len(demo.recommendations())
    assert count and len(index.query(library.conn)) == count
    demo.closing.next_steps.append(Recommendation("خطوة جديدة", responsible="مصلحة البيئة"))
    library.save(demo)
    assert len(index.query(library.conn)) == count + 1
    assert "مصلحة البيئة" in index.responsibles(library.conn)
    library.delete(report_id)
    assert index.query(library.conn) == []
    library.save(library.load(report_id))  # a report saved while in the trash stays out
    assert index.query(library.conn) == []
    library.restore(report_id)
    assert len(index.query(library.conn)) == count + 1
    library.delete(report_id)
    library.empty_trash()
    assert library.conn.execute("SELECT count(*) FROM followup").fetchone()[0] == 0


def test_a_status_change_lands_in_the_report_and_the_index(library, demo):
    report_id = library.save(demo)
    target = demo.recommendations()[2]
    index.change_status(library, report_id, target.id, RecommendationStatus.DONE, " أنجزت ")
    stored = library.load(report_id).recommendations()[2]
    assert stored.status is RecommendationStatus.DONE
    assert [(c.status, c.note) for c in stored.history] == [("done", "أنجزت")]
    [item] = index.query(library.conn, index.FollowupQuery(statuses=("done",)))
    assert (item.rec_id, item.changed) == (target.id, dt.date.today())
    assert index.find_recommendation(library.conn, target.id[:10]) == (report_id, target.id)


def make_version_5_library(path: Path, reports: list[Report], trashed: Report) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=5)
    for report in [*reports, trashed]:
        conn.execute(
            "INSERT INTO reports (uuid, title, status, created, modified, data, deleted)"
            " VALUES (?, ?, 'draft', '2025-01-01T10:00:00', '2025-01-01T10:00:00', ?, ?)",
            (
                report.uuid,
                report.title,
                json.dumps(report_to_data(report), ensure_ascii=False),
                "2025-02-01T10:00:00" if report is trashed else None,
            ),
        )
    conn.close()


def test_migration_6_fills_the_index_of_a_version_5_library(tmp_path):
    path = tmp_path / "v5.sqlite"
    kept = [Report(title="أ"), Report(title="ب")]
    kept[0].closing.next_steps = [Recommendation("خطوة", deadline=dt.date(2025, 1, 1))]
    kept[1].closing.next_steps = [Recommendation("أخرى", by_commune=True), Recommendation("ثالثة")]
    trashed = Report(title="في السلة")
    trashed.closing.next_steps = [Recommendation("محذوفة")]
    make_version_5_library(path, kept, trashed)
    with Library.open(path) as library:
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        items = index.query(library.conn)
        assert sorted(i.text for i in items) == ["أخرى", "ثالثة", "خطوة"]
        assert [i.text for i in index.query(library.conn, index.FollowupQuery(own=True))] == [
            "أخرى"
        ]
        assert len(library.backups()) == 1  # the version 5 file was kept


def test_the_index_skips_data_it_cannot_read(tmp_path):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrate(conn, target=5)
    for data in ('{"closing": {"next_steps": [1, 2]}}', "[1]", "{not json"):
        conn.execute(
            "INSERT INTO reports (uuid, title, status, created, modified, data)"
            " VALUES (hex(randomblob(8)), '', 'draft', '', '', ?)",
            (data,),
        )
    schema.migrate(conn)
    assert conn.execute("SELECT count(*) FROM followup").fetchone()[0] == 0


def test_a_status_changed_in_the_form_changes_the_index_not_the_history(library, demo):
    report_id = library.save(demo)
    report = library.load(report_id)
    report.recommendations()[0].status = RecommendationStatus.ADOPTED  # as the form's table does
    library.save(report)
    assert library.load(report_id) == report  # what is saved is what the window holds
    [item] = index.query(library.conn, index.FollowupQuery(statuses=("adopted",)))
    assert item.rec_id == report.recommendations()[0].id and item.changed is None


def test_a_copy_that_missed_a_change_does_not_erase_it(library, demo):
    report_id = library.save(demo)
    stale = library.load(report_id)
    rec_id = demo.recommendations()[0].id
    index.change_status(library, report_id, rec_id, RecommendationStatus.DONE, "أنجزت")
    stale.revision = None  # saved without the revision check
    stale.recommendations()[0].status = RecommendationStatus.DONE
    library.save(stale)
    [change] = library.load(report_id).recommendations()[0].history
    assert (change.status, change.note) == ("done", "أنجزت")
