"""Qt's own dialogs that OpenReport opens (the file dialog, the print dialog, message boxes,
the fields' context menus, the shortcuts in the menus) read in Arabic: no English word is left
among their visible texts, paths read left to right, sizes are written as in Morocco."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QDir, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStyleOptionViewItem,
    QTabBar,
    QWidget,
)

from openreport.ui import language
from openreport.ui.language import LOCALISED

# Names the interface writes as they are (they are in OpenReport's own Arabic strings too)
NAMES = {"PDF", "DOCX", "Word", "OpenReport", "Qt"}
SIZE = 135168  # 132 KiB


def words(text: str) -> list[str]:
    """The words of ``text``, without mnemonics, brackets or direction marks."""
    return re.findall(r"[^\s()\u200e\u200f]+", text.replace("&", ""))


def english(text: str, allowed: set[str] = frozenset()) -> bool:
    """Whether ``text`` has a Latin word besides a name, a file pattern or a path."""
    for word in words(text):
        if word in NAMES or word in allowed or "/" in word or word.startswith("*."):
            continue
        if re.search(r"[A-Za-z]", word):
            return True
    return False


def shown_texts(dialog: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the dialog shows now: labels, buttons (and tool buttons'
    tips), group titles, tabs, combo box items, column headers, the cells of its item views
    beyond the first column (the files' names) and the window title."""
    found = [("title", dialog.windowTitle())]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            found += [(name, widget.text()), (name + " tip", widget.toolTip())]
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QComboBox) and widget.objectName() != "lookInCombo":
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        elif isinstance(widget, QHeaderView):
            model = widget.model()
            found += [
                (name, str(model.headerData(i, widget.orientation()) or ""))
                for i in range(widget.count())
                if not widget.isSectionHidden(i)
            ]
        elif isinstance(widget, QAbstractItemView) and widget.objectName() != "sidebar":
            found += [(name, text) for text in cell_texts(widget, first_column=False)]
    return [(where, text) for where, text in found if text]


def cell_texts(view: QAbstractItemView, first_column: bool = True) -> list[str]:
    """The texts the view draws in its cells (through its delegate, as painted)."""
    model, root = view.model(), view.rootIndex()
    texts = []
    for row in range(model.rowCount(root)):
        for column in range(0 if first_column else 1, model.columnCount(root)):
            index = model.index(row, column, root)
            option = QStyleOptionViewItem()
            view.itemDelegateForIndex(index).initStyleOption(option, index)
            texts.append(option.text)
    return texts


def assert_arabic(dialog: QWidget, allowed: set[str] = frozenset()) -> None:
    texts = shown_texts(dialog)
    assert len(texts) > 8
    left = [(where, text) for where, text in texts if english(text, allowed)]
    assert not left, "English in an Arabic dialog:\n" + "\n".join(map(str, left))


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "تقارير 2024").mkdir()
    (tmp_path / "تقرير الملتقى.pdf").write_bytes(b"%PDF-1.7\n" + b"0" * (SIZE - 9))
    return tmp_path


def open_file_dialog(
    qtbot, folder, mode=QFileDialog.AcceptMode.AcceptSave, rows: int = 2
) -> QFileDialog:
    dialog = QFileDialog(None, "تصدير PDF للأرشيف", str(folder), "مستند PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # as on Linux (Windows: its own)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.findChild(QAbstractItemView, "treeView").model().directoryLoaded):
        dialog.show()
    view = dialog.findChild(QAbstractItemView, "treeView")
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == rows)  # a folder, a PDF
    qtbot.waitUntil(lambda: dialog.property(LOCALISED) is True)  # as it comes to the front
    return dialog


@pytest.mark.parametrize("mode", list(QFileDialog.AcceptMode))
def test_the_file_dialog_reads_in_arabic(app, qtbot, folder, mode):
    dialog = open_file_dialog(qtbot, folder, mode)
    assert_arabic(dialog, allowed={QDir.home().dirName()})
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "ال&موضع:" and labels["fileTypeLabel"] == "&نوع الملفات:"
    buttons = [button.text() for button in dialog.findChildren(QAbstractButton)]
    assert "إلغاء" in buttons and "ألغِ" not in buttons


def test_file_sizes_dates_and_kinds_are_moroccan_arabic(app, qtbot, folder):
    dialog = open_file_dialog(qtbot, folder)
    view = dialog.findChild(QAbstractItemView, "treeView")
    rows = {}
    texts = cell_texts(view)
    for start in range(0, len(texts), 4):
        rows[texts[start]] = texts[start + 1 : start + 4]
    size, kind, modified = rows["تقرير الملتقى.pdf"]
    assert size == "132,00 كيلوبايت"  # not «KiB 132.00»
    assert kind == "مستند PDF" or "PDF" in kind
    moroccan = QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco)
    assert modified == moroccan.toString(
        view.model().lastModified(view.model().index(str(folder / "تقرير الملتقى.pdf"))),
        QLocale.FormatType.ShortFormat,
    )
    assert rows["تقارير 2024"][:2] == ["", "مجلد"]  # not «Folder»


def test_paths_read_left_to_right(app, qtbot, folder):
    dialog = open_file_dialog(qtbot, folder)
    look_in = dialog.findChild(QComboBox, "lookInCombo")
    assert look_in.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.findChild(QLineEdit, "fileNameEdit").layoutDirection() == (
        Qt.LayoutDirection.LeftToRight
    )
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the rest stays Arabic
    # the combo box's text is drawn left to right too (Qt draws it in the application's
    # direction): its style sets the painter's direction
    assert type(look_in.style()).__name__ == "LeftToRightText"


def test_the_file_dialog_opens_wide_enough_to_read_its_columns(app, qtbot, folder):
    from openreport.ui.language import FILE_DIALOG_WIDTH

    dialog = open_file_dialog(qtbot, folder)
    room = dialog.screen().availableGeometry().width() - 40
    assert dialog.width() >= min(FILE_DIALOG_WIDTH, room) > 650  # Qt's own 650 cut them
    places = dialog.findChild(QSplitter, "splitter").sizes()[0]
    assert places >= 140  # «الحاسوب» whole, not «الح…»


def test_the_static_file_dialog_is_reached_too(app, qtbot, folder):
    """The application asks through QFileDialog.getSaveFileName: its dialog is fixed as well."""
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        seen["direction"] = dialog.findChild(QComboBox, "lookInCombo").layoutDirection()
        seen["cancel"] = [b.text() for b in dialog.findChildren(QAbstractButton)]
        dialog.reject()

    QTimer.singleShot(200, look)
    path, _ = QFileDialog.getSaveFileName(
        None, "x", str(folder / "a.pdf"), "PDF (*.pdf)", "", QFileDialog.Option.DontUseNativeDialog
    )
    assert path == ""
    assert seen["direction"] == Qt.LayoutDirection.LeftToRight
    assert "إلغاء" in seen["cancel"]


def test_the_print_dialog_reads_in_arabic(app, qtbot):
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.property(LOCALISED) is True)
    options = [b for b in dialog.findChildren(QAbstractButton) if b.text().endswith(">>")]
    assert len(options) == 1
    options[0].click()  # «Pages», «Page Set» are among the options
    printers = set(QPrinterInfo.availablePrinterNames())
    tabs = dialog.findChildren(QTabBar)
    assert tabs and tabs[0].count() >= 2
    for index in range(tabs[0].count()):
        tabs[0].setCurrentIndex(index)
        assert_arabic(dialog, allowed=printers)
    radio_texts = {b.objectName(): b.text() for b in dialog.findChildren(QAbstractButton)}
    assert radio_texts["pagesRadioButton"] == "الصفحات"
    assert dialog.findChild(QLabel, "pageSetLabel").text() == "م&جموعة الصفحات:"
    assert dialog.findChild(QLineEdit, "filename").layoutDirection() == (
        Qt.LayoutDirection.LeftToRight
    )
    assert_properties_arabic(dialog, printers)


def assert_properties_arabic(dialog: QPrintDialog, printers: set[str], check=True) -> None:
    """The printer's properties (for the PDF printer: the page setup) read in Arabic too, but
    for the paper sizes' codes (A4, ANSI B, JIS B5, Envelope DL…)."""
    seen = []

    def look():
        properties = QApplication.activeModalWidget()
        for bar in properties.findChildren(QTabBar):
            for index in range(bar.count()):
                bar.setCurrentIndex(index)
                seen.extend(shown_texts(properties))
        properties.reject()

    QTimer.singleShot(100, look)
    dialog.findChild(QAbstractButton, "properties").click()
    if not check:
        return
    assert len(seen) > 8
    code = re.compile(r"[A-Z0-9]+[\u0300-\u036f]*")  # a letter, an accent: Pica's «P̸»
    codes = {word for _, text in seen for word in words(text) if code.fullmatch(word)}
    left = [(where, text) for where, text in seen if english(text, printers | codes)]
    assert not left, "English in the printer's properties:\n" + "\n".join(map(str, left))


def test_message_boxes_and_shortcuts_read_as_arabic_readers_expect(app, qtbot):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "OpenReport",
        "؟",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Ok,
    )
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"نعم", "لا", "إلغاء", "موافق"}
    native = QKeySequence.SequenceFormat.NativeText
    assert QKeySequence("Return").toString(native) == "إدخال"  # not «Return»
    assert QKeySequence("Del").toString(native) == "حذف"
    assert QKeySequence("Ctrl+E").toString(native) == "Ctrl+E"  # as printed on the keys
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0].replace("&", "") for action in menu.actions()]
    assert {"تراجع", "إعادة", "قص", "نسخ", "لصق", "حذف", "تحديد الكل"} <= set(texts)


class Recorder(QTranslator):
    """Notes every string Qt asks to translate, and translates none."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source, disambiguation or ""))
        return None

    def isEmpty(self) -> bool:
        return False


def asked_by_the_dialogs(qtbot, folder) -> set[tuple[str, str, str]]:
    """What the file dialog (open and save), the print dialog (with its options and the
    printer's properties) and a message box ask Qt's translators, whatever the language."""
    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        for mode in QFileDialog.AcceptMode:
            open_file_dialog(qtbot, folder, mode).close()
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        next(b for b in dialog.findChildren(QAbstractButton) if b.text().endswith(">>")).click()
        assert_properties_arabic(dialog, set(), check=False)
        box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
        qtbot.addWidget(box)
        box.show()
    finally:
        QCoreApplication.removeTranslator(recorder)
    return recorder.asked


def test_every_string_qt_dialogs_ask_is_in_the_catalogues(app, qtbot, folder):
    """A new Qt whose dialogs ask a new source string («Look in:» became «&Look in:» in
    6.11, and qtbase_ar kept the old one) fails here: add it to qt_extra_<language>.ts."""
    asked = asked_by_the_dialogs(qtbot, folder)
    assert len(asked) > 100
    for code in language.LANGUAGES:
        translators = language.load_translators(code)
        missing = sorted(
            key
            for key in asked
            if not key[0].startswith("QShortcut")
            and re.search(r"[A-Za-z]", key[1])
            and not any(translator.translate(*key) for translator in translators)
        )
        assert not missing, f"Qt asks for words qt_extra_{code}.ts lacks:\n" + "\n".join(
            map(str, missing)
        )
