"""The main window: the library, and the editor of the report that is open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from openreport import actions, serialization
from openreport.demo import demo_profile, demo_report
from openreport.errors import UserError
from openreport.model import Report
from openreport.storage import Library
from openreport.ui.autosave import Autosaver
from openreport.ui.editor.base import SectionId
from openreport.ui.fit import install_wheel_guard, remember_geometry, restore_geometry
from openreport.ui.labels import shown, tr
from openreport.ui.language import follow_the_interface
from openreport.ui.library_page import LibraryPage
from openreport.ui.outputs import ReportOutputs
from openreport.ui.saving import SaveGuard, with_read_only_banner
from openreport.ui.tooltips import explain
from openreport.ui.views import install_views
from openreport.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from openreport.ui.editor.editor import ReportEditor


class MainWindow(WindowMenus, QMainWindow):
    """The library and the report editor; the menus are ``WindowMenus``'."""

    def __init__(self, library: Library, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        # a library another OpenReport holds is opened read-only: nothing is saved here
        self.read_only = bool(getattr(library, "read_only", False))
        self.settings = settings or QSettings()
        self.profile = library.load_profile()
        title = tr("OpenReport — تقارير الجماعة")
        if self.read_only:
            title = tr("{0} — للقراءة فقط").format(title)
        self.setWindowTitle(title)
        self.library_page = LibraryPage(library)
        self._editor: ReportEditor | None = None  # built when a report is first opened
        # (id, content) of a new report as created: left so, it is not kept
        self.untouched: tuple[int, dict] | None = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library_page)
        self.setCentralWidget(with_read_only_banner(self.pages) if self.read_only else self.pages)
        self.autosaver = Autosaver(library.path, self)
        self.save_state = QLabel()
        self.statusBar().addPermanentWidget(self.save_state)
        self.autosaver.state_changed.connect(self.show_save_state)
        self.save_guard = SaveGuard(self)
        self.library_page.open_requested.connect(self.open_report)
        self.library_page.new_requested.connect(self.new_report)
        self.library_page.demo_requested.connect(self.open_demo)
        self.library_page.selection_changed.connect(self.update_actions)
        self.outputs = ReportOutputs(self)
        self.build_actions()
        explain(self)  # the tooltips say what each action does
        install_views(self)  # the follow-up and the year's figures, built when first opened
        restore_geometry(self, self.settings, "window", QSize(1200, 800))  # after the menus
        self.library_page.new_button.setEnabled(not self.read_only)
        self.library_page.demo_button.setEnabled(not self.read_only)
        self.library_page.refresh()
        self.update_actions()

    @property
    def editor(self) -> ReportEditor:
        """The report editor, built on first use: start-up shows the library alone."""
        if self._editor is None:
            from openreport.ui.editor.editor import ReportEditor  # with the first report opened

            install_wheel_guard()  # the editor's value fields take the wheel only when focused

            editor = self._editor = ReportEditor(self)
            # in a left-to-right interface, the forms drawn right-to-left in Designer follow it
            # (the window is already in front: no focus change would reach them)
            follow_the_interface(editor)
            self.pages.addWidget(editor)
            if not self.read_only:  # a read-only window saves nothing (defaults filled in)
                editor.dirty.connect(self.autosaver.changed)
            editor.back_requested.connect(self.show_library)
            editor.section_changed.connect(self.remember_section)
            review = editor.review
            review.export_requested.connect(self.outputs.export_docx)
            review.final_requested.connect(self.mark_final)
            review.reopen_requested.connect(self.reopen_draft)
            review.preview_requested.connect(self.outputs.print_preview)
            review.print_requested.connect(self.outputs.print_report)
            review.pdf_requested.connect(self.outputs.export_pdf)
        return self._editor

    def in_editor(self) -> bool:
        return self._editor is not None and self.pages.currentWidget() is self._editor

    # -- people directory for the person fields -------------------------------------------

    def people(self, prefix: str) -> list:
        return self.library.people(prefix, limit=500)

    def organisation_names(self) -> list[str]:
        return self.library.organisation_names()

    def show_save_state(self, state: str) -> None:
        texts = {
            "pending": tr("تغييرات غير محفوظة…"),
            "saving": tr("جار الحفظ…"),
            "saved": tr("تم حفظ كل التغييرات"),
        }
        self.save_state.setText(texts.get(state) or state)  # a failure, said (labels.shown)

    def error(self, message: str | BaseException) -> None:
        """Say a failure: a message made outside the window, or the error carrying it, is said
        in the interface's language."""
        QMessageBox.critical(self, tr("OpenReport"), shown(message))

    # -- library -------------------------------------------------------------------------

    def show_library(self) -> None:
        if not self.leave_for(self.library_page):
            return
        self.library_page.refresh()
        self.update_actions()

    def leave_for(self, page) -> bool:
        """Leave the report being edited (saved first) for ``page`` of the window (the
        library, the follow-up, the year's figures); False when the report cannot be left."""
        if not self.may_leave_report():
            return False
        self.autosaver.watch(None)
        self.autosaver.wait()
        self.pages.setCurrentWidget(page)
        self.settings.setValue("last/report", 0)
        return True

    def selected_or_open_id(self) -> int | None:
        if self.in_editor() and self.editor.report is not None:
            self.autosaver.wait()
            return self.editor.report.id
        return self.library_page.current_id()

    def may_leave_report(self) -> bool:
        """The report being edited may be left: its text is safe, or the user discarded it."""
        if self._editor is None or self._editor.report is None:
            return True
        self._editor.store()
        if not self.save_guard.may_leave():
            return False
        self.forget_if_untouched()
        return True

    def forget_if_untouched(self) -> None:
        """A new report left without anything typed in it is not kept, not even in the trash
        (what its sections filled in by themselves is not the user's); one with anything
        typed, or not safely saved, is kept."""
        untouched, self.untouched = self.untouched, None
        editor = self._editor
        if untouched is None or editor is None or editor.report is None or self.read_only:
            return
        report = editor.report
        report_id, snapshot = untouched
        editor.store()
        if report.id != report_id or serialization.report_to_data(report) != snapshot:
            return
        self.autosaver.watch(None)  # what was pending is written first
        if not self.autosaver.is_saved():
            return
        try:
            if self.library.discard(report_id, report.revision):
                editor.report = None
        except UserError:
            pass  # kept: a report left in the library is better than one lost

    def open_report(self, report_id: int, section: SectionId = SectionId.EVENT) -> None:
        if not self.may_leave_report():
            return
        try:
            report = self.library.load(report_id)
        except UserError as error:
            self.error(error)
            return
        self.autosaver.watch(report)
        self.editor.load(report, section)
        self.pages.setCurrentWidget(self.editor)
        self.settings.setValue("last/report", report_id)
        self.update_actions()

    def restore_last(self) -> bool:
        """Reopen the report and section the user was in when the application last closed."""
        try:
            last = int(self.settings.value("last/report", 0) or 0)
        except (TypeError, ValueError):
            last = 0
        section = SectionId.from_setting(self.settings.value("last/section"))
        if last and self.library.exists(last):
            self.open_report(last, section)
            return True
        return False

    def remember_section(self, section: SectionId) -> None:
        self.settings.setValue("last/section", section.name)

    def new_report(self) -> None:
        if not self.may_leave_report():
            return
        if not self.library.has_profile():
            # first run: the letterhead, president and focal point come before any report
            self.edit_profile()
            if not self.library.has_profile():
                return
        report = Report()
        # the signature's defaults are the closing section's: it fills them in when it loads;
        # a new report is signed today unless the user says otherwise
        report.report_place = self.profile.city
        report.closing.signature.date = dt.date.today()
        try:
            self.library.save(report)
        except UserError as error:
            self.error(error)
            return
        self.open_report(report.id)
        opened = self.editor.report if self.in_editor() else None
        if opened is not None and opened.id == report.id:
            # what it holds before anything is typed, its sections' defaults included
            self.editor.store()
            self.untouched = (opened.id, serialization.report_to_data(opened))

    def open_demo(self) -> None:
        if not self.library.has_profile():
            self.profile = demo_profile()
            self.library.save_profile(self.profile)
        report = demo_report()
        existing = self.library.find_id(report.uuid)
        if existing is None:
            existing = self.library.save(report)
        self.open_report(existing)

    def edit_profile(self) -> None:
        from openreport.ui.profile_dialog import ProfileDialog

        install_wheel_guard()
        dialog = ProfileDialog(self.profile, self.people, self)
        if dialog.exec():
            self.profile = dialog.result_profile()
            try:
                self.library.save_profile(self.profile)
            except UserError as error:
                self.error(error)

    # -- final and draft ---------------------------------------------------------------------

    def mark_final(self) -> None:
        editor = self.editor
        editor.store()
        problems = actions.mark_final(editor.report)
        if problems:
            self.error(problems[0].message)
            return
        self.status_changed()

    def reopen_draft(self) -> None:
        answer = QMessageBox.question(
            self, tr("إعادة الفتح"), tr("إعادة فتح التقرير المعتمد كمسودة للتعديل؟")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actions.reopen_draft(self.editor.report)
        self.status_changed()

    def status_changed(self) -> None:
        """Store the new status at once and lock or unlock the editor."""
        self.autosaver.changed()
        self.autosaver.wait()
        self.editor.apply_lock()
        self.editor.update_heading()
        self.editor.review.refresh()

    # -- closing -----------------------------------------------------------------------------

    def move_to_copy(self, path: Path) -> None:
        """Save a copy of the library, with the text being edited, at ``path``; the window
        works on the copy from then on (the original may be gone or unwritable)."""
        self.library.save_copy_to(path)
        copy = Library.open(path, create=False)
        try:
            if self._editor is not None and self._editor.report is not None:
                self._editor.store()
                report = self._editor.report
                # the copy was just made from this library: the window's text is the newest
                report.revision = copy.revision(report.id)
                copy.save(report)
        except BaseException:
            copy.close()
            raise
        previous, self.library = self.library, copy
        self.library_page.set_library(copy)
        self.autosaver.retarget(path)
        self.autosaver.mark_saved()
        previous.close()

    def keep_as_new_report(self) -> None:
        """Store the report being edited as a new report (its stored version changed
        elsewhere meanwhile); the editor goes on with the new one."""
        import uuid

        self.editor.store()
        report = self.editor.report
        report.id = report.revision = None
        report.uuid = str(uuid.uuid4())
        self.library.save(report)
        self.autosaver.watch(report)
        self.autosaver.mark_saved()
        self.settings.setValue("last/report", report.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._editor is not None:
            self._editor.store()
        if not self.save_guard.may_close():
            event.ignore()  # the text stays in the window; saving is tried again
            return
        self.forget_if_untouched()
        self.autosaver.shutdown()
        self.library_page.searcher.shutdown()
        remember_geometry(self, self.settings, "window")
        event.accept()
