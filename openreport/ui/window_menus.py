"""The main window's menus, toolbar and the library's context menu, with what they do to the
library: copy for the next edition, trash (undone from the status bar), restore, Undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from openreport import actions
from openreport.errors import UserError
from openreport.ui.labels import tr
from openreport.ui.language import add_language_menu
from openreport.ui.undo import REDO_KEYS, UNDO_KEYS, undo_focused

TRASH_UNDO_MS = 10_000  # how long the status bar offers to take a report out of the trash


class TrashNotice(QWidget):
    """«… moved to the trash. [تراجع]» in the status bar for a few seconds."""

    def __init__(self, undo, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("trashNotice")
        self.report_id: int | None = None
        self.text = QLabel(tr("نقل التقرير إلى سلة المحذوفات."))
        self.undo_button = QPushButton(tr("تراجع"))
        self.undo_button.setToolTip(tr("إعادة التقرير من سلة المحذوفات إلى المكتبة"))
        self.undo_button.clicked.connect(undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.undo_button)
        self.timer = QTimer(self, singleShot=True, interval=TRASH_UNDO_MS)
        self.timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, report_id: int) -> None:
        self.report_id = report_id
        self.show()
        self.timer.start()

    def dismiss(self) -> None:
        self.report_id = None
        self.timer.stop()
        self.hide()


class WindowKeysFirst(QObject):
    """The window's own keys reach its actions while a text field has the focus: on Linux a
    text field takes Ctrl+E (end of line) and Ctrl+D (delete) for itself, so Ctrl+E did not
    export while the user was typing. Installed on each field of the window that gets the
    focus, it runs before the field does."""

    def __init__(self, window, actions: list[QAction]) -> None:
        super().__init__(window)
        self.window, self.actions = window, actions
        QApplication.instance().focusChanged.connect(self.watch)

    def watch(self, _old, new) -> None:
        if isinstance(new, QWidget) and new.window() is self.window:
            new.installEventFilter(self)  # once: Qt keeps one entry per filter

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        keys = QKeySequence(event.keyCombination())
        return any(
            action.isEnabled() and keys in action.shortcuts() for action in self.actions
        )  # not taken by the field: the window's shortcut fires


class WindowMenus:
    """Part of ``MainWindow``: its actions, the menus and toolbar that show them, and the
    library's operations they start."""

    def action(self, text: str, slot, shortcut=None, menu=None, toolbar=None) -> QAction:
        action = QAction(text, self)  # translated by the caller, where lupdate sees it
        if isinstance(shortcut, list | tuple):
            action.setShortcuts(list(shortcut))
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        if toolbar is not None:
            toolbar.addAction(action)
        return action

    def build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(tr("ملف"))
        edit_menu = self.menuBar().addMenu(tr("تحرير"))
        toolbar = self.addToolBar(tr("الأدوات"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.undo_action = self.action(tr("تراجع"), self.undo, UNDO_KEYS, edit_menu)
        self.redo_action = self.action(tr("إعادة"), self.redo, REDO_KEYS, edit_menu)
        edit_menu.addSeparator()
        self.new_action = self.action(
            tr("تقرير جديد"), self.new_report, QKeySequence.StandardKey.New, file_menu, toolbar
        )
        self.open_action = self.action(
            tr("فتح"), self.library_page.open_current, "Return", file_menu, toolbar
        )
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.library_page.view.addAction(self.open_action)
        self.duplicate_action = self.action(
            tr("نسخة للدورة المقبلة"), self.duplicate, "Ctrl+D", edit_menu, toolbar
        )
        self.delete_action = self.action(
            tr("نقل إلى سلة المحذوفات"), self.delete, "Del", edit_menu, toolbar
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.library_page.view.addAction(self.delete_action)
        self.restore_action = self.action(tr("استرجاع من السلة"), self.restore, None, edit_menu)
        self.empty_trash_action = self.action(
            tr("إفراغ سلة المحذوفات…"), self.empty_trash, None, edit_menu
        )
        self.build_output_actions(file_menu, toolbar)
        self.explain_actions()
        self.trash_notice = TrashNotice(self.undo_trash)
        self.statusBar().insertPermanentWidget(0, self.trash_notice)
        self.window_keys = WindowKeysFirst(
            self,
            [self.export_action, self.pdf_action, self.duplicate_action, self.print_action],
        )
        view = self.library_page.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.library_menu)

    def build_output_actions(self, file_menu, toolbar) -> None:
        file_menu.addSeparator()
        self.export_action = self.action(
            tr("تصدير DOCX…"), self.outputs.export_docx, "Ctrl+E", file_menu, toolbar
        )
        self.pdf_action = self.action(
            tr("تصدير PDF للأرشيف…"), self.outputs.export_pdf, "Ctrl+Shift+E", file_menu
        )
        self.preview_action = self.action(
            tr("معاينة الطباعة…"), self.outputs.print_preview, None, file_menu
        )
        self.print_action = self.action(
            tr("طباعة…"),
            self.outputs.print_report,
            QKeySequence.StandardKey.Print,
            file_menu,
            toolbar,
        )
        self.export_file_action = self.action(
            tr("إرسال التقرير (ملف ‎.openreport)…"), self.outputs.export_exchange, None, file_menu
        )
        self.import_action = self.action(
            tr("استيراد تقرير…"), self.outputs.import_reports, "Ctrl+I", file_menu
        )
        file_menu.addSeparator()
        self.profile_action = self.action(
            tr("ملف الجماعة…"), self.edit_profile, None, file_menu, toolbar
        )
        add_language_menu(self, file_menu)
        file_menu.addSeparator()
        self.quit_action = self.action(
            tr("خروج"), self.close, QKeySequence.StandardKey.Quit, file_menu
        )

    def explain_actions(self) -> None:
        """What each action does, in its tooltip (the toolbar's buttons show only their
        name) and in the status bar while the pointer is on it."""
        tips = {
            self.new_action: tr("يبدأ تقريرا فارغا عن فعالية جديدة ويفتحه للتحرير"),
            self.open_action: tr("يفتح التقرير المحدد في القائمة لمتابعة تحريره"),
            self.duplicate_action: tr(
                "ينشئ مسودة للدورة المقبلة من الفعالية نفسها: بالوفد والجهات المنظمة نفسها،"
                " دون تواريخ، وبعنوان يحمل السنة أو الدورة الموالية"
            ),
            self.delete_action: tr(
                "ينقل التقرير المحدد إلى سلة المحذوفات؛ يمكن التراجع فورا أو استرجاعه منها لاحقا"
            ),
            self.restore_action: tr("يعيد التقرير المحدد من سلة المحذوفات إلى المكتبة"),
            self.empty_trash_action: tr("يحذف نهائيا كل التقارير التي في سلة المحذوفات"),
            self.export_action: tr("يحفظ التقرير مستند Word يمكن تعديله أو إرساله"),
            self.pdf_action: tr("يحفظ التقرير ملف PDF/A لا يتغير، للأرشيف أو للإرسال الرسمي"),
            self.preview_action: tr("يعرض صفحات التقرير كما ستطبع، قبل الطباعة"),
            self.print_action: tr("يختار الطابعة والصفحات وعدد النسخ، ثم يطبع التقرير"),
            self.export_file_action: tr(
                "يحفظ التقرير في ملف ‎.openreport يفتحه زميل أو جماعة أخرى ببرنامج OpenReport"
            ),
            self.import_action: tr(
                "يضيف إلى المكتبة تقارير من ملف ‎.openreport أو JSON؛ يسأل إن كان التقرير موجودا"
            ),
            self.profile_action: tr(
                "اسم الجماعة وشعارها ورئيسها والمكلف بالتقارير: ما يظهر في رأس كل تقرير وتوقيعه"
            ),
            self.undo_action: tr("يلغي آخر تغيير في الحقل، أو آخر نقل إلى سلة المحذوفات"),
            self.redo_action: tr("يعيد ما ألغي بالتراجع"),
            self.quit_action: tr("يغلق البرنامج؛ ما كتب محفوظ"),
        }
        for action, tip in tips.items():
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def update_actions(self) -> None:
        in_editor = self.in_editor()
        selected = self.library_page.current_id() is not None
        trash = self.library_page.in_trash()
        self.open_action.setEnabled(not in_editor and selected and not trash)
        self.duplicate_action.setEnabled((selected and not trash) or in_editor)
        self.delete_action.setEnabled(not in_editor and selected and not trash)
        self.restore_action.setEnabled(not in_editor and selected and trash)
        self.empty_trash_action.setEnabled(not in_editor and trash)
        for action in (self.export_action, self.pdf_action, self.preview_action, self.print_action):
            action.setEnabled(in_editor or (selected and not trash))
        self.export_file_action.setEnabled(in_editor or (selected and not trash))
        if self.read_only:
            for action in (
                self.new_action,
                self.duplicate_action,
                self.delete_action,
                self.restore_action,
                self.empty_trash_action,
                self.import_action,
                self.profile_action,
            ):
                action.setEnabled(False)

    # -- undo ------------------------------------------------------------------------------

    def undo(self) -> None:
        """Undo in the focused field; in the library, the move to the trash just made."""
        if not undo_focused() and not self.in_editor() and self.trash_notice.report_id:
            self.undo_trash()

    def redo(self) -> None:
        undo_focused(redo=True)

    # -- the library's reports -------------------------------------------------------------

    def library_menu(self, position: QPoint) -> None:
        """The context menu of a report in the library: the window's own actions."""
        view = self.library_page.view
        index = view.indexAt(position)
        if not index.isValid():
            return
        self.library_page.select_row(index.row())
        menu = QMenu(view)
        if self.library_page.in_trash():
            menu.addAction(self.restore_action)
        else:
            for action in (self.open_action, self.duplicate_action, self.delete_action):
                menu.addAction(action)
        menu.popup(view.viewport().mapToGlobal(position))
        menu.aboutToHide.connect(menu.deleteLater)
        self.context_menu = menu  # the one shown (tests read it)

    def duplicate(self) -> None:
        report_id = self.selected_or_open_id()
        if report_id is None:
            return
        try:
            new_id = actions.copy_for_next_edition(self.library, report_id)
        except UserError as error:
            self.error(error)
            return
        self.open_report(new_id)

    def delete(self) -> None:
        report_id = self.library_page.current_id()
        if report_id is None:
            return
        self.library.delete(report_id)
        self.library_page.refresh()
        self.trash_notice.offer(report_id)

    def undo_trash(self) -> None:
        """Take the report just moved to the trash back into the library."""
        report_id = self.trash_notice.report_id
        self.trash_notice.dismiss()
        if report_id is None or self.read_only:
            return
        self.library.restore(report_id)
        self.library_page.refresh()
        self.library_page.select_id(report_id)
        self.statusBar().showMessage(tr("أعيد التقرير إلى المكتبة."), 5000)

    def restore(self) -> None:
        report_id = self.library_page.current_id()
        if report_id is not None:
            self.library.restore(report_id)
            self.library_page.refresh()

    def empty_trash(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("إفراغ السلة"),
            tr("حذف التقارير التي في السلة نهائيا؟ لا يمكن التراجع عن ذلك."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.trash_notice.dismiss()
            self.library.empty_trash()
            self.library_page.refresh()
