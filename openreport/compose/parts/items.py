"""The items of a session: speeches, presentations, round tables, awards, breaks and others.

Each writer has the shape ``writer(ctx, item, session)``; a kind maps every ``ItemKind`` to
one of them (workshops are written by ``parts.workshops``).
"""

from __future__ import annotations

import datetime as dt

from openreport.compose.context import Context, paragraphs_of
from openreport.compose.document import Run, Style
from openreport.model import ItemStatus, Person, ProgrammeItem, Session


def speakers_of(item: ProgrammeItem) -> list[Person]:
    return [p for p in item.speakers if not p.is_empty()]


def remark(ctx: Context, item: ProgrammeItem) -> None:
    """The delegation's remark on an item: an aside when it was held as planned, else labelled."""
    if not item.remark.strip():
        return
    if item.status is ItemStatus.HELD:
        ctx.para(ctx.words.aside(item.remark.strip()), style=Style.NOTE)
    else:
        label = Run(ctx.words.delegation_remark_label(), bold=True)
        ctx.para(label, Run(item.remark.strip()), style=Style.NOTE)


def item_body(ctx: Context, item: ProgrammeItem, lead: list[Run]) -> None:
    """``lead`` opening the item's summary, then its points, conclusion and remark."""
    if paragraphs_of(item.summary):
        ctx.text_paragraphs(item.summary, lead=lead)
    else:
        ctx.para(*lead)
    ctx.points(item.points)
    ctx.text_paragraphs(item.conclusion)
    remark(ctx, item)


def opening_speeches(
    ctx: Context, speeches: list[ProgrammeItem], session: Session, start: dt.time | None = None
) -> None:
    """Opening speeches held one after the other, announced together (with the session's
    ``start`` when nothing else said it)."""
    ctx.para(ctx.words.opening_speeches(len(speeches), ctx.report.event.kind, start))
    for item in speeches:
        speech(ctx, item, session)


def speech(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    """The lead (ending with a colon) before what was said, or a sentence of its own when
    nothing was noted."""
    followed = bool(paragraphs_of(item.summary) or any(p.text.strip() for p in item.points))
    lead = ctx.words.speech_lead(speakers_of(item), item.title.strip(), followed=followed)
    item_body(ctx, item, [Run(lead, bold=True)])


def presentation(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    sentence = ctx.words.presentation(speakers_of(item), item.title.strip())
    item_body(ctx, item, [Run(sentence)])


def round_table(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    sentence = ctx.words.round_table(speakers_of(item), item.title.strip())
    item_body(ctx, item, [Run(sentence)])


def award(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    """Who received the awards; the summary's first line, when typed, opens the sentence."""
    recipients = [r.strip() for r in item.recipients if r.strip()]
    opening = paragraphs_of(item.summary)
    start = opening.pop(0) if opening else ctx.words.award_given(item.title.strip())
    ctx.para(ctx.words.awarded_to(start, recipients))
    for line in opening:
        ctx.para(line)
    ctx.bullets(recipients)
    ctx.text_paragraphs(item.conclusion)
    remark(ctx, item)


def pause(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    """A break: one line in the note style."""
    ctx.para(ctx.words.break_note(item.title.strip()), style=Style.NOTE)
    remark(ctx, item)


def other(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    """Any other item: its title in bold, who took part, then its summary."""
    words, speakers = ctx.words, speakers_of(item)
    followed = bool(paragraphs_of(item.summary) or any(p.text.strip() for p in item.points))
    heading = words.item_heading(item.title.strip(), followed=followed)
    lead = [Run(heading, bold=True)]
    if speakers:
        lead.append(Run(words.item_speakers(speakers)))
    item_body(ctx, item, lead)
