"""The file names the export dialogs propose are valid on Windows (and on Linux): no forbidden
character, no device name, no trailing dot or space, short enough, the extension kept, the
Arabic title's letters kept."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from openreport.paths import BYTE_LIMIT, NAME_LIMIT, RESERVED, file_name

SUFFIXES = st.sampled_from([".docx", ".pdf", ".openreport", ""])
RESERVED_EXAMPLES = ["CON", "prn", "Aux", "nul", "COM1", "com9", "LPT1", "lpt9", "COM¹"]
# Titles mixing everything: Arabic words, the characters Windows refuses, controls, direction
# marks, dots and spaces, device names, any text at all.
tricky = st.text(
    alphabet=st.one_of(
        st.sampled_from(list('ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى <>:"/\\|?*.\t\n\x00\x1f\u202e')),
        st.characters(),
    ),
    max_size=400,
)
titles = st.one_of(
    tricky,
    st.builds(
        lambda name, rest: name + rest,
        st.sampled_from(RESERVED_EXAMPLES),
        st.sampled_from(["", ".txt", " .tar.gz", ".", " ", ". report"]),
    ),
)


def valid_on_windows(name: str) -> None:
    assert name, "an empty name"
    assert not set(name) & set('<>:"/\\|?*'), name
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in name), name
    assert not any(c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" for c in name)
    assert not name.endswith((".", " ")), name
    assert not name.startswith((".", " ")), name
    assert name.split(".")[0].rstrip(" ").upper() not in RESERVED, name
    assert len(name.encode("utf-16-le")) // 2 <= NAME_LIMIT, name
    assert len(name.encode()) <= BYTE_LIMIT, name


@given(titles, SUFFIXES)
@example("CON", ".pdf")
@example("con.tar", ".docx")
@example("NUL .x", ".pdf")
@example(" ... ", ".pdf")
@example("\x00\x01", "")
@example("تقرير" * 80 + "\U0001f600" * 50, ".docx")
def test_every_proposed_name_is_valid_on_windows(title, suffix):
    name = file_name(title, suffix)
    valid_on_windows(name)
    assert name.endswith(suffix)
    assert len(name) > len(suffix), "the name is more than its extension"


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ", min_size=1, max_size=60), SUFFIXES)
def test_arabic_letters_are_kept(title, suffix):
    name = file_name(title, suffix)
    letters = [c for c in title if not c.isspace()]
    if letters:
        assert [c for c in name.removesuffix(suffix) if not c.isspace()] == letters


@pytest.mark.parametrize(
    ("title", "suffix", "expected"),
    [
        ("تقرير حول المشاركة في الملتقى", ".pdf", "تقرير حول المشاركة في الملتقى.pdf"),
        ("تقرير: الملتقى الوطني 2024/2025", ".docx", "تقرير- الملتقى الوطني 2024-2025.docx"),
        ('ما هي "الجهوية المتقدمة"؟', ".pdf", "ما هي -الجهوية المتقدمة-؟.pdf"),
        ("سؤال؟ ", ".pdf", "سؤال؟.pdf"),
        ("CON", ".pdf", "_CON.pdf"),
        ("aux.tar", ".docx", "_aux.tar.docx"),
        ("LPT9 ", ".docx", "_LPT9.docx"),
        ("COM10", ".pdf", "COM10.pdf"),  # not a device
        ("CONSEIL", ".pdf", "CONSEIL.pdf"),
        ("تقرير.", ".pdf", "تقرير.pdf"),
        ("...", ".pdf", "report.pdf"),
        ("", ".docx", "report.docx"),
        ("a\tb\nc\x00d", ".pdf", "a b cd.pdf"),
        ("تقرير\u202efdp.exe", "", "تقريرfdp.exe"),
        ("الأسبوع ⁄ الشهر", ".pdf", "الأسبوع ⁄ الشهر.pdf"),  # a fraction slash is allowed
    ],
)
def test_examples(title, suffix, expected):
    assert file_name(title, suffix) == expected


def test_a_long_arabic_title_is_cut_and_keeps_its_extension():
    title = "تقرير حول مشاركة جماعة شفشاون في الملتقى الوطني للجماعات الترابية " * 4
    name = file_name(title, ".docx")
    assert name.endswith(".docx") and not name.removesuffix(".docx").endswith(" ")
    assert title.startswith(name.removesuffix(".docx"))
    assert len(name.encode()) <= BYTE_LIMIT < len((title + ".docx").encode())


def test_a_latin_title_may_use_the_whole_length():
    name = file_name("x" * 400, ".pdf")
    assert name == "x" * (NAME_LIMIT - 4) + ".pdf"


def test_the_name_can_be_created_on_this_file_system(tmp_path):
    # The longest names, with the export's temporary file beside them (14 more characters).
    for title in ("ش" * 400, "x" * 400, "\U0001f600" * 400, "CON"):
        name = file_name(title, ".docx")
        (tmp_path / name).write_bytes(b"")
        (tmp_path / f".{name.removesuffix('.docx')}.abcdefgh.tmp").write_bytes(b"")
        assert (tmp_path / name).exists()
