"""The Arabic words the interface shows for the model's choices, through Qt's translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from openreport.compose.wording.ar_ma.grammar import EVENT_KIND_LABELS
from openreport.model import (
    CommuneRole,
    EventKind,
    Gender,
    ItemKind,
    ItemStatus,
    OrganisationRole,
    PanelRole,
    ReportStatus,
    SessionPeriod,
)


def tr(text: str) -> str:
    """Translate an interface string (the source language is Arabic)."""
    return QCoreApplication.translate("OpenReport", text)


_LABELS = {
    Gender.MALE: "ذكر",
    Gender.FEMALE: "أنثى",
    ReportStatus.DRAFT: "مسودة",
    ReportStatus.FINAL: "نهائي",
    CommuneRole.PARTICIPANT: "مشاركة",
    CommuneRole.HOST: "مستضيفة",
    CommuneRole.ORGANISER: "منظمة",
    **EVENT_KIND_LABELS,  # the words the reports use
    EventKind.OTHER: "أخرى",
    OrganisationRole.ORGANISER: "منظم",
    OrganisationRole.PARTNER: "شريك",
    OrganisationRole.FUNDER: "ممول",
    OrganisationRole.HOST: "مستضيف",
    OrganisationRole.INVITER: "داع",
    OrganisationRole.PATRON: "راع",
    OrganisationRole.SUPERVISOR: "جهة مشرفة",
    OrganisationRole.SUPPORTER: "داعم",
    SessionPeriod.MORNING: "الفترة الصباحية",
    SessionPeriod.AFTERNOON: "الفترة المسائية",
    SessionPeriod.EVENING: "الأمسية",
    SessionPeriod.WHOLE_DAY: "اليوم كاملا",
    ItemKind.OPENING_SPEECH: "كلمة افتتاحية",
    ItemKind.SPEECH: "كلمة",
    ItemKind.PRESENTATION: "عرض",
    ItemKind.PANEL: "مائدة مستديرة",
    ItemKind.WORKSHOPS: "ورشات",
    ItemKind.BREAK: "استراحة",
    ItemKind.AWARD: "توزيع جوائز أو دروع",
    ItemKind.EXHIBITION: "معرض",
    ItemKind.VISIT: "زيارة",
    ItemKind.CLOSING: "اختتام",
    ItemKind.OTHER: "فقرة أخرى",
    ItemStatus.HELD: "نفذت",
    ItemStatus.NOT_HELD: "لم تنفذ",
    ItemStatus.CHANGED: "عدلت",
    PanelRole.FACILITATOR: "ميسر(ة)",
    PanelRole.SPEAKER: "متدخل(ة)",
    PanelRole.RAPPORTEUR: "مقرر(ة)",
    PanelRole.MODERATOR: "منشط(ة)",
    PanelRole.TRAINER: "مؤطر(ة)",
}


def label(value) -> str:
    return tr(_LABELS[value])
