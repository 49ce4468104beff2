"""The sentences of conference sessions and of visits: who attended a session, when it ended,
where the delegation went and who received it."""

from __future__ import annotations

import datetime as dt

from openreport.compose.wording.ar_ma.dates import clock
from openreport.compose.wording.ar_ma.grammar import Case
from openreport.compose.wording.ar_ma.people import people_with_titles
from openreport.model import Person


def session_attendees(people: list[Person]) -> str:
    """«بحضور السيد …، والي جهة الشرق، والسيدة …، …» under a session's heading."""
    return f"بحضور {people_with_titles(people, Case.OBLIQUE)}."


def at_time(time: dt.time) -> str:
    """«على الساعة 11 صباحا، », opening the first line of a programme item that has a time."""
    return f"على الساعة {clock(time)}، "


def session_ended(end: dt.time, *, titled: bool) -> str:
    """«اختتمت أشغال هذه الجلسة على الساعة 12.30 زوالا.» (a titled session), or «هذه الفترة»."""
    part = "الجلسة" if titled else "الفترة"
    return f"اختتمت أشغال هذه {part} على الساعة {clock(end)}."


def visit(place: str, hosts: str, time: dt.time | None) -> str:
    """«قام الوفد، على الساعة 10 صباحا، بزيارة إلى مقر بلدية ليون، حيث استُقبل من طرف …»:
    the place and the hosts as given (a host is said with «من طرف», whether a body or a
    person); nothing when neither nor the time is known."""
    if not (place or hosts or time):
        return ""
    when = f"، على الساعة {clock(time)}،" if time else ""
    sentence = f"قام الوفد{when} بزيارة"
    if place:
        sentence += f" إلى {place.removeprefix('إلى ').strip()}"
    if hosts:
        sentence += f"، حيث استُقبل من طرف {hosts}"
    return sentence + "."


def visit_hosts(host: str, people: list[Person]) -> str:
    """«بلدية ليون، ممثلة في السيد …»: the host institution and the people who received the
    delegation, or either alone."""
    named = people_with_titles(people)
    if host and named:
        represented = "ممثلة" if host.split()[0].endswith("ة") else "ممثلا"
        return f"{host}، {represented} في {named}"
    return host or named
