"""Visits: where the delegation went, who received it, when, and what it saw."""

from __future__ import annotations

from openreport.compose.context import Context, paragraphs_of
from openreport.compose.document import Run
from openreport.compose.parts import items
from openreport.model import ProgrammeItem, Session


def visit(ctx: Context, item: ProgrammeItem, session: Session) -> None:
    """A visit's title in bold, then the sentence of its place, time and hosts, then its
    summary, points, conclusion and remark. The title is printed as typed, never prefixed."""
    words = ctx.words
    title = item.title.strip()
    hosts = words.visit_hosts(item.host.strip(), items.speakers_of(item))
    sentence = words.visit(item.place.strip(), hosts, item.time)
    if title:
        followed = bool(sentence or paragraphs_of(item.summary))
        ctx.para(Run(words.item_heading(title, followed=followed), bold=True))
    lead = [Run(sentence)] if sentence else []
    items.item_body(ctx, item, lead)
