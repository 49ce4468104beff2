"""The kinds of report and which kind serves which kind of event.

A kind (``openreport.compose.context.Kind``) lists the parts of a report in order, maps each
kind of programme item to its writer and suggests a title. Adding one is a module here that
builds a ``Kind`` from the parts in ``openreport.compose.parts`` and a ``register`` line below.
"""

from __future__ import annotations

from openreport.compose.context import Kind
from openreport.compose.kinds.conference import CONFERENCE
from openreport.compose.kinds.gathering import GATHERING
from openreport.compose.kinds.meeting import MEETING
from openreport.compose.kinds.mission import MISSION
from openreport.compose.kinds.training import TRAINING
from openreport.model import EventKind, Report

REGISTRY: dict[EventKind, Kind] = {}


def register(kind: Kind, *event_kinds: EventKind) -> None:
    """Let ``kind`` write the reports on events of ``event_kinds``."""
    for event_kind in event_kinds:
        REGISTRY[event_kind] = kind


def kind_for(report: Report) -> Kind:
    """The kind that writes ``report``, chosen by the kind of its event."""
    return REGISTRY[report.event.kind]


# Every kind of event is told as a gathering unless a kind of its own is registered after.
register(GATHERING, *EventKind)
register(TRAINING, EventKind.TRAINING)
register(MISSION, EventKind.WORK_VISIT, EventKind.STUDY_VISIT)
register(MEETING, EventKind.MEETING)
register(CONFERENCE, EventKind.CONFERENCE)

KINDS = (GATHERING, TRAINING, MISSION, MEETING, CONFERENCE)

__all__ = [
    "CONFERENCE",
    "GATHERING",
    "KINDS",
    "MEETING",
    "MISSION",
    "REGISTRY",
    "TRAINING",
    "Kind",
    "kind_for",
    "register",
]
