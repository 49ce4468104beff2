"""The sentences that close a report: the end of the event, headings, actions, signature."""

from __future__ import annotations

import datetime as dt

from openreport.compose.wording.ar_ma.dates import long_date
from openreport.compose.wording.ar_ma.grammar import EVENT_KINDS, join_and
from openreport.model import Event


def event_closed(event: Event, what_ended_it: list[str]) -> str:
    """«هذا، وقد أسدل الستار على فعاليات الملتقى بالسعيدية بعد …»."""
    name = event.name.strip() or EVENT_KINDS[event.kind].noun
    where = f" ب{event.city.strip()}" if event.city.strip() else ""
    return f"هذا، وقد أسدل الستار على فعاليات {name}{where} بعد {join_and(what_ended_it)}."


def delegation_remarks_heading() -> str:
    return "ملاحظات الوفد"


def decisions_heading() -> str:
    return "القرارات"


def next_steps_heading() -> str:
    return "الخطوات المقبلة"


def annexes_heading() -> str:
    return "المرفقات"


def action_details(responsible: str, deadline: dt.date | None, month_style: str) -> str:
    """«(الجهة المعنية: …، الأجل: 31 دجنبر 2024) » after a recommendation or a next step."""
    details = []
    if responsible:
        details.append(f"الجهة المعنية: {responsible}")
    if deadline:
        details.append(f"الأجل: {long_date(deadline, month_style)}")
    return f"({'، '.join(details)}) " if details else ""


def _own(word: str, commune_name: str) -> str:
    return f"({word} جماعة {commune_name})" if commune_name else f"({word} جماعتنا)"


def commune_recommendation(commune_name: str) -> str:
    """«(توصية جماعة شفشاون)», in bold after a recommendation the commune made."""
    return _own("توصية", commune_name)


def commune_commitment(commune_name: str) -> str:
    """«(التزام جماعة شفشاون)», in bold after a next step the commune takes on."""
    return _own("التزام", commune_name)


def signed_at(place: str, date: dt.date, month_style: str) -> str:
    """«حرر بشفشاون في 20 نونبر 2024», above the signature."""
    when = long_date(date, month_style)
    return f"حرر ب{place} في {when}" if place else f"حرر في {when}"


def image_unprintable(reason: str) -> str:
    """Where an annex's photo cannot be printed: said in the report, not silently left out."""
    return f"[تعذرت طباعة صورة هذا المرفق: {reason}]"


def annex_caption(number: int, title: str) -> str:
    """«المرفق 2: لائحة الحضور»."""
    return f"المرفق {number}: {title}" if title else f"المرفق {number}"
