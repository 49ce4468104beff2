"""The programme: its days, each day's sessions, and each session's items in order."""

from __future__ import annotations

import datetime as dt

from openreport.compose.context import Context, paragraphs_of
from openreport.compose.document import Paragraph, Run, Style
from openreport.compose.parts import items, visits, workshops
from openreport.model import (
    ItemKind,
    ItemStatus,
    ProgrammeDay,
    ProgrammeItem,
    Session,
)

# How a gathering writes each kind of item; another kind may map some of them elsewhere.
ITEM_WRITERS = {
    ItemKind.OPENING_SPEECH: items.speech,
    ItemKind.SPEECH: items.speech,
    ItemKind.PRESENTATION: items.presentation,
    ItemKind.PANEL: items.round_table,
    ItemKind.AWARD: items.award,
    ItemKind.BREAK: items.pause,
    ItemKind.WORKSHOPS: workshops.workshops_item,
    ItemKind.EXHIBITION: items.other,
    ItemKind.VISIT: visits.visit,
    ItemKind.CLOSING: items.other,
    ItemKind.OTHER: items.other,
}


def days(ctx: Context) -> None:
    """Every day of the programme that has something in it, numbered by its date from the
    event's first day; the only day of a one-day event has no heading."""
    report = ctx.report
    shown = [day for day in report.days if _day_has_content(day)]
    dates = [day.date for day in shown if day.date is not None]
    first = report.event.start_date or (min(dates) if dates else None)
    one_day = len(shown) == 1 and _one_day(ctx)
    for position, day in enumerate(shown, start=1):
        number = ctx.words.day_number(day.date, first, position)
        programme_day(ctx, 0 if one_day else number, day)


def _one_day(ctx: Context) -> bool:
    event = ctx.report.event
    return event.end_date is None or event.end_date == event.start_date


def _day_has_content(day: ProgrammeDay) -> bool:
    return any(map(_session_has_content, day.sessions)) or bool(day.closing_note.strip())


def programme_day(ctx: Context, number: int, day: ProgrammeDay) -> None:
    """A day's heading (none for day 0, the only day of the event), its sessions and how it
    ended."""
    if not _day_has_content(day):
        return
    words = ctx.words
    if number:
        ctx.heading(words.day_heading(number, day.date, ctx.month_style), 1)
    day_items = [item for session in day.sessions for item in session.items]
    ctx.only_item_of_day = number if len(day_items) == 1 else 0
    for session in day.sessions:
        programme_session(ctx, session)
    if day.closing_note.strip():
        note = paragraphs_of(day.closing_note)
        if day.end_time:
            note[-1] = words.day_end(note[-1], day.end_time)
        for line in note:
            ctx.para(line)
    elif day.end_time:
        ctx.para(words.day_closed(number, day.end_time))


def programme_session(ctx: Context, session: Session) -> None:
    """A session's heading (its own title, else its period's), who attended, its opening
    sentence, then its items, and when it ended; opening speeches held in a row are announced
    together."""
    words = ctx.words
    heading = session.title.strip() or words.period_heading(session.period)
    if heading and _session_has_content(session):
        ctx.heading(heading, 2)
    attendees = [p for p in session.attendees if not p.is_empty()]
    if attendees:
        ctx.para(words.session_attendees(attendees))
    pending = list(session.items)
    # A session that only started at a time and opens with speeches says it once, in the
    # speeches' announcement, not in two sentences that both start it.
    start = None
    if _held_opening_speeches(pending) and not _opened_otherwise(session):
        start = session.start_time
    else:
        ctx.para(session_opening(ctx, session))
    while pending:
        run = _held_opening_speeches(pending)
        if run and not any(item.time for item in run):
            items.opening_speeches(ctx, run, session, start)
            del pending[: len(run)]
        elif run:  # the same, with each speech's time said before it
            ctx.para(words.opening_speeches(len(run), ctx.report.event.kind, start))
            for _ in run:
                programme_item(ctx, pending.pop(0), session)
        else:
            programme_item(ctx, pending.pop(0), session)
        start = None  # said once, by the first announcement
    if session.end_time:
        ctx.para(words.session_ended(session.end_time, titled=bool(session.title.strip())))


def _opened_otherwise(session: Session) -> bool:
    """Whether the session's opening sentence says more than its start time."""
    return bool(session.venue.strip() or session.participants_count or session.intro.strip())


def _held_opening_speeches(pending: list[ProgrammeItem]) -> list[ProgrammeItem]:
    """The opening speeches held as planned at the head of ``pending``."""
    run = []
    for item in pending:
        if item.kind is not ItemKind.OPENING_SPEECH or item.status is not ItemStatus.HELD:
            break
        run.append(item)
    return run


def session_opening(ctx: Context, session: Session) -> str:
    """Where, when and with how many the session opened."""
    return ctx.words.session_opening(
        venue=session.venue.strip(),
        start=session.start_time,
        participants=session.participants_count,
        intro=session.intro.strip(),
        kind=ctx.report.event.kind,
    )


def programme_item(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    """One item by the kind's writer; an item not held is said so, a changed one noted."""
    if item.status is ItemStatus.NOT_HELD:
        ctx.para(ctx.words.item_not_held(item.kind, item.title.strip()))
        items.remark(ctx, item)
        return
    writer = ctx.kind.items.get(item.kind, items.other)
    first = len(ctx.blocks)
    writer(ctx, item, session)
    if item.time and writer is not visits.visit:  # a visit says its time in its sentence
        _open_with_time(ctx, first, item.time)
    if item.status is ItemStatus.CHANGED and not item.remark.strip():
        ctx.para(ctx.words.item_changed(), style=Style.NOTE)


def _open_with_time(ctx: Context, first: int, time: dt.time) -> None:
    """The item's time (``words.at_time``) before the first paragraph the item wrote."""
    for block in ctx.blocks[first:]:
        if isinstance(block, Paragraph):
            block.runs.insert(0, Run(ctx.words.at_time(time)))
            return


def _session_has_content(session: Session) -> bool:
    return bool(
        session.items
        or session.title.strip()
        or any(not p.is_empty() for p in session.attendees)
        or session.intro.strip()
        or session.venue.strip()
        or session.start_time
        or session.participants_count
        or session.end_time
    )
