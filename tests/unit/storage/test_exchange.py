"""Exchange files: what is sent arrives whole; anything hostile is refused, library unchanged."""

import hashlib
import json
import sqlite3

import pytest

from openreport.model import Report
from openreport.serialization import report_to_json
from openreport.storage import schema
from openreport.storage.errors import ExchangeFileError
from openreport.storage.exchange import (
    MAX_EXCHANGE_REPORTS,
    import_file,
    read_exchange_file,
    write_exchange_file,
)


def library_state(lib):
    rows = lib.conn.execute("SELECT uuid, modified, data FROM reports ORDER BY id").fetchall()
    people = lib.conn.execute("SELECT * FROM people ORDER BY id").fetchall()
    return rows, people


def test_exchange_round_trip(tmp_path, library, demo):
    ids = [library.save(demo), library.save(Report(title="تقرير ثان"))]
    target = tmp_path / "to-colleague.openreport"
    write_exchange_file([library.load(i) for i in ids], target)
    assert not list(tmp_path.glob("*.part*"))
    reports = read_exchange_file(target)
    assert [r.title for r in reports] == [demo.title, "تقرير ثان"]
    assert reports[0].days == demo.days


def test_import_into_another_library_and_twice(tmp_path, library, demo):
    target = tmp_path / "x.openreport"
    write_exchange_file([demo], target)
    first = import_file(library, target)
    second = import_file(library, target)
    assert len(first) == len(second) == 1
    one, two = library.load(first[0]), library.load(second[0])
    assert one.uuid == demo.uuid and two.uuid != demo.uuid  # the second comes in as a copy
    assert one.days == two.days == demo.days


def test_json_import(tmp_path, library, demo):
    path = tmp_path / "report.json"
    path.write_text(report_to_json(demo), encoding="utf-8")
    [report_id] = import_file(library, path)
    assert library.load(report_id).event == demo.event


def refused(library, path):
    before = library_state(library)
    source_before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(ExchangeFileError) as error:
        import_file(library, path)
    assert library_state(library) == before
    assert hashlib.sha256(path.read_bytes()).hexdigest() == source_before
    return str(error.value)


def test_garbage_and_foreign_files_are_refused(tmp_path, library, demo):
    library.save(demo)
    garbage = tmp_path / "garbage.openreport"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert "OpenReport" in refused(library, garbage)
    foreign = tmp_path / "foreign.openreport"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE reports (x)")
    conn.commit()
    conn.close()
    refused(library, foreign)
    text = tmp_path / "notes.json"
    text.write_text("{not json", encoding="utf-8")
    refused(library, text)


def hostile(tmp_path, demo, edit):
    path = tmp_path / "hostile.openreport"
    write_exchange_file([demo], path)
    conn = sqlite3.connect(path, isolation_level=None)
    edit(conn)
    conn.close()
    return path


def test_wrong_schema_is_refused(tmp_path, library, demo):
    def drop_column(conn):
        conn.execute("ALTER TABLE reports DROP COLUMN data")

    refused(library, hostile(tmp_path, demo, drop_column))


def test_newer_schema_is_refused(tmp_path, library, demo):
    def newer(conn):
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")

    refused(library, hostile(tmp_path, demo, newer))


def test_malformed_report_data_is_refused(tmp_path, library, demo):
    def bad_data(conn):
        conn.execute("UPDATE reports SET data = ?", (json.dumps({"days": "lots"}),))

    refused(library, hostile(tmp_path, demo, bad_data))


def test_huge_counts_are_refused(tmp_path, library, demo):
    def many_days(conn):
        data = json.loads(conn.execute("SELECT data FROM reports").fetchone()[0])
        data["days"] = [{}] * 100_000
        conn.execute("UPDATE reports SET data = ?", (json.dumps(data),))

    refused(library, hostile(tmp_path, demo, many_days))

    def many_reports(conn):
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
            " INSERT INTO reports (uuid, status, created, modified, data)"
            " SELECT 'u' || i, 'draft', '2024-01-01', '2024-01-01', '{}' FROM n",
            (MAX_EXCHANGE_REPORTS + 1,),
        )

    refused(library, hostile(tmp_path, demo, many_reports))


def test_sql_in_names_imports_as_text(tmp_path, library, demo):
    demo.title = "'); DROP TABLE reports; --"
    demo.delegation.members[0].person.name = 'x"; DELETE FROM people; --'
    path = tmp_path / "names.openreport"
    write_exchange_file([demo], path)
    [report_id] = import_file(library, path)
    loaded = library.load(report_id)
    assert loaded.title == demo.title
    assert loaded.delegation.members[0].person.name == demo.delegation.members[0].person.name
    assert library.list_reports()


def test_too_large_file_is_refused_before_reading(tmp_path, library, monkeypatch):
    from openreport.storage import exchange

    path = tmp_path / "big.openreport"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    monkeypatch.setattr(exchange, "MAX_EXCHANGE_BYTES", 1000)
    assert "1 جيغابايت" in refused(library, path)  # 200 MB refused our own files


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path, demo):
    from openreport.storage import LibraryError

    with pytest.raises(LibraryError, match="تعذر"):
        write_exchange_file([demo], tmp_path / "missing" / "x.openreport")
