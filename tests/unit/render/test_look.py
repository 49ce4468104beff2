"""One look: the DOCX template, an exported DOCX and the Qt renderer all follow compose/look.py.

For every style of the look, each renderer's own record of it (the template's style, the style
in an exported DOCX with the profile's sizes, the Qt block and character formats) is read back
and compared with the table; a renderer with a number of its own fails here.
"""

from __future__ import annotations

import dataclasses
import re

import docx
import pytest
from docx.oxml.ns import qn

from openreport.compose import look
from openreport.compose.document import (
    BulletList,
    Document,
    Letterhead,
    ListItem,
    PageWords,
    Paragraph,
    Run,
    SignatureBlock,
    Style,
    Table,
)
from openreport.compose.look import Part
from openreport.render.docx import ooxml
from openreport.render.docx.styles import JC, mm_twips, twips
from openreport.render.docx.writer import BUILTIN_TEMPLATE, render_docx
from tests.helpers.readers import lint, lint_defects

# The text of the first sample paragraph of each style: its key's value.
PARTS_IN_BODY = (Part.LIST, Part.LETTERHEAD, Part.SIGNATURE, Part.TABLE_TEXT)
# Qt's text layout keeps no paragraph with the next one nor a paragraph's lines together
QT_UNSUPPORTED = ("keep_with_next", "keep_lines")
RULE = look.PARAGRAPHS[Style.TITLE].rule_below


def sample(draft: bool = True, words: PageWords | None = None) -> Document:
    """A small document with two paragraphs of every style (the second «… 2»), a list of each
    kind, a table."""
    blocks = [Letterhead([Part.LETTERHEAD.value, f"{Part.LETTERHEAD.value} 2"])]
    for style in Style:
        blocks += [Paragraph([Run(style.value)], style), Paragraph([Run(f"{style} 2")], style)]
    for numbered, first in ((True, Part.LIST.value), (False, f"{Part.LIST.value} 2")):
        item = ListItem([Run(first)], [[Run(f"{Part.LIST.value} {numbered}")]])
        blocks.append(BulletList([item], numbered=numbered))
    blocks.append(Table([Part.TABLE_TEXT.value, f"{Part.TABLE_TEXT.value} 2"], [["a", "b"]]))
    blocks.append(SignatureBlock(Part.SIGNATURE.value, f"{Part.SIGNATURE.value} 2"))
    return Document("look", "OpenReport", blocks, draft=draft, words=words or PageWords())


def last_of_run(key: Style | Part) -> str:
    """The text of the last paragraph of the run of ``key``'s paragraphs in the sample."""
    return f"{Part.LIST.value} False" if key is Part.LIST else f"{key.value} 2"


def expected(key: Style | Part, sizes, face: str) -> dict:
    """Every property of ``key``'s look, its size under ``sizes``, the face given."""
    paragraph = look.PARAGRAPHS[key]
    found = {f.name: getattr(paragraph, f.name) for f in dataclasses.fields(paragraph)}
    del found["docx_name"]
    return {**found, "face": face, "size": paragraph.size.points(sizes)}


@pytest.fixture(params=["demo", "other"])
def sized(request, profile):
    """The demo profile, and one whose face and three sizes all differ from the defaults."""
    if request.param == "other":
        profile.font_name = "Sakkal Majalla"
        profile.body_size, profile.heading_size, profile.title_size = 12.0, 19.0, 23.0
    return profile


# -- the DOCX side -----------------------------------------------------------------------------


def _val(parent, tag: str, attribute: str = "val"):
    element = None if parent is None else parent.find(qn(f"w:{tag}"))
    return None if element is None else element.get(qn(f"w:{attribute}"))


def _on(parent, tag: str) -> bool:
    element = None if parent is None else parent.find(qn(f"w:{tag}"))
    return element is not None and element.get(qn("w:val")) not in ("0", "false")


def docx_style(document, name: str) -> dict:
    element = document.styles[name].element
    ppr, rpr = element.find(qn("w:pPr")), element.find(qn("w:rPr"))
    assert _val(rpr, "sz") == _val(rpr, "szCs")
    assert _on(rpr, "b") == _on(rpr, "bCs") and _on(rpr, "i") == _on(rpr, "iCs")
    # right to left by the paragraph; w:rtl is on each run (a style's run properties cannot
    # hold it in the schema Word's SDK checks)
    assert _on(ppr, "bidi") and rpr.find(qn("w:rtl")) is None
    return {
        "face": _val(rpr, "rFonts", "cs"),
        "size": int(_val(rpr, "szCs")) / 2,
        "bold": _on(rpr, "b"),
        "italic": _on(rpr, "i"),
        "align": {jc: align for align, jc in JC.items()}[_val(ppr, "jc")],
        "before": int(_val(ppr, "spacing", "before")) / 20,
        "after": int(_val(ppr, "spacing", "after")) / 20,
        "keep_with_next": _on(ppr, "keepNext"),
        "color": _val(rpr, "color"),
        "line_spacing": int(_val(ppr, "spacing", "line")) / 240,
        "contextual": _on(ppr, "contextualSpacing"),
        "keep_lines": _on(ppr, "keepLines"),
        "rule_below": docx_rule(ppr),
        "indent_start": int(_val(ppr, "ind", "left") or 0) / 20,  # «left» starts a bidi line
    }


def docx_rule(ppr):
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        return None
    assert [edge.tag for edge in borders] == [qn("w:bottom")]
    assert _val(borders, "bottom") == "single"
    width, space = (int(_val(borders, "bottom", name)) for name in ("sz", "space"))
    return look.Rule(width / 8, _val(borders, "bottom", "color"), space)


def docx_drift(document, sizes, face: str) -> list[str]:
    """Every style of the look whose DOCX record differs from the table, as readable lines."""
    drift = []
    for key, paragraph in look.PARAGRAPHS.items():
        found, wanted = docx_style(document, paragraph.docx_name), expected(key, sizes, face)
        drift += [
            f"{key}: {k} {found[k]!r} ≠ {wanted[k]!r}" for k in wanted if found[k] != wanted[k]
        ]
    return drift


def test_the_template_is_the_look():
    template = docx.Document(str(BUILTIN_TEMPLATE))
    assert docx_drift(template, look.DefaultSizes(), look.DOCX_FACE) == []


def test_an_exported_docx_is_the_look_with_the_profiles_sizes(tmp_path, sized):
    path = tmp_path / "look.docx"
    render_docx(sample(), sized).save(str(path))
    lint(path)
    document = docx.Document(str(path))
    assert docx_drift(document, sized, look.docx_face(sized.font_name)) == []
    # each paragraph is written in the style of its key
    styles = {p.text: p.style.name for p in document.paragraphs}
    styles.update({c.text: c.paragraphs[0].style.name for c in document.tables[-1]._cells})
    for key in (*Style, *PARTS_IN_BODY):
        assert styles[key.value] == look.PARAGRAPHS[key].docx_name, key
    header = document.sections[0].header.paragraphs[0]
    assert header.style.name == look.PARAGRAPHS[Part.HEADER].docx_name
    assert document.sections[0].footer.paragraphs[0].style.name == "Footer"


def test_the_docx_table_lists_and_page_are_the_look(tmp_path, profile):
    path = tmp_path / "look.docx"
    render_docx(sample(), profile).save(str(path))
    lint(path)
    document = docx.Document(str(path))
    tblpr = document.styles[look.TABLE.docx_name].element.find(qn("w:tblPr"))
    for edge in tblpr.find(qn("w:tblBorders")):
        assert edge.get(qn("w:sz")) == str(round(look.TABLE.border * 8))
        assert edge.get(qn("w:color")) == look.TABLE.border_color
    for side in ("left", "right"):
        margin = _val(tblpr.find(qn("w:tblCellMar")), side, "w")
        assert margin == str(twips(look.TABLE.padding_start_end))
    numbering = document.part.numbering_part.element
    for abstract_id, markers in (
        (ooxml.NUMBER_ABSTRACT_ID, look.NUMBERED),
        (ooxml.BULLET_ABSTRACT_ID, look.BULLETS),
    ):
        abstract = next(
            a
            for a in numbering.iter(qn("w:abstractNum"))
            if a.get(qn("w:abstractNumId")) == str(abstract_id)
        )
        levels = list(abstract.iter(qn("w:lvl")))
        deeper = [markers[-1]] * (len(levels) - len(markers))  # Word's nine levels
        for level, (lvl, marker) in enumerate(zip(levels, [*markers, *deeper], strict=True)):
            assert (_val(lvl, "numFmt"), _val(lvl, "lvlText")) == (
                marker.docx_format,
                marker.docx_text,
            )
            indent = lvl.find(qn("w:pPr")).find(qn("w:ind"))
            if level < len(look.LIST_INDENTS):
                assert indent.get(qn("w:left")) == str(twips(look.LIST_INDENTS[level]))
            assert indent.get(qn("w:hanging")) == str(twips(look.LIST_HANGING))
    margins = document.sections[0]._sectPr.find(qn("w:pgMar"))
    page = look.PAGE
    for attribute, value in (
        ("top", mm_twips(page.top_mm)),
        ("bottom", mm_twips(page.bottom_mm)),
        ("right", mm_twips(page.start_mm)),  # the start of a right-to-left page
        ("left", mm_twips(page.end_mm)),
        ("header", twips(page.header_pt)),
        ("footer", twips(page.footer_pt)),
    ):
        assert margins.get(qn(f"w:{attribute}")) == str(value), attribute


# -- the Qt side -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def qt():
    from openreport.render.qt.pdf import ensure_gui_application

    return ensure_gui_application()


def qt_formats(block_format, char_format) -> dict:
    from PySide6.QtGui import QTextBlockFormat, QTextFormat

    from openreport.render.qt.units import PX_PER_POINT

    colored = char_format.hasProperty(QTextFormat.Property.ForegroundBrush)
    color = char_format.foreground().color().name()[1:].upper() if colored else None
    proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert block_format.lineHeightType() == proportional
    rule = block_format.hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)
    space = RULE.space if rule else 0  # the rule's space is under the paragraph's
    start = abs(block_format.rightMargin() - block_format.leftMargin())  # a cell pads both
    return {
        "face": char_format.fontFamilies()[0],
        "size": char_format.fontPointSize(),
        "bold": char_format.fontWeight() >= 700,
        "italic": char_format.fontItalic(),
        "align": int(block_format.alignment().value),  # compared with ALIGN[the look's]
        "before": round(block_format.topMargin() / PX_PER_POINT, 3),
        "after": round(block_format.bottomMargin() / PX_PER_POINT - space, 3),
        "color": color,
        "line_spacing": block_format.lineHeight() / 100,
        "rule_below": RULE if rule else None,  # Qt draws it a hairline in the rule's colour
        "indent_start": round(start / PX_PER_POINT, 1),
    }


def qt_blocks(document) -> dict[str, tuple]:
    """The block and character formats of each block, by the block's text; the text's own
    format has the block's face and size (its runs may add bold or italic)."""
    found = {}
    block = document.begin()
    while block.isValid():
        char = block.charFormat()
        for fragment in block:
            text = fragment.fragment().charFormat()
            assert text.fontFamilies() == char.fontFamilies(), block.text()
            assert text.fontPointSize() == char.fontPointSize(), block.text()
        found.setdefault(block.text(), (block, char))
        block = block.next()
    return found


def qt_in_body(blocks, key: Style | Part) -> dict:
    """The look of ``key``'s paragraphs: the space before from the first of the run, after
    from the last; contextual if the space between two of them is none."""
    first, char = blocks[key.value]
    last = blocks[last_of_run(key)][0]
    found = qt_formats(last.blockFormat(), char)
    found["before"] = qt_formats(first.blockFormat(), char)["before"]
    between = first.blockFormat().bottomMargin() + first.next().blockFormat().topMargin()
    paragraph = look.PARAGRAPHS[key]
    found["contextual"] = (
        between == 0 if paragraph.before or paragraph.after else paragraph.contextual
    )
    return found


def qt_drift(document, painter, sizes, face: str) -> list[str]:
    from openreport.render.qt.units import ALIGN

    blocks = qt_blocks(document)
    drift = []
    for key in (*Style, *PARTS_IN_BODY, Part.HEADER, Part.FOOTER):
        if key in (Part.HEADER, Part.FOOTER):  # one line painted in a margin
            found = qt_formats(painter.margin_block(key), painter.margin_format(key))
            found["contextual"] = look.PARAGRAPHS[key].contextual
        else:
            found = qt_in_body(blocks, key)
        wanted = expected(key, sizes, face)
        wanted["align"] = int(ALIGN[wanted["align"]].value)  # Qt's flag for the look's alignment
        drift += [
            f"{key}: {k} {found[k]!r} ≠ {wanted[k]!r}"
            for k in wanted
            if k not in QT_UNSUPPORTED and found[k] != wanted[k]
        ]
    return drift


def test_the_qt_formats_are_the_look(qt, sized):
    from openreport.render.qt.document import render_qt
    from openreport.render.qt.fonts import page_face

    document, painter = render_qt(sample(), sized)
    assert qt_drift(document, painter, sized, page_face(sized)) == []


def test_a_renderer_that_drifts_from_the_look_is_caught(qt, tmp_path, profile, monkeypatch):
    """Change the table alone: the template and the export (which take spacing from the
    template) now disagree with it, and the Qt renderer, which reads it, follows."""
    from openreport.render.qt.document import render_qt

    changed = dataclasses.replace(
        look.PARAGRAPHS[Style.HEADING2], size=look.Size(look.Base.HEADING, -3), before=11
    )
    monkeypatch.setitem(look.PARAGRAPHS, Style.HEADING2, changed)
    template = docx.Document(str(BUILTIN_TEMPLATE))
    assert docx_drift(template, look.DefaultSizes(), look.DOCX_FACE) == [
        "heading2: size 15.0 ≠ 14.0",  # 16 − 3, never under the body's 14
        "heading2: before 10.0 ≠ 11",
    ]
    path = tmp_path / "drift.docx"
    render_docx(sample(), profile).save(str(path))
    assert docx_drift(docx.Document(str(path)), profile, look.DOCX_FACE) == [
        "heading2: before 10.0 ≠ 11"
    ]
    document, painter = render_qt(sample(), profile)
    assert qt_drift(document, painter, profile, look.SHIPPED_FACE) == []


def test_the_qt_lists_table_and_page_are_the_look(qt, profile):
    from PySide6.QtGui import QPageLayout, QTextTable

    from openreport.render.qt.document import LIST_STYLES, render_qt
    from openreport.render.qt.units import PX_PER_POINT

    document, painter = render_qt(sample(), profile)
    blocks = qt_blocks(document)
    for first, markers in ((Part.LIST.value, look.NUMBERED), ("list 2", look.BULLETS)):
        block = blocks[first][0]
        for level, marker in enumerate(markers):
            fmt = block.textList().format()
            assert fmt.style() == LIST_STYLES[marker.qt_style]
            # right to left, the mark is drawn before the number (see list_format)
            assert fmt.numberPrefix() + fmt.numberSuffix() == marker.suffix
            assert fmt.indent() * look.LIST_INDENT_STEP == look.LIST_INDENTS[level]
            block = block.next()
    assert document.indentWidth() == look.LIST_INDENT_STEP * PX_PER_POINT
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    fmt = table.format()
    assert fmt.border() == look.TABLE.border * PX_PER_POINT
    assert fmt.borderBrush().color().name()[1:].upper() == look.TABLE.border_color
    cell = blocks[Part.TABLE_TEXT.value][0].blockFormat()
    assert cell.leftMargin() == cell.rightMargin() == look.TABLE.padding_start_end * PX_PER_POINT
    margins = painter.page_layout().margins(QPageLayout.Unit.Millimeter)
    page = look.PAGE
    assert (margins.top(), margins.bottom()) == (page.top_mm, page.bottom_mm)
    assert (margins.right(), margins.left()) == (page.start_mm, page.end_mm)


def test_the_qt_pdf_prints_the_documents_page_words(qt, tmp_path, profile):
    import subprocess

    from openreport.render.qt.pdf import write_pdf

    words = PageWords(page="Page", of="of", draft="Brouillon")
    write_pdf(sample(words=words), profile, tmp_path / "words.pdf")
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "words.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    count = len(re.findall("\f", text))
    assert count > 1 and f"Page 1 of {count}" in text and f"Page {count} of {count}" in text
    assert "Brouillon" in text
    assert "الصفحة" not in text and "مسودة" not in text


def test_a_left_to_right_document(qt, tmp_path, profile):
    from PySide6.QtCore import Qt

    from openreport.render.qt.document import render_qt

    composed = sample(words=PageWords(page="Page", of="sur", draft="Brouillon"))
    composed.direction, composed.language = "ltr", "fr-MA"
    document, _ = render_qt(composed, profile)
    block = qt_blocks(document)[Style.BODY.value][0]
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    path = tmp_path / "ltr.docx"
    written = render_docx(composed, profile)
    written.save(str(path))
    # the right-to-left lint's one rule for every document, a right-to-left section, is the
    # one a left-to-right document breaks on purpose
    assert [defect["code"] for defect in lint_defects(path)] == ["D7"]
    assert written.sections[0]._sectPr.find(qn("w:bidi")) is None
    normal = written.styles["Normal"].element
    assert not _on(normal.find(qn("w:pPr")), "bidi") and not _on(normal.find(qn("w:rPr")), "rtl")
    assert not any(_on(r, "rtl") for r in written.element.body.iter(qn("w:rPr")))
    assert written.core_properties.language == "fr-MA"
