"""The follow-up page: every recommendation and next step of the library, where each stands.

Beside the library (menu «عرض», Ctrl+Shift+U): filters, search, the overdue marked by colour and
a word; a double click opens the report at its recommendations; «تغيير الحالة…» records a status
with its date and a note. It reads the follow-up index (storage.followup), never the reports.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from openreport.errors import UserError
from openreport.model import RecommendationStatus
from openreport.storage import followup as index
from openreport.ui.dates import shown_date
from openreport.ui.labels import label, tr
from openreport.ui.status_dialog import StatusDialog
from openreport.ui.views import report_actions_off

SEARCH_DELAY_MS = 200
PAGE_ROWS = 300  # read from the index at a time, as the list scrolls
OVERDUE_BACKGROUND = QColor("#fbe3e1")  # with the word «متأخرة»: never colour alone
OVERDUE_TEXT = QColor("#9b1c1c")
# the columns, and the index's order each one sorts by
SORT_KEYS = ("text", "report", "body", "own", "responsible", "deadline", "status")


class FollowupModel(QAbstractTableModel):
    """The recommendations as the page lists them; sorting asks the page to query again."""

    sort_requested = Signal(str, bool)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[index.FollowupItem] = []
        self.total = 0
        self.more = lambda _offset: []
        self.headers = (
            tr("التوصية أو الخطوة"),
            tr("التقرير"),
            tr("الجهة"),
            tr("مقترح الجماعة"),
            tr("المسؤول"),
            tr("الأجل"),
            tr("الحالة"),
        )
        self.overdue_word = tr("متأخرة")
        self.next_steps = tr("الخطوات المقبلة")
        self.own_word = tr("نعم")

    def set_items(self, items: list[index.FollowupItem], total: int, more) -> None:
        """The first page of ``total`` rows; ``more(offset)`` reads the next as the user
        scrolls (Qt asks through canFetchMore and fetchMore)."""
        self.beginResetModel()
        self.items, self.total, self.more = items, total, more
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.items) < self.total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        page = self.more(len(self.items))
        if not page:
            self.total = len(self.items)
            return
        self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(page) - 1)
        self.items.extend(page)
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)

    def data(self, model_index, role=Qt.ItemDataRole.DisplayRole):
        if not model_index.isValid():
            return None
        item = self.items[model_index.row()]
        column = model_index.column()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self.text(item, column)  # the tooltip shows a cut text whole
        if item.overdue and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(OVERDUE_BACKGROUND)
        if item.overdue and role == Qt.ItemDataRole.ForegroundRole and column in (5, 6):
            return QBrush(OVERDUE_TEXT)
        return None

    def text(self, item: index.FollowupItem, column: int) -> str:
        if column == 0:
            return item.text
        if column == 1:
            return item.report_title or tr("(بدون عنوان)")
        if column == 2:
            return self.next_steps if item.next_step else item.body
        if column == 3:
            return self.own_word if item.by_commune else ""
        if column == 4:
            return item.responsible
        if column == 5:
            return shown_date(item.deadline) if item.deadline else ""
        status = label(item.status)
        return f"{status} — {self.overdue_word}" if item.overdue else status


class FollowupPage(QWidget):
    """The follow-up of every recommendation of the library."""

    open_requested = Signal(int, bool)  # report id, the item is a next step
    back_requested = Signal()

    def __init__(self, library, parent=None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("followup")
        self.library = library
        self.read_only = read_only
        self.sort = ("deadline", False)
        self.model = FollowupModel(self)
        self.loaded = False  # the index is read when the page is first shown
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(self.build_search_bar())
        layout.addLayout(self.build_filters())
        layout.addWidget(self.build_table(), 1)
        layout.addLayout(self.build_buttons())
        self.model.sort_requested.connect(self.sort_by)

    def build_search_bar(self) -> QHBoxLayout:
        heading = QLabel(tr("<b>متابعة التوصيات والخطوات المقبلة</b>"))
        self.search = QLineEdit()
        self.search.setObjectName("followupSearch")
        self.search.setPlaceholderText(tr("بحث في التوصيات والمسؤولين والتقارير…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.timer.start())
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        return bar

    def build_filters(self) -> QHBoxLayout:
        self.status = QComboBox()
        self.status.addItem(tr("كل الحالات"), None)
        for choice in RecommendationStatus:
            self.status.addItem(label(choice), choice)
        self.responsible = QComboBox()
        self.year = QComboBox()
        self.overdue = QCheckBox(tr("المتأخرة"))
        self.own = QCheckBox(tr("مقترحات الجماعة"))
        bar = QHBoxLayout()
        # each list names what it filters in its first choice («كل الحالات»…) and its tooltip:
        # no caption beside it, so that the page fits a narrow window
        for widget, caption in (
            (self.status, tr("الحالة")),
            (self.responsible, tr("المسؤول")),
            (self.year, tr("سنة الفعالية")),
        ):
            widget.setToolTip(caption)
            widget.setAccessibleName(caption)
            bar.addWidget(widget, 1 if widget is self.responsible else 0)
        bar.addWidget(self.overdue)
        bar.addWidget(self.own)
        for combo in (self.status, self.responsible, self.year):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.overdue, self.own):
            box.toggled.connect(lambda _on: self.refresh())
        return bar

    def build_table(self) -> QTableView:
        self.view = QTableView()
        self.view.setObjectName("followupTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(60)  # the shares of a narrow screen, not 112 each
        header.setStretchLastSection(True)
        header.setSortIndicator(5, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda _index: self.open_current())
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        return self.view

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_columns)  # once the table has its own new width

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width: the text first, then the report, the responsible and the body."""
        fixed = {3: 100, 5: 115, 6: 150}  # at least the header, a long date, an overdue status
        header, metrics, model = self.view.horizontalHeader(), self.view.fontMetrics(), self.model
        samples = {
            5: shown_date(dt.date(2026, 9, 30)),
            6: f"{label(RecommendationStatus.PROPOSED)} — {model.overdue_word}",  # the common one
        }
        for column in fixed:
            text = metrics.horizontalAdvance(samples.get(column, "")) + 24
            fixed[column] = max(fixed[column], header.sectionSizeHint(column), text)
        bar = self.view.verticalScrollBar()  # room for it, before it appears with the rows
        room = self.view.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
        free = max(300, room - sum(fixed.values()))
        shares = {0: 0.38, 1: 0.22, 2: 0.2, 4: 0.2}
        widths = fixed | {column: int(free * share) for column, share in shares.items()}
        for column, width in sorted(widths.items()):  # the last one stretches beyond its own
            self.view.setColumnWidth(column, width)

    def build_buttons(self) -> QHBoxLayout:
        self.change_button = QPushButton(tr("تغيير الحالة…"))
        self.change_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.change_button.clicked.connect(self.change_status)
        self.change_button.setToolTip(
            tr("تسجيل حالة جديدة للتوصية المختارة، بتاريخ اليوم وملاحظة إن شئت (Ctrl+Shift+S)")
        )
        self.open_button = QPushButton(tr("فتح التقرير"))
        self.open_button.clicked.connect(self.open_current)
        self.open_button.setToolTip(
            tr("فتح التقرير الذي وردت فيه التوصية المختارة، على قسم توصياته")
        )
        back = QPushButton(tr("العودة إلى المكتبة"))
        back.setToolTip(tr("الرجوع إلى لائحة التقارير"))
        back.clicked.connect(self.back_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.change_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        bar.addWidget(back)
        return bar

    # -- reading the index ---------------------------------------------------------------------

    def reload_choices(self) -> None:
        """The responsibles and years the filters offer, as the library holds them now."""
        for combo, everything, values in (
            (self.responsible, tr("كل المسؤولين"), index.responsibles(self.library.conn)),
            (self.year, tr("كل السنوات"), index.years(self.library.conn)),
        ):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
            combo.blockSignals(False)

    def query(self) -> index.FollowupQuery:
        status = self.status.currentData()
        return index.FollowupQuery(
            statuses=(status,) if status is not None else (),
            responsible=self.responsible.currentData(),
            year=self.year.currentData(),
            overdue=self.overdue.isChecked(),
            own=self.own.isChecked(),
            text=self.search.text(),
            sort=self.sort[0],
            descending=self.sort[1],
        )

    def show_page(self) -> None:
        """Read the index afresh (the page is being shown)."""
        self.reload_choices()
        self.loaded = True
        self.refresh()

    def refresh(self) -> None:
        self.timer.stop()
        kept = self.current_item()
        query, conn = self.query(), self.library.conn
        total, overdue = index.counts(conn, query)
        items = index.query(conn, query, limit=PAGE_ROWS)
        self.model.set_items(
            items, total, lambda offset: index.query(conn, query, limit=PAGE_ROWS, offset=offset)
        )
        text = tr("{0} توصية أو خطوة").format(total) if total else tr("لا توصيات")
        if overdue:
            text += " — " + tr("{0} متأخرة").format(overdue)
        self.count.setText(text)
        if kept is not None:
            self.select(kept.report_id, kept.rec_id)
        if self.current_item() is None and items:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.update_buttons()

    def sort_by(self, key: str, descending: bool) -> None:
        self.sort = (key, descending)
        if self.loaded:
            self.refresh()

    def select(self, report_id: int, rec_id: str) -> None:
        for row, item in enumerate(self.model.items):
            if item.report_id == report_id and item.rec_id == rec_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def current_item(self) -> index.FollowupItem | None:
        current = self.view.currentIndex()
        if not current.isValid() or not self.view.selectionModel().hasSelection():
            return None
        return self.model.items[current.row()]

    def update_buttons(self) -> None:
        selected = self.current_item() is not None
        self.open_button.setEnabled(selected)
        self.change_button.setEnabled(selected and not self.read_only)

    # -- acting on one recommendation ----------------------------------------------------------

    def open_current(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_requested.emit(item.report_id, item.next_step)

    def change_status(self) -> None:
        item = self.current_item()
        if item is None or self.read_only:
            return
        try:
            report = self.library.load(item.report_id)
        except UserError as error:
            self.window().error(error)
            return
        found = [r for r in report.recommendations() if r.id == item.rec_id]
        history = found[0].history if found else []
        dialog = StatusDialog(item.text, item.status, history, self)
        if not dialog.exec():
            return
        status, note = dialog.chosen()
        try:
            index.change_status(self.library, item.report_id, item.rec_id, status, note)
        except UserError as error:
            self.window().error(error)
            return
        self.refresh()
        self.select(item.report_id, item.rec_id)


def build(window) -> FollowupPage:
    """The page in the window's stack, built when first opened (see ui/views.py)."""
    from openreport.ui.editor.base import SectionId

    page = FollowupPage(window.library, read_only=window.read_only)
    window.pages.addWidget(page)

    def open_report(report_id: int, next_step: bool) -> None:
        section = SectionId.CLOSING if next_step else SectionId.RECOMMENDATIONS
        window.open_report(report_id, section)

    page.open_requested.connect(open_report)
    page.back_requested.connect(window.show_library)
    window.followup_page = page
    return page


def show(window, page: FollowupPage) -> None:
    """Leave the report being edited (saved first), then list the follow-up."""
    if not window.leave_for(page):
        return
    page.library = window.library  # the window may have moved to a copy
    page.show_page()
    report_actions_off(window)
    page.view.setFocus()
