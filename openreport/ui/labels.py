"""The words the interface shows for the model's choices, marked for Qt's translation tools.

Each enumeration has a table of its own, so that two choice lists sharing a value (the commune
and an organisation both «host») keep their own words. The tables are written with
``QT_TRANSLATE_NOOP(<enumeration>, …)``: ``pyside6-lupdate`` finds every label, in a context
named after its enumeration, and ``label()`` asks the translator in that same context.
"""

from __future__ import annotations

import re
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from openreport.messages import Message, message_of
from openreport.model import (
    BodyKind,
    CommuneRole,
    EventKind,
    Gender,
    ItemKind,
    ItemStatus,
    OrganisationRole,
    PanelRole,
    RecommendationStatus,
    ReportStatus,
    SessionPeriod,
)


def tr(text: str) -> str:
    """Translate an interface string (the source language is Arabic).

    ``pyside6-lupdate`` files a plain ``tr("…")`` call of Python under the empty context,
    so the translator is asked in that context too."""
    return QCoreApplication.translate("", text)


def titled(head: str, detail: str) -> str:
    """«head: detail» with the colon the interface's language writes («Séance : …»)."""
    return tr("{head}: {detail}").format(head=head, detail=detail)


def translate(context: str, text: str) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP(context, text)``."""
    return QCoreApplication.translate(context, text)


# The values of a message that name a file or a folder: isolated left to right, with a mark
# after each separator so that the folders keep their order around Arabic names
# («/tmp/تقارير/تقرير 2.json» in a French sentence, any path in an Arabic one).
PATH_VALUES = frozenset({"path", "folder", "target", "source", "name"})
_SEPARATOR = re.compile(r"([/\\])")


def shown_path(path: str) -> str:
    return "\u2066" + _SEPARATOR.sub("\\1\u200e", path) + "\u2069"


def shown(text: object) -> str:
    """What the window shows of a message made outside it (a review's problem, a storage or
    export error, or the exception itself): in the interface's language when its catalogue
    says the message's template, else the Arabic as it was made. A value that is a message
    is said in the same language; a translation that does not fit its values (a missing
    ``{name}``) gives the Arabic rather than a broken sentence."""
    message = message_of(text) if isinstance(text, BaseException) else text
    if not isinstance(message, Message):
        return str(message)
    translated = QCoreApplication.translate(message.context, message.template)
    if translated == message.template:
        return _arabic(message)
    values = {name: shown_value(name, value) for name, value in message.values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return _arabic(message)


def shown_value(name: str, value: object) -> object:
    if isinstance(value, Message):
        return shown(value)
    return shown_path(value) if name in PATH_VALUES and isinstance(value, str) else value


def _arabic(message: Message) -> str:
    """The Arabic sentence of ``message`` (its nested messages Arabic too), paths isolated."""
    values = {
        name: _arabic(value) if isinstance(value, Message) else shown_value(name, value)
        for name, value in message.values.items()
    }
    text = message.template.format(**values)
    # a sentence that opens on a path («{path}: الملف ليس…») is still an Arabic sentence: a
    # right-to-left mark says so to a label that takes its direction from the first letter
    return "\u200f" + text if text.startswith("\u2066") else text


LABELS: dict[type[Enum], dict[Enum, str]] = {
    Gender: {
        Gender.MALE: QT_TRANSLATE_NOOP("Gender", "ذكر"),
        Gender.FEMALE: QT_TRANSLATE_NOOP("Gender", "أنثى"),
    },
    ReportStatus: {
        ReportStatus.DRAFT: QT_TRANSLATE_NOOP("ReportStatus", "مسودة"),
        ReportStatus.FINAL: QT_TRANSLATE_NOOP("ReportStatus", "نهائي"),
    },
    CommuneRole: {
        CommuneRole.PARTICIPANT: QT_TRANSLATE_NOOP("CommuneRole", "مشاركة"),
        CommuneRole.HOST: QT_TRANSLATE_NOOP("CommuneRole", "مستضيفة"),
        CommuneRole.ORGANISER: QT_TRANSLATE_NOOP("CommuneRole", "منظمة"),
    },
    EventKind: {
        EventKind.FORUM: QT_TRANSLATE_NOOP("EventKind", "ملتقى"),
        EventKind.SYMPOSIUM: QT_TRANSLATE_NOOP("EventKind", "ندوة"),
        EventKind.WORKSHOP: QT_TRANSLATE_NOOP("EventKind", "ورشة"),
        EventKind.TRAINING: QT_TRANSLATE_NOOP("EventKind", "دورة تكوينية"),
        EventKind.CONFERENCE: QT_TRANSLATE_NOOP("EventKind", "مؤتمر"),
        EventKind.WORK_VISIT: QT_TRANSLATE_NOOP("EventKind", "زيارة عمل"),
        EventKind.STUDY_VISIT: QT_TRANSLATE_NOOP("EventKind", "زيارة دراسية"),
        EventKind.MEETING: QT_TRANSLATE_NOOP("EventKind", "اجتماع"),
        EventKind.OTHER: QT_TRANSLATE_NOOP("EventKind", "أخرى"),
    },
    BodyKind: {
        BodyKind.COMMUNE: QT_TRANSLATE_NOOP("BodyKind", "جماعة"),
        BodyKind.ASSOCIATION_OF_COMMUNES: QT_TRANSLATE_NOOP("BodyKind", "جمعية جماعات"),
        BodyKind.GROUP_OF_COMMUNES: QT_TRANSLATE_NOOP("BodyKind", "مجموعة جماعات"),
        BodyKind.PROVINCIAL_COUNCIL: QT_TRANSLATE_NOOP("BodyKind", "مجلس عمالة أو إقليم"),
        BodyKind.REGIONAL_COUNCIL: QT_TRANSLATE_NOOP("BodyKind", "مجلس جهة"),
        BodyKind.ASSOCIATION: QT_TRANSLATE_NOOP("BodyKind", "جمعية"),
    },
    RecommendationStatus: {
        RecommendationStatus.PROPOSED: QT_TRANSLATE_NOOP("RecommendationStatus", "مقترحة"),
        RecommendationStatus.ADOPTED: QT_TRANSLATE_NOOP("RecommendationStatus", "معتمدة"),
        RecommendationStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("RecommendationStatus", "قيد التنفيذ"),
        RecommendationStatus.DONE: QT_TRANSLATE_NOOP("RecommendationStatus", "منجزة"),
        RecommendationStatus.DROPPED: QT_TRANSLATE_NOOP("RecommendationStatus", "متخلى عنها"),
    },
    OrganisationRole: {
        OrganisationRole.ORGANISER: QT_TRANSLATE_NOOP("OrganisationRole", "منظم"),
        OrganisationRole.PARTNER: QT_TRANSLATE_NOOP("OrganisationRole", "شريك"),
        OrganisationRole.FUNDER: QT_TRANSLATE_NOOP("OrganisationRole", "ممول"),
        OrganisationRole.HOST: QT_TRANSLATE_NOOP("OrganisationRole", "مستضيف"),
        OrganisationRole.INVITER: QT_TRANSLATE_NOOP("OrganisationRole", "داع"),
        OrganisationRole.PATRON: QT_TRANSLATE_NOOP("OrganisationRole", "راع"),
        OrganisationRole.SUPERVISOR: QT_TRANSLATE_NOOP("OrganisationRole", "جهة مشرفة"),
        OrganisationRole.SUPPORTER: QT_TRANSLATE_NOOP("OrganisationRole", "داعم"),
    },
    SessionPeriod: {
        SessionPeriod.MORNING: QT_TRANSLATE_NOOP("SessionPeriod", "الفترة الصباحية"),
        SessionPeriod.AFTERNOON: QT_TRANSLATE_NOOP("SessionPeriod", "الفترة المسائية"),
        SessionPeriod.EVENING: QT_TRANSLATE_NOOP("SessionPeriod", "الأمسية"),
        SessionPeriod.WHOLE_DAY: QT_TRANSLATE_NOOP("SessionPeriod", "اليوم كاملا"),
    },
    ItemKind: {
        ItemKind.OPENING_SPEECH: QT_TRANSLATE_NOOP("ItemKind", "كلمة افتتاحية"),
        ItemKind.SPEECH: QT_TRANSLATE_NOOP("ItemKind", "كلمة"),
        ItemKind.PRESENTATION: QT_TRANSLATE_NOOP("ItemKind", "عرض"),
        ItemKind.PANEL: QT_TRANSLATE_NOOP("ItemKind", "مائدة مستديرة"),
        ItemKind.WORKSHOPS: QT_TRANSLATE_NOOP("ItemKind", "ورشات"),
        ItemKind.BREAK: QT_TRANSLATE_NOOP("ItemKind", "استراحة"),
        ItemKind.AWARD: QT_TRANSLATE_NOOP("ItemKind", "توزيع جوائز أو دروع"),
        ItemKind.EXHIBITION: QT_TRANSLATE_NOOP("ItemKind", "معرض"),
        ItemKind.VISIT: QT_TRANSLATE_NOOP("ItemKind", "زيارة"),
        ItemKind.CLOSING: QT_TRANSLATE_NOOP("ItemKind", "اختتام"),
        ItemKind.OTHER: QT_TRANSLATE_NOOP("ItemKind", "فقرة أخرى"),
    },
    ItemStatus: {
        ItemStatus.HELD: QT_TRANSLATE_NOOP("ItemStatus", "نفذت"),
        ItemStatus.NOT_HELD: QT_TRANSLATE_NOOP("ItemStatus", "لم تنفذ"),
        ItemStatus.CHANGED: QT_TRANSLATE_NOOP("ItemStatus", "عدلت"),
    },
    PanelRole: {
        PanelRole.FACILITATOR: QT_TRANSLATE_NOOP("PanelRole", "ميسر(ة)"),
        PanelRole.SPEAKER: QT_TRANSLATE_NOOP("PanelRole", "متدخل(ة)"),
        PanelRole.RAPPORTEUR: QT_TRANSLATE_NOOP("PanelRole", "مقرر(ة)"),
        PanelRole.MODERATOR: QT_TRANSLATE_NOOP("PanelRole", "منشط(ة)"),
        PanelRole.TRAINER: QT_TRANSLATE_NOOP("PanelRole", "مؤطر(ة)"),
    },
}


def label(value: Enum) -> str:
    """The interface's word for one choice, looked up in its own enumeration's table."""
    kind = type(value)
    return translate(kind.__name__, LABELS[kind][value])
