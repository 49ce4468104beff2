"""The window shows before the start-up backup; the backup follows in its own thread, and a
failure is said in a message while the library stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from openreport.model import Report
from openreport.storage import Library
from openreport.ui.app import back_up_after_showing


def test_the_backup_is_taken_after_the_window_shows(window_factory, qtbot, tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as library:
        library.save(Report(title="تقرير"))
    library = Library.open(path, backup="later")
    window = window_factory(library)
    assert window.isVisible() and library.backups() == []  # shown before any copy
    back_up_after_showing(window, library)
    qtbot.waitUntil(lambda: len(library.backups()) == 1, timeout=10000)
    library.wait_for_backup()
    assert library.backup_failure is None


def test_a_failed_backup_is_said_in_a_message(window_factory, qtbot, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    library = Library.open(path, backup="later")
    library.backup_dir.write_bytes(b"")  # the backup folder cannot be made
    window = window_factory(library)
    back_up_after_showing(window, library)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "نسخة احتياطية" in said[0] and "ستعاد المحاولة" in said[0]
    assert window.library is library and not library.conn.in_transaction


def test_a_library_opened_with_its_backup_taken_asks_for_none(window_factory, qtbot, tmp_path):
    library = Library.open(tmp_path / "lib.sqlite", backup=True)
    window = window_factory(library)
    back_up_after_showing(window, library)
    assert getattr(library, "_backup_thread", None) is None
