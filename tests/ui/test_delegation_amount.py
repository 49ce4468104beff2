"""The delegation's cost: its amount and currency beside the wording, read from the wording
while the amount is empty or the one read, kept once typed by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from openreport.demo import demo_profile, demo_report
from openreport.model import ReportStatus
from openreport.ui.editor.base import SectionId


@pytest.fixture
def delegation(window_factory):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    report = demo_report()
    report.status = ReportStatus.DRAFT
    report.delegation.mission_cost = ""
    report.delegation.mission_amount = None
    window.open_report(window.library.save(report))
    window.editor.show_section(SectionId.DELEGATION)
    return window.editor, window.editor.section(SectionId.DELEGATION)


def test_the_amount_follows_the_wording_until_typed(delegation, qtbot):
    editor, section = delegation
    cost = editor.report.delegation
    section.mission_cost.setText("1.200,00 أورو (التنقل)")
    assert section.mission_amount.text() == "1.200,00"
    assert (cost.mission_amount, cost.mission_currency) == (Decimal("1200.00"), "EUR")
    section.mission_cost.setText("4.500,00 درهم (التنقل والإقامة)")
    assert (cost.mission_amount, cost.mission_currency) == (Decimal("4500.00"), "MAD")
    assert cost.mission_cost == "4.500,00 درهم (التنقل والإقامة)"
    section.mission_cost.setText("1.500 للتنقل و3.000 للإقامة")  # unsure: no amount
    assert cost.mission_amount is None and section.mission_amount.text() == ""
    qtbot.keyClicks(section.mission_amount, "4500")  # typed by hand: kept
    assert cost.mission_amount == Decimal(4500)
    section.mission_cost.setText("300 درهم")
    assert cost.mission_amount == Decimal(4500)
    section.mission_currency.setCurrentIndex(section.mission_currency.findData("USD"))
    assert cost.mission_currency == "USD"


def test_a_stored_amount_is_shown_and_not_replaced_on_opening(window_factory):
    window = window_factory()
    report = demo_report()
    report.status = ReportStatus.DRAFT
    report.delegation.mission_cost = "4.500,00 درهم"
    report.delegation.mission_amount = Decimal("4000")
    report.delegation.mission_currency = "GBP"
    window.open_report(window.library.save(report))
    window.editor.show_section(SectionId.DELEGATION)
    section = window.editor.section(SectionId.DELEGATION)
    assert section.mission_amount.text() == "4.000"
    assert section.mission_currency.currentData() == "GBP"
    assert window.editor.report.delegation.mission_amount == Decimal(4000)
    section.mission_cost.setText("5.000 درهم")  # typed by hand before: the text does not move it
    assert window.editor.report.delegation.mission_amount == Decimal(4000)
