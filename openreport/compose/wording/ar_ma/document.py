"""The document's own words in Moroccan Arabic: language, page words, author, suggested title."""

from __future__ import annotations

from openreport.compose.document import PageWords
from openreport.compose.wording.ar_ma.grammar import EVENT_KIND_LABELS, EVENT_KINDS, verb
from openreport.compose.wording.ar_ma.people import Writer, writer
from openreport.model import CommuneRole, EventKind, Gender

LANGUAGE = "ar-MA"
DIRECTION = "rtl"
# «الصفحة 3 من 12» at the foot of every page, «مسودة» at the head of every page of a draft.
PAGE_WORDS = PageWords(page="الصفحة", of="من", draft="مسودة")


def author(the_writer: Writer | str) -> str:
    """The document's author: «جماعة شفشاون», «مجلس جهة الشرق», or nothing without a name."""
    return writer(the_writer).name


def event_kind_label(kind: EventKind) -> str:
    """The kind of event without article, as it opens a title: «ملتقى»، «ندوة»."""
    return EVENT_KIND_LABELS[kind]


# A name that opens with one of these says what the event was about, not what it was called:
# the kind is then said with the article («الدورة التكوينية حول …»).
_ABOUT = ("حول ", "في ", "عن ", "لفائدة ", "بعنوان ", "بشأن ", "تحت ")


def event_named(kind: EventKind, label: str, name: str) -> str:
    """The event as a title names it, its kind said once: the name as typed when it starts
    with the kind's word, with or without article («الدورة التكوينية حول …»); the kind with
    its article before a name that says what it was about («الدورة التكوينية حول …»); else
    the kind before the name («ملتقى الشبكة …»), or the kind alone."""
    label, name = label.strip() or EVENT_KIND_LABELS[kind], name.strip()
    definite = EVENT_KINDS[kind].noun if label == EVENT_KIND_LABELS[kind] else _definite(label)
    if not name:
        return label
    first = name.split(" ", 1)[0]
    if first in (label.split(" ", 1)[0], definite.split(" ", 1)[0]):
        return name  # «الدورة التكوينية حول …», «دورة حول …», «ملتقى الشبكة …»
    if name.startswith(_ABOUT):
        return f"{definite} {name}"
    return f"{label} {name}"


def _definite(label: str) -> str:
    """«دورة تكوينية» with the article on each word: «الدورة التكوينية»."""
    return " ".join(w if w.startswith("ال") else "ال" + w for w in label.split())


def report_title(the_writer: Writer | str, what: str, role: CommuneRole, kind: EventKind) -> str:
    """«تقرير جماعة X عن مشاركتها في Y», or «… عن Y التي احتضنتها الجماعة» for a host; the
    writer agrees: «تقرير مجلس جهة … عن مشاركته …»، «… الذي احتضنه المجلس»."""
    by = writer(the_writer)
    feminine = EVENT_KINDS[kind].gender is Gender.FEMALE
    if role in (CommuneRole.HOST, CommuneRole.ORGANISER):
        done = verb("احتضن" if role is CommuneRole.HOST else "نظم", by.gender)
        relative = f"التي {done}ها" if feminine else f"الذي {done}ه"
        return f"تقرير {by.called} عن {what} {relative} {by.noun}"
    return f"تقرير {by.called} عن {by.possessive('مشاركة')} في {what}"
