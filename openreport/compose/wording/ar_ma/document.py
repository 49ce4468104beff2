"""The document's own words in Moroccan Arabic: language, page words, author, suggested title."""

from __future__ import annotations

from openreport.compose.document import PageWords
from openreport.compose.wording.ar_ma.grammar import EVENT_KIND_LABELS, EVENT_KINDS
from openreport.compose.wording.ar_ma.people import commune
from openreport.model import CommuneRole, EventKind, Gender

LANGUAGE = "ar-MA"
DIRECTION = "rtl"
# «الصفحة 3 من 12» at the foot of every page, «مسودة» at the head of every page of a draft.
PAGE_WORDS = PageWords(page="الصفحة", of="من", draft="مسودة")


def author(commune_name: str) -> str:
    """The document's author: «جماعة شفشاون», or nothing when the commune has no name."""
    return commune(commune_name, otherwise="")


def event_kind_label(kind: EventKind) -> str:
    """The kind of event without article, as it opens a title: «ملتقى»، «ندوة»."""
    return EVENT_KIND_LABELS[kind]


def report_title(commune_name: str, what: str, role: CommuneRole, kind: EventKind) -> str:
    """«تقرير جماعة X عن مشاركتها في Y», or «… عن Y التي احتضنتها الجماعة» for a host."""
    writer = commune(commune_name)
    feminine = EVENT_KINDS[kind].gender is Gender.FEMALE
    if role is CommuneRole.HOST:
        relative = "التي احتضنتها" if feminine else "الذي احتضنته"
        return f"تقرير {writer} عن {what} {relative} الجماعة"
    if role is CommuneRole.ORGANISER:
        relative = "التي نظمتها" if feminine else "الذي نظمته"
        return f"تقرير {writer} عن {what} {relative} الجماعة"
    return f"تقرير {writer} عن مشاركتها في {what}"
