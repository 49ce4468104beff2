"""``openreport year``: the year in review of a library as DOCX or PDF, its period, its errors;
the reports it reads are those of the period, counted as when loaded whole."""

from __future__ import annotations

import zipfile

import docx

from openreport.cli import main
from openreport.compose.year import Period, figures
from openreport.storage import Library
from openreport.year_review import period_reports
from tests.helpers.year import sample_year


def sample_library(path) -> None:
    with Library.open(path) as library:
        for report in sample_year():
            report.id = None
            library.save(report)
        undated = sample_year()[0]
        undated.id, undated.uuid, undated.event.start_date = None, "undated", None
        library.save(undated)


def test_year_writes_a_docx_of_the_period(tmp_path, capsys):
    library = tmp_path / "library.sqlite"
    sample_library(library)
    target = tmp_path / "bilan.docx"
    assert main(["year", "2024", "-o", str(target), "--library", str(library)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "حصيلة سنة 2024" in texts
    with zipfile.ZipFile(target) as archive:
        assert sum(name.startswith("word/media/") for name in archive.namelist()) >= 2


def test_year_with_a_period_writes_a_pdf(tmp_path):
    library = tmp_path / "library.sqlite"
    sample_library(library)
    target = tmp_path / "bilan.pdf"
    args = ["year", "2024", "--from", "2024-07-01", "--to", "2024-09-30", "-o", str(target)]
    assert main([*args, "--library", str(library)]) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_year_usage_errors(tmp_path, capsys):
    library = str(tmp_path / "library.sqlite")
    target = str(tmp_path / "x.docx")
    assert (
        main(
            [
                "year",
                "2024",
                "--from",
                "2024-09-01",
                "--to",
                "2024-01-01",
                "-o",
                target,
                "--library",
                library,
            ]
        )
        == 2
    )
    assert main(["year", "12", "-o", target, "--library", library]) == 2
    assert not (tmp_path / "x.docx").exists()


def test_the_period_s_reports_count_as_the_whole_reports(tmp_path):
    path = tmp_path / "library.sqlite"
    sample_library(path)
    period = Period.calendar_year(2024)
    with Library.open(path) as library:
        light, undated = period_reports(library, period)
        whole = [library.load(s.id) for s in library.list_reports()]
    assert undated == 1
    found, direct = figures(light, period, undated), figures(whole, period, undated)
    assert [r.id for r in found.events] == [r.id for r in direct.events]
    assert found.totals == direct.totals
    assert [(r.id, m.id, m.status) for r, m in found.recommendations] == [
        (r.id, m.id, m.status) for r, m in direct.recommendations
    ]
    assert {n: len(rs) for n, rs in found.travellers} == {n: len(rs) for n, rs in direct.travellers}
