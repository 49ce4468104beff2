"""A .openreport file opened from the file manager (the desktop entry's ``openreport %f``)
starts the window, which imports the file's reports into the library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
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


def test_opening_a_file_imports_its_reports_into_the_window(app, demo, monkeypatch, tmp_path):
    from openreport.ui import app as start
    from openreport.ui.main_window import MainWindow

    sent = tmp_path / "من الزميلة" / "ملتقى السعيدية.openreport"
    sent.parent.mkdir()
    write_exchange_file([demo], sent)
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    seen = {}

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["rows"] = window.library_page.model.rowCount()
        seen["message"] = window.statusBar().currentMessage()
        window.save_guard.ask_before_closing = lambda closing=True: "discard"
        window.close()

    QTimer.singleShot(300, look)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(start, "QSettings", lambda: settings)
    args = cli._parse(cli._parser(), ["--library", str(path), str(sent)])
    assert start.run_application(args) == 0
    assert seen["rows"] == 1 and "تم استيراد" in seen["message"]
    with Library.open(path) as library:
        (summary,) = library.list_reports()
    assert summary.title == demo.title
