"""Qt item models over the report's lists and over the library's summaries.

A :class:`RecordListModel` edits a list of the report *in place*: what the user types is in the
report at once, and the editor only has to save it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QDate,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from openreport.followup import record_change
from openreport.model import Gender, Person, RecommendationStatus
from openreport.ui.dates import shown_date
from openreport.ui.honorifics import honorific_text, parse_honorific
from openreport.ui.labels import label, tr

ROW_MIME = "application/x-openreport-rows"
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    """One column of a list editor: how to read, write and edit one field of a record."""

    header: str
    get: Callable[[Any], Any]
    set: Callable[[Any, Any], None] | None = None
    kind: str = "text"  # text, bool, enum, int, date, person_name
    choices: tuple = ()
    complete: Callable[[], list[str]] | None = None  # names offered while typing
    path: str = ""  # the field's dotted model path: a kind that does not print it hides it

    @staticmethod
    def attr(
        header: str, name: str, kind: str = "text", choices: tuple = (), path: str = ""
    ) -> Column:
        return Column(
            header,
            lambda record: getattr(record, name),
            lambda record, value: setattr(record, name, value),
            kind,
            choices,
            path=path,
        )


def honorific_column(get: Callable[[Any], Any]) -> Column:
    """The honorific of ``get(record)`` (a person or an organisation that is one): «تلقائي»
    (by gender), «بدون», one of the common ones or typed."""
    return Column(
        tr("اللقب"),
        lambda r: honorific_text(get(r).honorific),
        lambda r, value: setattr(get(r), "honorific", parse_honorific(value)),
        "honorific",
    )


def person_columns(get: Callable[[Any], Person]) -> list[Column]:
    """Name, gender, honorific, title, organisation of the person ``get(record)``, and
    whether the row stands for a group of people («ممثلو وزارة…»)."""

    def field(name: str):
        return lambda record, value: setattr(get(record), name, value)

    return [
        Column(tr("الاسم"), lambda r: get(r).name, field("name"), "person_name"),
        Column(tr("الجنس"), lambda r: get(r).gender, field("gender"), "enum", tuple(Gender)),
        honorific_column(get),
        Column(tr("الصفة"), lambda r: get(r).title, field("title")),
        Column(tr("المؤسسة"), lambda r: get(r).organisation, field("organisation")),
        Column(tr("مجموعة"), lambda r: get(r).group, field("group"), "bool"),
    ]


def action_columns(text_header: str, own_header: str, path: str = "") -> list[Column]:
    """A recommendation or a next step at ``path``: its text, whether it is the commune's own,
    who is responsible, by when, and where it stands."""
    return [
        Column.attr(text_header, "text", path=f"{path}.text"),
        Column.attr(own_header, "by_commune", "bool", path=f"{path}.by_commune"),
        Column.attr(tr("الجهة المعنية"), "responsible", path=f"{path}.responsible"),
        Column.attr(tr("الأجل"), "deadline", "date", path=f"{path}.deadline"),
        Column(
            tr("الحالة"),
            lambda record: record.status,
            _change_status,
            "enum",
            tuple(RecommendationStatus),
            path=f"{path}.status",
        ),
    ]


def _change_status(record, status) -> None:
    """A new status chosen in the table is dated in the recommendation's history, as the
    follow-up page records it (the history is only ever added to)."""
    if status != record.status:
        record_change(record, status)


class RecordListModel(QAbstractTableModel):
    """A list of dataclass records shown as rows; edits go straight into the records."""

    changed = Signal()

    def __init__(self, columns: list[Column], factory: Callable[[], Any], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.factory = factory
        self.records: list = []
        self.read_only = False

    def set_records(self, records: list) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    # -- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].header
            return str(section + 1)
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = column.get(self.records[index.row()])
        if column.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "date":
                return QDate(value) if value else QDate()
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, Enum):
                return label(value)
            if isinstance(value, dt.date):
                return shown_date(value)
            if value is None:
                return ""
            return str(value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if self.read_only or self.columns[index.column()].set is None:
            return base
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # -- writing ---------------------------------------------------------------------------

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        if column.set is None:
            return False
        record = self.records[index.row()]
        if column.kind == "bool" and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.kind == "bool":
            value = bool(value)
        elif column.kind == "date":
            value = value.toPython() if isinstance(value, QDate) and value.isValid() else None
        elif column.kind == "int":
            value = int(value) if value not in (None, "") else None
        elif column.kind == "text" or column.kind == "person_name":
            value = str(value)
        column.set(record, value)
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1)
        )
        self.changed.emit()
        return True

    def add(self, record=None) -> int:
        row = len(self.records)
        self.beginInsertRows(QModelIndex(), row, row)
        self.records.append(record if record is not None else self.factory())
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.records):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.records[row]
            self.endRemoveRows()
            self.changed.emit()

    def move(self, row: int, to: int) -> bool:
        """Move ``row`` so that it ends at position ``to``."""
        if not (0 <= row < len(self.records) and 0 <= to < len(self.records)) or row == to:
            return False
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.records.insert(to, self.records.pop(row))
        self.endMoveRows()
        self.changed.emit()
        return True

    # -- drag and drop inside the list -------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        data.setData(ROW_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME) or self.read_only:
            return False
        rows = [int(r) for r in bytes(data.data(ROW_MIME)).decode().split(",") if r]
        if len(rows) != 1:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.records))
        source = rows[0]
        to = target - 1 if target > source else target
        return self.move(source, min(max(to, 0), len(self.records) - 1))


class StringListModel(RecordListModel):
    """A list of plain strings (recipients, closing items, remarks) as a one-column table."""

    def __init__(self, header: str, parent=None) -> None:
        super().__init__([Column(header, lambda r: r)], str, parent)

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        self.records[index.row()] = str(value)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
