"""The keyboard: Undo and Redo from the Edit menu on the focused field (a wheel turn or a click
included), Tab out of a multi-line field, a focus ring that shows, the trash undone from the
status bar, the library's context menu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QKeySequence, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from openreport.model import EventKind
from openreport.ui.editor.base import SectionId

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def turn_wheel(widget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    QApplication.sendEvent(
        widget,
        QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )


def event_section(window):
    window.editor.show_section(SectionId.EVENT)
    return window.editor.section(SectionId.EVENT)


def focus(widget, qtbot) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_the_edit_menu_has_undo_and_redo_with_their_keys(demo_window):
    menu = next(
        action.menu() for action in demo_window.menuBar().actions() if action.text() == "تحرير"
    )
    texts = [action.text() for action in menu.actions()]
    assert texts[:2] == ["تراجع", "إعادة"]
    assert demo_window.undo_action.shortcuts() == [QKeySequence("Ctrl+Z")]
    assert set(demo_window.redo_action.shortcuts()) == {
        QKeySequence("Ctrl+Y"),
        QKeySequence("Ctrl+Shift+Z"),
    }


def test_ctrl_z_undoes_a_wheel_turn_on_a_combo_and_ctrl_y_redoes_it(demo_window, qtbot):
    event = event_section(demo_window)
    kind, report = event.ui.kind, demo_window.editor.report
    before = report.event.kind
    focus(kind, qtbot)
    turn_wheel(kind, 1 if kind.currentIndex() else -1)
    after = report.event.kind
    assert after != before and isinstance(after, EventKind)
    QTest.keyClick(kind, Qt.Key.Key_Z, CTRL)
    assert report.event.kind == before and kind.value() == before
    QTest.keyClick(kind, Qt.Key.Key_Y, CTRL)
    assert report.event.kind == after
    QTest.keyClick(kind, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(kind, Qt.Key.Key_Z, CTRL_SHIFT)  # the other Redo
    assert report.event.kind == after


def test_ctrl_z_undoes_a_wheel_turn_on_a_count_and_a_date(demo_window, qtbot):
    event = event_section(demo_window)
    report = demo_window.editor.report
    for field, read in (
        (event.ui.participants, lambda: report.event.participants_count),
        (event.ui.startDate, lambda: report.event.start_date),
    ):
        before = read()
        focus(field, qtbot)
        turn_wheel(field, 1)
        assert read() != before
        QTest.keyClick(field, Qt.Key.Key_Z, CTRL)  # the spin box's text line would take it
        assert read() == before
        demo_window.redo_action.trigger()
        assert read() != before


def test_undo_of_a_clicked_choice_reaches_the_library(demo_window, qtbot):
    event = event_section(demo_window)
    box, report = event.more.hijri, demo_window.editor.report
    focus(box, qtbot)
    was = report.event.hijri
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert report.event.hijri is not was
    demo_window.undo_action.trigger()
    assert report.event.hijri is was
    demo_window.autosaver.wait()
    assert demo_window.library.load(report.id).event.hijri is was


def test_loading_is_not_a_change_to_undo(demo_window, qtbot):
    event = event_section(demo_window)
    focus(event.ui.kind, qtbot)
    kind = demo_window.editor.report.event.kind
    demo_window.undo_action.trigger()
    assert demo_window.editor.report.event.kind == kind


def test_undo_and_redo_of_typed_text_from_the_menu(demo_window, qtbot):
    name = event_section(demo_window).ui.name
    focus(name, qtbot)
    name.selectAll()
    QTest.keyClicks(name, "abc")
    demo_window.undo_action.trigger()
    assert "abc" not in name.text()
    demo_window.redo_action.trigger()
    assert name.text() == "abc" == demo_window.editor.report.event.name


def test_tab_leaves_a_multi_line_field_and_ctrl_tab_types_a_tab(demo_window, qtbot):
    context = event_section(demo_window).ui.context
    focus(context, qtbot)
    text = context.toPlainText()
    QTest.keyClick(context, Qt.Key.Key_Tab, CTRL)
    assert context.toPlainText().count("\t") == text.count("\t") + 1
    QTest.keyClick(context, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not context.hasFocus())
    assert context.toPlainText().count("\t") == text.count("\t") + 1


def test_times_are_undone_as_text(demo_window, qtbot):
    demo_window.editor.show_section(SectionId.PROGRAMME)
    programme = demo_window.editor.section(SectionId.PROGRAMME)
    programme.rebuild(select=(0, 0))
    field = programme.session_start
    focus(field, qtbot)
    field.selectAll()
    QTest.keyClicks(field, "1015")
    session = demo_window.editor.report.days[0].sessions[0]
    assert session.start_time == dt.time(10, 15)
    QTest.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert session.start_time == dt.time(9, 30)


# -- the library -----------------------------------------------------------------------------


def library_with(window_factory, demo):
    window = window_factory()
    report_id = window.library.save(demo)
    window.library_page.refresh()
    window.library_page.select_row(0)
    return window, report_id


def test_the_trash_is_undone_from_the_status_bar(window_factory, demo, qtbot):
    window, report_id = library_with(window_factory, demo)
    window.delete_action.trigger()
    assert window.library.list_reports() == []
    notice = window.trash_notice
    assert notice.isVisible() and notice.undo_button.text() == "تراجع"
    assert notice.timer.isActive()
    qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    assert [s.id for s in window.library.list_reports()] == [report_id]
    assert window.library_page.current_id() == report_id
    assert not notice.isVisible()


def test_ctrl_z_in_the_library_takes_the_report_back_while_offered(window_factory, demo):
    window, report_id = library_with(window_factory, demo)
    window.delete_action.trigger()
    window.library_page.view.setFocus()
    window.undo_action.trigger()
    assert [s.id for s in window.library.list_reports()] == [report_id]
    window.delete_action.trigger()
    window.trash_notice.timer.timeout.emit()  # the offer is over
    window.undo_action.trigger()
    assert window.library.list_reports() == []


# the offscreen platform the tests run on cannot raise a popup or grab the keyboard for it
@pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)
def test_the_library_context_menu_offers_the_windows_actions(window_factory, demo):
    window, _report_id = library_with(window_factory, demo)
    view = window.library_page.view
    row = view.visualRect(window.library_page.model.index(0, 0)).center()
    window.library_menu(row)
    assert window.context_menu.actions() == [
        window.open_action,
        window.duplicate_action,
        window.delete_action,
    ]
    window.context_menu.close()
    window.delete_action.trigger()
    window.library_page.trash.setChecked(True)
    window.library_menu(row)
    assert window.context_menu.actions() == [window.restore_action]
    assert window.restore_action.isEnabled()
    window.context_menu.close()


# -- the focus ring --------------------------------------------------------------------------


def ring_pixels(button: QPushButton) -> int:
    """How many of the button's pixels are the highlight colour."""
    image = button.grab().toImage()
    ring = button.palette().highlight().color()
    count = 0
    for x in range(image.width()):
        for y in (1, 2, image.height() // 2, image.height() - 3, image.height() - 2):
            pixel = QColor(image.pixel(x, y))
            distance = sum(
                abs(a - b) for a, b in zip(pixel.getRgb()[:3], ring.getRgb()[:3], strict=True)
            )
            if distance < 60:
                count += 1
    return count


def test_a_button_reached_with_tab_shows_a_focus_ring(app, qtbot):
    panel = QWidget()
    qtbot.addWidget(panel)
    first, second = QPushButton("الأول"), QPushButton("الثاني")
    layout = QHBoxLayout(panel)
    layout.addWidget(first)
    layout.addWidget(second)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    focus(first, qtbot)
    unfocused = ring_pixels(second)
    QTest.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    assert ring_pixels(second) > unfocused + second.width()  # a ring along both long sides


def test_tab_leaves_the_library_list(window_factory, demo, qtbot):
    window, _report_id = library_with(window_factory, demo)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.library_page.view
    focus(view, qtbot)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not view.hasFocus())


def test_ctrl_z_undoes_a_persons_clicked_gender(demo_window, qtbot):
    demo_window.editor.show_section(SectionId.CLOSING)
    gender = demo_window.editor.section(SectionId.CLOSING).signer.gender
    signature = demo_window.editor.report.closing.signature
    before = signature.signer.gender
    focus(gender, qtbot)
    gender.setCurrentIndex(1 - gender.currentIndex())  # as a click in its list does
    assert signature.signer.gender != before
    QTest.keyClick(gender, Qt.Key.Key_Z, CTRL)
    assert signature.signer.gender == before
