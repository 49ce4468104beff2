"""Who went and who was there: the delegation and the attendance list."""

from __future__ import annotations

import dataclasses

from openreport.compose.context import Context, paragraphs_of
from openreport.compose.document import Run
from openreport.model import Person


def own_institution_unsaid(ctx: Context, person: Person) -> Person:
    """The person without their institution when it is the writer itself: a commune's own
    staff are not said to come from the commune in the commune's report."""
    institution = person.organisation.strip()
    if institution and institution in (ctx.writer.name, ctx.profile.commune_name.strip()):
        return dataclasses.replace(person, organisation="")
    return person


def delegation(ctx: Context) -> None:
    """Who mandated the delegation, who led it, its members, its purpose and its cost.

    Without members or leader only the purpose is written, as typed."""
    words, delegation = ctx.words, ctx.report.delegation
    members = [m for m in delegation.members if not m.person.is_empty()]
    mandator, leader = delegation.mandated_by, delegation.leader
    if mandator is not None and mandator.is_empty():
        mandator = None
    if leader is not None and leader.is_empty():
        leader = None
    if not (members or leader):
        ctx.text_paragraphs(delegation.purpose)
        return
    mandator = own_institution_unsaid(ctx, mandator) if mandator is not None else None
    leader = own_institution_unsaid(ctx, leader) if leader is not None else None
    sentence = words.mandated_by(mandator) if mandator is not None else ""
    if leader is not None:
        sentence += words.delegation_led_by(
            leader,
            mandator=mandator,
            deputy=delegation.leader_is_deputy,
            team=delegation.team.strip(),
            with_members=bool(members),
        )
    else:
        sentence += words.delegation_without_leader()
    ctx.para(sentence)
    ctx.bullets(
        words.delegation_member(own_institution_unsaid(ctx, m.person), m.mission_role.strip())
        for m in members
    )
    purpose = delegation.purpose.strip() or words.default_purpose(ctx.report.event, ctx.month_style)
    lines = paragraphs_of(purpose)
    if lines:
        ctx.para(words.mission_purpose(lines[0]))
    for line in lines[1:]:
        ctx.para(line)
    if delegation.mission_cost.strip():
        ctx.para(words.mission_cost(delegation.mission_cost.strip()))


def attendance(ctx: Context) -> None:
    """The people present, under a bold heading, when there are any."""
    people = [p for p in ctx.report.attendance if not p.is_empty()]
    if people:
        ctx.para(Run(ctx.words.attendance_heading(), bold=True))
        ctx.bullets([ctx.words.person_with_title(own_institution_unsaid(ctx, p)) for p in people])
