"""The meeting: one sitting, its attendance as a table, its agenda points told in turn, then
its decisions and next steps. It has no programme days."""

from __future__ import annotations

from openreport.compose.context import Kind
from openreport.compose.kinds.common import (
    CLOSING_PARTS,
    NEVER_PRINTED,
    TRAINING_FIELDS,
    check_words,
    titled,
)
from openreport.compose.parts import agenda, front, people, programme, training
from openreport.model import Report
from openreport.validation import Problem, Severity


def checks(report: Report) -> list[Problem]:
    """A meeting has its points, each told, who attended, and what it decided."""
    words, problems = check_words(report), []

    def warn(path: str, message: str) -> None:
        problems.append(Problem(path, message, Severity.WARNING))

    if not any(p.title.strip() or p.text.strip() for p in report.agenda):
        warn("agenda", words.missing_agenda())
    for index, point in enumerate(report.agenda):
        if point.title.strip() and not point.text.strip():
            warn(f"agenda[{index}].text", words.agenda_point_untold(index + 1))
    if all(p.is_empty() for p in report.attendance):
        warn("attendance", words.missing_attendance())
    closing = report.closing
    if not any(d.strip() for d in closing.decisions) and not any(
        s.text.strip() for s in closing.next_steps
    ):
        warn("closing.decisions", words.missing_outcome())
    return problems


MEETING = Kind(
    name="meeting",
    parts=(
        front.letterhead,
        front.place_and_date,
        front.title_block,
        training.introduction,  # the introduction without themes: a meeting has its agenda
        people.delegation,
        agenda.attendance_table,
        front.overview,
        agenda.agenda,
        *CLOSING_PARTS,
    ),
    items=programme.ITEM_WRITERS,
    suggested_title=titled,
    sections=("event", "delegation", "agenda", "closing", "review"),
    # One sitting told by its agenda: no programme days, and no themes beside the agenda.
    hidden=TRAINING_FIELDS | {"days", "event.themes"} | NEVER_PRINTED,
    checks=checks,
)
