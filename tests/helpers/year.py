"""Libraries of reports for the year in review: generated (hypothesis) and a fixed sample."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from openreport.model import (
    CommuneRole,
    DelegationMember,
    EventKind,
    Person,
    Recommendation,
    RecommendationStatus,
    Report,
)

NAMES = ("أحمد العلوي", "فاطمة الزهراء", "يوسف بنعلي", "سعاد", "")
SHARED_IDS = ("rec-1", "rec-2", "rec-3")  # a recommendation followed in several reports


@st.composite
def year_reports(draw) -> Report:
    report = Report()
    event = report.event
    event.kind = draw(st.sampled_from(list(EventKind)))
    event.name = draw(st.sampled_from(["", "ملتقى الشبكة", "حول التواصل"]))
    event.start_date = draw(st.none() | st.dates(dt.date(2023, 11, 1), dt.date(2025, 2, 28)))
    event.participants_count = draw(st.none() | st.integers(0, 500))
    report.commune_role = draw(st.sampled_from(list(CommuneRole)))
    names = st.sampled_from(NAMES)
    delegation = report.delegation
    delegation.leader = draw(st.none() | names.map(Person))
    delegation.members = [DelegationMember(Person(n)) for n in draw(st.lists(names, max_size=3))]
    delegation.mission_cost = draw(st.sampled_from(["", "4.500,00 درهم", "تذاكر السفر"]))
    delegation.mission_amount = draw(st.none() | st.decimals(0, 100_000, places=2))
    delegation.mission_currency = draw(st.sampled_from(["MAD", "EUR", "USD"]))
    report.closing.next_steps = draw(
        st.lists(
            st.builds(
                Recommendation,
                text=st.sampled_from(["تعميم التجربة", "إحداث خلية", ""]),
                by_commune=st.booleans(),
                status=st.sampled_from(list(RecommendationStatus)),
                id=st.sampled_from(SHARED_IDS) | st.uuids().map(str),
            ),
            max_size=4,
        )
    )
    return report


def libraries(max_size: int = 12):
    """Lists of reports with ids, as a library loads them."""
    return st.lists(year_reports(), max_size=max_size).map(_numbered)


def _numbered(reports: list[Report]) -> list[Report]:
    for number, report in enumerate(reports, 1):
        report.id = number
    return reports


def sample_year() -> list[Report]:
    """A year of a commune: events of several kinds and months, costs in two currencies,
    recommendations in every state."""
    from openreport.demo import demo_report

    statuses = list(RecommendationStatus)
    kinds = [EventKind.FORUM, EventKind.TRAINING, EventKind.STUDY_VISIT, EventKind.MEETING]
    costs = [("4.500,00 درهم (تنقل وإقامة)", "4500.00", "MAD"), ("1.200 أورو", "1200", "EUR")]
    reports = []
    for n in range(14):
        report = demo_report()
        report.id, report.uuid = n + 1, f"sample-{n}"
        report.event.kind = kinds[n % len(kinds)]
        report.event.start_date = dt.date(2024, 1 + (n * 5) % 12, 1 + n)
        report.commune_role = list(CommuneRole)[n % 3 if n % 4 == 0 else 0]
        report.event.participants_count = 40 + 10 * n
        if n % 3 == 0:
            text, amount, currency = costs[n % 2]
            report.delegation.mission_cost = text
            report.delegation.mission_amount = Decimal(amount)
            report.delegation.mission_currency = currency
        elif n % 5 == 1:
            report.delegation.mission_cost = "على نفقة الجهة المنظمة"
        for index, step in enumerate(report.recommendations()):
            step.id = f"{n}-{index}"
            step.status = statuses[(n + index) % len(statuses)]
        reports.append(report)
    return reports
