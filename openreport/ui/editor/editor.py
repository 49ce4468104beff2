"""The report editor: the sections side by side with their list, and saving as you type."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from openreport.compose.kinds import GATHERING, Kind, kind_for
from openreport.model import Report, ReportStatus
from openreport.ui.editor.agenda import AgendaSection
from openreport.ui.editor.base import TITLE_CONTEXT, Section, SectionId, scrolled
from openreport.ui.editor.closing import ClosingSection
from openreport.ui.editor.delegation import DelegationSection
from openreport.ui.editor.event import EventSection
from openreport.ui.editor.programme import ProgrammeSection
from openreport.ui.editor.recommendations import RecommendationsSection
from openreport.ui.editor.review import ReviewSection, kind_problems
from openreport.ui.editor.workshops import WorkshopsSection
from openreport.ui.fields import FieldNotes
from openreport.ui.labels import tr, translate
from openreport.validation import validate


class ReportEditor(QWidget):
    """Edits one report. ``dirty`` is emitted at each change; the window saves it.

    The report being edited is the one truth while it is open: every section writes into it,
    and whoever draws or exports it calls ``store()`` first to finish a pending edit."""

    dirty = Signal()
    back_requested = Signal()
    section_changed = Signal(object)  # the SectionId now shown

    SECTIONS = (
        EventSection,
        DelegationSection,
        AgendaSection,
        ProgrammeSection,
        WorkshopsSection,
        RecommendationsSection,
        ClosingSection,
        ReviewSection,
    )
    # they show what other sections changed, so they are loaded again when shown
    RELOADED = (SectionId.WORKSHOPS, SectionId.RECOMMENDATIONS, SectionId.REVIEW)

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: Report | None = None
        self.sections: dict[SectionId, Section] = {}
        self.pages: dict[SectionId, QWidget] = {}
        self.kind = None  # the kind of the report: it chooses the sections shown, in order
        self.order: list[SectionId] = []  # the sections the list shows
        self.loading = False
        self.list = QListWidget()
        self.list.setObjectName("sectionList")
        self.list.setFixedWidth(220)
        self.stack = QStackedWidget()
        for cls in self.SECTIONS:
            self.add_section(cls(context))
        self.show_sections(self.order_of(GATHERING))  # until a report says its kind
        self.list.currentItemChanged.connect(self.on_current_item)
        self.build_layout()
        self.update_arrows()
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.step(-1))
        self.review.jump.connect(self.jump_to)
        self.reopen_button.clicked.connect(self.review.reopen_requested)

    def add_section(self, section: Section) -> None:
        self.sections[section.id] = section
        # every page scrolls: the window must fit a laptop's screen
        page = self.pages[section.id] = scrolled(section)
        self.stack.addWidget(page)
        section.changed.connect(self.on_changed)

    def build_layout(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        self.heading.setWordWrap(True)
        self.back_button = QPushButton(tr("المكتبة"))
        self.previous_button = QPushButton(tr("السابق"))
        self.next_button = QPushButton(tr("التالي"))
        self.back_button.setToolTip(tr("العودة إلى لائحة التقارير؛ ما كتبته محفوظ"))
        self.previous_button.setToolTip(tr("الانتقال إلى القسم السابق (Ctrl+PgUp)"))
        self.next_button.setToolTip(tr("الانتقال إلى القسم التالي (Ctrl+PgDown)"))
        self.build_final_banner()
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
        right.addWidget(self.final_banner)
        right.addWidget(self.stack, 1)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)

    def build_final_banner(self) -> None:
        """Says, above every section, that a final report cannot be edited and how to edit it:
        its read-only fields would otherwise look editable and ignore what is typed."""
        self.final_banner = QWidget()
        self.final_banner.setObjectName("finalBanner")
        self.final_banner.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.final_banner.setStyleSheet(
            "#finalBanner { background: #fff4ce; border: 1px solid #c8a200; border-radius: 3px; }"
        )
        text = QLabel(
            tr("هذا التقرير نهائي: حقوله للقراءة فقط. لتعديله أعد فتحه كمسودة."), self.final_banner
        )
        text.setWordWrap(True)
        self.reopen_button = QPushButton(tr("إعادة فتحه كمسودة…"), self.final_banner)
        self.reopen_button.setToolTip(tr("جعل التقرير مسودة من جديد لتعديله (بعد التأكيد)"))
        layout = QHBoxLayout(self.final_banner)
        layout.addWidget(text, 1)
        layout.addWidget(self.reopen_button)
        self.final_banner.hide()
        # the fields that cannot be edited are drawn on the window's colour, not as inputs
        self.setStyleSheet(
            'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"]'
            " { background: palette(window); }" + FieldNotes.STYLE
        )

    def show_sections(self, order: list[SectionId]) -> None:
        """List the sections of ``order``, numbered in that order (the others stay loaded)."""
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.order = order
        self.list.blockSignals(True)
        self.list.clear()
        for number, section_id in enumerate(order, start=1):
            title = translate(TITLE_CONTEXT, self.sections[section_id].title)
            item = QListWidgetItem(f"{number}. {title}")
            item.setData(Qt.ItemDataRole.UserRole, section_id)
            self.list.addItem(item)
            self.mark_item(section_id, bool(self.sections[section_id].notes.shown()))
        if keep in order:  # still shown: its page stays as it is
            self.list.setCurrentItem(self.item(keep))
            self.update_buttons(keep)
        self.list.blockSignals(False)
        if keep not in order and keep is not None and order:
            self.show_section(order[0])

    def apply_kind(self) -> None:
        """Show the sections and the fields of the report's kind, in its order. What the
        hidden ones hold stays in the report."""
        kind = kind_for(self.report)
        if kind is self.kind:
            return
        self.kind = kind
        for section in self.sections.values():
            section.apply_hidden(kind.hidden)
        self.show_sections(self.order_of(kind))

    def order_of(self, kind: Kind) -> list[SectionId]:
        """The sections of ``kind`` in its order (all of them if it names none we have)."""
        order = []
        for value in kind.sections:
            try:
                section_id = SectionId(value)
            except ValueError:  # a section this window does not have
                continue
            if section_id in self.sections and section_id not in order:
                order.append(section_id)
        return order or list(self.sections)

    def section(self, section_id: SectionId) -> Section:
        return self.sections[section_id]

    @property
    def review(self) -> ReviewSection:
        return self.sections[SectionId.REVIEW]

    def update_arrows(self) -> None:
        """Back and next point the way the reader goes: right to left."""
        style = self.style()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward = QStyle.StandardPixmap.SP_ArrowLeft if rtl else QStyle.StandardPixmap.SP_ArrowRight
        backward = (
            QStyle.StandardPixmap.SP_ArrowRight if rtl else QStyle.StandardPixmap.SP_ArrowLeft
        )
        self.next_button.setIcon(style.standardIcon(forward))
        self.previous_button.setIcon(style.standardIcon(backward))
        self.back_button.setIcon(style.standardIcon(backward))

    def load(self, report: Report, section: SectionId = SectionId.EVENT) -> None:
        self.report = report
        for part in self.sections.values():
            part.load(report)
        self.kind = None
        self.apply_kind()
        for part in self.sections.values():
            part.show_problems([])  # another report's problems are not this one's
            self.mark_item(part.id, False)
        self.apply_lock()
        self.update_heading()
        self.loading = True  # the section shown before is not being left by the user
        try:
            self.show_section(section if section in self.order else self.order[0])
        finally:
            self.loading = False

    def update_heading(self) -> None:
        report = self.report
        title = report.title or report.event.name or tr("تقرير جديد")
        if report.status is ReportStatus.FINAL:
            status = tr("نهائي، مقفل للتعديل (يعاد فتحه كمسودة من قسم المراجعة)")
        else:
            status = tr("مسودة")
        # the title (typed, so escaped) is isolated: in a French line an Arabic title keeps
        # its place before the status instead of taking the line's direction with it
        direction = "rtl" if self.isRightToLeft() else "ltr"
        self.heading.setText(
            f'<div dir="{direction}"><b>\u2068{html.escape(title)}\u2069</b> — {status}</div>'
        )

    def item(self, section_id: SectionId) -> QListWidgetItem:
        return next(
            self.list.item(row)
            for row in range(self.list.count())
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) is section_id
        )

    def show_section(self, section_id: SectionId) -> None:
        """Show the section ``section_id`` (its entry in the list becomes current); the first
        section when the report's kind has no such section."""
        if section_id not in self.order:
            section_id = self.order[0]
        self.list.setCurrentItem(self.item(section_id))

    def on_current_item(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        section_id = item.data(Qt.ItemDataRole.UserRole)
        self.store()  # what the section being left still holds
        if self.report is not None and self.stack.count() and not self.loading:
            self.check(self.current_id())  # what it still misses is shown there, not blocked
        section = self.sections[section_id]
        if section_id in self.RELOADED and self.report is not None:
            section.load(self.report)
        self.stack.setCurrentWidget(self.pages[section_id])
        self.update_buttons(section_id)
        self.section_changed.emit(section_id)

    def update_buttons(self, section_id: SectionId) -> None:
        self.previous_button.setEnabled(section_id is not self.order[0])
        self.next_button.setEnabled(section_id is not self.order[-1])

    def current_id(self) -> SectionId:
        """The section shown."""
        page = self.stack.currentWidget()
        return next(key for key, value in self.pages.items() if value is page)

    def step(self, delta: int) -> None:
        order = self.order
        position = order.index(self.current_id()) + delta
        if 0 <= position < len(order):
            self.show_section(order[position])

    def jump_to(self, path: str) -> None:
        """Show the section that holds the field of a validation ``path``, scroll to the
        field and focus it. A workshop's field is in its own section when the kind has it."""
        owners = [s for s in self.order if self.sections[s].owns(path)]
        if not owners:
            return
        section_id = SectionId.WORKSHOPS if SectionId.WORKSHOPS in owners else owners[0]
        self.show_section(section_id)
        field = self.sections[section_id].focus_path(path)
        if field is not None:
            page = self.pages[section_id]
            page.widget().layout().activate()
            page.ensureWidgetVisible(field, 40, 40)
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems(self) -> list:
        """What review lists: the general checks and what the report's kind misses."""
        return validate(self.report, for_final=True) + kind_problems(self.report)

    def check(self, section_id: SectionId, *, clear_only: bool = False) -> None:
        """Show under their fields the problems of the section ``section_id``, and mark it in
        the list while it has some. Leaving a section is never refused for them."""
        section = self.sections[section_id]
        if section_id is SectionId.REVIEW:
            return
        section.show_problems(self.problems(), clear_only=clear_only)
        self.mark_item(section_id, bool(section.notes.shown()))

    def mark_item(self, section_id: SectionId, marked: bool) -> None:
        if section_id not in self.order:
            return
        item = self.item(section_id)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        item.setIcon(icon if marked else QIcon())
        item.setToolTip(tr("في هذا القسم حقول تنقصها معلومات؛ هي مبينة تحتها") if marked else "")

    def on_changed(self) -> None:
        if self.report is not None:
            self.apply_kind()  # the event's kind may have changed
            shown = self.current_id()
            if self.sections[shown].notes.shown():  # a field put right loses its message
                self.check(shown, clear_only=True)
        self.update_heading()
        self.dirty.emit()

    def store(self) -> None:
        """Finish the edit pending in the section shown: the report is then complete."""
        if self.report is not None and self.stack.count():
            self.sections[self.current_id()].store(self.report)

    def apply_lock(self) -> None:
        """A final report is read-only until it is reopened as a draft."""
        final = self.report is not None and self.report.status is ReportStatus.FINAL
        read_only = bool(getattr(self.context, "read_only", False))  # another window holds it
        locked = final or read_only
        for section_id, section in self.sections.items():
            if section_id is not SectionId.REVIEW:
                section.set_read_only(locked)
        self.final_banner.setVisible(final)
        self.reopen_button.setEnabled(not read_only)
        style = self.style()
        for edit in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            style.unpolish(edit)  # the style sheet reads readOnly when a widget is polished
            style.polish(edit)
