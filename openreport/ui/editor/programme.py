"""The programme section: a tree of days → sessions → items, with a form for each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTreeWidgetItem

from openreport.compose.kinds import kind_for
from openreport.model import (
    ItemKind,
    ItemStatus,
    Person,
    ProgrammeDay,
    ProgrammeItem,
    Report,
    Session,
    SessionPeriod,
)
from openreport.ui.binder import Binder
from openreport.ui.dates import shown_day, shown_time
from openreport.ui.editor.base import Section, SectionId, put_in_slot
from openreport.ui.editor.points import points_to_text, text_to_points
from openreport.ui.editor.programme_marks import mark_nodes, node_numbers
from openreport.ui.fields import EmptyHint, count_spin, mark_required
from openreport.ui.forms.ui_programme_section import Ui_ProgrammeSection
from openreport.ui.labels import label, titled, tr
from openreport.ui.models import RecordListModel, StringListModel, person_columns
from openreport.ui.widgets import RecordTable

PATH = Qt.ItemDataRole.UserRole


class ProgrammeSection(Section):
    id = SectionId.PROGRAMME
    title = QT_TRANSLATE_NOOP("Section", "البرنامج اليومي")
    paths = ("days",)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.current = None  # the day, session or item being edited
        self.marked = []  # the problems shown on the tree
        self.ui = ui = Ui_ProgrammeSection()
        ui.setupUi(self)
        self.tree, self.forms = ui.tree, ui.forms
        self.add_day_button, self.add_session_button = ui.addDayButton, ui.addSessionButton
        self.add_item_button, self.remove_button = ui.addItemButton, ui.removeButton
        self.up_button, self.down_button = ui.upButton, ui.downButton
        self.day_date, self.day_end, self.day_note = ui.dayDate, ui.dayEnd, ui.dayNote
        self.session_period, self.session_start = ui.sessionPeriod, ui.sessionStart
        self.session_end, self.session_venue = ui.sessionEnd, ui.sessionVenue
        self.session_participants = count_spin(spin=ui.sessionParticipants)
        # a day of the programme is one of the event's: its calendar opens on the first
        self.day_date.start_from = lambda: self.report and self.report.event.start_date
        self.session_intro = ui.sessionIntro
        self.item_kind, self.item_title, self.item_time = ui.itemKind, ui.itemTitle, ui.itemTime
        self.item_status, self.item_remark = ui.itemStatus, ui.itemRemark
        self.item_summary, self.item_points = ui.itemSummary, ui.itemPoints
        self.item_conclusion = ui.itemConclusion
        self.recipients_box = ui.recipientsBox
        self.session_period.set_values(tuple(SessionPeriod))
        self.item_kind.set_values(tuple(ItemKind))
        self.item_status.set_values(tuple(ItemStatus))
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        self._split_once = False
        self.add_fields()
        self.connect_buttons()
        self.bind_fields()
        self.build_tables()
        self.item_kind.currentIndexChanged.connect(self.show_kind_fields)
        self.tree_hint = EmptyHint(
            self.tree, tr("البرنامج فارغ: أضف يوما بزر «يوم» أعلاه، ثم فتراته وفقراته.")
        )
        mark_required(
            ui.dayDateLabel,
            self.day_date,
            tip=tr("تاريخ كل يوم من البرنامج مطلوب لاعتماد التقرير نهائيا"),
        )

    def build_tables(self) -> None:
        """An item's speakers and an award's recipients, a session's attendees."""
        ui, people = self.ui, self.context.people
        self.speakers = RecordListModel(person_columns(lambda p: p), Person, self)
        empty = tr("لا متدخلين بعد: أضف كل من تكلم في هذه الفقرة بزر «إضافة».")
        table = RecordTable(self.speakers, people, empty=empty)
        self.speakers_table = put_in_slot(ui.speakersSlot, table)
        self.recipients = StringListModel(tr("الجهة المستفيدة"), self)
        empty = tr("لا مستفيدين بعد: أضف كل جهة نالت جائزة بزر «إضافة».")
        self.recipients_table = put_in_slot(
            ui.recipientsSlot, RecordTable(self.recipients, empty=empty)
        )
        self.attendees = RecordListModel(person_columns(lambda p: p), Person, self)
        empty = tr("لا أحد بعد: أضف بزر «إضافة» الشخصيات التي حضرت الفترة.")
        self.attendees_table = RecordTable(self.attendees, people, empty=empty)
        attendees_label = QLabel(tr("بحضور (من حضر الجلسة من الشخصيات):"))
        # the table takes the form's whole width: the pane beside the tree is narrow
        ui.sessionForm.addRow(attendees_label)
        ui.sessionForm.addRow(self.attendees_table)
        self.binder.place("days.sessions.attendees", attendees_label, self.attendees_table)
        self.binder.place("days.sessions.items.speakers", ui.speakersBox)
        self.speakers.changed.connect(self.edited)
        self.recipients.changed.connect(self.edited)
        self.attendees.changed.connect(self.edited)

    def add_fields(self) -> None:
        """A session's own title, a visit's place and host: fields of format 2."""
        ui = self.ui
        self.session_title = QLineEdit()
        self.session_title.setPlaceholderText(tr("مثال: الجلسة الافتتاحية (اختياري)"))
        ui.sessionForm.insertRow(1, tr("عنوان الجلسة:"), self.session_title)
        self.item_place, self.item_host = QLineEdit(), QLineEdit()
        self.item_place.setPlaceholderText(tr("المكان الذي زاره الوفد"))
        self.item_host.setPlaceholderText(tr("المؤسسة التي استقبلت الوفد"))
        row = ui.itemForm.getWidgetPosition(ui.itemTitle)[0] + 1
        ui.itemForm.insertRow(row, tr("مكان الزيارة:"), self.item_place)
        ui.itemForm.insertRow(row + 1, tr("المؤسسة المستضيفة:"), self.item_host)

    def connect_buttons(self) -> None:
        self.tree.currentItemChanged.connect(self.select)
        self.add_day_button.clicked.connect(self.add_day)
        self.add_session_button.clicked.connect(self.add_session)
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))

    def bind_fields(self) -> None:
        """The fields of the day, session or item being edited (``self.current``)."""
        self.binder = Binder(self)
        day, session, item = "days", "days.sessions", "days.sessions.items"
        for widget, name, path in (
            (self.day_date, "date", day),
            (self.day_end, "end_time", day),
            (self.day_note, "closing_note", day),
            (self.session_period, "period", session),
            (self.session_title, "title", session),
            (self.session_start, "start_time", session),
            (self.session_end, "end_time", session),
            (self.session_venue, "venue", session),
            (self.session_participants, "participants_count", session),
            (self.session_intro, "intro", session),
            (self.item_kind, "kind", item),
            (self.item_title, "title", item),
            (self.item_place, "place", item),
            (self.item_host, "host", item),
            (self.item_time, "time", item),
            (self.item_status, "status", item),
            (self.item_remark, "remark", item),
            (self.item_summary, "summary", item),
            (self.item_conclusion, "conclusion", item),
        ):
            self._bind(widget, name, path)
        self.binder.bind(
            self.item_points,
            lambda: (
                points_to_text(self.current.points)
                if isinstance(self.current, ProgrammeItem)
                else ""
            ),
            lambda text: (
                isinstance(self.current, ProgrammeItem)
                and setattr(self.current, "points", text_to_points(text))
            ),
            "days.sessions.items.points",
        )
        self.binder.changed.connect(self.edited)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._split_once:  # two fifths for the tree, three for the form
            self._split_once = True
            width = max(self.width(), 600)
            self.ui.splitter.setSizes([width * 2 // 5, width * 3 // 5])

    # -- forms ---------------------------------------------------------------------------

    def _bind(self, widget, name: str, path: str) -> None:
        self.binder.bind(
            widget,
            # one binder serves the three forms: a field the selected node lacks reads as empty
            lambda: getattr(self.current, name, None),
            lambda value: hasattr(self.current, name) and setattr(self.current, name, value),
            f"{path}.{name}",
        )

    def apply_hidden(self, hidden: frozenset[str]) -> None:
        super().apply_hidden(hidden)
        self.show_kind_fields()

    def show_kind_fields(self) -> None:
        """Recipients for an award, a place and a host for a visit (when the kind prints them)."""
        kind = self.item_kind.value()
        self.recipients_box.setVisible(
            kind is ItemKind.AWARD and self.binder.shown("days.sessions.items.recipients")
        )
        for path in ("days.sessions.items.place", "days.sessions.items.host"):
            visible = kind is ItemKind.VISIT and self.binder.shown(path)
            for widget in self.binder.widgets_of(path):
                widget.setVisible(visible)

    # -- the tree --------------------------------------------------------------------------

    def load(self, report: Report) -> None:
        super().load(report)
        self.rebuild()

    def rebuild(self, select: tuple | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for d, day in enumerate(self.report.days):
            day_node = QTreeWidgetItem(self.tree, [self.day_label(d, day)])
            day_node.setData(0, PATH, (d,))
            for s, session in enumerate(day.sessions):
                session_node = QTreeWidgetItem(day_node, [self.session_label(session)])
                session_node.setData(0, PATH, (d, s))
                for i, item in enumerate(session.items):
                    item_node = QTreeWidgetItem(session_node, [self.item_label(item)])
                    item_node.setData(0, PATH, (d, s, i))
                    if select == (d, s, i):
                        chosen = item_node
                if select == (d, s):
                    chosen = session_node
            if select == (d,):
                chosen = day_node
        self.tree.expandAll()
        mark_nodes(self.tree, self.marked)
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self.select(None, None)

    @staticmethod
    def day_label(index: int, day: ProgrammeDay) -> str:
        return shown_day(index + 1, day.date)

    @staticmethod
    def session_label(session: Session) -> str:
        text = label(session.period)
        if session.title:
            text = titled(text, session.title)
        if session.start_time:
            text += f" ({shown_time(session.start_time)})"
        return text

    @staticmethod
    def item_label(item: ProgrammeItem) -> str:
        text = label(item.kind)
        detail = item.title or ", ".join(p.name for p in item.speakers if p.name)
        if detail:
            text = titled(text, detail)
        if item.status is ItemStatus.NOT_HELD:
            text += f" ({label(ItemStatus.NOT_HELD)})"
        return text

    def path(self) -> tuple:
        node = self.tree.currentItem()
        return tuple(node.data(0, PATH)) if node is not None else ()

    def node_object(self, path: tuple):
        if not path:
            return None
        day = self.report.days[path[0]]
        if len(path) == 1:
            return day
        session = day.sessions[path[1]]
        return session if len(path) == 2 else session.items[path[2]]

    def select(self, current, _previous=None) -> None:
        path = tuple(current.data(0, PATH)) if current is not None else ()
        self.current = self.node_object(path)
        self.forms.setCurrentIndex(len(path))
        self.binder.load()
        if isinstance(self.current, ProgrammeItem):
            self.speakers.set_records(self.current.speakers)
            self.recipients.set_records(self.current.recipients)
            self.show_kind_fields()
        if isinstance(self.current, Session):
            self.attendees.set_records(self.current.attendees)

    def edited(self) -> None:
        node = self.tree.currentItem()
        if node is not None and self.current is not None:
            path = self.path()
            if len(path) == 1:
                node.setText(0, self.day_label(path[0], self.current))
            elif len(path) == 2:
                node.setText(0, self.session_label(self.current))
            else:
                node.setText(0, self.item_label(self.current))
        self.changed.emit()

    def add_day(self) -> None:
        days = self.report.days
        previous = days[-1].date if days and days[-1].date else None
        import datetime as dt

        date = previous + dt.timedelta(days=1) if previous else self.report.event.start_date
        period = kind_for(self.report).day_period  # a mission's day: one whole-day session
        days.append(ProgrammeDay(date=date, sessions=[Session(period=period)]))
        self.rebuild(select=(len(days) - 1,))
        self.changed.emit()

    def add_session(self) -> None:
        path = self.path()
        if not path:
            self.add_day()
            return
        day = self.report.days[path[0]]
        period = SessionPeriod.AFTERNOON if day.sessions else SessionPeriod.MORNING
        day.sessions.append(Session(period=period))
        self.rebuild(select=(path[0], len(day.sessions) - 1))
        self.changed.emit()

    def add_item(self) -> None:
        path = self.path()
        if len(path) < 2:
            if not self.report.days:
                self.add_day()
            path = (path[0] if path else len(self.report.days) - 1, 0)
            day = self.report.days[path[0]]
            if not day.sessions:
                day.sessions.append(Session(period=kind_for(self.report).day_period))
        session = self.report.days[path[0]].sessions[path[1]]
        position = path[2] + 1 if len(path) == 3 else len(session.items)
        # a new item is of the kind's usual sort: a visit in a mission, a speech elsewhere
        session.items.insert(position, ProgrammeItem(kind=kind_for(self.report).new_item))
        self.rebuild(select=(path[0], path[1], position))
        self.changed.emit()
        self.item_title.setFocus()

    def _siblings(self, path: tuple) -> list:
        if len(path) == 1:
            return self.report.days
        if len(path) == 2:
            return self.report.days[path[0]].sessions
        return self.report.days[path[0]].sessions[path[1]].items

    def remove(self) -> None:
        path = self.path()
        if not path:
            return
        del self._siblings(path)[path[-1]]
        self.rebuild(select=path[:-1] or None)
        self.changed.emit()

    def move(self, step: int) -> None:
        path = self.path()
        if not path:
            return
        siblings = self._siblings(path)
        index, target = path[-1], path[-1] + step
        if not 0 <= target < len(siblings):
            return
        siblings[index], siblings[target] = siblings[target], siblings[index]
        self.rebuild(select=(*path[:-1], target))
        self.changed.emit()

    def problem_fields(self) -> dict:
        return {"days": self.tree}

    def show_problems(self, problems, *, clear_only: bool = False) -> None:
        """Under the tree, and on the nodes they are about while they are shown."""
        super().show_problems(problems, clear_only=clear_only)
        self.marked = self.validate(problems) if self.notes.shown() else []
        mark_nodes(self.tree, self.marked)

    def focus_path(self, path: str):
        """The day, session or item of ``path`` chosen in the tree, and its field focused."""
        numbers = node_numbers(path)
        self.rebuild(select=numbers or None)
        name = path.rsplit(".", 1)[-1]
        fields = {
            1: {"date": self.day_date},
            2: {"end_time": self.session_end, "participants_count": self.session_participants},
            3: {"remark": self.item_remark},
        }.get(len(numbers), {})
        field = fields.get(name, self.item_title if len(numbers) == 3 else self.tree)
        field.setFocus()
        return field

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        for button in (
            self.add_day_button,
            self.add_session_button,
            self.add_item_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setEnabled(not read_only)
        self.speakers_table.set_read_only(read_only)
        self.recipients_table.set_read_only(read_only)
        self.attendees_table.set_read_only(read_only)
