"""Exchange files carry the recommendations' statuses and histories; importing a report the
library holds brings both histories together."""

import datetime as dt

from openreport.followup import RecommendationStatus, record_change
from openreport.storage import followup as index
from openreport.storage.exchange import import_file, read_exchange_file, write_exchange_file

DONE, STARTED = RecommendationStatus.DONE, RecommendationStatus.IN_PROGRESS


def test_an_exchange_file_keeps_statuses_and_histories(tmp_path, library, demo):
    first = demo.recommendations()[0]
    record_change(first, STARTED, "بدأ", dt.date(2025, 1, 5))
    record_change(first, DONE, "أنجز", dt.date(2025, 2, 5))
    library.save(demo)
    target = write_exchange_file([library.load(demo.id)], tmp_path / "sent.openreport")
    [back] = read_exchange_file(target)
    assert back.recommendations()[0].history == first.history
    assert back.recommendations()[0].status is DONE
    assert [r.id for r in back.recommendations()] == [r.id for r in demo.recommendations()]


def test_importing_a_newer_status_keeps_both_histories(tmp_path, library, demo):
    rec_id = demo.recommendations()[1].id
    record_change(demo.recommendations()[1], STARTED, "عندنا", dt.date(2025, 1, 5))
    report_id = library.save(demo)
    # a colleague received the report, then recorded that it was done
    sent = read_exchange_file(write_exchange_file([demo], tmp_path / "a.openreport"))[0]
    record_change(sent.recommendations()[1], DONE, "عند الزميل", dt.date(2025, 3, 1))
    # meanwhile, here, a note of our own
    ours = library.load(report_id)
    record_change(ours.recommendations()[1], STARTED, "متابعة", dt.date(2025, 2, 1))
    library.save(ours)
    [new_id] = import_file(library, write_exchange_file([sent], tmp_path / "b.openreport"))
    imported = library.load(new_id).recommendations()[1]
    assert [c.note for c in imported.history] == ["عندنا", "متابعة", "عند الزميل"]
    assert imported.status is DONE and imported.id == rec_id
    assert len(library.load(report_id).recommendations()[1].history) == 2  # left as it was
    done = index.query(library.conn, index.FollowupQuery(statuses=(DONE,)))
    assert [(i.report_id, i.rec_id) for i in done] == [(new_id, rec_id)]
