"""The review section: what is missing or inconsistent, then export and mark final."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem

from openreport.compose.kinds import kind_for
from openreport.model import Report, ReportStatus
from openreport.ui.editor.base import Section, SectionId, put_in_slot
from openreport.ui.forms.ui_review_section import Ui_ReviewSection
from openreport.ui.labels import shown, tr
from openreport.validation import Problem, Severity, validate


def kind_problems(report: Report) -> list[Problem]:
    """What the report's kind still misses («a meeting without its agenda»), when the kind
    has checks of its own."""
    checks = getattr(kind_for(report), "checks", None)
    return list(checks(report)) if checks is not None else []


class ReviewSection(Section):
    id = SectionId.REVIEW
    title = QT_TRANSLATE_NOOP("Section", "المراجعة")

    jump = Signal(str)  # a validation path
    export_requested = Signal()
    final_requested = Signal()
    reopen_requested = Signal()
    preview_requested = Signal()
    print_requested = Signal()
    pdf_requested = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        from openreport.ui.preview import REVIEW_PAGES, ReportPreview

        self.ui = ui = Ui_ReviewSection()
        ui.setupUi(self)
        self.summary, self.problems = ui.summary, ui.problems
        self.export_button, self.final_button = ui.exportButton, ui.finalButton
        self.reopen_button, self.preview_button = ui.reopenButton, ui.previewButton
        self.print_button, self.pdf_button = ui.printButton, ui.pdfButton
        self.preview = put_in_slot(ui.previewSlot, ReportPreview(limit=REVIEW_PAGES, whole=False))
        self.preview.setMinimumHeight(320)
        ui.split.setSizes([100, 420])
        # a double click or Enter opens the problem's section at its field
        self.problems.itemActivated.connect(
            lambda item: self.jump.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.export_button.clicked.connect(self.export_requested)
        self.final_button.clicked.connect(self.final_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.preview_button.clicked.connect(self.preview_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.preview_stale = True

    def load(self, report: Report) -> None:
        super().load(report)
        self.refresh()

    def refresh(self) -> None:
        report = self.report
        problems = validate(report, for_final=True)
        # what the kind misses is shown beside them; only the general checks block marking
        # the report final, as they do from the command line (actions.mark_final)
        errors = sum(p.severity is Severity.ERROR for p in problems)
        problems += kind_problems(report)
        self.problems.clear()
        for problem in problems:
            mark = "⛔" if problem.severity is Severity.ERROR else "⚠"
            item = QListWidgetItem(f"{mark} {shown(problem.message)}")
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            item.setToolTip(tr("انقر مرتين أو اضغط Enter للانتقال إلى الحقل المعني"))
            self.problems.addItem(item)
        final = report.status is ReportStatus.FINAL
        if final:
            self.summary.setText(tr("هذا التقرير معتمد نهائيا ومقفل للتعديل."))
        elif errors:
            self.summary.setText(
                tr(
                    "يجب تصحيح ما يلي قبل اعتماد التقرير نهائيا"
                    " (انقر مرتين على سطر أو اضغط Enter للانتقال إلى الحقل):"
                )
            )
        elif problems:
            self.summary.setText(tr("التقرير قابل للاعتماد؛ تستحق الملاحظات التالية نظرة:"))
        else:
            self.summary.setText(tr("لا ينقص التقرير شيء. يمكنك تصديره أو اعتماده نهائيا."))
        read_only = bool(getattr(self.context, "read_only", False))  # another window holds it
        self.final_button.setVisible(not final)
        self.final_button.setEnabled(not errors and not read_only)
        self.reopen_button.setVisible(final)
        self.reopen_button.setEnabled(not read_only)
        self.preview_stale = True
        if self.isVisible():
            self.update_preview()

    def update_preview(self) -> None:
        if self.report is not None and self.preview_stale:
            self.preview_stale = False
            self.preview.show_report(self.report, self.context.profile)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.update_preview()  # the preview is drawn when it is looked at
