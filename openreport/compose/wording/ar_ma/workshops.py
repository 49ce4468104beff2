"""The sentences about workshops: how many, who led them, their panel, talks and conclusions."""

from __future__ import annotations

from openreport.compose.wording.ar_ma.grammar import (
    Case,
    count,
    join_and,
    ordinal,
    role_noun,
    verb,
)
from openreport.compose.wording.ar_ma.people import (
    Writer,
    group_gender,
    people_with_titles,
    person_name,
    person_with_title,
    to_person,
    with_institution,
    with_possessive,
    writer,
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
    the workshop was all the day held, else 0. A name that says «ورشة …» is said once."""
    name = name.strip().rstrip(".")
    if name.startswith("ورشة ") and label in ("", "ورشة"):
        sentence, name = name, ""
    else:
        sentence = label or "ورشة"
    if only_of_day:
        sentence = f"اقتصر اليوم {ordinal(only_of_day, Gender.MALE)} على {sentence}"
    if name:
        sentence += f" بعنوان «{name}»"
    return sentence + "."


def workshops_held(
    period: SessionPeriod, workshops: int, label: str, *, followed: bool = True
) -> str:
    """«خصصت الفترة المسائية لتنظيم ثلاث ورشات ميدانية،», before the item's summary; a
    sentence of its own («….») when no summary follows."""
    when = PERIOD_HEADINGS[period] or "هذا اليوم"
    sentence = f"خصصت {when} لتنظيم {count(workshops, 'workshop')}"
    if workshops >= 3 and label.startswith("ورشات "):
        sentence += " " + label.removeprefix("ورشات ")  # «ثلاث ورشات ميدانية»
    elif label and not label.startswith("ورش"):
        sentence += f" ({label})"
    return sentence + ("،" if followed else ".")


def workshop_titles_follow(workshops: int = 3) -> str:
    """Before the numbered list of the workshops' titles: «هذه الورشات», «الورشتان»."""
    if workshops == 2:
        return "وقد أخذت الورشتان العنوانين التاليين:"
    return "وقد أخذت هذه الورشات العناوين التالية:"


def untitled_workshop() -> str:
    """In the list of titles, for a workshop that has none."""
    return "ورشة بدون عنوان"


def workshops_chosen(the_writer: Writer | str, numbers: list[int]) -> str:
    """«وقد اختارت جماعة شفشاون المشاركة في الورشة الأولى والورشة الثالثة.»; «وقد اختار
    مجلس جهة …»; «وقد اختار وفد الجماعة …» when the writer has no name."""
    by = writer(the_writer)
    who, gender = (by.name, by.gender) if by.name else (f"وفد {by.noun}", Gender.MALE)
    chosen = join_and([f"الورشة {ordinal(n, Gender.FEMALE)}" for n in numbers])
    return f"وقد {verb('اختار', gender)} {who} المشاركة في {chosen}."


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
    role = role_noun(member.role, person.gender, plural=person.group)
    return [person.organisation.strip(), person_name(person), role]


def panel_tasks(members: list[PanelMember]) -> str:
    """«أسندت مهمة التيسير إلى …، والتدخل إلى … و…، وتحرير التقرير إلى …»."""
    by_task: dict[PanelRole, list[str]] = {}
    for member in members:
        text = person_name(member.person, Case.OBLIQUE)
        if member.person.organisation.strip():
            text += f" ({member.person.organisation.strip()})"
        by_task.setdefault(member.role, []).append(text)
    parts = [f"{PANEL_TASKS[role]} إلى {' و'.join(names)}" for role, names in by_task.items()]
    return "أسندت مهمة " + "، و".join(parts) + "."


def panel_member(member: PanelMember) -> str:
    """«ميسرة الورشة: السيدة …، …», when the panel has one member besides its leaders."""
    noun = role_noun(member.role, member.person.gender, plural=member.person.group)
    noun = noun.removesuffix("ن") if noun.endswith("ون") else noun  # «مقررو الورشة»
    return f"{noun} الورشة: {person_with_title(member.person)}."


def workshop_opening(participants: int, facilitator: Person | None, first_line: str) -> str:
    """«تفاعل مع الورشة 57 مشاركا ومشاركة، وافتتحها ميسرها السيد …، <first line>»; the
    facilitator is named only when the summary says what they opened with. A count alone is
    a sentence of its own: «حضر الورشة 25 مشاركا ومشاركة.»."""
    if not first_line:
        return f"حضر الورشة {count(participants, 'participant_mixed')}." if participants else ""
    parts = []
    if participants:
        parts.append(f"تفاعل مع الورشة {count(participants, 'participant_mixed')}")
    if facilitator is not None:
        parts.append(("و" if parts else "") + _opened_by(facilitator))
    return "، ".join([*parts, first_line])


def _opened_by(facilitator: Person) -> str:
    """«افتتحتها ميسرتها السيدة …»، «افتتحها ميسروها ممثلو …» (the verb before its subject
    stays singular)."""
    gender = facilitator.gender
    role = role_noun(PanelRole.FACILITATOR, gender, plural=facilitator.group)
    noun = role[:-1] + "ها" if role.endswith("ون") else with_possessive(role, "ها")
    return f"{verb('افتتح', gender)}ها {noun} {person_name(facilitator)}"


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
    counts the points listed, ``first_line`` opens the summary. A group agrees in the plural:
    « لممثلي وزارة المالية، …، وقد ركزوا على …»."""
    sentence = ""
    if not speaker.is_empty():
        sentence = f" {to_person(speaker)}"
        if speaker.name.strip() and speaker.title.strip():
            sentence += f"، {speaker.title.strip()}"
        sentence = with_institution(speaker, sentence)
    title = title.strip().rstrip(".")
    if title:
        sentence += f"، تحت عنوان «{title}»"
    if points and not first_line:
        focused = verb("ركز", speaker.gender, plural=speaker.group)
        sentence += f"، وقد {focused} على {count(points, 'point')}، هي:"
    elif first_line:
        sentence += "، " + first_line
    elif sentence:
        sentence += "."
    return sentence


def workshop_concluded(recommendations: int) -> str:
    """«وقد خلصت الورشة إلى ثلاث توصيات، هي:»."""
    concluded = verb("خلص", Gender.FEMALE)
    return f"وقد {concluded} الورشة إلى {count(recommendations, 'recommendation')}، هي:"
