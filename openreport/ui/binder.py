"""Binding form widgets to the fields of the report being edited: each edit is written at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from openreport.ui.fields import follow_layout_direction, tab_leaves
from openreport.ui.undo import ValueHistory, track
from openreport.ui.widgets import (
    EnumCombo,
    OptionalDateEdit,
    OptionalTimeEdit,
    PersonFields,
)


def form_label(widget: QWidget) -> QWidget | None:
    """The label of ``widget``'s row when it stands alone in a row of a form layout."""
    parent = widget.parentWidget()
    if parent is None:
        return None
    for form in parent.findChildren(QFormLayout):
        label = form.labelForField(widget)
        if label is not None:
            return label
    return None


class Binder(QObject):
    """Connects form widgets to fields of the report: edits are written at once.

    Each widget is given the dotted model path of its field («event.trainers»,
    «days.sessions.title»): the kind of the report hides the fields it does not print, in
    ``apply_hidden``, by these paths."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.loaders: list[Callable[[], None]] = []
        self.widgets: list[QWidget] = []
        # every widget named by a path, with all the paths it serves (a row's label serves
        # each field of its row and is hidden when all of them are)
        self.placed: dict[QWidget, set[str]] = {}
        self.hidden: frozenset[str] = frozenset()
        self.histories: list[ValueHistory] = []  # of the value fields, for Undo

    def place(self, path: str, *widgets: QWidget | None) -> None:
        """Say that ``widgets`` (a field, its label, a table) show the field at ``path``."""
        for widget in widgets:
            if widget is not None:
                self.placed.setdefault(widget, set()).add(path)

    def shown(self, path: str) -> bool:
        return path not in self.hidden

    def widgets_of(self, path: str) -> list[QWidget]:
        """The widgets that show the field at ``path`` only."""
        return [widget for widget, paths in self.placed.items() if paths == {path}]

    def apply_hidden(self, hidden: frozenset[str]) -> None:
        """Hide the widgets of the fields at the ``hidden`` paths; show the others again."""
        self.hidden = frozenset(hidden)
        for widget, paths in self.placed.items():
            widget.setVisible(not paths <= self.hidden)

    def bind(
        self,
        widget: QWidget,
        get: Callable[[], object],
        set_: Callable[[object], None],
        path: str = "",
    ) -> None:
        """Show ``get()`` in ``widget``; call ``set_(value)`` when the user edits it.
        ``path`` names the field (its label in a form row is found and hidden with it)."""
        self.widgets.append(widget)
        if path:
            self.place(path, widget, form_label(widget))
        history = track(widget)
        if history is not None:
            self.histories.append(history)
        if isinstance(widget, OptionalTimeEdit):  # before QLineEdit: it is one
            self.loaders.append(lambda: widget.set_value(get()))
            widget.value_changed.connect(lambda value: self._write(set_, value))
        elif isinstance(widget, QLineEdit):
            self.loaders.append(lambda: widget.setText(get() or ""))
            widget.textChanged.connect(lambda text: self._write(set_, text))
        elif isinstance(widget, QPlainTextEdit):
            follow_layout_direction(widget)
            tab_leaves(widget)

            def load_text() -> None:
                if widget.toPlainText() != (get() or ""):
                    widget.setPlainText(get() or "")
                    widget.moveCursor(QTextCursor.MoveOperation.Start)  # show the beginning

            self.loaders.append(load_text)
            widget.textChanged.connect(
                lambda: (
                    widget.toPlainText() != (get() or "")
                    and self._write(set_, widget.toPlainText())
                )
            )
        elif isinstance(widget, EnumCombo):
            self.loaders.append(lambda: widget.set_value(get()))
            widget.currentIndexChanged.connect(lambda _i: self._write(set_, widget.value()))
        elif isinstance(widget, QComboBox):  # a choice of values held as the items' data
            self.loaders.append(lambda: widget.setCurrentIndex(max(0, widget.findData(get()))))
            widget.currentIndexChanged.connect(lambda _i: self._write(set_, widget.currentData()))
        elif isinstance(widget, QCheckBox):
            self.loaders.append(lambda: widget.setChecked(bool(get())))
            widget.toggled.connect(lambda checked: self._write(set_, checked))
        elif isinstance(widget, OptionalDateEdit):
            self.loaders.append(lambda: widget.set_value(get()))
            widget.dateChanged.connect(lambda _v: self._write(set_, widget.value()))
        elif isinstance(widget, QSpinBox):
            # the minimum (-1 shown as «غير محدد») means «not known»
            self.loaders.append(lambda: widget.setValue(-1 if get() is None else get()))
            widget.valueChanged.connect(
                lambda v: self._loading or self._write(set_, None if v < 0 else v)
            )
        elif isinstance(widget, PersonFields):
            self.loaders.append(lambda: widget.load(get()))
            widget.changed.connect(lambda: self._write(set_, widget.person()))
        else:
            raise TypeError(f"cannot bind {type(widget).__name__}")

    _loading = False

    def _write(self, set_, value) -> None:
        if self._loading:
            return
        set_(value)
        self.changed.emit()

    def load(self) -> None:
        self._loading = True
        try:
            for loader in self.loaders:
                loader()
        finally:
            self._loading = False
        for history in self.histories:  # what was loaded is not a change to undo
            history.forget()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.widgets:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
