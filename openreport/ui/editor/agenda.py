"""The agenda section of a meeting: its points in turn, each with what was said on it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout

from openreport.model import AgendaPoint, Report
from openreport.ui.binder import Binder
from openreport.ui.editor.base import Section, SectionId
from openreport.ui.labels import tr
from openreport.ui.models import Column, RecordListModel
from openreport.ui.widgets import RecordTable


class AgendaSection(Section):
    id = SectionId.AGENDA
    title = QT_TRANSLATE_NOOP("Section", "جدول الأعمال")
    paths = ("agenda",)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.points = RecordListModel(
            [Column.attr(tr("النقطة"), "title", path="agenda.title")], AgendaPoint, self
        )
        self.table = RecordTable(
            self.points,
            wide=0,
            empty=tr("لا نقط بعد: أضف كل نقطة من جدول الأعمال بزر «إضافة»، بترتيب تناولها."),
        )
        self.text = QPlainTextEdit()
        self.text.setMinimumHeight(160)
        self.text.setPlaceholderText(tr("ما قيل في هذه النقطة وما تقرر فيها، فقرة في كل سطر"))
        self.text_label = QLabel(tr("ما دار في النقطة المختارة:"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("نقط جدول الأعمال، بترتيب تناولها:")))
        layout.addWidget(self.table)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 1)
        self.binder = Binder(self)
        self.binder.bind(
            self.text,
            lambda: self.current().text if self.current() else "",
            lambda v: self.current() is not None and setattr(self.current(), "text", v),
        )
        self.binder.place("agenda.text", self.text, self.text_label)
        self.binder.changed.connect(self.changed)
        self.points.changed.connect(self.changed)
        self.table.view.selectionModel().currentRowChanged.connect(self.point_chosen)
        self.points.modelReset.connect(self.point_chosen)
        self.points.rowsInserted.connect(self.point_chosen)

    def current(self) -> AgendaPoint | None:
        row = self.table.current_row()
        return self.points.records[row] if 0 <= row < len(self.points.records) else None

    def point_chosen(self, *_args) -> None:
        self.binder.load()
        self.text.setEnabled(self.current() is not None and not self.points.read_only)

    def load(self, report: Report) -> None:
        super().load(report)
        self.points.set_records(report.agenda)
        if report.agenda:
            self.table.select_row(0)
        self.point_chosen()

    def problem_fields(self) -> dict:
        return {"agenda": self.table.view}

    def focus_path(self, path: str):
        """A point's text: the point is chosen and its text box focused."""
        import re

        found = re.match(r"agenda\[(\d+)\]", path)
        if found is None or int(found[1]) >= len(self.points.records):
            return super().focus_path(path)
        self.table.select_row(int(found[1]))
        self.text.setFocus()
        return self.text

    def set_read_only(self, read_only: bool) -> None:
        self.table.set_read_only(read_only)
        self.binder.set_read_only(read_only)
        self.point_chosen()
