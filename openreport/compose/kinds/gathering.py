"""The gathering: a network meeting, forum or symposium told day by day, session by session.

It serves the network meeting, forum, symposium, workshop and any other event (see
``kinds/__init__.py``): front matter, delegation and attendance, the programme's days with
their sessions, items and workshops, then the closing parts.
"""

from __future__ import annotations

from types import ModuleType

from openreport.compose.context import Kind
from openreport.compose.kinds.common import MEETING_FIELDS, NEVER_PRINTED, TRAINING_FIELDS
from openreport.compose.parts import closing, front, people, programme
from openreport.model import CommuneProfile, Report


def suggested_title(report: Report, profile: CommuneProfile, words: ModuleType) -> str:
    """The writer's report on the event, its kind said once (the name may already say it)."""
    event = report.event
    what = words.event_named(event.kind, event.kind_label, event.name)
    return words.report_title(words.writer(profile), what, report.commune_role, event.kind)


GATHERING = Kind(
    name="gathering",
    parts=(
        front.letterhead,
        front.place_and_date,
        front.title_block,
        front.introduction,
        people.delegation,
        people.attendance,
        front.overview,
        programme.days,
        closing.event_closed,
        closing.delegation_remarks,
        closing.decisions,
        closing.next_steps,
        closing.conclusion,
        closing.signature,
        closing.annexes,
    ),
    items=programme.ITEM_WRITERS,
    suggested_title=suggested_title,
    hidden=TRAINING_FIELDS | MEETING_FIELDS | NEVER_PRINTED,
)
