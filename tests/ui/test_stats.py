"""The statistics page beside the library: the year's figures, counted again when shown, each
listing the reports behind it; a double click opens one."""

from __future__ import annotations

import datetime as dt

import pytest

from openreport.demo import demo_profile
from openreport.model import EventKind
from openreport.ui.stats import IDS
from tests.helpers.year import sample_year


@pytest.fixture
def stats(window_factory):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    for report in sample_year():
        report.id = None
        window.library.save(report)
    window.stats_action.trigger()
    return window, window.stats_page


def top(page, title):
    tree = page.tree
    return next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == title
    )


def child(item, title):
    return next(item.child(i) for i in range(item.childCount()) if item.child(i).text(0) == title)


def test_the_page_counts_the_latest_year_and_lists_the_reports_behind_a_figure(stats, qtbot):
    window, page = stats
    assert window.pages.currentWidget() is page
    assert page.year.value() == 2024
    assert top(page, "الفعاليات").text(1) == "14"
    forums = child(top(page, "الفعاليات حسب النوع"), "ملتقى")
    assert forums.text(1) == "4"
    page.tree.setCurrentItem(forums)
    assert page.reports.count() == 4
    costs = top(page, "تكاليف المهام")
    assert [costs.child(i).text(1) for i in range(costs.childCount())] == [
        "13.500,00 درهم",
        "2.400 أورو",
        "2",
    ]
    assert page.events_view.chart is not None and page.status_view.chart is not None
    assert page.events_view.accessibleDescription().startswith("مخطط أعمدة")
    chosen = page.reports.item(0)
    page.reports.itemActivated.emit(chosen)
    assert window.in_editor() and window.editor.report.id == chosen.data(IDS)


def test_a_changed_report_changes_the_figures_when_shown_again(stats):
    window, page = stats
    summary = window.library.list_reports()[0]
    report = window.library.load(summary.id)
    report.event.kind = EventKind.CONFERENCE
    report.event.start_date = dt.date(2024, 3, 3)
    window.library.save(report)
    window.show_library()
    window.stats_action.trigger()
    assert child(top(page, "الفعاليات حسب النوع"), "مؤتمر").text(1) == "1"
    page.year.setValue(2023)
    assert top(page, "الفعاليات").text(1) == "0"
    assert page.events_view.chart is None


def test_the_page_saves_the_year_in_review(stats, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    _window, page = stats
    target = tmp_path / "bilan.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.save_button.click()
    assert target.read_bytes().startswith(b"PK")


def test_the_shown_figures_follow_a_change_to_the_library(stats):
    window, page = stats
    assert page.watch.isActive()
    report = window.library.load(window.library.list_reports()[0].id)
    report.event.start_date = dt.date(2023, 5, 5)  # leaves 2024
    window.library.save(report)
    page.follow_library()  # what the page's timer does every two seconds
    assert top(page, "الفعاليات").text(1) == "13"
    window.show_library()
    assert not page.watch.isActive()


def test_the_page_is_in_the_view_menu_and_hides_the_report_actions(stats):
    window, _page = stats
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "عرض")
    assert window.stats_action in view.actions()
    assert not window.export_action.isEnabled() and not window.open_action.isEnabled()
