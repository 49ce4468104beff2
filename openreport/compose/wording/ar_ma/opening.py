"""The sentences that open a report: place and date, under the title, themes, the delegation."""

from __future__ import annotations

import datetime as dt

from openreport.compose.wording.ar_ma.dates import date_range, hijri_range, long_date, time_span
from openreport.compose.wording.ar_ma.grammar import (
    EVENT_KIND_LABELS,
    EVENT_KINDS,
    Case,
    count,
    deputy_of,
    join_and,
    verb,
    with_li,
)
from openreport.compose.wording.ar_ma.people import (
    person_name,
    person_with_title,
    title_then_name,
    with_possessive,
)
from openreport.model import Event, EventKind, Gender, Organisation, OrganisationRole, Person


def _place(city: str, country: str = "", *, rural: bool = False) -> str:
    """«بمدينة السعيدية»، «بجماعة تزروت» (a rural commune), «بمدينة ليون، فرنسا»، «بفرنسا»."""
    city, country = city.strip(), country.strip()
    if not city:
        return f"ب{country}" if country else ""
    place = f"{'بجماعة' if rural else 'بمدينة'} {city}"
    return f"{place}، {country}" if country else place


# Venues typed with their preposition already: «بمقر عمالة بركان»، «بالمركب الثقافي».
_VENUE_WITH_BA = ("بمقر", "بفندق", "بقاعة", "بدار", "بقصر", "بمركز", "بمركب", "بال")


def _venue(venue: str) -> str:
    """«بفندق وازيس»، «بمقر عمالة بركان»: a venue after «ب», unless typed with it or «في»."""
    venue = venue.strip()
    if not venue or venue.startswith(_VENUE_WITH_BA) or venue.startswith("في "):
        return venue
    return f"ب{venue}"


def _where(event: Event) -> str:
    """The place and then the venue; the city is said once when the venue ends with it
    («فندق وازيس بمدينة السعيدية»)."""
    venue = _venue(event.venue)
    city, country = event.city.strip(), event.country.strip()
    if venue and city and venue.endswith((f"مدينة {city}", f"جماعة {city}")):
        return f"{venue}، {country}" if country else venue
    place = _place(city, country, rural=event.rural)
    return "، ".join(p for p in (place, venue) if p)


def place_and_date(place: str, date: dt.date, month_style: str) -> str:
    """«شفشاون في 20 نونبر 2024», the line under the letterhead."""
    when = long_date(date, month_style)
    return f"{place} في {when}" if place else when


def event_held(event: Event, month_style: str) -> str:
    """«المنظم يومي 12 و13 نونبر 2024 بمدينة السعيدية، بفندق وازيس»; a one-sitting event
    with its time: «المنظم يوم الخميس 5 دجنبر 2024 على الساعة 6 مساء بجماعة تزروت»."""
    when = date_range(event.start_date, event.end_date, month_style, weekdays=event.weekdays)
    hours = time_span(event.start_time, event.end_time)
    where = _where(event)
    if not (when or where or hours):
        return ""
    # a meeting or a conference sits («المنعقد»); a forum, a training… is organised
    held = "المنعقد" if event.kind in _SITTINGS else "المنظم"
    if EVENT_KINDS[event.kind].gender is Gender.FEMALE:
        held += "ة"
    return " ".join(part for part in (held, when, hours, where) if part)


def hijri_line(event: Event) -> str:
    """«الموافق لـ 10 و11 جمادى الأولى 1446 هـ», under the Gregorian dates; nothing when the
    event has no date or its date is outside the Hijri table."""
    hijri = hijri_range(event.start_date, event.end_date, int(event.hijri_adjust))
    return f"الموافق لـ {hijri}" if hijri else ""


_SITTINGS = (EventKind.MEETING, EventKind.CONFERENCE)


def participants_said(kind: EventKind, participants: int) -> str:
    """«عرف الملتقى مشاركة 350 مشاركا ومشاركة.»، «عرفت الندوة مشاركة 40 مشاركا ومشاركة.»; a
    meeting counts who attended: «حضر الاجتماع 14 عضوا وعضوة.»."""
    words = EVENT_KINDS[kind]
    if kind is EventKind.MEETING:
        noun = "member_mixed" if participants > 2 else "member"
        return f"حضر {words.noun} {count(participants, noun, Case.NOMINATIVE)}."
    noun = "participant_mixed" if participants > 2 else "participant"
    return f"{verb('عرف', words.gender)} {words.noun} مشاركة {count(participants, noun)}."


def slogan(text: str) -> str:
    """«تحت شعار: ((…))»."""
    return f"تحت شعار: (({text}))"


def themes_intro(kind: EventKind, themes: int) -> str:
    """«وقد تمحور الملتقى حول ثلاثة محاور:»، «وقد تمحورت الدورة التكوينية حول…», before the
    list of themes: the verb agrees with the event's noun."""
    words = EVENT_KINDS[kind]
    return f"وقد {verb('تمحور', words.gender)} {words.noun} حول {count(themes, 'axis')}:"


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
    sentence = f"{verb('ترأس', leader.gender)} {who}، وفدا"
    if team:  # a long description of the team is set apart, as the original reports do
        sentence += f" {team}" + ("، مكونا من:" if with_members else "،")
        return sentence
    return sentence + (" مكونا من:" if with_members else "،")


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
    """«المشاركة في فعاليات X المقام يومي … بمدينة …», or nothing for an unnamed event; a visit
    is made, not attended: «زيارة دراسية إلى مدينة بلباو، إسبانيا، يومي …»."""
    if not event.name.strip():
        return ""
    if event.kind in (EventKind.WORK_VISIT, EventKind.STUDY_VISIT):
        visit = EVENT_KIND_LABELS[event.kind]
        when = date_range(event.start_date, event.end_date, month_style, weekdays=event.weekdays)
        where = _place(event.city, event.country, rural=event.rural).removeprefix("ب")
        visit += f" إلى {where}" if where else ""
        return "، ".join(p for p in (visit, when) if p) + "."
    held = "المقامة" if EVENT_KINDS[event.kind].gender is Gender.FEMALE else "المقام"
    when = date_range(event.start_date, event.end_date, month_style, weekdays=event.weekdays)
    parts = [f"المشاركة في فعاليات {event.name.strip()}", held if when else "", when]
    parts.append(_place(event.city, event.country, rural=event.rural))
    return " ".join(p for p in parts if p) + "."


def mission_cost(cost: str) -> str:
    """«وقد بلغت تكلفة المهمة 4.500 درهم.»."""
    return f"وقد بلغت تكلفة المهمة {cost.rstrip('.')}."


def attendance_heading() -> str:
    """The bold line before the list of those present."""
    return "لائحة الحضور:"


# The roles in the order a clerk names them, with the words before the names; the same words
# take a pronoun for names already said: «وتحت إشرافها»، «وبدعم منه».
_ROLE_WORDS: dict[OrganisationRole, str] = {
    OrganisationRole.ORGANISER: "من طرف",
    OrganisationRole.SUPERVISOR: "تحت إشراف",
    OrganisationRole.PATRON: "تحت رعاية",
    OrganisationRole.INVITER: "بدعوة من",
    OrganisationRole.HOST: "باستضافة من",
    OrganisationRole.FUNDER: "بتمويل من",
    OrganisationRole.SUPPORTER: "بدعم من",
    OrganisationRole.PARTNER: "بشراكة مع",
}
_HIGH_PATRONS = ("جلالة", "صاحب السمو")


def _pronoun(organisation: Organisation, name: str) -> str:
    """«ه» or «ها»: a person by their gender, a body by its first word («المديرية…»)."""
    if organisation.person:
        return "ها" if organisation.gender is Gender.FEMALE else "ه"
    words = name.split()
    return "ها" if words and words[0].endswith("ة") else "ه"


def _segment(role: OrganisationRole, names: list[str]) -> str:
    """«بدعم من أ وب»; the King's patronage is «تحت الرعاية السامية لصاحب الجلالة…»."""
    joined = join_and(names)
    if role is OrganisationRole.PATRON and any(h in joined for h in _HIGH_PATRONS):
        return f"تحت الرعاية السامية {with_li(joined)}"
    return f"{_ROLE_WORDS[role]} {joined}"


def organised_by(kind: EventKind, named: list[tuple[Organisation, str]]) -> str:
    """«نُظم الملتقى من طرف المديرية العامة للجماعات الترابية وتحت إشرافها، وبدعم من …،
    وبشراكة مع ….»: every organisation of the event by its role, each pair ``(organisation,
    its name as said)``; the verb agrees with the event's noun («نُظمت الدورة التكوينية بتمويل
    من …»). Nothing without organisations."""
    by_role: dict[OrganisationRole, list[tuple[Organisation, str]]] = {}
    for organisation, name in named:
        by_role.setdefault(organisation.role, []).append((organisation, name))
    sentence, previous = "", []
    for role in _ROLE_WORDS:
        pairs = by_role.get(role, [])
        names = [name for _, name in pairs]
        if not names:
            continue
        if names == previous and len(pairs) == 1:
            sentence += " و" + with_possessive(_ROLE_WORDS[role], _pronoun(*pairs[0]))
        else:
            sentence += ("، و" if sentence else "") + _segment(role, names)
        previous = names
    if not sentence:
        return ""
    words = EVENT_KINDS[kind]
    return f"{verb('نُظم', words.gender)} {words.noun} {sentence}."
