"""Section 2: the delegation (who mandated it, who led it, its members and their roles)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from openreport.model import DelegationMember, Report
from openreport.ui.editor.base import Section, scrolled, vbox
from openreport.ui.labels import tr
from openreport.ui.models import Column, RecordListModel, person_columns
from openreport.ui.widgets import Binder, PersonFields, RecordTable


class DelegationSection(Section):
    title = "الوفد"
    paths = ("delegation",)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        inner = QWidget()
        layout = vbox(inner)
        people = context.people
        self.mandator = PersonFields(people)
        self.leader = PersonFields(people)
        self.deputy = QCheckBox(tr("رئيس الوفد نائب من كلفه"))
        self.team = QLineEdit()
        self.team.setPlaceholderText(
            tr("مثال: مكلفا بمشروع الشبكة المغربية للجماعات الترابية المنفتحة")
        )
        self.purpose = QPlainTextEdit()
        self.purpose.setPlaceholderText(tr("اتركه فارغا ليكتب البرنامج: المشاركة في فعاليات …"))
        for title, widget in ((tr("كلف الوفد"), self.mandator), (tr("رئيس الوفد"), self.leader)):
            box = QGroupBox(title)
            vbox(box).addWidget(widget)
            layout.addWidget(box)
        form = QFormLayout()
        form.addRow("", self.deputy)
        form.addRow(tr("وصف الوفد:"), self.team)
        layout.addLayout(form)
        self.members = RecordListModel(
            [
                *person_columns(lambda m: m.person),
                Column.attr(tr("الدور في المهمة"), "mission_role"),
            ],
            DelegationMember,
            self,
        )
        self.members_table = RecordTable(self.members, people)
        box = QGroupBox(tr("أعضاء الوفد"))
        vbox(box).addWidget(self.members_table)
        layout.addWidget(box)
        purpose_form = QFormLayout()
        purpose_form.addRow(tr("المهمة:"), self.purpose)
        layout.addLayout(purpose_form)
        vbox(self, 0).addWidget(scrolled(inner))

        delegation = lambda: self.report.delegation  # noqa: E731
        binder = self.binder = Binder(self)
        binder.bind(
            self.mandator,
            lambda: delegation().mandated_by,
            lambda v: setattr(delegation(), "mandated_by", None if v.is_empty() else v),
        )
        binder.bind(
            self.leader,
            lambda: delegation().leader,
            lambda v: setattr(delegation(), "leader", None if v.is_empty() else v),
        )
        binder.bind(
            self.deputy,
            lambda: delegation().leader_is_deputy,
            lambda v: setattr(delegation(), "leader_is_deputy", v),
        )
        binder.bind(
            self.team, lambda: delegation().team, lambda v: setattr(delegation(), "team", v)
        )
        binder.bind(
            self.purpose,
            lambda: delegation().purpose,
            lambda v: setattr(delegation(), "purpose", v),
        )
        binder.changed.connect(self.changed)
        self.members.changed.connect(self.changed)

    def load(self, report: Report) -> None:
        super().load(report)
        self.binder.load()
        self.members.set_records(report.delegation.members)

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        self.members_table.set_read_only(read_only)
