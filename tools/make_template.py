"""Generate resources/templates/report.docx: the look of an OpenReport report, as styles.

Run ``python tools/make_template.py``; never edit the binary by hand. The exporter adds content
by style name (the names below), so a commune can give its own template with the same style
names (its letterhead, logo and fonts) and OpenReport falls back to these for any it lacks.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt

from openreport.compose.document import Style
from openreport.render.docx import ooxml
from openreport.render.docx.styles import (
    DEFAULT_FONT,
    FOOTER,
    HEADER,
    LETTERHEAD,
    LIST,
    SIGNATURE,
    STYLE_NAMES,
    TABLE_STYLE,
    TABLE_TEXT,
)

TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "templates" / "report.docx"

CM = 567  # twentieths of a point in a centimetre

# name → (size in pt, bold, alignment, space before, space after, keep with next)
PARAGRAPH_LOOKS = {
    Style.BODY: (14, False, None, 0, 6, False),
    Style.TITLE: (18, True, "center", 12, 6, True),
    Style.SUBTITLE: (15, True, "center", 0, 6, True),
    Style.HEADING1: (17, True, None, 14, 6, True),
    Style.HEADING2: (16, True, None, 10, 4, True),
    Style.HEADING3: (15, True, None, 8, 4, True),
    Style.PLACE_DATE: (14, False, "right", 6, 12, False),  # the end (left) side
    Style.NOTE: (13, False, None, 0, 6, False),
}
EXTRA_LOOKS = {
    LIST: (14, False, None, 0, 3, False),
    LETTERHEAD: (13, True, None, 0, 0, False),
    SIGNATURE: (14, False, "right", 0, 0, False),
    TABLE_TEXT: (13, False, None, 0, 0, False),
    HEADER: (16, True, "center", 0, 0, False),
    FOOTER: (12, False, "center", 0, 0, False),
}


def paragraph_style(document, name: str, look) -> None:
    size, bold, align, before, after, keep = look
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
    style.quick_style = True
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.keep_with_next = keep
    element = style.element
    ppr = ooxml.properties(element, "pPr")
    ooxml.set_paragraph_rtl(ppr)
    ooxml.set_alignment(ppr, align)
    rpr = ooxml.properties(element, "rPr")
    ooxml.set_run_arabic(rpr, DEFAULT_FONT, size, bold=bold)
    ooxml.remove_child(rpr, "color")
    ooxml.set_italic(rpr, False)  # python-docx's Title and Subtitle are italic: Arabic is not
    for effect in ("caps", "smallCaps", "spacing", "kern"):
        ooxml.remove_child(rpr, effect)
    if name in (STYLE_NAMES[Style.NOTE],):
        ooxml.set_italic(rpr)
    if name == HEADER:
        ooxml.set_color(rpr, "A0A0A0")


def table_style(document) -> None:
    styles = document.styles
    try:
        style = styles[TABLE_STYLE]
    except KeyError:
        style = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    element = style.element
    ppr = ooxml.properties(element, "pPr")
    ooxml.set_paragraph_rtl(ppr)
    rpr = ooxml.properties(element, "rPr")
    ooxml.set_run_arabic(rpr, DEFAULT_FONT, 13)
    tblpr = ooxml.properties(element, "tblPr")
    ooxml.set_table_rtl(tblpr)
    borders = ooxml.child(tblpr, "tblBorders", ooxml.TBLPR_ORDER)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = borders.find(qn(f"w:{side}"))
        if edge is None:
            edge = borders.makeelement(qn(f"w:{side}"), {})
            borders.append(edge)
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "6")
        edge.set(qn("w:color"), "404040")
    margins = ooxml.child(tblpr, "tblCellMar", ooxml.TBLPR_ORDER)
    for side in ("left", "right"):
        edge = margins.find(qn(f"w:{side}"))
        if edge is None:
            edge = margins.makeelement(qn(f"w:{side}"), {})
            margins.append(edge)
        edge.set(qn("w:w"), "108")
        edge.set(qn("w:type"), "dxa")


def defaults(document) -> None:
    """Document defaults: Arabic, right to left, the default font in every slot."""
    styles_element = document.styles.element
    doc_defaults = styles_element.find(qn("w:docDefaults"))
    rpr = doc_defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    ooxml.set_run_arabic(rpr, DEFAULT_FONT, 14)
    ppr_default = doc_defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = doc_defaults.makeelement(qn("w:pPrDefault"), {})
        doc_defaults.append(ppr_default)
    ppr = ppr_default.find(qn("w:pPr"))
    if ppr is None:
        ppr = ppr_default.makeelement(qn("w:pPr"), {})
        ppr_default.append(ppr)
    ooxml.set_paragraph_rtl(ppr)
    normal = document.styles["Normal"]
    ooxml.set_paragraph_rtl(ooxml.properties(normal.element, "pPr"))
    ooxml.set_run_arabic(ooxml.properties(normal.element, "rPr"), DEFAULT_FONT, 14)
    for name in ("Header", "Footer", "List Paragraph", "Table Grid", "Default Paragraph Font"):
        try:
            style = document.styles[name]
        except KeyError:
            continue
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            ooxml.set_paragraph_rtl(ooxml.properties(style.element, "pPr"))
            ooxml.set_run_arabic(ooxml.properties(style.element, "rPr"), DEFAULT_FONT)


def footer(document) -> None:
    section = document.sections[0]
    paragraph = section.footer.paragraphs[0]
    paragraph.style = document.styles[FOOTER]
    element = paragraph._p
    for run in list(element.findall(qn("w:r"))):
        element.remove(run)
    ooxml.text_run(element, "الصفحة ")
    ooxml.field_runs(element, "PAGE", "1")
    ooxml.text_run(element, " من ")
    ooxml.field_runs(element, "NUMPAGES", "1")


def build(target: Path = TEMPLATE) -> Path:
    document = Document()
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
    defaults(document)
    for style, name in STYLE_NAMES.items():
        paragraph_style(document, name, PARAGRAPH_LOOKS[style])
    for name, look in EXTRA_LOOKS.items():
        paragraph_style(document, name, look)
    table_style(document)
    sectpr = document.sections[0]._sectPr
    ooxml.set_a4(sectpr, top=2 * CM, bottom=2 * CM, start=int(2.5 * CM), end=2 * CM)
    ooxml.set_section_rtl(sectpr)
    footer(document)
    props = document.core_properties
    props.title, props.author, props.language = "OpenReport", "OpenReport", "ar-MA"
    props.comments = "Generated by tools/make_template.py; do not edit by hand."
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE))
