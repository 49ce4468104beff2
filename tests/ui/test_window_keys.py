"""The window's keys (Ctrl+E export, Ctrl+D copy for the next edition…) work while typing: a
text field does not take them for its own line editing (Ctrl+E «end of line» on Linux)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from openreport.ui.editor.base import SectionId

CTRL = Qt.KeyboardModifier.ControlModifier


def taken_by(widget, key, modifiers=CTRL) -> bool:
    """Whether ``widget`` keeps the key for itself, before any shortcut sees it."""
    event = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
    event.ignore()
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


class LinuxLineKeys(QObject):
    """What a text field does on Linux (xcb), whatever platform the tests run on: it takes
    Ctrl+E (end of line) and Ctrl+D (delete) for itself."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
            Qt.Key.Key_E,
            Qt.Key.Key_D,
        ):
            event.accept()
        return False


def test_ctrl_e_exports_while_typing_in_a_field(demo_window, qtbot, monkeypatch):
    demo_window.editor.show_section(SectionId.EVENT)
    event = demo_window.editor.section(SectionId.EVENT)
    exported = []
    demo_window.export_action.triggered.connect(lambda: exported.append(True))
    monkeypatch.setattr(demo_window.outputs, "ask_target", lambda *args: None)
    linux = LinuxLineKeys()
    for field in (event.ui.name, event.ui.context):
        field.installEventFilter(linux)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        assert not taken_by(field, Qt.Key.Key_E)
        assert not taken_by(field, Qt.Key.Key_D)
        assert taken_by(field, Qt.Key.Key_C)  # copying stays the field's
        QTest.keyClick(field, Qt.Key.Key_E, CTRL)
    assert len(exported) == 2
