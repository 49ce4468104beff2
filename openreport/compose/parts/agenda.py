"""A meeting's own parts: its agenda points told in turn, and its attendance as a table."""

from __future__ import annotations

import dataclasses

from openreport.compose.context import Context, paragraphs_of
from openreport.compose.document import Table
from openreport.compose.parts.people import own_institution_unsaid


def agenda(ctx: Context) -> None:
    """How many points the agenda had, then each point under its numbered heading with what
    was said on it."""
    points = [p for p in ctx.report.agenda if p.title.strip() or paragraphs_of(p.text)]
    if not points:
        return
    words = ctx.words
    ctx.para(words.agenda_intro(ctx.report.event.kind, len(points)))
    for number, point in enumerate(points, start=1):
        ctx.heading(words.agenda_point_heading(number, point.title.strip()), 2)
        ctx.text_paragraphs(point.text)


def attendance_table(ctx: Context) -> None:
    """Those present, one row each (a row may be a group): name and function, institution."""
    people = [p for p in ctx.report.attendance if not p.is_empty()]
    if not people:
        return
    words = ctx.words
    rows = []
    for person in people:
        person = own_institution_unsaid(ctx, person)
        institution = person.organisation.strip()
        # the institution has its own column; an unnamed row is named by it
        bare = person if not person.name.strip() else dataclasses.replace(person, organisation="")
        named = words.person_with_title(bare)
        rows.append([named, "" if institution in named else institution])  # said once
    ctx.para(words.attendance_heading())
    ctx.add(Table(words.attendance_table_header(), rows))
