"""A second OpenReport on a library already open reads it and says so; it saves nothing."""

from __future__ import annotations

import argparse
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from openreport.demo import demo_profile, demo_report
from openreport.model import Report
from openreport.storage import Library
from openreport.ui.editor.base import SectionId

HOLDER = textwrap.dedent(
    """
    import sys
    from openreport.storage import Library
    library = Library.open(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    library.close()
    """
)


@pytest.fixture
def held(tmp_path):
    """A library that another OpenReport process holds open."""
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        report_id = library.save(demo_report())
        library.save_profile(demo_profile())
        library.save(Report())  # a new report: the editor fills in its defaults when opened
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "holding"
    yield path, report_id
    holder.stdin.close()
    holder.wait(timeout=10)
    holder.stdout.close()


def test_a_second_launch_opens_the_library_read_only_and_says_so(held, app, monkeypatch, tmp_path):
    from openreport.ui import app as start
    from openreport.ui.main_window import MainWindow

    path, report_id = held
    seen = {}

    def look() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen["title"] = window.windowTitle()
        seen["banner"] = window.findChild(object, "readOnlyBanner").isVisible()
        seen["new"] = window.new_action.isEnabled()
        window.open_report(report_id)
        name = window.editor.section(SectionId.EVENT).ui.name
        seen["read_only_field"] = name.isReadOnly()
        window.editor.show_section(SectionId.REVIEW)
        seen["final"] = window.editor.review.final_button.isEnabled()
        window.open_report(report_id + 1)
        window.autosaver.wait()
        seen["nothing_saved"] = window.autosaver.is_saved() and not window.autosaver.pending
        window.save_guard.ask_before_closing = lambda closing=True: "discard"  # never waits
        window.close()

    QTimer.singleShot(300, look)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(start, "QSettings", lambda: settings)
    code = start.run_application(argparse.Namespace(library=str(path), demo=False))
    assert code == 0
    assert seen == {
        "title": "OpenReport — تقارير الجماعة — للقراءة فقط",
        "banner": True,
        "new": False,
        "read_only_field": True,
        "final": False,
        "nothing_saved": True,
    }


LAUNCH = textwrap.dedent(
    """
    import argparse, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from openreport.ui import app as start
    sys.exit(start.run_application(argparse.Namespace(library=sys.argv[1], demo=False)))
    """
)


def test_a_second_launch_brings_the_first_window_forward(window_factory, qtbot, tmp_path):
    from openreport.ui.single import ComeForwardServer

    path = tmp_path / "library.sqlite"
    window = window_factory(Library.open(path))
    server = ComeForwardServer(window, path)
    assert server.listening
    raised = []
    window.raise_ = lambda: raised.append(True)
    second = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
    said = second.stderr.read()
    second.stderr.close()
    assert second.returncode == 0
    assert raised == [True]
    assert "جلبت تلك النافذة إلى الأمام" in said
    server.close()
