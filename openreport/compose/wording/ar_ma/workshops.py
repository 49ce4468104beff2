"""The sentences about workshops: how many, who led them, their panel, talks and conclusions."""

from __future__ import annotations

from openreport.compose.wording.ar_ma.grammar import (
    count,
    join_and,
    ordinal,
    role_noun,
    verb,
    with_li,
)
from openreport.compose.wording.ar_ma.grammar import honorific as _honorific
from openreport.compose.wording.ar_ma.people import (
    commune,
    group_gender,
    people_with_titles,
    person_name,
    person_with_title,
    with_possessive,
)
from openreport.compose.wording.ar_ma.programme import PERIOD_HEADINGS
from openreport.model import Gender, PanelMember, PanelRole, Person, SessionPeriod

PANEL_TASKS = {
    PanelRole.MODERATOR: "التنشيط",
    PanelRole.TRAINER: "التأطير",
    PanelRole.FACILITATOR: "التيسير",
    PanelRole.SPEAKER: "التدخل",
    PanelRole.RAPPORTEUR: "تحرير التقرير",
}

# The verb for the people who led a workshop, by their role.
_LED = {PanelRole.MODERATOR: "نشط", PanelRole.TRAINER: "أطر"}


def single_workshop(label: str, name: str, only_of_day: int) -> str:
    """«اقتصر اليوم الثاني على ورشة بعنوان «…».»; ``only_of_day`` is the day's number when
    the workshop was all the day held, else 0."""
    sentence = label or "ورشة"
    if only_of_day:
        sentence = f"اقتصر اليوم {ordinal(only_of_day, Gender.MALE)} على {sentence}"
    if name:
        sentence += f" بعنوان «{name}»"
    return sentence + "."


def workshops_held(period: SessionPeriod, workshops: int, label: str) -> str:
    """«خصصت الفترة المسائية لتنظيم ثلاث ورشات ميدانية،», before the item's summary."""
    when = PERIOD_HEADINGS[period] or "هذا اليوم"
    sentence = f"خصصت {when} لتنظيم {count(workshops, 'workshop')}"
    if workshops >= 3 and label.startswith("ورشات "):
        sentence += " " + label.removeprefix("ورشات ")  # «ثلاث ورشات ميدانية»
    elif label and not label.startswith("ورش"):
        sentence += f" ({label})"
    return sentence + "،"


def workshop_titles_follow() -> str:
    """Before the numbered list of the workshops' titles."""
    return "وقد أخذت هذه الورشات العناوين التالية:"


def untitled_workshop() -> str:
    """In the list of titles, for a workshop that has none."""
    return "ورشة بدون عنوان"


def workshops_chosen(commune_name: str, numbers: list[int]) -> str:
    """«وقد اختارت جماعة شفشاون المشاركة في الورشة الأولى والورشة الثالثة.»."""
    who = commune(commune_name, otherwise="وفد الجماعة")
    chosen = join_and([f"الورشة {ordinal(n, Gender.FEMALE)}" for n in numbers])
    return f"وقد {verb('اختار', Gender.FEMALE)} {who} المشاركة في {chosen}."


def workshop_led_by(role: PanelRole, people: list[Person]) -> str:
    """«نشط الورشة السيد …، …»، «أطرت الورشة السيدة …»: moderators and trainers."""
    return f"{verb(_LED[role], group_gender(people))} الورشة {people_with_titles(people)}."


def panel_follows() -> str:
    """Before the table of the workshop's panel."""
    return "وتكونت منصة الورشة من:"


def panel_header() -> list[str]:
    """The columns of the panel's table: organisation, name, role."""
    return ["الجماعة", "الاسم", "الصفة"]


def panel_row(member: PanelMember) -> list[str]:
    """One member of the panel: organisation, «السيد …», the role agreeing with the person."""
    person = member.person
    return [person.organisation.strip(), person_name(person), role_noun(member.role, person.gender)]


def panel_tasks(members: list[PanelMember]) -> str:
    """«أسندت مهمة التيسير إلى …، والتدخل إلى … و…، وتحرير التقرير إلى …»."""
    by_task: dict[PanelRole, list[str]] = {}
    for member in members:
        text = person_name(member.person)
        if member.person.organisation.strip():
            text += f" ({member.person.organisation.strip()})"
        by_task.setdefault(member.role, []).append(text)
    parts = [f"{PANEL_TASKS[role]} إلى {' و'.join(names)}" for role, names in by_task.items()]
    return "أسندت مهمة " + "، و".join(parts) + "."


def panel_member(member: PanelMember) -> str:
    """«ميسرة الورشة: السيدة …، …», when the panel has one member besides its leaders."""
    noun = role_noun(member.role, member.person.gender)
    return f"{noun} الورشة: {person_with_title(member.person)}."


def workshop_opening(participants: int, facilitator: Person | None, first_line: str) -> str:
    """«تفاعل مع الورشة 57 مشاركا ومشاركة، وافتتحها ميسرها السيد …، <first line>»; the
    facilitator is named only when the summary says what they opened with."""
    parts = []
    if participants:
        parts.append(f"تفاعل مع الورشة {count(participants, 'participant_mixed')}")
    if facilitator is not None and first_line:
        noun = with_possessive(role_noun(PanelRole.FACILITATOR, facilitator.gender), "ها")
        opened = verb("افتتح", facilitator.gender) + "ها"
        clause = f"{opened} {noun} {person_name(facilitator)}"
        parts.append(("و" + clause) if parts else clause)
    lead = "، ".join(parts)
    if first_line:
        return f"{lead}، {first_line}" if lead else first_line
    return lead + "." if lead else ""


def interventions_heard(interventions: int, *, with_discussion: bool) -> str:
    """«عرفت هذه الورشة ثلاث مداخلات ونقاشا مفتوحا.»."""
    said = count(interventions, "intervention")
    if with_discussion:
        said += " ونقاشا مفتوحا"
    return f"عرفت هذه الورشة {said}."


def intervention_label(number: int) -> str:
    """«المداخلة الأولى:», in bold."""
    return f"المداخلة {ordinal(number, Gender.FEMALE)}:"


def intervention_said(speaker: Person, title: str, points: int, first_line: str) -> str:
    """« للسيد …، …، تحت عنوان «…»، وقد ركز على ثلاث نقاط، هي:» after the label; ``points``
    counts the points listed, ``first_line`` opens the summary."""
    sentence = ""
    if not speaker.is_empty():
        if speaker.name.strip():
            sentence = f" {with_li(_honorific(speaker.gender))} {speaker.name.strip()}"
            if speaker.title.strip():
                sentence += f"، {speaker.title.strip()}"
        else:
            sentence = f" ل{person_name(speaker)}"
    if title:
        sentence += f"، تحت عنوان «{title}»"
    if points and not first_line:
        sentence += f"، وقد {verb('ركز', speaker.gender)} على {count(points, 'point')}، هي:"
    elif first_line:
        sentence += "، " + first_line
    elif sentence:
        sentence += "."
    return sentence


def workshop_concluded(recommendations: int) -> str:
    """«وقد خلصت الورشة إلى ثلاث توصيات، هي:»."""
    concluded = verb("خلص", Gender.FEMALE)
    return f"وقد {concluded} الورشة إلى {count(recommendations, 'recommendation')}، هي:"
