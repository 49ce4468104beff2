"""The delegation section (who mandated it, who led it, its members and their roles)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit

from openreport import costs
from openreport.model import DelegationMember, Person, Report
from openreport.ui.binder import Binder
from openreport.ui.editor.base import Section, SectionId, put_in_slot
from openreport.ui.forms.ui_delegation_section import Ui_DelegationSection
from openreport.ui.labels import tr
from openreport.ui.models import Column, RecordListModel, person_columns
from openreport.ui.widgets import RecordTable


class DelegationSection(Section):
    id = SectionId.DELEGATION
    title = QT_TRANSLATE_NOOP("Section", "الوفد")
    paths = ("delegation", "attendance")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_DelegationSection()
        ui.setupUi(self)
        people = context.people
        self.mandator, self.leader = ui.mandator, ui.leader
        self.deputy, self.team, self.purpose = ui.deputy, ui.team, ui.purpose
        for fields in (self.mandator, self.leader):
            fields.set_people(people)
        self.members = RecordListModel(
            [
                *person_columns(lambda m: m.person),
                Column.attr(tr("الدور في المهمة"), "mission_role"),
            ],
            DelegationMember,
            self,
        )
        self.members_table = put_in_slot(
            ui.membersSlot,
            RecordTable(
                self.members,
                people,
                empty=tr("لا أعضاء بعد: أضف كل عضو في الوفد ودوره في المهمة بزر «إضافة»."),
            ),
        )
        self.attendance = RecordListModel(person_columns(lambda p: p), Person, self)
        self.attendance_table = put_in_slot(
            ui.attendanceSlot,
            RecordTable(
                self.attendance,
                people,
                empty=tr("لا أحد بعد: أضف بزر «إضافة» من حضر من غير أعضاء الوفد."),
            ),
        )
        self.mission_cost = ui.missionCost
        self.mission_amount, self.mission_currency = self.amount_row()
        self.amount_follows = True  # the amount is empty or the one the cost's text says
        self.loading = False
        self.binder = self.bind_fields()
        self.binder.changed.connect(self.changed)
        self.members.changed.connect(self.changed)
        self.attendance.changed.connect(self.changed)

    def bind_fields(self) -> Binder:
        ui = self.ui
        delegation = lambda: self.report.delegation  # noqa: E731
        binder = Binder(self)
        binder.bind(
            self.mandator,
            lambda: delegation().mandated_by,
            lambda v: setattr(delegation(), "mandated_by", None if v.is_empty() else v),
            "delegation.mandated_by",
        )
        binder.bind(
            self.leader,
            lambda: delegation().leader,
            lambda v: setattr(delegation(), "leader", None if v.is_empty() else v),
            "delegation.leader",
        )
        binder.bind(
            self.deputy,
            lambda: delegation().leader_is_deputy,
            lambda v: setattr(delegation(), "leader_is_deputy", v),
            "delegation.leader_is_deputy",
        )
        binder.bind(
            self.team,
            lambda: delegation().team,
            lambda v: setattr(delegation(), "team", v),
            "delegation.team",
        )
        binder.bind(
            self.purpose,
            lambda: delegation().purpose,
            lambda v: setattr(delegation(), "purpose", v),
            "delegation.purpose",
        )
        binder.bind(
            self.mission_cost,
            lambda: delegation().mission_cost,
            lambda v: setattr(delegation(), "mission_cost", v),
            "delegation.mission_cost",
        )
        self.bind_amount(binder, delegation)
        binder.place("delegation.mandated_by", ui.mandatorBox)
        binder.place("delegation.leader", ui.leaderBox)
        binder.place("delegation.members", ui.membersBox)
        binder.place("attendance", ui.attendanceBox)
        return binder

    def bind_amount(self, binder: Binder, delegation) -> None:
        """The cost's amount and currency; the amount follows the cost's text while empty."""
        binder.bind(
            self.mission_amount,
            lambda: (
                ""
                if delegation().mission_amount is None
                else costs.grouped(delegation().mission_amount)
            ),
            lambda v: setattr(delegation(), "mission_amount", costs.amount_in(v)),
            "delegation.mission_amount",
        )
        binder.bind(
            self.mission_currency,
            lambda: delegation().mission_currency,
            lambda v: setattr(delegation(), "mission_currency", v),
            "delegation.mission_currency",
        )
        self.mission_cost.textChanged.connect(self.follow_cost_text)
        self.mission_amount.textEdited.connect(lambda t: setattr(self, "amount_follows", not t))

    def amount_row(self) -> tuple[QLineEdit, QComboBox]:
        """The cost's amount and currency under its wording, for the year in review."""
        amount = QLineEdit(self)
        amount.setObjectName("missionAmount")
        amount.setPlaceholderText(tr("يقرأ من النص أعلاه إن أمكن، أو اكتبه: 4.500,00"))
        amount.setToolTip(tr("المبلغ وحده، لحصيلة السنة: يملأ من نص التكلفة ما دام فارغا"))
        digits = QRegularExpression("[0-9٠-٩۰-۹.,٫٬ \u00a0]{0,24}")
        amount.setValidator(QRegularExpressionValidator(digits, amount))
        currency = QComboBox(self)
        currency.setObjectName("missionCurrency")
        currency.setToolTip(tr("عملة المبلغ: لا تجمع حصيلة السنة مبالغ عملات مختلفة"))
        for code, word in zip(costs.CURRENCIES, (tr("درهم"), tr("أورو"), tr("دولار")), strict=True):
            currency.addItem(word, code)
        row = QHBoxLayout()
        row.addWidget(amount, 1)
        row.addWidget(currency)
        label = QLabel(tr("المبلغ:"), self)
        label.setBuddy(amount)
        self.ui.costForm.addRow(label, row)
        return amount, currency

    def follow_cost_text(self, text: str) -> None:
        """An empty amount, or one read from the cost's text, follows the text as typed."""
        if self.loading or not self.amount_follows:
            return
        parsed = costs.parse_cost(text)
        self.mission_amount.setText("" if parsed is None else costs.grouped(parsed[0]))
        if parsed is not None:
            self.mission_currency.setCurrentIndex(self.mission_currency.findData(parsed[1]))

    def load(self, report: Report) -> None:
        super().load(report)
        delegation = report.delegation
        if self.mission_currency.findData(delegation.mission_currency) < 0:
            self.mission_currency.addItem(delegation.mission_currency, delegation.mission_currency)
        parsed = costs.parse_cost(delegation.mission_cost)
        amount = delegation.mission_amount
        self.amount_follows = amount is None or (parsed is not None and parsed[0] == amount)
        self.loading = True
        try:
            self.binder.load()
        finally:
            self.loading = False
        self.members.set_records(report.delegation.members)
        self.attendance.set_records(report.attendance)

    def problem_fields(self) -> dict:
        return {
            "delegation.members": self.members_table.view,
            "delegation.leader": self.leader.name,
            "attendance": self.attendance_table.view,
        }

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        self.members_table.set_read_only(read_only)
        self.attendance_table.set_read_only(read_only)
