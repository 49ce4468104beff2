"""Moroccan administrative Arabic: the wording a report is composed with.

This package is the wording object the parts of a report call (``ctx.words``): every sentence,
asked for by meaning, with the grammar (agreement, counts, honorifics) and dates it needs. A
wording in another language provides the same names, and ``wording_for`` picks it.

Its names are read from their modules when first asked for (PEP 562): the window's start, which
needs a count or a date, does not load every sentence of every kind.
"""

from __future__ import annotations

import importlib

_HOMES = {
    "action_details": "closing",
    "annex_caption": "closing",
    "annexes_heading": "closing",
    "commune_commitment": "closing",
    "commune_recommendation": "closing",
    "decisions_heading": "closing",
    "delegation_remarks_heading": "closing",
    "event_closed": "closing",
    "image_unprintable": "closing",
    "next_steps_heading": "closing",
    "signed_at": "closing",
    "signer_name": "closing",
    "day_heading": "dates",
    "day_number": "dates",
    "DIRECTION": "document",
    "LANGUAGE": "document",
    "PAGE_WORDS": "document",
    "author": "document",
    "event_kind_label": "document",
    "event_named": "document",
    "report_title": "document",
    "Case": "grammar",
    "agenda_intro": "kinds",
    "agenda_point_heading": "kinds",
    "agenda_point_untold": "kinds",
    "attendance_table_header": "kinds",
    "expected_results_heading": "kinds",
    "missing_agenda": "kinds",
    "missing_attendance": "kinds",
    "missing_delegation": "kinds",
    "missing_objectives": "kinds",
    "missing_outcome": "kinds",
    "missing_programme": "kinds",
    "missing_trainers": "kinds",
    "missing_visits": "kinds",
    "objectives_heading": "kinds",
    "target_audience_lead": "kinds",
    "title_subject": "kinds",
    "trained_by": "kinds",
    "attendance_heading": "opening",
    "default_purpose": "opening",
    "delegation_led_by": "opening",
    "delegation_member": "opening",
    "delegation_without_leader": "opening",
    "event_held": "opening",
    "hijri_line": "opening",
    "mandated_by": "opening",
    "mission_cost": "opening",
    "mission_purpose": "opening",
    "mission_purpose_lead": "opening",
    "organised_by": "opening",
    "participants_said": "opening",
    "place_and_date": "opening",
    "slogan": "opening",
    "themes_intro": "opening",
    "Writer": "people",
    "organisation_name": "people",
    "people_with_titles": "people",
    "person_name": "people",
    "person_with_title": "people",
    "writer": "people",
    "aside": "programme",
    "award_given": "programme",
    "awarded_to": "programme",
    "break_note": "programme",
    "day_closed": "programme",
    "day_end": "programme",
    "delegation_remark_label": "programme",
    "item_changed": "programme",
    "item_heading": "programme",
    "item_not_held": "programme",
    "item_speakers": "programme",
    "opening_speeches": "programme",
    "period_heading": "programme",
    "presentation": "programme",
    "round_table": "programme",
    "session_opening": "programme",
    "speech_lead": "programme",
    "at_time": "sessions",
    "session_attendees": "sessions",
    "session_ended": "sessions",
    "visit": "sessions",
    "visit_hosts": "sessions",
    "intervention_label": "workshops",
    "intervention_said": "workshops",
    "interventions_heard": "workshops",
    "panel_follows": "workshops",
    "panel_header": "workshops",
    "panel_member": "workshops",
    "panel_row": "workshops",
    "panel_tasks": "workshops",
    "single_workshop": "workshops",
    "untitled_workshop": "workshops",
    "workshop_concluded": "workshops",
    "workshop_led_by": "workshops",
    "workshop_opening": "workshops",
    "workshop_titles_follow": "workshops",
    "workshops_chosen": "workshops",
    "workshops_held": "workshops",
}
__all__ = sorted(_HOMES)  # every name of the wording


def __getattr__(name: str):
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return __all__
