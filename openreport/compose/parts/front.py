"""The front of a report: letterhead, place and date, title block, introduction, overview."""

from __future__ import annotations

from openreport.compose.context import Context
from openreport.compose.document import Letterhead, Style
from openreport.model import Organisation, Person


def letterhead(ctx: Context) -> None:
    """The commune's letterhead lines and logo, when the profile has any."""
    profile = ctx.profile
    if profile.letterhead or profile.logo:
        lines = [line for line in profile.letterhead if line.strip()]
        ctx.add(Letterhead(lines, profile.logo))


def place_and_date(ctx: Context) -> None:
    """Where and when the report was written; the commune's city when no place was typed."""
    report = ctx.report
    if report.report_date:
        place = report.report_place.strip() or ctx.profile.city.strip()
        ctx.para(
            ctx.words.place_and_date(place, report.report_date, ctx.month_style),
            style=Style.PLACE_DATE,
        )


def title_block(ctx: Context) -> None:
    """The title, then when and where the event was held (and its Hijri dates when asked),
    then its slogan."""
    event = ctx.report.event
    ctx.para(no_lone_last_word(ctx.title), style=Style.TITLE)
    ctx.para(ctx.words.event_held(event, ctx.month_style), style=Style.SUBTITLE)
    if event.hijri:
        ctx.para(ctx.words.hijri_line(event), style=Style.SUBTITLE)
    if event.slogan.strip():
        ctx.para(ctx.words.slogan(event.slogan.strip()), style=Style.SUBTITLE)


def no_lone_last_word(title: str) -> str:
    """The title with its last two words joined by a no-break space: a title that wraps never
    leaves one word alone on its last line. Decided here, once, so that the DOCX, the preview
    and the PDF break the title alike (Word, LibreOffice and Qt all keep U+00A0 whole)."""
    words = title.split()
    if len(words) < 3:  # two words fit on a line; joined they could not wrap at all
        return title
    head, _, last = title.rstrip().rpartition(" ")
    return f"{head.rstrip()}\u00a0{last}" if head.strip() else title


def introduction(ctx: Context) -> None:
    """The context as typed, who organised the event and how many took part, then its themes."""
    event = ctx.report.event
    ctx.text_paragraphs(event.context)
    organisers(ctx)
    participants(ctx)
    themes = [t for t in event.themes if t.strip()]
    if themes:
        ctx.para(ctx.words.themes_intro(event.kind, len(themes)))
        ctx.bullets(themes)


def overview(ctx: Context) -> None:
    """The user's overview of the event, before the programme."""
    ctx.text_paragraphs(ctx.report.event.overview)


def organisers(ctx: Context) -> None:
    """Who organised, supervised, funded… the event: each organisation once per role (the
    wording orders the roles); a patron or inviter that is a person is named as one."""
    named: list[tuple[Organisation, str]] = []
    seen: set[tuple[str, str]] = set()
    for organisation in ctx.report.event.organisations:
        name = organisation.name.strip()
        if not name or (name, organisation.role) in seen:
            continue
        seen.add((name, organisation.role))
        if organisation.person:
            person = Person(name, organisation.gender, honorific=organisation.honorific)
            name = ctx.words.person_name(person)
        named.append((organisation, name))
    ctx.para(ctx.words.organised_by(ctx.report.event.kind, named))


def participants(ctx: Context) -> None:
    """How many took part, unless a session of the programme already says that number."""
    count = ctx.report.event.participants_count
    said = {s.participants_count for day in ctx.report.days for s in day.sessions}
    if count and count not in said:
        ctx.para(ctx.words.participants_said(ctx.report.event.kind, count))
