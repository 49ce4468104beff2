"""The exported DOCX is a package Word opens as its own: schema-valid, no leftovers, Arabic.

The validator is openxml-audit (the Open XML SDK's schema and semantic checks, in pure Python).
"""

import datetime as dt
import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from openxml_audit import OpenXmlValidator

from openreport.compose import look
from openreport.render.docx.ooxml import LIST_LEVELS
from openreport.render.docx.writer import BUILTIN_TEMPLATE, export_docx

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from openreport.demo import demo_profile, demo_report

    path = tmp_path_factory.mktemp("package") / "demo.docx"
    export_docx(demo_report(), demo_profile(), path)
    return path


def test_each_kind_s_example_is_valid_for_the_open_xml_schema(tmp_path):
    from openreport.demo import demo_profile, example_profile, example_reports

    reports = example_reports()
    assert len({report.event.kind for report in reports}) >= 4
    for number, report in enumerate(reports):
        path = tmp_path / f"example-{number}.docx"
        export_docx(report, example_profile(report) or demo_profile(), path)
        result = OpenXmlValidator().validate(path)
        assert [error.description for error in result.errors] == [], report.event.kind


def parts_of(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_demo_is_valid_for_the_open_xml_schema(exported):
    result = OpenXmlValidator().validate(exported)
    assert [error.description for error in result.errors] == []
    assert result.is_valid


@pytest.mark.parametrize("path_of", ["template", "export"])
def test_no_leftover_parts_of_python_docx_s_default_document(path_of, exported):
    names = set(parts_of(BUILTIN_TEMPLATE if path_of == "template" else exported))
    assert not {n for n in names if "stylesWithEffects" in n or "thumbnail" in n}
    assert not {n for n in names if n.startswith("customXml/")}
    types = parts_of(exported)["[Content_Types].xml"].decode()
    assert "stylesWithEffects" not in types and "customXml" not in types


def test_settings_say_current_word_and_let_arabic_be_proofed(exported):
    settings = parts_of(exported)["word/settings.xml"].decode()
    assert 'w:name="compatibilityMode"' in settings
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    assert "useFELayout" not in settings
    assert "proofState" not in settings
    assert "ja-JP" not in settings and "eastAsia" not in settings


def test_properties_name_openreport_and_today(exported):
    app = parts_of(exported)["docProps/app.xml"].decode()
    assert "<Application>OpenReport</Application>" in app
    assert "Macintosh" not in app
    props = docx.Document(str(exported)).core_properties
    now = dt.datetime.now(dt.UTC)
    assert abs(props.created.replace(tzinfo=dt.UTC) - now) < dt.timedelta(minutes=10)
    assert props.language == "ar-MA"


def test_the_font_table_has_the_report_font_and_no_east_asian_one(exported):
    table = parts_of(exported)["word/fontTable.xml"].decode()
    assert f'w:name="{look.DOCX_FACE}"' in table
    assert "明朝" not in table


def test_the_default_language_is_arabic_and_rtl_sits_on_the_runs(exported):
    document = docx.Document(str(exported))
    styles = document.styles.element
    lang = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = lang.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "ar-MA" and lang.get(qn("w:bidi")) == "ar-MA"
    assert lang.get(qn("w:eastAsia")) is None
    assert list(styles.iter(qn("w:rtl"))) == []  # not allowed in style run properties
    arabic_runs = [
        run
        for run in document.element.body.iter(qn("w:r"))
        if ARABIC.search("".join(t.text or "" for t in run.iter(qn("w:t"))))
    ]
    assert arabic_runs
    missing = [run for run in arabic_runs if run.find(qn("w:rPr")) is None]
    missing += [
        run
        for run in arabic_runs
        if run.find(qn("w:rPr")) is not None and run.find(qn("w:rPr")).find(qn("w:rtl")) is None
    ]
    assert missing == []


def test_list_definitions_have_word_s_nine_levels(exported):
    numbering = docx.Document(str(exported)).part.numbering_part.element
    abstracts = numbering.findall(qn("w:abstractNum"))
    ours = [a for a in abstracts if a.get(qn("w:abstractNumId")) in ("9101", "9102")]
    assert len(ours) == 2
    for abstract in ours:
        levels = abstract.findall(qn("w:lvl"))
        assert [int(lvl.get(qn("w:ilvl"))) for lvl in levels] == list(range(LIST_LEVELS))
        indents = [int(lvl.find(qn("w:pPr")).find(qn("w:ind")).get(qn("w:left"))) for lvl in levels]
        assert indents == sorted(indents) and len(set(indents)) == LIST_LEVELS


def test_no_style_of_the_look_is_italic():
    # Arabic fonts have no italic: Word and Qt slant the letters artificially
    assert [p.docx_name for p in look.PARAGRAPHS.values() if p.italic] == []
