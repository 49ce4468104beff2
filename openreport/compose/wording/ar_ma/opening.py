"""The sentences that open a report: place and date, under the title, themes, the delegation."""

from __future__ import annotations

import datetime as dt

from openreport.compose.wording.ar_ma.dates import date_range, long_date
from openreport.compose.wording.ar_ma.grammar import EVENT_KINDS, Case, count, deputy_of, verb
from openreport.compose.wording.ar_ma.people import (
    person_name,
    person_with_title,
    title_then_name,
)
from openreport.model import Event, EventKind, Gender, Person


def _place(city: str, country: str = "") -> str:
    """«بمدينة السعيدية، المغرب», or nothing without a city."""
    if not city.strip():
        return ""
    place = f"بمدينة {city.strip()}"
    if country.strip():
        place += f"، {country.strip()}"
    return place


def place_and_date(place: str, date: dt.date, month_style: str) -> str:
    """«شفشاون في 20 نونبر 2024», the line under the letterhead."""
    when = long_date(date, month_style)
    return f"{place} في {when}" if place else when


def event_held(event: Event, month_style: str) -> str:
    """«المنظم يومي 12 و13 نونبر 2024 بمدينة السعيدية», or nothing without dates or city."""
    when = date_range(event.start_date, event.end_date, month_style)
    where = _place(event.city, event.country)
    if not (when or where):
        return ""
    held = "المنظمة" if EVENT_KINDS[event.kind].gender is Gender.FEMALE else "المنظم"
    return " ".join(part for part in (held, when, where) if part)


def slogan(text: str) -> str:
    """«تحت شعار: ((…))»."""
    return f"تحت شعار: (({text}))"


def themes_intro(kind: EventKind, themes: int) -> str:
    """«وقد تمحور الملتقى حول ثلاثة محاور:», before the list of themes."""
    return f"وقد تمحور {EVENT_KINDS[kind].noun} حول {count(themes, 'axis')}:"


def mandated_by(mandator: Person) -> str:
    """«وبتكليف من رئيس جماعة شفشاون السيد محمد السفياني، », opening the delegation's sentence."""
    return f"وبتكليف من {title_then_name(mandator, Case.OBLIQUE)}، "


def delegation_led_by(
    leader: Person, *, mandator: Person | None, deputy: bool, team: str, with_members: bool
) -> str:
    """«ترأس نائبه السيد …، وفدا …، مكونا من:»: the leader, named as the mandator's deputy
    when they are one, and the delegation."""
    if deputy and mandator is not None:
        who = f"{deputy_of(leader.gender, mandator.gender)} {person_name(leader)}"
    else:
        who = person_with_title(leader)
    delegation = "وفدا" + (f" {team}" if team else "")
    sentence = f"{verb('ترأس', leader.gender)} {who}، {delegation}"
    return sentence + ("، مكونا من:" if with_members else "،")


def delegation_without_leader() -> str:
    """Before the members of a delegation that has no leader."""
    return "شارك في هذه المهمة:"


def delegation_member(person: Person, mission_role: str) -> str:
    """«السيدة …، رئيسة قسم الميزانية (مقررة الوفد)»."""
    text = person_with_title(person)
    return f"{text} ({mission_role})" if mission_role else text


def mission_purpose_lead() -> str:
    """The words before the purpose of the mission, which the user typed or was suggested."""
    return "وذلك للقيام بمهمة"


# Nouns that name a task and read well after «وذلك للقيام بمهمة»; a definite noun does too.
_TASKS = ("زيارة", "تمثيل", "حضور", "مشاركة", "تتبع", "مواكبة", "تبادل", "دراسة", "تقديم")
# Words that open a purpose as a phrase of its own, said after «وذلك»: «وذلك من أجل …».
_AIMS = ("من أجل", "بهدف", "قصد", "بغرض", "لغرض", "سعيا", "في إطار")


def mission_purpose(purpose: str) -> str:
    """The purpose of the mission as a sentence: «وذلك للقيام بمهمة <task>.» when the typed
    purpose names a task («المشاركة في …»، «زيارة …»), «وذلك <aim>.» when it opens with an
    aim («من أجل …»، «للاطلاع …»), and the typed sentence alone otherwise («تهدف المهمة …»):
    the fixed lead is never glued before a sentence of the user's."""
    text = purpose.strip()
    first = text.split(" ", 1)[0]
    if first == "مهمة" or first == "بمهمة":
        text = "وذلك للقيام " + ("ب" + text if first == "مهمة" else text)
    elif first.startswith("ال") or first in _TASKS:
        text = f"{mission_purpose_lead()} {text}"
    elif text.startswith(_AIMS) or (first.startswith("ل") and first not in ("لقد", "لكن", "لم")):
        text = f"وذلك {text}"
    if text and not text.endswith((".", "!", "؟", ":")):
        text += "."
    return text


def default_purpose(event: Event, month_style: str) -> str:
    """«المشاركة في فعاليات X المقام يومي … بمدينة …», or nothing for an unnamed event."""
    if not event.name.strip():
        return ""
    held = "المقامة" if EVENT_KINDS[event.kind].gender is Gender.FEMALE else "المقام"
    when = date_range(event.start_date, event.end_date, month_style)
    parts = [f"المشاركة في فعاليات {event.name.strip()}", held if when else "", when]
    parts.append(_place(event.city, event.country))
    return " ".join(p for p in parts if p) + "."


def mission_cost(cost: str) -> str:
    """«وقد بلغت تكلفة المهمة 4.500 درهم.»."""
    return f"وقد بلغت تكلفة المهمة {cost.rstrip('.')}."


def attendance_heading() -> str:
    """The bold line before the list of those present."""
    return "لائحة الحضور:"
