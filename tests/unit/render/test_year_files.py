"""The year in review as files: a DOCX lint-clean and valid for openxml-audit whose charts are
pictures with a text alternative, and a Qt PDF whose charts are drawn as vectors."""

from __future__ import annotations

import re
import subprocess
import zipfile

import pytest
from openxml_audit import OpenXmlValidator

from openreport.compose.year import Period, compose_year
from openreport.demo import demo_profile
from openreport.render.docx.writer import render_docx
from openreport.year_review import write_year
from tests.helpers.readers import lint_defects, needs_libreoffice
from tests.helpers.year import sample_year


@pytest.fixture(scope="module")
def composed():
    return compose_year(sample_year(), demo_profile(), Period.calendar_year(2024), undated=1)


@pytest.fixture(scope="module")
def year_docx(composed, tmp_path_factory):
    path = tmp_path_factory.mktemp("year") / "bilan.docx"
    write_year(composed, demo_profile(), path)
    return path


def test_the_year_in_review_docx_is_lint_clean_and_schema_valid(year_docx):
    assert lint_defects(year_docx) == []
    result = OpenXmlValidator().validate(year_docx)
    assert [error.description for error in result.errors] == []


def test_each_chart_is_a_png_with_its_figures_as_text_alternative(year_docx, composed):
    with zipfile.ZipFile(year_docx) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        media = [name for name in archive.namelist() if name.startswith("word/media/")]
        pngs = [archive.read(name)[:8] for name in media]
    alternatives = re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', body)
    charts = [a for a in alternatives if a.startswith("مخطط أعمدة")]
    assert len(charts) == 2
    assert "يناير: ملتقى 2" in charts[0] and "مقترحة: 22" in charts[1]
    assert pngs.count(b"\x89PNG\r\n\x1a\n") >= 2


def test_without_a_drawing_the_docx_says_the_chart_in_words(composed):
    document = render_docx(composed, demo_profile())  # no chart_png: Qt-free
    texts = [p.text for p in document.paragraphs]
    assert any(text.startswith("مخطط أعمدة، الفعاليات حسب الشهر والنوع.") for text in texts)


def test_the_qt_pdf_draws_the_charts_as_vectors(composed, tmp_path):
    path = tmp_path / "bilan.pdf"
    exported = write_year(composed, demo_profile(), path)
    assert exported.route == "qt" and path.read_bytes().startswith(b"%PDF")
    pdf = path.read_bytes()
    # the only picture is the letterhead's logo: the bars are paths, their labels text
    assert pdf.count(b"/Subtype /Image") <= 1
    needs_libreoffice()
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "2024" in text


def test_the_qt_pdf_with_charts_stays_pdf_a(composed, tmp_path):
    import pikepdf

    from tests.unit.render.test_pdfa import fonts, resources

    path = tmp_path / "bilan.pdf"
    write_year(composed, demo_profile(), path)
    with pikepdf.open(path) as pdf:
        assert "/GTS_PDFA1" in str(pdf.Root.OutputIntents[0].S)
        for font in fonts(pdf):
            assert font.Subtype != "/Type3" and "/ToUnicode" in font, font.get("/BaseFont")
        for found in resources(pdf):
            for state in found.get("/ExtGState", {}).values():
                assert float(state.get("/ca", 1)) == 1 and float(state.get("/CA", 1)) == 1
                assert state.get("/SMask", pikepdf.Name("/None")) == pikepdf.Name("/None")
