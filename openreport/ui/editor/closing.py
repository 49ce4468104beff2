"""The closing section: the closing, the delegation's remarks, the conclusion and the signature."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from openreport.images import read_picture
from openreport.model import Annex, Attachment, Recommendation, Report, ReportStatus
from openreport.ui.binder import Binder
from openreport.ui.editor.base import Section, SectionId, put_in_slot
from openreport.ui.fields import mark_required
from openreport.ui.forms.ui_closing_section import Ui_ClosingSection
from openreport.ui.labels import shown, tr
from openreport.ui.models import Column, RecordListModel, StringListModel, action_columns
from openreport.ui.widgets import RecordTable

MAX_IMAGE_BYTES = 10 * 1024 * 1024


class ClosingSection(Section):
    id = SectionId.CLOSING
    title = QT_TRANSLATE_NOOP("Section", "الاختتام والتوقيع")
    paths = ("closing", "report_date")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.ui = ui = Ui_ClosingSection()
        ui.setupUi(self)
        self.items = StringListModel(tr("ما اختتمت به الفعالية (مثال: تقديم نتائج الورشات)"), self)
        self.remarks = StringListModel(tr("ملاحظة"), self)
        self.items_table = put_in_slot(
            ui.itemsSlot,
            RecordTable(
                self.items,
                wide=0,
                empty=tr("لا فقرات بعد: أضف بزر «إضافة» ما اختتمت به الفعالية، فقرة في كل سطر."),
            ),
        )
        self.remarks_table = put_in_slot(
            ui.remarksSlot,
            RecordTable(
                self.remarks,
                wide=0,
                empty=tr("لا ملاحظات بعد: أضف كل ملاحظة للوفد على الفعالية بزر «إضافة»."),
            ),
        )
        self.conclusion, self.signer, self.function = ui.conclusion, ui.signer, ui.function
        self.place, self.date = ui.place, ui.date
        self.report_place, self.report_date = ui.reportPlace, ui.reportDate
        self.signer.set_people(context.people)
        self.build_lists()
        self.binder = self.bind_fields()
        self.binder.changed.connect(self.changed)
        mark_required(
            ui.signerLabel,
            self.signer.name,
            tip=tr("مطلوب لاعتماد التقرير نهائيا: اسم محرر التقرير أو صفته"),
        )

    def build_lists(self) -> None:
        ui = self.ui
        self.decisions = StringListModel(tr("القرار"), self)
        self.decisions_table = put_in_slot(
            ui.decisionsSlot,
            RecordTable(
                self.decisions, wide=0, empty=tr("لا قرارات بعد: أضف كل قرار بزر «إضافة».")
            ),
        )
        steps = action_columns(tr("الخطوة"), tr("على عاتق جماعتنا"), "closing.next_steps")
        self.next_steps = RecordListModel(steps, Recommendation, self)
        self.next_steps_table = put_in_slot(
            ui.nextStepsSlot,
            RecordTable(
                self.next_steps,
                wide=0,
                empty=tr("لا خطوات بعد: أضف كل خطوة مقبلة ومن يتكفل بها بزر «إضافة»."),
            ),
        )
        self.annexes = RecordListModel(
            [
                Column.attr(tr("المرفق"), "title"),
                Column(tr("صورة"), lambda a: tr("نعم") if a.image else ""),
            ],
            Annex,
            self,
        )
        self.annexes_table = put_in_slot(
            ui.annexesSlot,
            RecordTable(
                self.annexes,
                wide=0,
                empty=tr(
                    "لا مرفقات بعد: أضف مرفقا بزر «إضافة»،"
                    " أو صورة بزر «إرفاق صورة بالمرفق المختار»."
                ),
            ),
        )
        ui.annexImage.clicked.connect(self.attach_image)
        for model in (self.items, self.remarks, self.decisions, self.next_steps, self.annexes):
            model.changed.connect(self.changed)

    def bind_fields(self) -> Binder:
        closing = lambda: self.report.closing  # noqa: E731
        signature = lambda: self.report.closing.signature  # noqa: E731
        binder = Binder(self)
        binder.bind(
            self.conclusion,
            lambda: closing().conclusion,
            lambda v: setattr(closing(), "conclusion", v),
        )
        binder.bind(
            self.signer,
            lambda: signature().signer,
            lambda v: setattr(signature(), "signer", v),
            "closing.signature.signer",
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
                f"closing.signature.{name}",
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
        ui = self.ui
        binder.place("closing.conclusion", self.conclusion, ui.conclusionLabel)
        binder.place("closing.signature", ui.signatureBox)
        binder.place("report_place", self.report_place, ui.reportPlaceLabel)
        binder.place("report_date", self.report_date, ui.reportDateLabel)
        for path, box in (
            ("closing.items", ui.itemsBox),
            ("closing.remarks", ui.remarksBox),
            ("closing.decisions", ui.decisionsBox),
            ("closing.next_steps", ui.nextStepsBox),
            ("closing.annexes", ui.annexesBox),
        ):
            binder.place(path, box)
        return binder

    def load(self, report: Report) -> None:
        super().load(report)
        self.binder.load()
        self.items.set_records(report.closing.items)
        self.remarks.set_records(report.closing.remarks)
        self.decisions.set_records(report.closing.decisions)
        self.next_steps.set_records(report.closing.next_steps)
        self.annexes.set_records(report.closing.annexes)
        if self.fill_signature(report):
            self.binder.load()
            self.changed.emit()  # the report changed: it is saved, and drawn as it now is

    def fill_signature(self, report: Report) -> bool:
        """A draft nobody signs yet is signed by the commune's focal point, in its city.
        Returns whether the report changed."""
        profile = self.context.profile
        signature = report.closing.signature
        if (
            report.status is not ReportStatus.DRAFT
            or signature.signer.name
            or not profile.focal_point.name
        ):
            return False
        signature.signer = profile.focal_point
        signature.function = signature.function or profile.focal_point.title
        signature.place = signature.place or profile.city
        return True

    def attach_image(self) -> None:
        """A photograph or a scanned page for the chosen annex (a new annex if none is)."""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("صورة المرفق"), "", tr("صور (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        data = read_picture(path, MAX_IMAGE_BYTES)  # None: no regular file, or too big
        # The header's pixel size is checked before anything is decoded.
        image = Attachment(data or b"")
        problem = image.problem() if data is not None else ""
        if problem:
            QMessageBox.warning(self, tr("المرفقات"), shown(problem))
            return
        if data is None or not QImage.fromData(data).width():
            QMessageBox.warning(
                self, tr("المرفقات"), tr("تعذرت قراءة الصورة، أو حجمها يتجاوز 10 ميغابايت.")
            )
            return
        row = self.annexes_table.current_row()
        if row < 0:
            row = self.annexes.add(Annex(Path(path).stem))
        self.annexes.records[row].image = image
        self.annexes.dataChanged.emit(self.annexes.index(row, 0), self.annexes.index(row, 1))
        self.changed.emit()

    def problem_fields(self) -> dict:
        return {
            "closing.signature": self.signer.name,
            "report_date": self.report_date,
            "closing.annexes": self.annexes_table.view,
            "closing.decisions": self.decisions_table.view,
        }

    def main_field(self):
        return self.signer.name

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        for table in (
            self.items_table,
            self.remarks_table,
            self.decisions_table,
            self.next_steps_table,
            self.annexes_table,
        ):
            table.set_read_only(read_only)
        self.ui.annexImage.setEnabled(not read_only)
