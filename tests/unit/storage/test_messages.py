"""Each cause named in Arabic: a full disk, a lock, a stale log, a read-only folder; an intact
library is never called damaged; the operating system's English is never shown."""

from __future__ import annotations

import errno
import re
import sqlite3
import subprocess
import sys

import pytest

from openreport import actions
from openreport.cli import main
from openreport.errors import os_cause
from openreport.model import Report
from openreport.render.files import ExportError, write_atomically
from openreport.storage import Library, files
from openreport.storage import errors as storage_errors
from openreport.storage.errors import (
    CannotOpenLibraryError,
    CorruptLibraryError,
    DiskError,
    StaleLogError,
    StorageFullError,
    translate_sqlite_error,
)
from tests.unit.storage.test_errors import fabricated

LATIN_WORDS = re.compile(r"[A-Za-z]{4,}")


def english(message: str, *paths) -> list[str]:
    for path in paths:
        message = message.replace(str(path), "")
    return LATIN_WORDS.findall(message.replace("SQLite", "").replace("OpenReport", ""))


def test_a_stale_log_is_named():
    failure = translate_sqlite_error(fabricated("SQLITE_PROTOCOL"), "lib.sqlite")
    assert isinstance(failure, StaleLogError) and "عالق" in str(failure)


def test_an_unclassified_failure_while_opening_is_not_called_damage(tmp_path):
    # Before: any failure of the read-only check read «تالف ولا يمكن فتحه».
    failure = files._refusal(fabricated("SQLITE_ERROR"), tmp_path / "lib.sqlite")
    assert isinstance(failure, CannotOpenLibraryError) and not isinstance(
        failure, CorruptLibraryError
    )
    assert "تالف" not in str(failure) and "SQLITE_ERROR" in str(failure)


def test_an_io_error_on_a_full_disk_says_the_disk_is_full(monkeypatch):
    # SQLite reports a log index it cannot grow as SQLITE_IOERR_SHMSIZE, not SQLITE_FULL.
    error = (
        fabricated("SQLITE_IOERR_SHMSIZE")
        if hasattr(sqlite3, "SQLITE_IOERR_SHMSIZE")
        else (fabricated("SQLITE_IOERR"))
    )
    monkeypatch.setattr(storage_errors, "_room_left", lambda path: 4096)
    assert isinstance(translate_sqlite_error(error, "lib.sqlite"), StorageFullError)
    monkeypatch.setattr(storage_errors, "_room_left", lambda path: 10 << 30)
    assert type(translate_sqlite_error(error, "lib.sqlite")) is DiskError


def test_an_intact_library_starts_when_its_backup_cannot_be_made(tmp_path):
    # Before: the application refused to start on an intact library when the start-up backup
    # failed (a full disk, a read-only backup folder).
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report_id = lib.save(Report(title="سليم"))
        lib.backup_dir.write_bytes(b"")  # the backup folder cannot be made
    library, _ = actions.open_library(path, backup=True)
    with library:
        assert library.load(report_id).title == "سليم"
        assert library.backup_failure and "نسخة احتياطية" in library.backup_failure
        assert not english(library.backup_failure, library.backup_dir)


def test_the_command_line_names_a_lock_held_by_another_program(tmp_path, capsys):
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('BEGIN EXCLUSIVE')\n"
            "c.execute('UPDATE profile SET id = id')\n"
            "print('held', flush=True); sys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert main(["list", "--library", str(path)]) == 1
        err = capsys.readouterr().err
        assert "برنامج آخر" in err and "تالف" not in err
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    assert main(["list", "--library", str(path)]) == 0


@pytest.mark.parametrize(
    "code", [errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EIO, errno.ENAMETOOLONG, 12345]
)
def test_operating_system_failures_are_told_in_arabic(tmp_path, code):
    def save(file):
        raise OSError(code, "Some English text from the system")

    with pytest.raises(ExportError) as error:
        write_atomically(save, tmp_path / "report.docx")
    message = str(error.value)
    assert "English" not in message and not english(message, "report.docx")
    if code in (errno.EIO, errno.ENAMETOOLONG, 12345):
        assert os_cause(OSError(code, "x")) in message
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_under_a_zip_writer_is_named_without_noise(tmp_path):
    # python-docx leaves its zip archive open when a write fails; before, the export showed
    # «ValueError: seek of closed file» and a traceback.
    import zipfile

    def save(file):
        archive = zipfile.ZipFile(file, "w")
        archive.writestr("a", b"x" * 10)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError, match="القرص ممتلئ"):
        write_atomically(save, tmp_path / "report.docx")
    import gc

    gc.collect()


def test_an_intact_library_in_a_read_only_folder_is_read_not_refused(tmp_path, capsys):
    from tests.helpers.files import read_only

    folder = tmp_path / "share"
    path = folder / "lib.sqlite"
    with Library.open(path) as lib:
        lib.save(Report(title="على قرص للقراءة فقط"))
    exchange = tmp_path / "x.openreport"
    with read_only(folder):
        assert main(["list", "--library", str(path)]) == 0
        assert "على قرص للقراءة فقط" in capsys.readouterr().out
        assert main(["export-file", "1", "-o", str(exchange), "--library", str(path)]) == 0
        assert main(["import", str(exchange), "--library", str(path)]) == 1
        err = capsys.readouterr().err
        assert "للقراءة فقط" in err and "تالف" not in err
        library, _ = actions.open_library(path, write=False)
        with library:
            assert library.read_only
    assert sorted(p.name for p in folder.iterdir()) == ["lib.sqlite"]
