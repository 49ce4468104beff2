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
