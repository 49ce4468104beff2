"""The application's widgets, driven for real (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from openreport.storage import Library
from openreport.ui.app import setup_application


@pytest.fixture
def app(qapp):
    return setup_application()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window_factory(app, qtbot, settings, tmp_path):
    from openreport.ui.main_window import MainWindow

    made = []

    def make(library: Library | None = None):
        library = library or Library.open(tmp_path / "library.sqlite")
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        # a test that failed may leave unsaved text: closing must not wait for an answer
        window.save_guard.ask_before_closing = lambda closing=True: "discard"
        window.close()
        window.library.close()


@pytest.fixture
def demo_window(window_factory, qtbot):
    """A window with the demo report open as a draft, active (so that fields take the focus)."""
    from openreport.demo import demo_profile, demo_report
    from openreport.model import ReportStatus

    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    report = demo_report()
    report.status = ReportStatus.DRAFT  # a final report's fields are locked
    window.open_report(window.library.save(report))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
