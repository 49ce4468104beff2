"""The library's guidance: a report imported twice asks, an untouched new report is not
kept, the copy for the next edition says it is new, dates read in Arabic, tooltips explain."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from openreport.demo import demo_profile
from openreport.storage.exchange import write_exchange_file
from openreport.ui.editor.base import SectionId


@pytest.fixture
def window(window_factory):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    return window


def answer(text: str, seen: list[str]) -> None:
    """Click the button labelled ``text`` of the import's question when it shows."""
    tries = iter(range(100))

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "duplicateQuestion":
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, click)


def titles(window, *, trash=False):
    return sorted(s.title for s in window.library.list_reports(trash=trash))


@pytest.fixture
def sent(window, demo, tmp_path):
    """The demo report in the window's library, and a file that sends it again."""
    window.library.save(demo)
    path = tmp_path / "again.openreport"
    write_exchange_file([window.library.load(demo.id)], path)
    window.library_page.refresh()
    return path


@pytest.mark.parametrize(
    ("button", "listed", "trashed"),
    [("تخطي", 1, 0), ("الاحتفاظ بالاثنين", 2, 0), ("استبدال", 1, 1)],
)
def test_importing_a_report_already_held_asks(window, sent, demo, button, listed, trashed):
    seen: list[str] = []
    answer(button, seen)
    window.outputs.import_path(str(sent))
    assert seen and demo.title in seen[0]
    assert len(window.library.list_reports()) == listed
    assert len(window.library.list_reports(trash=True)) == trashed
    if button == "الاحتفاظ بالاثنين":
        assert titles(window) == sorted([demo.title, f"{demo.title} (نسخة)"])
    assert window.library_page.model.rowCount() == listed


def test_a_new_report_is_imported_without_a_question(window, demo, tmp_path):
    path = tmp_path / "new.openreport"
    write_exchange_file([demo], path)
    window.outputs.import_path(str(path))  # no question: nothing to answer, nothing waits
    assert titles(window) == [demo.title]
    assert "تم استيراد تقرير واحد" in window.statusBar().currentMessage()


def test_replacing_the_report_being_edited_leaves_the_editor_first(window, sent, demo):
    window.open_report(demo.id)
    answer("استبدال", [])
    window.outputs.import_path(str(sent))
    assert not window.in_editor()
    [old] = window.library.list_reports(trash=True)
    assert old.id == demo.id and old.uuid != demo.uuid


def test_a_new_report_left_untouched_is_not_kept(window):
    window.new_report()
    report_id = window.editor.report.id
    window.editor.show_section(SectionId.CLOSING)  # looked at, nothing typed
    window.show_library()
    assert window.library.list_reports() == []
    assert window.library.list_reports(trash=True) == []  # not even in the trash
    assert window.library.revision(report_id) is None


def test_a_new_report_left_for_another_is_not_kept(window, demo):
    other = window.library.save(demo)
    window.new_report()
    window.open_report(other)
    assert [s.id for s in window.library.list_reports()] == [other]
    window.new_report()
    window.new_report()  # a second new report replaces the untouched first
    assert len(window.library.list_reports()) == 2


def test_a_new_report_left_by_closing_the_window_is_not_kept(window):
    window.new_report()
    window.close()
    assert window.library.list_reports() == []


def test_a_new_report_with_anything_typed_is_kept(window, qtbot):
    window.new_report()
    section = window.editor.section(SectionId.EVENT)
    section.ui.title.setText("ت")  # one letter
    window.show_library()
    [kept] = window.library.list_reports()
    assert kept.title == "ت"
    window.new_report()
    window.editor.section(SectionId.EVENT).ui.title.setText("تقرير")
    window.close()
    assert len(window.library.list_reports()) == 2


def test_the_copy_for_the_next_edition_shows_it_is_new(window, demo):
    demo.title = "تقرير المشاركة في المعرض الدولي للفلاحة 2024"
    window.library.save(demo)
    window.library_page.refresh()
    window.library_page.select_row(0)
    window.duplicate_action.trigger()
    assert window.editor.report.title == "تقرير المشاركة في المعرض الدولي للفلاحة 2025"
    window.show_library()  # the copy is kept: it holds what was copied
    assert len(window.library.list_reports()) == 2


def test_library_dates_read_day_month_year_and_sort_by_date(window, demo):
    library = window.library
    older = library.load(library.save(demo))
    demo.uuid, demo.id, demo.title = "other", None, "تقرير ثان"
    demo.event.start_date = dt.date(2024, 11, 12)
    demo.event.end_date = dt.date(2024, 11, 12)
    newer = library.load(library.save(demo))
    library.conn.execute(
        "UPDATE reports SET modified = '2024-02-01T09:05:00' WHERE id = ?", (older.id,)
    )
    library.conn.execute(
        "UPDATE reports SET modified = '2024-12-24T14:05:00' WHERE id = ?", (newer.id,)
    )
    page = window.library_page
    page.refresh()
    model = page.model
    # the parts of a date are joined by no-break spaces: a date never breaks inside
    texts = [model.index(row, 5).data().replace("\u00a0", " ") for row in range(model.rowCount())]
    assert sorted(texts) == sorted(["فاتح فبراير 2024، 09:05", "24 دجنبر 2024، 14:05"])
    dates = model.index(texts.index("24 دجنبر 2024، 14:05"), 3).data()
    assert "12\u00a0نونبر\u00a02024" in dates
    alignment = Qt.AlignmentFlag(model.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignLeading  # the right, in Arabic
    assert page.view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    model.sort(5, Qt.SortOrder.AscendingOrder)  # «فاتح فبراير» before «24 دجنبر» by date
    assert model.summary(0).id == older.id
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert model.summary(0).id == newer.id
    assert QModelIndex().data() is None


def test_tooltips_say_what_a_button_does(window):
    toolbar = window.findChild(type(window.addToolBar("x")), "mainToolbar")
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert len(actions) >= 6
    for action in actions:
        tip = action.toolTip()
        assert tip and tip != action.text().replace("&", "") and len(tip) > len(action.text())
    page = window.library_page
    for widget in (page.new_button, page.demo_button, page.trash):
        assert widget.toolTip() and widget.toolTip() != widget.text()
    assert page.search.toolTip()


def test_a_long_title_keeps_its_end_in_the_list(window, demo):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem

    demo.title = "تقرير جماعة شفشاون عن مشاركتها ضمن فعاليات ملتقى الشبكة المغربية (نسخة)"
    window.library.save(demo)
    page = window.library_page
    page.refresh()
    index = page.model.index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(page.view)
    option.rect = QRect(0, 0, 220, 28)
    page.view.itemDelegateForColumn(0).initStyleOption(option, index)
    assert option.text.endswith("(نسخة)") and ("…" in option.text or "..." in option.text)
    assert option.fontMetrics.horizontalAdvance(option.text) <= 220
    assert index.data(Qt.ItemDataRole.ToolTipRole) == demo.title  # whole, on hovering


def test_a_file_with_new_and_held_reports_asks_once_and_skips_only_the_held(
    window, sent, demo, tmp_path
):
    from openreport.model import Report

    path = tmp_path / "mixed.openreport"
    write_exchange_file([window.library.load(demo.id), Report(title="تقرير لم يصل بعد")], path)
    seen: list[str] = []
    answer("تخطي", seen)
    window.outputs.import_path(str(path))
    assert len(seen) == 1 and "تقرير واحد من تقريرين في الملف موجود في" in seen[0]
    assert titles(window) == sorted([demo.title, "تقرير لم يصل بعد"])
