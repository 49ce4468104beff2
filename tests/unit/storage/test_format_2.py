"""Report format 2: version 1 files made by OpenReport before it open and upgrade without loss.

The fixtures under ``tests/fixtures/v1`` were written by the version 1 code: the demo JSON, a
library holding the demo plus people typed with their honorific and a next step, and an
exchange file of that report.
"""

import json
import shutil
import sqlite3
from pathlib import Path

from openreport.model import Gender, RecommendationStatus
from openreport.serialization import (
    FORMAT_VERSION,
    report_from_json,
    report_to_data,
    report_to_json,
    upgrade_report_data,
)
from openreport.storage import Library, schema
from openreport.storage.exchange import read_exchange_file

V1 = Path(__file__).parents[2] / "fixtures" / "v1"


def v1_demo_text() -> str:
    return (V1 / "demo-report.json").read_text("utf-8")


def test_the_fixtures_are_version_1():
    assert json.loads(v1_demo_text())["version"] == 1
    conn = sqlite3.connect(f"file:{V1 / 'library.sqlite'}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    finally:
        conn.close()
    assert FORMAT_VERSION == 2


def test_version_1_json_reads_with_every_text_kept():
    old = json.loads(v1_demo_text())["report"]
    report = report_from_json(v1_demo_text())
    new = report_to_data(report)
    assert new["event"]["name"] == old["event"]["name"]
    assert (
        new["delegation"]["members"][0]["person"]["name"]
        == (old["delegation"]["members"][0]["person"]["name"])
    )
    assert len(report.workshops()) == sum(
        len(item["workshops"])
        for day in old["days"]
        for session in day["sessions"]
        for item in session["items"]
    )
    ids = [r.id for r in report.recommendations()]
    assert ids and len(set(ids)) == len(ids)
    assert all(r.status is RecommendationStatus.PROPOSED for r in report.recommendations())


def test_version_1_json_written_again_is_version_2_and_stable():
    report = report_from_json(v1_demo_text())
    text = report_to_json(report)
    assert json.loads(text)["version"] == 2
    again = report_from_json(text)
    assert again == report  # ids and all survive a second round


def test_honorific_typed_in_a_version_1_name_is_split_off():
    data = {
        "attendance": [
            {"name": "السيد أحمد العلوي", "gender": "male", "title": "", "organisation": ""},
            {"name": "السيدة فاطمة", "gender": "female", "title": "", "organisation": ""},
            {"name": "الدكتور يوسف", "gender": "male", "title": "", "organisation": ""},
            {"name": "السيد", "gender": "male", "title": "", "organisation": ""},
        ]
    }
    upgraded = upgrade_report_data(data, 1)
    people = upgraded["attendance"]
    assert [(p["name"], p["honorific"]) for p in people] == [
        ("أحمد العلوي", None),
        ("فاطمة", None),
        ("يوسف", "الدكتور"),
        ("السيد", None),  # a name that is only a word is left as typed
    ]
    assert data["attendance"][0]["name"] == "السيد أحمد العلوي"  # the input is untouched


def test_version_1_library_opens_upgraded_and_keeps_its_reports(tmp_path):
    path = tmp_path / "library.sqlite"
    shutil.copyfile(V1 / "library.sqlite", path)
    with Library.open(path) as library:
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        (summary,) = library.list_reports()
        report = library.load(summary.id)
        names = {(p.name, p.honorific, p.gender) for p in report.attendance}
        assert ("أحمد العلوي", None, Gender.MALE) in names
        assert ("فاطمة الزهراء", None, Gender.FEMALE) in names
        assert ("يوسف بنعلي", "الدكتور", Gender.MALE) in names
        steps = report.closing.next_steps
        assert [s.text for s in steps] == ["متابعة إعداد الملف"]
        first_ids = [r.id for r in report.recommendations()]
        assert all(first_ids)
        assert [s.uuid for s in library.search("العلوي")] == [report.uuid]
        assert library.load_profile().commune_name == "شفشاون"
    with Library.open(path) as library:  # the ids were stored by the migration, not made up
        again = library.load(library.list_reports()[0].id)
        assert [r.id for r in again.recommendations()] == first_ids


def test_version_1_exchange_file_reads_upgraded(tmp_path):
    source = tmp_path / "old.openreport"
    shutil.copyfile(V1 / "exchange.openreport", source)
    before = source.read_bytes()
    (report,) = read_exchange_file(source)
    assert ("يوسف بنعلي", "الدكتور") in {(p.name, p.honorific) for p in report.attendance}
    assert all(r.id for r in report.recommendations())
    assert source.read_bytes() == before  # the file itself is left as it was
