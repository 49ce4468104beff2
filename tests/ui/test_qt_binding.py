"""The Qt binding keeps Python's None alive: PySide6 6.12.0 released a reference to None at every
call of a method returning void, and a long session then crashed the application."""

import sys

from PySide6.QtGui import QTextCharFormat


def test_void_calls_do_not_release_none(app):
    fmt = QTextCharFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        fmt.setFontPointSize(12)
    assert sys.getrefcount(None) >= before - 10
