"""Example report: a study visit abroad by a delegation of several institutions of the province
of Chefchaouen, on the invitation of a network of cities (invented for OpenReport)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openreport.model import (
    Closing,
    CommuneRole,
    Delegation,
    DelegationMember,
    Event,
    EventKind,
    Gender,
    ItemKind,
    Organisation,
    OrganisationRole,
    Person,
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
UUID = "3f9a1c6e-5d2b-4a87-b0e4-6c1d8e2a2025"
INVITER = "شبكة المدن المتوسطية من أجل التنمية المستدامة"


def event() -> Event:
    return Event(
        kind=EventKind.STUDY_VISIT,
        name="تدبير النفايات المنزلية وتثمينها",
        city="بلباو",
        country="إسبانيا",
        start_date=dt.date(2025, 5, 19),
        end_date=dt.date(2025, 5, 21),
        organisations=[
            Organisation(INVITER, OrganisationRole.INVITER),
            Organisation("برنامج التعاون اللامركزي المتوسطي", OrganisationRole.FUNDER),
        ],
        context=(
            "في إطار إعداد المخطط الإقليمي لتدبير النفايات المنزلية، وبدعوة من شبكة المدن"
            " المتوسطية من أجل التنمية المستدامة، شاركت جماعة شفشاون في زيارة دراسية"
            " للاطلاع على تجربة بلديات إقليم بيسكاي في الفرز من المصدر وتثمين النفايات."
        ),
    )


def delegation() -> Delegation:
    def member(name, gender, title, organisation, role=""):
        return DelegationMember(Person(name, gender, title, organisation), role)

    return Delegation(
        mandated_by=Person("محمد السفياني", M, "رئيس جماعة شفشاون", "جماعة شفشاون"),
        leader=Person("عبد الغني أغزال", M, "نائب رئيس جماعة شفشاون", "جماعة شفشاون"),
        leader_is_deputy=True,
        members=[
            member("سلمى الإدريسي", F, "مهندسة بمصلحة البيئة بجماعة شفشاون", "جماعة شفشاون"),
            member(
                "حميد الزياني",
                M,
                "رئيس قسم الجماعات المحلية بعمالة إقليم شفشاون",
                "عمالة إقليم شفشاون",
            ),
            member(
                "كريمة الوزاني",
                F,
                "مديرة مجموعة الجماعات الترابية «البيئة» بشفشاون",
                "مجموعة الجماعات الترابية «البيئة»",
                "مقررة الوفد",
            ),
        ],
        purpose="الاطلاع على تجارب الفرز من المصدر وتثمين النفايات العضوية، وربط علاقات"
        " تعاون مع البلديات المستقبلة.",
        mission_cost="18.600,00 درهم (التنقل والإقامة)، تحملتها الشبكة الداعية",
        mission_amount=Decimal("18600.00"),
    )


def visit(title: str, place: str, host: str, summary: str) -> ProgrammeItem:
    return ProgrammeItem(ItemKind.VISIT, title=title, place=place, host=host, summary=summary)


def days() -> list[ProgrammeDay]:
    def day(date: dt.date, *items: ProgrammeItem) -> ProgrammeDay:
        return ProgrammeDay(date, [Session(SessionPeriod.WHOLE_DAY, items=list(items))])

    return [
        day(
            dt.date(2025, 5, 19),
            visit(
                "مركز فرز النفايات المنزلية",
                "المنطقة الصناعية بضاحية المدينة",
                "الشركة البلدية لتدبير النفايات",
                "قدم مسؤولو المركز مراحل الفرز الآلي، وطاقة المركز البالغة 120 ألف طن سنويا.",
            ),
            visit(
                "حاويات الفرز بالأحياء السكنية",
                "حي المدينة القديمة",
                "مصلحة النظافة ببلدية بلباو",
                "اطلع الوفد على حاويات بخمسة ألوان وعلى حملات تحسيس الساكنة.",
            ),
        ),
        day(
            dt.date(2025, 5, 20),
            visit(
                "محطة تحويل النفايات العضوية إلى سماد",
                "بلدية مجاورة",
                "اتحاد بلديات الإقليم",
                "تحول المحطة النفايات العضوية للأسواق والمطاعم إلى سماد يوزع على الفلاحين.",
            ),
        ),
        day(
            dt.date(2025, 5, 21),
            ProgrammeItem(
                ItemKind.OTHER,
                title="لقاء لتبادل التجارب",
                summary="عرض الوفد وضعية تدبير النفايات بإقليم شفشاون، وتم الاتفاق على"
                " تبادل الخبرات بين التقنيين.",
            ),
        ),
    ]


def report() -> Report:
    return Report(
        uuid=UUID,
        title="تقرير عن الزيارة الدراسية إلى مدينة بلباو بإسبانيا"
        " حول تدبير النفايات المنزلية وتثمينها",
        status=ReportStatus.FINAL,
        report_date=dt.date(2025, 5, 27),
        report_place="شفشاون",
        commune_role=CommuneRole.PARTICIPANT,
        event=event(),
        delegation=delegation(),
        days=days(),
        closing=Closing(
            remarks=[
                "نجاح الفرز من المصدر رهين بحملات تحسيس متواصلة وبانخراط الجمعيات.",
                "تثمين النفايات العضوية ممكن على مستوى مجموعة الجماعات «البيئة».",
            ],
            next_steps=[
                Recommendation(
                    "إعداد مشروع نموذجي للفرز من المصدر بحيين من المدينة",
                    by_commune=True,
                    responsible="مصلحة البيئة بجماعة شفشاون",
                    deadline=dt.date(2025, 12, 31),
                ),
                Recommendation(
                    "دراسة جدوى محطة للتسميد",
                    responsible="مجموعة الجماعات الترابية «البيئة»",
                ),
            ],
            signature=Signature(
                signer=Person("كريمة الوزاني", F, "مقررة الوفد"),
                function="مقررة الوفد",
                place="شفشاون",
                date=dt.date(2025, 5, 27),
            ),
        ),
    )
