"""When a save fails: a dialog that says why, retries, a copy saved elsewhere, a guarded close.

The autosaver keeps the edit pending and tries again every few seconds; this module tells the
user, offers to retry at once or to save a copy of the library in another place (which then
becomes the library the window saves into), and refuses to close the window while the text
is not safe unless the user chooses to discard it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from openreport.errors import UserError
from openreport.ui.autosave import CONFLICT, GONE
from openreport.ui.labels import tr


def copy_label(kind: str) -> str:
    """What the button that puts the text in safety says, for a failure of ``kind``."""
    if kind == GONE:
        return tr("حفظ في مكان جديد")
    if kind == CONFLICT:
        return tr("حفظ نسختي كتقرير جديد")
    return tr("حفظ نسخة في مكان آخر")


def with_read_only_banner(inner: QWidget) -> QWidget:
    """``inner`` under a banner saying that this window saves nothing: the library is open in
    another OpenReport (a second launch), and two writers would lose each other's edits."""
    outer = QWidget()
    banner = QLabel(
        tr(
            "هذه المكتبة مفتوحة في نافذة أخرى من OpenReport، فهي هنا للقراءة فقط: لا يحفظ في"
            " هذه النافذة شيء. للتعديل استعمل النافذة الأخرى، أو أغلقها ثم افتح البرنامج من جديد."
        )
    )
    banner.setObjectName("readOnlyBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet("QLabel { background: #fff4ce; border: 1px solid #c8a200; padding: 6px; }")
    layout = QVBoxLayout(outer)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(banner)
    layout.addWidget(inner, 1)
    return outer


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
        self.copy_button.setText(copy_label(kind))
        self.retry_button.setVisible(kind not in (CONFLICT, GONE))  # it would fail again
        if kind == GONE:
            advice = tr("المكتبة لم تعد في مكانها. احفظها في مكان جديد لتتابع العمل.")
        elif kind == CONFLICT:
            advice = tr(
                "لم يحفظ شيء فوق التعديل الآخر. احفظ ما في هذه النافذة كتقرير جديد،"
                " ثم قارن بين النسختين في المكتبة."
            )
        else:
            advice = tr(
                "ما كتبته باق في النافذة، وسيعاد الحفظ تلقائيا كل بضع ثوان."
                " يمكنك أيضا حفظ نسخة من المكتبة في مكان آخر."
            )
        self.setText(message)  # said by the window (labels.shown): its paths isolated
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
        self.dismissed = ""  # the kind of failure the user chose to work on despite
        self.closed = False
        self.autosaver.failed.connect(self.on_failed)
        self.autosaver.recovered.connect(self.on_recovered)

    def on_failed(self, kind: str, message: str) -> None:
        # Shown once for a failure: when the user chose to go on working, the retries that
        # fail again are told in the status bar only, until the cause changes.
        if self.closed or (self.dismissed == kind and not self.dialog.isVisible()):
            return
        self.dismissed = ""
        self.dialog.show_failure(kind, message)

    def on_recovered(self) -> None:
        self.dismissed = ""
        if self.dialog.isVisible():
            self.dialog.done(0)
        self.window.statusBar().showMessage(tr("عاد الحفظ إلى العمل: تم حفظ كل التغييرات."), 8000)

    def on_button(self, button) -> None:
        if button is self.dialog.later_button:
            self.dismissed = self.autosaver.last_kind
        elif button is self.dialog.retry_button:
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
        """Put the text in safety the way the failure allows; True when it is safe."""
        if self.autosaver.last_kind == CONFLICT:
            return self.save_as_new_report()
        return self.save_library_copy()

    def save_as_new_report(self) -> bool:
        """The window's version of a report another window changed, kept as a new report
        beside the other (neither overwrites the other)."""
        try:
            self.window.keep_as_new_report()
        except UserError as error:
            self.window.error(error)
            return False
        if self.dialog.isVisible():
            self.dialog.done(0)
        self.window.statusBar().showMessage(tr("حفظت نسختك كتقرير جديد في المكتبة."), 10000)
        return True

    def save_library_copy(self) -> bool:
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
            self.window.error(error)
            return False
        if self.dialog.isVisible():
            self.dialog.done(0)
        self.window.statusBar().showMessage(tr("حفظت نسخة المكتبة في {0}").format(path), 10000)
        return True

    # -- closing ----------------------------------------------------------------------------

    def may_close(self) -> bool:
        """Whether the window may close: the text is saved, or the user chose to discard it.
        Otherwise the close is refused and the window stays open with the text in it."""
        return self.may_leave(closing=True)

    def may_leave(self, *, closing: bool = False) -> bool:
        """Whether the report being edited may be left (the window closed, or another page
        shown): its text is saved, put in safety, or the user chose to discard it."""
        self.autosaver.wait()
        if not self.autosaver.is_saved():
            answer = self.ask_before_closing(closing)
            if answer == "retry":
                safe = self.retry_now()
            elif answer == "copy":
                safe = self.save_copy() and self.autosaver.is_saved()
            elif answer == "discard":
                self.autosaver.discard()
                safe = True
            else:
                safe = False
            if not safe:
                return False
        if self.dialog.isVisible():
            self.dialog.done(0)
        self.closed = closing  # no failure is shown once the window has closed
        return True

    def ask_before_closing(self, closing: bool = True) -> str:
        """The three answers: retry now, save a copy elsewhere, close without saving."""
        box = QMessageBox(self.window)
        box.setObjectName("unsavedOnClose")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("تغييرات غير محفوظة"))
        box.setText(tr("آخر التغييرات لم تحفظ بعد: {0}").format(self.autosaver.last_error))
        if closing:
            box.setInformativeText(
                tr("إذا أغلقت النافذة دون حفظ ضاعت هذه التغييرات. ماذا تريد أن تفعل؟")
            )
        else:
            box.setInformativeText(
                tr("إذا تركت التقرير دون حفظ ضاعت هذه التغييرات. ماذا تريد أن تفعل؟")
            )
        retry = box.addButton(tr("إعادة المحاولة"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(
            copy_label(self.autosaver.last_kind), QMessageBox.ButtonRole.ActionRole
        )
        discard = box.addButton(tr("الإغلاق دون حفظ"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(retry)
        box.setEscapeButton(retry)  # Escape never discards
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.exec()
        clicked = box.clickedButton()
        answers = {retry: "retry", copy: "copy", discard: "discard"}
        return answers.get(clicked, "")
