"""The report model: plain dataclasses for everything a commune report holds (no Qt, no SQL)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import NewType

from openreport.followup import (  # a recommendation's follow-up
    RecommendationStatus,
    StatusChange,
)
from openreport.images import Attachment  # the images joined to a report

# A small signed number of days (a Hijri date's adjustment): the only signed number of a report.
DayShift = NewType("DayShift", int)
CurrencyCode = NewType("CurrencyCode", str)  # ISO 4217: «MAD»


class Gender(StrEnum):
    """Grammatical gender of a person: drives السيد/السيدة and every role noun."""

    MALE = "male"
    FEMALE = "female"


class ReportStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class BodyKind(StrEnum):
    """What kind of body writes the reports: a commune unless the profile says otherwise."""

    COMMUNE = "commune"  # جماعة
    ASSOCIATION_OF_COMMUNES = "association_of_communes"  # جمعية جماعات أو رؤساء جماعات
    GROUP_OF_COMMUNES = "group_of_communes"  # مجموعة الجماعات
    PROVINCIAL_COUNCIL = "provincial_council"  # مجلس عمالة أو إقليم
    REGIONAL_COUNCIL = "regional_council"  # مجلس جهة
    ASSOCIATION = "association"  # جمعية


class CommuneRole(StrEnum):
    """What the commune was in the event."""

    PARTICIPANT = "participant"
    HOST = "host"
    ORGANISER = "organiser"


class EventKind(StrEnum):
    FORUM = "forum"  # ملتقى
    SYMPOSIUM = "symposium"  # ندوة
    WORKSHOP = "workshop"  # ورشة
    TRAINING = "training"  # دورة تكوينية
    CONFERENCE = "conference"  # مؤتمر
    WORK_VISIT = "work_visit"  # زيارة عمل (مهمة)
    STUDY_VISIT = "study_visit"  # زيارة دراسية
    MEETING = "meeting"  # اجتماع
    OTHER = "other"


class OrganisationRole(StrEnum):
    ORGANISER = "organiser"
    PARTNER = "partner"
    FUNDER = "funder"
    HOST = "host"
    INVITER = "inviter"
    PATRON = "patron"
    SUPERVISOR = "supervisor"  # supervising authority
    SUPPORTER = "supporter"


class SessionPeriod(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    WHOLE_DAY = "whole_day"


class ItemKind(StrEnum):
    OPENING_SPEECH = "opening_speech"
    SPEECH = "speech"
    PRESENTATION = "presentation"
    PANEL = "panel"
    WORKSHOPS = "workshops"  # a block of (parallel) workshops
    BREAK = "break"
    AWARD = "award"
    EXHIBITION = "exhibition"
    VISIT = "visit"
    CLOSING = "closing"
    OTHER = "other"


class ItemStatus(StrEnum):
    HELD = "held"
    NOT_HELD = "not_held"
    CHANGED = "changed"


class PanelRole(StrEnum):
    FACILITATOR = "facilitator"  # ميسر
    SPEAKER = "speaker"  # متدخل
    RAPPORTEUR = "rapporteur"  # مقرر
    MODERATOR = "moderator"  # منشط
    TRAINER = "trainer"  # مؤطر


@dataclass
class Person:
    """A person as the report names them. The name may be empty when only the office is known.

    ``honorific`` is said before the name: ``None`` lets the gender choose (السيد/السيدة), ""
    says none, any other text is said as typed (معالي، الدكتور…). A ``group`` row stands for
    several people («ممثلو وزارة الداخلية») and takes the plural wherever it is named.
    """

    name: str = ""
    gender: Gender = Gender.MALE
    title: str = ""  # function, read after the name: «عامل صاحب الجلالة على إقليم بركان»
    organisation: str = ""
    honorific: str | None = None
    group: bool = False

    def is_empty(self) -> bool:
        return not (self.name or self.title or self.organisation)


@dataclass
class CommuneProfile:
    """The body that writes the reports (a commune unless ``body`` says otherwise): one per
    library. For a commune ``commune_name`` is the commune's name («شفشاون»); for another body
    it is the body's full name («جمعية رؤساء جماعات الشمال»)."""

    commune_name: str = ""
    letterhead: list[str] = field(default_factory=list)  # المملكة المغربية / وزارة الداخلية / …
    president: Person = field(default_factory=Person)
    focal_point: Person = field(default_factory=Person)
    city: str = ""
    logo: bytes | None = None  # PNG or JPEG
    font_name: str = "Traditional Arabic"
    body_size: float = 14.0
    heading_size: float = 16.0
    title_size: float = 18.0
    month_style: str = "ar_MA"  # a babel locale: ar_MA (نونبر) or ar (نوفمبر)
    template_path: str = ""  # a commune's own DOCX template, or "" for the built-in one
    body: BodyKind = BodyKind.COMMUNE


@dataclass
class Organisation:
    """A body named in the event (organiser, partner, funder…); a patron or an inviter may be a
    person, named then with an honorific like any person."""

    name: str = ""
    role: OrganisationRole = OrganisationRole.ORGANISER
    person: bool = False
    gender: Gender = Gender.MALE
    honorific: str | None = None


@dataclass
class Event:
    kind: EventKind = EventKind.FORUM
    kind_label: str = ""  # the word the report uses when kind is OTHER (or to override)
    name: str = ""
    slogan: str = ""
    themes: list[str] = field(default_factory=list)
    city: str = ""
    rural: bool = False  # the place is a rural commune: «بجماعة …», not «بمدينة …»
    venue: str = ""
    country: str = ""  # empty for Morocco
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    start_time: dt.time | None = None  # a meeting's one sitting
    end_time: dt.time | None = None
    weekdays: bool = False  # name the days of the week with the dates
    hijri: bool = False  # add the Hijri date line
    # -1, 0 or +1 day: Morocco's months follow the sighting of the moon
    hijri_adjust: DayShift = DayShift(0)
    month_style: str = ""  # a babel locale for month names; "" takes the profile's
    participants_count: int | None = None
    organisations: list[Organisation] = field(default_factory=list)
    context: str = ""  # why the commune took part: the report's opening paragraph
    overview: str = ""  # what the event comprised, said after the delegation
    # A training's expected results and audience, and who trained (its objectives are themes).
    expected_results: list[str] = field(default_factory=list)
    target_audience: str = ""
    trainers: list[Person] = field(default_factory=list)


@dataclass
class DelegationMember:
    person: Person = field(default_factory=Person)
    mission_role: str = ""  # what the member did in the mission, free text


@dataclass
class Delegation:
    mandated_by: Person | None = None
    leader: Person | None = None
    leader_is_deputy: bool = False  # the leader is the deputy of whoever mandated the delegation
    team: str = ""  # how the team is described after «وفدا»: «مكلفا بمشروع …»
    members: list[DelegationMember] = field(default_factory=list)
    purpose: str = ""
    mission_cost: str = ""  # as it should read: «4.500,00 درهم (تنقل وإقامة)»
    mission_amount: Decimal | None = None  # the cost's amount, in mission_currency
    mission_currency: CurrencyCode = CurrencyCode("MAD")


@dataclass
class Point:
    """A key point with at most one level of sub-points (a plan and its commitments)."""

    text: str = ""
    subpoints: list[str] = field(default_factory=list)


@dataclass
class Recommendation:
    """A recommendation or a next step; ``id`` stays with it across reports and exchanges."""

    text: str = ""
    by_commune: bool = False  # proposed by our own commune
    responsible: str = ""
    deadline: dt.date | None = None
    status: RecommendationStatus = RecommendationStatus.PROPOSED
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    history: list[StatusChange] = field(default_factory=list)  # appended to, never rewritten


@dataclass
class PanelMember:
    person: Person = field(default_factory=Person)
    role: PanelRole = PanelRole.SPEAKER


@dataclass
class Intervention:
    speaker: Person = field(default_factory=Person)
    title: str = ""
    summary: str = ""  # text before the key points
    points: list[Point] = field(default_factory=list)
    conclusion: str = ""  # text after the key points


@dataclass
class Workshop:
    title: str = ""
    attended: bool = False
    panel: list[PanelMember] = field(default_factory=list)
    participants_count: int | None = None
    summary: str = ""  # how it was opened and framed
    interventions: list[Intervention] = field(default_factory=list)
    discussion: str = ""
    recommendations: list[Recommendation] = field(default_factory=list)


@dataclass
class ProgrammeItem:
    kind: ItemKind = ItemKind.SPEECH
    title: str = ""
    time: dt.time | None = None
    speakers: list[Person] = field(default_factory=list)
    summary: str = ""
    points: list[Point] = field(default_factory=list)
    conclusion: str = ""
    recipients: list[str] = field(default_factory=list)  # award ceremony
    workshops: list[Workshop] = field(default_factory=list)  # workshops block
    status: ItemStatus = ItemStatus.HELD
    remark: str = ""  # the delegation's remark, above all on items not held or changed
    place: str = ""  # a visit's place
    host: str = ""  # a visit's host institution


@dataclass
class Session:
    period: SessionPeriod = SessionPeriod.MORNING
    title: str = ""  # a conference session's own title: «الجلسة الافتتاحية»
    attendees: list[Person] = field(default_factory=list)  # «بحضور …»
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    venue: str = ""
    participants_count: int | None = None
    intro: str = ""
    items: list[ProgrammeItem] = field(default_factory=list)


@dataclass
class ProgrammeDay:
    date: dt.date | None = None
    sessions: list[Session] = field(default_factory=list)
    end_time: dt.time | None = None  # when the day's activities ended
    closing_note: str = ""


@dataclass
class AgendaPoint:
    """A point of a meeting's agenda and what was said on it."""

    title: str = ""
    text: str = ""


@dataclass
class Signature:
    signer: Person = field(default_factory=Person)
    function: str = ""  # as printed above the name: «نقطة ارتكاز جماعة شفشاون»
    place: str = ""
    date: dt.date | None = None


@dataclass
class Annex:
    """A document or photograph joined to the report."""

    title: str = ""
    image: Attachment | None = None  # PNG or JPEG, printed under its title

    def __post_init__(self) -> None:
        if isinstance(self.image, bytes | bytearray):
            self.image = Attachment(self.image)


@dataclass
class Closing:
    items: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)  # the delegation's remarks (ملاحظات)
    decisions: list[str] = field(default_factory=list)
    next_steps: list[Recommendation] = field(default_factory=list)  # with responsible, deadline
    conclusion: str = ""
    signature: Signature = field(default_factory=Signature)
    annexes: list[Annex] = field(default_factory=list)


@dataclass
class Report:
    title: str = ""
    status: ReportStatus = ReportStatus.DRAFT
    report_date: dt.date | None = None
    report_place: str = ""
    commune_role: CommuneRole = CommuneRole.PARTICIPANT
    event: Event = field(default_factory=Event)
    delegation: Delegation = field(default_factory=Delegation)
    attendance: list[Person] = field(default_factory=list)  # who attended, beside the delegation
    agenda: list[AgendaPoint] = field(default_factory=list)  # a meeting's points, told in turn
    days: list[ProgrammeDay] = field(default_factory=list)
    closing: Closing = field(default_factory=Closing)
    uuid: str = field(default_factory=lambda: str(uuid.uuid4()))
    # Kept by the library; None for a report that was never saved.
    id: int | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    # The library's revision of the stored row this copy was loaded from (None: never loaded);
    # a save from a stale revision is refused (storage.SaveConflictError). Not compared: two
    # copies with the same content are equal whichever revision they were loaded at.
    revision: int | None = field(default=None, compare=False)

    def workshops(self) -> list[Workshop]:
        """Every workshop of the programme, in programme order."""
        return [
            workshop
            for day in self.days
            for session in day.sessions
            for item in session.items
            for workshop in item.workshops
        ]

    def recommendations(self) -> list[Recommendation]:
        """Every recommendation of the workshops, then every next step, in report order."""
        return [r for w in self.workshops() for r in w.recommendations] + self.closing.next_steps

    def people(self) -> list[Person]:
        """Every named person of the report, for the people directory."""
        found: list[Person] = []
        delegation = self.delegation
        for person in (delegation.mandated_by, delegation.leader):
            if person is not None:
                found.append(person)
        found.extend(member.person for member in delegation.members)
        found.extend(self.attendance)
        found.extend(self.event.trainers)
        for day in self.days:
            for session in day.sessions:
                found.extend(session.attendees)
                for item in session.items:
                    found.extend(item.speakers)
                    for workshop in item.workshops:
                        found.extend(member.person for member in workshop.panel)
                        found.extend(i.speaker for i in workshop.interventions)
        found.append(self.closing.signature.signer)
        return [person for person in found if person.name.strip()]
