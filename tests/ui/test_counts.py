"""Counts of reports and pages in the interface's messages read as Arabic does."""

from __future__ import annotations

import pytest

from openreport.actions import COPY, PAGE, REPORT, counted, imported_message
from openreport.cli import main
from openreport.compose.wording.ar_ma.grammar import Case
from openreport.model import Gender, Report
from openreport.storage.exchange import write_exchange_file


@pytest.mark.parametrize(
    ("n", "message"),
    [
        (1, "تم استيراد تقرير واحد"),
        (2, "تم استيراد تقريرين"),
        (3, "تم استيراد 3 تقارير"),
        (10, "تم استيراد 10 تقارير"),
        (11, "تم استيراد 11 تقريرا"),
        (99, "تم استيراد 99 تقريرا"),
        (100, "تم استيراد 100 تقرير"),
        (102, "تم استيراد 102 تقرير"),
        (103, "تم استيراد 103 تقارير"),
        (111, "تم استيراد 111 تقريرا"),
    ],
)
def test_an_import_says_its_count_as_arabic_does(n, message):
    assert imported_message(n) == message


def test_a_count_as_a_subject_and_a_feminine_noun():
    assert counted(2, REPORT, Case.NOMINATIVE) == "تقريران"
    assert counted(1, PAGE) == "صفحة واحدة"
    assert counted(2, PAGE, Case.NOMINATIVE) == "صفحتان"
    assert counted(5, PAGE) == "5 صفحات"
    assert counted(12, PAGE) == "12 صفحة"
    with pytest.raises(ValueError):
        counted(-1, PAGE)


def from_the_noun(n: int, noun, case: Case) -> str:
    """The count as the noun's own forms make it (the table in actions is written out)."""
    if n == 1:
        return f"{noun.singular} {'واحدة' if noun.gender is Gender.FEMALE else 'واحد'}"
    if n == 2:
        return noun.dual_nominative if case is Case.NOMINATIVE else noun.dual_oblique
    if 3 <= n % 100 <= 10:
        return f"{n} {noun.plural}"
    if 11 <= n % 100 <= 99:
        return f"{n} {noun.accusative}"
    return f"{n} {noun.singular}"


@pytest.mark.parametrize("noun", [REPORT, PAGE, COPY], ids=lambda noun: noun.singular)
def test_the_written_out_counts_are_the_nouns_own(noun):
    for case in (Case.NOMINATIVE, Case.OBLIQUE):
        for n in range(0, 250):
            assert counted(n, noun, case) == from_the_noun(n, noun, case)


def test_the_french_counts_say_none_one_and_more(app):
    from openreport.ui.labels import shown
    from tests.helpers.language import interface_in

    with interface_in("fr"):
        said = [shown(counted(n, REPORT)) for n in (0, 1, 2, 7, 12, 100)]
        assert said == [
            "0 rapport",
            "1 rapport",
            "2 rapports",
            "7 rapports",
            "12 rapports",
            "100 rapports",
        ]
        assert shown(counted(0, PAGE)) == "0 page" and shown(counted(0, COPY)) == "0 copie"


def reports(n: int) -> list[Report]:
    return [Report(title=f"تقرير {number}") for number in range(n)]


@pytest.mark.parametrize(
    ("n", "said"), [(1, "تقرير واحد"), (2, "تقريرين"), (3, "3 تقارير"), (11, "11 تقريرا")]
)
def test_the_command_line_says_the_count_of_imported_reports(tmp_path, capsys, n, said):
    exchange = write_exchange_file(reports(n), tmp_path / "x.openreport")
    assert main(["import", str(exchange), "--library", str(tmp_path / "lib.sqlite")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"تم استيراد {said}: ")
    assert len(out.split(":")[1].split()) == n  # the ids of the imported reports


@pytest.mark.parametrize(("n", "said"), [(1, "تقرير واحد"), (2, "تقريرين"), (3, "3 تقارير")])
def test_the_window_says_the_count_of_imported_reports(
    window_factory, tmp_path, monkeypatch, n, said
):
    from PySide6.QtWidgets import QFileDialog

    window = window_factory()
    source = write_exchange_file(reports(n), tmp_path / "x.openreport")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.import_action.trigger()
    assert window.statusBar().currentMessage() == f"تم استيراد {said}."
    assert window.library_page.model.rowCount() == n
