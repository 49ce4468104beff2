"""The library list reads its reports a page at a time, in the order chosen, so that opening
the window does not grow with the library; every report is still reachable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from openreport.model import Report
from openreport.storage import Library
from openreport.ui.report_list import ReportTableModel

REPORTS = 450  # more than two pages


def _library(tmp_path) -> Library:
    library = Library.open(tmp_path / "lib.sqlite")
    with library.transaction() as conn:
        for n in range(REPORTS):
            library.store(conn, Report(title=f"تقرير {n:03d}"))
    return library


def test_the_window_reads_one_page_and_counts_them_all(window_factory, tmp_path):
    window = window_factory(_library(tmp_path))
    page = window.library_page
    model = page.model
    assert model.total == REPORTS and model.rowCount() == ReportTableModel.PAGE
    assert "450" in page.count.text() or "أربعمائة" in page.count.text()
    page.view.scrollToBottom()  # the view asks for the next page as it is scrolled
    assert model.rowCount() > ReportTableModel.PAGE


def test_every_report_is_reachable_and_selectable(window_factory, tmp_path):
    library = _library(tmp_path)
    window = window_factory(library)
    page = window.library_page
    oldest = min(summary.id for summary in library.list_reports())
    page.select_id(oldest)  # on the last page: read until found
    assert page.current_id() == oldest
    while page.model.canFetchMore():
        page.model.fetchMore()
    ids = [page.model.summary(row).id for row in range(page.model.rowCount())]
    assert sorted(ids) == sorted(s.id for s in library.list_reports()) and len(set(ids)) == REPORTS


def test_ordering_by_a_column_orders_the_whole_library(window_factory, tmp_path):
    library = _library(tmp_path)
    window = window_factory(library)
    model = window.library_page.model
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.summary(row).title for row in range(3)] == ["تقرير 000", "تقرير 001", "تقرير 002"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.summary(0).title == f"تقرير {REPORTS - 1:03d}"
    assert model.rowCount() == ReportTableModel.PAGE  # one page read again, not the library


def test_search_results_are_ordered_where_they_are(window_factory, tmp_path):
    library = _library(tmp_path)
    window = window_factory(library)
    page = window.library_page
    found = library.list_reports(limit=5)
    page.show_reports(found, searched=True)
    page.model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [page.model.summary(row).title for row in range(page.model.rowCount())]
    assert titles == sorted(s.title for s in found) and not page.model.canFetchMore()
