"""Section 6: the closing, the delegation's remarks, the conclusion and the signature."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from openreport.model import Report, ReportStatus
from openreport.ui.editor.base import Section, scrolled, vbox
from openreport.ui.labels import tr
from openreport.ui.models import StringListModel
from openreport.ui.widgets import Binder, OptionalDateEdit, PersonFields, RecordTable


class ClosingSection(Section):
    title = "الاختتام والتوقيع"
    paths = ("closing", "report_date")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        inner = QWidget()
        layout = vbox(inner)
        self.items = StringListModel(tr("ما اختتمت به الفعالية (مثال: تقديم نتائج الورشات)"), self)
        self.remarks = StringListModel(tr("ملاحظة"), self)
        self.items_table = RecordTable(self.items)
        self.remarks_table = RecordTable(self.remarks)
        for title, table in (
            (tr("فقرات الاختتام"), self.items_table),
            (tr("ملاحظات الوفد"), self.remarks_table),
        ):
            box = QGroupBox(title)
            vbox(box).addWidget(table)
            layout.addWidget(box)
        self.conclusion = QPlainTextEdit()
        self.signer = PersonFields(context.people)
        self.function = QLineEdit()
        self.function.setPlaceholderText(tr("مثال: نقطة ارتكاز جماعة شفشاون"))
        self.place = QLineEdit()
        self.date = OptionalDateEdit()
        self.report_place = QLineEdit()
        self.report_date = OptionalDateEdit()
        form = QFormLayout()
        form.addRow(tr("الخاتمة:"), self.conclusion)
        layout.addLayout(form)
        box = QGroupBox(tr("التوقيع"))
        signature_form = QFormLayout(box)
        signature_form.addRow(tr("محرر التقرير:"), self.signer)
        signature_form.addRow(tr("الصفة فوق الاسم:"), self.function)
        signature_form.addRow(tr("حرر في (المكان):"), self.place)
        signature_form.addRow(tr("بتاريخ:"), self.date)
        layout.addWidget(box)
        box = QGroupBox(tr("سطر المكان والتاريخ في رأس التقرير"))
        head = QFormLayout(box)
        head.addRow(tr("المكان:"), self.report_place)
        head.addRow(tr("التاريخ:"), self.report_date)
        layout.addWidget(box)
        vbox(self, 0).addWidget(scrolled(inner))

        closing = lambda: self.report.closing  # noqa: E731
        signature = lambda: self.report.closing.signature  # noqa: E731
        binder = self.binder = Binder(self)
        binder.bind(
            self.conclusion,
            lambda: closing().conclusion,
            lambda v: setattr(closing(), "conclusion", v),
        )
        binder.bind(
            self.signer, lambda: signature().signer, lambda v: setattr(signature(), "signer", v)
        )
        for widget, name in (
            (self.function, "function"),
            (self.place, "place"),
            (self.date, "date"),
        ):
            binder.bind(
                widget,
                lambda n=name: getattr(signature(), n),
                lambda v, n=name: setattr(signature(), n, v),
            )
        binder.bind(
            self.report_place,
            lambda: self.report.report_place,
            lambda v: setattr(self.report, "report_place", v),
        )
        binder.bind(
            self.report_date,
            lambda: self.report.report_date,
            lambda v: setattr(self.report, "report_date", v),
        )
        binder.changed.connect(self.changed)
        self.items.changed.connect(self.changed)
        self.remarks.changed.connect(self.changed)

    def load(self, report: Report) -> None:
        super().load(report)
        self.binder.load()
        self.items.set_records(report.closing.items)
        self.remarks.set_records(report.closing.remarks)
        profile = self.context.profile
        if (
            report.status is ReportStatus.DRAFT
            and not report.closing.signature.signer.name
            and profile.focal_point.name
        ):
            # sensible default: the commune's focal point signs
            report.closing.signature.signer = profile.focal_point
            report.closing.signature.function = report.closing.signature.function or (
                profile.focal_point.title
            )
            self.binder.load()

    def focus_path(self, path: str) -> None:
        (self.report_date if path == "report_date" else self.signer.name).setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        self.items_table.set_read_only(read_only)
        self.remarks_table.set_read_only(read_only)
