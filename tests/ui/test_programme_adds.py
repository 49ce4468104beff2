"""The programme's add buttons sit where the list starts, and add what the kind expects."""

from openreport.model import EventKind, ItemKind, SessionPeriod
from openreport.ui.editor.base import SectionId


def test_the_add_buttons_are_above_the_tree(demo_window, qtbot):
    demo_window.editor.show_section(SectionId.PROGRAMME)
    programme = demo_window.editor.section(SectionId.PROGRAMME)
    ui = programme.ui
    qtbot.waitUntil(lambda: ui.tree.isVisible() and ui.tree.height() > 50)
    tree_top = ui.tree.mapTo(programme, ui.tree.rect().topLeft()).y()
    for button in (ui.addDayButton, ui.addSessionButton, ui.addItemButton):
        assert button.mapTo(programme, button.rect().bottomLeft()).y() <= tree_top


def test_a_mission_adds_whole_days_of_visits(demo_window):
    editor = demo_window.editor
    editor.section(SectionId.EVENT).ui.kind.set_value(EventKind.STUDY_VISIT)
    editor.show_section(SectionId.PROGRAMME)
    programme = editor.section(SectionId.PROGRAMME)
    report = editor.report
    days = len(report.days)
    programme.ui.addDayButton.click()
    day = report.days[days]
    assert [s.period for s in day.sessions] == [SessionPeriod.WHOLE_DAY]
    programme.ui.addItemButton.click()
    assert [item.kind for item in day.sessions[0].items] == [ItemKind.VISIT]


def test_a_forum_adds_a_morning_and_a_speech(demo_window):
    editor = demo_window.editor
    editor.show_section(SectionId.PROGRAMME)
    programme = editor.section(SectionId.PROGRAMME)
    report = editor.report
    days = len(report.days)
    programme.ui.addDayButton.click()
    programme.ui.addItemButton.click()
    (session,) = report.days[days].sessions
    assert session.period is SessionPeriod.MORNING
    assert [item.kind for item in session.items] == [ItemKind.SPEECH]
