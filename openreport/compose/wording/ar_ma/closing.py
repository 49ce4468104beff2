"""The sentences that close a report: the end of the event, headings, actions, signature."""

from __future__ import annotations

import datetime as dt

from openreport.compose.wording.ar_ma.dates import NBSP, long_date
from openreport.compose.wording.ar_ma.grammar import EVENT_KINDS, join_and
from openreport.compose.wording.ar_ma.people import Writer, person_name, writer
from openreport.model import Event, Person, RecommendationStatus


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


_STATUS_WORDS = {
    RecommendationStatus.ADOPTED: "معتمدة",
    RecommendationStatus.IN_PROGRESS: "قيد التنفيذ",
    RecommendationStatus.DONE: "منجزة",
    RecommendationStatus.DROPPED: "متخلى عنها",
}


def action_details(
    responsible: str,
    deadline: dt.date | None,
    month_style: str,
    status: RecommendationStatus = RecommendationStatus.PROPOSED,
) -> str:
    """«(الجهة المعنية: …، الأجل: 31 دجنبر 2024، الحالة: معتمدة) » after a recommendation or a
    next step; a proposal, what every recommendation starts as, says no status."""
    details = []
    if responsible:
        details.append(f"الجهة المعنية: {responsible}")
    if deadline:
        details.append(f"الأجل:{NBSP}{long_date(deadline, month_style)}")
    if status in _STATUS_WORDS:
        details.append(f"الحالة: {_STATUS_WORDS[status]}")
    return f"({'، '.join(details)}) " if details else ""


def _own(word: str, the_writer: Writer | str) -> str:
    """«(توصية جماعة شفشاون)», kept on one line (no-break spaces) when it is short enough."""
    mark = f"({word} {writer(the_writer).own()})"
    return mark.replace(" ", NBSP) if len(mark) <= 40 else mark


def commune_recommendation(the_writer: Writer | str) -> str:
    """«(توصية جماعة شفشاون)», «(توصية مجلس جهة الشرق)», in bold after a recommendation the
    writer made; «(توصية جماعتنا)» when it has no name."""
    return _own("توصية", the_writer)


def commune_commitment(the_writer: Writer | str) -> str:
    """«(التزام جماعة شفشاون)», in bold after a next step the writer takes on."""
    return _own("التزام", the_writer)


def signer_name(signer: Person) -> str:
    """The name under the signature, as typed: an honorific is printed there only when one
    was chosen in words («الدكتورة …»), and never twice."""
    if signer.honorific and not signer.group:
        return person_name(signer)
    return signer.name.strip()


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
