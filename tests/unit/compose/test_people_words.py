"""People and the writer in the Moroccan wording: honorifics never doubled, groups in the
plural in every position, and the body that writes the report (tested for each BodyKind)."""

import pytest

from openreport.compose.wording import ar_ma
from openreport.compose.wording.ar_ma.grammar import Case, group_name, role_noun, verb
from openreport.model import (
    BodyKind,
    CommuneProfile,
    CommuneRole,
    EventKind,
    Gender,
    PanelMember,
    PanelRole,
    Person,
)

M, F = Gender.MALE, Gender.FEMALE
INTERIOR = Person("ممثلو وزارة الداخلية", M, group=True)


# Honorifics -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("person", "said"),
    [
        (Person("أمال بنشقر", F), "السيدة أمال بنشقر"),
        (Person("أحمد", M), "السيد أحمد"),
        (Person("أحمد", M, honorific=""), "أحمد"),
        (Person("عبد اللطيف", M, honorific="معالي"), "معالي عبد اللطيف"),
        (Person("سعاد", F, honorific="الدكتورة"), "الدكتورة سعاد"),
        (Person("الأستاذ يوسف", M, honorific="الأستاذ"), "الأستاذ يوسف"),
        (Person("السيد محمد", M), "السيد محمد"),  # typed with the default honorific
        (Person("الدكتور محمد", M), "الدكتور محمد"),  # typed with another honorific
        (Person("معالي الوزير", M, honorific="معالي"), "معالي الوزير"),
        (Person("", M, "ممثل وزارة المالية"), "السيد ممثل وزارة المالية"),  # an office
    ],
)
def test_a_person_is_named_with_one_honorific(person, said):
    assert ar_ma.person_name(person) == said


def test_a_chosen_honorific_is_said_in_every_position():
    dean = Person("نادية", F, "عميدة الكلية", honorific="الدكتورة")
    assert ar_ma.speech_lead([dean], "") == "كلمة الدكتورة نادية، عميدة الكلية:"
    assert ar_ma.mandated_by(dean) == "وبتكليف من عميدة الكلية الدكتورة نادية، "
    assert ar_ma.delegation_member(dean, "") == "الدكتورة نادية، عميدة الكلية"
    assert ar_ma.panel_row(PanelMember(dean, PanelRole.SPEAKER))[1] == "الدكتورة نادية"
    said = ar_ma.intervention_said(dean, "", 0, "")
    assert said == " للدكتورة نادية، عميدة الكلية."


def test_a_typed_honorific_is_not_doubled_after_li():
    assert ar_ma.intervention_said(Person("السيد علي", M), "", 0, "") == " للسيد علي."


# Groups -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "oblique"),
    [
        ("ممثلو وزارة الداخلية", "ممثلي وزارة الداخلية"),
        ("المستشارون الجماعيون", "المستشارين الجماعيين"),
        ("ممثلو ومستشارو وزارة المالية", "ممثلي ومستشاري وزارة المالية"),
        ("المنتخبون والموظفون بالجماعة", "المنتخبين والموظفين بالجماعة"),
        ("أعضاء المجلس", "أعضاء المجلس"),  # a broken plural does not change
        ("ممثلات الوزارة", "ممثلات الوزارة"),  # nor a feminine plural
        ("ممثلو الوزارة والقانون", "ممثلي الوزارة والقانون"),
    ],
)
def test_a_group_name_in_the_oblique(name, oblique):
    assert group_name(name, Case.OBLIQUE) == oblique
    assert group_name(name, Case.NOMINATIVE) == name


def test_a_group_has_no_singular_honorific():
    assert ar_ma.person_name(INTERIOR) == "ممثلو وزارة الداخلية"
    assert ar_ma.person_name(INTERIOR, Case.OBLIQUE) == "ممثلي وزارة الداخلية"


def test_a_group_agrees_in_every_position():
    assert ar_ma.speech_lead([INTERIOR], "", followed=False) == "كلمة ممثلي وزارة الداخلية."
    assert ar_ma.presentation([INTERIOR], "") == "قدم ممثلو وزارة الداخلية، عرضا."
    assert ar_ma.item_speakers([INTERIOR]) == " (ممثلو وزارة الداخلية)"
    assert ar_ma.people_with_titles([INTERIOR], Case.OBLIQUE) == "ممثلي وزارة الداخلية"
    assert ar_ma.intervention_said(INTERIOR, "", 2, "") == (
        " لممثلي وزارة الداخلية، وقد ركزوا على نقطتين، هي:"
    )
    tasks = ar_ma.panel_tasks([PanelMember(INTERIOR, PanelRole.SPEAKER)])
    assert tasks == "أسندت مهمة التدخل إلى ممثلي وزارة الداخلية."
    assert ar_ma.panel_row(PanelMember(INTERIOR, PanelRole.SPEAKER)) == [
        "",
        "ممثلو وزارة الداخلية",
        "متدخلون",
    ]
    assert ar_ma.panel_member(PanelMember(INTERIOR, PanelRole.RAPPORTEUR)) == (
        "مقررو الورشة: ممثلو وزارة الداخلية."
    )
    opening = ar_ma.workshop_opening(0, INTERIOR, "حيث قدموا الإطار العام")
    assert opening == "افتتحها ميسروها ممثلو وزارة الداخلية، حيث قدموا الإطار العام"


def test_plural_agreement_of_verbs_and_role_nouns():
    assert verb("ركز", M, plural=True) == "ركزوا"
    assert verb("ركز", F, plural=True) == "ركزن"
    assert role_noun(PanelRole.FACILITATOR, F, plural=True) == "ميسرات"
    assert ar_ma.people_with_titles([]) == ""


def test_group_gender_and_honorific_count_a_group_row_as_several():
    from openreport.compose.wording.ar_ma.grammar import group_honorific
    from openreport.compose.wording.ar_ma.people import group_gender, plural

    women = Person("ممثلات الوزارة", F, group=True)
    assert plural([women]) and plural([INTERIOR]) and not plural([Person("علي")])
    assert group_gender([women]) is F
    assert group_honorific([women]) == "السيدات"
    assert group_honorific([INTERIOR, women]) == "السيدات والسادة"


# The writer -------------------------------------------------------------------------------

BODIES = {
    BodyKind.COMMUNE: ("شفشاون", "جماعة شفشاون", "الجماعة", F),
    BodyKind.ASSOCIATION_OF_COMMUNES: (
        "جمعية رؤساء جماعات جهة الشرق",
        "جمعية رؤساء جماعات جهة الشرق",
        "الجمعية",
        F,
    ),
    BodyKind.GROUP_OF_COMMUNES: (
        "مجموعة الجماعات الترابية الأطلس",
        "مجموعة الجماعات الترابية الأطلس",
        "المجموعة",
        F,
    ),
    BodyKind.PROVINCIAL_COUNCIL: ("مجلس إقليم شفشاون", "مجلس إقليم شفشاون", "المجلس", M),
    BodyKind.REGIONAL_COUNCIL: (
        "مجلس جهة طنجة تطوان الحسيمة",
        "مجلس جهة طنجة تطوان الحسيمة",
        "المجلس",
        M,
    ),
    BodyKind.ASSOCIATION: ("جمعية التنمية المحلية", "جمعية التنمية المحلية", "الجمعية", F),
}


@pytest.mark.parametrize("body", list(BodyKind))
def test_every_kind_of_body_is_named_as_itself(body):
    typed, name, noun, gender = BODIES[body]
    by = ar_ma.writer(CommuneProfile(typed, body=body))
    assert (by.name, by.noun, by.gender) == (name, noun, gender)
    assert ar_ma.author(by) == name
    own = f"(توصية {name})"
    assert ar_ma.commune_recommendation(by) == own
    assert ar_ma.commune_commitment(by) == f"(التزام {name})"
    chosen = ar_ma.workshops_chosen(by, [1])
    assert chosen == f"وقد {'اختارت' if gender is F else 'اختار'} {name} المشاركة في الورشة الأولى."
    title = ar_ma.report_title(by, "ملتقى الشبكة", CommuneRole.PARTICIPANT, EventKind.FORUM)
    assert title == f"تقرير {name} عن {'مشاركتها' if gender is F else 'مشاركته'} في ملتقى الشبكة"
    if body is not BodyKind.COMMUNE:
        assert "جماعة " + typed not in " ".join([title, chosen, own])


def test_a_council_is_masculine_in_the_relative_clauses():
    council = ar_ma.writer(CommuneProfile("مجلس جهة الشرق", body=BodyKind.REGIONAL_COUNCIL))
    hosted = ar_ma.report_title(council, "الندوة", CommuneRole.HOST, EventKind.SYMPOSIUM)
    assert hosted == "تقرير مجلس جهة الشرق عن الندوة التي احتضنها المجلس"
    organised = ar_ma.report_title(council, "الملتقى", CommuneRole.ORGANISER, EventKind.FORUM)
    assert organised == "تقرير مجلس جهة الشرق عن الملتقى الذي نظمه المجلس"
    association = ar_ma.writer(CommuneProfile("جمعية الشمال", body=BodyKind.ASSOCIATION))
    assert ar_ma.report_title(association, "الملتقى", CommuneRole.HOST, EventKind.FORUM) == (
        "تقرير جمعية الشمال عن الملتقى الذي احتضنته الجمعية"
    )


def test_an_unnamed_writer_is_called_by_its_noun():
    council = ar_ma.writer(CommuneProfile("", body=BodyKind.PROVINCIAL_COUNCIL))
    assert ar_ma.author(council) == ""
    assert ar_ma.commune_recommendation(council) == "(توصية مجلسنا)"
    assert ar_ma.commune_recommendation("") == "(توصية جماعتنا)"
    assert ar_ma.workshops_chosen(council, [2]) == (
        "وقد اختار وفد المجلس المشاركة في الورشة الثانية."
    )
    assert ar_ma.report_title(council, "الملتقى", CommuneRole.PARTICIPANT, EventKind.FORUM) == (
        "تقرير المجلس عن مشاركته في الملتقى"
    )


def test_a_commune_typed_with_its_word_is_not_doubled():
    assert ar_ma.writer("جماعة شفشاون").name == "جماعة شفشاون"
    assert ar_ma.writer("الجماعة الترابية لشفشاون").name == "الجماعة الترابية لشفشاون"
    assert ar_ma.writer("شفشاون").name == "جماعة شفشاون"


# In a composed report -----------------------------------------------------------------------


def _council_report():
    from openreport.model import (
        Closing,
        Delegation,
        DelegationMember,
        Event,
        ItemKind,
        ProgrammeDay,
        ProgrammeItem,
        Recommendation,
        Report,
        Session,
        Workshop,
    )

    workshops = [
        Workshop("الأولى", attended=True, participants_count=25),
        Workshop("الثانية", recommendations=[Recommendation("تعميم التجربة", by_commune=True)]),
    ]
    items = [
        ProgrammeItem(ItemKind.SPEECH, speakers=[INTERIOR]),
        ProgrammeItem(ItemKind.PRESENTATION, "عرض حول الميزانية.", speakers=[INTERIOR]),
        ProgrammeItem(ItemKind.WORKSHOPS, workshops=workshops),
    ]
    return Report(
        event=Event(kind=EventKind.FORUM, name="ملتقى الشبكة"),
        delegation=Delegation(
            mandated_by=Person("المنتخبون", M, group=True),
            members=[DelegationMember(Person("سعاد", F, "مستشارة", honorific="الأستاذة"))],
            purpose="تهدف هذه المهمة إلى تبادل الخبرات",
        ),
        attendance=[INTERIOR],
        days=[ProgrammeDay(sessions=[Session(items=items)])],
        closing=Closing(next_steps=[Recommendation("نشر التقرير", by_commune=True)]),
    )


def test_a_council_writes_its_report_without_calling_itself_a_commune():
    from openreport.compose import compose

    profile = CommuneProfile("مجلس جهة الشرق", body=BodyKind.REGIONAL_COUNCIL)
    document = compose(_council_report(), profile)
    text = "\n".join(document.paragraphs_text())
    assert document.author == "مجلس جهة الشرق"
    assert "تقرير مجلس جهة الشرق عن مشاركته في ملتقى\u00a0الشبكة" in text  # no lone last word
    assert "وقد اختار مجلس جهة الشرق المشاركة في الورشة الأولى." in text
    assert "(توصية مجلس جهة الشرق)" in text and "(التزام مجلس جهة الشرق)" in text
    assert "جماعة" not in text
    assert "وبتكليف من المنتخبين، شارك في هذه المهمة:" in text
    assert "الأستاذة سعاد، مستشارة" in text
    assert "\nتهدف هذه المهمة إلى تبادل الخبرات.\n" in text
    assert "كلمة ممثلي وزارة الداخلية.\n" in text
    assert "قدم ممثلو وزارة الداخلية، عرضا حول الميزانية." in text
    assert "حضر الورشة 25 مشاركا ومشاركة." in text
    assert "\nممثلو وزارة الداخلية\n" in text  # the attendance list


def test_a_commune_keeps_todays_wording():
    from openreport.compose import compose

    document = compose(_council_report(), CommuneProfile("شفشاون"))
    text = "\n".join(document.paragraphs_text())
    assert document.author == "جماعة شفشاون"
    assert "تقرير جماعة شفشاون عن مشاركتها في ملتقى\u00a0الشبكة" in text  # no lone last word
    assert "وقد اختارت جماعة شفشاون المشاركة في الورشة الأولى." in text
    assert "(توصية جماعة شفشاون)" in text


def test_an_organisation_that_is_a_person_has_an_honorific():
    from openreport.model import Organisation

    assert ar_ma.organisation_name(Organisation("وزارة الداخلية")) == "وزارة الداخلية"
    governor = Organisation("عامل إقليم بركان", person=True)
    assert ar_ma.organisation_name(governor) == "السيد عامل إقليم بركان"
    minister = Organisation("معالي الوزير", person=True, honorific="معالي")
    assert ar_ma.organisation_name(minister) == "معالي الوزير"
