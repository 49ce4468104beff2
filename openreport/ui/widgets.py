"""Reusable editing widgets: list tables, person fields, choices (dates and times are in
``datetime_fields``, re-exported here for the forms)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from openreport.model import Gender, Person
from openreport.ui.datetime_fields import OptionalDateEdit, OptionalTimeEdit  # noqa: F401 - for the forms
from openreport.ui.fields import EmptyHint, align_number
from openreport.ui.honorifics import HonorificCombo
from openreport.ui.labels import label, tr
from openreport.ui.models import RecordListModel
from openreport.ui.undo import track

PeopleLookup = Callable[[str], list]  # prefix -> KnownPerson list


class EnumCombo(QComboBox):
    """A combo box of an enumeration's values, shown by their Arabic labels."""

    def __init__(self, parent=None, values=()) -> None:
        super().__init__(parent)
        self.set_values(values)

    def set_values(self, values) -> None:
        # The members are kept here: Qt would hand a str-based enum back as a plain str.
        self.values = list(values)
        self.clear()
        for value in self.values:
            self.addItem(label(value))

    def value(self):
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def set_value(self, value) -> None:
        self.setCurrentIndex(self.values.index(value) if value in self.values else 0)


class RecordDelegate(QStyledItemDelegate):
    """Editors for a list table: combo boxes for choices, dates, and completed names."""

    def __init__(self, model: RecordListModel, people: PeopleLookup | None, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.people = people

    def createEditor(self, parent, option, index):
        column = self.model.columns[index.column()]
        if column.kind == "enum":
            return EnumCombo(parent, column.choices)
        if column.kind == "date":
            return OptionalDateEdit(parent)
        if column.kind == "honorific":
            return HonorificCombo(parent)
        if column.kind == "int":
            editor = QSpinBox(parent)
            editor.setRange(0, 1_000_000)
            align_number(editor)
            return editor
        editor = super().createEditor(parent, option, index)
        names = None
        if column.complete is not None:
            names = column.complete()
        elif column.kind == "person_name" and self.people is not None:
            names = [p.name for p in self.people("")]
        if names is not None and isinstance(editor, QLineEdit):
            completer = QCompleter(names, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, EnumCombo):
            editor.set_value(value)
        elif isinstance(editor, HonorificCombo):
            editor.setEditText(str(value or ""))
        elif isinstance(editor, OptionalDateEdit):
            editor.set_value(
                value.toPython() if isinstance(value, QDate) and value.isValid() else None
            )
        elif isinstance(editor, QSpinBox):
            editor.setValue(value or 0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:
        column = self.model.columns[index.column()]
        if isinstance(editor, EnumCombo):
            model.setData(index, editor.value())
        elif isinstance(editor, HonorificCombo):
            model.setData(index, editor.currentText())
        elif isinstance(editor, OptionalDateEdit):
            value = editor.value()
            model.setData(index, QDate(value) if value else QDate())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)
            if column.kind == "person_name" and self.people is not None:
                self.fill_known_person(index)

    def fill_known_person(self, index) -> None:
        """A name typed before brings back its gender, title and organisation."""
        row = index.row()
        name = str(index.data(Qt.ItemDataRole.EditRole) or "").strip()
        known = next((p for p in self.people(name) if p.name == name), None)
        if known is None:
            return
        by_header = {c.header: i for i, c in enumerate(self.model.columns)}
        for header, value in (
            (tr("الجنس"), Gender(known.gender)),
            (tr("الصفة"), known.title),
            (tr("المؤسسة"), known.organisation),
        ):
            column = by_header.get(header)
            if column is None:
                continue
            cell = self.model.index(row, column)
            if header == tr("الجنس") or not cell.data(Qt.ItemDataRole.EditRole):
                self.model.setData(cell, value)


class RecordTable(QWidget):
    """A list of records: a table edited in place, with add, remove, up and down."""

    def __init__(
        self,
        model: RecordListModel,
        people: PeopleLookup | None = None,
        parent=None,
        *,
        wide: int | None = None,
        empty: str = "",
    ) -> None:
        """``wide``: the column that takes the room left (a recommendation's text); the
        others fit their content. By default every column shares the width. ``empty``: what
        the list says while it has no row (what goes there, which button adds it)."""
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setItemDelegate(RecordDelegate(model, people, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.set_widths(wide)
        self.view.setMinimumHeight(150)
        self.add_button = QPushButton(tr("إضافة"), self)
        self.remove_button = QPushButton(tr("حذف"), self)
        self.up_button = QPushButton(tr("إلى الأعلى"), self)
        self.down_button = QPushButton(tr("إلى الأسفل"), self)
        self.add_button.setToolTip(tr("إضافة سطر جديد في آخر القائمة وبدء كتابته"))
        self.remove_button.setToolTip(tr("حذف السطر المختار من القائمة"))
        self.up_button.setToolTip(tr("تقديم السطر المختار درجة في الترتيب"))
        self.down_button.setToolTip(tr("تأخير السطر المختار درجة في الترتيب"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)  # where the list starts: seen before the rows, at any height
        layout.addWidget(self.view)
        self.empty_hint = EmptyHint(
            self.view, empty or tr("القائمة فارغة: أضف سطرا بزر «إضافة» أعلاه.")
        )
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))

    def set_widths(self, wide: int | None) -> None:
        """The ``wide`` column takes the room the others leave; with none, all share it."""
        header = self.view.horizontalHeader()
        # the style's minimum (112 px) made a people table of seven columns scroll sideways
        # in a 1024-pixel window; the columns share the width down to this
        header.setMinimumSectionSize(56)
        if wide is None:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
            # long texts wrap and the row grows to show them whole
            self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            # … and measured again when the column's width changes: Qt keeps the height a row
            # had at the first width it saw (a closing item measured in a narrow column stood
            # 289 px tall in a 112 px view, its text out of sight). Measured after the resize
            # has settled, once for a burst of resizes.
            self._measure = QTimer(self, singleShot=True, interval=0)
            self._measure.timeout.connect(self.view.resizeRowsToContents)
            header.sectionResized.connect(self._measure.start)

    def select_row(self, row: int) -> None:
        # setCurrentIndex selects the row; QTableView.selectRow would toggle a selected row off
        self.view.setCurrentIndex(self.model.index(row, 0))

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add(self) -> None:
        row = self.model.add()
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def remove(self) -> None:
        self.model.remove(self.current_row())

    def move(self, step: int) -> None:
        row = self.current_row()
        if self.model.move(row, row + step):
            self.view.setCurrentIndex(self.model.index(row + step, 0))

    def apply_hidden(self, hidden: frozenset[str]) -> None:
        """Hide the columns whose field a kind of report does not print."""
        for number, column in enumerate(self.model.columns):
            self.view.setColumnHidden(number, bool(column.path) and column.path in hidden)

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)


class PersonFields(QWidget):
    """One person: name (completed from the people directory), gender, honorific, title,
    organisation."""

    changed = Signal()

    def __init__(self, parent=None, people: PeopleLookup | None = None) -> None:
        super().__init__(parent)
        self.people: PeopleLookup | None = None
        self.name = QLineEdit(self)
        self.gender = EnumCombo(self, tuple(Gender))
        self.honorific = HonorificCombo(self)
        self.loaded = Person()  # what the fields do not show (a group) is kept as it was
        self.title = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.name.setPlaceholderText(tr("الاسم الكامل (اختياري إذا عرفت الصفة فقط)"))
        self.title.setPlaceholderText(tr("الصفة كما ستظهر في التقرير"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("الاسم:"), self.name)
        form.addRow(tr("الجنس:"), self.gender)
        form.addRow(tr("اللقب:"), self.honorific)
        form.addRow(tr("الصفة:"), self.title)
        form.addRow(tr("المؤسسة:"), self.organisation)
        for line in (self.name, self.title, self.organisation):
            line.textChanged.connect(self.changed)
        self.gender.currentIndexChanged.connect(self.changed)
        self.honorific.currentTextChanged.connect(self.changed)
        self.name.editingFinished.connect(self.fill_known)
        self.gender_history = track(self.gender)  # Ctrl+Z takes a clicked gender back
        if people is not None:
            self.set_people(people)

    def set_people(self, people: PeopleLookup) -> None:
        """Complete names from the library's people directory."""
        self.people = people
        completer = QCompleter([p.name for p in people("")], self.name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        completer.activated.connect(lambda _text: self.fill_known())

    def fill_known(self) -> None:
        if self.people is None:
            return
        name = self.name.text().strip()
        known = next((p for p in self.people(name) if p.name == name), None)
        if known is None:
            return
        self.gender.set_value(Gender(known.gender))
        if not self.title.text():
            self.title.setText(known.title)
        if not self.organisation.text():
            self.organisation.setText(known.organisation)
        self.changed.emit()

    def load(self, person: Person | None) -> None:
        person = self.loaded = person or Person()
        self.name.setText(person.name)
        self.gender.set_value(person.gender)
        self.honorific.set_honorific(person.honorific)
        self.title.setText(person.title)
        self.organisation.setText(person.organisation)
        self.gender_history.forget()

    def person(self) -> Person:
        return dataclasses.replace(
            self.loaded,
            name=self.name.text().strip(),
            gender=self.gender.value(),
            title=self.title.text().strip(),
            organisation=self.organisation.text().strip(),
            honorific=self.honorific.honorific(),
        )
