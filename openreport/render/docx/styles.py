"""The look (compose/look.py) as DOCX styles: written by tools/make_template.py and the writer.

The style names are the contract with a commune's own template: the writer adds content by
these names and copies any style a commune's template lacks from the built-in one.
"""

from __future__ import annotations

from docx.oxml.ns import qn
from docx.shared import Twips

from openreport.compose import look
from openreport.compose.document import PageWords, Style
from openreport.compose.look import Align, ParagraphLook, Part, Sizes
from openreport.render.docx import ooxml

STYLE_NAMES = {style: look.PARAGRAPHS[style].docx_name for style in Style}
LIST = look.PARAGRAPHS[Part.LIST].docx_name
LETTERHEAD = look.PARAGRAPHS[Part.LETTERHEAD].docx_name
SIGNATURE = look.PARAGRAPHS[Part.SIGNATURE].docx_name
TABLE_TEXT = look.PARAGRAPHS[Part.TABLE_TEXT].docx_name
HEADER = look.PARAGRAPHS[Part.HEADER].docx_name
FOOTER = look.PARAGRAPHS[Part.FOOTER].docx_name
TABLE_STYLE = look.TABLE.docx_name
ALL_PARAGRAPH_STYLES = tuple(paragraph.docx_name for paragraph in look.PARAGRAPHS.values())

# ``w:jc`` of a right-to-left paragraph: «left» is its start and «right» its end (as Word
# writes them). The start is said, not left out: every style is based on Normal, which is
# justified. Justified is «both», what Word's «ضبط» button writes: Word widens the spaces only
# (MS-OI29500 2.1.545: no kashida for «both», unlike the standard), the last line stays at the
# start. Not «distribute» (it stretches the last line too), nor the kashida values. LibreOffice
# does put kashidas in «both»: its PDF route gets a DOCX set flush (writer.render_docx).
JC = {Align.START: "left", Align.CENTER: "center", Align.END: "right", Align.JUSTIFY: "both"}


def twips(points: float) -> int:
    """Twentieths of a point, the unit of WordprocessingML lengths."""
    return round(points * 20)


def mm_twips(millimetres: float) -> int:
    return round(millimetres * 1440 / 25.4)


def eighths(points: float) -> int:
    """Eighths of a point, the unit of border widths."""
    return round(points * 8)


def write_paragraph_style(element, paragraph: ParagraphLook, sizes: Sizes, face: str) -> None:
    """Every property of ``paragraph`` on a ``w:style`` element, right to left."""
    ppr = ooxml.properties(element, "pPr")
    for tag, on in (
        ("keepNext", paragraph.keep_with_next),
        ("keepLines", paragraph.keep_lines),
        ("contextualSpacing", paragraph.contextual),
    ):
        if on:
            ooxml.child(ppr, tag, ooxml.PPR_ORDER)
        else:
            ooxml.remove_child(ppr, tag)
    ooxml.remove_child(ppr, "pBdr")
    if paragraph.rule_below:
        rule = paragraph.rule_below
        borders = ooxml.child(ppr, "pBdr", ooxml.PPR_ORDER)
        ooxml.child(
            borders,
            "bottom",
            ooxml.PBDR_ORDER,
            val="single",
            sz=str(eighths(rule.width)),
            space=str(round(rule.space)),
            color=rule.color,
        )
    ooxml.set_paragraph_rtl(ppr)
    ooxml.child(
        ppr,
        "spacing",
        ooxml.PPR_ORDER,
        before=str(twips(paragraph.before)),
        after=str(twips(paragraph.after)),
        line=str(round(240 * paragraph.line_spacing)),
        lineRule="auto",
    )
    if paragraph.indent_start:  # «left» is the start of a right-to-left paragraph
        ooxml.child(ppr, "ind", ooxml.PPR_ORDER, left=str(twips(paragraph.indent_start)))
    else:  # a list item's indents are its numbering's (the look's LIST_INDENTS)
        ooxml.remove_child(ppr, "ind")
    ooxml.set_alignment(ppr, JC[paragraph.align])
    rpr = ooxml.properties(element, "rPr")
    ooxml.set_run_arabic(rpr, face, paragraph.size.points(sizes), bold=paragraph.bold, rtl=False)
    ooxml.set_italic(rpr, paragraph.italic)
    if paragraph.color:
        ooxml.set_color(rpr, paragraph.color)
    else:
        ooxml.remove_child(rpr, "color")


def write_table_style(element, sizes: Sizes, face: str) -> None:
    """The table style: borders, cell margins and the cell text's face and size."""
    ooxml.set_paragraph_rtl(ooxml.properties(element, "pPr"))
    rpr = ooxml.properties(element, "rPr")
    ooxml.set_run_arabic(rpr, face, look.size(Part.TABLE_TEXT, sizes), rtl=False)
    tblpr = ooxml.properties(element, "tblPr")
    ooxml.set_table_rtl(tblpr)
    borders = ooxml.child(tblpr, "tblBorders", ooxml.TBLPR_ORDER)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = borders.find(qn(f"w:{side}"))
        if edge is None:
            edge = borders.makeelement(qn(f"w:{side}"), {})
            borders.append(edge)
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(eighths(look.TABLE.border)))
        edge.set(qn("w:color"), look.TABLE.border_color)
    margins = ooxml.child(tblpr, "tblCellMar", ooxml.TBLPR_ORDER)
    for side in ("left", "right"):
        edge = margins.find(qn(f"w:{side}"))
        if edge is None:
            edge = margins.makeelement(qn(f"w:{side}"), {})
            margins.append(edge)
        edge.set(qn("w:w"), str(twips(look.TABLE.padding_start_end)))
        edge.set(qn("w:type"), "dxa")


def write_page(sectpr) -> None:
    """A4 and the margins of the look on a section, right to left."""
    page = look.PAGE
    ooxml.set_a4(
        sectpr,
        top=mm_twips(page.top_mm),
        bottom=mm_twips(page.bottom_mm),
        start=mm_twips(page.start_mm),
        end=mm_twips(page.end_mm),
        header=twips(page.header_pt),
        footer=twips(page.footer_pt),
    )
    ooxml.set_section_rtl(sectpr)


def write_footer_words(paragraph_element, words: PageWords) -> None:
    """«الصفحة X من Y» in a footer paragraph, X and Y as PAGE and NUMPAGES fields."""
    for run in list(paragraph_element.findall(qn("w:r"))):
        paragraph_element.remove(run)
    ooxml.text_run(paragraph_element, f"{words.page} ")
    ooxml.field_runs(paragraph_element, "PAGE", "1")
    ooxml.text_run(paragraph_element, f" {words.of} ")
    ooxml.field_runs(paragraph_element, "NUMPAGES", "1")


def flush_start(styles: dict) -> None:
    """The justified styles of ``styles`` (``w:style`` elements by name) set flush to the start."""
    for paragraph in look.PARAGRAPHS.values():
        if paragraph.align is Align.JUSTIFY and paragraph.docx_name in styles:
            ppr = ooxml.properties(styles[paragraph.docx_name], "pPr")
            ooxml.set_alignment(ppr, JC[Align.START])


def column_widths(table, rows: list[list[str]]) -> list[Twips]:
    """A python-docx table's columns sized by their content, as in the Qt renderer
    (look.column_shares), in a fixed layout across the text width; each cell's width to set."""
    table.autofit = False
    page = look.PAGE
    width = mm_twips(page.width_mm - page.start_mm - page.end_mm)
    widths = [Twips(round(width * share)) for share in look.column_shares(rows)]
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
    return widths
