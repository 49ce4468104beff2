"""The stress material of the benchmarks: a large report and a library of 1,000 reports."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from openreport.demo import demo_report
from openreport.model import (
    Gender,
    Intervention,
    ItemKind,
    PanelMember,
    PanelRole,
    Person,
    Point,
    ProgrammeDay,
    ProgrammeItem,
    Recommendation,
    Report,
    Session,
    SessionPeriod,
    Workshop,
)
from openreport.storage import Library

WORDS = (
    "ترسيخ مبادئ الانفتاح بالجماعات الترابية من أجل تنمية محلية دامجة ومستدامة التواصل"
    " الفعال والتشبيك المشاركة المواطنة الحكامة الرقمنة الولوج إلى المعلومة الشبكة المغربية"
).split()


def sentence(rng: random.Random, words: int = 18) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def person(rng: random.Random, i: int) -> Person:
    gender = Gender.FEMALE if i % 2 else Gender.MALE
    return Person(f"المشارك رقم {i}", gender, "نقطة ارتكاز", f"جماعة {rng.choice(WORDS)}")


def large_report(
    days: int = 10,
    sessions: int = 3,
    items: int = 15,
    workshops: int = 30,
    interventions: int = 8,
    points: int = 6,
    recommendations: int = 300,
    seed: int = 1,
) -> Report:
    """10 days × 3 sessions × 15 items, 30 workshops × 8 interventions × 6 key points,
    300 recommendations: about a hundred printed pages with short texts."""
    rng = random.Random(seed)
    report = demo_report()
    report.uuid = f"stress-{seed}-{days}"
    report.title = "تقرير اختبار الضغط"
    start = dt.date(2025, 3, 3)
    report.event.start_date, report.event.end_date = start, start + dt.timedelta(days - 1)
    periods = [SessionPeriod.MORNING, SessionPeriod.AFTERNOON, SessionPeriod.EVENING]
    all_workshops = [
        _workshop(rng, w, interventions, points, recommendations // workshops)
        for w in range(workshops)
    ]
    report.days = []
    for d in range(days):
        day = ProgrammeDay(date=start + dt.timedelta(d), end_time=dt.time(17, 30))
        for s in range(sessions):
            session = Session(period=periods[s], start_time=dt.time(9 + 4 * s, 0))
            for i in range(items):
                kind = [ItemKind.SPEECH, ItemKind.PRESENTATION, ItemKind.PANEL][i % 3]
                session.items.append(
                    ProgrammeItem(
                        kind=kind,
                        title=sentence(rng, 5),
                        speakers=[person(rng, d * 1000 + s * 100 + i)],
                        summary=sentence(rng, 12),
                        points=[Point(sentence(rng, 5), [sentence(rng, 4)])],
                    )
                )
            day.sessions.append(session)
        report.days.append(day)
    # the workshops, as blocks spread over the afternoons
    per_day = max(1, workshops // days)
    for d, day in enumerate(report.days):
        block = all_workshops[d * per_day : (d + 1) * per_day]
        if block:
            day.sessions[1].items.append(ProgrammeItem(kind=ItemKind.WORKSHOPS, workshops=block))
    return report


def _workshop(
    rng: random.Random, w: int, interventions: int, points: int, recommendations: int
) -> Workshop:
    return Workshop(
        title=f"ورشة {w + 1}: {sentence(rng, 6)}",
        attended=w % 3 == 0,
        panel=[PanelMember(person(rng, w * 10 + k), list(PanelRole)[k % 5]) for k in range(4)],
        participants_count=20 + w,
        summary=sentence(rng, 20),
        interventions=[
            Intervention(
                speaker=person(rng, w * 100 + i),
                title=sentence(rng, 5),
                summary=sentence(rng, 12),
                points=[Point(sentence(rng, 5)) for _ in range(points)],
            )
            for i in range(interventions)
        ],
        discussion=sentence(rng, 20),
        recommendations=[
            Recommendation(sentence(rng, 8), by_commune=r % 7 == 0) for r in range(recommendations)
        ],
    )


def stress_library(path: Path, reports: int = 1000) -> int:
    """A library of ``reports`` reports, one of them large; returns the large one's id."""
    rng = random.Random(7)
    with Library.open(path) as library:
        base = demo_report()
        with library.transaction() as conn:
            for n in range(reports - 1):
                base.id = None
                base.uuid = f"bulk-{n}"
                base.title = f"تقرير {n}: {sentence(rng, 5)}"
                base.event.city = rng.choice(["شفشاون", "السعيدية", "الرباط", "أكادير", "فاس"])
                library.store(conn, base)
        return library.save(large_report())
