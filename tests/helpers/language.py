"""The interface in another language for the time of a test."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from openreport.ui import language


@contextmanager
def interface_in(code: str):
    """The application speaking ``code`` for the time of a test, as install_language makes it
    at start-up (translators, locale, direction), then Arabic again."""
    app = QApplication.instance()
    translators = language.load_translators(code)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    QLocale.setDefault(language.LOCALES[code])
    app.setLayoutDirection(language.direction(code))
    app._openreport_language = code
    try:
        yield translators
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(language.LOCALES["ar"])
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        app._openreport_language = "ar"


# The marks the window puts around a path in a message (isolate, left-to-right mark), and
# before an Arabic sentence that opens on a path (right-to-left mark).
PATH_MARKS = str.maketrans("", "", "\u2066\u2069\u200e\u200f")


def unmarked(text: str) -> str:
    """``text`` without the marks that keep a path's order: what the reader sees."""
    return text.translate(PATH_MARKS)
