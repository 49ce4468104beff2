"""The kinds of report: every kind of event has one, compose follows the registry, and the
kinds and their parts say nothing in Arabic themselves (the wording does)."""

import ast
import re
from pathlib import Path

import pytest

import openreport.compose as compose_package
from openreport.compose import compose, suggested_title
from openreport.compose.context import Kind
from openreport.compose.document import Paragraph, Style
from openreport.compose.kinds import (
    CONFERENCE,
    GATHERING,
    KINDS,
    MEETING,
    MISSION,
    REGISTRY,
    TRAINING,
    kind_for,
)
from openreport.compose.parts import front, programme
from openreport.compose.wording import ar_ma
from openreport.model import (
    CommuneProfile,
    Event,
    EventKind,
    ItemKind,
    ProgrammeDay,
    ProgrammeItem,
    Report,
    Session,
)

PACKAGE = Path(compose_package.__file__).parent
# Arabic, Arabic Supplement, Arabic Extended-A and both blocks of presentation forms.
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def _structure_modules() -> list[Path]:
    """The modules that decide what a report says and in which order, not how it is said."""
    return sorted(
        [
            *(PACKAGE / "kinds").rglob("*.py"),
            *(PACKAGE / "parts").rglob("*.py"),
            PACKAGE / "context.py",
            PACKAGE / "composer.py",
        ]
    )


@pytest.mark.parametrize("event_kind", list(EventKind))
def test_every_kind_of_event_has_a_registered_kind(event_kind):
    kind = kind_for(Report(event=Event(kind=event_kind)))
    assert isinstance(kind, Kind)
    assert REGISTRY[event_kind] is kind
    assert kind.parts and set(kind.items) == set(ItemKind)


KIND_OF_EVENT = {
    EventKind.FORUM: GATHERING,
    EventKind.SYMPOSIUM: GATHERING,
    EventKind.WORKSHOP: GATHERING,
    EventKind.OTHER: GATHERING,
    EventKind.TRAINING: TRAINING,
    EventKind.WORK_VISIT: MISSION,
    EventKind.STUDY_VISIT: MISSION,
    EventKind.MEETING: MEETING,
    EventKind.CONFERENCE: CONFERENCE,
}


def test_each_kind_of_event_is_told_by_its_kind():
    assert REGISTRY == KIND_OF_EVENT
    assert set(REGISTRY.values()) == set(KINDS)


def test_compose_uses_the_registered_kind(monkeypatch):
    said = []

    def speech_said_aloud(ctx, item, session):
        said.append(item.title)
        ctx.para(f"[{item.title}]")

    def marker(ctx):
        ctx.para("end of the test kind", style=Style.NOTE)

    test_kind = Kind(
        name="test",
        parts=(front.title_block, programme.days, marker),
        items={**programme.ITEM_WRITERS, ItemKind.SPEECH: speech_said_aloud},
        suggested_title=lambda report, profile, words: "a test title",
    )
    monkeypatch.setitem(REGISTRY, EventKind.MEETING, test_kind)
    speech = ProgrammeItem(kind=ItemKind.SPEECH, title="welcome")
    report = Report(
        event=Event(kind=EventKind.MEETING, slogan="motto"),
        days=[ProgrammeDay(sessions=[Session(items=[speech])])],
    )
    document = compose(report, CommuneProfile())
    assert suggested_title(report, CommuneProfile()) == "a test title"
    assert document.title == "a test title"
    texts = document.paragraphs_text()
    assert texts[0] == "a test title"
    assert texts[1] == ar_ma.slogan("motto")
    assert "[welcome]" in texts and said == ["welcome"]
    last = document.blocks[-1]
    assert isinstance(last, Paragraph) and last.text == "end of the test kind"
    # a forum is still a gathering: the test kind left the others alone
    forum = Report(event=Event(kind=EventKind.FORUM), days=report.days)
    assert "[welcome]" not in compose(forum, CommuneProfile()).paragraphs_text()


def test_kind_and_part_modules_hold_no_arabic_letters():
    modules = _structure_modules()
    assert len(modules) >= 10
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in modules
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if ARABIC.search(line)
    ]
    assert offenders == []


def test_the_scan_would_see_arabic():
    assert ARABIC.search((PACKAGE / "wording" / "ar_ma" / "programme.py").read_text("utf-8"))


def test_parts_ask_the_wording_only_for_what_it_offers():
    """Every ``words.x`` a kind or part calls is in the wording's ``__all__``: the list a
    wording in another language has to provide."""
    asked = set()
    for path in _structure_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and (
                (isinstance(node.value, ast.Name) and node.value.id == "words")
                or (isinstance(node.value, ast.Attribute) and node.value.attr == "words")
            ):
                asked.add(node.attr)
    assert len(asked) > 40
    assert asked <= set(ar_ma.__all__)
    missing = [name for name in ar_ma.__all__ if not hasattr(ar_ma, name)]
    assert missing == []


def test_the_document_takes_language_direction_and_page_words_from_the_wording(demo, profile):
    document = compose(demo, profile)
    assert document.language == ar_ma.LANGUAGE == "ar-MA"
    assert document.direction == ar_ma.DIRECTION == "rtl"
    assert document.words == ar_ma.PAGE_WORDS
    assert (document.words.page, document.words.of, document.words.draft) == (
        "الصفحة",
        "من",
        "مسودة",
    )
    assert document.author == "جماعة شفشاون"
