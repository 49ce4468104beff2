"""What the parts of a report share: the report, its kind and wording, and the blocks so far.

A part is a function ``part(ctx)`` that appends blocks through the small writers below. It
decides what is said and what is left out; the sentences themselves come from ``ctx.words``,
the wording module (``openreport.compose.wording.ar_ma``), so no part holds a word of Arabic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from openreport.compose.document import Block, BulletList, ListItem, Paragraph, Run, Style
from openreport.model import (
    CommuneProfile,
    ItemKind,
    Point,
    ProgrammeItem,
    Report,
    Session,
    SessionPeriod,
)
from openreport.text import clean_text
from openreport.validation import Problem

_HEADINGS = {1: Style.HEADING1, 2: Style.HEADING2, 3: Style.HEADING3}


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a text typed by the user: one per non-empty line."""
    return [line.strip() for line in clean_text(text).splitlines() if line.strip()]


@dataclass
class Context:
    """One report being composed; parts read it and append to ``blocks``."""

    report: Report
    profile: CommuneProfile
    kind: Kind
    words: ModuleType  # the wording: every sentence, by meaning
    title: str = ""  # the report's title, typed or suggested
    blocks: list[Block] = field(default_factory=list)
    only_item_of_day: int = 0  # the day's number while composing a day of a single item

    @property
    def month_style(self) -> str:
        """The report's month names when it chose them, else the profile's."""
        return self.report.event.month_style.strip() or self.profile.month_style

    @property
    def commune(self) -> str:
        """The profile's name as typed (kept for parts written before ``writer``)."""
        return self.profile.commune_name.strip()

    @property
    def writer(self) -> Any:
        """The body that writes the report, as the wording names it (``words.writer``): a
        commune or another body; pass it to every sentence that names the writer."""
        return self.words.writer(self.profile)

    def add(self, block: Block) -> None:
        self.blocks.append(block)

    def para(self, *runs: Run | str, style: Style = Style.BODY) -> None:
        """A paragraph of the runs that are not empty; nothing when all are."""
        parts = [Run(r) if isinstance(r, str) else r for r in runs]
        parts = [r for r in parts if r.text]
        if parts:
            self.blocks.append(Paragraph(parts, style))

    def text_paragraphs(
        self, text: str, lead: list[Run] | None = None, style: Style = Style.BODY
    ) -> None:
        """The user's text as paragraphs; ``lead`` opens the first one."""
        lines = paragraphs_of(text)
        if lead:
            first = lines.pop(0) if lines else ""
            self.para(*lead, *([Run(" " + first)] if first else []), style=style)
        for line in lines:
            self.para(line, style=style)

    def bullets(self, texts: Iterable[str], *, numbered: bool = False) -> None:
        items = [ListItem([Run(t.strip())]) for t in texts if t.strip()]
        if items:
            self.blocks.append(BulletList(items, numbered))

    def points(self, points: list[Point], *, numbered: bool = False) -> None:
        """Points with their sub-points, as a list of two levels."""
        items = [
            ListItem([Run(p.text.strip())], [[Run(s.strip())] for s in p.subpoints if s.strip()])
            for p in points
            if p.text.strip() or any(s.strip() for s in p.subpoints)
        ]
        if items:
            self.blocks.append(BulletList(items, numbered))

    def heading(self, text: str, level: int) -> None:
        self.para(text, style=_HEADINGS[level])


Part = Callable[[Context], None]
ItemWriter = Callable[[Context, ProgrammeItem, Session], None]
TitleMaker = Callable[[Report, CommuneProfile, ModuleType], str]
Checks = Callable[[Report], list[Problem]]


def no_checks(report: Report) -> list[Problem]:
    """A kind that asks nothing of its reports beyond what every report must have."""
    return []


@dataclass(frozen=True, eq=False)  # a kind is itself: compared and hashed by identity
class Kind:
    """A kind of report: its parts in order (what is not listed is left out), how each kind
    of programme item is written, and the title suggested to the user."""

    name: str
    parts: tuple[Part, ...]
    items: Mapping[ItemKind, ItemWriter]
    suggested_title: TitleMaker
    # The editor's sections for this kind, in order, by the value of the window's SectionId.
    sections: tuple[str, ...] = (
        "event",
        "delegation",
        "programme",
        "workshops",
        "recommendations",
        "closing",
        "review",
    )
    # What the programme editor adds for this kind: a day's one session, a new item's kind
    day_period: SessionPeriod = SessionPeriod.MORNING
    new_item: ItemKind = ItemKind.SPEECH
    # The fields this kind does not print, as dotted paths without list indexes
    # («event.trainers», «days.sessions.title»): its editor does not offer them.
    hidden: frozenset[str] = frozenset()
    # What a report of this kind still misses (a meeting without agenda points…), for the
    # editor's review; the messages come from the wording, the paths are validation's.
    checks: Checks = no_checks
