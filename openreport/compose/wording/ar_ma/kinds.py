"""The sentences of the kinds of report beyond the gathering: a training's objectives, audience,
trainers and expected results, a meeting's agenda and attendance table, the subject of a
suggested title, and what each kind of report still misses (for the editor's review, as
messages the window says in its own language: :mod:`openreport.messages`)."""

from __future__ import annotations

from openreport.compose.wording.ar_ma.grammar import (
    EVENT_KIND_LABELS,
    EVENT_KINDS,
    count,
    ordinal,
    verb,
)
from openreport.compose.wording.ar_ma.people import group_gender, people_with_titles, plural
from openreport.messages import QT_TRANSLATE_NOOP, Message, said
from openreport.model import EventKind, Gender, Person

# The words a typed event name may open with that already say the kind of event: a title
# built on such a name does not say the kind again.
_KIND_WORDS: dict[EventKind, tuple[str, ...]] = {
    EventKind.TRAINING: ("دورة", "الدورة", "تكوين", "التكوين", "ورشة تكوينية"),
    EventKind.WORK_VISIT: ("زيارة", "الزيارة", "مهمة", "المهمة", "رحلة", "الرحلة"),
    EventKind.STUDY_VISIT: ("زيارة", "الزيارة", "رحلة", "الرحلة"),
    EventKind.MEETING: ("اجتماع", "الاجتماع", "الجمع العام", "جمع عام", "لقاء", "اللقاء"),
    EventKind.CONFERENCE: ("مؤتمر", "المؤتمر", "المناظرة", "مناظرة"),
}
# The kinds whose title names the event's subject after «حول» rather than as a complement.
_ABOUT = (EventKind.TRAINING, EventKind.WORK_VISIT, EventKind.STUDY_VISIT)


def title_subject(kind: EventKind, name: str, kind_label: str = "") -> str:
    """What a suggested title is about: «الدورة التكوينية حول التخطيط الترابي»، «اجتماع مكتب
    الجمعية», or the typed name alone when it already opens with the kind's word."""
    name = name.strip()
    label = kind_label.strip() or EVENT_KIND_LABELS[kind]
    words = (label, "ال" + label, EVENT_KINDS[kind].noun, *_KIND_WORDS.get(kind, ()))
    if not name or name.startswith(words):
        return name or EVENT_KINDS[kind].noun
    if kind in _ABOUT and not kind_label.strip():
        return f"{EVENT_KINDS[kind].noun} حول {name}"
    return f"{label} {name}"


def objectives_heading(kind: EventKind) -> str:
    """«أهداف الدورة التكوينية», over a training's objectives (its themes)."""
    return f"أهداف {EVENT_KINDS[kind].noun}"


def expected_results_heading() -> str:
    return "النتائج المنتظرة"


def target_audience_lead() -> str:
    """The bold words before a training's audience, as typed."""
    return "الفئة المستهدفة:"


def trained_by(kind: EventKind, trainers: list[Person]) -> str:
    """«وقد أطر الدورة التكوينية السيد …، خبير في …»; several trainers: «وقد أطر الدورة
    التكوينية كل من السيدة …، خبيرة في …، والسيد …»."""
    if plural(trainers):
        return f"وقد أطر {EVENT_KINDS[kind].noun} كل من {people_with_titles(trainers)}."
    framed = verb("أطر", group_gender(trainers))
    return f"وقد {framed} {EVENT_KINDS[kind].noun} {people_with_titles(trainers)}."


def agenda_intro(kind: EventKind, points: int) -> str:
    """«تضمن جدول أعمال الاجتماع ثلاث نقاط، تناولها الحاضرون كما يلي:»."""
    return (
        f"تضمن جدول أعمال {EVENT_KINDS[kind].noun} {count(points, 'point')}،"
        " تناولها الحاضرون كما يلي:"
    )


def agenda_point_heading(number: int, title: str) -> str:
    """«النقطة الأولى: المصادقة على التقرير المالي», or the number alone without a title."""
    heading = f"النقطة {ordinal(number, Gender.FEMALE)}"
    return f"{heading}: {title.rstrip('.:')}" if title else heading


def attendance_table_header() -> list[str]:
    """The columns of a meeting's attendance table."""
    return ["الاسم والصفة", "المؤسسة"]


def missing_objectives() -> Message:
    return said(QT_TRANSLATE_NOOP("Review", "لم تحدد أهداف الدورة التكوينية."))


def missing_trainers() -> Message:
    return said(QT_TRANSLATE_NOOP("Review", "لم يذكر مؤطرو الدورة التكوينية."))


def missing_visits() -> Message:
    return said(QT_TRANSLATE_NOOP("Review", "برنامج المهمة لا يتضمن أي زيارة."))


def missing_delegation() -> Message:
    return said(QT_TRANSLATE_NOOP("Review", "لم يذكر أعضاء الوفد المشارك في المهمة."))


def missing_agenda() -> Message:
    return said(QT_TRANSLATE_NOOP("Review", "جدول أعمال الاجتماع فارغ: أضف نقاطه وما دار فيها."))


def agenda_point_untold(number: int) -> Message:
    """A point of the agenda with nothing said about it (said by its ordinal; another
    language may use its ``number``)."""
    return said(
        QT_TRANSLATE_NOOP("Review", "النقطة {ordinal} من جدول الأعمال دون عرض لما دار فيها."),
        ordinal=ordinal(number, Gender.FEMALE),
        number=number,
    )


def missing_attendance() -> Message:
    return said(QT_TRANSLATE_NOOP("Review", "لائحة الحضور فارغة."))


def missing_outcome() -> Message:
    return said(QT_TRANSLATE_NOOP("Review", "لم تسجل قرارات الاجتماع ولا خطواته المقبلة."))


def missing_programme() -> Message:
    return said(QT_TRANSLATE_NOOP("Review", "برنامج المؤتمر فارغ: أضف جلساته وعناوينها."))
