"""The window's start-up backup is taken once the window shows, in a thread of its own: start-up
does not wait for a copy of the whole library, and the copy is still whole and consistent."""

from __future__ import annotations

import sqlite3
import threading

from openreport import actions
from openreport.model import Report
from openreport.storage import Library


def _library(tmp_path, reports: int = 3):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        for n in range(reports):
            library.save(Report(title=f"تقرير {n}"))
    return path


def _titles(backup) -> list[str]:
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in conn.execute("SELECT title FROM reports"))
    finally:
        conn.close()


def test_opening_for_the_window_takes_no_backup_until_asked(tmp_path):
    path = _library(tmp_path)
    library, _ = actions.open_library(path, backup="later")
    with library:
        assert library.backup_pending and library.backups() == []
        finished = threading.Event()
        seen = []
        library.back_up_later(lambda failure: (seen.append(failure), finished.set()))
        assert not library.backup_pending
        assert finished.wait(30)
        assert seen == [None]
        (backup,) = library.backups()
        assert _titles(backup) == ["تقرير 0", "تقرير 1", "تقرير 2"]


def test_saving_while_the_backup_runs_and_closing_waits_for_it(tmp_path):
    path = _library(tmp_path, reports=200)
    library = Library.open(path, backup="later")
    library.back_up_later()
    library.save(Report(title="أثناء النسخ"))  # the window goes on saving meanwhile
    library.close()  # waits for the copy: never a half-written backup
    with Library.open(path) as reopened:
        (backup,) = reopened.backups()
    titles = _titles(backup)
    assert len(titles) in (200, 201)  # one consistent snapshot, before or after the save
    assert not list(backup.parent.glob("*.part"))


def test_a_backup_that_fails_in_its_thread_is_said_and_the_library_stays_open(tmp_path):
    path = _library(tmp_path)
    library = Library.open(path, backup="later")
    library.backup_dir.write_bytes(b"")  # the backup folder cannot be made
    finished = threading.Event()
    said = []
    library.back_up_later(lambda failure: (said.append(failure), finished.set()))
    assert finished.wait(30)
    assert said[0] and "نسخة احتياطية" in said[0] and library.backup_failure == said[0]
    library.save(Report(title="بعد الفشل"))
    library.close()


def test_an_unchanged_library_gets_no_second_backup(tmp_path):
    path = _library(tmp_path)
    for _ in range(2):
        library = Library.open(path, backup="later")
        library.back_up_later()
        library.close()
    with Library.open(path) as library:
        assert len(library.backups()) == 1


def test_a_damaged_library_is_not_backed_up_over_good_copies(tmp_path):
    # The window's start checks the header only (the page check grows with the library); the
    # backup thread checks every page first: a damaged file is said, never rotated in.
    path = _library(tmp_path, reports=60)
    with Library.open(path, backup=True) as library:
        (good,) = library.backups()
        library.save(Report(title="تغيير"))
    with open(path, "r+b") as file:  # the library is closed: no lock of SQLite's is dropped
        file.seek(path.stat().st_size // 2)
        file.write(b"\xff" * 4096)
    library = Library.open(path, backup="later")
    finished = threading.Event()
    said = []
    library.back_up_later(lambda failure: (said.append(failure), finished.set()))
    assert finished.wait(30)
    library.close()
    assert said[0] and "تالف" in said[0]
    with Library.open(tmp_path / "other.sqlite"):
        pass
    assert sorted(good.parent.glob("*.sqlite")) == [good]
