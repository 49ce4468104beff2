"""The event's fields of format 2 (rural place, a sitting's times, weekdays, Hijri line, month
names, a training's audience, expected results and trainers), added to the event section's
form beside those of its .ui file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from openreport.model import Gender, OrganisationRole, Person
from openreport.ui.binder import Binder
from openreport.ui.labels import tr
from openreport.ui.models import (
    Column,
    RecordListModel,
    StringListModel,
    honorific_column,
    person_columns,
)
from openreport.ui.widgets import OptionalTimeEdit, RecordTable


def organisation_columns(complete) -> list[Column]:
    """An organiser, partner, patron…: its name and role, and whether it is a person (a patron
    or an inviter may be one), then named with a gender and an honorific."""
    return [
        Column(
            tr("الجهة"),
            lambda o: o.name,
            lambda o, v: setattr(o, "name", v),
            complete=complete,
        ),
        Column.attr(tr("الدور"), "role", "enum", tuple(OrganisationRole)),
        Column.attr(tr("شخص"), "person", "bool", path="event.organisations.person"),
        Column.attr(tr("الجنس"), "gender", "enum", tuple(Gender), "event.organisations.gender"),
        honorific_column(lambda o: o),
    ]


def month_style_texts() -> list[tuple[str, str]]:
    return [
        ("", tr("كما في ملف الجماعة")),
        ("ar_MA", tr("نونبر، دجنبر (المغرب)")),
        ("ar", tr("نوفمبر، ديسمبر (المشرق)")),
    ]


def row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


class EventFields:
    """Builds the new fields into ``section.ui`` and binds them with their paths."""

    def __init__(self, section, binder: Binder) -> None:
        ui = section.ui
        event = lambda: section.report.event  # noqa: E731 - the current report's event
        self.rural = QCheckBox(tr("جماعة قروية"))
        ui.placeRow.insertWidget(1, self.rural)
        self.weekdays = QCheckBox(tr("ذكر أيام الأسبوع"))
        self.start_time, self.end_time = OptionalTimeEdit(), OptionalTimeEdit()
        self.times_label, self.to_label = QLabel(tr("توقيت الجلسة:")), QLabel(tr("إلى:"))
        self.hijri = QCheckBox(tr("التاريخ الهجري"))
        self.hijri_adjust = QComboBox()
        for shift, text in ((-1, tr("ناقص يوم")), (0, tr("بدون تعديل")), (1, tr("زائد يوم"))):
            self.hijri_adjust.addItem(text, shift)
        self.hijri_label, self.adjust_label = QLabel(tr("كتابة التواريخ:")), QLabel(tr("تعديل:"))
        self.month_style = QComboBox()
        for style, text in month_style_texts():
            self.month_style.addItem(text, style)
        self.target_audience = QLineEdit()
        form = ui.form
        at = form.getWidgetPosition(ui.context)[0]  # before the context
        form.insertRow(at, self.times_label, row(self.start_time, self.to_label, self.end_time))
        form.insertRow(
            at + 1,
            self.hijri_label,
            row(self.weekdays, self.hijri, self.adjust_label, self.hijri_adjust),
        )
        form.insertRow(at + 2, tr("أسماء الشهور:"), self.month_style)
        form.insertRow(at + 3, tr("الفئة المستهدفة:"), self.target_audience)
        for widget, name in (
            (self.rural, "rural"),
            (self.weekdays, "weekdays"),
            (self.start_time, "start_time"),
            (self.end_time, "end_time"),
            (self.hijri, "hijri"),
            (self.hijri_adjust, "hijri_adjust"),
            (self.month_style, "month_style"),
            (self.target_audience, "target_audience"),
        ):
            binder.bind(
                widget,
                lambda n=name: getattr(event(), n),
                lambda v, n=name: setattr(event(), n, v),
                path=f"event.{name}",
            )
        for name in ("start_time", "end_time"):
            binder.place(f"event.{name}", self.times_label, self.to_label)
        binder.place("event.hijri", self.hijri_label)
        binder.place("event.weekdays", self.hijri_label)
        binder.place("event.hijri_adjust", self.hijri_label, self.adjust_label)
        self.build_lists(section, binder)

    def build_lists(self, section, binder: Binder) -> None:
        """A training's expected results and its trainers, after the themes."""
        self.expected_results = StringListModel(tr("النتيجة المنتظرة"), section)
        self.expected_table = RecordTable(
            self.expected_results,
            wide=0,
            empty=tr("لا نتائج منتظرة بعد: أضف كل نتيجة ينتظرها التكوين بزر «إضافة»."),
        )
        self.trainers = RecordListModel(person_columns(lambda p: p), Person, section)
        self.trainers_table = RecordTable(
            self.trainers,
            section.context.people,
            empty=tr("لا مؤطرين بعد: أضف كل مؤطر واسمه وصفته بزر «إضافة»."),
        )
        expected_label = QLabel(tr("النتائج المنتظرة:"))
        trainers_label = QLabel(tr("المؤطرون:"))
        layout = section.ui.outer
        for widget in (expected_label, self.expected_table, trainers_label, self.trainers_table):
            layout.addWidget(widget)
        binder.place("event.expected_results", expected_label, self.expected_table)
        binder.place("event.trainers", trainers_label, self.trainers_table)
        for model in (self.expected_results, self.trainers):
            model.changed.connect(section.changed)

    def load(self, report) -> None:
        self.expected_results.set_records(report.event.expected_results)
        self.trainers.set_records(report.event.trainers)

    def set_read_only(self, read_only: bool) -> None:
        self.expected_table.set_read_only(read_only)
        self.trainers_table.set_read_only(read_only)
