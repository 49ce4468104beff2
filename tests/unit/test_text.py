from hypothesis import given
from hypothesis import strategies as st

from openreport.text import clean_text, fold_arabic, search_terms


def test_clean_text_removes_what_xml_cannot_hold_and_keeps_the_rest():
    typed = "جماعة\x00 شفشاون\x07\x1b\ttab\nline \u202eRLO\u202c \u200fRLM 😀 Saïdia\ufffe"
    assert clean_text(typed) == "جماعة شفشاون\ttab\nline \u202eRLO\u202c \u200fRLM 😀 Saïdia"


@given(st.text())
def test_cleaned_text_is_stable(text):
    assert clean_text(clean_text(text)) == clean_text(text)


def test_hamza_forms_ta_marbuta_alef_maqsura_and_diacritics_fold_together():
    assert fold_arabic("أ") == fold_arabic("إ") == fold_arabic("آ") == fold_arabic("ا")
    assert fold_arabic("المدرسة") == fold_arabic("المدرسه")
    assert fold_arabic("ملتقى") == fold_arabic("ملتقي")
    assert fold_arabic("مُشَارَكَة") == fold_arabic("مشاركة")
    assert fold_arabic("الإشاعة") == fold_arabic("الاشاعه")
    assert fold_arabic("Saïdia") == "saidia"


def test_search_terms_split_on_punctuation():
    assert search_terms("  الورشة، الثالثة! ") == ["الورشه", "الثالثه"]
    assert search_terms("...") == []
