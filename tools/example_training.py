"""Example report: a training the commune of Chefchaouen hosted for the communes of its province
(invented for OpenReport: the people, the funder and the sessions are made up)."""

from __future__ import annotations

import datetime as dt

from openreport.model import (
    Closing,
    CommuneRole,
    Event,
    EventKind,
    Gender,
    ItemKind,
    Organisation,
    OrganisationRole,
    Person,
    Point,
    ProgrammeDay,
    ProgrammeItem,
    Recommendation,
    Report,
    ReportStatus,
    Session,
    SessionPeriod,
    Signature,
)

M, F = Gender.MALE, Gender.FEMALE
UUID = "0c7e52a4-1b3d-4f0e-8a61-7d2e9b5c2025"
PRESIDENT = Person("محمد السفياني", M, "رئيس جماعة شفشاون", "جماعة شفشاون")
LAILA = Person("ليلى بنعيسى", F, "خبيرة في التخطيط الترابي", "")
YOUNES = Person("يونس الحمداوي", M, "أستاذ باحث في تدبير الشأن المحلي", "")


def event() -> Event:
    return Event(
        kind=EventKind.TRAINING,
        name="إعداد برنامج عمل الجماعة وتتبع تنفيذه",
        city="شفشاون",
        venue="قاعة الاجتماعات بمقر جماعة شفشاون",
        start_date=dt.date(2025, 3, 11),
        end_date=dt.date(2025, 3, 12),
        participants_count=34,
        organisations=[
            Organisation("جماعة شفشاون", OrganisationRole.ORGANISER),
            Organisation("صندوق دعم الحكامة الترابية", OrganisationRole.FUNDER),
            Organisation("جمعية جماعات إقليم شفشاون للتنمية", OrganisationRole.PARTNER),
        ],
        context=(
            "في إطار تقوية قدرات الأطر الإدارية لجماعات الإقليم في مجال التخطيط، واستعدادا"
            " لتحيين برامج عمل الجماعات في منتصف مدتها، احتضنت جماعة شفشاون دورة تكوينية"
            " لفائدة أطر جماعات الإقليم."
        ),
        themes=[
            "التعرف على المقتضيات القانونية والتنظيمية لبرنامج عمل الجماعة",
            "التمكن من منهجية التشخيص التشاركي وترتيب الأولويات",
            "إعداد مؤشرات لتتبع تنفيذ المشاريع وتقييمها",
        ],
        expected_results=[
            "مصفوفة مؤشرات أولية لكل جماعة مشاركة",
            "خطة لتحيين برنامج عمل كل جماعة قبل نهاية السنة",
        ],
        target_audience=(
            "المديرون العامون للمصالح ورؤساء أقسام التخطيط والميزانية بجماعات إقليم شفشاون"
        ),
        trainers=[LAILA, YOUNES],
    )


def day_one() -> ProgrammeDay:
    morning = Session(
        period=SessionPeriod.MORNING,
        start_time=dt.time(9, 30),
        items=[
            ProgrammeItem(
                kind=ItemKind.OPENING_SPEECH,
                speakers=[PRESIDENT],
                summary="رحب فيها بالمشاركين، وذكر بأهمية التخطيط في تحسين الخدمات المقدمة"
                " للساكنة.",
            ),
            ProgrammeItem(
                kind=ItemKind.PRESENTATION,
                title="الإطار القانوني لبرنامج عمل الجماعة",
                speakers=[YOUNES],
                summary="استعرض فيه مراحل إعداد البرنامج كما يحددها القانون التنظيمي"
                " المتعلق بالجماعات ونصوصه التطبيقية، ومن أبرزها:",
                points=[
                    Point("إعداد التشخيص وتحديد الحاجيات والأولويات"),
                    Point("عرض البرنامج على المجلس للمصادقة"),
                    Point("تحيين البرنامج ابتداء من السنة الثالثة لدخوله حيز التنفيذ"),
                ],
            ),
        ],
    )
    afternoon = Session(
        period=SessionPeriod.AFTERNOON,
        items=[
            ProgrammeItem(
                kind=ItemKind.OTHER,
                title="تمارين تطبيقية في التشخيص التشاركي",
                speakers=[LAILA],
                summary="اشتغل المشاركون في أربع مجموعات على حالات جماعات قروية وحضرية"
                " من الإقليم، وقدمت كل مجموعة خلاصة عملها.",
            )
        ],
    )
    return ProgrammeDay(
        date=dt.date(2025, 3, 11), sessions=[morning, afternoon], end_time=dt.time(16, 30)
    )


def day_two() -> ProgrammeDay:
    morning = Session(
        period=SessionPeriod.MORNING,
        items=[
            ProgrammeItem(
                kind=ItemKind.PRESENTATION,
                title="مؤشرات التتبع والتقييم",
                speakers=[LAILA],
                summary="بينت فيه الفرق بين مؤشرات الإنجاز ومؤشرات الأثر، مع أمثلة من"
                " مشاريع الطرق والإنارة العمومية.",
            ),
            ProgrammeItem(
                kind=ItemKind.CLOSING,
                title="تقييم الدورة وتوزيع الشهادات",
                summary="ملأ المشاركون استمارة تقييم، ثم سلمت لهم شهادات المشاركة.",
            ),
        ],
    )
    return ProgrammeDay(date=dt.date(2025, 3, 12), sessions=[morning], end_time=dt.time(13, 0))


def report() -> Report:
    return Report(
        uuid=UUID,
        title="تقرير جماعة شفشاون عن الدورة التكوينية حول إعداد برنامج عمل الجماعة وتتبع تنفيذه",
        status=ReportStatus.FINAL,
        report_date=dt.date(2025, 3, 17),
        report_place="شفشاون",
        commune_role=CommuneRole.HOST,
        event=event(),
        days=[day_one(), day_two()],
        closing=Closing(
            next_steps=[
                Recommendation(
                    "إرسال مصفوفة المؤشرات إلى الجماعات المشاركة",
                    by_commune=True,
                    responsible="قسم التخطيط بجماعة شفشاون",
                    deadline=dt.date(2025, 4, 15),
                ),
                Recommendation(
                    "تنظيم حصة لتتبع تحيين برامج العمل",
                    responsible="جمعية جماعات إقليم شفشاون للتنمية",
                    deadline=dt.date(2025, 9, 30),
                ),
            ],
            conclusion="وقد عبر المشاركون عن رغبتهم في دورة ثانية حول البرمجة الميزانياتية.",
            signature=Signature(
                signer=Person("رديفة الشاوني", F, "نقطة ارتكاز جماعة شفشاون", "جماعة شفشاون"),
                function="نقطة ارتكاز جماعة شفشاون",
                place="شفشاون",
                date=dt.date(2025, 3, 17),
            ),
        ),
    )
