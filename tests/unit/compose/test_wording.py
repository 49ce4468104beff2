"""Every sentence of the Moroccan wording, asked for by meaning, says the golden sentences.

The expected texts are those the composed reports are held to (tests/unit/compose/test_report.py
and the demo report); this file checks them function by function, so that each function of the
wording's ``__all__`` has one.
"""

import datetime as dt
from types import FunctionType

import pytest

from openreport.compose.wording import ar_ma, wording_for
from openreport.model import (
    BodyKind,
    CommuneProfile,
    CommuneRole,
    Event,
    EventKind,
    Gender,
    ItemKind,
    Organisation,
    OrganisationRole,
    PanelMember,
    PanelRole,
    Person,
    Report,
    SessionPeriod,
)
from tests.unit.compose.test_wording_kinds import GOLDEN as KINDS_GOLDEN

M, F = Gender.MALE, Gender.FEMALE
AMAL = Person("أمال بنشقر", F, "", "جماعة سلا")
HASSAN = Person("حسن لعكيد", M, "نقطة ارتكاز جماعة أيت ملول", "جماعة أيت ملول")
SAIDIA = Event(
    kind=EventKind.FORUM,
    name="ملتقى الشبكة المغربية للجماعات الترابية المنفتحة",
    city="السعيدية",
    start_date=dt.date(2024, 11, 12),
    end_date=dt.date(2024, 11, 13),
)
LYON = Event(
    kind=EventKind.WORK_VISIT,
    city="ليون",
    country="فرنسا",
    start_date=dt.date(2024, 9, 30),
    end_date=dt.date(2024, 10, 2),
)
PANEL = [
    PanelMember(AMAL, PanelRole.FACILITATOR),
    PanelMember(HASSAN, PanelRole.SPEAKER),
]

GOLDEN = {
    "person_name": (lambda: ar_ma.person_name(AMAL), "السيدة أمال بنشقر"),
    "person_with_title": (
        lambda: ar_ma.person_with_title(Person("خالد", M, "رئيس مصلحة التواصل")),
        "السيد خالد، رئيس مصلحة التواصل",
    ),
    "people_with_titles": (
        lambda: ar_ma.people_with_titles([Person("خديجة", F, "خبيرة"), Person()]),
        "السيدة خديجة، خبيرة",
    ),
    "organisation_name": (
        lambda: ar_ma.organisation_name(
            Organisation("وزير الداخلية", person=True, honorific="معالي")
        ),
        "معالي وزير الداخلية",
    ),
    "author": (lambda: ar_ma.author("شفشاون"), "جماعة شفشاون"),
    "event_kind_label": (lambda: ar_ma.event_kind_label(EventKind.FORUM), "ملتقى"),
    "event_named": (
        lambda: ar_ma.event_named(EventKind.TRAINING, "", "حول الميزانية التشاركية"),
        "الدورة التكوينية حول الميزانية التشاركية",
    ),
    "writer": (
        lambda: ar_ma.writer(CommuneProfile("مجلس جهة الشرق", body=BodyKind.REGIONAL_COUNCIL)),
        ar_ma.Writer("مجلس جهة الشرق", "المجلس", M),
    ),
    "report_title": (
        lambda: ar_ma.report_title(
            "شفشاون",
            "دورة تكوينية حول الميزانية التشاركية",
            CommuneRole.HOST,
            EventKind.TRAINING,
        ),
        "تقرير جماعة شفشاون عن دورة تكوينية حول الميزانية التشاركية التي احتضنتها الجماعة",
    ),
    "place_and_date": (
        lambda: ar_ma.place_and_date("شفشاون", dt.date(2024, 11, 20), "ar_MA"),
        "شفشاون في 20\u00a0نونبر\u00a02024",
    ),
    "event_held": (
        lambda: ar_ma.event_held(LYON, "ar_MA"),
        "المنظمة من 30\u00a0شتنبر إلى 2\u00a0أكتوبر\u00a02024 بمدينة ليون، فرنسا",
    ),
    "slogan": (lambda: ar_ma.slogan("ترسيخ مبادئ الانفتاح"), "تحت شعار: ((ترسيخ مبادئ الانفتاح))"),
    "themes_intro": (
        lambda: ar_ma.themes_intro(EventKind.TRAINING, 3),
        "وقد تمحورت الدورة التكوينية حول ثلاثة محاور:",  # issue 9 §4: the verb agrees
    ),
    "mandated_by": (
        lambda: ar_ma.mandated_by(Person("فاطمة", F, "رئيسة جماعة تطوان")),
        "وبتكليف من رئيسة جماعة تطوان السيدة فاطمة، ",
    ),
    "delegation_led_by": (
        lambda: ar_ma.delegation_led_by(
            Person("سعاد", F),
            mandator=Person("فاطمة", F, "رئيسة جماعة تطوان"),
            deputy=True,
            team="",
            with_members=True,
        ),
        "ترأست نائبتها السيدة سعاد، وفدا مكونا من:",
    ),
    "delegation_without_leader": (
        lambda: ar_ma.delegation_without_leader(),
        "شارك في هذه المهمة:",
    ),
    "delegation_member": (
        lambda: ar_ma.delegation_member(Person("علي", M, "مستشار"), "مقرر الوفد"),
        "السيد علي، مستشار (مقرر الوفد)",
    ),
    "mission_purpose_lead": (lambda: ar_ma.mission_purpose_lead(), "وذلك للقيام بمهمة"),
    "mission_purpose": (
        lambda: ar_ma.mission_purpose("تهدف هذه الزيارة إلى الاطلاع على تجربة ليون"),
        "تهدف هذه الزيارة إلى الاطلاع على تجربة ليون.",
    ),
    "default_purpose": (
        lambda: ar_ma.default_purpose(SAIDIA, "ar_MA"),
        "المشاركة في فعاليات ملتقى الشبكة المغربية للجماعات الترابية المنفتحة"
        " المقام يومي 12\u00a0و13\u00a0نونبر\u00a02024 بمدينة السعيدية.",
    ),
    "mission_cost": (
        lambda: ar_ma.mission_cost("4.500,00 درهم (التنقل والإقامة)"),
        "وقد بلغت تكلفة المهمة 4.500,00 درهم (التنقل والإقامة).",
    ),
    "attendance_heading": (lambda: ar_ma.attendance_heading(), "لائحة الحضور:"),
    "day_heading": (
        lambda: ar_ma.day_heading(2, dt.date(2024, 11, 13), "ar_MA"),
        "اليوم الثاني: الأربعاء 13\u00a0نونبر\u00a02024",
    ),
    "period_heading": (lambda: ar_ma.period_heading(SessionPeriod.AFTERNOON), "الفترة المسائية"),
    # Issue 9 §4: times in one report share one style, the digits of «ابتداء من الساعة 9.30».
    "day_end": (
        lambda: ar_ma.day_end("أسدل الستار على اليوم الأول من الفعالية.", dt.time(16, 30)),
        "أسدل الستار على اليوم الأول من الفعالية (الساعة 4.30 مساء).",
    ),
    "day_closed": (
        lambda: ar_ma.day_closed(1, dt.time(21, 0)),
        "اختتمت أشغال اليوم الأول على الساعة 9 مساء.",
    ),
    "day_number": (
        lambda: ar_ma.day_number(dt.date(2024, 11, 13), dt.date(2024, 11, 12), 1),
        2,
    ),
    "organised_by": (
        lambda: ar_ma.organised_by(
            EventKind.FORUM,
            [
                (Organisation("جمعية جهات المغرب", OrganisationRole.PARTNER), "جمعية جهات المغرب"),
                (Organisation("جمعية أمباكت", OrganisationRole.PARTNER), "جمعية أمباكت"),
            ],
        ),
        "نُظم الملتقى بشراكة مع جمعية جهات المغرب وجمعية أمباكت.",
    ),
    "participants_said": (
        lambda: ar_ma.participants_said(EventKind.FORUM, 350),
        "عرف الملتقى مشاركة 350 مشاركا ومشاركة.",
    ),
    "hijri_line": (
        lambda: ar_ma.hijri_line(SAIDIA),
        "الموافق لـ 10\u00a0و11\u00a0جمادى\u00a0الأولى\u00a01446\u00a0هـ",
    ),
    "session_attendees": (
        lambda: ar_ma.session_attendees([Person("خالد", M, "والي جهة الشرق"), AMAL]),
        "بحضور السيد خالد، والي جهة الشرق، والسيدة أمال بنشقر (جماعة سلا).",
    ),
    "at_time": (lambda: ar_ma.at_time(dt.time(11, 0)), "على الساعة 11 صباحا، "),
    "session_ended": (
        lambda: ar_ma.session_ended(dt.time(12, 30), titled=True),
        "اختتمت أشغال هذه الجلسة على الساعة 12.30 زوالا.",
    ),
    "visit": (
        lambda: ar_ma.visit("مقر بلدية ليون", "مصلحة العلاقات الدولية", dt.time(10, 0)),
        "قام الوفد، على الساعة 10 صباحا، بزيارة إلى مقر بلدية ليون،"
        " حيث استُقبل من طرف مصلحة العلاقات الدولية.",
    ),
    "visit_hosts": (
        lambda: ar_ma.visit_hosts("بلدية ليون", [Person("ماري", F, "نائبة العمدة")]),
        "بلدية ليون، ممثلة في السيدة ماري، نائبة العمدة",
    ),
    "session_opening": (
        lambda: ar_ma.session_opening(
            venue="",
            start=dt.time(18, 30),
            participants=12,
            intro="",
            kind=EventKind.MEETING,
        ),
        "انطلقت الأشغال على الساعة 6.30 مساء، بحضور 12 مشاركا ومشاركة.",
    ),
    "opening_speeches": (
        lambda: ar_ma.opening_speeches(6, EventKind.FORUM),
        "انطلقت أنشطة الملتقى بست كلمات افتتاحية:",
    ),
    "speech_lead": (
        lambda: ar_ma.speech_lead(
            [Person("نيكول انكوا", F, "مديرة برنامج الحكومات المنفتحة الفرنكفونية")], ""
        ),
        "كلمة السيدة نيكول انكوا، مديرة برنامج الحكومات المنفتحة الفرنكفونية:",
    ),
    "item_not_held": (
        lambda: ar_ma.item_not_held(ItemKind.EXHIBITION, "معرض لبرامج أعضاء الشبكة الـ126"),
        "كان مقررا تنظيم معرض لبرامج أعضاء الشبكة الـ126، ولكن لم يتم ذلك.",
    ),
    "item_changed": (
        lambda: ar_ma.item_changed(),
        "(وقع تغيير على هذه الفقرة مقارنة بالبرنامج المقرر.)",
    ),
    "aside": (
        lambda: ar_ma.aside("ستجدون في بوابة الشبكة المغربية للجماعات المنفتحة كل التفاصيل."),
        "(ستجدون في بوابة الشبكة المغربية للجماعات المنفتحة كل التفاصيل.)",
    ),
    "delegation_remark_label": (lambda: ar_ma.delegation_remark_label(), "ملاحظة الوفد: "),
    "presentation": (
        lambda: ar_ma.presentation([Person("فتيحة زنيبي", F)], "حصيلة البرنامج"),
        "قدمت السيدة فتيحة زنيبي، عرضا حول «حصيلة البرنامج».",
    ),
    "round_table": (
        lambda: ar_ma.round_table([Person("خديجة", F, "خبيرة")], "الميزانية"),
        "نظمت مائدة مستديرة حول «الميزانية»، شارك فيها السيدة خديجة، خبيرة.",
    ),
    "break_note": (lambda: ar_ma.break_note("استراحة شاي"), "استراحة شاي."),
    "item_heading": (lambda: ar_ma.item_heading("زيارة", followed=True), "زيارة:"),
    "item_speakers": (lambda: ar_ma.item_speakers([Person("علي", M)]), " (السيد علي)"),
    "award_given": (lambda: ar_ma.award_given(""), "تم توزيع جوائز"),
    "awarded_to": (
        lambda: ar_ma.awarded_to(
            "قام الوفد الرسمي بتوزيع دروع تحفيزية", [f"جهة {n}" for n in range(8)]
        ),
        "قام الوفد الرسمي بتوزيع دروع تحفيزية على ثماني جماعات ترابية، وهي:",
    ),
    "single_workshop": (
        lambda: ar_ma.single_workshop("ورشة صباحية ختامية", "التشبيك", 2),
        "اقتصر اليوم الثاني على ورشة صباحية ختامية بعنوان «التشبيك».",
    ),
    "workshops_held": (
        lambda: ar_ma.workshops_held(SessionPeriod.AFTERNOON, 3, "ورشات ميدانية"),
        "خصصت الفترة المسائية لتنظيم ثلاث ورشات ميدانية،",
    ),
    "workshop_titles_follow": (
        lambda: ar_ma.workshop_titles_follow(),
        "وقد أخذت هذه الورشات العناوين التالية:",
    ),
    "untitled_workshop": (lambda: ar_ma.untitled_workshop(), "ورشة بدون عنوان"),
    "workshops_chosen": (
        lambda: ar_ma.workshops_chosen("شفشاون", [3]),
        "وقد اختارت جماعة شفشاون المشاركة في الورشة الثالثة.",
    ),
    "workshop_led_by": (
        lambda: ar_ma.workshop_led_by(PanelRole.TRAINER, [Person("يوسف لعرج", M)]),
        "أطر الورشة السيد يوسف لعرج.",
    ),
    "panel_follows": (lambda: ar_ma.panel_follows(), "وتكونت منصة الورشة من:"),
    "panel_header": (lambda: ar_ma.panel_header(), ["الجماعة", "الاسم", "الصفة"]),
    "panel_row": (
        lambda: ar_ma.panel_row(PANEL[1]),
        ["جماعة أيت ملول", "السيد حسن لعكيد", "متدخل"],
    ),
    "panel_tasks": (
        lambda: ar_ma.panel_tasks(PANEL),
        "أسندت مهمة التيسير إلى السيدة أمال بنشقر (جماعة سلا)،"
        " والتدخل إلى السيد حسن لعكيد (جماعة أيت ملول).",
    ),
    "panel_member": (
        lambda: ar_ma.panel_member(PANEL[0]),
        "ميسرة الورشة: السيدة أمال بنشقر (جماعة سلا).",
    ),
    "workshop_opening": (
        lambda: ar_ma.workshop_opening(57, AMAL, "حيث وضعت الحضور في الإطار العام للملتقى"),
        "تفاعل مع الورشة 57 مشاركا ومشاركة، وافتتحتها ميسرتها السيدة أمال بنشقر،"
        " حيث وضعت الحضور في الإطار العام للملتقى",
    ),
    "interventions_heard": (
        lambda: ar_ma.interventions_heard(3, with_discussion=True),
        "عرفت هذه الورشة ثلاث مداخلات ونقاشا مفتوحا.",
    ),
    "intervention_label": (lambda: ar_ma.intervention_label(3), "المداخلة الثالثة:"),
    "intervention_said": (
        lambda: ar_ma.intervention_said(
            Person("", M, "ممثل وزارة المالية"), "الإطار القانوني", 0, ""
        ),
        " للسيد ممثل وزارة المالية، تحت عنوان «الإطار القانوني».",
    ),
    "workshop_concluded": (
        lambda: ar_ma.workshop_concluded(8),
        "وقد خلصت الورشة إلى ثماني توصيات، هي:",
    ),
    "event_closed": (
        lambda: ar_ma.event_closed(SAIDIA, ["تقديم نتائج الورشات الثلاث"]),
        "هذا، وقد أسدل الستار على فعاليات ملتقى الشبكة المغربية للجماعات الترابية المنفتحة"
        " بالسعيدية بعد تقديم نتائج الورشات الثلاث.",
    ),
    "delegation_remarks_heading": (lambda: ar_ma.delegation_remarks_heading(), "ملاحظات الوفد"),
    "decisions_heading": (lambda: ar_ma.decisions_heading(), "القرارات"),
    "next_steps_heading": (lambda: ar_ma.next_steps_heading(), "الخطوات المقبلة"),
    "annexes_heading": (lambda: ar_ma.annexes_heading(), "المرفقات"),
    "action_details": (
        lambda: ar_ma.action_details("مصلحة التواصل", dt.date(2025, 1, 31), "ar_MA"),
        "(الجهة المعنية: مصلحة التواصل، الأجل: 31\u00a0يناير\u00a02025) ",
    ),
    "commune_recommendation": (
        lambda: ar_ma.commune_recommendation("شفشاون"),
        "(توصية جماعة شفشاون)",
    ),
    "commune_commitment": (
        lambda: ar_ma.commune_commitment("شفشاون"),
        "(التزام جماعة شفشاون)",
    ),
    "signed_at": (
        lambda: ar_ma.signed_at("شفشاون", dt.date(2024, 11, 20), "ar_MA"),
        "حرر بشفشاون في 20\u00a0نونبر\u00a02024",
    ),
    "signer_name": (
        lambda: ar_ma.signer_name(Person("الدكتورة سعاد", F, honorific="الدكتورة")),
        "الدكتورة سعاد",
    ),
    "image_unprintable": (
        lambda: ar_ma.image_unprintable("الملف ليس صورة PNG أو JPEG مقروءة."),
        "[تعذرت طباعة صورة هذا المرفق: الملف ليس صورة PNG أو JPEG مقروءة.]",
    ),
    "annex_caption": (lambda: ar_ma.annex_caption(1, "برنامج الملتقى"), "المرفق 1: برنامج الملتقى"),
}
GOLDEN.update(KINDS_GOLDEN)  # the kinds' own sentences, kept in a file of their own


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_sentence(name):
    call, expected = GOLDEN[name]
    assert call() == expected


def test_every_wording_function_has_a_golden_sentence():
    functions = {n for n in ar_ma.__all__ if isinstance(getattr(ar_ma, n), FunctionType)}
    assert functions == set(GOLDEN)


def test_reports_are_worded_in_moroccan_arabic():
    assert wording_for(Report(), CommuneProfile()) is ar_ma
