"""The editor's lists: their add buttons where they start, a sentence while they are empty;
counts aligned where the Arabic reader starts; tooltips that say what a button does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QSpinBox, QToolButton

from openreport.model import EventKind, Report
from openreport.ui.editor.base import SectionId
from openreport.ui.widgets import RecordTable

ALL = [s for s in SectionId if s is not SectionId.REVIEW]


def tables_of(editor, section_id: SectionId) -> list[RecordTable]:
    return editor.section(section_id).findChildren(RecordTable)


@pytest.fixture
def small_window(demo_window, qtbot):
    """The demo open in a window of a 1024×600 screen."""
    demo_window.showNormal()
    demo_window.resize(1024, 600)
    qtbot.waitUntil(lambda: demo_window.width() <= 1024 and demo_window.height() <= 600)
    return demo_window


@pytest.mark.parametrize("section_id", ALL)
def test_each_add_button_is_where_its_list_starts(small_window, qtbot, section_id):
    editor = small_window.editor
    if section_id is SectionId.AGENDA:  # a meeting's section
        editor.section(SectionId.EVENT).ui.kind.set_value(EventKind.MEETING)
    editor.show_section(section_id)
    assert editor.current_id() is section_id
    page = editor.pages[section_id]
    tables = [t for t in tables_of(editor, section_id) if t.isVisibleTo(page)]
    if section_id not in (SectionId.PROGRAMME, SectionId.WORKSHOPS, SectionId.AGENDA):
        assert tables, "every section but the programme's forms has a list"
    for table in tables:
        add, view = table.add_button, table.view
        assert add.mapTo(table, add.rect().bottomLeft()).y() <= view.mapTo(table, QPoint()).y()
        # reachable at 1024×600: scrolled to, the whole button is in the page's viewport
        page.ensureWidgetVisible(add)
        qtbot.wait(1)
        top_left = add.mapTo(page.viewport(), add.rect().topLeft())
        bottom_right = add.mapTo(page.viewport(), add.rect().bottomRight())
        viewport = page.viewport().rect()
        assert viewport.contains(top_left) and viewport.contains(bottom_right), table.model


def test_the_workshops_add_buttons_are_above_their_lists(small_window):
    editor = small_window.editor
    editor.show_section(SectionId.WORKSHOPS)
    workshops = editor.section(SectionId.WORKSHOPS)
    new_block = workshops.chooser.new_block
    table = workshops.workshops_table
    below = new_block.mapTo(workshops, new_block.rect().bottomLeft()).y()
    assert below <= table.view.mapTo(workshops, QPoint()).y()


def test_empty_lists_say_what_goes_there_and_which_button_adds_it(window_factory, qtbot):
    window = window_factory()
    window.open_report(window.library.save(Report()))
    editor = window.editor
    seen = 0
    for section_id in editor.order:
        editor.show_section(section_id)
        for table in tables_of(editor, section_id):
            if table.model.rowCount() or not table.isVisibleTo(editor):
                continue
            hint = table.empty_hint
            assert hint.isVisible(), table.model
            assert "«" in hint.text() and "»" in hint.text()  # the button it names
            seen += 1
    assert seen >= 10
    editor.show_section(SectionId.PROGRAMME)
    programme = editor.section(SectionId.PROGRAMME)
    assert programme.tree_hint.isVisible() and "«يوم»" in programme.tree_hint.text()
    programme.ui.addDayButton.click()
    assert not programme.tree_hint.isVisible()


def test_the_empty_workshops_section_explains_itself(window_factory):
    window = window_factory()
    window.open_report(window.library.save(Report()))
    editor = window.editor
    editor.show_section(SectionId.WORKSHOPS)
    workshops = editor.section(SectionId.WORKSHOPS)
    chooser = workshops.chooser
    # the two choices are named, and say they have nothing yet
    assert chooser.block_label.text() and chooser.workshop_label.text()
    assert chooser.block_label.buddy() is chooser.block
    assert chooser.block.count() == 0 and chooser.block.placeholderText()
    assert chooser.workshop.placeholderText()
    table = workshops.workshops_table
    assert "«فقرة ورشات جديدة»" in table.empty_hint.text() and table.empty_hint.isVisible()
    chooser.new_block.click()
    assert "«إضافة»" in table.empty_hint.text()
    assert not table.empty_hint.isVisible()  # the new block's first workshop is listed
    panel = workshops.panel_table
    assert panel.empty_hint.isVisible() and "«إضافة»" in panel.empty_hint.text()
    panel.add_button.click()
    assert not panel.empty_hint.isVisible()
    editor.show_section(SectionId.RECOMMENDATIONS)
    recommendations = editor.section(SectionId.RECOMMENDATIONS).table
    assert recommendations.empty_hint.isVisible()


def dark_columns(spin: QSpinBox) -> list[int]:
    """The x of the text's pixels in the spin box's line (dark on a light field)."""
    line = spin.lineEdit()
    image = line.grab().toImage()
    return [
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 110
    ]


def test_counts_stand_on_the_right_in_the_right_to_left_form(demo_window):
    editor = demo_window.editor
    spins = [s for section in editor.sections.values() for s in section.findChildren(QSpinBox)]
    assert len(spins) >= 3
    for spin in spins:
        assert spin.alignment() & Qt.AlignmentFlag.AlignRight
        assert spin.alignment() & Qt.AlignmentFlag.AlignAbsolute  # digits and words alike
    spin = editor.section(SectionId.EVENT).ui.participants
    for value in (12, -1):  # a number, and «غير محدد»
        spin.setValue(value)
        xs = dark_columns(spin)
        # nearer the right edge than the left
        assert xs and spin.lineEdit().width() - max(xs) < min(xs), value


def bad_tooltips(window) -> list[str]:
    """The buttons whose tooltip is empty or repeats their label."""
    bad = []
    for button in window.findChildren(QPushButton) + window.findChildren(QToolButton):
        text = button.text().replace("&", "").strip()
        if button.window() is not window:
            continue  # a message box's buttons say what they do
        if button.objectName().startswith("qt_") or not text:
            continue  # Qt's own (a toolbar's extension arrow), or a button without a label
        tip = button.toolTip().strip()
        if not tip or tip == text or tip.rstrip("…") == text.rstrip("…"):
            bad.append(text)
    return bad


def test_tooltips_say_what_a_button_does(demo_window):
    for section_id in demo_window.editor.order:  # every section built and shown once
        demo_window.editor.show_section(section_id)
    assert bad_tooltips(demo_window) == []
    demo_window.show_library()
    assert bad_tooltips(demo_window) == []


@pytest.mark.parametrize("section_id", ALL)
def test_no_section_is_wider_than_a_1024_screen(small_window, qtbot, section_id):
    # the workshops chooser sized itself to the demo's long programme titles: the section
    # needed a horizontal scroll bar, and its hint under the lists was cut
    editor = small_window.editor
    if section_id is SectionId.AGENDA:
        editor.section(SectionId.EVENT).ui.kind.set_value(EventKind.MEETING)
    editor.show_section(section_id)
    page = editor.pages[section_id]
    qtbot.wait(1)
    assert not page.horizontalScrollBar().isVisible(), section_id
