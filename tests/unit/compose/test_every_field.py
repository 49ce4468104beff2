"""Nothing typed is left off the page (issue 9, section 3): for every kind of report and every
field a user can edit, a recognisable value reaches the composed document's text.

The fields are found by walking the model's dataclasses from ``Report`` down (dotted paths
without list indexes). A text gets a unique word, a number a distinctive number, a date or a
time a distinctive one; each is looked for in the document's text. A boolean, an enum or an
image is checked by its effect: changing it changes the document. The only exceptions are the
fields the kind does not print (``Kind.hidden``: its editor does not offer them), ``NOT_PRINTED``
(each with its reason).
"""

from __future__ import annotations

import copy
import datetime as dt
import re

import pytest

from openreport.compose import compose
from openreport.compose.context import Kind
from openreport.compose.kinds import CONFERENCE, GATHERING, KINDS, MEETING, MISSION, TRAINING
from openreport.model import (
    CommuneProfile,
    DayShift,
    EventKind,
    ItemKind,
    OrganisationRole,
    PanelRole,
    Report,
)
from tests.helpers.fields import Filler, cleared, editable_fields, set_field

# One kind of event for each kind of report.
EVENT_OF_KIND = {
    GATHERING: EventKind.FORUM,
    TRAINING: EventKind.TRAINING,
    MISSION: EventKind.STUDY_VISIT,
    MEETING: EventKind.MEETING,
    CONFERENCE: EventKind.CONFERENCE,
}

# Fields not printed on purpose.
NOT_PRINTED = {
    "uuid": "the report's identity in the library and across exchanges, not its content",
    "id": "the library's row number",
    "created": "kept by the library",
    "modified": "kept by the library",
    "revision": "the library's revision, guarding against stale saves",
    "status": "draft or final: a draft is marked «مسودة» on every page (Document.draft), "
    "checked below by its effect on the document, not in the text",
    "event.kind": "chooses the kind of report: each kind is composed in turn by this test",
    "days.sessions.items.workshops.recommendations.id": "lasting id for follow-up, not content",
    "closing.next_steps.id": "lasting id for follow-up, not content",
    **{
        f"{where}.history.{name}": "the follow-up's history (the view and `openreport"
        " followup` show it); the report prints the status where it stands"
        for where in ("days.sessions.items.workshops.recommendations", "closing.next_steps")
        for name in ("date", "status", "note")
    },
    "closing.signature.signer.gender": "the signature prints the function and the bare name: "
    "no honorific or noun there agrees with the signer",
}
# The profile's fields (template path, fonts, sizes, logo) are not the report's: this test walks
# the report from ``Report`` down only.

# Lists that need several elements to show every field: the items of each writer, two
# workshops (which one the commune attended), a panel with leaders and others.
LIST_VARIANTS: dict[str, list[dict[str, object]]] = {
    "days.sessions.items": [
        {"kind": ItemKind.SPEECH},
        {"kind": ItemKind.AWARD},
        {"kind": ItemKind.WORKSHOPS},
        {"kind": ItemKind.VISIT},
        {"kind": ItemKind.OTHER},
    ],
    "days.sessions.items.workshops": [{}, {}],
    "days.sessions.items.workshops.panel": [
        {"role": PanelRole.FACILITATOR},
        {"role": PanelRole.SPEAKER},
        {"role": PanelRole.MODERATOR},
    ],
    "event.organisations": [
        {"role": OrganisationRole.ORGANISER},
        {"role": OrganisationRole.PATRON},
        {"role": OrganisationRole.INVITER, "person": True},  # a person, with an honorific
    ],
    "delegation.members": [{}, {}],
}
# Values that must be what they are: the event's dates frame the others.
SPECIAL: dict[str, object] = {
    "event.start_date": dt.date(2030, 12, 30),
    "event.end_date": dt.date(2031, 1, 2),
    "event.hijri_adjust": DayShift(0),
    "event.month_style": "",
}
# A field printed only when another is empty: it is looked for again with those cleared.
ALTERNATIVES = {
    "closing.signature.signer.title": ("closing.signature.function",),
    "event.kind_label": ("title",),  # said in the suggested title
    "commune_role": ("title",),
}
# Effects: a value other than the one the report holds, for the fields checked by effect.
EFFECT_VALUES: dict[str, list[object]] = {
    "event.month_style": ["ar"],
    "event.hijri_adjust": [DayShift(1), DayShift(-1)],
}
# Fields whose effect shows only beside another's value: that value, set before the check.
NEEDS = {"event.hijri_adjust": ("event.hijri", True)}


def filled_report(
    kind: Kind, clear: tuple[str, ...] = (), automatic: tuple[str, ...] = ()
) -> tuple[Report, dict[str, list[str]]]:
    """A report of ``kind`` with every field filled; ``clear`` emptied, ``automatic`` None."""
    filler = Filler(SPECIAL, LIST_VARIANTS)
    report = filler.build()
    report.event.kind = EVENT_OF_KIND[kind]
    for path in clear:
        set_field(report, path.split("."), cleared, first=False)
    for path in automatic:
        set_field(report, path.split("."), lambda _: None, first=False)
    return report, filler.expected


def _honorific_beside(path: str) -> str | None:
    """A gender's sibling honorific: the gender shows only when the honorific is automatic."""
    owner, _, name = path.rpartition(".")
    return f"{owner}.honorific" if name == "gender" and owner else None


PROFILE = CommuneProfile(commune_name="شفشاون", city="شفشاون")


def rendering(report: Report) -> tuple:
    """All a reader sees of the document: title, draft mark, kinds of blocks, their text."""
    document = compose(report, PROFILE)
    kinds = tuple(type(block).__name__ for block in document.blocks)
    return document.title, document.draft, kinds, tuple(document.paragraphs_text())


def _text(report: Report) -> str:
    title, _, _, texts = rendering(report)
    return "\n".join((title, *texts))


def _said(value: str, text: str) -> bool:
    """``value`` is in ``text``; a number or a time as a whole («1.07» is not in «11.07»)."""
    if value.startswith("tok"):  # a word of its own, possibly glued to a preposition: «بtok0012»
        return value in text
    return re.search(rf"(?<![\d.]){re.escape(value)}(?![\d])", text) is not None


def _under(path: str, prefixes) -> bool:
    """``path`` is one of ``prefixes`` or a field under one of them."""
    return any(path == p or path.startswith(p + ".") for p in prefixes)


def _is_hidden(kind: Kind, path: str) -> bool:
    return _under(path, kind.hidden)


def _has_effect(report: Report, path: str, what: str) -> bool:
    """Every other value of the field (in every element of its lists) changes the page."""
    base = rendering(report)
    current = report
    for part in path.split("."):
        current = current[0] if isinstance(current, list) else current
        current = getattr(current, part)
    if what == "bool":
        others = [True]
    elif what == "image":
        others = [None]
    elif what == "enum":
        others = [v for v in type(current) if v is not current]
    else:
        others = EFFECT_VALUES.get(path, [])
    if not others:
        return False
    for other in others:
        changed = copy.deepcopy(report)
        set_field(changed, path.split("."), lambda _, other=other: other, first=False)
        if rendering(changed) == base:
            return False
    return True


def _with_needs(report: Report, path: str) -> Report:
    if path not in NEEDS:
        return report
    needed, value = NEEDS[path]
    changed = copy.deepcopy(report)
    set_field(changed, needed.split("."), lambda _: value, first=False)
    return changed


def missing_fields(kind: Kind) -> set[str]:
    """The editable fields of ``kind`` whose value does not reach the page."""
    report, expected = filled_report(kind)
    text, missing = _text(report), set()
    fields = dict(editable_fields())
    for path, what in fields.items():
        if _is_hidden(kind, path) or path in NOT_PRINTED or what == "other":
            continue
        if path in EFFECT_VALUES:
            found = _has_effect(_with_needs(report, path), path, "effect")
        elif what in ("text", "number", "date", "time"):
            found = any(_said(value, text) for value in expected.get(path, []))
            if not found and path in ALTERNATIVES:
                other, _ = filled_report(kind, ALTERNATIVES[path])
                found = any(_said(value, _text(other)) for value in expected[path])
        elif path in ALTERNATIVES:
            other, _ = filled_report(kind, ALTERNATIVES[path])
            found = _has_effect(other, path, what)
        elif _honorific_beside(path) in fields:
            other, _ = filled_report(kind, automatic=(_honorific_beside(path),))
            found = _has_effect(other, path, what)
        else:
            found = _has_effect(report, path, what)
        if not found:
            missing.add(path)
    return missing


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_every_field_a_user_can_edit_reaches_the_page(kind):
    assert missing_fields(kind) == set(), "typed but not printed"


def test_a_draft_is_marked_on_every_page():
    report, _ = filled_report(GATHERING)
    assert not _has_effect(report, "event.kind_label", "text")  # what no effect looks like
    assert _has_effect(report, "status", "enum")  # the draft mark: Document.draft


def test_the_lists_name_real_fields():
    paths = {path for path, _ in editable_fields()}

    def real(path: str) -> bool:
        return any(p == path or p.startswith(path + ".") for p in paths)

    named = [*NOT_PRINTED, *LIST_VARIANTS, *SPECIAL, *ALTERNATIVES, *EFFECT_VALUES, *NEEDS]
    named += [h for kind in KINDS for h in kind.hidden]
    assert [path for path in named if not real(path)] == []
    assert len(paths) > 150


def test_the_walk_reaches_deep_fields_and_values_are_unique():
    paths = dict(editable_fields())
    assert paths["days.sessions.items.workshops.interventions.points.subpoints"] == "text"
    assert paths["event.trainers.gender"] == "enum"
    assert paths["closing.annexes.image"] == "image"
    assert paths["event.hijri_adjust"] == "number"
    _, expected = filled_report(GATHERING)
    tokens = [v for values in expected.values() for v in values if v.startswith("tok")]
    assert len(tokens) == len(set(tokens)) > 100
