"""Generate resources/templates/report.docx: the look of an OpenReport report, as styles.

Run ``python tools/make_template.py``; never edit the binary by hand. Every value comes from
openreport/compose/look.py. The exporter adds content by style name (render/docx/styles.py), so
a commune can give its own template with the same style names (its letterhead, logo and fonts)
and OpenReport falls back to these for any it lacks.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import clean_package
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn

from openreport.compose import look
from openreport.compose.document import PageWords, Style
from openreport.compose.look import DefaultSizes
from openreport.render.docx import ooxml
from openreport.render.docx.styles import (
    FOOTER,
    TABLE_STYLE,
    write_footer_words,
    write_page,
    write_paragraph_style,
    write_table_style,
)

GENERATED = dt.datetime(2026, 11, 30)  # the template's own date: the exporter sets each report's
TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "templates" / "report.docx"
SIZES = DefaultSizes()  # a new profile's sizes; the writer applies each report's own


def paragraph_style(document, paragraph: look.ParagraphLook) -> None:
    styles = document.styles
    try:
        style = styles[paragraph.docx_name]
    except KeyError:
        style = styles.add_style(paragraph.docx_name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
    style.quick_style = True
    write_paragraph_style(style.element, paragraph, SIZES, look.DOCX_FACE)
    rpr = ooxml.properties(style.element, "rPr")
    # python-docx's Title and Subtitle have caps, spacing and kerning: Arabic has none
    for effect in ("caps", "smallCaps", "spacing", "kern"):
        ooxml.remove_child(rpr, effect)


def table_style(document) -> None:
    styles = document.styles
    try:
        style = styles[TABLE_STYLE]
    except KeyError:
        style = styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    write_table_style(style.element, SIZES, look.DOCX_FACE)


def defaults(document) -> None:
    """Document defaults: Arabic, right to left, the default font in every slot."""
    styles_element = document.styles.element
    doc_defaults = styles_element.find(qn("w:docDefaults"))
    rpr = doc_defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    body = look.size(Style.BODY, SIZES)
    ooxml.set_run_arabic(rpr, look.DOCX_FACE, body, rtl=False)
    # the document's language is Arabic, for every route and reader (no East-Asian leftover)
    lang = rpr.find(qn("w:lang"))
    lang.attrib.clear()
    for attribute in ("val", "bidi"):
        lang.set(qn(f"w:{attribute}"), "ar-MA")
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
    ooxml.set_run_arabic(ooxml.properties(normal.element, "rPr"), look.DOCX_FACE, body, rtl=False)
    for name in ("Header", "Footer", "List Paragraph", "Table Grid", "Default Paragraph Font"):
        try:
            style = document.styles[name]
        except KeyError:
            continue
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            ooxml.set_paragraph_rtl(ooxml.properties(style.element, "pPr"))
            ooxml.set_run_arabic(ooxml.properties(style.element, "rPr"), look.DOCX_FACE, rtl=False)


# Word 2010's blues (accent 1, its shades, text 2) that python-docx's default document carries
# in its styles and theme: the report's colour is the look's ACCENT, its headings are black.
WORD_BLUES = ("4F81BD", "365F91", "1F497D", "243F60", "17365D")
THEME_ATTRIBUTES = (
    "themeColor", "themeShade", "themeTint", "themeFill", "themeFillShade", "themeFillTint",
)  # fmt: skip


def sober_colours(document) -> None:
    """No Word blue left: the linked character styles of the look's styles lose their colour
    (the headings and the title are black), any other blue becomes the look's ACCENT, and so
    do the theme's accent 1 and text 2 that Word offers first in its colour menus."""
    linked = {f"{p.docx_name} Char" for p in look.PARAGRAPHS.values()}
    for style in document.styles.element.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        own = name is not None and (name.get(qn("w:val")) or "").title() in {
            n.title() for n in linked
        }
        for element in list(style.iter()):
            if element.tag == qn("w:color") and own:
                element.getparent().remove(element)
                continue
            blue = [k for k, v in element.attrib.items() if v.upper() in WORD_BLUES]
            for attribute in blue:
                element.set(attribute, look.ACCENT)
            if blue:  # the theme's colour would win over the one written
                for theme in THEME_ATTRIBUTES:
                    element.attrib.pop(qn(f"w:{theme}"), None)
    for part in document.part.package.iter_parts():
        if str(part.partname).startswith("/word/theme/"):
            blob = part.blob
            for blue in WORD_BLUES:
                blob = blob.replace(f'val="{blue}"'.encode(), f'val="{look.ACCENT}"'.encode())
            part._blob = blob


def footer(document) -> None:
    section = document.sections[0]
    paragraph = section.footer.paragraphs[0]
    paragraph.style = document.styles[FOOTER]
    # the default words; the writer writes each report's own (Document.words)
    write_footer_words(paragraph._p, PageWords())


def build(target: Path = TEMPLATE) -> Path:
    document = Document()
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)
    defaults(document)
    for paragraph in look.PARAGRAPHS.values():
        paragraph_style(document, paragraph)
    table_style(document)
    sober_colours(document)
    write_page(document.sections[0]._sectPr)
    footer(document)
    props = document.core_properties
    props.title, props.author, props.language = "OpenReport", "OpenReport", "ar-MA"
    props.comments = "Generated by tools/make_template.py; do not edit by hand."
    props.created = props.modified = GENERATED
    props.last_modified_by, props.revision = "OpenReport", 1
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(target)
    clean_package.clean(target, look.DOCX_FACE)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATE))
