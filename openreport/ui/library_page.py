"""The library window's page: the reports, the search field, the trash, the start screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from openreport.compose.wording.ar_ma.grammar import Case, count
from openreport.storage import Library
from openreport.ui.dates import arabic
from openreport.ui.labels import shown, tr
from openreport.ui.report_list import ReportTableModel
from openreport.ui.searcher import Searcher

SEARCH_DELAY_MS = 200


class MiddleElided(QStyledItemDelegate):
    """Shortens a text too long for its cell in its middle. Qt's own middle elision of
    right-to-left text is measured before the letters are joined: the text came out too
    wide and was cut at its end as well, the end that tells a copy from its original."""

    SPARE = 12  # pixels kept free for the joined letters and the cell's margins

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        width = option.rect.width() - self.SPARE
        if option.fontMetrics.horizontalAdvance(option.text) > width:
            option.text = option.fontMetrics.elidedText(
                option.text, Qt.TextElideMode.ElideMiddle, width
            )
        option.textElideMode = Qt.TextElideMode.ElideNone


class LibraryPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    demo_requested = Signal()
    selection_changed = Signal()

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        # a long query must never freeze the window: the search runs in a thread of its own
        self.searcher = Searcher(library.path, self)
        self.searcher.found.connect(self.show_found)
        self.searcher.failed.connect(self.search_failed)
        self.build_table()
        bar = self.build_search_bar()
        self.empty = self.build_start_screen()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

    def build_table(self) -> None:
        """The reports, newest change first."""
        # the model reads the library a page at a time and orders it itself (no sorting proxy,
        # which would read every row): start-up does not grow with the library
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("reports")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list (the arrows move in it)
        # a long title or event loses its middle, not its end: «… (نسخة)»، «… 2025» tell
        # copies apart
        self.middle = MiddleElided(self.view)
        self.view.setItemDelegateForColumn(0, self.middle)
        self.view.setItemDelegateForColumn(1, self.middle)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(40)  # measure 40 rows, not the whole library
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(2, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.selectionModel().selectionChanged.connect(self.selection_changed)

    def build_search_bar(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(tr("بحث في كل نصوص التقارير…"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.setToolTip(
            tr("يعرض التقارير التي تضم كل الكلمات المكتوبة، في عناوينها أو في أي نص من نصوصها")
        )
        self.trash = QCheckBox(tr("سلة المحذوفات"))
        self.trash.setToolTip(
            tr("يعرض التقارير المنقولة إلى سلة المحذوفات بدلا من المكتبة، لاسترجاعها أو حذفها")
        )
        self.trash.toggled.connect(self.refresh)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.trash)
        bar.addWidget(self.count)
        return bar

    def build_start_screen(self) -> QWidget:
        """What an empty library shows: a welcome, a new report, the demo."""
        empty = QWidget()
        empty.setObjectName("startScreen")
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        welcome = QLabel(
            tr(
                "<h2>مرحبا بك في OpenReport</h2>"
                "<p>مكتبتك فارغة. ابدأ تقريرا جديدا عن فعالية شاركت فيها الجماعة،"
                " أو افتح التقرير النموذجي لترى تقريرا كاملا.</p>"
            )
        )
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome.setWordWrap(True)
        self.new_button = QPushButton(tr("تقرير جديد"))
        self.demo_button = QPushButton(tr("فتح التقرير النموذجي"))
        self.new_button.setToolTip(tr("يبدأ تقريرا فارغا عن فعالية جديدة ويفتحه للتحرير"))
        self.demo_button.setToolTip(
            tr("يفتح تقريرا كاملا جاهزا لترى ما يكتبه البرنامج؛ يمكن تعديله أو حذفه")
        )
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        empty_layout.addWidget(welcome)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        return empty

    def set_library(self, library: Library) -> None:
        """Show another library (a copy saved elsewhere that the window now works on)."""
        self.library = library
        self.searcher.retarget(library.path)
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text().strip()
        in_trash = self.trash.isChecked()
        if text and not in_trash:
            self.count.setText(tr("جار البحث…"))
            self.searcher.search(text)  # shown by show_found, on this thread, when it is done
            return
        self.searcher.cancel()
        self.model.list_library(self.library, in_trash)
        self.show_listed(searched=False)

    def show_found(self, query: str, summaries: list) -> None:
        if query == self.search.text().strip() and not self.trash.isChecked():
            self.show_reports(summaries, searched=True)

    def search_failed(self, query: str, message: str) -> None:
        if query == self.search.text().strip():
            self.count.setText(message)

    def show_reports(self, summaries: list, *, searched: bool) -> None:
        self.model.set_summaries(summaries)
        self.show_listed(searched=searched)

    @staticmethod
    def count_text(total: int) -> str:
        """«3 تقارير» in words as Arabic counts, «3 rapports» in French."""
        if not total:
            return tr("لا تقارير")
        if arabic():
            return count(total, "report", Case.NOMINATIVE)
        from openreport.actions import REPORT, counted  # not on the start-up path in Arabic

        return shown(counted(total, REPORT, Case.NOMINATIVE))

    def show_listed(self, *, searched: bool) -> None:
        total = self.model.total
        self.count.setText(self.count_text(total))
        library_empty = not total and not searched and not self.trash.isChecked()
        self.pages.setCurrentWidget(self.empty if library_empty else self.view)
        if total:
            self.select_row(0)
        self.selection_changed.emit()

    def select_row(self, row: int) -> None:
        """Make ``row`` (in the order shown) the current, selected report."""
        # setCurrentIndex selects the whole row; QTableView.selectRow would toggle it off again
        self.view.setCurrentIndex(self.model.index(row, 0))

    def select_id(self, report_id: int) -> None:
        """Make the report ``report_id`` current, if it is listed."""
        start = 0
        while True:  # reading further pages of the list until it is found
            for row in range(start, self.model.rowCount()):
                if self.model.summary(row).id == report_id:
                    self.select_row(row)
                    return
            if not self.model.canFetchMore():
                return
            start = self.model.rowCount()
            self.model.fetchMore()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.summary(index.row()).id

    def open_current(self) -> None:
        report_id = self.current_id()
        if report_id is not None and not self.trash.isChecked():
            self.open_requested.emit(report_id)

    def in_trash(self) -> bool:
        return self.trash.isChecked()
