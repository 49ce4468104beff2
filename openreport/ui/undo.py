"""Undo and redo in the forms. Text fields keep their own history; a value field (a choice, a
count, a date, a check box) keeps the changes the user made to it in a ``ValueHistory``. The
Edit menu's Undo and Redo act on the field that has the keyboard focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


def _accessors(widget: QWidget) -> tuple[Callable, Callable, object] | None:
    """How to read, show and watch the value of ``widget``; None for a field without one."""
    if isinstance(widget, QComboBox) and not widget.isEditable():
        return widget.currentIndex, widget.setCurrentIndex, widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.date, widget.setDate, widget.dateChanged
    if isinstance(widget, QSpinBox):
        return widget.value, widget.setValue, widget.valueChanged
    if isinstance(widget, QCheckBox):
        return widget.isChecked, widget.setChecked, widget.toggled
    return None


class ValueHistory(QObject):
    """The values one field went through: every change (a click, a wheel turn, a key) is
    kept until ``forget`` (a report or an entry loaded into the form)."""

    def __init__(self, widget: QWidget, read, show, signal) -> None:
        super().__init__(widget)
        self.setObjectName("valueHistory")
        self.read, self.show = read, show
        self.done: list[tuple[object, object]] = []
        self.undone: list[tuple[object, object]] = []
        self.last = read()
        self.replaying = False
        signal.connect(self.changed)
        if isinstance(widget, QAbstractSpinBox):
            # its text line takes Ctrl+Z for itself (and finds nothing to undo after a wheel
            # turn): the keys go to the Edit menu instead
            widget.installEventFilter(self)

    def changed(self, *_args) -> None:
        value = self.read()
        if not self.replaying and value != self.last:
            self.done.append((self.last, value))
            self.undone.clear()
        self.last = value

    def forget(self) -> None:
        self.done.clear()
        self.undone.clear()
        self.last = self.read()

    def undo(self) -> bool:
        if not self.done:
            return False
        step = self.done.pop()
        self.undone.append(step)
        self._show(step[0])
        return True

    def redo(self) -> bool:
        if not self.undone:
            return False
        step = self.undone.pop()
        self.done.append(step)
        self._show(step[1])
        return True

    def _show(self, value) -> None:
        self.replaying = True
        try:
            self.show(value)  # the field's signal writes the value into the report
        finally:
            self.replaying = False
        self.last = self.read()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_undo_or_redo(event):
            return True  # not taken here: the window's Undo or Redo shortcut fires
        return False


def is_undo_or_redo(event) -> bool:
    keys = QKeySequence(event.keyCombination())
    return keys in UNDO_KEYS or keys in REDO_KEYS


def track(widget: QWidget) -> ValueHistory | None:
    """Keep the history of ``widget``'s values (once); None for a field without values."""
    history = history_of(widget)
    if history is not None:
        return history
    accessors = _accessors(widget)
    return ValueHistory(widget, *accessors) if accessors is not None else None


def history_of(widget: QWidget) -> ValueHistory | None:
    return widget.findChild(ValueHistory, "valueHistory", Qt.FindChildOption.FindDirectChildrenOnly)


def focused_history(widget: QWidget | None) -> ValueHistory | None:
    """The value history of the focused field (or of the field whose part has the focus)."""
    for _ in range(3):
        if widget is None:
            return None
        history = history_of(widget)
        if history is not None:
            return history
        widget = widget.parentWidget()
    return None


def undo_focused(redo: bool = False) -> bool:
    """Undo (or redo) the last change of the focused field; whether there was one."""
    widget = QApplication.focusWidget()
    history = focused_history(widget)
    if history is not None:
        return history.redo() if redo else history.undo()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
        available = _text_available(widget, redo)
        if available:
            widget.redo() if redo else widget.undo()
        return available
    return False


def _text_available(widget, redo: bool) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    document = widget.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()
