"""The mission or study visit, in Morocco or abroad: the delegation (from one or several
institutions), then the visits day by day, each with its place and host institution."""

from __future__ import annotations

from openreport.compose.context import Kind
from openreport.compose.kinds.common import (
    CLOSING_PARTS,
    MEETING_FIELDS,
    NEVER_PRINTED,
    TRAINING_FIELDS,
    check_words,
    titled,
)
from openreport.compose.parts import front, people, programme
from openreport.model import ItemKind, Report, SessionPeriod
from openreport.validation import Problem, Severity


def checks(report: Report) -> list[Problem]:
    """A mission has members and visits."""
    words, problems = check_words(report), []
    if not any(not m.person.is_empty() for m in report.delegation.members):
        problems.append(Problem("delegation.members", words.missing_delegation(), Severity.WARNING))
    visits = [
        item
        for day in report.days
        for session in day.sessions
        for item in session.items
        if item.kind is ItemKind.VISIT
    ]
    if not visits:
        problems.append(Problem("days", words.missing_visits(), Severity.WARNING))
    return problems


MISSION = Kind(
    name="mission",
    parts=(
        front.letterhead,
        front.place_and_date,
        front.title_block,
        front.introduction,
        people.delegation,
        people.attendance,
        front.overview,
        # A day's visits sit in one session of the whole day, which has no heading of its own.
        programme.days,
        *CLOSING_PARTS,
    ),
    items=programme.ITEM_WRITERS,  # ItemKind.VISIT: the visit with its place and host
    suggested_title=titled,
    sections=("event", "delegation", "programme", "closing", "review"),
    day_period=SessionPeriod.WHOLE_DAY,  # a day of visits has no morning and afternoon
    new_item=ItemKind.VISIT,
    hidden=TRAINING_FIELDS
    | MEETING_FIELDS
    | NEVER_PRINTED
    | {"days.sessions.title", "days.sessions.attendees", "days.sessions.items.workshops"},
    checks=checks,
)
