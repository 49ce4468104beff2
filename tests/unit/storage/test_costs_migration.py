"""Migration 8: a library whose mission costs are text gets their amounts where the text
states them surely; every text is left as typed."""

import json
import sqlite3
from decimal import Decimal

from openreport.model import Report
from openreport.storage import Library, schema

COSTS = {
    "4.500,00 درهم (تنقل وإقامة)": (Decimal("4500.00"), "MAD"),
    "1.200 أورو": (Decimal(1200), "EUR"),
    "1.500 للتنقل و3.000 للإقامة": None,
    "": None,
}


def make_library_before_costs(path) -> dict[str, str]:
    """A library at version 7 whose reports' JSON has the cost as text only."""
    uuids = {}
    with Library.open(path) as library:
        for text in COSTS:
            report = Report(title="مهمة")
            report.delegation.mission_cost = text
            library.save(report)
            uuids[report.uuid] = text
        conn = library.conn
        for report_id, data in conn.execute("SELECT id, data FROM reports").fetchall():
            old = json.loads(data)
            del old["delegation"]["mission_amount"], old["delegation"]["mission_currency"]
            conn.execute("UPDATE reports SET data = ? WHERE id = ?", (json.dumps(old), report_id))
        conn.execute("PRAGMA user_version = 7")
    return uuids


def test_text_costs_get_their_amounts(tmp_path):
    path = tmp_path / "library.sqlite"
    uuids = make_library_before_costs(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 7
    with Library.open(path) as library:
        assert library.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        found = {}
        for summary in library.list_reports():
            delegation = library.load(summary.id).delegation
            text = uuids[summary.uuid]
            assert delegation.mission_cost == text  # the wording stays as typed
            amount = delegation.mission_amount
            found[text] = None if amount is None else (amount, delegation.mission_currency)
    assert found == COSTS


def test_an_amount_already_typed_is_kept(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        report = Report()
        report.delegation.mission_cost = "4.500,00 درهم"
        report.delegation.mission_amount = Decimal("4000")
        report_id = library.save(report)
        library.conn.execute("PRAGMA user_version = 7")
    with Library.open(path) as library:
        assert library.load(report_id).delegation.mission_amount == Decimal(4000)
