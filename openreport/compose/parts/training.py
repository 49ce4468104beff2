"""A training's own parts: its objectives (the event's themes), target audience, trainers and
expected results, said after the introduction."""

from __future__ import annotations

from dataclasses import replace

from openreport.compose.context import Context, paragraphs_of
from openreport.compose.document import Run
from openreport.compose.parts import front


def introduction(ctx: Context) -> None:
    """The gathering's introduction (context, organisers) without its themes: a training states
    them as objectives under a heading of their own, a meeting has its agenda instead."""
    report = ctx.report
    ctx.report = replace(report, event=replace(report.event, themes=[]))
    try:
        front.introduction(ctx)
    finally:
        ctx.report = report


def objectives(ctx: Context) -> None:
    """The objectives under their heading, as a list."""
    event = ctx.report.event
    chosen = [t for t in event.themes if t.strip()]
    if chosen:
        ctx.heading(ctx.words.objectives_heading(event.kind), 1)
        ctx.bullets(chosen)


def audience(ctx: Context) -> None:
    """Who the training was for, as typed, after a bold lead."""
    if not paragraphs_of(ctx.report.event.target_audience):
        return
    ctx.text_paragraphs(
        ctx.report.event.target_audience,
        lead=[Run(ctx.words.target_audience_lead(), bold=True)],
    )


def trainers(ctx: Context) -> None:
    """Who trained, in one sentence."""
    event = ctx.report.event
    people = [p for p in event.trainers if not p.is_empty()]
    if people:
        ctx.para(ctx.words.trained_by(event.kind, people))


def expected_results(ctx: Context) -> None:
    chosen = [r for r in ctx.report.event.expected_results if r.strip()]
    if chosen:
        ctx.heading(ctx.words.expected_results_heading(), 1)
        ctx.bullets(chosen)
