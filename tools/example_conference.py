"""Example report: the commune of Chefchaouen at a national conference under a patron, with
sessions of their own titles and who attended each (invented for OpenReport)."""

from __future__ import annotations

import datetime as dt

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
UUID = "6e2b8d1a-4c7f-4b9e-a3d5-1f8c0e7b2025"
ORGANISER = "المرصد الوطني للماء والجماعات الترابية"


def event() -> Event:
    return Event(
        kind=EventKind.CONFERENCE,
        name="المؤتمر الوطني الأول حول الماء والجماعات الترابية",
        slogan="الجماعات الترابية في قلب الأمن المائي",
        city="الرباط",
        venue="قصر المؤتمرات",
        start_date=dt.date(2025, 10, 7),
        end_date=dt.date(2025, 10, 8),
        participants_count=420,
        organisations=[
            Organisation("وزارة الداخلية", OrganisationRole.PATRON),
            Organisation(ORGANISER, OrganisationRole.ORGANISER),
            Organisation("وكالة الحوض المائي", OrganisationRole.PARTNER),
        ],
        context="تلقت جماعة شفشاون دعوة للمشاركة في المؤتمر، لما لموضوعه من صلة بمشروع"
        " ترشيد استهلاك الماء الذي تنجزه الجماعة.",
        themes=["الموارد المائية والتخطيط الترابي", "تجارب جماعية في ترشيد الماء"],
    )


def opening() -> Session:
    return Session(
        period=SessionPeriod.MORNING,
        title="الجلسة الافتتاحية",
        attendees=[
            Person("", M, "والي جهة الرباط سلا القنيطرة"),
            Person("", M, "ممثلو المجالس الجهوية", group=True),
        ],
        start_time=dt.time(9, 30),
        items=[
            ProgrammeItem(
                ItemKind.OPENING_SPEECH,
                speakers=[Person("عزيز بنحدو", M, "رئيس المرصد الوطني للماء والجماعات الترابية")],
                summary="ذكر بأن ربع الجماعات القروية عرفت انقطاعات في الماء الشروب صيف 2024.",
            ),
            ProgrammeItem(
                ItemKind.OPENING_SPEECH,
                speakers=[Person("", M, "ممثل وزارة الداخلية")],
                summary="أكد دور الجماعات في تدبير الطلب على الماء.",
            ),
        ],
    )


def science() -> Session:
    return Session(
        period=SessionPeriod.AFTERNOON,
        title="الجلسة العلمية الأولى: الموارد المائية والتخطيط الترابي",
        attendees=[Person("هند السباعي", F, "مديرة وكالة الحوض المائي")],
        items=[
            ProgrammeItem(
                ItemKind.PRESENTATION,
                title="إدماج الماء في وثائق التعمير",
                speakers=[Person("رشيد المنصوري", M, "أستاذ باحث في الهيدرولوجيا")],
                summary="دعا إلى دراسة أثر كل مشروع تهيئة على الفرشة المائية.",
            )
        ],
    )


def day_two() -> ProgrammeDay:
    panel = ProgrammeItem(
        ItemKind.PANEL,
        title="تجارب جماعية في ترشيد الماء",
        speakers=[
            Person("عبد الغني أغزال", M, "نائب رئيس جماعة شفشاون"),
            Person("سناء الفاسي", F, "رئيسة جماعة أولاد تايمة"),
        ],
        summary="قدم نائب رئيس جماعة شفشاون تجربة الجماعة في سقي المساحات الخضراء بالمياه"
        " المعالجة، التي وفرت ثلث الماء الشروب المستعمل من قبل.",
    )
    session = Session(
        period=SessionPeriod.MORNING,
        title="الجلسة الثانية: تجارب جماعية",
        attendees=[Person("", M, "ممثلو الجماعات المشاركة", group=True)],
        items=[panel],
    )
    return ProgrammeDay(dt.date(2025, 10, 8), [session], end_time=dt.time(13, 0))


def report() -> Report:
    return Report(
        uuid=UUID,
        title="تقرير جماعة شفشاون عن مشاركتها في المؤتمر الوطني الأول حول الماء والجماعات الترابية",
        status=ReportStatus.FINAL,
        report_date=dt.date(2025, 10, 13),
        report_place="شفشاون",
        commune_role=CommuneRole.PARTICIPANT,
        event=event(),
        delegation=Delegation(
            leader=Person("عبد الغني أغزال", M, "نائب رئيس جماعة شفشاون", "جماعة شفشاون"),
            members=[
                DelegationMember(Person("سلمى الإدريسي", F, "مهندسة بمصلحة البيئة", "جماعة شفشاون"))
            ],
        ),
        days=[ProgrammeDay(dt.date(2025, 10, 7), [opening(), science()]), day_two()],
        closing=Closing(
            items=["قراءة التوصيات العامة للمؤتمر"],
            next_steps=[
                Recommendation(
                    "إدماج إعادة استعمال المياه المعالجة في برنامج عمل الجماعة",
                    by_commune=True,
                    responsible="قسم التخطيط بجماعة شفشاون",
                    deadline=dt.date(2026, 3, 31),
                )
            ],
            signature=Signature(
                signer=Person("سلمى الإدريسي", F, "مهندسة بمصلحة البيئة بجماعة شفشاون"),
                function="مهندسة بمصلحة البيئة بجماعة شفشاون",
                place="شفشاون",
                date=dt.date(2025, 10, 13),
            ),
        ),
    )
