"""The report editor: the sections side by side with their list, and saving as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from openreport.model import Report, ReportStatus
from openreport.ui.editor.base import scrolled
from openreport.ui.editor.closing import ClosingSection
from openreport.ui.editor.delegation import DelegationSection
from openreport.ui.editor.event import EventSection
from openreport.ui.editor.programme import ProgrammeSection
from openreport.ui.editor.review import ReviewSection
from openreport.ui.editor.workshops import RecommendationsSection, WorkshopsSection
from openreport.ui.labels import tr


class ReportEditor(QWidget):
    """Edits one report. ``dirty`` is emitted at each change; the window saves it."""

    dirty = Signal()
    back_requested = Signal()
    section_changed = Signal(int)

    SECTIONS = (
        EventSection,
        DelegationSection,
        ProgrammeSection,
        WorkshopsSection,
        RecommendationsSection,
        ClosingSection,
        ReviewSection,
    )

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: Report | None = None
        self.sections = [cls(context) for cls in self.SECTIONS]
        self.list = QListWidget()
        self.list.setObjectName("sectionList")
        self.stack = QStackedWidget()
        for number, section in enumerate(self.sections, start=1):
            self.list.addItem(f"{number}. {tr(section.title)}")
            # every page scrolls: the window must fit a laptop's screen
            self.stack.addWidget(scrolled(section))
            section.changed.connect(self.on_changed)
        self.list.setFixedWidth(220)
        self.list.currentRowChanged.connect(self.show_section)
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        self.back_button = QPushButton(tr("المكتبة"))
        self.previous_button = QPushButton(tr("السابق"))
        self.next_button = QPushButton(tr("التالي"))
        self.back_button.clicked.connect(self.back_requested)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.heading, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.stack, 1)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        self.update_arrows()
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step(-1))
        review = self.review
        review.jump.connect(self.jump_to)

    @property
    def review(self) -> ReviewSection:
        return self.sections[-1]

    def update_arrows(self) -> None:
        """Back and next point the way the reader goes: right to left."""
        style = self.style()
        from PySide6.QtWidgets import QStyle

        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward = QStyle.StandardPixmap.SP_ArrowLeft if rtl else QStyle.StandardPixmap.SP_ArrowRight
        backward = (
            QStyle.StandardPixmap.SP_ArrowRight if rtl else QStyle.StandardPixmap.SP_ArrowLeft
        )
        self.next_button.setIcon(style.standardIcon(forward))
        self.previous_button.setIcon(style.standardIcon(backward))
        self.back_button.setIcon(style.standardIcon(backward))

    def load(self, report: Report, section: int = 0) -> None:
        self.report = report
        for part in self.sections:
            part.load(report)
        self.apply_lock()
        self.update_heading()
        self.list.setCurrentRow(max(0, min(section, len(self.sections) - 1)))

    def update_heading(self) -> None:
        report = self.report
        title = report.title or report.event.name or tr("تقرير جديد")
        if report.status is ReportStatus.FINAL:
            status = tr("نهائي، مقفل للتعديل (يعاد فتحه كمسودة من قسم المراجعة)")
        else:
            status = tr("مسودة")
        self.heading.setText(f"<b>{title}</b> — {status}")

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        if self.report is not None and self.stack.count():
            self.sections[self.stack.currentIndex()].store(self.report)
        section = self.sections[row]
        if isinstance(section, ReviewSection | WorkshopsSection | RecommendationsSection):
            section.load(self.report)  # they show what other sections changed
        self.stack.setCurrentIndex(row)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.sections) - 1)
        self.section_changed.emit(row)

    def current_section(self) -> int:
        return self.list.currentRow()

    def step(self, delta: int) -> None:
        row = self.list.currentRow() + delta
        if 0 <= row < len(self.sections):
            self.list.setCurrentRow(row)

    def jump_to(self, path: str) -> None:
        for row, section in enumerate(self.sections):
            if section.paths and path.startswith(section.paths):
                self.list.setCurrentRow(row)
                section.focus_path(path)
                return

    def on_changed(self) -> None:
        self.update_heading()
        self.dirty.emit()

    def store(self) -> None:
        if self.report is not None:
            self.sections[self.stack.currentIndex()].store(self.report)

    def apply_lock(self) -> None:
        """A final report is read-only until it is reopened as a draft."""
        locked = self.report is not None and self.report.status is ReportStatus.FINAL
        for section in self.sections[:-1]:
            section.set_read_only(locked)
