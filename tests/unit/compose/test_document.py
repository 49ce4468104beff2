"""The composed document's text: one line per run, letters rather than pre-shaped glyphs."""

from openreport.compose.document import Run, Table


def test_pre_shaped_arabic_becomes_letters_and_typed_ligatures_stay():
    assert Run("ﺍﻟﻤﻠﺘﻘﻰ ﷲ").text == "الملتقى ﷲ"


def test_a_presentation_code_point_with_no_letters_is_dropped():
    # U+FDC8 is not assigned and U+FDD0 is a noncharacter: NFKC leaves them as they are, and a
    # DOCX holding them fails docx-rtl-lint's D6 (found by tests/unit/render/test_docx.py).
    assert Run("أ\ufdc8ب\ufdd0").text == "أب"
    assert Table(["\ufdc8"], [["ﺏ"]]).header == [""]


def test_line_breaks_and_tabs_become_spaces():
    assert Run("a\nb\tc").text == "a b c"


def test_page_words_default_to_the_moroccan_wording():
    from openreport.compose.document import Document, PageWords
    from openreport.compose.wording import ar_ma

    assert PageWords() == ar_ma.PAGE_WORDS
    assert Document("t", "a").words == ar_ma.PAGE_WORDS
    assert PageWords(page="Page").of == ar_ma.PAGE_WORDS.of
