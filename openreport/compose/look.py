"""The look of a report, one table read by every renderer (DOCX template and writer, Qt).

Pure data: no Qt, no python-docx. Lengths are in points unless a name says otherwise; a
renderer converts them to its own units (twentieths of a point, Qt's pixels). The values are
those of the DOCX export, the reference: its text and layout are what users and tests know.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from openreport.compose.document import Style
from openreport.messages import QT_TRANSLATE_NOOP, said


class Part(StrEnum):
    """Paragraph styles of the parts of a report that are not composed paragraphs."""

    LIST = "list"
    LETTERHEAD = "letterhead"
    SIGNATURE = "signature"
    TABLE_TEXT = "table_text"
    HEADER = "header"  # the draft mark at the head of every page
    FOOTER = "footer"  # «الصفحة X من Y»


class Align(StrEnum):
    """Alignment by reading direction: the start is the right side of an Arabic page."""

    START = "start"
    CENTER = "center"
    END = "end"
    # both edges straight, the last line of a paragraph at its start, as Word justifies Arabic
    # («both»): by widening the spaces between words, not by kashida (LibreOffice's kashidas
    # break the text of its PDF: the LibreOffice route sets these paragraphs flush instead)
    JUSTIFY = "justify"


class Base(StrEnum):
    """Which of the profile's three sizes a style's size follows (or none: a fixed size)."""

    BODY = "body"
    HEADING = "heading"
    TITLE = "title"
    FIXED = "fixed"


class Sizes(Protocol):
    """The profile's sizes (a CommuneProfile has them)."""

    body_size: float
    heading_size: float
    title_size: float


@dataclass(frozen=True)
class DefaultSizes:
    """The sizes of a new profile: what the built-in template is generated with."""

    body_size: float = 14.0
    heading_size: float = 16.0
    title_size: float = 18.0


@dataclass(frozen=True)
class Size:
    """A size as a function of the profile: its ``base`` size plus ``offset`` points.

    A heading or subtitle is never smaller than the body text, whatever the profile says."""

    base: Base
    offset: float = 0.0

    def points(self, sizes: Sizes) -> float:
        if self.base is Base.FIXED:
            return self.offset
        value = getattr(sizes, f"{self.base.value}_size") + self.offset
        if self.base is not Base.BODY:
            value = max(value, sizes.body_size)
        return value


# The commune's colour, for the title's rule: a sober dark grey, not Word 2010's blue. A
# commune profile has no colour of its own (yet): this constant stands for it. Headings stay
# black.
ACCENT = "404040"


@dataclass(frozen=True)
class Rule:
    """A line under a paragraph, across the text width."""

    width: float = 1.0  # points
    color: str = ACCENT  # RRGGBB
    space: float = 4.0  # points between the text and the line


@dataclass(frozen=True)
class ParagraphLook:
    docx_name: str  # the style's name in the DOCX template (the contract with a commune's own)
    size: Size
    bold: bool = False
    italic: bool = False
    align: Align = Align.START
    before: float = 0.0  # space before, points
    after: float = 0.0  # space after, points
    keep_with_next: bool = False
    color: str | None = None  # RRGGBB; None is the automatic colour (black on paper)
    line_spacing: float = 1.15  # times the face's own line height (Word's "multiple")
    contextual: bool = False  # no space between two paragraphs of this style
    keep_lines: bool = False  # the paragraph's lines stay on one page
    rule_below: Rule | None = None
    indent_start: float = 0.0  # points from the start margin (the right one in Arabic)


# -- the page ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageLook:
    """A4 portrait; the start margin (right in Arabic) is the binding side."""

    width_mm: float = 210.0
    height_mm: float = 297.0
    top_mm: float = 20.0
    bottom_mm: float = 20.0
    start_mm: float = 25.0
    end_mm: float = 20.0
    header_pt: float = 35.4  # from the top edge to the header (the draft mark)
    footer_pt: float = 35.4  # from the bottom edge to the footer (the page number)

    @property
    def text_width_pt(self) -> float:
        return (self.width_mm - self.start_mm - self.end_mm) * 72 / 25.4


PAGE = PageLook()

# The signature block (place and date, function, name) takes the end half of the text width
# and is centred on its own axis there.
SIGNATURE_INDENT = round(PAGE.text_width_pt / 2, 1)


BODY = Size(Base.BODY)
HEADING = Size(Base.HEADING)

PARAGRAPHS: dict[Style | Part, ParagraphLook] = {
    Style.BODY: ParagraphLook("Normal", BODY, align=Align.JUSTIFY, after=6),
    Style.TITLE: ParagraphLook(
        "Title",
        Size(Base.TITLE),
        True,
        align=Align.CENTER,
        before=12,
        after=6,
        keep_with_next=True,
        line_spacing=1.0,
        contextual=True,
        rule_below=Rule(),
    ),
    Style.SUBTITLE: ParagraphLook(
        "Subtitle", HEADING, True, align=Align.CENTER, after=6, keep_with_next=True
    ),
    Style.HEADING1: ParagraphLook(
        "Heading 1", HEADING, True, before=14, after=6, keep_with_next=True, keep_lines=True
    ),
    Style.HEADING2: ParagraphLook(
        "Heading 2",
        Size(Base.HEADING, -1),
        True,
        before=10,
        after=4,
        keep_with_next=True,
        keep_lines=True,
    ),
    Style.HEADING3: ParagraphLook(
        "Heading 3",
        Size(Base.HEADING, -2),
        True,
        before=8,
        after=4,
        keep_with_next=True,
        keep_lines=True,
    ),
    Style.PLACE_DATE: ParagraphLook("OR Place Date", BODY, align=Align.END, before=6, after=12),
    # Arabic has no italic (Word and Qt would slant the letters artificially): a note is set
    # apart by a muted colour instead
    Style.NOTE: ParagraphLook("OR Note", BODY, color="404040", align=Align.JUSTIFY, after=6),
    Part.LIST: ParagraphLook("List Paragraph", BODY, align=Align.JUSTIFY, after=3, contextual=True),
    # The letterhead and table cells are a point under the body (13 pt beside 14 pt body).
    Part.LETTERHEAD: ParagraphLook("OR Letterhead", Size(Base.BODY, -1), True),
    Part.SIGNATURE: ParagraphLook(
        "OR Signature", BODY, align=Align.CENTER, indent_start=SIGNATURE_INDENT
    ),
    Part.TABLE_TEXT: ParagraphLook("OR Table Text", Size(Base.BODY, -1)),
    Part.HEADER: ParagraphLook(
        "Header", Size(Base.FIXED, 16), True, align=Align.CENTER, color="A0A0A0"
    ),
    Part.FOOTER: ParagraphLook("Footer", Size(Base.FIXED, 12), align=Align.CENTER),
}


def paragraph(key: Style | Part) -> ParagraphLook:
    return PARAGRAPHS[key]


def size(key: Style | Part, sizes: Sizes) -> float:
    """The size in points of style ``key`` under a profile's sizes."""
    return PARAGRAPHS[key].size.points(sizes)


# -- fonts -------------------------------------------------------------------------------------

# The DOCX names the face Moroccan offices have (Word on Windows); the profile may name another.
DOCX_FACE = "Traditional Arabic"
# The preview, the printout and the Qt PDF are one page in one face: the report's face where a
# Qt PDF of it gives its text back whole (pdftotext, after Unicode NFKC; measured, see the
# project's notes on Arabic PDF), else the face OpenReport ships (resources/fonts, OFL) and loads
# at start, so that the page is the same on every workstation. LibreOffice maps the Windows
# faces to the shipped face too (resources/fonts/fonts.conf).
SHIPPED_FACE = "OpenReport Naskh"  # Noto Naskh Arabic made to keep «لا» (tools/make_fonts.py)
WHOLE_TEXT_FACES = (SHIPPED_FACE, "Noto Sans Arabic", "DejaVu Sans")
LOSSY_FACES = {
    "Noto Naskh Arabic": said(QT_TRANSLATE_NOOP("Fonts", "يفقد النص المستخرج حرفي لا (لام ألف)")),
    "Amiri": said(QT_TRANSLATE_NOOP("Fonts", "يفقد النص المستخرج معظم الحروف")),
}


def docx_face(profile_face: str) -> str:
    return profile_face.strip() or DOCX_FACE


def page_face(profile_face: str, installed: set[str]) -> str:
    """The face of the preview, the printout and the Qt PDF: the report's face if its PDF
    text comes back whole and it is installed, else the shipped face (the archive must stay
    searchable, and the page the same everywhere)."""
    face = docx_face(profile_face)
    if face in WHOLE_TEXT_FACES and face in installed:
        return face
    return SHIPPED_FACE


# -- tables, lists, pictures, the signature ----------------------------------------------------


@dataclass(frozen=True)
class TableLook:
    docx_name: str = "OR Table"
    border: float = 0.75  # points, every edge, inside and out
    border_color: str = "404040"
    padding_start_end: float = 5.4  # points of air left and right in a cell, none above or below
    header_bold: bool = True
    keep_together_rows: int = 12  # a table of at most this many rows is kept on one page
    min_share: float = 0.1  # of the table's width, for any column (when it has ≤ 10)
    max_share: float = 0.6  # of the table's width, for any column (when it has ≥ 2)
    line_chars: int = 75  # about how many characters of table text fill the table's width


TABLE = TableLook()


def _longest_run(rows: list[list[str]], column: int) -> int:
    """The longest run of a column's texts that no line may break (between ordinary spaces)."""
    return max(
        [0, *(len(run) for row in rows if column < len(row) for run in row[column].split(" "))]
    )


def column_shares(rows: list[list[str]]) -> list[float]:
    """Each column's share of a table's width, by the longest text in it (a name wants more
    room than a number), none under ``TABLE.min_share`` nor over ``TABLE.max_share``; the
    shares add up to 1. ``rows`` has the header first."""
    count = max((len(row) for row in rows), default=0)
    if not count:
        return []
    weights = [max([1, *(len(row[c]) for row in rows if c < len(row))]) for c in range(count)]
    low, high = min(TABLE.min_share, 1 / count), max(TABLE.max_share, 1 / count)
    # a column is never narrower than its longest unbreakable run («31 دجنبر 2025» is held
    # together by no-break spaces): it would spill over its neighbour
    lows = [
        min(high, max(low, (_longest_run(rows, c) + 2) / TABLE.line_chars)) for c in range(count)
    ]

    def shares(scale: float) -> list[float]:
        return [min(high, max(lows[c], scale * weight)) for c, weight in enumerate(weights)]

    # the scale at which the bounded shares add up to 1, by halving (their sum grows with it)
    below, above = 0.0, 1.0 / min(weights)
    for _ in range(60):
        middle = (below + above) / 2
        below, above = (middle, above) if sum(shares(middle)) < 1 else (below, middle)
    found = shares(above)
    return [share / sum(found) for share in found]


@dataclass(frozen=True)
class Marker:
    docx_format: str  # w:numFmt
    docx_text: str  # w:lvlText
    qt_style: str  # the QTextListFormat style drawing the same marker
    suffix: str = ""  # after the number, on both sides


# Level 0 and level 1 (one level of sub-items). The sub-item mark is a white bullet: Qt draws
# no dash, and a circle is the one mark both renderers draw alike.
BULLETS = (Marker("bullet", "•", "disc"), Marker("bullet", "◦", "circle"))
NUMBERED = (Marker("decimal", "%1-", "decimal", "-"), Marker("bullet", "◦", "circle"))
LIST_INDENTS = (36.0, 54.0)  # points from the start margin to the text, per level
LIST_HANGING = 17.85  # points the marker hangs before the text (357 twentieths)
LIST_INDENT_STEP = 18.0  # Qt indents lists by whole steps: each indent is a multiple of this


@dataclass(frozen=True)
class PictureLook:
    width_mm: float = 140.0
    logo_height_mm: float = 25.0
    caption: Style = Style.NOTE  # centred


PICTURE = PictureLook()


@dataclass(frozen=True)
class SignatureLook:
    """A blank body paragraph, then «حرر ب… في …», the function (bold), room for the signature
    and the stamp, and the name: centred on their own axis in the end half of the page."""

    blank_lines: int = 1
    room_lines: int = 4  # blank lines between the function and the name
    function_bold: bool = True
    name_bold: bool = False


SIGNATURE = SignatureLook()


TEXT_COLOR = "000000"
