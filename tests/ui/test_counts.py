"""Counts of reports and pages in the interface's messages read as Arabic does."""

from __future__ import annotations

import pytest

from openreport.actions import PAGE, REPORT, counted, imported_message
from openreport.cli import main
from openreport.compose.wording.ar_ma.grammar import Case
from openreport.model import Report
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
