"""The conference: told as a gathering, its sessions under their own titles with who attended
them, a patron among its organisations, workshops when it had any."""

from __future__ import annotations

from openreport.compose.context import Kind
from openreport.compose.kinds.common import (
    MEETING_FIELDS,
    NEVER_PRINTED,
    TRAINING_FIELDS,
    check_words,
    titled,
)
from openreport.compose.kinds.gathering import GATHERING
from openreport.model import Report
from openreport.validation import Problem, Severity


def checks(report: Report) -> list[Problem]:
    """A conference is told by its sessions."""
    if any(session.items for day in report.days for session in day.sessions):
        return []
    return [Problem("days", check_words(report).missing_programme(), Severity.WARNING)]


CONFERENCE = Kind(
    name="conference",
    parts=GATHERING.parts,
    items=GATHERING.items,
    suggested_title=titled,
    hidden=TRAINING_FIELDS | MEETING_FIELDS | NEVER_PRINTED,
    checks=checks,
)
