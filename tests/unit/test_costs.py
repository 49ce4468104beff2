"""A mission's cost read as an amount and a currency: golden cases of what is read surely and
what is left for the focal point to type; the JSON form of the amount and its currency."""

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openreport import costs
from openreport.model import Report
from openreport.serialization import FormatError, report_from_json, report_to_json

READ = {
    "4.500,00 درهم (تنقل وإقامة)": ("4500.00", "MAD"),
    "18.600,00 درهم (التنقل والإقامة)، تحملتها الشبكة الداعية": ("18600.00", "MAD"),
    "4500": ("4500", "MAD"),
    "4 500 درهم": ("4500", "MAD"),
    "4\u00a0500,50 د.م.": ("4500.50", "MAD"),
    "٤٥٠٠ درهم": ("4500", "MAD"),
    "٤٬٥٠٠٫٠٠ درهم": ("4500.00", "MAD"),
    "۱۲۰۰ درهم": ("1200", "MAD"),
    "4500.00 DH": ("4500.00", "MAD"),
    "1.500.000 د.م.": ("1500000", "MAD"),
    "5 آلاف درهم": ("5000", "MAD"),
    "ألف درهم": ("1000", "MAD"),
    "2 مليون درهم": ("2000000", "MAD"),
    "300 €": ("300", "EUR"),
    "1.200,00 أورو": ("1200.00", "EUR"),
    "4,500.00 USD": ("4500.00", "USD"),
    "12,5 دولارا": ("12.5", "USD"),
    "تذاكر السفر إلى أوروبا: 3000 درهم": ("3000", "MAD"),  # «أوروبا» is not «أورو»
    "الفندق 1200": ("1200", "MAD"),  # «الفندق» is not «ألف»
}
UNSURE = [
    "",
    "بدون تكلفة",
    "على نفقة الجهة المنظمة",
    "1.500 للتنقل و3.000 للإقامة",  # two numbers: which one is the cost?
    "4,500 درهم",  # four and a half, or four thousand five hundred
    "1234.500 درهم",
    "مليون سنتيم",
    "200 ريال",
    "200 أورو و 100 دولار",
    "بألف درهم",
    "ألفين درهم",
]


@pytest.mark.parametrize("text", READ)
def test_a_cost_stated_surely_is_read(text):
    amount, currency = READ[text]
    assert costs.parse_cost(text) == (Decimal(amount), currency)


@pytest.mark.parametrize("text", UNSURE)
def test_an_unsure_cost_is_not_read(text):
    assert costs.parse_cost(text) is None


@given(st.decimals(0, 10**9, places=2), st.sampled_from(["درهم", "DH", "€", "دولار"]))
def test_a_moroccan_amount_reads_back(amount, word):
    whole, _, cents = f"{amount:.2f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    parsed = costs.parse_cost(f"{grouped},{cents} {word}")
    assert parsed is not None and parsed[0] == amount


def test_totals_never_mix_currencies():
    totals = costs.total_by_currency(
        [(Decimal("10.50"), "MAD"), (Decimal(3), "EUR"), (Decimal("4.50"), "MAD")]
    )
    assert totals == {"MAD": Decimal("15.00"), "EUR": Decimal(3)}


def test_the_amount_is_stored_as_a_string_and_read_back():
    report = Report()
    report.delegation.mission_amount = Decimal("4500.00")
    report.delegation.mission_currency = "EUR"
    text = report_to_json(report)
    delegation = json.loads(text)["report"]["delegation"]
    assert delegation["mission_amount"] == "4500.00"
    assert delegation["mission_currency"] == "EUR"
    assert report_from_json(text) == report


def test_an_older_file_reads_as_no_amount():
    data = json.loads(report_to_json(Report()))
    for key in ("mission_amount", "mission_currency"):
        del data["report"]["delegation"][key]
    delegation = report_from_json(json.dumps(data)).delegation
    assert (delegation.mission_amount, delegation.mission_currency) == (None, "MAD")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("mission_amount", 4500),
        ("mission_amount", "1e5"),
        ("mission_amount", "-3"),
        ("mission_amount", "NaN"),
        ("mission_amount", "1" * 40),
        ("mission_amount", "4.500,00"),
        ("mission_currency", "mad"),
        ("mission_currency", "درهم"),
        ("mission_currency", None),
    ],
)
def test_a_hostile_amount_or_currency_is_refused(key, value):
    data = json.loads(report_to_json(Report()))
    data["report"]["delegation"][key] = value
    with pytest.raises(FormatError, match="delegation." + key):
        report_from_json(json.dumps(data))
