"""The composed document: what every renderer (DOCX, preview, print, PDF) draws.

It knows nothing of python-docx or Qt. The wording is decided once, when a report is
composed into these blocks; a renderer only chooses how each kind of block looks.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from openreport.text import clean_text

_BREAKS = re.compile(r"[\t\r\n\v\f\x85\u2028\u2029]")
# Arabic presentation forms A and B, but the ornate parentheses and the word ligatures (ﷲ ﷺ ﷻ ﷽)
# that are typed on purpose.
_PRESENTATION = re.compile(
    "[\ufb50-\ufd3d\ufd40-\ufdf1\ufdf3-\ufdf9\ufdfc\ufdfe\ufdff\ufe70-\ufefc]"
)


class Style(StrEnum):
    """Paragraph styles; each renderer maps them to its own (the DOCX template by name)."""

    BODY = "body"
    TITLE = "title"
    SUBTITLE = "subtitle"  # the slogan and the dates under the title
    HEADING1 = "heading1"
    HEADING2 = "heading2"
    HEADING3 = "heading3"
    PLACE_DATE = "place_date"  # on the left side, under the letterhead
    NOTE = "note"  # a remark of the delegation, a break


def _letters(match: re.Match[str]) -> str:
    letters = unicodedata.normalize("NFKC", match.group())
    # A code point of those blocks with no letters to stand for (unassigned, a noncharacter, an
    # ornament without decomposition) is dropped: it shows nothing, and left in, the text
    # still reads as pre-shaped to Word's checks and to docx-rtl-lint.
    return "" if _PRESENTATION.match(letters) else letters


def _one_line(text: str) -> str:
    """Text for one line of a document: no XML-illegal character, no line break or tab, and
    no pre-shaped Arabic (presentation forms pasted from a PDF are written as the letters they
    show, so that Word, search and screen readers see text)."""
    text = _PRESENTATION.sub(_letters, text)
    return _BREAKS.sub(" ", clean_text(text))


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False

    def __post_init__(self) -> None:
        self.text = _one_line(self.text)


@dataclass
class Paragraph:
    runs: list[Run]
    style: Style = Style.BODY

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def leads(self) -> bool:
        """A lead such as «مركز فرز النفايات المنزلية:» introduces what follows: it never
        ends a page."""
        return self.text.rstrip().endswith(":")


@dataclass
class ListItem:
    runs: list[Run]
    children: list[list[Run]] = field(default_factory=list)  # one level of sub-items

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class BulletList:
    items: list[ListItem]
    numbered: bool = False  # numbered lists are written «1-», «2-» …


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]

    def __post_init__(self) -> None:
        self.header = [_one_line(cell) for cell in self.header]
        self.rows = [[_one_line(cell) for cell in row] for row in self.rows]


@dataclass
class Letterhead:
    lines: list[str]
    logo: bytes | None = None

    def __post_init__(self) -> None:
        self.lines = [_one_line(line) for line in self.lines]


@dataclass
class SignatureBlock:
    """«حرر ب… في …», the function and the name: one block, kept on one page."""

    function: str
    name: str
    place_date: str = ""

    def __post_init__(self) -> None:
        self.function, self.name = _one_line(self.function), _one_line(self.name)
        self.place_date = _one_line(self.place_date)

    @property
    def lines(self) -> list[str]:
        return [line for line in (self.place_date, self.function, self.name) if line]


@dataclass
class Picture:
    """An image (PNG or JPEG) on its own line, with its caption under it."""

    data: bytes
    caption: str = ""

    def __post_init__(self) -> None:
        self.caption = _one_line(self.caption)


@dataclass
class PageBreak:
    pass


@dataclass
class Chart:
    """A bar chart of counts: one bar per category (in reading order), each of stacked
    segments, one per series; its title printed under it, its description read in its place
    (the text alternative of the image a DOCX holds)."""

    title: str
    categories: list[str]
    series: list[tuple[str, list[int]]]  # a name and one count per category
    description: str = ""

    def __post_init__(self) -> None:
        self.title, self.description = _one_line(self.title), _one_line(self.description)
        self.categories = [_one_line(category) for category in self.categories]
        self.series = [(_one_line(name), list(counts)) for name, counts in self.series]


Block = Paragraph | BulletList | Table | Letterhead | SignatureBlock | Picture | PageBreak | Chart


def _in_default_wording(word: str) -> str:
    """A field whose default is ``word`` of the Moroccan wording's page words, so that a
    document or a template built by hand (``PageWords()``), not composed, reads like a
    composed one and the words themselves stay in the wording."""

    def default() -> str:
        # Imported when asked, not at the top: the wording itself builds a PageWords.
        from openreport.compose.wording.ar_ma.document import PAGE_WORDS

        return getattr(PAGE_WORDS, word)

    return field(default_factory=default)


@dataclass(frozen=True)
class PageWords:
    """The words a renderer prints on every page, decided by the report's wording
    (``PAGE_WORDS`` of ``openreport.compose.wording.ar_ma``, the default of every field)."""

    page: str = _in_default_wording("page")  # "page 3 of 12": page, number, of, count
    of: str = _in_default_wording("of")
    draft: str = _in_default_wording("draft")  # the mark at the head of every page of a draft


@dataclass
class Document:
    title: str
    author: str
    blocks: list[Block] = field(default_factory=list)
    draft: bool = False
    language: str = "ar-MA"
    direction: str = "rtl"  # "rtl" or "ltr": the direction of the whole document
    words: PageWords = field(default_factory=PageWords)

    def paragraphs_text(self) -> list[str]:
        """The text of every paragraph, list item and table cell, in reading order."""
        return [text for block in self.blocks for text in block_texts(block)]


def block_texts(block: Block) -> list[str]:
    """The text of one block's paragraphs, list items or table cells, in reading order."""
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, BulletList):
        out = []
        for item in block.items:
            out.append(item.text)
            out.extend("".join(r.text for r in child) for child in item.children)
        return out
    if isinstance(block, Table):
        return [*block.header, *(cell for row in block.rows for cell in row)]
    if isinstance(block, Letterhead):
        return list(block.lines)
    if isinstance(block, SignatureBlock):
        return block.lines
    if isinstance(block, Picture) and block.caption:
        return [block.caption]
    if isinstance(block, Chart):
        return [block.title]
    return []
