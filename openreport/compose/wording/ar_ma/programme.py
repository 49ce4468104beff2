"""The sentences of the programme: days, sessions and each kind of item."""

from __future__ import annotations

import datetime as dt

from openreport.compose.wording.ar_ma.dates import clock
from openreport.compose.wording.ar_ma.grammar import EVENT_KINDS, Case, count, ordinal, verb
from openreport.compose.wording.ar_ma.people import group_gender, people_with_titles
from openreport.model import EventKind, Gender, ItemKind, Person, SessionPeriod

PERIOD_HEADINGS = {
    SessionPeriod.MORNING: "الفترة الصباحية",
    SessionPeriod.AFTERNOON: "الفترة المسائية",
    SessionPeriod.EVENING: "الأمسية",
    SessionPeriod.WHOLE_DAY: "",
}

NOT_HELD_VERBS = {
    ItemKind.OPENING_SPEECH: "إلقاء",
    ItemKind.SPEECH: "إلقاء",
    ItemKind.PRESENTATION: "تقديم",
    ItemKind.VISIT: "القيام بزيارة",
    ItemKind.CLOSING: "تنظيم",
}

# The beginnings of a name that mark an institution among those who received an award.
_INSTITUTIONS = ("جماعة", "جهة", "إقليم", "عمالة", "مجلس")


def period_heading(period: SessionPeriod) -> str:
    """«الفترة الصباحية»; a session of the whole day has no heading."""
    return PERIOD_HEADINGS[period]


def day_end(line: str, end: dt.time) -> str:
    """The last line of the day's closing note with the day's end, inside its full stop:
    «… على اليوم الأول من الفعالية (الساعة 4.30 مساء).»."""
    line = line.rstrip()
    stop = line[-1] if line[-1:] in (".", "!", "؟") else "."
    body = line[:-1].rstrip() if line[-1:] == stop else line
    return f"{body} (الساعة {clock(end)}){stop}"


def day_closed(number: int, end: dt.time) -> str:
    """«اختتمت أشغال اليوم الأول على الساعة 5 مساء.»; day 0 is the only day of the event:
    «اختتمت الأشغال على الساعة 5 مساء.»."""
    closed = verb("اختتم", Gender.FEMALE)
    which = f"أشغال اليوم {ordinal(number, Gender.MALE)}" if number else "الأشغال"
    return f"{closed} {which} على الساعة {clock(end)}."


def session_opening(
    *,
    venue: str,
    start: dt.time | None,
    participants: int,
    intro: str,
    kind: EventKind,
) -> str:
    """«استقبل قصر المؤتمرات، ابتداء من الساعة 9.30 صباحا، 350 مشاركا ومشاركة …».

    The organisers are said once, in the introduction (``organised_by``)."""
    parts = []
    if venue:
        parts.append(f"استقبل {venue}")
        if start:
            parts.append(f"ابتداء من الساعة {clock(start)}")
        if participants:
            parts.append(count(participants, "participant_mixed"))
    else:
        if start:
            parts.append(f"انطلقت الأشغال على الساعة {clock(start)}")
        if participants:
            parts.append(f"بحضور {count(participants, 'participant_mixed')}")
    sentence = "، ".join(parts)
    if intro:
        sentence = f"{sentence} {intro}".strip()
    sentence = sentence.strip()
    if sentence and not sentence.endswith((".", "!", ":", "؟")):
        sentence += "."
    return sentence


def opening_speeches(speeches: int, kind: EventKind, start: dt.time | None = None) -> str:
    """«انطلقت أنشطة الملتقى بكلمتين افتتاحيتين:», before the speeches themselves; with the
    session's start when nothing else opened it: «… على الساعة 9.30 صباحا بكلمتين …»."""
    if speeches == 1:
        words = "بكلمة افتتاحية"
    elif speeches == 2:
        words = "بكلمتين افتتاحيتين"
    else:
        words = f"ب{count(speeches, 'speech')} افتتاحية"
    at = f" على الساعة {clock(start)}" if start else ""
    return f"انطلقت أنشطة {EVENT_KINDS[kind].noun}{at} {words}:"


def _typed(title: str) -> str:
    """A typed title as a sentence quotes it: without the full stop it may end with."""
    return title.strip().rstrip(".").strip()


def _starts_with(text: str, word: str) -> bool:
    return text == word or text.startswith(word + " ")


def speech_lead(speakers: list[Person], title: str, *, followed: bool = True) -> str:
    """«كلمة السيد …، رئيس …، تحت عنوان «…»:», in bold before the speech's summary; it ends
    with a full stop when nothing follows. A title that already says «كلمة …» is the lead."""
    title = _typed(title)
    if speakers:
        lead = f"كلمة {people_with_titles(speakers, Case.OBLIQUE)}"
        lead += f"، تحت عنوان «{title}»" if title else ""
    elif _starts_with(title, "كلمة"):
        lead = title
    else:
        lead = f"كلمة، تحت عنوان «{title}»" if title else "كلمة"
    return lead + (":" if followed else ".")


def item_not_held(kind: ItemKind, title: str) -> str:
    """«كان مقررا إلقاء …، ولكن لم يتم ذلك.»; «القيام بزيارة …» said once."""
    doing, what = NOT_HELD_VERBS.get(kind, "تنظيم"), title or "هذه الفقرة"
    if doing == "القيام بزيارة" and _starts_with(title, "زيارة"):
        doing, what = "القيام", "ب" + title
    return f"كان مقررا {doing} {what}، ولكن لم يتم ذلك."


def item_changed() -> str:
    """The note under an item that changed and that the delegation did not explain."""
    return "(وقع تغيير على هذه الفقرة مقارنة بالبرنامج المقرر.)"


def aside(remark: str) -> str:
    """A remark of the delegation on an item held as planned: «(…)»."""
    return f"({remark})"


def delegation_remark_label() -> str:
    """The bold words before a remark on an item not held or changed."""
    return "ملاحظة الوفد: "


def presentation(speakers: list[Person], title: str) -> str:
    """«قدم السيد …، عرضا حول «…».»، «تم تقديم عرض.»; a title that already says «عرض …»
    is said once: «قدم السيد …، عرضا حول الميزانية.»."""
    title = _typed(title)
    about = f" حول «{title}»" if title else ""
    for word in ("عرضا", "عرض"):
        if _starts_with(title, word):
            about = title.removeprefix(word)
    if speakers:
        sentence = f"{verb('قدم', group_gender(speakers))} {people_with_titles(speakers)}، عرضا"
    else:
        sentence = "تم تقديم عرض"
    return sentence + about + "."


def round_table(speakers: list[Person], title: str) -> str:
    """«نظمت مائدة مستديرة حول «…»، شارك فيها …»; «نظمت مائدة مستديرة …» when the title
    already says it."""
    title = _typed(title)
    if _starts_with(title, "مائدة"):
        sentence = f"نظمت {title}"
    else:
        sentence = f"نظمت مائدة مستديرة حول «{title}»" if title else "نظمت مائدة مستديرة"
    if speakers:
        sentence += f"، شارك فيها {people_with_titles(speakers)}"
    return sentence + "."


def break_note(title: str) -> str:
    """«استراحة.», or the break's own title."""
    return f"{title or 'استراحة'}."


def item_heading(title: str, *, followed: bool) -> str:
    """The bold title of any other item, with a colon when its summary follows (and no full
    stop before it)."""
    return _typed(title) + ":" if followed else title


def item_speakers(speakers: list[Person]) -> str:
    """« (السيد …، …)» after the title of any other item."""
    return f" ({people_with_titles(speakers)})"


def award_given(title: str) -> str:
    """«تم توزيع جوائز …», when the user wrote no opening of their own; «تم توزيع الجوائز»
    for a title that already says «توزيع الجوائز»."""
    title = _typed(title)
    return f"تم {title}" if _starts_with(title, "توزيع") else f"تم توزيع {title or 'جوائز'}"


def awarded_to(opening: str, recipients: list[str]) -> str:
    """«… على ثماني جماعات ترابية، وهي:» before the list of recipients, or the opening alone."""
    opening = opening.rstrip(".")
    if not recipients:
        return opening + "."
    institutions = sum(r.startswith(_INSTITUTIONS) for r in recipients)
    noun = "territorial_body" if institutions * 2 >= len(recipients) else "beneficiary"
    return f"{opening} على {count(len(recipients), noun)}، وهي:"
