"""The whole demo report typed into the editor's own fields gives the same DOCX as the demo data."""

from __future__ import annotations

import docx
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from openreport.demo import demo_profile, demo_report
from openreport.model import Person, ReportStatus
from openreport.render.docx.writer import export_docx
from openreport.serialization import to_dict
from openreport.ui.editor.base import SectionId
from openreport.ui.editor.points import points_to_text
from openreport.ui.honorifics import honorific_text
from openreport.ui.widgets import PersonFields

CHECKED = Qt.CheckState.Checked


def set_date(widget, value) -> None:
    widget.setDate(QDate(value) if value else QDate(1900, 1, 1))


def set_time(widget, value) -> None:
    """Typed as a clerk would, 0930 for 09:30, or cleared."""
    widget.clear()
    if value:
        QTest.keyClicks(widget, f"{value.hour:02d}{value.minute:02d}")


def set_count(widget, value) -> None:
    widget.setValue(-1 if value is None else value)


def set_person(fields: PersonFields, person: Person | None) -> None:
    person = person or Person()
    fields.name.setText(person.name)
    fields.gender.set_value(person.gender)
    fields.honorific.set_honorific(person.honorific)
    fields.title.setText(person.title)
    fields.organisation.setText(person.organisation)


def add_row(table, first_value, *others) -> int:
    """Click «إضافة», type the first column in the editor that opens, set the others."""
    table.add_button.click()
    row = table.model.rowCount() - 1
    editors = [w for w in table.view.viewport().findChildren(QWidget) if isinstance(w, QLineEdit)]
    assert editors, "adding a row opens an editor on its first cell"
    editor = editors[-1]
    editor.setText(first_value)
    table.view.commitData(editor)
    table.view.closeEditor(editor, table.view.itemDelegate().EndEditHint.NoHint)
    for column, value in enumerate(others, start=1):
        if isinstance(value, Qt.CheckState):  # what a click on a check box sets
            assert table.model.setData(
                table.model.index(row, column), value, Qt.ItemDataRole.CheckStateRole
            )
        elif value is not None:
            assert table.model.setData(table.model.index(row, column), value)
    return row


def add_person_row(table, person: Person, *extra) -> int:
    group = CHECKED if person.group else None
    honorific = honorific_text(person.honorific)
    return add_row(
        table,
        person.name,
        person.gender,
        honorific,
        person.title,
        person.organisation,
        group,
        *extra,
    )


def enter_event(editor, demo) -> None:
    section = editor.section(SectionId.EVENT)
    editor.show_section(SectionId.EVENT)
    ui = section.ui
    ui.title.setText(demo.title)
    ui.communeRole.set_value(demo.commune_role)
    ui.kind.set_value(demo.event.kind)
    ui.name.setText(demo.event.name)
    ui.slogan.setText(demo.event.slogan)
    ui.city.setText(demo.event.city)
    ui.country.setText(demo.event.country)
    ui.venue.setText(demo.event.venue)
    set_date(ui.startDate, demo.event.start_date)
    set_date(ui.endDate, demo.event.end_date)
    set_count(ui.participants, demo.event.participants_count)
    ui.context.setPlainText(demo.event.context)
    ui.overview.setPlainText(demo.event.overview)
    for organisation in demo.event.organisations:
        add_row(section.organisations_table, organisation.name, organisation.role)
    for theme in demo.event.themes:
        add_row(section.themes_table, theme)


def enter_delegation(editor, demo) -> None:
    delegation = editor.section(SectionId.DELEGATION)
    editor.show_section(SectionId.DELEGATION)
    set_person(delegation.mandator, demo.delegation.mandated_by)
    set_person(delegation.leader, demo.delegation.leader)
    delegation.deputy.setChecked(demo.delegation.leader_is_deputy)
    delegation.team.setText(demo.delegation.team)
    delegation.purpose.setPlainText(demo.delegation.purpose)
    for member in demo.delegation.members:
        add_person_row(delegation.members_table, member.person, member.mission_role or None)


def enter_programme(editor, demo) -> None:
    programme = editor.section(SectionId.PROGRAMME)
    editor.show_section(SectionId.PROGRAMME)
    for d, day in enumerate(demo.days):
        programme.tree.setCurrentItem(None)
        programme.add_day_button.click()
        set_date(programme.day_date, day.date)
        set_time(programme.day_end, day.end_time)
        programme.day_note.setPlainText(day.closing_note)
        # a new day comes with one empty session: fill it, then add the others
        for s, session in enumerate(day.sessions):
            if s == 0:
                programme.rebuild(select=(d, 0))
            else:
                programme.rebuild(select=(d,))
                programme.add_session_button.click()
            programme.session_period.set_value(session.period)
            set_time(programme.session_start, session.start_time)
            set_time(programme.session_end, session.end_time)
            programme.session_venue.setText(session.venue)
            set_count(programme.session_participants, session.participants_count)
            programme.session_intro.setPlainText(session.intro)
            for i, item in enumerate(session.items):
                programme.rebuild(select=(d, s, i - 1) if i else (d, s))
                programme.add_item_button.click()
                assert programme.path() == (d, s, i)
                enter_item(programme, item)


def enter_item(programme, item) -> None:
    programme.item_kind.set_value(item.kind)
    programme.item_title.setText(item.title)
    set_time(programme.item_time, item.time)
    programme.item_status.set_value(item.status)
    programme.item_remark.setText(item.remark)
    programme.item_summary.setPlainText(item.summary)
    programme.item_points.setPlainText(points_to_text(item.points))
    programme.item_conclusion.setPlainText(item.conclusion)
    for speaker in item.speakers:
        add_person_row(programme.speakers_table, speaker)
    for recipient in item.recipients:
        add_row(programme.recipients_table, recipient)


def workshop_blocks(demo) -> list:
    return [item for day in demo.days for s in day.sessions for item in s.items if item.workshops]


def enter_workshops(editor, demo) -> None:
    workshops = editor.section(SectionId.WORKSHOPS)
    editor.show_section(SectionId.WORKSHOPS)
    for b, block in enumerate(workshop_blocks(demo)):
        workshops.chooser.block.setCurrentIndex(b)
        for workshop in block.workshops:
            add_row(
                workshops.workshops_table, workshop.title, CHECKED if workshop.attended else None
            )
        for w, workshop in enumerate(block.workshops):
            workshops.chooser.workshop.setCurrentIndex(w)
            assert workshops.current is not None
            set_count(workshops.participants, workshop.participants_count)
            workshops.summary.setPlainText(workshop.summary)
            for member in workshop.panel:
                add_person_row(workshops.panel_table, member.person, member.role)
            for n, intervention in enumerate(workshop.interventions):
                add_person_row(
                    workshops.interventions_table, intervention.speaker, intervention.title or None
                )
                workshops.interventions_table.select_row(n)
                workshops.intervention_summary.setPlainText(intervention.summary)
                workshops.intervention_points.setPlainText(points_to_text(intervention.points))
                workshops.intervention_conclusion.setPlainText(intervention.conclusion)
            workshops.discussion.setPlainText(workshop.discussion)


def enter_recommendations(editor, demo) -> None:
    recommendations = editor.section(SectionId.RECOMMENDATIONS)
    editor.show_section(SectionId.RECOMMENDATIONS)
    for b, block in enumerate(workshop_blocks(demo)):
        recommendations.chooser.block.setCurrentIndex(b)
        for w, workshop in enumerate(block.workshops):
            recommendations.chooser.workshop.setCurrentIndex(w)
            for recommendation in workshop.recommendations:
                add_row(
                    recommendations.table,
                    recommendation.text,
                    CHECKED if recommendation.by_commune else None,
                    recommendation.responsible or None,
                )


def enter_closing(editor, demo) -> None:
    closing = editor.section(SectionId.CLOSING)
    editor.show_section(SectionId.CLOSING)
    for line in demo.closing.items:
        add_row(closing.items_table, line)
    for line in demo.closing.remarks:
        add_row(closing.remarks_table, line)
    closing.conclusion.setPlainText(demo.closing.conclusion)
    signature = demo.closing.signature
    set_person(closing.signer, signature.signer)
    closing.function.setText(signature.function)
    closing.place.setText(signature.place)
    set_date(closing.date, signature.date)
    closing.report_place.setText(demo.report_place)
    set_date(closing.report_date, demo.report_date)


def enter(window, demo) -> None:
    """Type ``demo`` into the editor section by section, then mark it final."""
    editor = window.editor
    for step in (
        enter_event,
        enter_delegation,
        enter_programme,
        enter_workshops,
        enter_recommendations,
        enter_closing,
    ):
        step(editor, demo)
    review = editor.review
    editor.show_section(SectionId.REVIEW)
    assert review.final_button.isEnabled(), [
        review.problems.item(i).text() for i in range(review.problems.count())
    ]
    review.final_button.click()


def first_difference(a, b, path="days"):
    """Where two JSON forms first differ, to make a failure readable."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in b:
            found = first_difference(a.get(key), b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items instead of {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r} instead of {b!r}"


def paragraphs(path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    ]


def test_the_whole_demo_report_entered_through_the_editor(window_factory, tmp_path):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    window.new_action.trigger()
    demo = demo_report()
    enter(window, demo)
    assert window.autosaver.wait()
    report_id = window.editor.report.id
    typed = window.library.load(report_id)
    assert typed.status is ReportStatus.FINAL
    # A recommendation typed anew gets an id of its own; everything else is what was typed.
    typed_ids = [r.id for r in typed.recommendations()]
    assert len(set(typed_ids)) == len(typed_ids) == len(demo.recommendations())
    for typed_one, demo_one in zip(typed.recommendations(), demo.recommendations(), strict=True):
        typed_one.id = demo_one.id
    assert first_difference(to_dict(typed.days), to_dict(demo.days)) is None
    assert typed.days == demo.days
    assert typed.event == demo.event
    assert typed.delegation == demo.delegation
    assert typed.closing == demo.closing
    profile = demo_profile()
    from_data = export_docx(demo, profile, tmp_path / "from-data.docx")
    from_editor = export_docx(typed, profile, tmp_path / "from-editor.docx")
    assert paragraphs(from_editor) == paragraphs(from_data)
