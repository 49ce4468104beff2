"""A .openreport file opened from the file manager (the desktop entry's ``openreport %f``)
starts the window, which imports the file's reports into the library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from openreport import cli
from openreport.storage import Library
from openreport.storage.exchange import write_exchange_file


@pytest.mark.parametrize(
    ("argv", "command", "open_file", "library"),
    [
        (
            ["تقارير الزملاء/ملتقى السعيدية.openreport"],
            None,
            "تقارير الزملاء/ملتقى السعيدية.openreport",
            None,
        ),
        (["--library", "L.sqlite", "sent.OPENREPORT"], None, "sent.OPENREPORT", "L.sqlite"),
        (["report.json"], None, "report.json", None),
        (["import", "sent.openreport"], "import", None, None),
        (["--library", "odd.openreport"], None, None, "odd.openreport"),
        (["export", "--demo", "-o", "out.json"], "export", None, None),
        ([], None, None, None),
    ],
)
def test_the_command_line_takes_a_file_to_open(argv, command, open_file, library):
    args = cli._parse(cli._parser(), argv)
    assert args.command == command
    assert getattr(args, "open_file", None) == (open_file and Path(open_file))
    assert getattr(args, "library", None) == (library and Path(library))


def when_shown(look, tries: int = 100) -> None:
    """Call ``look(window)`` once the application's main window is on the screen (it is built
    and shown inside run_application; the event loop runs this); else close everything."""
    from openreport.ui.main_window import MainWindow

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    shown = [w for w in shown if w.isVisible()]
    if shown:
        look(shown[0])
    elif tries:
        QTimer.singleShot(100, lambda: when_shown(look, tries - 1))
    else:
        QApplication.quit()


@pytest.fixture(autouse=True)
def forget_windows():
    """The windows run_application made are deleted after the test: another test looking for
    the main window must not find a closed one of these."""
    yield
    from openreport.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_opening_a_file_imports_its_reports_into_the_window(app, demo, monkeypatch, tmp_path):
    from openreport.ui import app as start

    sent = tmp_path / "من الزميلة" / "ملتقى السعيدية.openreport"
    sent.parent.mkdir()
    write_exchange_file([demo], sent)
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    seen = {}

    def look(window) -> None:
        seen["rows"] = window.library_page.model.rowCount()
        seen["message"] = window.statusBar().currentMessage()
        window.save_guard.ask_before_closing = lambda closing=True: "discard"
        window.close()

    when_shown(look)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(start, "QSettings", lambda: settings)
    args = cli._parse(cli._parser(), ["--library", str(path), str(sent)])
    assert start.run_application(args) == 0
    assert seen["rows"] == 1 and "تم استيراد" in seen["message"]
    with Library.open(path) as library:
        (summary,) = library.list_reports()
    assert summary.title == demo.title


HOLDER = "import sys\nfrom openreport.storage import Library\nlibrary = Library.open(sys.argv[1])\nprint('holding', flush=True)\nsys.stdin.readline()\n"


def test_a_file_opened_beside_a_running_window_is_refused_and_said(
    app, demo, monkeypatch, tmp_path
):
    # The running window holds the library: this one opens it read-only and says the import
    # cannot be made there (the file is not handed to the other window yet).
    from openreport.ui import app as start
    from openreport.ui.main_window import MainWindow

    sent = tmp_path / "ملتقى.openreport"
    write_exchange_file([demo], sent)
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        errors, seen = [], {}
        monkeypatch.setattr(MainWindow, "error", lambda self, message: errors.append(message))

        def look(window) -> None:
            seen["read_only"] = window.read_only
            seen["rows"] = window.library_page.model.rowCount()
            window.close()

        when_shown(look)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        monkeypatch.setattr(start, "QSettings", lambda: settings)
        args = cli._parse(cli._parser(), ["--library", str(path), str(sent)])
        assert start.run_application(args) == 0
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()
    assert seen == {"read_only": True, "rows": 0}
    assert len(errors) == 1 and errors[0], errors
