"""The follow-up of recommendations: where each stands, and the history of how it got there.

A recommendation's ``history`` is a list of :class:`StatusChange`, only ever appended to: a
change of status records its date and an optional note. Two copies of the same recommendation
(the same ``id``, from an exchange file) are merged by :func:`merge_histories`, which keeps
every change of both, by date, without duplicates. No Qt, no SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from openreport.model import Recommendation, Report


class RecommendationStatus(StrEnum):
    """Where a recommendation or a next step stands, for its follow-up across reports."""

    PROPOSED = "proposed"
    ADOPTED = "adopted"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


# A recommendation in one of these states is no longer waited for: it is never overdue.
CLOSED = frozenset((RecommendationStatus.DONE, RecommendationStatus.DROPPED))


@dataclass
class StatusChange:
    """One step of a recommendation's follow-up: the day its status changed, and why."""

    date: dt.date
    status: RecommendationStatus
    note: str = ""


def merge_histories(a: list[StatusChange], b: list[StatusChange]) -> list[StatusChange]:
    """Every change of ``a`` and ``b``, by date (a day's changes in the order they were
    recorded, ``a``'s first), each change once. Pure: neither list is changed."""
    seen: set[tuple] = set()
    merged: list[StatusChange] = []
    for change in [*a, *b]:
        key = (change.date, change.status, change.note)
        if key not in seen:
            seen.add(key)
            merged.append(change)
    merged.sort(key=lambda change: change.date)  # stable: a day's order is kept
    return merged


def is_overdue(deadline: dt.date | None, status: RecommendationStatus, today: dt.date) -> bool:
    """Past its deadline and neither done nor dropped."""
    return deadline is not None and deadline < today and status not in CLOSED


def record_change(
    recommendation: Recommendation,
    status: RecommendationStatus,
    note: str = "",
    date: dt.date | None = None,
) -> StatusChange:
    """Give ``recommendation`` its new status and append the change (dated today unless
    ``date`` says otherwise) to its history; the earlier changes are left as they are."""
    change = StatusChange(date or dt.date.today(), RecommendationStatus(status), note.strip())
    recommendation.history.append(change)
    recommendation.status = change.status
    return change


def find_recommendation(report: Report, recommendation_id: str) -> Recommendation | None:
    return next((r for r in report.recommendations() if r.id == recommendation_id), None)


def merge_statuses(incoming: Report, known: Report) -> int:
    """Bring ``known``'s follow-up into ``incoming`` (the same report, from an exchange file).

    For each recommendation both hold (same id), ``incoming`` gets the merged history, and
    the status of whichever copy made the latest change (``incoming``'s on a tie, and when
    neither has a history). ``known`` is not changed. Returns how many recommendations changed.
    """
    known_by_id = {r.id: r for r in known.recommendations()}
    changed = 0
    for recommendation in incoming.recommendations():
        other = known_by_id.get(recommendation.id)
        if other is None or not other.history:
            continue
        merged = merge_histories(recommendation.history, other.history)
        status = recommendation.status
        if not recommendation.history or other.history[-1].date > recommendation.history[-1].date:
            status = other.status
        if merged != recommendation.history or status != recommendation.status:
            recommendation.history, recommendation.status = merged, status
            changed += 1
    return changed
