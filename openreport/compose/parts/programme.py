"""The programme: its days, each day's sessions, and each session's items in order."""

from __future__ import annotations

from openreport.compose.context import Context, paragraphs_of
from openreport.compose.document import Style
from openreport.compose.parts import items, workshops
from openreport.model import (
    ItemKind,
    ItemStatus,
    OrganisationRole,
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
    ItemKind.VISIT: items.other,
    ItemKind.CLOSING: items.other,
    ItemKind.OTHER: items.other,
}


def days(ctx: Context) -> None:
    """Every day of the programme that has something in it, numbered from the first."""
    for number, day in enumerate(ctx.report.days, start=1):
        programme_day(ctx, number, day)


def programme_day(ctx: Context, number: int, day: ProgrammeDay) -> None:
    """A day's heading, its sessions (the first names the organisers) and how it ended."""
    if not (any(map(_session_has_content, day.sessions)) or day.closing_note.strip()):
        return
    words = ctx.words
    ctx.heading(words.day_heading(number, day.date, ctx.month_style), 1)
    day_items = [item for session in day.sessions for item in session.items]
    ctx.only_item_of_day = number if len(day_items) == 1 else 0
    for index, session in enumerate(day.sessions):
        programme_session(ctx, session, organisers=number == 1 and index == 0)
    end = words.day_end(day.end_time) if day.end_time else ""
    if day.closing_note.strip():
        note = paragraphs_of(day.closing_note)
        note[-1] = f"{note[-1]} {end}".strip()
        for line in note:
            ctx.para(line)
    elif end:
        ctx.para(words.day_closed(number, day.end_time))


def programme_session(ctx: Context, session: Session, *, organisers: bool) -> None:
    """A session's heading and opening sentence, then its items; opening speeches held in a
    row are announced together."""
    heading = ctx.words.period_heading(session.period)
    if heading and (session.items or session.intro.strip() or session.venue.strip()):
        ctx.heading(heading, 2)
    ctx.para(session_opening(ctx, session, organisers=organisers))
    pending = list(session.items)
    while pending:
        run = _held_opening_speeches(pending)
        if run:
            items.opening_speeches(ctx, run, session)
            del pending[: len(run)]
        else:
            programme_item(ctx, pending.pop(0), session)


def _held_opening_speeches(pending: list[ProgrammeItem]) -> list[ProgrammeItem]:
    """The opening speeches held as planned at the head of ``pending``."""
    run = []
    for item in pending:
        if item.kind is not ItemKind.OPENING_SPEECH or item.status is not ItemStatus.HELD:
            break
        run.append(item)
    return run


def session_opening(ctx: Context, session: Session, *, organisers: bool) -> str:
    """Where, when and with how many the session opened; who organised, for the first one."""
    phrase = ""
    if organisers:
        phrase = ctx.words.organisers_phrase(organiser_groups(ctx))
    return ctx.words.session_opening(
        venue=session.venue.strip(),
        start=session.start_time,
        participants=session.participants_count,
        intro=session.intro.strip(),
        organisers=phrase,
        kind=ctx.report.event.kind,
    )


def organiser_groups(ctx: Context) -> list[tuple[tuple[OrganisationRole, ...], list[str]]]:
    """The organisations by the roles they share, each named once, in the order typed."""
    roles_by_name: dict[str, list[OrganisationRole]] = {}
    for organisation in ctx.report.event.organisations:
        name = organisation.name.strip()
        if name:
            roles = roles_by_name.setdefault(name, [])
            if organisation.role not in roles:
                roles.append(organisation.role)
    names_by_roles: dict[tuple[OrganisationRole, ...], list[str]] = {}
    for name, roles in roles_by_name.items():
        names_by_roles.setdefault(tuple(roles), []).append(name)
    return list(names_by_roles.items())


def programme_item(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    """One item by the kind's writer; an item not held is said so, a changed one noted."""
    if item.status is ItemStatus.NOT_HELD:
        ctx.para(ctx.words.item_not_held(item.kind, item.title.strip()))
        items.remark(ctx, item)
        return
    ctx.kind.items.get(item.kind, items.other)(ctx, item, session)
    if item.status is ItemStatus.CHANGED and not item.remark.strip():
        ctx.para(ctx.words.item_changed(), style=Style.NOTE)


def _session_has_content(session: Session) -> bool:
    return bool(
        session.items
        or session.intro.strip()
        or session.venue.strip()
        or session.start_time
        or session.participants_count
    )
