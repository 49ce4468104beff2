"""The lexicon and the agreement rules, entry by entry."""

import pytest

from openreport.compose.wording.ar_ma import grammar as arabic
from openreport.compose.wording.ar_ma.grammar import (
    LEXICON,
    Case,
    count,
    deputy_of,
    ordinal,
    role_noun,
    verb,
)
from openreport.model import Gender, PanelRole

M, F = Gender.MALE, Gender.FEMALE


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (1, "workshop", "ورشة واحدة"),
        (2, "workshop", "ورشتين"),
        (3, "workshop", "ثلاث ورشات"),
        (3, "axis", "ثلاثة محاور"),
        (8, "commune", "ثماني جماعات"),
        (8, "axis", "ثمانية محاور"),
        (4, "point", "أربع نقاط"),
        (5, "pillar", "خمسة مرتكزات"),
        (10, "recommendation", "عشر توصيات"),
        (10, "day", "عشرة أيام"),
        (11, "workshop", "11 ورشة"),
        (12, "commitment", "12 التزاما"),
        (57, "participant_mixed", "57 مشاركا ومشاركة"),
        (350, "participant_mixed", "350 مشاركا ومشاركة"),
        (100, "participant", "100 مشارك"),
        (103, "participant", "103 مشاركين"),
        (1, "day", "يوم واحد"),
    ],
)
def test_counts(n, noun, expected):
    assert count(n, noun) == expected


def test_dual_by_case():
    assert count(2, "workshop", Case.NOMINATIVE) == "ورشتان"
    assert count(2, "day", Case.OBLIQUE) == "يومين"


@pytest.mark.parametrize("key", sorted(LEXICON))
def test_every_lexicon_entry_is_consistent(key):
    noun = LEXICON[key]
    assert noun.gender in (M, F)
    assert all(
        form.strip()
        for form in (noun.singular, noun.dual_nominative, noun.dual_oblique, noun.plural)
    )
    assert noun.dual_nominative.split()[0].endswith("ان")
    assert noun.dual_oblique.split()[0].endswith("ين")
    # 3–10 take the number of the gender opposite to the noun's
    three = count(3, key).split()[0]
    assert three == ("ثلاث" if noun.gender is F else "ثلاثة")
    assert count(3, key).endswith(noun.plural)
    assert count(1, key).startswith(noun.singular)
    assert count(25, key) == f"25 {noun.accusative}"


def test_ordinals():
    assert ordinal(1, M) == "الأول" and ordinal(1, F) == "الأولى"
    assert ordinal(3, F) == "الثالثة"
    assert ordinal(10, M) == "العاشر"
    assert ordinal(11, M) == "الحادي عشر" and ordinal(11, F) == "الحادية عشرة"
    assert ordinal(12, F) == "الثانية عشرة"
    assert ordinal(25, M) == "رقم 25"


@pytest.mark.parametrize(
    ("role", "male", "female"),
    [
        (PanelRole.FACILITATOR, "ميسر", "ميسرة"),
        (PanelRole.SPEAKER, "متدخل", "متدخلة"),
        (PanelRole.RAPPORTEUR, "مقرر", "مقررة"),
        (PanelRole.MODERATOR, "منشط", "منشطة"),
        (PanelRole.TRAINER, "مؤطر", "مؤطرة"),
    ],
)
def test_role_nouns_follow_the_gender(role, male, female):
    assert role_noun(role, M) == male
    assert role_noun(role, F) == female


def test_titles_possessives_verbs_and_honorifics():
    assert arabic.title_noun("president", F) == "رئيسة"
    assert arabic.title_noun("deputy", M) == "نائب"
    assert deputy_of(M, M) == "نائبه"
    assert deputy_of(F, M) == "نائبته"
    assert deputy_of(M, F) == "نائبها"
    assert deputy_of(F, F) == "نائبتها"
    assert verb("قدم", F) == "قدمت" and verb("قدم", M) == "قدم"
    assert arabic.honorific(F) == "السيدة"
    assert arabic.with_li("السيدة") == "للسيدة"
    men, woman = arabic.Person("أ", M), arabic.Person("ب", F)
    assert arabic.group_honorific([men, men]) == "السادة"
    assert arabic.group_honorific([woman]) == "السيدات"
    assert arabic.group_honorific([men, woman]) == "السيدات والسادة"
