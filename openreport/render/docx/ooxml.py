"""The WordprocessingML that python-docx has no API for, in one place.

Paragraph and section ``w:bidi``, ``w:szCs``, the complex-script font, the bidi language,
fields (PAGE, NUMPAGES) and list numbering. Every child is inserted in the order the schema
requires (ECMA-376 Part 1), since Word refuses or repairs a file whose properties are out of
order.
"""

from __future__ import annotations

import copy
import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers"
    " pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE"
    " autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents"
    " suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle"
    " rPr sectPr pPrChange"
).split()
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint"
    " noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u"
    " effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
SECTPR_ORDER = (
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders"
    " lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter"
    " docGrid printerSettings sectPrChange"
).split()
TBLPR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc"
    " tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription"
).split()
NUMPR_ORDER = ["ilvl", "numId"]
PBDR_ORDER = ["top", "left", "bottom", "right", "between", "bar"]

A4_WIDTH, A4_HEIGHT = 11906, 16838  # twentieths of a point


# The tags that follow a tag in one of the orders above (module constants: the key is the
# order's id), asked for thousands of times an export.
_SUCCESSORS: dict[tuple[int, str], frozenset[str]] = {}


def child(parent, tag: str, order: list[str], **attributes: str):
    """The child ``w:tag`` of ``parent``, created in schema order if missing, attributes set."""
    element = parent.find(qn(f"w:{tag}"))
    if element is None:
        element = OxmlElement(f"w:{tag}")
        key = (id(order), tag)
        successors = _SUCCESSORS.get(key)
        if successors is None:
            successors = _SUCCESSORS[key] = frozenset(order[order.index(tag) + 1 :])
        for existing in parent:
            name = existing.tag.rsplit("}", 1)[-1]
            if name in successors:
                existing.addprevious(element)
                break
        else:
            parent.append(element)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def remove_child(parent, tag: str) -> None:
    for element in parent.findall(qn(f"w:{tag}")):
        parent.remove(element)


def properties(element, tag: str):
    """``w:pPr`` / ``w:rPr`` / ``w:tblPr`` of an element (paragraph, run, style), first child."""
    found = element.find(qn(f"w:{tag}"))
    if found is None:
        found = OxmlElement(f"w:{tag}")
        if tag == "rPr" and element.tag == qn("w:style"):
            # in a style, rPr follows pPr
            ppr = element.find(qn("w:pPr"))
            if ppr is not None:
                ppr.addnext(found)
                return found
            tblpr = element.find(qn("w:tblPr"))
            if tblpr is not None:
                tblpr.addprevious(found)
                return found
        if element.tag == qn("w:style"):
            following = [qn(f"w:{t}") for t in ("rPr", "tblPr", "trPr", "tcPr", "tblStylePr")]
            if tag == "pPr":
                for existing in element:
                    if existing.tag in following:
                        existing.addprevious(found)
                        return found
            element.append(found)
            return found
        element.insert(0, found)
    return found


def set_paragraph_rtl(ppr, *, bidi: bool = True) -> None:
    """Right-to-left base direction of a paragraph (or a paragraph style)."""
    child(ppr, "bidi", PPR_ORDER, val="1" if bidi else "0")


def set_alignment(ppr, value: str | None) -> None:
    """``w:jc``: in a bidi paragraph «left» is the start (right) and «right» the end (left)."""
    if value is None:
        remove_child(ppr, "jc")
    else:
        child(ppr, "jc", PPR_ORDER, val=value)


def set_run_arabic(
    rpr,
    font: str,
    size_pt: float | None = None,
    *,
    bold: bool | None = None,
    lang: str = "ar-MA",
    rtl: bool = True,
) -> None:
    """Complex-script font, size and bold of a run (or a style), right-to-left.

    A style or the document defaults take ``rtl=False``: the schema Word's SDK checks has no
    ``w:rtl`` in their run properties, so it goes on each Arabic run (:func:`mark_rtl_runs`)."""
    fonts = child(rpr, "rFonts", RPR_ORDER)
    for slot in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{slot}"), font)
    for theme in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)
    if bold is not None:
        for tag in ("b", "bCs"):
            child(rpr, tag, RPR_ORDER, val="1" if bold else "0")
    if size_pt is not None:
        half_points = str(round(size_pt * 2))
        child(rpr, "sz", RPR_ORDER, val=half_points)
        child(rpr, "szCs", RPR_ORDER, val=half_points)
    if rtl:
        child(rpr, "rtl", RPR_ORDER, val="1")
    else:
        remove_child(rpr, "rtl")
    child(rpr, "lang", RPR_ORDER, bidi=lang)


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def mark_rtl_runs(root) -> None:
    """``w:rtl`` on every run under ``root`` whose text holds Arabic."""
    for run in root.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if not _ARABIC.search(text):
            continue
        rpr = run.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            run.insert(0, rpr)
        if rpr.find(qn("w:rtl")) is None:
            child(rpr, "rtl", RPR_ORDER, val="1")


def set_bold(rpr, bold: bool = True) -> None:
    for tag in ("b", "bCs"):
        child(rpr, tag, RPR_ORDER, val="1" if bold else "0")


def set_italic(rpr, italic: bool = True) -> None:
    for tag in ("i", "iCs"):
        child(rpr, tag, RPR_ORDER, val="1" if italic else "0")


def set_left_to_right(rpr) -> None:
    """A run of Latin text inside an Arabic paragraph."""
    child(rpr, "rtl", RPR_ORDER, val="0")


def set_color(rpr, rgb: str) -> None:
    child(rpr, "color", RPR_ORDER, val=rgb)


def set_section_rtl(sectpr) -> None:
    child(sectpr, "bidi", SECTPR_ORDER)


def set_a4(
    sectpr,
    *,
    top: int,
    bottom: int,
    start: int,
    end: int,
    header: int,
    footer: int,
    gutter: int = 0,
) -> None:
    """A4 portrait; margins in twentieths of a point (start = right side, binding side)."""
    child(sectpr, "pgSz", SECTPR_ORDER, w=str(A4_WIDTH), h=str(A4_HEIGHT))
    sectpr.find(qn("w:pgSz")).attrib.pop(qn("w:orient"), None)
    child(
        sectpr,
        "pgMar",
        SECTPR_ORDER,
        top=str(top),
        bottom=str(bottom),
        right=str(start),
        left=str(end),
        header=str(header),
        footer=str(footer),
        gutter=str(gutter),
    )


def set_table_rtl(tblpr) -> None:
    child(tblpr, "bidiVisual", TBLPR_ORDER)


def field_runs(paragraph_element, instruction: str, placeholder: str, rpr_template=None) -> None:
    """Append a complex field (``PAGE``, ``NUMPAGES``) to a paragraph element."""

    def run(*children):
        r = OxmlElement("w:r")
        if rpr_template is not None:
            r.append(copy.deepcopy(rpr_template))
        for c in children:
            r.append(c)
        paragraph_element.append(r)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    text = OxmlElement("w:t")
    text.text = placeholder
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run(begin)
    run(instr)
    run(separate)
    run(text)
    run(end)


def text_run(paragraph_element, text: str, rpr_template=None):
    r = OxmlElement("w:r")
    if rpr_template is not None:
        r.append(copy.deepcopy(rpr_template))
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    paragraph_element.append(r)
    return r


# -- numbering -------------------------------------------------------------------------------

LIST_LEVELS = 9
BULLET_ABSTRACT_ID = 9101
NUMBER_ABSTRACT_ID = 9102


def _level(ilvl: int, fmt: str, text: str, indent: int, hanging: int):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, value in (("start", "1"), ("numFmt", fmt), ("lvlText", text), ("lvlJc", "left")):
        element = OxmlElement(f"w:{tag}")
        element.set(qn("w:val"), value)
        lvl.append(element)
    ppr = OxmlElement("w:pPr")
    set_paragraph_rtl(ppr)
    child(ppr, "ind", PPR_ORDER, left=str(indent), hanging=str(hanging))
    lvl.append(ppr)
    return lvl


def ensure_list_definitions(
    numbering_element,
    bullets: list[tuple[str, str]],
    numbered: list[tuple[str, str]],
    indents: list[int],
    hanging: int,
) -> None:
    """Add OpenReport's bullet and numbered list definitions if the document lacks them.

    ``bullets`` and ``numbered`` give (numFmt, lvlText) per level, ``indents`` the start
    indent of each level and ``hanging`` the marker's hang, in twentieths of a point."""
    existing = {
        a.get(qn("w:abstractNumId")) for a in numbering_element.findall(qn("w:abstractNum"))
    }
    definitions = ((BULLET_ABSTRACT_ID, bullets), (NUMBER_ABSTRACT_ID, numbered))
    for abstract_id, levels in definitions:
        if str(abstract_id) in existing:
            continue
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(abstract_id))
        multi = OxmlElement("w:multiLevelType")
        multi.set(qn("w:val"), "hybridMultilevel")
        abstract.append(multi)
        # Word's lists have nine levels; the deeper ones repeat the last, further in
        step = indents[-1] - indents[-2] if len(indents) > 1 else hanging
        for ilvl in range(LIST_LEVELS):
            fmt, text = levels[min(ilvl, len(levels) - 1)]
            last = min(ilvl, len(indents) - 1)
            indent = indents[last] + (ilvl - last) * step
            abstract.append(_level(ilvl, fmt, text, indent, hanging))
        # abstractNum elements come before every num element
        first_num = numbering_element.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering_element.append(abstract)


def last_list_id(numbering_element) -> int:
    ids = [int(n.get(qn("w:numId"))) for n in numbering_element.findall(qn("w:num"))]
    return max(ids, default=0)


def new_list(numbering_element, numbered: bool, num_id: int) -> int:
    """A new ``w:num`` (``num_id``, unused so far) for one list: each list starts at 1."""
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    abstract = OxmlElement("w:abstractNumId")
    abstract.set(qn("w:val"), str(NUMBER_ABSTRACT_ID if numbered else BULLET_ABSTRACT_ID))
    num.append(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering_element.append(num)
    return num_id


def set_numbering(ppr, num_id: int, level: int) -> None:
    numpr = child(ppr, "numPr", PPR_ORDER)
    child(numpr, "ilvl", NUMPR_ORDER, val=str(level))
    child(numpr, "numId", NUMPR_ORDER, val=str(num_id))
