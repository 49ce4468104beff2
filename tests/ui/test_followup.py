"""The follow-up page: it opens from the window, filters, marks the overdue ones in words, opens
a report at its recommendations and records a change of status in the report."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from openreport.demo import open_demo_library
from openreport.model import RecommendationStatus
from openreport.ui.editor.base import SectionId
from openreport.ui.status_dialog import StatusDialog


def followup_window(window_factory):
    library, _ = open_demo_library()
    window = window_factory(library)
    window.followup_action.trigger()
    page = window.followup_page
    assert window.pages.currentWidget() is page
    assert not window.export_action.isEnabled()  # no report is chosen on this page
    return window, page


def shown(page) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_the_page_lists_every_recommendation_and_filters(window_factory):
    window, page = followup_window(window_factory)
    library = window.library
    every = [r for s in library.list_reports() for r in library.load(s.id).recommendations()]
    assert sorted(shown(page)) == sorted(r.text for r in every)
    page.own.setChecked(True)
    assert sorted(shown(page)) == sorted(r.text for r in every if r.by_commune)
    page.own.setChecked(False)
    page.overdue.setChecked(True)
    today = dt.date.today()
    late = [
        r
        for r in every
        if r.deadline and r.deadline < today and r.status not in ("done", "dropped")
    ]
    assert late and sorted(shown(page)) == sorted(r.text for r in late)
    for row in range(page.model.rowCount()):  # overdue in words, not by colour alone
        assert page.model.data(page.model.index(row, 6)).endswith("متأخرة")
        assert page.model.data(page.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    assert page.count.text().endswith(f"{len(late)} متأخرة")
    page.overdue.setChecked(False)
    page.search.setText("الاشاعه")  # «الإشاعة», folded
    page.refresh()
    rumour = [r.text for r in every if "الإشاعة" in r.text]
    assert rumour and set(rumour) <= set(shown(page)) and len(shown(page)) < len(every)
    page.search.setText("")
    responsible = next(r.responsible for r in every if r.responsible)
    page.responsible.setCurrentIndex(page.responsible.findData(responsible))
    assert sorted(shown(page)) == sorted(r.text for r in every if r.responsible == responsible)


def test_sorting_asks_the_index_again(window_factory):
    _window, page = followup_window(window_factory)
    page.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    statuses = [item.status for item in page.model.items]
    order = list(RecommendationStatus)
    assert [order.index(s) for s in statuses] == sorted(
        (order.index(s) for s in statuses), reverse=True
    )


def test_a_status_change_lands_in_the_report_and_its_history(window_factory, monkeypatch):
    window, page = followup_window(window_factory)
    page.view.setCurrentIndex(page.model.index(0, 0))
    item = page.current_item()

    def answer(dialog):
        dialog.status.setCurrentIndex(dialog.status.findData(RecommendationStatus.DONE))
        dialog.note.setText("أرسلت المصفوفة")
        return True

    monkeypatch.setattr(StatusDialog, "exec", answer)
    page.change_button.click()
    report = window.library.load(item.report_id)
    [changed] = [r for r in report.recommendations() if r.id == item.rec_id]
    assert changed.status is RecommendationStatus.DONE
    assert [(c.status, c.note) for c in changed.history] == [("done", "أرسلت المصفوفة")]
    assert page.current_item().rec_id == item.rec_id
    assert page.model.data(page.view.currentIndex().siblingAtColumn(6)) == "منجزة"
    again = StatusDialog(item.text, RecommendationStatus.DONE, changed.history)
    assert any("أرسلت المصفوفة" in label.text() for label in again.findChildren(QLabel))


def test_double_click_opens_the_report_at_its_recommendations(window_factory):
    window, page = followup_window(window_factory)
    page.search.setText("التواصل")
    page.refresh()
    row = next(i for i, item in enumerate(page.model.items) if not item.next_step)
    page.view.setCurrentIndex(page.model.index(row, 0))
    page.view.doubleClicked.emit(page.model.index(row, 0))
    assert window.in_editor()
    assert window.editor.report.id == page.model.items[row].report_id
    assert window.editor.current_id() is SectionId.RECOMMENDATIONS
