"""Privacy on a shared workstation: the library is the owner's, exports follow the umask,
temporary copies of reports do not outlive the export (nor a crash)."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

import pytest

from openreport import actions
from openreport.model import Report
from openreport.render import files as render_files
from openreport.render import libreoffice
from openreport.render.files import TEMP_PREFIX, remove_stale_temporary_folders, write_atomically
from openreport.storage import Library


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    """A permissive umask, as many systems have: only OpenReport's own care keeps files private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_library_its_log_and_its_backups_are_the_owners_only(tmp_path, open_umask):
    path = tmp_path / "lib.sqlite"
    with Library.open(path, backup=True) as lib:
        lib.save(Report(title="سري"))
        for name in ("lib.sqlite", "lib.sqlite-wal", "lib.sqlite-shm", "lib.sqlite.lock"):
            assert mode(tmp_path / name) == 0o600, name
        lib.save(Report(title="تغيير"))
        backup = lib.make_backup()
        assert mode(backup) == 0o600
        assert mode(lib.backup_dir) == 0o700
        copy = lib.save_copy_to(tmp_path / "copy.sqlite")
        assert mode(copy) == 0o600


@pytest.mark.parametrize("umask, expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_exports_follow_the_users_umask(tmp_path, umask, expected):
    old = os.umask(umask)
    try:
        target = write_atomically(lambda file: file.write(b"x"), tmp_path / "report.docx")
    finally:
        os.umask(old)
    assert mode(target) == expected


def test_the_umask_is_read_without_being_changed():
    old = os.umask(0o027)
    try:
        assert render_files.current_umask() == 0o027
        assert render_files.current_umask() == 0o027
    finally:
        os.umask(old)


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """A temporary directory of the test's own: other runs on the machine (a second test
    session, an export in progress) make and remove their folders in the shared one."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def temp_folders() -> set[str]:
    return {n for n in os.listdir(tempfile.gettempdir()) if n.startswith(TEMP_PREFIX)}


def test_a_crashing_converter_leaves_no_copy_of_the_report(
    tmp_path, monkeypatch, demo, profile, private_temp
):
    # A LibreOffice that writes the report into its folders, then dies of a signal.
    fake = tmp_path / "soffice"
    fake.write_text(
        "#!/bin/sh\n"
        'for a in "$@"; do last="$a"; done\n'
        'cp "$last" "$(dirname "$last")/leaked.docx"\n'
        "kill -SEGV $$\n"
    )
    fake.chmod(0o755)
    monkeypatch.setattr(libreoffice, "soffice", lambda: str(fake))
    before = temp_folders()
    with pytest.raises(Exception, match="LibreOffice"):
        actions.export_report(demo, profile, tmp_path / "out.pdf", pdf_route="libreoffice")
    assert temp_folders() == before
    assert not (tmp_path / "out.pdf").exists()


def test_a_converter_that_hangs_is_stopped_with_its_children(tmp_path, monkeypatch, private_temp):
    fake = tmp_path / "soffice"
    marker = tmp_path / "still-running"
    fake.write_text(f"#!/bin/sh\n(sleep 3; touch {marker}) &\nsleep 30\n")
    fake.chmod(0o755)
    monkeypatch.setattr(libreoffice, "soffice", lambda: str(fake))
    docx = tmp_path / "r.docx"
    docx.write_bytes(b"")
    before = temp_folders()
    with pytest.raises(libreoffice.LibreOfficeError, match="المهلة"):
        libreoffice.convert_to_pdf(docx, tmp_path, timeout=1)
    assert temp_folders() == before
    time.sleep(3.5)
    assert not marker.exists()  # the child it left running was stopped too


def test_stale_temporary_folders_of_a_crashed_run_are_removed_at_start(tmp_path):
    stale = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}pdf-"))
    (stale / "report.docx").write_bytes(b"a report")
    fresh = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}pdf-"))
    other = Path(tempfile.mkdtemp(prefix="someone-else-"))
    old = time.time() - 3600
    for folder in (stale, other):
        os.utime(folder, (old, old))
    try:
        library, _ = actions.open_library(tmp_path / "lib.sqlite")
        library.close()
        assert not stale.exists()
        assert fresh.exists() and other.exists()  # a running export's, and not ours
    finally:
        for folder in (stale, fresh, other):
            shutil.rmtree(folder, ignore_errors=True)


def test_only_folders_older_than_the_longest_conversion_are_stale():
    folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}lo-"))
    try:
        assert remove_stale_temporary_folders(now=time.time()) == 0 or folder.exists()
        assert folder.exists()
        later = time.time() + render_files.STALE_AFTER + 60
        assert remove_stale_temporary_folders(now=later) >= 1
        assert not folder.exists()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_half_written_export_left_by_a_crash_is_removed_by_the_next(tmp_path):
    stale = tmp_path / ".report.abc123.tmp"
    stale.write_bytes(b"half a report")
    fresh = tmp_path / ".report.def456.tmp"  # perhaps another export running right now
    fresh.write_bytes(b"")
    other = tmp_path / ".other.abc123.tmp"
    other.write_bytes(b"")
    old = time.time() - 3600
    for path in (stale, other):
        os.utime(path, (old, old))
    write_atomically(lambda file: file.write(b"x"), tmp_path / "report.docx")
    assert not stale.exists() and fresh.exists() and other.exists()
