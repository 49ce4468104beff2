"""The Qt PDF's text layer, mended (render/pdf_text.py): brackets and guillemets come back as
typed and letters as plain letters, read by pdftotext without NFKC."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
import pytest

from openreport.render.pdf import export_pdf
from openreport.render.pdf_text import MIRROR, plain, read_to_unicode, write_to_unicode

# Presentation forms that are ligatures (lam-alef, «ﷲ») are kept: see pdf_text.plain.
LIGATURES = re.compile("[\ufef5-\ufefc\ufdf2]")
PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def pdftotext(path: Path) -> str:
    """The text pdftotext reads, without the direction marks it adds around each run."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub("[\u202a-\u202e\u200e\u200f]", "", out.stdout)


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


@pytest.fixture(scope="module")
def demo_text(tmp_path_factory):
    from openreport.demo import demo_profile, demo_report

    target = tmp_path_factory.mktemp("qt") / "demo.pdf"
    export_pdf(demo_report(), demo_profile(), target, route="qt")
    return target, pdftotext(target)


def test_qt_cmap_is_read_and_written_back():
    qt_cmap = b"""2 beginbfrange
<0000> <0000> <0000>
<0001> <0004> [<0627> <FEDF> <FEFB> <0029> ]
endbfrange
1 beginbfrange
<0010> <0012> <0041>
endbfrange
1 beginbfchar
<0020> <00AB>
endbfchar"""
    found = read_to_unicode(qt_cmap)
    assert found == {
        0: "\0",
        1: "ا",
        2: "\ufedf",
        3: "\ufefb",
        4: ")",
        16: "A",
        17: "B",
        18: "C",
        32: "«",
    }
    assert read_to_unicode(write_to_unicode(found)) == found
    many = {code: "ب" for code in range(250)}  # bfchar blocks hold at most 100 entries
    assert read_to_unicode(write_to_unicode(many)) == many


def test_presentation_forms_become_letters_and_ligatures_stay():
    assert plain("\ufedf\ufee0\ufea0\ufee4\ufe8e\ufecb\ufe94") == "للجماعة"
    assert plain("\ufefb") == "\ufefb"  # lam-alef: one character, whole in pdftotext
    assert plain("(«A1»)") == "(«A1»)"
    assert MIRROR["("] == ")" and MIRROR["«"] == "»"


def test_demo_brackets_and_guillemets_come_back_as_typed(demo_text):
    _path, text = demo_text  # no NFKC
    for typed in (
        "(الرقمنة)",
        "«حصيلة برنامج دعم الجماعات الترابية المنفتحة»",
        "(توصية جماعة شفشاون)",
        "(المشاركة البرلمانية في برنامج الحكومات المنفتحة)",
        "(خمس سنوات)",
        "«إعمال خطة التواصل عبر برنامج",
    ):
        assert typed in text, typed
    assert ")الرقمنة(" not in text and "»حصيلة" not in text
    assert "(انتهى)" in lines_of(text)


def test_demo_letters_come_back_plain(demo_text):
    _path, text = demo_text
    assert "الرقمنة" in text and "شفشاون" in text
    assert PRESENTATION.findall(LIGATURES.sub("", text)) == []


def test_only_mirrored_brackets_get_a_span(demo_text):
    """Each /ActualText span holds one glyph shown in a right-to-left text object, with the
    bracket the glyph does not look like; left-to-right objects have none."""
    path, _text = demo_text
    spans = 0
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            instructions = list(pikepdf.parse_content_stream(page))
            operators = [str(i.operator) for i in instructions]
            for at, operator in enumerate(operators):
                if operator != "BDC":
                    continue
                spans += 1
                actual = str(instructions[at].operands[1].ActualText)
                assert actual in MIRROR and operators[at + 1 : at + 3] == ["Tj", "EMC"]
                assert "BT" in operators[:at]
                begin = max(i for i in range(at) if operators[i] == "BT")
                assert "ET" not in operators[begin:at]
                steps = [
                    float(i.operands[0]) for i in instructions[begin:at] if str(i.operator) == "Td"
                ][1:]
                assert all(step <= 0 for step in steps), steps
    assert spans >= 20  # the demo's brackets and guillemets in Arabic text


def test_latin_brackets_are_left_alone(tmp_path):
    """A left-to-right run draws its brackets as they are: no span, read back as typed."""
    from openreport.compose.document import Document, Paragraph, Run
    from openreport.demo import demo_profile
    from openreport.render.qt.pdf import write_pdf

    typed = ["عرض «حصيلة البرنامج» [ملحق] {ب} (أ)", "Open Government Partnership (OGP) 2024"]
    composed = Document("t", "a", blocks=[Paragraph([Run(line)]) for line in typed])
    target = tmp_path / "lines.pdf"
    write_pdf(composed, demo_profile(), target)
    text = pdftotext(target)
    assert typed[0] in lines_of(text)
    assert "Partnership (OGP" in text  # pdftotext moves the last bracket of a line, as for LO
    with pikepdf.open(target) as pdf:
        content = pdf.pages[0].Contents.read_bytes()
    assert content.count(b"/ActualText") == 8  # the Arabic line's four pairs only


def test_a_long_report_keeps_its_numbers_within_pdf_a_1_limits(tmp_path):
    """ISO 19005-1 §6.1.12: no real beyond ±32767. Qt paints each page in the document's
    coordinates at 300 dpi, which pass that limit from the tenth page on; they are rounded
    to the dot, and the text of the last page is still where it was."""
    from decimal import Decimal

    from openreport.compose.document import Document, Paragraph, Run
    from openreport.demo import demo_profile
    from openreport.render.qt.pdf import write_pdf

    sentence = "ترسيخ مبادئ الانفتاح بالجماعات الترابية (الرقمنة) من أجل تنمية محلية دامجة."
    blocks = [Paragraph([Run(f"{sentence} {number}")]) for number in range(1, 400)]
    target = tmp_path / "long.pdf"
    write_pdf(Document("t", "a", blocks=blocks), demo_profile(), target)
    with pikepdf.open(target) as pdf:
        assert len(pdf.pages) >= 12
        largest = max(
            abs(operand)
            for page in pdf.pages
            for instruction in pikepdf.parse_content_stream(page)
            for operand in instruction.operands
            if isinstance(operand, Decimal)
        )
    assert largest <= 32767
    text = pdftotext(target)  # it reads «… دامجة. 399» as «… دامجة399 .»
    assert {int(n) for n in re.findall(r"دامجة\s*(\d+)", text)} == set(range(1, 400))
    assert text.count("(الرقمنة)") == 399
