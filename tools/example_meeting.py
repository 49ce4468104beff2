"""Example report: a one-evening meeting of the board of an association of communes, written by
the association itself, with its own profile (invented for OpenReport)."""

from __future__ import annotations

import datetime as dt

from openreport.model import (
    AgendaPoint,
    BodyKind,
    Closing,
    CommuneProfile,
    CommuneRole,
    Event,
    EventKind,
    Gender,
    Person,
    Recommendation,
    Report,
    ReportStatus,
    Signature,
)

M, F = Gender.MALE, Gender.FEMALE
UUID = "9b4d2e7f-6a1c-4e35-8f0b-2d7c5a1e2025"
ASSOCIATION = "جمعية جماعات إقليم شفشاون للتنمية"
PRESIDENT = Person("عبد السلام الخمليشي", M, "رئيس الجمعية", ASSOCIATION)
SECRETARY = Person("نوال البقالي", F, "الكاتبة العامة للجمعية", ASSOCIATION)


def profile() -> CommuneProfile:
    """The association writes its own reports: its name, letterhead and signer."""
    return CommuneProfile(
        commune_name=ASSOCIATION,
        body=BodyKind.ASSOCIATION_OF_COMMUNES,
        letterhead=["المملكة المغربية", "إقليم شفشاون", ASSOCIATION, "المكتب المسير"],
        president=PRESIDENT,
        focal_point=SECRETARY,
        city="شفشاون",
    )


def attendance() -> list[Person]:
    return [
        PRESIDENT,
        SECRETARY,
        Person("محمد أمزيان", M, "أمين مال الجمعية", "جماعة باب برد"),
        Person("فاطمة الزهراء العمراني", F, "نائبة رئيس الجمعية", "جماعة تطفت"),
        Person(
            "",
            M,
            "ممثلو جماعات باب تازة وتنقوب والدردارة",
            "جماعات باب تازة وتنقوب والدردارة",
            group=True,
        ),
        Person("يوسف الشرقاوي", M, "مدير النقل المدرسي", "جماعة شفشاون"),
    ]


def agenda() -> list[AgendaPoint]:
    return [
        AgendaPoint(
            "تتبع اتفاقية الشراكة حول النقل المدرسي",
            "قدم السيد يوسف الشرقاوي حصيلة الموسم الدراسي: 14 حافلة تنقل 1.240 تلميذة"
            " وتلميذا من الدواوير نحو الإعداديات.\nوسجل الحاضرون تأخر صرف مساهمة ثلاث"
            " جماعات، وتعطل حافلتين منذ شهر أبريل.",
        ),
        AgendaPoint(
            "التحضير للجمع العام السنوي",
            "اقترحت الكاتبة العامة عقد الجمع العام في الأسبوع الأخير من شهر شتنبر، وعرضت"
            " مشروع التقرير الأدبي الذي ناقشه الأعضاء وأدخلوا عليه تعديلات.",
        ),
        AgendaPoint("مختلفات", "أخبر الرئيس الأعضاء بدعوة الجمعية إلى المشاركة في ملتقى جهوي."),
    ]


def report() -> Report:
    return Report(
        uuid=UUID,
        title="تقرير عن اجتماع المكتب المسير لجمعية جماعات إقليم شفشاون للتنمية",
        status=ReportStatus.FINAL,
        report_date=dt.date(2025, 6, 25),
        report_place="شفشاون",
        commune_role=CommuneRole.ORGANISER,
        event=Event(
            kind=EventKind.MEETING,
            name="اجتماع المكتب المسير للجمعية",
            city="شفشاون",
            venue="قاعة الاجتماعات بمقر جماعة شفشاون",
            start_date=dt.date(2025, 6, 24),
            start_time=dt.time(18, 0),
            end_time=dt.time(20, 30),
            participants_count=14,
            context="عقد المكتب المسير للجمعية اجتماعه العادي بدعوة من رئيسها، طبقا لنظامها"
            " الأساسي.",
        ),
        attendance=attendance(),
        agenda=agenda(),
        closing=Closing(
            decisions=[
                "مراسلة الجماعات المتأخرة في أداء مساهماتها في اتفاقية النقل المدرسي",
                "عقد الجمع العام السنوي يوم السبت 27 شتنبر 2025",
            ],
            next_steps=[
                Recommendation(
                    "إصلاح الحافلتين المعطلتين قبل الدخول المدرسي",
                    responsible="مدير النقل المدرسي",
                    deadline=dt.date(2025, 8, 31),
                ),
                Recommendation(
                    "إرسال مشروع التقرير الأدبي إلى الأعضاء",
                    responsible="الكاتبة العامة",
                    deadline=dt.date(2025, 9, 10),
                ),
            ],
            conclusion="وفي ختام الاجتماع، شكر الرئيس الأعضاء على حضورهم ومساهمتهم.",
            signature=Signature(
                signer=SECRETARY,
                function="الكاتبة العامة للجمعية",
                place="شفشاون",
                date=dt.date(2025, 6, 25),
            ),
        ),
    )
