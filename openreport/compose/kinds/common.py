"""What the kinds share: the suggested title, the closing parts, the fields only one kind
prints, and the wording a kind's checks speak with."""

from __future__ import annotations

from types import ModuleType

from openreport.compose.parts import closing
from openreport.compose.wording import wording_for
from openreport.model import CommuneProfile, Report

# The end of every report, in order.
CLOSING_PARTS = (
    closing.event_closed,
    closing.delegation_remarks,
    closing.decisions,
    closing.next_steps,
    closing.conclusion,
    closing.signature,
    closing.annexes,
)
# Fields that only one kind prints: the others' editors do not offer them.
TRAINING_FIELDS = frozenset(("event.trainers", "event.expected_results", "event.target_audience"))
MEETING_FIELDS = frozenset(("agenda",))
# Fields no kind prints: the signature is the function and the name (the function names the
# institution, as the focal point of the commune), so the signer's institution is not offered.
NEVER_PRINTED = frozenset(("closing.signature.signer.organisation",))


def titled(report: Report, profile: CommuneProfile, words: ModuleType) -> str:
    """The writer's report on the event, its kind said once: by the typed name when it opens
    with the kind's word, else before it (see the wording's ``title_subject``)."""
    event = report.event
    what = words.title_subject(event.kind, event.name, event.kind_label)
    return words.report_title(words.writer(profile), what, report.commune_role, event.kind)


def check_words(report: Report) -> ModuleType:
    """The wording a kind's checks speak with (the report's own, whatever the profile)."""
    return wording_for(report, CommuneProfile())
