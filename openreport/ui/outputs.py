"""What the window makes of a report: DOCX and PDF files, the print preview, the printed copy,
and the exchange files sent to or received from another library.

The report open in the editor is the one truth: it is drawn after the editor has finished its
pending edit, never read back from the library (which may not have the last second's edits,
nor the defaults a section fills in). A report chosen in the library is read from it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from openreport import actions
from openreport.actions import REPORT, counted
from openreport.errors import UserError
from openreport.model import Report
from openreport.paths import file_name
from openreport.storage.exchange import import_file
from openreport.ui.labels import tr


class ReportOutputs(QObject):
    """The window's file, print and exchange commands (``window`` is the main window)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def report(self) -> Report | None:
        """The report to draw: the one being edited, else the one selected in the library."""
        window = self.window
        if window.in_editor() and window.editor.report is not None:
            window.editor.store()
            return window.editor.report
        report_id = window.library_page.current_id()
        if report_id is None:
            return None
        try:
            return window.library.load(report_id)
        except UserError as error:
            window.error(str(error))
            return None

    def ask_target(self, report: Report, title: str, suffix: str, kind: str) -> str:
        """The file to write, asked in the folder used last, named after the report."""
        settings = self.window.settings
        name = file_name(report.title or report.event.name, suffix)  # valid on Windows too
        folder = Path(settings.value("last/folder", str(Path.home())))
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, str(folder / name), f"{kind} (*{suffix})"
        )
        if path:
            settings.setValue("last/folder", str(Path(path).parent))
        return path

    def export_docx(self) -> None:
        report = self.report()
        path = report and self.ask_target(report, tr("تصدير DOCX"), ".docx", tr("مستند Word"))
        if path:
            self.export(report, path)

    def export_pdf(self) -> None:
        report = self.report()
        path = report and self.ask_target(report, tr("تصدير PDF للأرشيف"), ".pdf", tr("مستند PDF"))
        if path:
            self.export(report, path)

    def export(self, report: Report, path: str) -> None:
        window = self.window
        try:
            done = actions.export_report(report, window.profile, path, library=window.library)
        except UserError as error:
            window.error(str(error))
            return
        message = tr("تم تصدير التقرير إلى {path}").replace("{path}", path)
        if done.route == "qt" and done.font != window.profile.font_name:
            from openreport.render.qt.pdf import LOSSY_FONTS

            note = LOSSY_FONTS.get(window.profile.font_name, tr("غير مثبت على هذا الجهاز"))
            message += (
                tr(" (كتب بخط {font} لأن خط التقرير {why})")
                .replace("{font}", done.font)
                .replace("{why}", note)
            )
        window.statusBar().showMessage(message, 10000)
        if done.notice:  # the commune's template was set aside: the user must know
            QMessageBox.warning(window, tr("OpenReport"), done.notice)

    def print_preview(self) -> None:
        report = self.report()
        if report is not None:
            from openreport.ui.preview import PreviewWindow

            PreviewWindow(report, self.window.profile, self.window).exec()

    def print_report(self) -> None:
        report = self.report()
        if report is not None:
            from openreport.ui import preview

            preview.print_report(report, self.window.profile, self.window)

    def export_exchange(self) -> None:
        report = self.report()
        if report is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("إرسال التقرير"), str(Path.home()), tr("ملف OpenReport (*.openreport)")
        )
        if path:
            try:
                actions.write_exchange(self.window.library, [report], path)
            except UserError as error:
                self.window.error(str(error))

    def import_reports(self) -> None:
        window = self.window
        path, _ = QFileDialog.getOpenFileName(
            window,
            tr("استيراد تقرير"),
            str(Path.home()),
            tr("تقارير OpenReport (*.openreport *.json)"),
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Import the reports of ``path`` into the library and say how many came."""
        window = self.window
        try:
            ids = import_file(window.library, path)
        except UserError as error:
            window.error(str(error))
            return
        window.library_page.refresh()
        window.statusBar().showMessage(
            tr("تم استيراد {reports}.").replace("{reports}", counted(len(ids), REPORT)), 5000
        )
