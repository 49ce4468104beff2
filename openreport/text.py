"""Text at the boundary: what XML cannot hold is removed, and Arabic is folded for search."""

from __future__ import annotations

import re
import unicodedata

# Everything XML 1.0 cannot carry: C0 controls but tab, newline and carriage return,
# lone surrogates, and the two non-characters U+FFFE and U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) and tatweel.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = tuple(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ٳ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ئ": "ي",
        "ؤ": "و",
        "ی": "ي",  # Persian yeh, typed on some keyboards
        "ک": "ك",
    }.items()
)
_NON_WORD = re.compile(r"[^\w]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def clean_text(text: str) -> str:
    """Remove the characters XML cannot hold; keep every script, emoji and bidi mark as typed."""
    return _XML_ILLEGAL.sub("", text)


def fold_arabic(text: str) -> str:
    """Fold text for search: hamza forms, ta marbuta/ha, alef maqsura/ya and diacritics match.

    Latin text is lower-cased and stripped of accents, so «Saïdia» finds «saidia».
    """
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", text)
    for letter, folded in _FOLD:  # str.replace is many times faster than str.translate here
        text = text.replace(letter, folded)
    text = text.casefold()
    if text.isascii():
        return text
    # Drop the accents of Latin letters; Arabic marks are gone already.
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


# Proclitics written joined to the word: the article and the prepositions and conjunctions
# before it. «إشاعة» must find «الإشاعة» and «بالإشاعة».
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال")


def searchable_text(text: str) -> str:
    """Text as the search index holds it: folded, plus each word without its proclitic."""
    folded = fold_arabic(text)
    extra = []
    for word in _NON_WORD.split(folded):
        for prefix in _PROCLITICS:
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                extra.append(word[len(prefix) :])
                break
    return folded + "\n" + " ".join(extra) if extra else folded


MAX_SEARCH_TERMS = 20  # distinct words of one query: each is one index lookup
MAX_TERM_LENGTH = 40  # characters of one word; longer words are cut (a prefix still matches)


def search_terms(query: str) -> list[str]:
    """The distinct folded words of a search query, at most :data:`MAX_SEARCH_TERMS`.

    A pasted page of text must not become a thousand lookups on the window's thread.
    """
    terms: dict[str, None] = {}
    for word in _NON_WORD.split(fold_arabic(query[:100_000])):
        if word:
            terms.setdefault(word[:MAX_TERM_LENGTH])
            if len(terms) == MAX_SEARCH_TERMS:
                break
    # A word another word starts with finds nothing more: every lookup is by prefix.
    return [t for t in terms if not any(u != t and u.startswith(t) for u in terms)]
