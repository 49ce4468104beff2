"""The exported DOCX, read back by python-docx, the shared lint and LibreOffice."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import unicodedata

import docx
import pytest
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings

from openreport.compose import compose
from openreport.model import (
    CommuneProfile,
    Person,
    Point,
    ProgrammeDay,
    ProgrammeItem,
    Report,
    Session,
)
from openreport.render.docx import ooxml
from openreport.render.docx import writer as exporter
from openreport.render.docx.writer import export_docx
from openreport.render.files import ExportError
from openreport.render.libreoffice import convert_to_pdf
from tests.helpers.files import tiny_png
from tests.helpers.readers import body_texts, lint, lint_defects, needs_libreoffice
from tests.helpers.strategies import reports


@pytest.fixture
def exported(tmp_path, demo, profile):
    return export_docx(demo, profile, tmp_path / "demo.docx")


def test_paragraphs_are_the_composed_ones(exported, demo, profile):
    document = docx.Document(str(exported))
    assert body_texts(document) == compose(demo, profile).paragraphs_text()


def test_a_paragraph_introducing_a_list_or_table_keeps_with_it(exported):
    document = docx.Document(str(exported))
    intro = next(p for p in document.paragraphs if p.text == "وتكونت منصة الورشة من:")
    assert intro.paragraph_format.keep_with_next
    intro = next(p for p in document.paragraphs if p.text.startswith("وقد خلصت الورشة إلى"))
    assert intro.paragraph_format.keep_with_next


def test_the_panel_table(exported):
    document = docx.Document(str(exported))
    [table] = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["الجماعة", "الاسم", "الصفة"]
    assert rows[2] == ["جماعة أيت ملول", "السيد حسن لعكيد", "متدخل"]
    assert table._tbl.tblPr.find(qn("w:bidiVisual")) is not None


def test_lists_are_numbered_lists(exported):
    document = docx.Document(str(exported))
    listed = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    texts = [p.text for p in listed]
    assert "جهة العيون الساقية الحمراء" in texts
    assert "ماهية التواصل وأنواعه." in texts
    levels = {p.text: int(p._p.pPr.numPr.ilvl.val) for p in listed}
    assert levels["تعزيز الحق في الولوج إلى المعلومة."] == 1
    numbering = document.part.numbering_part.element
    [ours] = [
        a
        for a in numbering.iter(qn("w:abstractNum"))
        if a.get(qn("w:abstractNumId")) == str(ooxml.NUMBER_ABSTRACT_ID)
    ]
    first = ours.find(qn("w:lvl"))
    assert first.find(qn("w:lvlText")).get(qn("w:val")) == "%1-"
    assert first.find(qn("w:numFmt")).get(qn("w:val")) == "decimal"


def test_no_right_to_left_defects(exported):
    report = lint(exported)
    assert "0 defects" in report


def test_page_a4_footer_fields_and_metadata(exported):
    document = docx.Document(str(exported))
    section = document.sections[0]
    assert (section.page_width, section.page_height) == (11906 * 635, 16838 * 635)
    assert section._sectPr.find(qn("w:bidi")) is not None
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert "الصفحة" in section.footer.paragraphs[0].text
    props = document.core_properties
    assert props.author == "جماعة شفشاون" and props.language == "ar-MA"
    assert props.title.startswith("تقرير جماعة شفشاون")


def test_draft_mark_only_on_drafts(tmp_path, demo, profile):
    final = docx.Document(str(export_docx(demo, profile, tmp_path / "final.docx")))
    assert "مسودة" not in "".join(p.text for p in final.sections[0].header.paragraphs)
    demo.status = demo.status.DRAFT
    draft = docx.Document(str(export_docx(demo, profile, tmp_path / "draft.docx")))
    assert "مسودة" in "".join(p.text for p in draft.sections[0].header.paragraphs)
    lint(tmp_path / "draft.docx")


def test_profile_font_and_sizes_go_into_the_styles(tmp_path, demo, profile):
    profile.font_name, profile.body_size, profile.title_size = "Sakkal Majalla", 16, 20
    document = docx.Document(str(export_docx(demo, profile, tmp_path / "f.docx")))
    normal = document.styles["Normal"].element.rPr
    assert normal.find(qn("w:rFonts")).get(qn("w:cs")) == "Sakkal Majalla"
    assert normal.find(qn("w:szCs")).get(qn("w:val")) == "32"
    title = document.styles["Title"].element.rPr
    assert title.find(qn("w:szCs")).get(qn("w:val")) == "40"


def test_letterhead_with_a_logo(tmp_path, demo, profile):
    profile.logo = tiny_png()
    path = export_docx(demo, profile, tmp_path / "logo.docx")
    document = docx.Document(str(path))
    assert len(document.inline_shapes) == 1
    first_table = document.tables[0]
    assert first_table.rows[0].cells[0].paragraphs[0].text == "المملكة المغربية"
    assert lint_defects(path) == []
    profile.logo = b"not an image"
    assert lint_defects(export_docx(demo, profile, tmp_path / "bad-logo.docx")) == []


def test_a_communes_own_template_and_its_fallback(tmp_path, demo, profile):
    own = docx.Document()  # python-docx's default: lacks OpenReport's styles
    own.sections[0].header.paragraphs[0].text = "ترويسة الجماعة الخاصة"
    own.save(tmp_path / "own.docx")
    profile.template_path = str(tmp_path / "own.docx")
    out = docx.Document(str(export_docx(demo, profile, tmp_path / "out.docx")))
    assert "ترويسة الجماعة الخاصة" in out.sections[0].header.paragraphs[0].text
    assert "OR Signature" in [s.name for s in out.styles]
    profile.template_path = str(tmp_path / "missing.docx")
    assert export_docx(demo, profile, tmp_path / "fallback.docx").exists()


def test_latin_words_are_left_to_right_runs(tmp_path, demo, profile):
    document = docx.Document(str(export_docx(demo, profile, tmp_path / "d.docx")))
    runs = [r for p in document.paragraphs for r in p.runs if "OGP" in r.text]
    assert runs and all(r._r.rPr.find(qn("w:rtl")).get(qn("w:val")) == "0" for r in runs)
    assert [r.text for r in runs] == ["OGP"]


def test_pasted_presentation_forms_are_written_as_letters(tmp_path, profile):
    pasted = "ﺍﻟﻤﻠﺘﻘﻰ ﷲ"  # shaped glyphs as a PDF gives them, and a ligature typed on purpose
    path = export_docx(Report(title=pasted), profile, tmp_path / "p.docx")
    assert body_texts(docx.Document(str(path)))[-1] == "الملتقى ﷲ"
    assert lint_defects(path) == []


def test_bad_input_exports(tmp_path, profile):
    nasty = "تحكم\x00\x07 \u202eمقلوب\u202c 😀 Saïdia et «la commune» \u200f"
    report = Report(
        title=nasty,
        days=[
            ProgrammeDay(
                sessions=[
                    Session(
                        items=[
                            ProgrammeItem(
                                speakers=[Person(nasty)],
                                summary="كلمة " * 20_000 + "نهاية",
                                points=[Point(nasty, [nasty])],
                            )
                        ]
                    )
                ]
            )
        ],
    )
    path = export_docx(report, profile, tmp_path / "nasty.docx")
    document = docx.Document(str(path))
    text = "\n".join(body_texts(document))
    assert "\x00" not in text and "😀" in text and "\u202e" in text
    assert any(len(t) > 100_000 for t in body_texts(document))
    lint(path)
    only_title = export_docx(Report(title="عنوان فقط"), CommuneProfile(), tmp_path / "t.docx")
    assert body_texts(docx.Document(str(only_title))) == ["عنوان فقط"]


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(report=reports)
def test_any_report_exports_and_reopens(tmp_path, profile, report):
    path = export_docx(report, profile, tmp_path / "generated.docx")
    document = docx.Document(str(path))
    # (an empty table cell, as a meeting's attendance row without institution, is no text)
    assert body_texts(document) == [t for t in compose(report, profile).paragraphs_text() if t]
    assert lint_defects(path) == []


# -- safe writing ------------------------------------------------------------------------------


def test_overwrites_atomically_and_leaves_no_temporary_file(tmp_path, demo, profile):
    target = tmp_path / "r.docx"
    target.write_bytes(b"old")
    export_docx(demo, profile, target)
    assert docx.Document(str(target))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]


def test_file_open_in_word_is_refused(tmp_path, demo, profile):
    target = tmp_path / "report-final.docx"
    target.write_bytes(b"old")
    (tmp_path / "~$port-final.docx").write_bytes(b"lock")
    with pytest.raises(ExportError, match="مفتوح"):
        export_docx(demo, profile, target)
    assert target.read_bytes() == b"old"


def test_read_only_target_is_refused(tmp_path, demo, profile):
    target = tmp_path / "r.docx"
    target.write_bytes(b"old")
    target.chmod(0o444)
    with pytest.raises(ExportError, match="للقراءة فقط"):
        export_docx(demo, profile, target)
    assert target.read_bytes() == b"old"


def test_full_disk_leaves_nothing_behind(tmp_path, demo, profile, monkeypatch):
    target = tmp_path / "r.docx"
    target.write_bytes(b"old")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(exporter.os, "fsync", full)
    with pytest.raises(ExportError, match="القرص ممتلئ"):
        export_docx(demo, profile, target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]


def test_missing_folder(tmp_path, demo, profile):
    with pytest.raises(ExportError, match="غير موجود"):
        export_docx(demo, profile, tmp_path / "nowhere" / "r.docx")


def test_export_does_not_touch_the_library(tmp_path, library, demo, profile, monkeypatch):
    report_id = library.save(demo)
    before = library.conn.execute("SELECT modified, data FROM reports").fetchall()
    monkeypatch.setattr(
        exporter.os,
        "replace",
        lambda *a: (_ for _ in ()).throw(PermissionError(errno.EACCES, "denied")),
    )
    with pytest.raises(ExportError):
        export_docx(library.load(report_id), profile, tmp_path / "r.docx")
    assert library.conn.execute("SELECT modified, data FROM reports").fetchall() == before


# -- LibreOffice, the independent reader ----------------------------------------------------------


def _flat(text: str) -> str:
    """Text without bidi controls and without white space: pdftotext moves the spaces that
    border a number inside Arabic, so the comparison is of the letters and their order."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\\s\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)


@pytest.mark.slow
def test_libreoffice_reads_the_key_sentences_whole_and_in_order(tmp_path, exported):
    needs_libreoffice()
    pdf = convert_to_pdf(exported, tmp_path)
    text = _flat(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    sentences = [
        "تقرير جماعة شفشاون عن مشاركتها",
        "يومي 12 و 13 نونبر 2024",
        "ترسيخ مبادئ الانفتاح بالجماعات الترابية",
        "جهة العيون الساقية الحمراء",
        "السيد حسن لعكيد",
        "والتقييم المستقبلي",
        "توصية جماعة شفشاون",
        "مأسسة التواصل ومضاعفة الخدمات المقدمة",
        "أسدل الستار على اليوم الأول من الفعالية",  # then «(الساعة 4.30 مساء)»
        "نقطة ارتكاز جماعة شفشاون",
    ]
    positions = []
    for sentence in sentences:
        assert _flat(sentence) in text, sentence
        positions.append(text.index(_flat(sentence)))
    assert positions == sorted(positions)
