"""Section 7: review — what is missing or inconsistent, then export and mark final."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton

from openreport.model import Report, ReportStatus
from openreport.ui.editor.base import Section, vbox
from openreport.ui.labels import tr
from openreport.validation import Severity, validate


class ReviewSection(Section):
    title = "المراجعة"

    jump = Signal(str)  # a validation path
    export_requested = Signal()
    final_requested = Signal()
    reopen_requested = Signal()
    preview_requested = Signal()
    print_requested = Signal()
    pdf_requested = Signal()

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        layout = vbox(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.itemActivated.connect(
            lambda item: self.jump.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.export_button = QPushButton(tr("تصدير DOCX…"))
        self.final_button = QPushButton(tr("اعتماد التقرير نهائيا"))
        self.reopen_button = QPushButton(tr("إعادة فتحه كمسودة…"))
        buttons = QHBoxLayout()
        for button in (self.export_button, self.final_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        from PySide6.QtWidgets import QSplitter

        from openreport.ui.preview import ReportPreview

        self.preview = ReportPreview()
        self.preview.setMinimumHeight(320)
        self.preview_button = QPushButton(tr("معاينة في نافذة…"))
        self.print_button = QPushButton(tr("طباعة…"))
        self.pdf_button = QPushButton(tr("تصدير PDF للأرشيف…"))
        for button in (self.preview_button, self.print_button, self.pdf_button):
            buttons.insertWidget(buttons.count() - 1, button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.problems)
        split.addWidget(self.preview)
        split.setSizes([100, 420])
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.export_requested)
        self.final_button.clicked.connect(self.final_requested)
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.preview_button.clicked.connect(self.preview_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self.pdf_requested)

    def load(self, report: Report) -> None:
        super().load(report)
        self.refresh()

    def refresh(self) -> None:
        report = self.report
        problems = validate(report, for_final=True)
        self.problems.clear()
        for problem in problems:
            mark = "⛔" if problem.severity is Severity.ERROR else "⚠"
            item = QListWidgetItem(f"{mark} {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem.path)
            self.problems.addItem(item)
        errors = sum(p.severity is Severity.ERROR for p in problems)
        final = report.status is ReportStatus.FINAL
        if final:
            self.summary.setText(tr("هذا التقرير معتمد نهائيا ومقفل للتعديل."))
        elif errors:
            self.summary.setText(
                tr(
                    "يجب تصحيح ما يلي قبل اعتماد التقرير نهائيا"
                    " (انقر مرتين على سطر للانتقال إلى الحقل):"
                )
            )
        elif problems:
            self.summary.setText(tr("التقرير قابل للاعتماد؛ تستحق الملاحظات التالية نظرة:"))
        else:
            self.summary.setText(tr("لا ينقص التقرير شيء. يمكنك تصديره أو اعتماده نهائيا."))
        self.final_button.setVisible(not final)
        self.final_button.setEnabled(not errors)
        self.reopen_button.setVisible(final)
        self.preview.show_report(report, self.context.profile)
