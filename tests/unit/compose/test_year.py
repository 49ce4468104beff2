"""The year in review's figures equal direct counts on generated libraries, and the document
says them: the months' table, the totals per currency, the recommendations by status."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

from hypothesis import given, settings

from openreport.compose.document import Chart, Table
from openreport.compose.wording.ar_ma import year as year_words
from openreport.compose.year import Period, compose_year, figures
from openreport.demo import demo_profile
from openreport.model import EventKind, RecommendationStatus
from tests.helpers.year import libraries, sample_year

PERIODS = [Period.calendar_year(2024), Period(dt.date(2024, 7, 1), dt.date(2025, 1, 31))]


def in_period(reports, period):
    return [
        r
        for r in reports
        if r.event.start_date and period.start <= r.event.start_date <= period.end
    ]


@settings(max_examples=60, deadline=None)
@given(libraries())
def test_every_figure_equals_a_direct_count(reports):
    for period in PERIODS:
        found = figures(reports, period)
        held = in_period(reports, period)
        assert sorted(r.id for r in found.events) == sorted(r.id for r in held)
        for role in {r.commune_role for r in held}:
            assert len(found.by_role[role]) == sum(r.commune_role is role for r in held)
        for (year, month), by_kind in found.by_month.items():
            for kind in EventKind:
                direct = sum(
                    (r.event.start_date.year, r.event.start_date.month, r.event.kind)
                    == (year, month, kind)
                    for r in held
                )
                assert len(by_kind.get(kind, [])) == direct
        assert sum(len(k) for by in found.by_month.values() for k in by.values()) == len(held)
        names = [
            {
                p.name
                for p in [r.delegation.leader, *(m.person for m in r.delegation.members)]
                if p and p.name
            }
            for r in held
        ]
        assert dict((name, len(rs)) for name, rs in found.travellers) == dict(
            Counter(name for group in names for name in group)
        )
        assert found.members == sum(len(group) for group in names)
        for currency in ("MAD", "EUR", "USD"):
            direct = [
                r.delegation.mission_amount
                for r in held
                if r.delegation.mission_amount is not None
                and r.delegation.mission_currency == currency
            ]
            assert found.totals.get(currency, Decimal(0)) == sum(direct, Decimal(0))
            assert (currency in found.totals) == bool(direct)
        assert len(found.unpriced) == sum(
            bool(r.delegation.mission_cost.strip()) and r.delegation.mission_amount is None
            for r in held
        )
        assert found.declared == sum(r.event.participants_count or 0 for r in held)
        latest = {}
        for report in sorted(held, key=lambda r: (r.event.start_date, r.id)):
            for step in report.closing.next_steps:
                if step.text.strip():
                    latest[step.id] = step
        assert len(found.recommendations) == len(latest)
        for status in RecommendationStatus:
            direct = sum(step.status is status for step in latest.values())
            assert len(found.by_status.get(status, [])) == direct
        assert len(found.own) == sum(step.by_commune for step in latest.values())


@settings(max_examples=30, deadline=None)
@given(libraries())
def test_the_document_says_the_figures(reports):
    period = PERIODS[0]
    found = figures(reports, period)
    document = compose_year(reports, demo_profile(), period)
    text = "\n".join(document.paragraphs_text())
    assert document.title == "حصيلة سنة 2024"
    tables = [b for b in document.blocks if isinstance(b, Table)]
    charts = [b for b in document.blocks if isinstance(b, Chart)]
    if found.events:
        months = tables[0]
        assert len(months.rows) == 13 and months.rows[-1][-1] == str(len(found.events))
        assert sum(sum(counts) for _name, counts in charts[0].series) == len(found.events)
    for currency, total in found.totals.items():
        assert year_words.amount(total, currency) in text
    if found.recommendations:
        status_chart = charts[-1]
        assert sum(status_chart.series[0][1]) == len(found.recommendations)


def test_a_sample_year_reads_as_a_commune_says_it():
    reports = sample_year()
    document = compose_year(reports, demo_profile(), Period.calendar_year(2024), undated=2)
    text = document.paragraphs_text()
    assert (
        "شاركت جماعة شفشاون خلال سنة 2024 في 12 فعالية، واحتضنت فعالية واحدة، ونظمت فعالية واحدة."
        in text
    )
    assert "تقارير المكتبة التي لا تحمل تاريخا للفعالية لم تدخل في هذه الحصيلة، وعددها 2." in text
    assert "بلغ عدد المشاركين المصرح به في 14 فعالية 1470 مشاركا." in " ".join(text)
    assert "مجاميع التكاليف المصرح بها: 13.500,00 درهم؛ 2.400 أورو (كل عملة على حدة)." in text
    assert "لم يحدد مبلغ تكلفتين بعد، فلم تدخل في المجموع." in text
    charts = [b for b in document.blocks if isinstance(b, Chart)]
    assert [c.title for c in charts] == ["الفعاليات حسب الشهر والنوع", "التوصيات حسب مآلها"]
    assert charts[0].description.startswith(
        "مخطط أعمدة، الفعاليات حسب الشهر والنوع. يناير: ملتقى 2؛"
    )
    assert charts[1].description.startswith("مخطط أعمدة، التوصيات حسب مآلها. مقترحة: 22؛")
