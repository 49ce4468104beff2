"""Search: a pasted page of text is a bounded number of index lookups, not one per word."""

from openreport.model import Report
from openreport.text import MAX_SEARCH_TERMS, MAX_TERM_LENGTH, search_terms


def count_lookups(library):
    statements = []
    library.conn.set_trace_callback(lambda sql: statements.append(sql) if "MATCH" in sql else None)
    return statements


def test_a_thousand_word_query_uses_at_most_twenty_lookups(library):
    library.save(Report(title="اجتماع اللجنة الإقليمية للتنمية"))
    # Every word present in the report, so no lookup can stop the search early.
    query = " ".join(f"اجتماع{i} اللجنة" for i in range(1000))
    lookups = count_lookups(library)
    library.search(query)
    assert 0 < len(lookups) <= MAX_SEARCH_TERMS


def test_terms_are_distinct_bounded_and_still_found(library):
    report_id = library.save(Report(title="اجتماع اللجنة الإقليمية"))
    assert search_terms("اللجنة اللجنة اللجنه") == ["اللجنه"]
    assert search_terms("ا" * 500) == ["ا" * MAX_TERM_LENGTH]
    # «اجت» adds nothing to «اجتماع»: every word is looked up as a prefix.
    assert search_terms("اجت اجتماع") == ["اجتماع"]
    words = " ".join(["اللجنة"] * 1000 + ["اجتماع"])
    assert [s.id for s in library.search(words)] == [report_id]
    lookups = count_lookups(library)
    library.search(words)
    assert len(lookups) == 2
