"""When a save fails: a dialog that says why, retries, a copy saved elsewhere, a guarded close.

The autosaver keeps the edit pending and tries again every few seconds; this module tells the
user, offers to retry at once or to save a copy of the library in another place (which then
becomes the library the window saves into), and refuses to close the window while the text
is not safe unless the user chooses to discard it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from openreport.errors import UserError
from openreport.ui.labels import tr

GONE = "LibraryGoneError"  # the library was deleted or moved, or its drive vanished
CONFLICT = "SaveConflictError"  # another window or program changed the report meanwhile


class SaveFailureDialog(QMessageBox):
    """Says why the last save failed; retry, save a copy elsewhere, or keep working."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("saveFailure")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr("تعذر الحفظ"))
        self.retry_button = self.addButton(tr("إعادة المحاولة"), QMessageBox.ButtonRole.AcceptRole)
        self.copy_button = self.addButton(
            tr("حفظ نسخة في مكان آخر"), QMessageBox.ButtonRole.ActionRole
        )
        self.later_button = self.addButton(tr("متابعة العمل"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.later_button)

    def show_failure(self, kind: str, message: str) -> None:
        if kind == GONE:
            self.copy_button.setText(tr("حفظ في مكان جديد"))
            advice = tr("المكتبة لم تعد في مكانها. احفظها في مكان جديد لتتابع العمل.")
        else:
            self.copy_button.setText(tr("حفظ نسخة في مكان آخر"))
            advice = tr(
                "ما كتبته باق في النافذة، وسيعاد الحفظ تلقائيا كل بضع ثوان."
                " يمكنك أيضا حفظ نسخة من المكتبة في مكان آخر."
            )
        self.setText(message)
        self.setInformativeText(advice)
        if not self.isVisible():
            self.open()  # window-modal without a nested event loop: retries go on


class SaveGuard(QObject):
    """Watches the window's autosaver: tells of failures, retries, guards closing."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.autosaver = window.autosaver
        self.dialog = SaveFailureDialog(window)
        self.dialog.buttonClicked.connect(self.on_button)
        self.autosaver.failed.connect(self.on_failed)
        self.autosaver.recovered.connect(self.on_recovered)

    def on_failed(self, kind: str, message: str) -> None:
        self.dialog.show_failure(kind, message)

    def on_recovered(self) -> None:
        if self.dialog.isVisible():
            self.dialog.done(0)
        self.window.statusBar().showMessage(tr("عاد الحفظ إلى العمل: تم حفظ كل التغييرات."), 8000)

    def on_button(self, button) -> None:
        if button is self.dialog.retry_button:
            self.retry_now()
        elif button is self.dialog.copy_button:
            self.save_copy()

    def retry_now(self) -> bool:
        """Try the failed save now; True when everything is saved."""
        self.autosaver.retry()
        self.autosaver.wait()
        return self.autosaver.is_saved()

    def choose_copy_path(self) -> Path | None:
        current = self.window.library.path
        copy_word = tr("نسخة")  # outside the f-string, where lupdate finds it
        suggested = current.with_name(f"{current.stem}-{copy_word}{current.suffix}")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            tr("حفظ نسخة من المكتبة"),
            str(suggested),
            tr("مكتبة OpenReport (*.sqlite)"),
        )
        return Path(path) if path else None

    def save_copy(self) -> bool:
        """A copy of the library, with the text being edited, in a place the user chooses; the
        window saves into it from then on. True when the text is safe there."""
        path = self.choose_copy_path()
        if path is None:
            return False
        if path.resolve() == self.window.library.path.resolve():
            self.window.error(tr("اختر مكانا آخر غير مكان المكتبة الحالية."))
            return False
        try:
            self.window.move_to_copy(path)
        except UserError as error:
            self.window.error(str(error))
            return False
        if self.dialog.isVisible():
            self.dialog.done(0)
        self.window.statusBar().showMessage(tr("حفظت نسخة المكتبة في {0}").format(path), 10000)
        return True

    # -- closing ----------------------------------------------------------------------------

    def may_close(self) -> bool:
        """Whether the window may close: the text is saved, or the user chose to discard it.
        Otherwise the close is refused and the window stays open with the text in it."""
        self.autosaver.wait()
        if self.autosaver.is_saved():
            return True
        answer = self.ask_before_closing()
        if answer == "retry":
            return self.retry_now()
        if answer == "copy":
            return self.save_copy() and self.autosaver.is_saved()
        return answer == "discard"

    def ask_before_closing(self) -> str:
        """The three answers: retry now, save a copy elsewhere, close without saving."""
        box = QMessageBox(self.window)
        box.setObjectName("unsavedOnClose")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("تغييرات غير محفوظة"))
        box.setText(tr("آخر التغييرات لم تحفظ بعد: {0}").format(self.autosaver.last_error))
        box.setInformativeText(
            tr("إذا أغلقت النافذة دون حفظ ضاعت هذه التغييرات. ماذا تريد أن تفعل؟")
        )
        retry = box.addButton(tr("إعادة المحاولة"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(tr("حفظ نسخة في مكان آخر"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(tr("الإغلاق دون حفظ"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(retry)
        box.setEscapeButton(retry)  # Escape never discards
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.exec()
        clicked = box.clickedButton()
        answers = {retry: "retry", copy: "copy", discard: "discard"}
        return answers.get(clicked, "")
