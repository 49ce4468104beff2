"""Storage errors are classified by SQLite's result code, each cause with its own message."""

from __future__ import annotations

import sqlite3

import pytest

from openreport.model import Report
from openreport.storage import Library
from openreport.storage.errors import (
    CannotOpenLibraryError,
    CorruptLibraryError,
    DiskError,
    LibraryBusyError,
    LibraryLockedError,
    LibraryPermissionError,
    NotALibraryError,
    ReadOnlyLibraryError,
    StorageFullError,
    translate_sqlite_error,
)
from tests.helpers.files import read_only

CLASSES = {
    "SQLITE_FULL": StorageFullError,
    "SQLITE_IOERR": DiskError,
    "SQLITE_IOERR_WRITE": DiskError,
    "SQLITE_IOERR_FSYNC": DiskError,
    "SQLITE_IOERR_SHORT_READ": DiskError,
    "SQLITE_BUSY": LibraryBusyError,
    "SQLITE_BUSY_SNAPSHOT": LibraryBusyError,
    "SQLITE_LOCKED": LibraryLockedError,
    "SQLITE_LOCKED_SHAREDCACHE": LibraryLockedError,
    "SQLITE_READONLY": ReadOnlyLibraryError,
    "SQLITE_READONLY_DBMOVED": ReadOnlyLibraryError,
    "SQLITE_READONLY_DIRECTORY": ReadOnlyLibraryError,
    "SQLITE_CORRUPT": CorruptLibraryError,
    "SQLITE_CORRUPT_INDEX": CorruptLibraryError,
    "SQLITE_NOTADB": NotALibraryError,
    "SQLITE_CANTOPEN": CannotOpenLibraryError,
    "SQLITE_CANTOPEN_ISDIR": CannotOpenLibraryError,
    "SQLITE_PERM": LibraryPermissionError,
    "SQLITE_AUTH": LibraryPermissionError,
}


def fabricated(name: str, message: str = "whatever SQLite says") -> sqlite3.Error:
    """An sqlite3 error as the sqlite3 module raises it: a result code and its name."""
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = getattr(sqlite3, name)
    error.sqlite_errorname = name
    return error


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_each_result_code_has_its_class(name):
    failure = translate_sqlite_error(fabricated(name), "lib.sqlite")
    assert type(failure) is CLASSES[name]
    assert "lib.sqlite" in str(failure)


def message(name: str) -> str:
    return str(translate_sqlite_error(fabricated(name), "f"))


def test_each_cause_has_its_own_message():
    by_class: dict[type, set[str]] = {}
    for name, cls in CLASSES.items():
        by_class.setdefault(cls, set()).add(message(name))
    assert all(len(texts) == 1 for texts in by_class.values()), by_class
    texts = [text for (text,) in by_class.values()]
    assert len(set(texts)) == len(texts)
    # A read-only file is not a full disk, a lock is not a damaged file.
    assert [t for t in texts if "ممتلئ" in t] == [message("SQLITE_FULL")]
    assert [t for t in texts if "تالف" in t] == [message("SQLITE_CORRUPT")]


@pytest.mark.parametrize(
    "name", ["SQLITE_ERROR", "SQLITE_CONSTRAINT", "SQLITE_MISUSE", "SQLITE_RANGE"]
)
def test_bugs_are_not_disguised_whatever_the_message_says(name):
    # The English text says "disk is full", the code says "a bug": the code wins.
    assert translate_sqlite_error(fabricated(name, "database or disk is full"), "f") is None


def test_an_error_without_a_code_is_not_classified():
    assert translate_sqlite_error(sqlite3.OperationalError("database is locked"), "f") is None


# -- the real errors, provoked -------------------------------------------------------------


def test_a_read_only_library_file(tmp_path, demo):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report_id = lib.save(demo)
    with read_only(path), Library.open(path) as lib:
        demo.title = "عنوان لن يحفظ"
        with pytest.raises(ReadOnlyLibraryError, match="للقراءة فقط") as error:
            lib.save(demo)
        assert error.value.__cause__.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY
    with Library.open(path) as lib:
        assert lib.load(report_id).title != "عنوان لن يحفظ"


def test_a_library_in_a_read_only_folder(tmp_path, demo):
    folder = tmp_path / "shared"
    path = folder / "lib.sqlite"
    with Library.open(path) as lib:
        lib.save(demo)
    with read_only(folder), pytest.raises(ReadOnlyLibraryError, match="للقراءة فقط"):
        Library.open(path)


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes("ليست قاعدة بيانات\n".encode() * 200)
    with pytest.raises(NotALibraryError, match="ليس مكتبة"):
        Library.open(path)


def test_a_folder_is_not_a_library(tmp_path):
    with pytest.raises(NotALibraryError, match="مجلد"):
        Library.open(tmp_path)


def test_a_write_lock_held_by_another_connection(tmp_path, demo):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.conn.execute("PRAGMA busy_timeout = 50")
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(LibraryBusyError, match="مستعملة"):
                lib.save(demo)
            other.execute("ROLLBACK")
        finally:
            other.close()
        assert lib.save(demo) == demo.id


def test_a_full_library(tmp_path):
    with Library.open(tmp_path / "lib.sqlite") as lib:
        # A page limit is how SQLite lets a test run out of room without filling a disk.
        pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
        lib.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StorageFullError, match="ممتلئ"):
            lib.save(Report(title="نص طويل " * 20_000))
        assert lib.list_reports() == []
