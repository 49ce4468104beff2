"""Compose a report into a document: the Arabic sentences are built here, once, from the data.

The user's own texts (context, summaries, remarks) are inserted as typed; everything around
them (who spoke, counts, dates, roles) is written from the fields, in agreement with each
person's gender. Parts with nothing in them are left out, never printed as empty headings.
"""

from __future__ import annotations

from collections.abc import Iterable

from openreport.compose.document import (
    Block,
    BulletList,
    Document,
    Letterhead,
    ListItem,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    Style,
    Table,
)
from openreport.compose.wording.ar_ma import grammar as arabic
from openreport.compose.wording.ar_ma.dates import (
    date_range,
    day_heading,
    long_date,
    time_digits,
    time_words,
)
from openreport.compose.wording.ar_ma.grammar import count, honorific, ordinal, role_noun, verb
from openreport.model import (
    CommuneProfile,
    CommuneRole,
    Gender,
    ItemKind,
    ItemStatus,
    OrganisationRole,
    PanelRole,
    Person,
    Point,
    ProgrammeDay,
    ProgrammeItem,
    Report,
    ReportStatus,
    Session,
    SessionPeriod,
    Workshop,
)
from openreport.text import clean_text

PERIOD_HEADINGS = {
    SessionPeriod.MORNING: "الفترة الصباحية",
    SessionPeriod.AFTERNOON: "الفترة المسائية",
    SessionPeriod.EVENING: "الأمسية",
    SessionPeriod.WHOLE_DAY: "",
}

ORGANISATION_ROLE_NOUNS = {
    OrganisationRole.ORGANISER: "تنظيم",
    OrganisationRole.SUPERVISOR: "إشراف",
    OrganisationRole.HOST: "استضافة",
    OrganisationRole.INVITER: "دعوة",
    OrganisationRole.PATRON: "رعاية",
    OrganisationRole.FUNDER: "تمويل",
    OrganisationRole.SUPPORTER: "دعم",
    OrganisationRole.PARTNER: "شراكة",
}

PANEL_TASKS = {
    PanelRole.MODERATOR: "التنشيط",
    PanelRole.TRAINER: "التأطير",
    PanelRole.FACILITATOR: "التيسير",
    PanelRole.SPEAKER: "التدخل",
    PanelRole.RAPPORTEUR: "تحرير التقرير",
}

NOT_HELD_VERBS = {
    ItemKind.OPENING_SPEECH: "إلقاء",
    ItemKind.SPEECH: "إلقاء",
    ItemKind.PRESENTATION: "تقديم",
    ItemKind.VISIT: "القيام بزيارة",
    ItemKind.CLOSING: "تنظيم",
}


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of a text typed by the user: one per non-empty line."""
    return [line.strip() for line in clean_text(text).splitlines() if line.strip()]


def person_name(person: Person) -> str:
    """«السيد محمد علي حبوها»; an unnamed person is named by their office alone."""
    if person.name.strip():
        return f"{honorific(person.gender)} {person.name.strip()}"
    return person.title.strip() or person.organisation.strip()


def person_with_title(person: Person) -> str:
    """«السيد عبد الوهاب الجابري، عامل بوزارة الداخلية …»."""
    name = person_name(person)
    title = person.title.strip()
    if person.name.strip() and title:
        return f"{name}، {title}"
    return name


def people_with_titles(people: list[Person]) -> str:
    return arabic.join_and([person_with_title(p) for p in people if not p.is_empty()])


def _gender_of(people: list[Person]) -> Gender:
    """The gender a verb takes for a group: feminine only when all are women."""
    if people and all(p.gender is Gender.FEMALE for p in people):
        return Gender.FEMALE
    return Gender.MALE


def _with_possessive(noun: str, suffix: str) -> str:
    return noun[:-1] + "ت" + suffix if noun.endswith("ة") else noun + suffix


def _place(city: str, country: str = "") -> str:
    if not city.strip():
        return ""
    city = city.strip()
    place = f"بمدينة {city}"
    if country.strip():
        place += f"، {country.strip()}"
    return place


class Composer:
    """Builds the blocks of one report; use :func:`compose`."""

    def __init__(self, report: Report, profile: CommuneProfile) -> None:
        self.report = report
        self.profile = profile
        self.style = profile.month_style
        self.blocks: list[Block] = []
        kind = arabic.EVENT_KINDS[report.event.kind]
        self.event_noun = kind.noun
        self.event_gender = kind.gender
        self.commune = profile.commune_name.strip()
        self.only_item_of_day = 0  # the day's number while composing a day of a single item

    # -- small writers ----------------------------------------------------------------

    def para(self, *runs: Run | str, style: Style = Style.BODY) -> None:
        parts = [Run(r) if isinstance(r, str) else r for r in runs]
        parts = [r for r in parts if r.text]
        if parts:
            self.blocks.append(Paragraph(parts, style))

    def text_paragraphs(self, text: str, lead: list[Run] | None = None, style=Style.BODY) -> None:
        """The user's text as paragraphs; ``lead`` opens the first one."""
        lines = paragraphs_of(text)
        if lead:
            first = lines.pop(0) if lines else ""
            self.para(*lead, *([Run(" " + first)] if first else []), style=style)
        for line in lines:
            self.para(line, style=style)

    def bullets(self, texts: Iterable[str], *, numbered: bool = False) -> None:
        items = [ListItem([Run(t.strip())]) for t in texts if t.strip()]
        if items:
            self.blocks.append(BulletList(items, numbered))

    def points(self, points: list[Point], *, numbered: bool = False) -> None:
        items = [
            ListItem([Run(p.text.strip())], [[Run(s.strip())] for s in p.subpoints if s.strip()])
            for p in points
            if p.text.strip() or any(s.strip() for s in p.subpoints)
        ]
        if items:
            self.blocks.append(BulletList(items, numbered))

    def heading(self, text: str, level: int) -> None:
        style = {1: Style.HEADING1, 2: Style.HEADING2, 3: Style.HEADING3}[level]
        self.para(text, style=style)

    # -- the report ---------------------------------------------------------------------

    def compose(self) -> Document:
        report, profile = self.report, self.profile
        if profile.letterhead or profile.logo:
            lines = [line for line in profile.letterhead if line.strip()]
            self.blocks.append(Letterhead(lines, profile.logo))
        if report.report_date:
            place = report.report_place.strip() or profile.city.strip()
            when = long_date(report.report_date, self.style)
            self.para(f"{place} في {when}" if place else when, style=Style.PLACE_DATE)
        self.title_block()
        self.introduction()
        self.delegation()
        self.attendance()
        overview = report.event.overview
        self.text_paragraphs(overview)
        for number, day in enumerate(report.days, start=1):
            self.day(number, day)
        self.closing()
        return Document(
            title=self.title(),
            author=f"جماعة {self.commune}" if self.commune else "",
            blocks=self.blocks,
            draft=report.status is ReportStatus.DRAFT,
        )

    def title(self) -> str:
        return clean_text(self.report.title.strip()) or suggested_title(self.report, self.profile)

    def title_block(self) -> None:
        event = self.report.event
        self.para(self.title(), style=Style.TITLE)
        when = date_range(event.start_date, event.end_date, self.style)
        where = _place(event.city, event.country)
        if when or where:
            held = "المنظمة" if self.event_gender is Gender.FEMALE else "المنظم"
            self.para(" ".join(p for p in (held, when, where) if p), style=Style.SUBTITLE)
        if event.slogan.strip():
            self.para(f"تحت شعار: (({event.slogan.strip()}))", style=Style.SUBTITLE)

    def introduction(self) -> None:
        event = self.report.event
        self.text_paragraphs(event.context)
        themes = [t for t in event.themes if t.strip()]
        if themes:
            self.para(f"وقد تمحور {self.event_noun} حول {count(len(themes), 'axis')}:")
            self.bullets(themes)

    def delegation(self) -> None:
        delegation = self.report.delegation
        members = [m for m in delegation.members if not m.person.is_empty()]
        mandator, leader = delegation.mandated_by, delegation.leader
        if mandator is not None and mandator.is_empty():
            mandator = None
        if leader is not None and leader.is_empty():
            leader = None
        if not (members or leader):
            self.text_paragraphs(delegation.purpose)
            return
        sentence = ""
        if mandator is not None:
            title = mandator.title.strip()
            named = (
                f"{title} {person_name(mandator)}"
                if title and mandator.name.strip()
                else (person_name(mandator))
            )
            sentence = f"وبتكليف من {named}، "
        team = "وفدا" + (f" {delegation.team.strip()}" if delegation.team.strip() else "")
        if leader is not None:
            if delegation.leader_is_deputy and mandator is not None:
                who = f"{arabic.deputy_of(leader.gender, mandator.gender)} {person_name(leader)}"
            else:
                who = person_with_title(leader)
            sentence += f"{verb('ترأس', leader.gender)} {who}، {team}"
            sentence += "، مكونا من:" if members else "،"
        else:
            sentence += "شارك في هذه المهمة:"
        self.para(sentence)
        items = []
        for member in members:
            text = person_with_title(member.person)
            if member.mission_role.strip():
                text += f" ({member.mission_role.strip()})"
            items.append(text)
        self.bullets(items)
        purpose = delegation.purpose.strip() or self.default_purpose()
        if purpose:
            self.text_paragraphs(purpose, lead=[Run("وذلك للقيام بمهمة")])
        if delegation.mission_cost.strip():
            self.para(f"وقد بلغت تكلفة المهمة {delegation.mission_cost.strip().rstrip('.')}.")

    def attendance(self) -> None:
        people = [p for p in self.report.attendance if not p.is_empty()]
        if people:
            self.para(Run("لائحة الحضور:", bold=True))
            self.bullets([person_with_title(p) for p in people])

    def default_purpose(self) -> str:
        event = self.report.event
        if not event.name.strip():
            return ""
        held = "المقامة" if self.event_gender is Gender.FEMALE else "المقام"
        when = date_range(event.start_date, event.end_date, self.style)
        parts = [f"المشاركة في فعاليات {event.name.strip()}", held if when else "", when]
        parts.append(_place(event.city, event.country))
        return " ".join(p for p in parts if p) + "."

    # -- the programme -------------------------------------------------------------------

    def day(self, number: int, day: ProgrammeDay) -> None:
        if not (any(map(_session_has_content, day.sessions)) or day.closing_note.strip()):
            return
        self.heading(day_heading(number, day.date, self.style), 1)
        first_day = number == 1
        items = [item for session in day.sessions for item in session.items]
        self.only_item_of_day = number if len(items) == 1 else 0
        for index, session in enumerate(day.sessions):
            self.session(session, organisers=first_day and index == 0)
        end = f"(الساعة {time_words(day.end_time)})" if day.end_time else ""
        if day.closing_note.strip():
            note = paragraphs_of(day.closing_note)
            note[-1] = f"{note[-1]} {end}".strip()
            for line in note:
                self.para(line)
        elif end:
            closed = verb("اختتم", Gender.FEMALE)
            self.para(f"{closed} أشغال اليوم {ordinal(number, Gender.MALE)} على {end[1:-1]}.")

    def session(self, session: Session, *, organisers: bool) -> None:
        heading = PERIOD_HEADINGS[session.period]
        if heading and (session.items or session.intro.strip() or session.venue.strip()):
            self.heading(heading, 2)
        opening = self.session_opening(session, organisers=organisers)
        if opening:
            self.para(opening)
        items = session.items
        i = 0
        while i < len(items):
            item = items[i]
            if item.kind is ItemKind.OPENING_SPEECH and item.status is ItemStatus.HELD:
                run = [item]
                while (
                    i + len(run) < len(items)
                    and items[i + len(run)].kind is ItemKind.OPENING_SPEECH
                    and items[i + len(run)].status is ItemStatus.HELD
                ):
                    run.append(items[i + len(run)])
                self.opening_speeches(run)
                i += len(run)
                continue
            self.item(item, session)
            i += 1

    def session_opening(self, session: Session, *, organisers: bool) -> str:
        parts = []
        if session.venue.strip():
            parts.append(f"استقبل {session.venue.strip()}")
            if session.start_time:
                parts.append(f"ابتداء من الساعة {time_digits(session.start_time)}")
            if session.participants_count:
                parts.append(f"{count(session.participants_count, 'participant_mixed')}")
        else:
            if session.start_time:
                parts.append(f"انطلقت الأشغال على الساعة {time_digits(session.start_time)}")
            if session.participants_count:
                parts.append(f"بحضور {count(session.participants_count, 'participant_mixed')}")
        sentence = "، ".join(parts)
        if session.intro.strip():
            sentence = f"{sentence} {session.intro.strip()}".strip()
        if organisers:
            phrase = self.organisers_phrase()
            if phrase:
                sentence = (
                    f"{sentence}، وذلك {phrase}" if sentence else f"نظم {self.event_noun} {phrase}"
                )
        sentence = sentence.strip()
        if sentence and not sentence.endswith((".", "!", ":", "؟")):
            sentence += "."
        return sentence

    def organisers_phrase(self) -> str:
        roles_by_name: dict[str, list[OrganisationRole]] = {}
        for organisation in self.report.event.organisations:
            name = organisation.name.strip()
            if name:
                roles = roles_by_name.setdefault(name, [])
                if organisation.role not in roles:
                    roles.append(organisation.role)
        names_by_roles: dict[tuple[OrganisationRole, ...], list[str]] = {}
        for name, roles in roles_by_name.items():
            names_by_roles.setdefault(tuple(roles), []).append(name)
        segments = []
        for roles, names in names_by_roles.items():
            nouns = " و".join(ORGANISATION_ROLE_NOUNS[r] for r in roles)
            preposition = "مع" if roles == (OrganisationRole.PARTNER,) else "من"
            segments.append(f"ب{nouns} {preposition} {' و'.join(names)}")
        return "، و".join(segments)

    def opening_speeches(self, speeches: list[ProgrammeItem]) -> None:
        n = len(speeches)
        if n == 1:
            words = "بكلمة افتتاحية"
        elif n == 2:
            words = "بكلمتين افتتاحيتين"
        else:
            words = f"ب{count(n, 'speech')} افتتاحية"
        self.para(f"انطلقت أنشطة {self.event_noun} {words}:")
        for item in speeches:
            self.speech(item)

    def speech(self, item: ProgrammeItem) -> None:
        speakers = [p for p in item.speakers if not p.is_empty()]
        lead_text = f"كلمة {people_with_titles(speakers)}" if speakers else "كلمة"
        if item.title.strip():
            lead_text += f"، تحت عنوان «{item.title.strip()}»"
        self.item_body(item, [Run(lead_text + ":", bold=True)])

    def item_body(self, item: ProgrammeItem, lead: list[Run], *, numbered: bool = False) -> None:
        if paragraphs_of(item.summary):
            self.text_paragraphs(item.summary, lead=lead)
        else:
            self.para(*lead)
        self.points(item.points, numbered=numbered)
        self.text_paragraphs(item.conclusion)
        self.remark(item)

    def remark(self, item: ProgrammeItem) -> None:
        if not item.remark.strip():
            return
        if item.status is ItemStatus.HELD:
            self.para(f"({item.remark.strip()})", style=Style.NOTE)
        else:
            self.para(Run("ملاحظة الوفد: ", bold=True), Run(item.remark.strip()), style=Style.NOTE)

    def item(self, item: ProgrammeItem, session: Session) -> None:
        title = item.title.strip()
        speakers = [p for p in item.speakers if not p.is_empty()]
        if item.status is ItemStatus.NOT_HELD:
            doing = NOT_HELD_VERBS.get(item.kind, "تنظيم")
            what = title or "هذه الفقرة"
            self.para(f"كان مقررا {doing} {what}، ولكن لم يتم ذلك.")
            self.remark(item)
            return
        kind = item.kind
        if kind in (ItemKind.SPEECH, ItemKind.OPENING_SPEECH):
            self.speech(item)
        elif kind is ItemKind.PRESENTATION:
            if speakers:
                gender = _gender_of(speakers)
                sentence = f"{verb('قدم', gender)} {people_with_titles(speakers)}، عرضا"
            else:
                sentence = "تم تقديم عرض"
            sentence += f" حول «{title}»." if title else "."
            self.item_body(item, [Run(sentence)])
        elif kind is ItemKind.PANEL:
            sentence = f"نظمت مائدة مستديرة حول «{title}»" if title else "نظمت مائدة مستديرة"
            if speakers:
                sentence += f"، شارك فيها {people_with_titles(speakers)}"
            self.item_body(item, [Run(sentence + ".")])
        elif kind is ItemKind.AWARD:
            self.award(item)
        elif kind is ItemKind.BREAK:
            self.para(f"{title or 'استراحة'}.", style=Style.NOTE)
            self.remark(item)
        elif kind is ItemKind.WORKSHOPS:
            self.workshops(item, session)
        else:
            lead = [Run(title + (":" if paragraphs_of(item.summary) else ""), bold=True)]
            if speakers:
                lead.append(Run(f" ({people_with_titles(speakers)})"))
            self.item_body(item, lead)
        if item.status is ItemStatus.CHANGED and not item.remark.strip():
            self.para("(وقع تغيير على هذه الفقرة مقارنة بالبرنامج المقرر.)", style=Style.NOTE)

    def award(self, item: ProgrammeItem) -> None:
        recipients = [r.strip() for r in item.recipients if r.strip()]
        title = item.title.strip() or "جوائز"
        opening = paragraphs_of(item.summary)
        start = opening.pop(0) if opening else f"تم توزيع {title}"
        if recipients:
            institutions = sum(
                r.startswith(("جماعة", "جهة", "إقليم", "عمالة", "مجلس")) for r in recipients
            )
            noun = "territorial_body" if institutions * 2 >= len(recipients) else "beneficiary"
            self.para(f"{start} على {count(len(recipients), noun)}، وهي:")
        else:
            self.para(start + ".")
        for line in opening:
            self.para(line)
        self.bullets(recipients)
        self.text_paragraphs(item.conclusion)
        self.remark(item)

    # -- workshops -------------------------------------------------------------------------

    def workshops(self, item: ProgrammeItem, session: Session) -> None:
        workshops = item.workshops
        label = item.title.strip()
        if len(workshops) == 1:
            workshop = workshops[0]
            name = workshop.title.strip()
            sentence = label or "ورشة"
            if self.only_item_of_day:
                sentence = (
                    f"اقتصر اليوم {ordinal(self.only_item_of_day, Gender.MALE)} على {sentence}"
                )
            if name:
                sentence += f" بعنوان «{name}»"
            self.text_paragraphs(item.summary, lead=[Run(sentence + ".")])
            self.workshop(workshop, heading=False)
            self.text_paragraphs(item.conclusion)
            self.remark(item)
            return
        if workshops:
            when = PERIOD_HEADINGS[session.period] or "هذا اليوم"
            sentence = f"خصصت {when} لتنظيم {count(len(workshops), 'workshop')}"
            if len(workshops) >= 3 and label.startswith("ورشات "):
                sentence += " " + label.removeprefix("ورشات ")  # «ثلاث ورشات ميدانية»
            elif label and not label.startswith("ورش"):
                sentence += f" ({label})"
            self.text_paragraphs(item.summary, lead=[Run(sentence + "،")])
            self.para("وقد أخذت هذه الورشات العناوين التالية:")
            self.bullets([w.title or "ورشة بدون عنوان" for w in workshops], numbered=True)
        else:
            self.text_paragraphs(item.summary)
        attended = [n for n, w in enumerate(workshops, start=1) if w.attended]
        if attended and len(workshops) > 1:
            who = f"جماعة {self.commune}" if self.commune else "وفد الجماعة"
            chosen = arabic.join_and([f"الورشة {ordinal(n, Gender.FEMALE)}" for n in attended])
            self.para(f"وقد {verb('اختار', Gender.FEMALE)} {who} المشاركة في {chosen}.")
        for workshop in workshops:
            if workshop.attended or _has_content(workshop):
                self.workshop(workshop, heading=True)
        self.text_paragraphs(item.conclusion)
        self.remark(item)

    def workshop(self, workshop: Workshop, *, heading: bool) -> None:
        if heading and workshop.title.strip():
            self.heading(workshop.title.strip(), 3)
        panel = [m for m in workshop.panel if not m.person.is_empty()]
        leaders = [m for m in panel if m.role in (PanelRole.MODERATOR, PanelRole.TRAINER)]
        others = [m for m in panel if m not in leaders]
        for role, led in ((PanelRole.MODERATOR, "نشط"), (PanelRole.TRAINER, "أطر")):
            people = [m.person for m in leaders if m.role is role]
            if people:
                gender = _gender_of(people)
                self.para(f"{verb(led, gender)} الورشة {people_with_titles(people)}.")
        if len(others) >= 2:
            self.para("وتكونت منصة الورشة من:")
            self.blocks.append(
                Table(
                    ["الجماعة", "الاسم", "الصفة"],
                    [
                        [
                            m.person.organisation.strip(),
                            person_name(m.person),
                            role_noun(m.role, m.person.gender),
                        ]
                        for m in others
                    ],
                )
            )
            self.para(self.panel_prose(others))
        elif others:
            member = others[0]
            noun = role_noun(member.role, member.person.gender)
            self.para(f"{noun} الورشة: {person_with_title(member.person)}.")
        self.workshop_opening(workshop, others)
        self.interventions(workshop)
        self.text_paragraphs(workshop.discussion)
        self.recommendations(workshop)

    def panel_prose(self, members) -> str:
        """«أسندت مهمة التيسير إلى …، والتدخل إلى … و…، وتحرير التقرير إلى …»."""
        by_task: dict[PanelRole, list[str]] = {}
        for member in members:
            text = person_name(member.person)
            if member.person.organisation.strip():
                text += f" ({member.person.organisation.strip()})"
            by_task.setdefault(member.role, []).append(text)
        parts = [f"{PANEL_TASKS[role]} إلى {' و'.join(names)}" for role, names in by_task.items()]
        return "أسندت مهمة " + "، و".join(parts) + "."

    def workshop_opening(self, workshop: Workshop, others) -> None:
        parts = []
        if workshop.participants_count:
            parts.append(
                f"تفاعل مع الورشة {count(workshop.participants_count, 'participant_mixed')}"
            )
        facilitators = [m.person for m in others if m.role is PanelRole.FACILITATOR]
        summary = paragraphs_of(workshop.summary)
        if facilitators and summary:
            person = facilitators[0]
            noun = _with_possessive(role_noun(PanelRole.FACILITATOR, person.gender), "ها")
            opened = verb("افتتح", person.gender) + "ها"
            clause = f"{opened} {noun} {person_name(person)}"
            parts.append(("و" + clause) if parts else clause)
        lead = "، ".join(parts)
        if summary:
            first = summary.pop(0)
            self.para(f"{lead}، {first}" if lead else first)
        elif lead:
            self.para(lead + ".")
        for line in summary:
            self.para(line)

    def interventions(self, workshop: Workshop) -> None:
        interventions = workshop.interventions
        if not interventions:
            return
        said = count(len(interventions), "intervention")
        if paragraphs_of(workshop.discussion):
            said += " ونقاشا مفتوحا"
        self.para(f"عرفت هذه الورشة {said}.")
        for number, intervention in enumerate(interventions, start=1):
            speaker = intervention.speaker
            lead = [Run(f"المداخلة {ordinal(number, Gender.FEMALE)}:", bold=True)]
            sentence = ""
            if not speaker.is_empty():
                if speaker.name.strip():
                    sentence = (
                        f" {arabic.with_li(honorific(speaker.gender))} {speaker.name.strip()}"
                    )
                    if speaker.title.strip():
                        sentence += f"، {speaker.title.strip()}"
                else:
                    sentence = f" ل{person_name(speaker)}"
            if intervention.title.strip():
                sentence += f"، تحت عنوان «{intervention.title.strip()}»"
            points = [p for p in intervention.points if p.text.strip()]
            summary = paragraphs_of(intervention.summary)
            if points and not summary:
                focus = verb("ركز", speaker.gender)
                sentence += f"، وقد {focus} على {count(len(points), 'point')}، هي:"
            elif summary:
                sentence += "، " + summary.pop(0)
            elif sentence:
                sentence += "."
            lead.append(Run(sentence))
            self.para(*lead)
            for line in summary:
                self.para(line)
            self.points(intervention.points, numbered=True)
            self.text_paragraphs(intervention.conclusion)

    def recommendations(self, workshop: Workshop) -> None:
        recommendations = [r for r in workshop.recommendations if r.text.strip()]
        if not recommendations:
            return
        concluded = verb("خلص", Gender.FEMALE)
        self.para(
            f"وقد {concluded} الورشة إلى {count(len(recommendations), 'recommendation')}، هي:"
        )
        self.blocks.append(BulletList([self.action_item(r) for r in recommendations]))

    def action_item(self, recommendation, own_word: str = "توصية") -> ListItem:
        """A recommendation or a next step, with who is responsible, the deadline, and the
        mark of the commune's own («توصية جماعة …», «التزام جماعة …»)."""
        runs = [Run(recommendation.text.strip() + " ")]
        details = []
        if recommendation.responsible.strip():
            details.append(f"الجهة المعنية: {recommendation.responsible.strip()}")
        if recommendation.deadline:
            details.append(f"الأجل: {long_date(recommendation.deadline, self.style)}")
        if details:
            runs.append(Run(f"({'، '.join(details)}) "))
        if recommendation.by_commune:
            own = f"{own_word} جماعة {self.commune}" if self.commune else f"{own_word} جماعتنا"
            runs.append(Run(f"({own})", bold=True))
        runs[-1].text = runs[-1].text.rstrip()
        return ListItem(runs)

    # -- closing ----------------------------------------------------------------------------

    def closing(self) -> None:
        closing = self.report.closing
        event = self.report.event
        items = [i.strip().rstrip(".") for i in closing.items if i.strip()]
        if items:
            name = event.name.strip() or self.event_noun
            where = f" ب{event.city.strip()}" if event.city.strip() else ""
            self.para(
                f"هذا، وقد أسدل الستار على فعاليات {name}{where} بعد {arabic.join_and(items)}."
            )
        remarks = [r for r in closing.remarks if r.strip()]
        if remarks:
            self.heading("ملاحظات الوفد", 1)
            self.bullets(remarks)
        decisions = [d for d in closing.decisions if d.strip()]
        if decisions:
            self.heading("القرارات", 1)
            self.bullets(decisions)
        steps = [s for s in closing.next_steps if s.text.strip()]
        if steps:
            self.heading("الخطوات المقبلة", 1)
            self.blocks.append(BulletList([self.action_item(s, "التزام") for s in steps]))
        self.text_paragraphs(closing.conclusion)
        signature = closing.signature
        name = person_name(signature.signer) if signature.signer.name.strip() else ""
        function = signature.function.strip() or signature.signer.title.strip()
        if name or function:
            if signature.date:
                when = long_date(signature.date, self.style)
                place = signature.place.strip()
                self.para(
                    f"حرر ب{place} في {when}" if place else f"حرر في {when}", style=Style.PLACE_DATE
                )
            self.blocks.append(SignatureBlock(function, signature.signer.name.strip()))
        annexes = [a for a in closing.annexes if a.title.strip() or a.image]
        if annexes:
            self.heading("المرفقات", 1)
            for number, annex in enumerate(annexes, start=1):
                caption = (
                    f"المرفق {number}: {annex.title.strip()}"
                    if annex.title.strip()
                    else (f"المرفق {number}")
                )
                if annex.image:
                    self.blocks.append(Picture(annex.image, caption))
                else:
                    self.para(caption)


def _session_has_content(session: Session) -> bool:
    return bool(
        session.items
        or session.intro.strip()
        or session.venue.strip()
        or session.start_time
        or session.participants_count
    )


def _has_content(workshop: Workshop) -> bool:
    return bool(
        workshop.interventions
        or workshop.recommendations
        or workshop.panel
        or workshop.summary.strip()
        or workshop.discussion.strip()
    )


def suggested_title(report: Report, profile: CommuneProfile) -> str:
    """A title built from the event and the commune's role, for the user to edit."""
    event = report.event
    commune = f"جماعة {profile.commune_name.strip()}" if profile.commune_name.strip() else "الجماعة"
    label = event.kind_label.strip() or arabic.EVENT_KIND_LABELS[event.kind]
    name = event.name.strip()
    what = name if name.startswith(label) else f"{label} {name}".strip()
    feminine = arabic.EVENT_KINDS[event.kind].gender is Gender.FEMALE
    if report.commune_role is CommuneRole.HOST:
        relative = "التي احتضنتها" if feminine else "الذي احتضنته"
        return f"تقرير {commune} عن {what} {relative} الجماعة"
    if report.commune_role is CommuneRole.ORGANISER:
        relative = "التي نظمتها" if feminine else "الذي نظمته"
        return f"تقرير {commune} عن {what} {relative} الجماعة"
    return f"تقرير {commune} عن مشاركتها في {what}"


def compose(report: Report, profile: CommuneProfile) -> Document:
    """The document of ``report`` as the commune of ``profile`` writes it."""
    return Composer(report, profile).compose()
