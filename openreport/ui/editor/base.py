"""What every section of the report editor has: load, store and validate."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QScrollArea, QWidget

from openreport.model import Report
from openreport.ui.fields import FieldNotes
from openreport.ui.labels import shown
from openreport.validation import Problem


class SectionId(Enum):
    """The editor's sections, named: the settings keep the name, tests and jumps use the id."""

    EVENT = "event"
    DELEGATION = "delegation"
    AGENDA = "agenda"
    PROGRAMME = "programme"
    WORKSHOPS = "workshops"
    RECOMMENDATIONS = "recommendations"
    CLOSING = "closing"
    REVIEW = "review"

    @classmethod
    def from_setting(cls, value: object) -> SectionId:
        """The section a stored setting names; anything else (an old row number) is the first."""
        try:
            return cls[str(value)]
        except KeyError:
            return cls.EVENT


TITLE_CONTEXT = "Section"  # the translation context of the section titles


class Section(QWidget):
    """One page of the editor. Edits are written into the report as they are typed and
    announced with ``changed``; ``store`` finishes any pending edit.

    Each section names its ``id`` and its ``title``, marked with
    ``QT_TRANSLATE_NOOP(TITLE_CONTEXT, …)`` where it is written."""

    changed = Signal()
    id: SectionId
    title = ""
    paths: tuple[str, ...] = ()  # the validation paths this section shows

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context  # the editor: library lookups, profile
        self.report: Report | None = None
        self.notes = FieldNotes()

    def load(self, report: Report) -> None:
        self.report = report

    def store(self, report: Report) -> None:
        """Write what is still in an open editor into ``report`` (most edits are live)."""

    def owns(self, path: str) -> bool:
        """Whether the field of the validation ``path`` is edited in this section."""
        return bool(self.paths) and path.startswith(self.paths)

    def validate(self, problems: list[Problem]) -> list[Problem]:
        return [p for p in problems if self.owns(p.path)]

    def problem_fields(self) -> dict[str, QWidget]:
        """The field that shows each validation path (or the start of one) of this section."""
        return {}

    def field_for(self, path: str) -> QWidget | None:
        """The field of ``path``: the one named by it, else by the longest start of it."""
        fields = self.problem_fields()
        starts = [key for key in fields if path == key or path.startswith((key + ".", key + "["))]
        return fields[max(starts, key=len)] if starts else None

    def show_problems(self, problems: list[Problem], *, clear_only: bool = False) -> None:
        """Show this section's ``problems`` under their fields; those put right are cleared.
        ``clear_only``: update and clear what is shown, add nothing (while the user types)."""
        messages: dict[QWidget, list[str]] = {}
        for problem in self.validate(problems):
            field = self.field_for(problem.path)
            message = shown(problem.message)
            if field is not None and message not in messages.get(field, []):
                messages.setdefault(field, []).append(message)
        for field in set(self.notes.notes) | set(messages):
            if field not in messages:
                self.notes.clear(field)
            elif not clear_only or field in self.notes.shown():
                self.notes.show(field, " ".join(messages[field]))

    def focus_path(self, path: str) -> QWidget | None:
        """Put the keyboard focus on the field of ``path`` (best effort: else on the section's
        main field) and return it."""
        field = self.field_for(path)
        if field is None:
            field = self.main_field()
        if field is not None:
            field.setFocus()
        return field

    def main_field(self) -> QWidget | None:
        """Where the keyboard goes when a path names no field of this section."""
        return None

    def set_read_only(self, read_only: bool) -> None:
        pass

    def apply_hidden(self, hidden: frozenset[str]) -> None:
        """Hide the fields the report's kind does not print (paths given to the binders and
        the tables' columns), and show the others."""
        from openreport.ui.binder import Binder
        from openreport.ui.widgets import RecordTable

        for binder in self.findChildren(Binder):
            binder.apply_hidden(hidden)
        for table in self.findChildren(RecordTable):
            table.apply_hidden(hidden)


def put_in_slot(slot: QWidget, widget: QWidget) -> QWidget:
    """Put ``widget`` where the form (.ui) keeps an empty placeholder for it."""
    parent = slot.parentWidget()
    layout = parent.layout() if parent is not None else None
    replaced = None
    if layout is not None:
        replaced = layout.replaceWidget(slot, widget, Qt.FindChildOption.FindChildrenRecursively)
    if replaced is None:  # a splitter holds its widgets without a layout
        splitter = parent
        splitter.replaceWidget(splitter.indexOf(slot), widget)
    slot.hide()
    slot.deleteLater()
    return widget


def scrolled(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area
