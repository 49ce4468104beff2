"""Typography both renderers share: justified body text, the signature block, columns sized by
their content, a title whose last line is never one word, the template's colours."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from openreport.compose import compose, look
from openreport.compose.document import Document, PageWords, Paragraph, Run, Style, Table
from openreport.compose.parts.front import no_lone_last_word
from openreport.render.docx.styles import JC, mm_twips
from openreport.render.docx.writer import BUILTIN_TEMPLATE, render_docx
from tests.helpers.readers import lint
from tests.unit.render.test_look import sample

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def qt():
    from openreport.render.qt.pdf import ensure_gui_application

    return ensure_gui_application()


def test_the_docx_prints_the_documents_page_words(tmp_path, profile):
    words = PageWords(page="Page", of="of", draft="Brouillon")
    path = tmp_path / "words.docx"
    render_docx(sample(words=words), profile).save(str(path))
    lint(path)
    document = docx.Document(str(path))
    assert document.sections[0].footer.paragraphs[0].text == "Page 1 of 1"
    assert document.sections[0].header.paragraphs[0].text == "Brouillon"


# -- justified text ----------------------------------------------------------------------------


def test_body_text_is_justified_as_word_does_and_flush_for_libreoffice(profile):
    assert look.paragraph(Style.BODY).align is look.Align.JUSTIFY
    assert JC[look.Align.JUSTIFY] == "both"  # spaces widen; not distribute, not kashida
    normal = render_docx(sample(), profile).styles["Normal"].element
    assert normal.find(f"{qn('w:pPr')}/{qn('w:jc')}").get(qn("w:val")) == "both"
    # LibreOffice would justify with kashidas that break its PDF's text: flush to the start
    flush = render_docx(sample(), profile, justify=False).styles
    for paragraph in look.PARAGRAPHS.values():
        jc = flush[paragraph.docx_name].element.find(f"{qn('w:pPr')}/{qn('w:jc')}")
        assert jc.get(qn("w:val")) != "both", paragraph.docx_name


# -- the signature block -----------------------------------------------------------------------


def signature_sample() -> Document:
    from openreport.compose.document import SignatureBlock

    block = SignatureBlock("رئيس المجلس", "محمد السفياني", "حرر بشفشاون في 20 نونبر 2024")
    return Document("t", "a", [Paragraph([Run("(انتهى)")]), block])


def test_the_docx_signature_block_has_room_and_stays_together(profile):
    body = render_docx(signature_sample(), profile).element.body
    paragraphs = list(body.iter(qn("w:p")))[1:]
    texts = ["".join(t.text for t in p.iter(qn("w:t"))) for p in paragraphs]
    room = [""] * look.SIGNATURE.room_lines
    blank = [""] * look.SIGNATURE.blank_lines
    assert texts == [*blank, "حرر بشفشاون في 20 نونبر 2024", "رئيس المجلس", *room, "محمد السفياني"]
    for index, paragraph in enumerate(paragraphs):
        kept = paragraph.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
        assert kept == (index < len(paragraphs) - 1)
    signature = look.paragraph(look.Part.SIGNATURE)
    assert signature.align is look.Align.CENTER
    # the end half of the text width: the block's axis is the middle of that half
    assert signature.indent_start == pytest.approx(look.PAGE.text_width_pt / 2, abs=0.1)


def test_the_qt_signature_block_has_room_and_stays_together(qt, profile):
    from openreport.render.qt.document import render_qt
    from openreport.render.qt.keep import KEEP_NEXT
    from openreport.render.qt.units import PX_PER_POINT

    document, _painter = render_qt(signature_sample(), profile)
    blocks = []
    block = document.begin().next()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    room = [""] * look.SIGNATURE.room_lines
    blank = [""] * look.SIGNATURE.blank_lines
    texts = [b.text() for b in blocks]
    assert texts == [*blank, "حرر بشفشاون في 20 نونبر 2024", "رئيس المجلس", *room, "محمد السفياني"]
    for index, block in enumerate(blocks):
        assert bool(block.blockFormat().property(KEEP_NEXT)) == (index < len(blocks) - 1)
    named = blocks[-1].blockFormat()
    # right to left, the start margin is the right one
    assert named.rightMargin() == pytest.approx(look.SIGNATURE_INDENT * PX_PER_POINT)
    assert named.leftMargin() == 0


def test_the_demo_signs_with_place_and_date(demo, profile):
    signature = compose(demo, profile).blocks[-1]
    assert signature.place_date == f"حرر بشفشاون في 20{NBSP}نونبر{NBSP}2024"
    assert signature.lines[0] == signature.place_date


# -- columns sized by their content ------------------------------------------------------------


def test_column_shares_follow_the_longest_text_within_bounds():
    names = ["الجماعة", "الاسم الكامل للمشارك أو المشاركة مع الصفة", "5"]
    shares = look.column_shares([names, ["جماعة سلا", "السيدة أمال بنشقر", "12"]])
    assert sum(shares) == pytest.approx(1)
    assert shares[1] > shares[0] > shares[2]
    assert shares[2] == pytest.approx(look.TABLE.min_share)
    long = look.column_shares([["ا" * 400, "ب", "ج"]])
    assert long[0] == pytest.approx(look.TABLE.max_share)
    assert long[1] == pytest.approx(long[2]) == pytest.approx((1 - look.TABLE.max_share) / 2)
    assert look.column_shares([["وحيد"]]) == [1.0]
    many = look.column_shares([["س"] * 14])
    assert many == pytest.approx([1 / 14] * 14)  # the floor gives way to the count
    assert look.column_shares([]) == []


TABLE = Table(["الجماعة", "الاسم", "الصفة"], [["جماعة بني نصار", "السيد مرزوق بوشرطة", "متدخل"]])


def test_the_docx_columns_have_the_shares(profile):
    composed = Document("t", "a", [TABLE])
    table = render_docx(composed, profile).tables[0]
    width = mm_twips(look.PAGE.width_mm - look.PAGE.start_mm - look.PAGE.end_mm)
    shares = look.column_shares([TABLE.header, *TABLE.rows])
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.iter(qn("w:gridCol"))]
    assert grid == [round(width * share) for share in shares]
    assert len(set(grid)) == 3  # not equal widths
    for row in table.rows:
        assert [cell.width.twips for cell in row.cells] == grid
    layout = table._tbl.tblPr.find(qn("w:tblLayout"))
    assert layout is not None and layout.get(qn("w:type")) == "fixed"


def test_the_qt_columns_have_the_shares_from_the_right(qt, profile):
    from PySide6.QtGui import QTextLength, QTextTable

    from openreport.render.qt.document import render_qt

    document, _painter = render_qt(Document("t", "a", [TABLE]), profile)
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    constraints = table.format().columnWidthConstraints()
    assert all(c.type() == QTextLength.Type.PercentageLength for c in constraints)
    shares = look.column_shares([TABLE.header, *TABLE.rows])
    # Qt lays columns out from the left: the first column is the last one
    assert [c.rawValue() for c in constraints] == pytest.approx([100 * s for s in shares[::-1]])
    assert table.cellAt(0, 2).firstCursorPosition().block().text() == "الجماعة"


# -- the title ---------------------------------------------------------------------------------


def last_line(qt, title: str, profile) -> str:
    """The last line of ``title`` set as a title in the Qt renderer, across the text width."""
    from openreport.render.qt.document import render_qt
    from openreport.render.qt.units import px

    document, _painter = render_qt(
        Document("t", "a", [Paragraph([Run(title)], Style.TITLE)]), profile
    )
    document.setTextWidth(px(look.PAGE.text_width_pt))
    document.size()  # laid out now
    block = document.begin()
    layout = block.layout()
    assert layout.lineCount() > 0
    line = layout.lineAt(layout.lineCount() - 1)
    return block.text()[line.textStart() : line.textStart() + line.textLength()]


def test_a_long_title_never_ends_with_one_word(qt, profile):
    words = "تقرير جماعة شفشاون عن مشاركتها ضمن فعاليات ملتقى الشبكة المغربية للجماعات المنفتحة"
    words = (words + " " + words).split()
    lone = None
    for count in range(8, len(words) + 1):
        title = " ".join(words[:count])
        if len(last_line(qt, title, profile).split()) == 1:
            lone = title
            break
    assert lone, "no title of these words leaves one word on its last line"
    balanced = no_lone_last_word(lone)
    assert balanced.split(" ")[-1] == f"{lone.split()[-2]}{NBSP}{lone.split()[-1]}"
    last = last_line(qt, balanced, profile).replace(NBSP, " ")
    assert len(last.split()) >= 2
    assert no_lone_last_word("تقرير قصير") == "تقرير قصير"  # two words never wrap alone


def test_the_composed_title_keeps_its_last_two_words_together(demo, profile):
    title = next(
        b for b in compose(demo, profile).blocks if getattr(b, "style", None) == Style.TITLE
    )
    assert title.text == no_lone_last_word(demo.title)
    assert title.text.endswith(f"للجماعات{NBSP}المنفتحة")


# -- colours -----------------------------------------------------------------------------------


def test_no_word_blue_in_the_template():
    with zipfile.ZipFile(BUILTIN_TEMPLATE) as package:
        names = [n for n in package.namelist() if n == "word/styles.xml" or "theme" in n]
        assert "word/styles.xml" in names and any("theme" in n for n in names)
        for name in names:
            xml = package.read(name).decode().upper()
            for blue in ("4F81BD", "365F91", "1F497D"):
                assert blue not in xml, (name, blue)
    assert look.paragraph(Style.TITLE).rule_below.color == look.ACCENT
    for style in (Style.TITLE, Style.HEADING1, Style.HEADING2, Style.HEADING3):
        assert look.paragraph(style).color is None  # headings are black


def test_the_docx_keeps_what_ends_the_report_with_the_signature():
    # the study visit ends with a list: its last item went to one page, the signature alone
    # to the next
    from openreport.demo import demo_profile, demo_report, example_profile, example_reports

    for report in [demo_report(), *example_reports()]:
        profile = example_profile(report) or demo_profile()
        body = render_docx(compose(report, profile), profile).element.body
        paragraphs = body.findall(qn("w:p"))
        texts = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in paragraphs]
        signed = next(i for i, text in enumerate(texts) if text.startswith("حرر"))
        before = paragraphs[signed - 1]
        assert before.find(qn("w:pPr")).find(qn("w:keepNext")) is not None, texts[signed - 1]


def test_a_column_is_never_narrower_than_what_cannot_break():
    # the year in review's deadlines («31 دجنبر 2025», held by no-break spaces) spilled over
    # the next column when the column was sized by its length alone
    date = "31\u00a0دجنبر\u00a02025"
    long = "إعداد مشروع نموذجي للفرز من المصدر بحيين من المدينة " * 2
    shares = look.column_shares(
        [
            ["التوصية", "الفعالية", "المسؤول", "الأجل", "الحالة"],
            [long, long, "قسم التخطيط بجماعة شفشاون", date, "مقترحة"],
        ]
    )
    assert shares[3] >= (len(date) + 2) / look.TABLE.line_chars - 1e-9
    assert abs(sum(shares) - 1) < 1e-9
