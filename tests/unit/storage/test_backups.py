"""Backups: identical ones skipped, generations kept, a restore checked before it is swapped in."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from openreport.model import Report
from openreport.storage import Library, schema
from openreport.storage.backups import KEEP_DAILY, KEEP_LAST, KEEP_WEEKLY, STAMP_FORMAT, to_keep
from openreport.storage.errors import NotALibraryError


def test_ten_restarts_of_an_unchanged_library_leave_one_backup(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.save(Report(title="تقرير"))
        lib.delete(1)
        lib.empty_trash()  # an emptied trash: before, ten starts left ten identical backups
    for _ in range(10):
        Library.open(path, backup=True).close()
    with Library.open(path) as lib:
        assert len(lib.backups()) == 1


def test_a_change_makes_a_new_backup(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library.open(path, backup=True).close()  # the empty library
    with Library.open(path, backup=True) as lib:  # unchanged: skipped
        assert len(lib.backups()) == 1
        lib.save(Report(title="جديد"))
    with Library.open(path, backup=True) as lib:  # changed: backed up
        assert len(lib.backups()) == 2


def named(folder: Path, when: dt.datetime) -> Path:
    path = folder / f"lib-{when.strftime(STAMP_FORMAT)}.sqlite"
    path.write_bytes(b"")
    return path


def test_generations_keep_the_last_starts_daily_and_weekly(tmp_path):
    now = dt.datetime(2026, 11, 30, 9, 0)
    made = []
    for day in range(60):  # three starts a day for sixty days
        for hour in (8, 12, 17):
            made.append(named(tmp_path, now - dt.timedelta(days=day, hours=-hour + 9)))
    kept = to_keep(made)
    newest_first = sorted(made, reverse=True)
    assert set(newest_first[:KEEP_LAST]) <= kept
    days = {p.name[4:12] for p in kept}
    # the last five starts span two days; then one a day for seven days, one a week for four
    assert len(days) >= KEEP_DAILY
    weeks = {dt.datetime.strptime(p.name[4:12], "%Y%m%d").isocalendar()[:2] for p in kept}
    assert len(weeks) == KEEP_WEEKLY
    assert len(kept) <= KEEP_LAST + KEEP_DAILY + KEEP_WEEKLY
    oldest = min(dt.datetime.strptime(p.name[4:12], "%Y%m%d") for p in kept)
    assert oldest >= now - dt.timedelta(weeks=KEEP_WEEKLY + 1)


def test_backups_from_different_days_are_pruned_by_the_rule(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.save(Report(title="تقرير"))
        lib.backup_dir.mkdir()
        now = dt.datetime.now()
        old = [named(lib.backup_dir, now - dt.timedelta(days=d)) for d in range(1, 40)]
    Library.open(path, backup=True).close()  # the newest is an empty file: not identical
    with Library.open(path, read_only=True) as lib:
        survivors = lib.backups()
    [new] = set(survivors) - set(old)
    assert set(survivors) == to_keep([*old, new])
    assert old[0] in survivors and old[-1] not in survivors
    assert set(old[: KEEP_DAILY - 1]) <= set(survivors)  # yesterday and the five days before
    assert KEEP_DAILY + 1 <= len(survivors) <= KEEP_DAILY + KEEP_WEEKLY


def test_a_backup_is_private(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library.open(path, backup=True).close()
    with Library.open(path) as lib:
        [backup] = lib.backups()
        assert backup.stat().st_mode & 0o777 == 0o600
        assert lib.backup_dir.stat().st_mode & 0o777 == 0o700


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restoring_an_old_labelled_file_without_tables_is_refused(tmp_path):
    # Before: it overwrote the library, then every command failed with a traceback.
    path = tmp_path / "lib.sqlite"
    fake = tmp_path / "fake-backup.sqlite"
    conn = sqlite3.connect(fake)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Library.open(path) as lib:
        report_id = lib.save(Report(title="باق"))
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with pytest.raises(NotALibraryError, match="لا تطابق بنية"):
            lib.restore_backup(fake)
        assert lib.load(report_id).title == "باق"
        assert lib.backups() == []  # nothing happened, not even the backup before swapping
    with Library.open(path) as lib:
        assert lib.load(report_id).title == "باق"
    assert not [p for p in tmp_path.iterdir() if ".restore" in p.name]


def test_restoring_an_old_version_migrates_it(tmp_path):
    path = tmp_path / "lib.sqlite"
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old, isolation_level=None)
    schema.migrate(conn, target=1)
    conn.execute(
        "INSERT INTO reports (uuid, title, status, created, modified, data)"
        " VALUES ('u', 'قديم', 'draft', '2024-01-01T00:00:00', '2024-01-01T00:00:00', ?)",
        ('{"title": "قديم"}',),
    )
    conn.close()
    with Library.open(path) as lib:
        lib.save(Report(title="حالي"))
        lib.restore_backup(old)
        assert [s.title for s in lib.list_reports()] == ["قديم"]
        assert lib.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        [before] = lib.backups()  # the current library was backed up first
    with Library.open(before) as saved:
        assert [s.title for s in saved.list_reports()] == ["حالي"]
