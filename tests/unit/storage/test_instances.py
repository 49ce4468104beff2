"""One OpenReport per library, saves conditional on their revision, a library that vanished."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from openreport.model import Report
from openreport.storage import (
    Library,
    LibraryGoneError,
    LibraryInUseError,
    LibraryLock,
    OpenedReadOnlyError,
    SaveConflictError,
)
from openreport.storage.lock import lock_path

ROOT = Path(__file__).resolve().parents[3]

HOLDER = textwrap.dedent(
    """
    import sys
    from openreport.storage import Library

    library = Library.open(sys.argv[1])
    print("held", flush=True)
    sys.stdin.readline()
    """
)


@pytest.fixture
def held_elsewhere(tmp_path):
    """A library held by another process (another window), released at the end."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.save(Report(title="أول"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout.readline().strip() == "held"
    yield path, child
    child.stdin.close()
    child.wait(timeout=30)
    child.stdout.close()


def test_a_second_instance_is_refused_in_arabic(held_elsewhere):
    path, _ = held_elsewhere
    assert Library.is_in_use(path)
    with pytest.raises(LibraryInUseError, match="مفتوحة في نافذة أخرى"):
        Library.open(path)


def test_a_second_window_opens_read_only_and_cannot_save(held_elsewhere):
    path, _ = held_elsewhere
    with Library.open(path, read_only=True) as lib:
        report = lib.load(1)
        assert report.title == "أول"
        report.title = "ثان"
        with pytest.raises(OpenedReadOnlyError, match="للقراءة فقط"):
            lib.save(report)
    with Library.open(path, read_only=True) as lib:
        assert lib.load(1).title == "أول"


def test_the_lock_of_a_crashed_instance_is_free(held_elsewhere):
    path, child = held_elsewhere
    child.kill()
    child.wait(timeout=30)
    assert lock_path(path).exists()  # left behind by the crash, but no longer locked
    assert not Library.is_in_use(path)
    with Library.open(path) as lib:
        assert lib.load(1).title == "أول"
    assert not lock_path(path).exists()  # removed when released


def test_opens_in_one_process_share_the_lock(tmp_path):
    # The window and its autosave writer both open the library.
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as first, Library.open(path) as second:
        assert first.lock is not None and second.lock is not None
        assert not Library.is_in_use(path)
    with LibraryLock(path):
        pass


def test_a_save_from_a_stale_revision_is_refused(library):
    report_id = library.save(Report(title="الأصل"))
    window_a = library.load(report_id)
    window_b = library.load(report_id)
    assert window_a.revision == window_b.revision == 1
    window_a.title = "من النافذة الأولى"
    library.save(window_a)
    assert window_a.revision == 2
    window_b.title = "من النافذة الثانية"
    with pytest.raises(SaveConflictError, match="تغير التقرير"):
        library.save(window_b)
    assert window_b.revision == 1  # unchanged: a retry after reloading is fair
    assert library.load(report_id).title == "من النافذة الأولى"
    assert library.revision(report_id) == 2


def test_a_save_after_another_connection_saved_is_refused(tmp_path):
    # Before: the last writer won silently (another window is another connection).
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report_id = lib.save(Report(title="الأصل"))
        loaded = lib.load(report_id)
        other = sqlite3.connect(path)
        with other:
            other.execute("UPDATE reports SET title = 'x', revision = revision + 1")
        other.close()
        loaded.title = "تعديل"
        with pytest.raises(SaveConflictError):
            lib.save(loaded)
        assert lib.revision(report_id) == 2
        assert lib.list_reports()[0].title == "x"


def test_a_deleted_library_is_noticed_before_a_save(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report = lib.load(lib.save(Report(title="مهم")))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        report.title = "مهم جدا"
        with pytest.raises(LibraryGoneError, match="حُذف أو نُقل"):
            lib.save(report)
        copy = lib.save_copy_to(tmp_path / "elsewhere.sqlite")
    with Library.open(copy) as rescued:
        assert rescued.load(report.id).title == "مهم"
        rescued.save(report)
        assert rescued.load(report.id).title == "مهم جدا"


def test_a_moved_or_replaced_library_is_noticed(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.save(Report())
        os.rename(path, tmp_path / "moved.sqlite")
        path.write_bytes(b"")  # something else now stands at the old name
        with pytest.raises(LibraryGoneError):
            lib.save(Report())
        path.unlink()


def test_save_copy_to_is_private_and_renamed_into_place(library, tmp_path):
    library.save(Report(title="نسخة"))
    target = tmp_path / "copy.sqlite"
    target.write_bytes(b"old")
    library.save_copy_to(target)
    assert target.stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    with Library.open(target) as copy:
        assert copy.list_reports()[0].title == "نسخة"
