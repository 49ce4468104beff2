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
from openreport.compose.wording.ar_ma.grammar import Case
from openreport.errors import UserError
from openreport.model import Report
from openreport.paths import file_name
from openreport.storage.exchange import already_held, read_report_file
from openreport.ui.labels import shown, tr


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
            window.error(error)
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
            window.error(error)
            return
        message = tr("تم تصدير التقرير إلى {path}").replace("{path}", path)
        if done.route == "qt" and done.font != window.profile.font_name:
            from openreport.render.qt.fonts import installed_families
            from openreport.render.qt.pdf import LOSSY_FONTS

            face = window.profile.font_name
            # the reason, as it is: a face missing here, or one whose PDF text is not whole
            # (Traditional Arabic, installed on Windows, is set in the shipped face too)
            note = shown(LOSSY_FONTS.get(face, "")) or (
                tr("غير مثبت على هذا الجهاز")
                if face not in installed_families()
                else tr("لا يُسترجع نص PDF به كاملا")
            )
            message += (
                tr(" (كتب بخط {font} لأن خط التقرير {why})")
                .replace("{font}", done.font)
                .replace("{why}", note)
            )
        window.statusBar().showMessage(message, 10000)
        if done.notice:  # the commune's template was set aside: the user must know
            QMessageBox.warning(window, tr("OpenReport"), shown(done.notice))

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
                self.window.error(error)

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
        """Import the reports of ``path`` into the library and say how many came; a report
        the library holds already is replaced, kept beside it or skipped, as the user says."""
        window = self.window
        try:
            reports = read_report_file(path)
            held = already_held(window.library, reports)
            choice = self.ask_duplicate(held, len(reports)) if held else "keep"
            if choice == "replace" and not self.leave_replaced(held):
                return
            outcome = actions.import_reports(window.library, reports, choice)
        except UserError as error:
            window.error(error)
            return
        window.library_page.refresh()
        if outcome.ids and not window.in_editor():
            window.library_page.select_id(outcome.ids[0])
        window.statusBar().showMessage(shown(actions.outcome_message(outcome)) + ".", 10000)

    def leave_replaced(self, held: list[Report]) -> bool:
        """The report open in the editor is about to be replaced: go back to the library
        first (its text saved), so that the editor does not write into the trash."""
        window = self.window
        editing = window.in_editor() and window.editor.report is not None
        if editing and window.editor.report.uuid in {report.uuid for report in held}:
            window.show_library()
            return not window.in_editor()
        return True

    def ask_duplicate(self, held: list[Report], total: int) -> str:
        """Replace, keep both or skip the reports the library already holds."""
        box, answers = duplicate_question(self.window, held, total)
        box.exec()
        return answers.get(box.clickedButton(), "skip")


def duplicate_question(parent, held: list[Report], total: int) -> tuple[QMessageBox, dict]:
    """The question asked when an import brings reports the library already holds, and the
    answer of each of its buttons («replace», «keep», «skip»); Escape skips."""
    box = QMessageBox(parent)
    box.setObjectName("duplicateQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("تقرير موجود في المكتبة"))
    if len(held) == 1 and total == 1:
        title = held[0].title or held[0].event.name or tr("(بدون عنوان)")
        box.setText(tr("التقرير «{0}» موجود في المكتبة. ماذا تريد أن تفعل؟").format(title))
    else:
        if len(held) == 1:  # the adjective and the pronoun agree with the count
            text = tr("{0} من {1} في الملف موجود في المكتبة. ماذا تريد أن تفعل به؟")
        elif len(held) == 2:
            text = tr("{0} من {1} في الملف موجودان في المكتبة. ماذا تريد أن تفعل بهما؟")
        else:
            text = tr("{0} من {1} في الملف موجودة في المكتبة. ماذا تريد أن تفعل بها؟")
        box.setText(
            text.format(
                shown(counted(len(held), REPORT, Case.NOMINATIVE)), shown(counted(total, REPORT))
            )
        )
    box.setInformativeText(
        tr(
            "استبدال: يحل المستورد محل الموجود، ويُنقل الموجود إلى سلة المحذوفات حيث يمكن"
            " استرجاعه.\nالاحتفاظ بالاثنين: يضاف المستورد بعنوان ينتهي بـ«(نسخة)».\n"
            "تخطي: لا يستورد الموجود، ويبقى كما هو."
        )
    )
    replace = box.addButton(tr("استبدال"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("الاحتفاظ بالاثنين"), QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(tr("تخطي"), QMessageBox.ButtonRole.RejectRole)
    replace.setToolTip(tr("يعوض التقرير الموجود بالمستورد؛ الموجود ينقل إلى سلة المحذوفات"))
    keep.setToolTip(tr("يضيف المستورد إلى جانب الموجود، بعنوان يدل على أنه نسخة"))
    skip.setToolTip(tr("لا يستورد التقارير الموجودة في المكتبة؛ تستورد الأخرى"))
    box.setDefaultButton(keep)
    box.setEscapeButton(skip)
    return box, {replace: "replace", keep: "keep", skip: "skip"}
