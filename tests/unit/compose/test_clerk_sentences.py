"""Sentences a careful clerk would not correct (issue 9, §4), in the functions about people,
speeches, presentations, awards, panels, workshops and the delegation."""

import datetime as dt

import pytest

from openreport.compose.wording import ar_ma
from openreport.model import BodyKind, CommuneProfile, CommuneRole, EventKind, Gender, Person

M, F = Gender.MALE, Gender.FEMALE


@pytest.mark.parametrize(
    ("kind", "label", "name", "said"),
    [
        (
            EventKind.TRAINING,
            "",
            "الدورة التكوينية حول الميزانية",
            "الدورة التكوينية حول الميزانية",
        ),
        (EventKind.TRAINING, "", "دورة تكوينية حول الميزانية", "دورة تكوينية حول الميزانية"),
        (EventKind.TRAINING, "", "حول الميزانية", "الدورة التكوينية حول الميزانية"),
        (EventKind.TRAINING, "", "دورة حول الميزانية", "دورة حول الميزانية"),
        (EventKind.FORUM, "", "ملتقى الشبكة", "ملتقى الشبكة"),
        (EventKind.FORUM, "", "الشبكة المغربية", "ملتقى الشبكة المغربية"),
        (EventKind.SYMPOSIUM, "", "الندوة الوطنية", "الندوة الوطنية"),
        (EventKind.OTHER, "لقاء تواصلي", "حول الحكامة", "اللقاء التواصلي حول الحكامة"),
        (EventKind.OTHER, "لقاء تواصلي", "لقاء الشركاء", "لقاء الشركاء"),
        (EventKind.MEETING, "", "", "اجتماع"),
    ],
)
def test_the_title_says_the_kind_once(kind, label, name, said):
    assert ar_ma.event_named(kind, label, name) == said


def test_the_suggested_title_never_repeats_the_kind():
    from openreport.compose import suggested_title
    from openreport.model import Event, Report

    report = Report(
        event=Event(kind=EventKind.TRAINING, name="الدورة التكوينية حول الميزانية التشاركية"),
        commune_role=CommuneRole.HOST,
    )
    title = suggested_title(report, CommuneProfile("شفشاون"))
    assert title == (
        "تقرير جماعة شفشاون عن الدورة التكوينية حول الميزانية التشاركية التي احتضنتها الجماعة"
    )
    council = CommuneProfile("مجلس جهة الشرق", body=BodyKind.REGIONAL_COUNCIL)
    report.commune_role = CommuneRole.PARTICIPANT
    assert suggested_title(report, council) == (
        "تقرير مجلس جهة الشرق عن مشاركته في الدورة التكوينية حول الميزانية التشاركية"
    )


def test_a_speech_with_nothing_noted_is_a_sentence():
    ali = [Person("علي", M)]
    assert ar_ma.speech_lead(ali, "", followed=False) == "كلمة السيد علي."
    assert ar_ma.speech_lead(ali, "الترحيب.") == "كلمة السيد علي، تحت عنوان «الترحيب»:"
    assert ar_ma.speech_lead([], "كلمة السيد الرئيس", followed=False) == "كلمة السيد الرئيس."
    assert ar_ma.speech_lead([], "الترحيب") == "كلمة، تحت عنوان «الترحيب»:"


def test_a_typed_full_stop_is_not_kept_before_the_closing_marks():
    assert ar_ma.item_heading("زيارة المعرض.", followed=True) == "زيارة المعرض:"
    assert ar_ma.presentation([], "حصيلة البرنامج.") == "تم تقديم عرض حول «حصيلة البرنامج»."
    assert ar_ma.round_table([], "الحكامة.") == "نظمت مائدة مستديرة حول «الحكامة»."
    assert ar_ma.single_workshop("", "التشبيك.", 0) == "ورشة بعنوان «التشبيك»."
    assert ar_ma.intervention_said(Person("علي", M), "الإطار.", 0, "") == (
        " للسيد علي، تحت عنوان «الإطار»."
    )
    assert ar_ma.awarded_to("تم توزيع الجوائز.", []) == "تم توزيع الجوائز."


def test_typed_text_that_says_the_added_word_is_not_doubled():
    fatiha = [Person("فتيحة", F)]
    assert ar_ma.presentation(fatiha, "عرض حول حصيلة البرنامج") == (
        "قدمت السيدة فتيحة، عرضا حول حصيلة البرنامج."
    )
    assert ar_ma.presentation([], "عرض") == "تم تقديم عرض."
    assert ar_ma.round_table([], "مائدة مستديرة حول الحكامة") == ("نظمت مائدة مستديرة حول الحكامة.")
    assert ar_ma.award_given("توزيع الجوائز") == "تم توزيع الجوائز"
    assert ar_ma.award_given("جوائز التميز") == "تم توزيع جوائز التميز"
    from openreport.model import ItemKind

    assert ar_ma.item_not_held(ItemKind.VISIT, "زيارة المدينة العتيقة") == (
        "كان مقررا القيام بزيارة المدينة العتيقة، ولكن لم يتم ذلك."
    )
    assert ar_ma.item_not_held(ItemKind.VISIT, "المدينة العتيقة") == (
        "كان مقررا القيام بزيارة المدينة العتيقة، ولكن لم يتم ذلك."
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("المشاركة في الملتقى.", "وذلك للقيام بمهمة المشاركة في الملتقى."),
        ("زيارة مدينة ليون", "وذلك للقيام بمهمة زيارة مدينة ليون."),
        ("مهمة تتبع المشروع", "وذلك للقيام بمهمة تتبع المشروع."),
        ("من أجل الاطلاع على التجربة", "وذلك من أجل الاطلاع على التجربة."),
        ("للاطلاع على التجربة", "وذلك للاطلاع على التجربة."),
        ("تهدف هذه المهمة إلى تبادل الخبرات.", "تهدف هذه المهمة إلى تبادل الخبرات."),
        ("وذلك لتمثيل الجماعة", "وذلك لتمثيل الجماعة."),
    ],
)
def test_a_purpose_is_not_glued_after_the_fixed_lead(typed, said):
    assert ar_ma.mission_purpose(typed) == said


def test_a_workshop_count_alone_is_a_sentence():
    assert ar_ma.workshop_opening(25, None, "") == "حضر الورشة 25 مشاركا ومشاركة."
    assert ar_ma.workshop_opening(25, Person("أمال", F), "") == "حضر الورشة 25 مشاركا ومشاركة."
    assert ar_ma.workshop_opening(0, None, "") == ""
    assert ar_ma.workshop_opening(0, None, "حيث …") == "حيث …"


def test_a_signature_prints_a_chosen_honorific_once():
    assert ar_ma.signer_name(Person("رديفة الشاوني", F)) == "رديفة الشاوني"
    assert ar_ma.signer_name(Person("سعاد", F, honorific="الدكتورة")) == "الدكتورة سعاد"
    assert ar_ma.signer_name(Person("الدكتورة سعاد", F, honorific="الدكتورة")) == ("الدكتورة سعاد")


def test_workshops_announced_without_a_summary_end_with_a_full_stop():
    from openreport.model import SessionPeriod

    held = ar_ma.workshops_held(SessionPeriod.MORNING, 2, "", followed=False)
    assert held == "خصصت الفترة الصباحية لتنظيم ورشتين."
    assert ar_ma.workshop_titles_follow(2) == "وقد أخذت الورشتان العنوانين التاليين:"
    assert ar_ma.workshop_titles_follow(3) == "وقد أخذت هذه الورشات العناوين التالية:"


def test_a_workshop_named_as_a_workshop_is_said_once():
    assert ar_ma.single_workshop("", "ورشة التشبيك", 2) == "اقتصر اليوم الثاني على ورشة التشبيك."
    assert ar_ma.single_workshop("ورشة ختامية", "ورشة التشبيك", 0) == (
        "ورشة ختامية بعنوان «ورشة التشبيك»."
    )


def test_a_visit_s_default_purpose_is_the_visit_not_attending_events():
    from openreport.model import Event, EventKind

    event = Event(
        kind=EventKind.STUDY_VISIT,
        name="برنامج التدبير المفوض",
        city="بلباو",
        country="إسبانيا",
        start_date=dt.date(2025, 5, 19),
        end_date=dt.date(2025, 5, 21),
    )
    assert ar_ma.default_purpose(event, "ar_MA") == (
        "زيارة دراسية إلى مدينة بلباو، إسبانيا، أيام 19\u00a0و20\u00a0و21\u00a0ماي\u00a02025."
    )


def test_a_status_other_than_proposed_is_said_with_the_details():
    from openreport.model import RecommendationStatus

    deadline = dt.date(2025, 6, 30)
    assert ar_ma.action_details("المكتب", deadline, "ar_MA") == (
        "(الجهة المعنية: المكتب، الأجل: 30\u00a0يونيو\u00a02025) "
    )
    assert ar_ma.action_details("", None, "ar_MA", RecommendationStatus.ADOPTED) == (
        "(الحالة: معتمدة) "
    )
