"""The interface's language: Arabic or French, chosen in the settings or following the system;
its translators (Qt's own, the missing Arabic of Qt's dialogs, OpenReport's), locale and
direction. Reports stay Arabic whatever the interface speaks: only the window is translated."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFileSystemModel,
    QFormLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProxyStyle,
    QSplitter,
    QStyledItemDelegate,
    QTreeView,
    QWidget,
)

from openreport.resources import RESOURCES
from openreport.ui.labels import tr

TRANSLATIONS = RESOURCES / "translations"
SETTING = "interface/language"
PRINT_DIALOG_WIDTH = 540  # px: room for the print options' page range in Arabic
FILE_DIALOG_WIDTH = 820  # px: the places, names, sizes, kinds and dates read whole
PLACES_WIDTH = 150  # px: «Ordinateur», «الحاسوب» whole
SYSTEM = "system"  # the stored choice that follows the system's language
LANGUAGES = ("ar", "fr")
LOCALES = {
    "ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.Morocco),
}
# Qt's catalogue first, then ours: the translator installed last is asked first, so
# qt_extra_<language> (what Qt's catalogue lacks for the dialogs OpenReport opens, or words
# it better) overrides Qt's. The interface is written in Arabic: only French needs ours.
CATALOGUES = {
    "ar": (("qtbase_ar", None), ("qt_extra_ar", TRANSLATIONS)),
    "fr": (("qtbase_fr", None), ("qt_extra_fr", TRANSLATIONS), ("openreport_fr", TRANSLATIONS)),
}


def system_language(locale: QLocale | None = None) -> str:
    """French on a French system, Arabic on any other."""
    locale = locale or QLocale.system()
    return "fr" if locale.language() == QLocale.Language.French else "ar"


def stored_choice(settings: QSettings) -> str:
    """The choice kept in the settings: "ar", "fr" or "system" (the default)."""
    choice = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return choice if choice in LANGUAGES else SYSTEM


def chosen_language(settings: QSettings, locale: QLocale | None = None) -> str:
    """The interface's language at start-up: the stored choice, or the system's."""
    choice = stored_choice(settings)
    return system_language(locale) if choice == SYSTEM else choice


def store_choice(settings: QSettings, choice: str) -> None:
    settings.setValue(SETTING, choice if choice in LANGUAGES else SYSTEM)
    settings.sync()


def direction(language: str) -> Qt.LayoutDirection:
    if language == "ar":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def load_translators(language: str, parent: QObject | None = None) -> list[QTranslator]:
    """The translators of ``language``, in the order they are installed (the last wins)."""
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name, folder in CATALOGUES[language]:
        translator = QTranslator(parent)
        if translator.load(name, str(folder or qt_folder)):
            loaded.append(translator)
    return loaded


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Locale, translators and direction of ``language``, installed once at start-up."""
    language = language if language in LANGUAGES else "ar"
    QLocale.setDefault(LOCALES[language])
    installed = load_translators(language, app)
    for translator in installed:
        app.installTranslator(translator)
    app.setLayoutDirection(direction(language))
    app._openreport_language = language
    install_dialog_fixes(app)
    return installed


def current_language() -> str:
    return getattr(QCoreApplication.instance(), "_openreport_language", "ar")


class LocalisedSizes(QStyledItemDelegate):
    """The file dialog's size and date columns in the interface's locale (Qt writes them in the
    system's: «132.00 KiB» on an English system), sizes as Windows writes them (base 1024,
    «132,00 كيلوبايت» in Moroccan Arabic, «132,00 Ko» in French)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        source, model = index, index.model()
        while hasattr(model, "mapToSource"):  # a proxy model set on the dialog
            source, model = model.mapToSource(source), model.sourceModel()
        if not isinstance(model, QFileSystemModel) or not option.text:
            return
        locale = QLocale()
        if source.column() == 1 and not model.isDir(source):
            option.text = locale.formattedDataSize(
                model.size(source), 2, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
        elif source.column() == 3:
            modified = model.lastModified(source)
            option.text = locale.toString(modified, QLocale.FormatType.ShortFormat)


class LeftToRightText(QProxyStyle):
    """Draws a widget's text in the widget's own direction: Qt paints a combo box's current
    text in the application's, so a left-to-right path still read «tmp/lang/» there."""

    def drawItemText(
        self, painter, rect, flags, palette, enabled, text, role=QPalette.ColorRole.NoRole
    ) -> None:
        painter.save()
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        super().drawItemText(painter, rect, flags, palette, enabled, text, role)
        painter.restore()


def localise_file_dialog(dialog: QFileDialog) -> None:
    """Paths left-to-right (a right-to-left field shows «/home/a» as «home/a/»), sizes and
    dates in the interface's locale. A bare file name keeps the direction of its letters."""
    for name in ("lookInCombo", "fileNameEdit"):
        widget = dialog.findChild(QComboBox, name) or dialog.findChild(QLineEdit, name)
        if widget is not None:
            widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a file path
    combo = dialog.findChild(QComboBox, "lookInCombo")
    if combo is not None:
        style = LeftToRightText(QApplication.style().name())
        style.setParent(combo)  # kept as long as the combo box (the dialog is Qt's)
        combo.setStyle(style)
    for view in dialog.findChildren(QTreeView, "treeView"):
        view.setItemDelegate(LocalisedSizes(view))
    # Qt opens it at 650 pixels: «Or…» for the computer, «Docum… Word» for the kind
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    room = screen.width() - 40 if screen is not None else FILE_DIALOG_WIDTH
    dialog.resize(max(dialog.width(), min(FILE_DIALOG_WIDTH, room)), dialog.height())
    splitter = dialog.findChild(QSplitter, "splitter")  # the places beside the files
    if splitter is not None and splitter.count() == 2:
        total = sum(splitter.sizes()) or dialog.width()
        splitter.setSizes([PLACES_WIDTH, max(total - PLACES_WIDTH, 0)])


def localise_print_dialog(dialog) -> None:
    for edit in dialog.findChildren(QLineEdit, "filename"):
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a file path
    # The options, hidden when the dialog takes its width, need more in Arabic: the page
    # range's button was squeezed to «من صفـ».
    dialog.setMinimumWidth(max(dialog.minimumWidth(), PRINT_DIALOG_WIDTH))


def follow_the_interface(window: QWidget) -> None:
    """The forms of forms/*.ui are right-to-left at their root (so that Designer shows them as
    the Arabic window does); in a left-to-right interface they take its direction. Arabic text
    in their fields still reads right to left: a field follows the direction of its text."""
    if not QApplication.isLeftToRight():
        return
    for widget in (window, *window.findChildren(QWidget)):
        if (
            widget.testAttribute(Qt.WidgetAttribute.WA_SetLayoutDirection)
            and widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
        ):
            widget.unsetLayoutDirection()
    # French labels are longer: a row too wide for a 1024-pixel screen puts its field under
    # its label instead of widening the form past the window
    for form in window.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)


LOCALISED = "openreportLocalised"  # a property: Python attributes of Qt's own objects are lost


def finish_window(window: QWidget) -> None:
    """Finish a window as it comes to the front: Qt's file and print dialogs (the application
    asks for them through their static functions, so they are reached here), and the forms'
    direction in a left-to-right interface. An application-wide event filter would see every
    event of the window, in Python: a fifth more time to build the window."""
    follow_the_interface(window)
    if window.property(LOCALISED):
        return
    if isinstance(window, QFileDialog):
        localise_file_dialog(window)
    elif type(window).__name__ == "QPrintDialog":  # QtPrintSupport is loaded only to print
        localise_print_dialog(window)
    else:
        return
    window.setProperty(LOCALISED, True)


def finish_focus_window(focus) -> None:
    for window in QApplication.topLevelWidgets():
        if focus is not None and window.windowHandle() is focus:
            finish_window(window)


def install_dialog_fixes(app: QApplication) -> None:
    if not getattr(app, "_openreport_dialog_fixes", False):
        app.focusWindowChanged.connect(finish_focus_window)
        app._openreport_dialog_fixes = True


# Each language is named in itself, and the menu in both: whoever finds the window in a
# language they do not read still finds the way back.
MENU_TITLE = "اللغة / Langue"
NAMES = {"ar": "العربية", "fr": "Français"}


def language_names() -> dict[str, str]:
    """Each language in itself, followed by its name in the interface's when they differ:
    «Français (الفرنسية)» in Arabic, «العربية (Arabe)» in French."""
    here = {"ar": tr("العربية"), "fr": tr("الفرنسية")}
    return {
        code: name if code == current_language() else f"{name} ({here[code]})"
        for code, name in NAMES.items()
    }


def add_language_menu(window, menu: QMenu) -> QMenu:
    """A «اللغة / Langue» submenu of ``menu``: Arabic, French or the system's language, kept in
    ``window.settings`` and applied at the next start (the window says so)."""
    submenu = menu.addMenu(MENU_TITLE)
    submenu.setObjectName("languageMenu")
    group = QActionGroup(submenu)
    stored = stored_choice(window.settings)
    for choice, text in (*language_names().items(), (SYSTEM, tr("لغة النظام"))):
        action = QAction(text, submenu, checkable=True, checked=choice == stored)
        action.setData(choice)
        group.addAction(action)
        submenu.addAction(action)
    group.triggered.connect(lambda action: choose_language(window, action.data()))
    return submenu


def choose_language(window, choice: str) -> QMessageBox | None:
    """Keep ``choice``; when the language it gives is not the interface's, say that it comes
    at the next start (a window-modal message that does not wait)."""
    store_choice(window.settings, choice)
    if chosen_language(window.settings) == current_language():
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("اللغة"),
        tr("ستظهر الواجهة باللغة المختارة عند تشغيل OpenReport في المرة المقبلة."),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("languageNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
