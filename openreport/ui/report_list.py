"""The library's list of reports: read a page at a time, ordered by the library itself."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from openreport.storage import Library, ReportSummary
from openreport.storage.directory import LIST_ORDERS
from openreport.ui.dates import shown_date, shown_dates
from openreport.ui.labels import label, tr, translate

Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    """The library's reports as the library window lists them."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReportTableModel", "العنوان"),
        QT_TRANSLATE_NOOP("ReportTableModel", "الفعالية"),
        QT_TRANSLATE_NOOP("ReportTableModel", "المدينة"),
        QT_TRANSLATE_NOOP("ReportTableModel", "التواريخ"),
        QT_TRANSLATE_NOOP("ReportTableModel", "الحالة"),
        QT_TRANSLATE_NOOP("ReportTableModel", "آخر تعديل"),
    )

    DATE_COLUMNS = (3, 5)
    PAGE = 200  # rows read at a time as the list is scrolled: start-up does not grow with it

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.summaries: list[ReportSummary] = []  # the rows read so far, in the order shown
        self.total = 0
        self.listing: tuple[Library, bool] | None = None  # (library, trash) read page by page
        self.order = (5, Qt.SortOrder.DescendingOrder)  # the latest change first

    def list_library(self, library: Library, trash: bool) -> None:
        """The library's reports (or its trash), read a page at a time as they are shown."""
        self.beginResetModel()
        self.listing = (library, trash)
        self.total = library.count_reports(trash=trash)
        self.summaries = self._page(0)
        self.endResetModel()

    def set_summaries(self, summaries: list[ReportSummary]) -> None:
        """A list already read (the search's results), in the order chosen."""
        self.beginResetModel()
        self.listing = None
        self.summaries = self._sorted(list(summaries))
        self.total = len(self.summaries)
        self.endResetModel()

    def _page(self, offset: int) -> list[ReportSummary]:
        library, trash = self.listing
        column, order = self.order
        return library.list_reports(
            trash=trash,
            order=LIST_ORDERS[column],
            descending=order == Qt.SortOrder.DescendingOrder,
            offset=offset,
            limit=self.PAGE,
        )

    def _sorted(self, summaries: list[ReportSummary]) -> list[ReportSummary]:
        column, order = self.order
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(summaries, key=lambda s: (sort_key(s, column), s.id), reverse=descending)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.summaries) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.listing is None or parent.isValid():
            return
        more = self._page(len(self.summaries))[: self.total - len(self.summaries)]
        if not more:
            self.total = len(self.summaries)  # reports went to the trash meanwhile
            return
        first = len(self.summaries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.summaries.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column: the library reads its first page again in that order; the
        search's results are ordered where they are."""
        self.order = (column, order)
        if self.listing is not None:
            self.list_library(*self.listing)
        else:
            self.set_summaries(self.summaries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.summaries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ReportTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self.summaries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:  # the sort key
            return sort_key(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            return summary.title if column == 0 else summary.event_name  # shown whole
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.DATE_COLUMNS:
            # the leading edge: the right in Arabic (a date of digits would not follow by itself)
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return summary.title or tr("(بدون عنوان)")
        if column == 1:
            return summary.event_name
        if column == 2:
            return summary.city
        if column == 3:
            if summary.start_date is None:
                return ""
            return shown_dates(summary.start_date, summary.end_date)
        if column == 4:
            return label(summary.status)
        return modified_text(summary.modified)

    def summary(self, row: int) -> ReportSummary:
        return self.summaries[row]


def sort_key(summary: ReportSummary, column: int) -> str:
    """What a column sorts by: the stored values, as the library orders them."""
    return (
        summary.title,
        summary.event_name,
        summary.city,
        summary.start_date.isoformat() if summary.start_date else "",
        summary.status.value,
        summary.modified.isoformat(),
    )[column]


def modified_text(moment: dt.datetime) -> str:
    """When a report was last changed, as the interface's reader reads a date: day, month,
    year, then the time («12 نونبر 2024، 14:05», «12 novembre 2024, 14:05»)."""
    return tr("{date}، {time}").format(date=shown_date(moment.date()), time=f"{moment:%H:%M}")
