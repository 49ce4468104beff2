"""Preview and print: the Qt renderer's pages on screen, on a printer, in their own window.

The preview draws the pages as pictures. Qt's QPrintPreviewWidget (and so QPrintPreviewDialog)
replays recorded text without its direction: measured, commas and brackets of Arabic lines
land on the wrong side and lines break short. Printing draws straight on the printer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from openreport.actions import PAGE, counted
from openreport.compose import compose
from openreport.compose.document import block_texts
from openreport.compose.wording.ar_ma.grammar import Case
from openreport.model import CommuneProfile, Report
from openreport.render.qt.document import PagePainter, render_qt
from openreport.ui import fit
from openreport.ui.labels import shown, tr

PREVIEW_DPI = 96
PREVIEW_PAGES = 60  # a longer report shows its first sixty pages; printing prints them all
REVIEW_PAGES = 3  # the preview inside the review section: its window shows them all


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(PagePainter.page_layout())
    return printer


def paint_report(printer: QPrinter, report: Report, profile: CommuneProfile) -> int:
    """Draw the report on ``printer`` (its page range and copies); return the page count."""
    composed = compose(report, profile)
    document, pages = render_qt(composed, profile)
    wanted = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        wanted = set(range(printer.fromPage(), printer.toPage() + 1))
    painter = QPainter(printer)
    copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
    count = 0
    for copy in range(copies):
        if copy:
            printer.newPage()
        count = pages.paint(printer, painter, wanted)
    painter.end()
    del document
    return count


# Qt's own print dialogs: the print dialog, its «خصائص» (page setup and printer options, 860
# pixels tall) and the page setup dialog.
PRINT_DIALOGS = frozenset(
    ("QPrintDialog", "QPrintPropertiesDialog", "QPageSetupDialog", "QUnixPageSetupDialog")
)


class PrintDialogFitter(QObject):
    """Fits Qt's print dialogs to the available screen as they are shown or grow (the print
    dialog's «خيارات» unfolds it): what is too tall scrolls, their buttons stay in sight."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize) and isinstance(watched, QDialog):
            if watched.metaObject().className() in PRINT_DIALOGS and watched.isVisible():
                fit_print_dialog(watched)
        return False


def fit_print_dialog(dialog: QDialog) -> None:
    """``dialog`` within the available screen; its content scrolls when it is too tall."""
    area = fit.available_rect(dialog)
    frame = fit.frame_of(dialog)
    room = QSize(area.width() - frame.width(), area.height() - frame.height())
    wanted = dialog.sizeHint().expandedTo(dialog.size())
    if wanted.height() <= room.height() and wanted.width() <= room.width():
        if not area.contains(dialog.frameGeometry()):
            fit.clamp_to_screen(dialog)
        return
    buttons = dialog.findChild(QDialogButtonBox)
    if dialog.findChild(QScrollArea, "printOptionsScroll") is None and buttons is not None:
        if dialog.layout() is not None and dialog.layout().indexOf(buttons) >= 0:
            fit.scroll_contents(dialog, buttons).setObjectName("printOptionsScroll")
            # room for the scroll bar beside the content, which then needs no sideways one
            bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            wanted.setWidth(wanted.width() + bar + 4)
    dialog.setMinimumSize(0, 0)
    size = fit.within(wanted, QRect(area.topLeft(), room))
    if size != dialog.size():
        dialog.resize(size)
    fit.clamp_to_screen(dialog)


def install_print_fitter(app: QApplication) -> None:
    """Install the one PrintDialogFitter of the application (again is harmless)."""
    if getattr(app, "_openreport_print_fitter", None) is None:
        app._openreport_print_fitter = fitter = PrintDialogFitter(app)
        app.installEventFilter(fitter)


def print_report(report: Report, profile: CommuneProfile, parent=None) -> bool:
    """The system's print dialog (any printer, page range, copies), then print."""
    install_print_fitter(QApplication.instance())
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_report(printer, report, profile)
    return True


class ReportPreview(QScrollArea):
    """The report's A4 pages, one under the other, as they will print.

    ``limit`` pages at most. Laying out a long report takes a good part of a second (and the
    Qt binding keeps Python's lock meanwhile, so a thread would not spare the window), so a
    limited preview lays out only the beginning of the report: about ``limit`` pages of it.
    """

    CHARACTERS_PER_PAGE = 2500  # a full A4 page of 14 pt Arabic holds a little more

    def __init__(
        self, parent: QWidget | None = None, limit: int = PREVIEW_PAGES, whole: bool = True
    ) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("preview")
        self.limit = limit
        self.whole = whole  # lay the whole report out (and count its pages)
        self.inner = QWidget()
        self.inner.setObjectName("previewPages")
        self.inner.setStyleSheet("#previewPages { background: #8a8a8a; }")
        self.pages_layout = QVBoxLayout(self.inner)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.setWidget(self.inner)
        self.labels: list[QLabel] = []
        self.page_count = 0  # pages shown
        self.total_pages = 0  # pages of the report (0 when only its beginning was laid out)

    def show_report(self, report: Report, profile: CommuneProfile) -> None:
        composed = compose(report, profile)
        if not self.whole:
            budget = (self.limit + 1) * self.CHARACTERS_PER_PAGE
            kept = []
            for block in composed.blocks:
                kept.append(block)
                budget -= sum(map(len, block_texts(block)))
                if budget < 0:
                    break
            composed.blocks = kept
        document, pages = render_qt(composed, profile)
        images = pages.images(PREVIEW_DPI, self.limit)
        self.total_pages = document.pageCount() if self.whole else 0
        del document, pages
        self.page_count = len(images)
        while len(self.labels) > len(images):
            self.labels.pop().deleteLater()
        while len(self.labels) < len(images):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages_layout.addWidget(label)
            self.labels.append(label)
        for label, image in zip(self.labels, images, strict=True):
            label.setPixmap(QPixmap.fromImage(image))


class PreviewWindow(QDialog):
    """The preview in its own window, with printing."""

    def __init__(self, report: Report, profile: CommuneProfile, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("معاينة التقرير"))
        self.report, self.profile = report, profile
        self.preview = ReportPreview()
        self.preview.show_report(report, profile)
        print_button = QPushButton(tr("طباعة…"))
        close_button = QPushButton(tr("إغلاق"))
        print_button.clicked.connect(lambda: print_report(self.report, self.profile, self))
        close_button.clicked.connect(self.accept)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Print),
            self,
            lambda: print_report(self.report, self.profile, self),
        )
        buttons = QHBoxLayout()
        pages = shown(counted(self.preview.total_pages, PAGE, Case.NOMINATIVE))
        buttons.addWidget(QLabel(pages))
        buttons.addStretch(1)
        buttons.addWidget(print_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        # the buttons below the pages, within the screen; as the user left it, next time
        self.settings = getattr(parent, "settings", None)
        if self.settings is not None:
            fit.restore_geometry(self, self.settings, "preview", QSize(900, 1000))
        else:
            fit.fit_dialog(self, QSize(900, 1000))

    def done(self, result: int) -> None:
        if self.settings is not None:
            fit.remember_geometry(self, self.settings, "preview")
        super().done(result)
