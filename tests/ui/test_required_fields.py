"""Required fields are marked where they are; leaving a section shows what it misses under
the field, without blocking; a problem in review opens its field."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from openreport.ui.editor.base import SectionId


def marked(label, field) -> bool:
    return (
        "*" in label.text()
        and "مطلوب" in label.toolTip()
        and "مطلوب" in field.toolTip()
        and "مطلوب" in field.accessibleName()
    )


def test_the_fields_review_requires_are_marked(demo_window):
    editor = demo_window.editor
    event = editor.section(SectionId.EVENT).ui
    assert marked(event.titleLabel, event.title)
    assert marked(event.nameLabel, event.name)
    assert marked(event.datesLabel, event.startDate)
    assert not marked(event.sloganLabel, event.slogan)  # a field nothing requires
    closing = editor.section(SectionId.CLOSING)
    assert marked(closing.ui.signerLabel, closing.signer.name)
    programme = editor.section(SectionId.PROGRAMME)
    assert marked(programme.ui.dayDateLabel, programme.day_date)


def test_leaving_a_section_shows_what_it_misses_under_the_field(demo_window):
    editor = demo_window.editor
    report = editor.report
    event = editor.section(SectionId.EVENT)
    editor.show_section(SectionId.EVENT)
    city = report.event.city
    event.ui.name.setText("")
    assert event.notes.message(event.ui.name) == ""  # not while the user is still there
    editor.step(1)  # to the delegation: not refused
    assert editor.current_id() is SectionId.DELEGATION
    assert event.notes.message(event.ui.name) == "اسم الفعالية مطلوب."
    assert event.ui.name.property("problem") is True
    assert event.ui.name.accessibleDescription() == "اسم الفعالية مطلوب."
    assert not editor.item(SectionId.EVENT).icon().isNull()  # the section is marked in the list
    assert report.event.name == "" and report.event.city == city  # nothing lost
    editor.step(-1)
    assert event.notes.message(event.ui.name)  # still said when the user comes back
    event.ui.name.setText("ملتقى")
    assert event.notes.message(event.ui.name) == ""  # put right: the message goes
    assert event.ui.name.property("problem") is False
    assert "مطلوب" in event.ui.name.toolTip()  # the field says again it is required
    assert editor.item(SectionId.EVENT).icon().isNull()


def test_a_day_without_its_date_is_shown_when_the_programme_is_left(demo_window):
    editor = demo_window.editor
    editor.show_section(SectionId.PROGRAMME)
    programme = editor.section(SectionId.PROGRAMME)
    programme.rebuild(select=(0,))
    programme.day_date.set_value(None)
    assert editor.report.days[0].date is None
    editor.step(1)
    assert "تاريخ اليوم 1" in programme.notes.message(programme.tree)
    first, second = programme.tree.topLevelItem(0), programme.tree.topLevelItem(1)
    assert "تاريخ اليوم 1" in first.toolTip(0) and not first.icon(0).isNull()
    assert second.toolTip(0) == "" and second.icon(0).isNull()  # only the day that misses it
    editor.step(-1)
    programme.rebuild(select=(0,))  # the marks stay on a tree drawn again
    assert not programme.tree.topLevelItem(0).icon(0).isNull()


def test_a_new_report_shows_no_problem_before_a_section_is_left(window_factory):
    from openreport.model import Report

    window = window_factory()
    window.open_report(window.library.save(Report()))
    event = window.editor.section(SectionId.EVENT)
    assert event.notes.shown() == []


def problem_item(review, path: str):
    problems = review.problems
    for row in range(problems.count()):
        if problems.item(row).data(Qt.ItemDataRole.UserRole) == path:
            return problems.item(row)
    raise AssertionError(f"no problem at {path}")


def focused_in(field) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and (widget is field or field.isAncestorOf(widget))


def in_view(editor, section_id, field) -> bool:
    """Whether the field's height is within the page's viewport (scrolled to it)."""
    page = editor.pages[section_id]
    top = field.mapTo(page.viewport(), QPoint()).y()
    return 0 <= top and top + field.height() <= page.viewport().height()


def test_a_double_click_on_a_problem_opens_its_field(demo_window, qtbot):
    demo_window.showNormal()
    demo_window.resize(1024, 600)
    editor = demo_window.editor
    closing = editor.section(SectionId.CLOSING)
    editor.show_section(SectionId.CLOSING)
    closing.signer.name.setText("")
    closing.function.setText("")
    editor.show_section(SectionId.REVIEW)
    review = editor.review
    item = problem_item(review, "closing.signature")
    page = editor.pages[SectionId.CLOSING]
    page.verticalScrollBar().setValue(0)
    review.problems.scrollToItem(item)
    where = review.problems.visualItemRect(item).center()
    viewport = review.problems.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=where)  # the first click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=where)
    assert editor.current_id() is SectionId.CLOSING
    assert focused_in(closing.signer.name)
    assert page.verticalScrollBar().value() > 0  # the signature is further down the page
    assert in_view(editor, SectionId.CLOSING, closing.signer.name)


def test_enter_on_a_problem_opens_its_field(demo_window, qtbot):
    editor = demo_window.editor
    editor.show_section(SectionId.PROGRAMME)
    programme = editor.section(SectionId.PROGRAMME)
    programme.rebuild(select=(1,))
    programme.day_date.set_value(None)
    programme.rebuild(select=(0,))
    editor.show_section(SectionId.REVIEW)
    review = editor.review
    review.problems.setCurrentItem(problem_item(review, "days[1].date"))
    review.problems.setFocus()
    qtbot.keyClick(review.problems, Qt.Key.Key_Return)
    assert editor.current_id() is SectionId.PROGRAMME
    assert programme.path() == (1,)  # the day chosen in the tree
    assert focused_in(programme.day_date)
    assert in_view(editor, SectionId.PROGRAMME, programme.day_date)


def test_an_untitled_workshop_opens_in_the_workshops_section(demo_window, qtbot):
    editor = demo_window.editor
    editor.show_section(SectionId.WORKSHOPS)
    workshops = editor.section(SectionId.WORKSHOPS)
    chooser = workshops.chooser
    block = chooser.blocks[-1]
    block.workshops[-1].title = ""
    editor.show_section(SectionId.REVIEW)
    review = editor.review
    path = next(
        review.problems.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(review.problems.count())
        if ".workshops[" in review.problems.item(r).data(Qt.ItemDataRole.UserRole)
    )
    review.problems.setCurrentItem(problem_item(review, path))
    review.problems.setFocus()
    qtbot.keyClick(review.problems, Qt.Key.Key_Return)
    assert editor.current_id() is SectionId.WORKSHOPS
    assert chooser.current_block() is block
    assert workshops.workshops_table.current_row() == len(block.workshops) - 1
    assert focused_in(workshops.workshops_table.view)


def test_an_agenda_point_left_untold_opens_its_text(demo_window):
    from openreport.model import AgendaPoint, EventKind

    editor = demo_window.editor
    editor.section(SectionId.EVENT).ui.kind.set_value(EventKind.MEETING)
    editor.report.agenda[:] = [
        AgendaPoint("المصادقة على المحضر", "تمت المصادقة."),
        AgendaPoint("الميزانية"),
    ]
    editor.section(SectionId.AGENDA).load(editor.report)
    editor.show_section(SectionId.REVIEW)
    review = editor.review
    review.problems.setCurrentItem(problem_item(review, "agenda[1].text"))
    review.problems.itemActivated.emit(review.problems.currentItem())
    agenda = editor.section(SectionId.AGENDA)
    assert editor.current_id() is SectionId.AGENDA
    assert agenda.table.current_row() == 1 and focused_in(agenda.text)
    editor.step(1)  # left without telling the point: said under the list, marked in the list
    assert "النقطة الثانية" in agenda.notes.message(agenda.table.view)
    assert not editor.item(SectionId.AGENDA).icon().isNull()
