"""The workshops section (panel, attendance, interventions, discussion). A workshop lives in a
«ورشات» item of the programme; this section and that of the recommendations list every
workshop of the report, whatever day it was held."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from openreport.model import (
    Intervention,
    ItemKind,
    PanelMember,
    PanelRole,
    ProgrammeItem,
    Report,
    Session,
    Workshop,
)
from openreport.ui.binder import Binder
from openreport.ui.editor.base import Section, SectionId, put_in_slot
from openreport.ui.editor.points import points_to_text, text_to_points
from openreport.ui.fields import count_spin
from openreport.ui.forms.ui_workshops_section import Ui_WorkshopsSection
from openreport.ui.labels import tr
from openreport.ui.models import Column, RecordListModel, person_columns
from openreport.ui.widgets import RecordTable


def workshop_blocks(report: Report) -> list[tuple[str, ProgrammeItem]]:
    """Every «ورشات» item of the programme, with a label saying where it stands."""
    from openreport.ui.dates import shown_day
    from openreport.ui.labels import label, titled

    blocks = []
    for d, day in enumerate(report.days):
        for session in day.sessions:
            for item in session.items:
                if item.kind is ItemKind.WORKSHOPS:
                    where = f"{shown_day(d + 1, day.date)} – {label(session.period)}"
                    blocks.append((titled(where, item.title) if item.title else where, item))
    return blocks


WORKSHOP = "days.sessions.items.workshops"  # the model path of a workshop's fields


class WorkshopChooser(QWidget):
    """Chooses a workshop: the block of the programme, then the workshop in it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.block = QComboBox()
        self.workshop = QComboBox()
        self.new_block = QPushButton(tr("فقرة ورشات جديدة"))
        self.new_block.setToolTip(
            tr("إضافة فقرة «ورشات» إلى آخر فترة من البرنامج، فيها ورشة أولى حضرها الوفد")
        )
        for combo in (self.block, self.workshop):
            # a long programme title must not widen the section past the window: the box
            # keeps a modest width and shows the whole title in its list and tooltip
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            # nor a long placeholder («Aucune séquence d'ateliers…» in French)
            combo.setMinimumWidth(combo.fontMetrics().averageCharWidth() * 16)
            combo.currentTextChanged.connect(combo.setToolTip)
        self.block.setPlaceholderText(tr("لا توجد فقرة ورشات في البرنامج بعد"))
        self.workshop.setPlaceholderText(tr("لا ورشة بعد"))
        self.block_label, self.workshop_label = QLabel(tr("فقرة البرنامج:")), QLabel(tr("الورشة:"))
        self.block_label.setBuddy(self.block)
        self.workshop_label.setBuddy(self.workshop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.block_label)
        layout.addWidget(self.block, 2)
        layout.addWidget(self.workshop_label)
        layout.addWidget(self.workshop, 2)
        layout.addWidget(self.new_block)
        self.blocks: list[ProgrammeItem] = []
        self.block.currentIndexChanged.connect(self.fill_workshops)

    def load(self, report: Report) -> None:
        self.blocks = [item for _, item in workshop_blocks(report)]
        self.block.blockSignals(True)
        self.block.clear()
        for text, _item in workshop_blocks(report):
            self.block.addItem(text)
        if self.block.count():  # with a placeholder, Qt chooses no item by itself
            self.block.setCurrentIndex(0)
        self.block.blockSignals(False)
        self.fill_workshops()

    def fill_workshops(self) -> None:
        keep = self.workshop.currentIndex()
        self.workshop.blockSignals(True)
        self.workshop.clear()
        block = self.current_block()
        untitled = tr("ورشة بدون عنوان")  # outside the f-string, where lupdate finds it
        if block is not None:
            for n, workshop in enumerate(block.workshops, start=1):
                mark = " ✓" if workshop.attended else ""
                self.workshop.addItem(f"{n}. {workshop.title or untitled}{mark}")
        self.workshop.blockSignals(False)
        if self.workshop.count():
            self.workshop.setCurrentIndex(keep if 0 <= keep < self.workshop.count() else 0)
        self.workshop.currentIndexChanged.emit(self.workshop.currentIndex())

    def current_block(self) -> ProgrammeItem | None:
        index = self.block.currentIndex()
        return self.blocks[index] if 0 <= index < len(self.blocks) else None

    def current(self) -> Workshop | None:
        block = self.current_block()
        index = self.workshop.currentIndex()
        if block is None or not 0 <= index < len(block.workshops):
            return None
        return block.workshops[index]


class WorkshopsSection(Section):
    id = SectionId.WORKSHOPS
    title = QT_TRANSLATE_NOOP("Section", "الورشات والمداخلات")
    paths = ()

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_WorkshopsSection()
        ui.setupUi(self)
        self.chooser = put_in_slot(ui.chooserSlot, WorkshopChooser())
        self.workshops = RecordListModel(
            [
                Column.attr(tr("عنوان الورشة"), "title"),
                Column.attr(tr("حضرها الوفد"), "attended", "bool"),
            ],
            Workshop,
            self,
        )
        self.workshops_table = put_in_slot(ui.workshopsSlot, RecordTable(self.workshops, wide=0))
        self.current: Workshop | None = None
        self.current_intervention: Intervention | None = None
        self.binder = Binder(self)
        self.participants = count_spin(spin=ui.participants)
        self.summary, self.discussion = ui.summary, ui.discussion
        self.build_tables()
        self.intervention_summary = ui.interventionSummary
        self.intervention_points = ui.interventionPoints
        self.intervention_conclusion = ui.interventionConclusion
        self.bind_workshop()
        self.intervention_binder = self.bind_intervention()
        self.build_explanation()
        for signal in (
            self.binder.changed,
            self.intervention_binder.changed,
            self.panel.changed,
            self.interventions.changed,
        ):
            signal.connect(self.changed)
        self.workshops.changed.connect(self.workshops_edited)
        self.chooser.block.currentIndexChanged.connect(self.block_chosen)
        self.chooser.workshop.currentIndexChanged.connect(self.workshop_chosen)
        self.chooser.new_block.clicked.connect(self.add_block)
        self.interventions_table.view.selectionModel().currentRowChanged.connect(
            self.intervention_chosen
        )

    def build_tables(self) -> None:
        """The chosen workshop's panel and interventions."""
        ui, people = self.ui, self.context.people
        self.panel = RecordListModel(
            [
                *person_columns(lambda m: m.person),
                Column.attr(tr("المهمة"), "role", "enum", tuple(PanelRole)),
            ],
            PanelMember,
            self,
        )
        empty = tr("لا أحد على المنصة بعد: أضف بزر «إضافة» مسير الورشة ومقررها.")
        table = RecordTable(self.panel, people, empty=empty)
        self.panel_table = put_in_slot(ui.panelSlot, table)
        self.interventions = RecordListModel(
            [*person_columns(lambda i: i.speaker), Column.attr(tr("عنوان المداخلة"), "title")],
            Intervention,
            self,
        )
        empty = tr("لا مداخلات بعد: أضف كل متدخل وعنوان مداخلته بزر «إضافة».")
        table = RecordTable(self.interventions, people, empty=empty)
        self.interventions_table = put_in_slot(ui.interventionsSlot, table)

    def build_explanation(self) -> None:
        """Why the fields are disabled when there is no workshop to write about: typing
        there would have nowhere to go."""
        self.no_workshop = QLabel()
        self.no_workshop.setObjectName("noWorkshop")
        self.no_workshop.setWordWrap(True)
        self.no_workshop.setStyleSheet("QLabel { background: #fff4ce; padding: 6px; }")
        outer = self.ui.outer
        outer.insertWidget(outer.indexOf(self.ui.detailsBox), self.no_workshop)
        self.no_workshop.hide()
        self.intervention_boxes = {
            box: box.placeholderText()
            for box in (
                self.intervention_summary,
                self.intervention_points,
                self.intervention_conclusion,
            )
        }

    def update_enabled(self) -> None:
        """The workshop's fields only when there is a workshop, an intervention's only when
        one is chosen; otherwise a sentence says what to do first."""
        if self.chooser.current_block() is None:
            why = tr("لا توجد فقرة ورشات في البرنامج بعد: أضفها بزر «فقرة ورشات جديدة».")
        elif self.current is None:
            why = tr("أضف ورشة في الجدول أعلاه لتكتب ملخصها ومداخلاتها ونقاشها.")
        else:
            why = ""
        self.no_workshop.setText(why)
        self.no_workshop.setVisible(bool(why))
        self.ui.detailsBox.setEnabled(self.current is not None)
        chosen = self.current_intervention is not None
        hint = "" if chosen else tr("اختر مداخلة في الجدول أعلاه أو أضف واحدة")
        for box, placeholder in self.intervention_boxes.items():
            box.setEnabled(chosen)
            box.setPlaceholderText(placeholder if chosen else hint)

    def bind_workshop(self) -> None:
        """The fields of the chosen workshop (``self.current``)."""
        workshop_field = lambda name: (  # noqa: E731
            lambda: getattr(self.current, name) if self.current else None,
            lambda v: self.current is not None and setattr(self.current, name, v),
        )
        for widget, name in (
            (self.participants, "participants_count"),
            (self.summary, "summary"),
            (self.discussion, "discussion"),
        ):
            self.binder.bind(widget, *workshop_field(name), f"{WORKSHOP}.{name}")
        self.binder.place(f"{WORKSHOP}.panel", self.ui.panelLabel, self.panel_table)

    def bind_intervention(self) -> Binder:
        """The fields of the chosen intervention (``self.current_intervention``)."""
        intervention = lambda: self.current_intervention  # noqa: E731
        binder = Binder(self)
        binder.bind(
            self.intervention_summary,
            lambda: intervention().summary if intervention() else "",
            lambda v: intervention() is not None and setattr(intervention(), "summary", v),
            f"{WORKSHOP}.interventions.summary",
        )
        binder.bind(
            self.intervention_points,
            lambda: points_to_text(intervention().points) if intervention() else "",
            lambda v: (
                intervention() is not None and setattr(intervention(), "points", text_to_points(v))
            ),
            f"{WORKSHOP}.interventions.points",
        )
        binder.bind(
            self.intervention_conclusion,
            lambda: intervention().conclusion if intervention() else "",
            lambda v: intervention() is not None and setattr(intervention(), "conclusion", v),
            f"{WORKSHOP}.interventions.conclusion",
        )
        return binder

    def load(self, report: Report) -> None:
        super().load(report)
        self.chooser.load(report)
        self.block_chosen()

    def block_chosen(self) -> None:
        block = self.chooser.current_block()
        self.workshops.set_records(block.workshops if block else [])
        self.workshops_table.setEnabled(block is not None)
        self.workshops_table.empty_hint.setText(
            tr("لا ورشات في هذه الفقرة بعد: أضف كل ورشة بزر «إضافة» أعلاه.")
            if block is not None
            else tr("أضف أولا فقرة ورشات بزر «فقرة ورشات جديدة» أعلاه، ثم ورشاتها هنا.")
        )

    def owns(self, path: str) -> bool:
        return ".workshops[" in path

    def field_for(self, path: str):
        return self.workshops_table.view if self.owns(path) else None

    def focus_path(self, path: str):
        """The workshop of ``path``: its block and its row chosen, its title cell current."""
        import re

        numbers = [int(n) for n in re.findall(r"\[(\d+)\]", path)]
        if len(numbers) < 4:
            return None
        d, s, i, w = numbers[:4]
        item = self.report.days[d].sessions[s].items[i]
        block = next(b for b, found in enumerate(self.chooser.blocks) if found is item)
        self.chooser.block.setCurrentIndex(block)
        self.workshops_table.select_row(w)
        self.chooser.workshop.setCurrentIndex(w)
        view = self.workshops_table.view
        view.setFocus()
        return view

    def workshops_edited(self) -> None:
        self.chooser.fill_workshops()
        self.changed.emit()

    def workshop_chosen(self) -> None:
        self.current = self.chooser.current()
        self.binder.load()
        self.panel.set_records(self.current.panel if self.current else [])
        self.interventions.set_records(self.current.interventions if self.current else [])
        if self.interventions.records:
            self.interventions_table.select_row(0)
        self.intervention_chosen()

    def intervention_chosen(self, *_args) -> None:
        row = self.interventions_table.current_row()
        records = self.interventions.records
        self.current_intervention = records[row] if 0 <= row < len(records) else None
        self.intervention_binder.load()
        self.update_enabled()

    def add_block(self) -> None:
        """A «ورشات» item in the last session of the programme (a day is made if needed)."""
        from openreport.model import ProgrammeDay, SessionPeriod

        report = self.report
        if not report.days:
            report.days.append(ProgrammeDay(date=report.event.start_date))
        day = report.days[-1]
        if not day.sessions:
            day.sessions.append(Session(period=SessionPeriod.AFTERNOON))
        day.sessions[-1].items.append(
            ProgrammeItem(kind=ItemKind.WORKSHOPS, workshops=[Workshop(attended=True)])
        )
        self.load(report)
        self.chooser.block.setCurrentIndex(self.chooser.block.count() - 1)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        self.intervention_binder.set_read_only(read_only)
        self.chooser.new_block.setEnabled(not read_only)
        for table in (self.workshops_table, self.panel_table, self.interventions_table):
            table.set_read_only(read_only)
