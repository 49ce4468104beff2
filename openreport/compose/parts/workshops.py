"""Workshops: one or several in an item, with their panel, interventions and recommendations."""

from __future__ import annotations

from openreport.compose.context import Context, paragraphs_of
from openreport.compose.document import BulletList, Run, Table
from openreport.compose.parts.actions import action_item
from openreport.compose.parts.items import remark
from openreport.model import PanelMember, PanelRole, ProgrammeItem, Session, Workshop

# Those who led a workshop are named first, moderators before trainers.
_LEADING_ROLES = (PanelRole.MODERATOR, PanelRole.TRAINER)


def workshops_item(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    """An item of workshops: a single one told in a sentence; several announced with their
    titles, the ones the commune chose, then each attended or written-up workshop."""
    workshops = item.workshops
    if len(workshops) == 1:
        _single_workshop(ctx, item, workshops[0])
        return
    words = ctx.words
    if workshops:
        followed = bool(paragraphs_of(item.summary))
        sentence = words.workshops_held(
            session.period, len(workshops), item.title.strip(), followed=followed
        )
        ctx.text_paragraphs(item.summary, lead=[Run(sentence)])
        ctx.para(words.workshop_titles_follow(len(workshops)))
        ctx.bullets([w.title or words.untitled_workshop() for w in workshops], numbered=True)
    else:
        ctx.text_paragraphs(item.summary)
    attended = [n for n, w in enumerate(workshops, start=1) if w.attended]
    if attended and len(workshops) > 1:
        ctx.para(words.workshops_chosen(ctx.writer, attended))
    for workshop in workshops:
        if workshop.attended or _has_content(workshop):
            workshop_part(ctx, workshop, heading=True)
    ctx.text_paragraphs(item.conclusion)
    remark(ctx, item)


def _single_workshop(ctx: Context, item: ProgrammeItem, workshop: Workshop) -> None:
    sentence = ctx.words.single_workshop(
        item.title.strip(), workshop.title.strip(), ctx.only_item_of_day
    )
    ctx.text_paragraphs(item.summary, lead=[Run(sentence)])
    workshop_part(ctx, workshop, heading=False)
    ctx.text_paragraphs(item.conclusion)
    remark(ctx, item)


def workshop_part(ctx: Context, workshop: Workshop, *, heading: bool) -> None:
    """One workshop: who led it, its panel, how it opened, its talks, discussion and
    recommendations."""
    if heading and workshop.title.strip():
        ctx.heading(workshop.title.strip(), 3)
    panel = [m for m in workshop.panel if not m.person.is_empty()]
    others = [m for m in panel if m.role not in _LEADING_ROLES]
    for role in _LEADING_ROLES:
        people = [m.person for m in panel if m.role is role]
        if people:
            ctx.para(ctx.words.workshop_led_by(role, people))
    panel_part(ctx, others)
    facilitators = [m.person for m in others if m.role is PanelRole.FACILITATOR]
    summary = paragraphs_of(workshop.summary)
    first = summary.pop(0) if summary else ""
    facilitator = facilitators[0] if facilitators else None
    ctx.para(ctx.words.workshop_opening(workshop.participants_count, facilitator, first))
    for line in summary:
        ctx.para(line)
    interventions(ctx, workshop)
    ctx.text_paragraphs(workshop.discussion)
    recommendations(ctx, workshop)


def panel_part(ctx: Context, members: list[PanelMember]) -> None:
    """The panel besides its leaders: a table (whose last column says each one's task, so
    that no sentence names them again), or one line for one."""
    words = ctx.words
    if len(members) >= 2:
        ctx.para(words.panel_follows())
        ctx.add(Table(words.panel_header(), [words.panel_row(m) for m in members]))
    elif members:
        ctx.para(words.panel_member(members[0]))


def interventions(ctx: Context, workshop: Workshop) -> None:
    """How many spoke, then each intervention: its label, speaker, summary and points."""
    if not workshop.interventions:
        return
    words = ctx.words
    ctx.para(
        words.interventions_heard(
            len(workshop.interventions),
            with_discussion=bool(paragraphs_of(workshop.discussion)),
        )
    )
    for number, intervention in enumerate(workshop.interventions, start=1):
        points = [p for p in intervention.points if p.text.strip()]
        summary = paragraphs_of(intervention.summary)
        first = summary.pop(0) if summary else ""
        said = words.intervention_said(
            intervention.speaker, intervention.title.strip(), len(points), first
        )
        ctx.para(Run(words.intervention_label(number), bold=True), Run(said))
        for line in summary:
            ctx.para(line)
        ctx.points(intervention.points, numbered=True)
        ctx.text_paragraphs(intervention.conclusion)


def recommendations(ctx: Context, workshop: Workshop) -> None:
    """The workshop's recommendations, with who is responsible and by when."""
    chosen = [r for r in workshop.recommendations if r.text.strip()]
    if chosen:
        ctx.para(ctx.words.workshop_concluded(len(chosen)))
        ctx.add(BulletList([action_item(ctx, r, ctx.words.commune_recommendation) for r in chosen]))


def _has_content(workshop: Workshop) -> bool:
    return bool(
        workshop.interventions
        or workshop.recommendations
        or workshop.panel
        or workshop.summary.strip()
        or workshop.discussion.strip()
    )
