"""A version-1 library file opens, is backed up, and is migrated step by step."""

import json
import sqlite3

from openreport.serialization import report_to_data
from openreport.storage import Library, schema


def make_version_1_library(path, report):
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=1)
    data = report_to_data(report)
    conn.execute(
        "INSERT INTO reports (uuid, title, event_name, city, start_date, end_date, status,"
        " created, modified, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            report.uuid,
            report.title,
            report.event.name,
            report.event.city,
            "2024-11-12",
            "2024-11-13",
            "final",
            "2024-11-15T10:00:00",
            "2024-11-15T10:00:00",
            json.dumps(data, ensure_ascii=False),
        ),
    )
    conn.close()


def test_version_1_file_is_migrated(tmp_path, demo):
    path = tmp_path / "old.sqlite"
    make_version_1_library(path, demo)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 1
    with Library.open(path) as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        # the migration built the search index of the reports already there
        assert [s.uuid for s in lib.search("الاشاعه")] == [demo.uuid]
        [summary] = lib.list_reports()
        assert lib.load(summary.id).event == demo.event
        backups = lib.backups()
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 1


def test_new_library_runs_every_migration(tmp_path):
    with Library.open(tmp_path / "new.sqlite") as lib:
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS)
        assert lib.conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert lib.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert lib.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
