"""Golden sentences of the year in review (wording/ar_ma/year.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from openreport.compose.wording.ar_ma import year
from openreport.compose.wording.ar_ma.people import writer
from openreport.model import BodyKind, CommuneProfile, CommuneRole

COMMUNE = writer("شفشاون")
COUNCIL = writer(CommuneProfile(commune_name="مجلس جهة الشرق", body=BodyKind.REGIONAL_COUNCIL))
YEAR = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
HALF = (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
P, H, ORG = CommuneRole.PARTICIPANT, CommuneRole.HOST, CommuneRole.ORGANISER

GOLDEN = [
    (lambda: year.title(*YEAR, "ar_MA"), "حصيلة سنة 2024"),
    (
        lambda: year.title(*HALF, "ar_MA"),
        "حصيلة الفترة من فاتح\u00a0يناير\u00a02024 إلى 30\u00a0يونيو\u00a02024",
    ),
    (
        lambda: year.events_summary(COMMUNE, {P: 12, H: 2, ORG: 1}, *YEAR, "ar_MA"),
        "شاركت جماعة شفشاون خلال سنة 2024 في 12 فعالية، واحتضنت فعاليتين، ونظمت فعالية واحدة.",
    ),
    (
        lambda: year.events_summary(COUNCIL, {H: 3}, *YEAR, "ar_MA"),
        "احتضن مجلس جهة الشرق خلال سنة 2024 ثلاث فعاليات.",
    ),
    (
        lambda: year.events_summary(COMMUNE, {}, *HALF, "ar_MA"),
        "لم تسجل جماعة شفشاون أي فعالية خلال الفترة من فاتح\u00a0يناير\u00a02024"
        " إلى 30\u00a0يونيو\u00a02024.",
    ),
    (lambda: year.amount(Decimal("4500.00"), "MAD"), "4.500,00 درهم"),
    (lambda: year.amount(Decimal("1200"), "EUR"), "1.200 أورو"),
    (lambda: year.amount(Decimal("12.5"), "GBP"), "12,50 GBP"),
    (
        lambda: year.costs_total({"MAD": Decimal("13500.00")}),
        "مجموع التكاليف المصرح بها: 13.500,00 درهم.",
    ),
    (
        lambda: year.costs_total({"MAD": Decimal("13500.00"), "EUR": Decimal(2400)}),
        "مجاميع التكاليف المصرح بها: 13.500,00 درهم؛ 2.400 أورو (كل عملة على حدة).",
    ),
    (lambda: year.costs_without_amount(2), "لم يحدد مبلغ تكلفتين بعد، فلم تدخل في المجموع."),
    (
        lambda: year.travellers_lead(COMMUNE, 3),
        "شارك في وفود الجماعة ثلاثة أعضاء، على النحو التالي:",
    ),
    (
        lambda: year.participants(COMMUNE, 1470, 14, 42),
        "بلغ عدد المشاركين المصرح به في 14 فعالية 1470 مشاركا."
        " وضمت وفود الجماعة في مجموعها 42 عضوا.",
    ),
    (lambda: year.own_summary(COMMUNE, 3), "تقدمت الجماعة بثلاث توصيات:"),
    (lambda: year.own_summary(COMMUNE, 12), "تقدمت الجماعة بـ12 توصية:"),
    (lambda: year.own_summary(COUNCIL, 1), "تقدم المجلس بتوصية واحدة:"),
    (
        lambda: year.chart_description(
            "التوصيات حسب مآلها", ["مقترحة", "منجزة"], [("العدد", [4, 2])]
        ),
        "مخطط أعمدة، التوصيات حسب مآلها. مقترحة: 4؛ منجزة: 2.",
    ),
    (
        lambda: year.chart_description(
            "الفعاليات", ["يناير", "فبراير"], [("ملتقى", [1, 0]), ("ندوة", [2, 0])]
        ),
        "مخطط أعمدة، الفعاليات. يناير: ملتقى 1، ندوة 2؛ فبراير: 0.",
    ),
]


@pytest.mark.parametrize(("say", "expected"), GOLDEN)
def test_golden_sentence(say, expected):
    assert say() == expected
