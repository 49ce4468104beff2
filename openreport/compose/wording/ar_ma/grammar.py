"""Arabic agreement: honorifics, role nouns by gender, counted nouns, ordinals and verbs.

A small table-driven lexicon of the nouns OpenReport writes, with the rules of Moroccan
administrative prose (see the project's conventions notes): 1 and 2 are said by the noun
itself (ورشة واحدة، ورشتان), 3 to 10 in words with the opposite gender of the singular and a
plural noun (ثلاث ورشات، ثلاثة محاور، ثماني جماعات), 11 and more in digits with the singular
accusative (350 مشاركا، 57 مشاركا ومشاركة).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from openreport.model import EventKind, Gender, PanelRole, Person


class Case(StrEnum):
    NOMINATIVE = "nominative"  # the subject: «نظمت ورشتان»
    OBLIQUE = "oblique"  # object or after a preposition: «نظمت ورشتين»، «على ثلاث ورشات»


@dataclass(frozen=True)
class Noun:
    singular: str
    dual_nominative: str
    dual_oblique: str
    plural: str
    gender: Gender
    accusative: str  # the singular after 11–99: «مشاركا»، «ورشة»


def _noun(singular, dual_nom, dual_obl, plural, gender, accusative=None) -> Noun:
    if accusative is None:
        accusative = singular if singular.endswith("ة") else singular + "ا"
    return Noun(singular, dual_nom, dual_obl, plural, gender, accusative)


M, F = Gender.MALE, Gender.FEMALE

LEXICON: dict[str, Noun] = {
    "workshop": _noun("ورشة", "ورشتان", "ورشتين", "ورشات", F),
    "intervention": _noun("مداخلة", "مداخلتان", "مداخلتين", "مداخلات", F),
    "recommendation": _noun("توصية", "توصيتان", "توصيتين", "توصيات", F),
    "point": _noun("نقطة", "نقطتان", "نقطتين", "نقاط", F),
    "axis": _noun("محور", "محوران", "محورين", "محاور", M),
    "day": _noun("يوم", "يومان", "يومين", "أيام", M),
    "session": _noun("فترة", "فترتان", "فترتين", "فترات", F),
    "speech": _noun("كلمة", "كلمتان", "كلمتين", "كلمات", F),
    "presentation": _noun("عرض", "عرضان", "عرضين", "عروض", M),
    "member": _noun("عضو", "عضوان", "عضوين", "أعضاء", M),
    "member_mixed": _noun("عضو وعضوة", "عضوان", "عضوين", "أعضاء", M, "عضوا وعضوة"),
    "commune": _noun("جماعة", "جماعتان", "جماعتين", "جماعات", F),
    "territorial_body": _noun(
        "جماعة ترابية", "جماعتان ترابيتان", "جماعتين ترابيتين", "جماعات ترابية", F
    ),
    "region": _noun("جهة", "جهتان", "جهتين", "جهات", F),
    "participant": _noun("مشارك", "مشاركان", "مشاركين", "مشاركين", M, "مشاركا"),
    "participant_mixed": _noun(
        "مشارك ومشاركة",
        "مشاركان",
        "مشاركين",
        "مشاركين ومشاركات",
        M,
        "مشاركا ومشاركة",
    ),
    "pillar": _noun("مرتكز", "مرتكزان", "مرتكزين", "مرتكزات", M),
    "group": _noun("مجموعة", "مجموعتان", "مجموعتين", "مجموعات", F),
    "commitment": _noun("التزام", "التزامان", "التزامين", "التزامات", M, "التزاما"),
    "report": _noun("تقرير", "تقريران", "تقريرين", "تقارير", M, "تقريرا"),
    "beneficiary": _noun("مستفيد", "مستفيدان", "مستفيدين", "مستفيدين", M, "مستفيدا"),
    "organisation": _noun("هيئة", "هيئتان", "هيئتين", "هيئات", F),
}

# 3–10 with a feminine singular noun take the masculine form of the number, and the other
# way round. «ثماني» is the construct form used before the counted noun.
_WITH_FEMININE_NOUN = {
    3: "ثلاث",
    4: "أربع",
    5: "خمس",
    6: "ست",
    7: "سبع",
    8: "ثماني",
    9: "تسع",
    10: "عشر",
}
_WITH_MASCULINE_NOUN = {
    3: "ثلاثة",
    4: "أربعة",
    5: "خمسة",
    6: "ستة",
    7: "سبعة",
    8: "ثمانية",
    9: "تسعة",
    10: "عشرة",
}


def count(n: int, noun: Noun | str, case: Case = Case.OBLIQUE) -> str:
    """«ورشة واحدة»، «ورشتان»، «ثلاث ورشات»، «ثلاثة محاور»، «57 مشاركا»، «100 مشارك»."""
    if isinstance(noun, str):
        noun = LEXICON[noun]
    if n < 0:
        raise ValueError("a count cannot be negative")
    if n == 0:
        return "لا " + noun.singular  # rarely printed: empty parts of a report are left out
    if n == 1:
        return f"{noun.singular} {'واحدة' if noun.gender is Gender.FEMALE else 'واحد'}"
    if n == 2:
        return noun.dual_nominative if case is Case.NOMINATIVE else noun.dual_oblique
    if n <= 10:
        words = _WITH_FEMININE_NOUN if noun.gender is Gender.FEMALE else _WITH_MASCULINE_NOUN
        return f"{words[n]} {noun.plural}"
    tail = n % 100
    if tail == 0 or tail in (1, 2):
        return f"{n} {noun.singular}"  # 100 مشارك، 101 مشارك
    if 3 <= tail <= 10:
        return f"{n} {noun.plural}"  # 103 مشاركين
    return f"{n} {noun.accusative}"  # 11–99 and 111–199 …: singular accusative


_ORDINALS_M = [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس",
    "السادس", "السابع", "الثامن", "التاسع", "العاشر",
]  # fmt: skip
_ORDINALS_F = [
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة",
    "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة",
]  # fmt: skip


def ordinal(n: int, gender: Gender) -> str:
    """«الأول/الأولى» … «العاشر/العاشرة»، «الحادي عشر/الحادية عشرة» … then «رقم 21»."""
    if n < 1:
        raise ValueError("ordinals start at 1")
    feminine = gender is Gender.FEMALE
    if n <= 10:
        return (_ORDINALS_F if feminine else _ORDINALS_M)[n - 1]
    if n <= 19:
        if n == 11:
            unit = "الحادية" if feminine else "الحادي"
        else:
            unit = (_ORDINALS_F if feminine else _ORDINALS_M)[n - 11]
        return f"{unit} {'عشرة' if feminine else 'عشر'}"
    if n == 20:
        return "العشرون"
    return f"رقم {n}"


def honorific(gender: Gender) -> str:
    return "السيدة" if gender is Gender.FEMALE else "السيد"


# Words ending in «ون» that are not sound masculine plurals.
_NOT_PLURALS = frozenset({"القانون", "قانون", "شؤون", "الشؤون", "المضمون", "مضمون", "اللون"})


def _oblique_word(word: str, *, construct: bool) -> str | None:
    """The oblique of one sound masculine plural, or None when ``word`` is not one: «ممثلو»
    (in construct) gives «ممثلي», «المستشارون» gives «المستشارين»."""
    if construct and len(word) > 3 and word.endswith("و"):
        return word[:-1] + "ي"
    if not construct and len(word) > 4 and word.endswith("ون") and word not in _NOT_PLURALS:
        return word[:-2] + "ين"
    return None


def group_name(name: str, case: Case = Case.NOMINATIVE) -> str:
    """A group's name in ``case``: «ممثلو وزارة الداخلية» is «ممثلي وزارة الداخلية» after a
    preposition or as a complement, «المستشارون الجماعيون» is «المستشارين الجماعيين».

    The name is typed in the nominative; only its head nouns change (the first word, the nouns
    joined to it with و, and the adjectives that follow a plural in ‑ون); broken plurals
    («أعضاء المجلس») and feminine plurals («ممثلات») do not change."""
    words = name.split(" ")
    head = _oblique_word(words[0], construct=words[0].endswith("و"))
    if case is Case.NOMINATIVE or head is None:
        return name
    said, construct = [head], words[0].endswith("و")
    for word in words[1:]:
        bare = word[1:] if word.startswith("و") else ""
        joined = _oblique_word(bare, construct=bare.endswith("و")) if bare else None
        if joined is not None:  # another head joined with و: «ومستشارو»
            said.append("و" + joined)
            construct = bare.endswith("و")
            continue
        adjective = None if construct else _oblique_word(word, construct=False)
        if adjective is None:  # the genitive or the rest of the name: left as typed
            break
        said.append(adjective)  # an adjective of a plural in ‑ون: «الجماعيون»
    return " ".join(said + words[len(said) :])


def group_honorific(people: list[Person]) -> str:
    """«السادة» for men, «السيدات» for women, «السيدات والسادة» for a mixed group; a group
    row counts as several people of its gender."""
    genders = {person.gender for person in people}
    if genders == {Gender.FEMALE}:
        return "السيدات"
    if Gender.FEMALE in genders:
        return "السيدات والسادة"
    return "السادة"


def with_li(honorific_word: str) -> str:
    """The honorific after the preposition لـ: «للسيد»، «للسيدة»."""
    return "ل" + honorific_word[1:] if honorific_word.startswith("ال") else "ل" + honorific_word


# Role nouns by gender: the gender of the person decides, never what was typed.
ROLE_NOUNS: dict[PanelRole, tuple[str, str]] = {
    PanelRole.FACILITATOR: ("ميسر", "ميسرة"),
    PanelRole.SPEAKER: ("متدخل", "متدخلة"),
    PanelRole.RAPPORTEUR: ("مقرر", "مقررة"),
    PanelRole.MODERATOR: ("منشط", "منشطة"),
    PanelRole.TRAINER: ("مؤطر", "مؤطرة"),
}

TITLE_NOUNS: dict[str, tuple[str, str]] = {
    "president": ("رئيس", "رئيسة"),
    "deputy": ("نائب", "نائبة"),
    "director": ("مدير", "مديرة"),
    "councillor": ("مستشار", "مستشارة"),
    "coordinator": ("منسق", "منسقة"),
    "representative": ("ممثل", "ممثلة"),
    "officer": ("مكلف", "مكلفة"),
}


def role_noun(role: PanelRole, gender: Gender, *, plural: bool = False) -> str:
    """«ميسر/ميسرة», and for a group «ميسرون/ميسرات»."""
    masculine, feminine = ROLE_NOUNS[role]
    if plural:
        return feminine[:-1] + "ات" if gender is Gender.FEMALE else masculine + "ون"
    return feminine if gender is Gender.FEMALE else masculine


def title_noun(key: str, gender: Gender) -> str:
    masculine, feminine = TITLE_NOUNS[key]
    return feminine if gender is Gender.FEMALE else masculine


def deputy_of(leader: Gender, mandator: Gender) -> str:
    """«نائبه»، «نائبته»، «نائبها»، «نائبتها»: the noun agrees with the deputy, the pronoun
    with the person whose deputy they are."""
    noun = "نائبت" if leader is Gender.FEMALE else "نائب"
    return noun + ("ها" if mandator is Gender.FEMALE else "ه")


def verb(masculine_past: str, gender: Gender, *, plural: bool = False) -> str:
    """A past-tense verb agreeing with its subject: «قدم/قدمت»، «ترأس/ترأست». ``plural`` is
    for a verb said after a plural subject («وقد ركزوا/ركزن»); before its subject an Arabic
    verb stays singular («قدم ممثلو الوزارة»)."""
    if plural:
        return masculine_past + ("ن" if gender is Gender.FEMALE else "وا")
    return masculine_past + "ت" if gender is Gender.FEMALE else masculine_past


def participle(masculine: str, gender: Gender) -> str:
    """An adjective or participle agreeing with a person: «مؤكدا/مؤكدة»."""
    if gender is Gender.FEMALE:
        return masculine[:-1] + "ة" if masculine.endswith("ا") else masculine + "ة"
    return masculine


@dataclass(frozen=True)
class KindWords:
    noun: str  # with the article: «الملتقى»
    gender: Gender


EVENT_KINDS: dict[EventKind, KindWords] = {
    EventKind.FORUM: KindWords("الملتقى", M),
    EventKind.SYMPOSIUM: KindWords("الندوة", F),
    EventKind.WORKSHOP: KindWords("الورشة", F),
    EventKind.TRAINING: KindWords("الدورة التكوينية", F),
    EventKind.CONFERENCE: KindWords("المؤتمر", M),
    EventKind.WORK_VISIT: KindWords("زيارة العمل", F),
    EventKind.STUDY_VISIT: KindWords("الزيارة الدراسية", F),
    EventKind.MEETING: KindWords("الاجتماع", M),
    EventKind.OTHER: KindWords("الفعالية", F),
}

EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.FORUM: "ملتقى",
    EventKind.SYMPOSIUM: "ندوة",
    EventKind.WORKSHOP: "ورشة",
    EventKind.TRAINING: "دورة تكوينية",
    EventKind.CONFERENCE: "مؤتمر",
    EventKind.WORK_VISIT: "زيارة عمل",
    EventKind.STUDY_VISIT: "زيارة دراسية",
    EventKind.MEETING: "اجتماع",
    EventKind.OTHER: "فعالية",
}


def join_and(parts: list[str]) -> str:
    """«أ، ب وج» for longer phrases: commas, and و before the last."""
    parts = [part for part in parts if part]
    if len(parts) <= 1:
        return "".join(parts)
    return "، ".join(parts[:-1]) + " و" + parts[-1]
