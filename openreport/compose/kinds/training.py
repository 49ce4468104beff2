"""The training, attended or hosted: its objectives, audience, trainers and expected results
after the introduction, then the programme's days as a gathering tells them."""

from __future__ import annotations

from openreport.compose.context import Kind
from openreport.compose.kinds.common import (
    CLOSING_PARTS,
    MEETING_FIELDS,
    NEVER_PRINTED,
    check_words,
    titled,
)
from openreport.compose.parts import front, people, programme, training
from openreport.model import Report
from openreport.validation import Problem, Severity


def checks(report: Report) -> list[Problem]:
    """A training says what it aimed at and who trained."""
    words, event, problems = check_words(report), report.event, []
    if not any(t.strip() for t in event.themes):
        problems.append(Problem("event.themes", words.missing_objectives(), Severity.WARNING))
    if all(p.is_empty() for p in event.trainers):
        problems.append(Problem("event.trainers", words.missing_trainers(), Severity.WARNING))
    return problems


TRAINING = Kind(
    name="training",
    parts=(
        front.letterhead,
        front.place_and_date,
        front.title_block,
        training.introduction,
        training.objectives,
        training.audience,
        training.trainers,
        training.expected_results,
        people.delegation,
        people.attendance,
        front.overview,
        programme.days,
        *CLOSING_PARTS,
    ),
    items=programme.ITEM_WRITERS,
    suggested_title=titled,
    hidden=MEETING_FIELDS | NEVER_PRINTED,
    checks=checks,
)
