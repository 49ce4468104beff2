"""Importing a report the library already holds: skip it, keep both, or replace it (the
library's copy to the trash); each import is one transaction."""

from __future__ import annotations

import pytest

from openreport.actions import import_reports, outcome_message
from openreport.model import Report
from openreport.storage.errors import SaveConflictError
from openreport.storage.exchange import (
    already_held,
    import_with,
    read_report_file,
    write_exchange_file,
)


@pytest.fixture
def sent(tmp_path, library, demo):
    """The demo report, stored in the library and sent as an exchange file."""
    library.save(demo)
    path = tmp_path / "sent.openreport"
    write_exchange_file([library.load(demo.id)], path)
    return path


def titles(library, *, trash=False):
    return sorted(summary.title for summary in library.list_reports(trash=trash))


def test_the_report_already_held_is_found(sent, library):
    reports = read_report_file(sent)
    assert [r.uuid for r in already_held(library, reports)] == [reports[0].uuid]
    assert already_held(library, [Report(title="جديد")]) == []


def test_skip_leaves_the_library_as_it_is(sent, library, demo):
    before = library.conn.execute("SELECT id, uuid, revision, data FROM reports").fetchall()
    outcome = import_reports(library, read_report_file(sent), "skip")
    assert outcome.ids == [] and outcome.skipped == 1
    assert library.conn.execute("SELECT id, uuid, revision, data FROM reports").fetchall() == before
    assert "لم يُستورد تقرير واحد" in outcome_message(outcome)


def test_keep_both_titles_the_copy_as_one(sent, library, demo):
    first = import_reports(library, read_report_file(sent), "keep")
    second = import_reports(library, read_report_file(sent), "keep")
    assert first.copies == second.copies == 1
    assert titles(library) == sorted([demo.title, f"{demo.title} (نسخة)", f"{demo.title} (نسخة 2)"])
    copy = library.load(first.ids[0])
    assert copy.uuid != demo.uuid and copy.days == demo.days


def test_an_untitled_copy_is_titled_after_its_suggested_title(tmp_path, library):
    report = Report()
    report.event.name = "المعرض الدولي للفلاحة"
    library.save(report)
    path = tmp_path / "x.openreport"
    write_exchange_file([report], path)
    [copy_id] = import_reports(library, read_report_file(path), "keep").ids
    title = library.load(copy_id).title
    assert "المعرض الدولي للفلاحة" in title and title.endswith("(نسخة)")


def test_replace_moves_the_old_copy_to_the_trash_where_it_can_be_restored(sent, library, demo):
    stale = library.load(demo.id)
    stale.title = "ما كتب هنا قبل الاستيراد"
    library.save(stale)
    open_elsewhere = library.load(demo.id)
    outcome = import_reports(library, read_report_file(sent), "replace")
    assert outcome.replaced == 1 and outcome.ids != [demo.id]
    new = library.load(outcome.ids[0])
    assert new.uuid == demo.uuid and new.title == demo.title  # the file's identity comes in
    assert titles(library, trash=True) == ["ما كتب هنا قبل الاستيراد"]
    with pytest.raises(SaveConflictError):  # a window holding the old copy cannot save over
        library.save(open_elsewhere)
    library.restore(demo.id)
    restored = library.load(demo.id)
    assert restored.uuid != demo.uuid  # it gave its identity up, and is a report of its own
    restored.title += " (معدل)"
    library.save(restored)  # and it saves (its identity is its own, in its data too)
    assert len(library.list_reports()) == 2


def test_a_report_found_in_the_trash_is_imported_as_new(sent, library, demo):
    library.delete(demo.id)
    outcome = import_reports(library, read_report_file(sent), "skip")
    assert outcome.added == 1 and outcome.skipped == 0
    assert library.load(outcome.ids[0]).uuid == demo.uuid
    assert len(library.list_reports(trash=True)) == 1


def test_an_import_is_one_transaction(sent, library, demo, monkeypatch):
    from openreport.storage import exchange

    other = Report(title="تقرير آخر")
    reports = [other, *read_report_file(sent)]
    before = library.conn.execute("SELECT id, uuid, revision, deleted FROM reports").fetchall()
    calls = []

    def failing_store(conn, report, stamp, imported=False):
        calls.append(report.title)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return store(conn, report, stamp, imported=imported)

    store = exchange.store_report
    monkeypatch.setattr(exchange, "store_report", failing_store)
    with pytest.raises(RuntimeError):
        import_with(library, reports, "replace")
    after = library.conn.execute("SELECT id, uuid, revision, deleted FROM reports").fetchall()
    assert after == before  # neither the new report nor the move to the trash stayed


def test_an_unknown_choice_is_refused(library):
    with pytest.raises(ValueError):
        import_with(library, [], "merge")
