"""Every field of format 2 typed into the editor is saved as typed (the autosave path) and read
back from the library; the profile dialog names the writer body."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from openreport.demo import demo_profile, demo_report
from openreport.model import (
    BodyKind,
    EventKind,
    Gender,
    ItemKind,
    OrganisationRole,
    RecommendationStatus,
    ReportStatus,
)
from openreport.ui.editor.base import SectionId

CHECKED = Qt.CheckState.Checked


def column(model, header: str) -> int:
    return [c.header for c in model.columns].index(header)


def add(model, **cells) -> int:
    """A new row of ``model``, its cells set by header as the table's editors would."""
    row = model.add()
    for header, value in cells.items():
        index = model.index(row, column(model, header.replace("_", " ")))
        if value is CHECKED:
            assert model.setData(index, value, Qt.ItemDataRole.CheckStateRole)
        else:
            assert model.setData(index, value)
    return row


def person(**extra) -> dict:
    return {"الاسم": "ليلى الإدريسي", "الجنس": Gender.FEMALE, **extra}


def test_every_new_field_is_saved_as_typed(window_factory):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    report = demo_report()
    report.status = ReportStatus.DRAFT
    report.event.kind = EventKind.TRAINING
    window.open_report(window.library.save(report))
    editor = window.editor
    type_event(editor)
    type_the_rest(editor)
    assert window.autosaver.wait()
    saved = window.library.load(editor.report.id)
    saved.modified = editor.report.modified  # the clock's second may have turned since
    assert saved == editor.report
    check_event(saved)
    check_the_rest(saved, report)


def type_event(editor) -> None:
    event = editor.section(SectionId.EVENT)
    more = event.more
    more.rural.setChecked(True)
    more.weekdays.setChecked(True)
    QTest.keyClicks(more.start_time, "17:30")
    QTest.keyClicks(more.end_time, "1945")
    more.hijri.setChecked(True)
    more.hijri_adjust.setCurrentIndex(more.hijri_adjust.findData(1))
    more.month_style.setCurrentIndex(more.month_style.findData("ar"))
    more.target_audience.setText("أطر الجماعات الترابية")
    add(more.expected_results, النتيجة_المنتظرة="إتقان أدوات التخطيط")
    add(more.trainers, **person(اللقب="الدكتورة", الصفة="خبيرة", مجموعة=CHECKED))
    organisations = event.organisations
    add(organisations, الجهة="وزير الداخلية", الدور=OrganisationRole.PATRON, شخص=CHECKED)
    row = organisations.rowCount() - 1
    assert organisations.setData(organisations.index(row, column(organisations, "اللقب")), "معالي")


def type_the_rest(editor) -> None:
    editor.show_section(SectionId.DELEGATION)
    delegation = editor.section(SectionId.DELEGATION)
    delegation.leader.honorific.setEditText("بدون")
    add(delegation.members, **person(اللقب="الحاجة"))
    add(delegation.attendance, الاسم="ممثلو وزارة الداخلية", مجموعة=CHECKED)

    editor.show_section(SectionId.PROGRAMME)
    programme = editor.section(SectionId.PROGRAMME)
    programme.rebuild(select=(0, 0))
    programme.session_title.setText("الجلسة الافتتاحية")
    add(programme.attendees, **person(اللقب="تلقائي"))
    programme.rebuild(select=(0, 0, 0))
    programme.item_kind.set_value(ItemKind.VISIT)
    programme.item_place.setText("محطة معالجة المياه")
    programme.item_host.setText("المكتب الوطني للكهرباء والماء")

    editor.show_section(SectionId.RECOMMENDATIONS)
    recommendations = editor.section(SectionId.RECOMMENDATIONS)
    first = recommendations.recommendations
    assert first.setData(first.index(0, column(first, "الحالة")), RecommendationStatus.ADOPTED)

    editor.show_section(SectionId.CLOSING)
    closing = editor.section(SectionId.CLOSING)
    add(closing.next_steps, الخطوة="إعداد خطة", الحالة=RecommendationStatus.IN_PROGRESS)
    editor.show_section(SectionId.EVENT)


def check_event(saved) -> None:
    event_ = saved.event
    assert event_.rural and event_.weekdays and event_.hijri
    assert (event_.start_time, event_.end_time) == (dt.time(17, 30), dt.time(19, 45))
    assert event_.hijri_adjust == 1 and event_.month_style == "ar"
    assert event_.target_audience == "أطر الجماعات الترابية"
    assert event_.expected_results == ["إتقان أدوات التخطيط"]
    trainer = event_.trainers[0]
    assert (trainer.name, trainer.gender, trainer.honorific, trainer.title, trainer.group) == (
        "ليلى الإدريسي",
        Gender.FEMALE,
        "الدكتورة",
        "خبيرة",
        True,
    )
    patron = event_.organisations[-1]
    assert (patron.name, patron.role, patron.person, patron.honorific) == (
        "وزير الداخلية",
        OrganisationRole.PATRON,
        True,
        "معالي",
    )


def check_the_rest(saved, report) -> None:
    assert saved.delegation.leader.honorific == ""
    assert saved.delegation.leader.name == report.delegation.leader.name
    assert saved.delegation.members[-1].person.honorific == "الحاجة"
    assert saved.attendance[-1].group and saved.attendance[-1].name == "ممثلو وزارة الداخلية"
    session = saved.days[0].sessions[0]
    assert session.title == "الجلسة الافتتاحية"
    assert session.attendees[-1].honorific is None  # «تلقائي»: by gender
    item = session.items[0]
    assert (item.kind, item.place, item.host) == (
        ItemKind.VISIT,
        "محطة معالجة المياه",
        "المكتب الوطني للكهرباء والماء",
    )
    workshop = next(w for w in saved.workshops() if w.attended and w.recommendations)
    assert workshop.recommendations[0].status is RecommendationStatus.ADOPTED
    step = saved.closing.next_steps[-1]
    assert (step.text, step.status) == ("إعداد خطة", RecommendationStatus.IN_PROGRESS)


def test_a_person_fields_honorific_and_group_survive_an_edit(qtbot):
    from openreport.model import Person
    from openreport.ui.widgets import PersonFields

    fields = PersonFields()
    qtbot.addWidget(fields)
    fields.load(Person("رؤساء الجماعات", group=True, honorific="السادة"))
    assert fields.honorific.currentText() == "السادة"
    fields.title.setText("أعضاء الشبكة")
    edited = fields.person()
    assert (edited.group, edited.honorific, edited.title) == (True, "السادة", "أعضاء الشبكة")
    fields.honorific.setEditText("تلقائي")
    assert fields.person().honorific is None
    fields.honorific.setEditText("بدون")
    assert fields.person().honorific == ""


def test_the_profile_dialog_names_the_writer_body(app, qtbot):
    from openreport.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(demo_profile())
    qtbot.addWidget(dialog)
    assert dialog.body.value() is BodyKind.COMMUNE
    assert dialog.ui.communeLabel.text() == "اسم الجماعة:"
    dialog.body.set_value(BodyKind.ASSOCIATION_OF_COMMUNES)
    assert dialog.ui.communeLabel.text() == "الاسم الكامل للهيئة:"
    dialog.commune.setText("جمعية رؤساء جماعات الشمال")
    profile = dialog.result_profile()
    assert profile.body is BodyKind.ASSOCIATION_OF_COMMUNES
    assert profile.commune_name == "جمعية رؤساء جماعات الشمال"


def test_the_event_section_with_its_new_fields_fits_a_small_screen(app, qtbot):
    """At 1024 pixels, the list of sections (220) and the margins leave the form 740 pixels:
    the new fields must not make it scroll sideways (a check on the dates row did)."""
    from types import SimpleNamespace

    from openreport.ui.editor.event import EventSection

    context = SimpleNamespace(
        people=lambda prefix: [], organisation_names=lambda: [], profile=demo_profile()
    )
    section = EventSection(context)
    qtbot.addWidget(section)
    assert section.minimumSizeHint().width() <= 740


def test_a_people_table_with_its_new_columns_does_not_scroll_sideways(app, qtbot):
    from openreport.model import DelegationMember
    from openreport.ui.models import Column, RecordListModel, person_columns
    from openreport.ui.widgets import RecordTable

    columns = [*person_columns(lambda m: m.person), Column.attr("الدور في المهمة", "mission_role")]
    model = RecordListModel(columns, DelegationMember)
    model.set_records([DelegationMember()])
    table = RecordTable(model)
    qtbot.addWidget(table)
    table.resize(700, 300)  # what a 1024-pixel window leaves the delegation's members
    table.show()
    qtbot.waitExposed(table)
    assert table.view.horizontalScrollBar().maximum() == 0
