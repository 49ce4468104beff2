"""The kinds of report: every kind of event has one, compose follows the registry, and the
kinds and their parts say nothing in Arabic themselves (the wording does)."""

import ast
import datetime as dt
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
    assert texts[0] == "a test\u00a0title"  # the title's last two words kept together
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


# The editor's sections (its SectionId values); «agenda» is the meeting's.
SECTION_IDS = {
    "event",
    "delegation",
    "programme",
    "workshops",
    "recommendations",
    "agenda",
    "closing",
    "review",
}


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_sections_are_the_editors_from_event_to_review(kind):
    assert set(kind.sections) <= SECTION_IDS
    assert kind.sections[0] == "event" and kind.sections[-1] == "review"
    assert ("programme" in kind.sections) == (not any(h == "days" for h in kind.hidden))
    assert ("agenda" in kind.sections) == (kind is MEETING)
    assert ("event.trainers" in kind.hidden) == (kind is not TRAINING)


def test_the_meeting_has_no_programme_and_the_mission_no_workshops():
    assert MEETING.sections == ("event", "delegation", "agenda", "closing", "review")
    assert "programme" in MISSION.sections and "workshops" not in MISSION.sections
    assert "days.sessions.items.workshops" in MISSION.hidden
    assert "days" in MEETING.hidden and "agenda" in GATHERING.hidden


@pytest.mark.parametrize(
    ("event_kind", "name", "title"),
    [
        (
            EventKind.TRAINING,
            "الدورة التكوينية حول الصفقات العمومية",
            "تقرير جماعة إفران عن الدورة التكوينية حول الصفقات العمومية التي احتضنتها الجماعة",
        ),
        (
            EventKind.TRAINING,
            "الصفقات العمومية",
            "تقرير جماعة إفران عن الدورة التكوينية حول الصفقات العمومية التي احتضنتها الجماعة",
        ),
        (
            EventKind.STUDY_VISIT,
            "تدبير النفايات المنزلية",
            "تقرير جماعة إفران عن الزيارة الدراسية حول تدبير النفايات المنزلية التي احتضنتها"
            " الجماعة",
        ),
        (
            EventKind.MEETING,
            "الاجتماع العادي لمكتب الجمعية",
            "تقرير جماعة إفران عن الاجتماع العادي لمكتب الجمعية الذي احتضنته الجماعة",
        ),
        (
            EventKind.CONFERENCE,
            "المؤتمر الوطني للجماعات",
            "تقرير جماعة إفران عن المؤتمر الوطني للجماعات الذي احتضنته الجماعة",
        ),
    ],
)
def test_a_suggested_title_says_the_kind_once(event_kind, name, title):
    from openreport.model import CommuneRole

    report = Report(commune_role=CommuneRole.HOST, event=Event(kind=event_kind, name=name))
    assert suggested_title(report, CommuneProfile(commune_name="إفران")) == title


def _texts(report: Report) -> list[str]:
    return compose(report, CommuneProfile(commune_name="إفران")).paragraphs_text()


def test_a_training_states_objectives_audience_trainers_and_results():
    from openreport.model import Gender, Person

    event = Event(
        kind=EventKind.TRAINING,
        themes=["التحكم في مساطر الصفقات"],
        target_audience="رؤساء المصالح المالية",
        trainers=[Person("نادية العلمي", Gender.FEMALE, "خبيرة")],
        expected_results=["دليل مساطر مشترك"],
    )
    texts = _texts(Report(event=event))
    objectives = texts.index("أهداف الدورة التكوينية")
    assert texts[objectives + 1] == "التحكم في مساطر الصفقات"
    assert "الفئة المستهدفة: رؤساء المصالح المالية" in texts
    assert "وقد أطرت الدورة التكوينية السيدة نادية العلمي، خبيرة." in texts
    assert texts[texts.index("النتائج المنتظرة") + 1] == "دليل مساطر مشترك"
    assert not any("محاور" in t or "تمحور" in t for t in texts)


def test_a_meeting_tells_its_agenda_and_lists_who_attended():
    from openreport.compose.document import Table
    from openreport.model import AgendaPoint, Person

    report = Report(
        event=Event(kind=EventKind.MEETING, themes=["محور لا يطبع"]),
        agenda=[
            AgendaPoint("التقرير الأدبي", "عرض الكاتب العام التقرير.\nصودق عليه."),
            AgendaPoint(),
        ],
        attendance=[Person("سعيد", title="رئيس الجمعية", organisation="جماعة أزرو")],
        days=[ProgrammeDay(sessions=[Session(items=[ProgrammeItem(title="لا يطبع")])])],
    )
    document = compose(report, CommuneProfile())
    texts = document.paragraphs_text()
    assert "تضمن جدول أعمال الاجتماع نقطة واحدة، تناولها الحاضرون كما يلي:" in texts
    heading = texts.index("النقطة الأولى: التقرير الأدبي")
    assert texts[heading + 1 : heading + 3] == ["عرض الكاتب العام التقرير.", "صودق عليه."]
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert table.rows == [["السيد سعيد، رئيس الجمعية", "جماعة أزرو"]]
    assert not any("لا يطبع" in t for t in texts)


def test_a_missions_visits_of_a_day_have_no_session_heading():
    from openreport.model import SessionPeriod

    visit = ProgrammeItem(kind=ItemKind.VISIT, title="زيارة مركز الفرز")
    days = [
        ProgrammeDay(date, [Session(period=SessionPeriod.WHOLE_DAY, items=[visit])])
        for date in (dt.date(2025, 4, 7), dt.date(2025, 4, 8))
    ]  # two days: a one-day event has no day heading
    event = Event(kind=EventKind.STUDY_VISIT, start_date=dt.date(2025, 4, 7))
    document = compose(Report(event=event, days=days), CommuneProfile())
    styles = [b.style for b in document.blocks if isinstance(b, Paragraph)]
    assert Style.HEADING2 not in styles and Style.HEADING1 in styles
    assert "زيارة مركز الفرز" in document.paragraphs_text()


@pytest.mark.parametrize(
    ("report", "paths"),
    [
        (Report(event=Event(kind=EventKind.FORUM)), []),
        (Report(event=Event(kind=EventKind.TRAINING)), ["event.themes", "event.trainers"]),
        (Report(event=Event(kind=EventKind.WORK_VISIT)), ["delegation.members", "days"]),
        (
            Report(event=Event(kind=EventKind.MEETING)),
            ["agenda", "attendance", "closing.decisions"],
        ),
        (Report(event=Event(kind=EventKind.CONFERENCE)), ["days"]),
    ],
)
def test_each_kind_says_what_its_report_still_misses(report, paths):
    problems = kind_for(report).checks(report)
    assert [p.path for p in problems] == paths
    assert all(ARABIC.search(p.message) and p.severity == "warning" for p in problems)


def test_a_meeting_point_with_nothing_said_is_named():
    from openreport.model import AgendaPoint, Closing

    report = Report(
        event=Event(kind=EventKind.MEETING),
        agenda=[AgendaPoint("أ", "قيل"), AgendaPoint("ب")],
        closing=Closing(decisions=["قرار"]),
    )
    problems = MEETING.checks(report)
    assert [(p.path, p.message) for p in problems][:1] == [
        ("agenda[1].text", "النقطة الثانية من جدول الأعمال دون عرض لما دار فيها.")
    ]
