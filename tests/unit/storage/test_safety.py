"""The library never loses a report and never modifies a file it refuses."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from openreport.model import Report
from openreport.storage import Library, schema
from openreport.storage.errors import CorruptLibraryError, NewerSchemaError, NotALibraryError

ROOT = Path(__file__).resolve().parents[3]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_library(path, demo):
    with Library.open(path) as lib:
        lib.save(demo)
        for i in range(30):
            lib.save(Report(title=f"تقرير {i}"))
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.mark.parametrize("keep", [0.5, 0.9, 4096])
def test_truncated_file_is_refused_and_left_identical(tmp_path, demo, keep):
    path = tmp_path / "lib.sqlite"
    make_library(path, demo)
    data = path.read_bytes()
    cut = int(len(data) * keep) if keep < 1 else keep
    path.write_bytes(data[:cut])
    before = digest(path)
    with pytest.raises((CorruptLibraryError, NotALibraryError)) as error:
        Library.open(path)
    assert "تالف" in str(error.value) or "مبتور" in str(error.value)
    assert digest(path) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage" * 100, b"PK\x03\x04 a docx perhaps" * 50, os.urandom(8192)],
)
def test_garbage_is_refused_and_left_identical(tmp_path, content):
    path = tmp_path / "lib.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotALibraryError, match="ليس مكتبة"):
        Library.open(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "lib.sqlite.backups").exists()


def test_damaged_pages_are_refused(tmp_path, demo):
    path = tmp_path / "lib.sqlite"
    make_library(path, demo)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):
        data[offset + 8 : offset + 200] = os.urandom(192)
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(CorruptLibraryError):
        Library.open(path)
    assert digest(path) == before


def test_another_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotALibraryError):
        Library.open(path)
    assert digest(path) == before


def test_newer_schema_is_refused(tmp_path, demo):
    path = tmp_path / "lib.sqlite"
    make_library(path, demo)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NewerSchemaError, match="أحدث"):
        Library.open(path)
    assert digest(path) == before


def test_backups_rotate_and_restore(tmp_path, demo):
    # Ten starts of an unchanged library used to leave ten identical backups: now one.
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        report_id = lib.save(demo)
    for _ in range(10):
        Library.open(path, backup=True).close()
    with Library.open(path) as lib:
        backups = lib.backups()
        assert len(backups) == 1
        newest = backups[0]
        lib.delete(report_id)
        lib.empty_trash()
        assert lib.list_reports() == []
        lib.restore_backup(newest)
        assert lib.load(report_id) == demo


def test_restore_refuses_a_bad_backup(tmp_path, demo):
    path = tmp_path / "lib.sqlite"
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a backup" * 100)
    with Library.open(path) as lib:
        report_id = lib.save(demo)
        with pytest.raises(NotALibraryError):
            lib.restore_backup(bad)
        assert lib.load(report_id) == demo


CHILD = textwrap.dedent(
    """
    import sys
    from openreport.model import Report
    from openreport.storage import Library
    from openreport.demo import demo_report

    library = Library.open(sys.argv[1])
    report = demo_report()
    report.uuid = "kill-test"
    existing = library.find_id(report.uuid)
    report.id = existing
    n = int(library.load(existing).title) if existing else 0
    while True:
        n += 1
        report.title = str(n)
        report.days[0].sessions[0].items[0].summary = "نص " * (n % 500)
        library.save(report)
        print(n, flush=True)
    """
)


@pytest.mark.slow
def test_killed_while_saving_50_times_the_library_holds_the_last_commit(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    rng = random.Random(20241112)
    last = 0
    for _ in range(50):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
        )
        # Read committed numbers for a while, then kill in the middle of a save.
        reads = rng.randint(1, 12)
        for _ in range(reads):
            line = child.stdout.readline()
            if not line:
                break
            last = int(line)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with Library.open(path) as lib:
            saved = int(lib.load(lib.find_id("kill-test")).title)
        # The child may commit once more between its last print and the kill.
        assert saved in (last, last + 1)
        last = saved
    assert last >= 50


HOLDER = textwrap.dedent(
    """
    import sys
    from openreport.model import Report
    from openreport.storage import Library

    # As the window does: one connection for the window, one for the autosave writer.
    window = Library.open(sys.argv[1])
    writer = Library.open(sys.argv[1])
    report = Report(title="قبل")
    writer.save(report)
    print(report.id, flush=True)
    sys.stdin.readline()
    report.title = "بعد"
    writer.save(report)
    print("saved", flush=True)
    sys.stdin.readline()
    """
)


@pytest.mark.slow
def test_a_command_beside_a_running_window_keeps_its_write_ahead_log(tmp_path):
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        report_id = int(holder.stdout.readline())
        listed = subprocess.run(
            [sys.executable, "-m", "openreport", "list", "--library", str(path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert listed.returncode == 0, listed.stderr
        assert "قبل" in listed.stdout
        # The command's last connection must not have taken the log away from the window.
        assert (tmp_path / "lib.sqlite-wal").exists()
        holder.stdin.write("save\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        holder.stdin.close()
        holder.stdout.close()
    with Library.open(path) as lib:
        assert lib.load(report_id).title == "بعد"


def test_importing_from_a_library_this_process_holds_keeps_its_locks(tmp_path, demo):
    from openreport.storage.exchange import import_file

    path = tmp_path / "lib.sqlite"
    with Library.open(path) as held, Library.open(tmp_path / "other.sqlite") as other:
        held.save(demo)  # still in the write-ahead log
        [report_id] = import_file(other, path)
        assert other.load(report_id).title == demo.title
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        listed = subprocess.run(
            [sys.executable, "-m", "openreport", "list", "--library", str(path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert listed.returncode == 0, listed.stderr
        assert (tmp_path / "lib.sqlite-wal").exists()
