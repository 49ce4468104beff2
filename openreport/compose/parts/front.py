"""The front of a report: letterhead, place and date, title block, introduction, overview."""

from __future__ import annotations

from openreport.compose.context import Context
from openreport.compose.document import Letterhead, Style


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
    """The title, then when and where the event was held, then its slogan."""
    event = ctx.report.event
    ctx.para(ctx.title, style=Style.TITLE)
    ctx.para(ctx.words.event_held(event, ctx.month_style), style=Style.SUBTITLE)
    if event.slogan.strip():
        ctx.para(ctx.words.slogan(event.slogan.strip()), style=Style.SUBTITLE)


def introduction(ctx: Context) -> None:
    """The context as typed, then the event's themes."""
    event = ctx.report.event
    ctx.text_paragraphs(event.context)
    themes = [t for t in event.themes if t.strip()]
    if themes:
        ctx.para(ctx.words.themes_intro(event.kind, len(themes)))
        ctx.bullets(themes)


def overview(ctx: Context) -> None:
    """The user's overview of the event, before the programme."""
    ctx.text_paragraphs(ctx.report.event.overview)
