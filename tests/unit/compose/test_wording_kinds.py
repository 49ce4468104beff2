"""The golden sentences of the kinds' wording (wording/ar_ma/kinds.py); test_wording.py runs them
with the others and checks that every function of the wording has one."""

from openreport.compose.wording import ar_ma
from openreport.model import EventKind, Gender, Person

M, F = Gender.MALE, Gender.FEMALE
TRAINING, MEETING = EventKind.TRAINING, EventKind.MEETING

GOLDEN = {
    "title_subject": (
        lambda: ar_ma.title_subject(TRAINING, "التخطيط الترابي"),
        "الدورة التكوينية حول التخطيط الترابي",
    ),
    "objectives_heading": (lambda: ar_ma.objectives_heading(TRAINING), "أهداف الدورة التكوينية"),
    "expected_results_heading": (lambda: ar_ma.expected_results_heading(), "النتائج المنتظرة"),
    "target_audience_lead": (lambda: ar_ma.target_audience_lead(), "الفئة المستهدفة:"),
    "trained_by": (
        lambda: ar_ma.trained_by(TRAINING, [Person("نادية العلمي", F, "خبيرة في المالية المحلية")]),
        "وقد أطرت الدورة التكوينية السيدة نادية العلمي، خبيرة في المالية المحلية.",
    ),
    "agenda_intro": (
        lambda: ar_ma.agenda_intro(MEETING, 3),
        "تضمن جدول أعمال الاجتماع ثلاث نقاط، تناولها الحاضرون كما يلي:",
    ),
    "agenda_point_heading": (
        lambda: ar_ma.agenda_point_heading(2, "المصادقة على التقرير المالي."),
        "النقطة الثانية: المصادقة على التقرير المالي",
    ),
    "attendance_table_header": (
        lambda: ar_ma.attendance_table_header(),
        ["الاسم والصفة", "المؤسسة"],
    ),
    "missing_objectives": (lambda: ar_ma.missing_objectives(), "لم تحدد أهداف الدورة التكوينية."),
    "missing_trainers": (lambda: ar_ma.missing_trainers(), "لم يذكر مؤطرو الدورة التكوينية."),
    "missing_visits": (lambda: ar_ma.missing_visits(), "برنامج المهمة لا يتضمن أي زيارة."),
    "missing_delegation": (
        lambda: ar_ma.missing_delegation(),
        "لم يذكر أعضاء الوفد المشارك في المهمة.",
    ),
    "missing_agenda": (
        lambda: ar_ma.missing_agenda(),
        "جدول أعمال الاجتماع فارغ: أضف نقاطه وما دار فيها.",
    ),
    "agenda_point_untold": (
        lambda: ar_ma.agenda_point_untold(3),
        "النقطة الثالثة من جدول الأعمال دون عرض لما دار فيها.",
    ),
    "missing_attendance": (lambda: ar_ma.missing_attendance(), "لائحة الحضور فارغة."),
    "missing_outcome": (
        lambda: ar_ma.missing_outcome(),
        "لم تسجل قرارات الاجتماع ولا خطواته المقبلة.",
    ),
    "missing_programme": (
        lambda: ar_ma.missing_programme(),
        "برنامج المؤتمر فارغ: أضف جلساته وعناوينها.",
    ),
}


def test_a_title_never_says_the_kind_twice():
    subject = ar_ma.title_subject
    assert subject(TRAINING, "دورة تكوينية في التدبير المالي") == "دورة تكوينية في التدبير المالي"
    assert subject(TRAINING, "الدورة التكوينية الجهوية") == "الدورة التكوينية الجهوية"
    assert subject(MEETING, "مكتب الجمعية") == "اجتماع مكتب الجمعية"
    assert subject(MEETING, "الجمع العام العادي") == "الجمع العام العادي"
    assert subject(EventKind.STUDY_VISIT, "زيارة دراسية إلى بلباو") == "زيارة دراسية إلى بلباو"
    assert subject(EventKind.CONFERENCE, "المناظرة الوطنية") == "المناظرة الوطنية"
    assert subject(EventKind.CONFERENCE, "الجهوية المتقدمة") == "مؤتمر الجهوية المتقدمة"
    # a label typed by the user names the kind instead
    assert subject(TRAINING, "التخطيط", "ورشة تكوينية") == "ورشة تكوينية التخطيط"
    assert subject(TRAINING, "") == "الدورة التكوينية"


def test_trainers_agree_in_gender():
    mixed = [Person("أحمد", M, "خبير"), Person("سعاد", F, "خبيرة")]
    assert ar_ma.trained_by(TRAINING, mixed) == (
        "وقد أطر الدورة التكوينية كل من السيد أحمد، خبير، والسيدة سعاد، خبيرة."
    )
    woman = [Person("سعاد", F, "خبيرة")]
    assert ar_ma.trained_by(TRAINING, woman) == "وقد أطرت الدورة التكوينية السيدة سعاد، خبيرة."
