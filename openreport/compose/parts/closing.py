"""The end of a report: how the event closed, remarks, decisions, next steps, conclusion,
signature and annexes; each left out when empty."""

from __future__ import annotations

from openreport.compose.context import Context
from openreport.compose.document import BulletList, Picture, SignatureBlock
from openreport.compose.parts.actions import action_item


def event_closed(ctx: Context) -> None:
    """What the event ended with, when the user listed it."""
    ended_with = [i.strip().rstrip(".") for i in ctx.report.closing.items if i.strip()]
    if ended_with:
        ctx.para(ctx.words.event_closed(ctx.report.event, ended_with))


def delegation_remarks(ctx: Context) -> None:
    remarks = [r for r in ctx.report.closing.remarks if r.strip()]
    if remarks:
        ctx.heading(ctx.words.delegation_remarks_heading(), 1)
        ctx.bullets(remarks)


def decisions(ctx: Context) -> None:
    chosen = [d for d in ctx.report.closing.decisions if d.strip()]
    if chosen:
        ctx.heading(ctx.words.decisions_heading(), 1)
        ctx.bullets(chosen)


def next_steps(ctx: Context) -> None:
    """The next steps, with who is responsible, by when, and the commune's commitments."""
    steps = [s for s in ctx.report.closing.next_steps if s.text.strip()]
    if steps:
        ctx.heading(ctx.words.next_steps_heading(), 1)
        ctx.add(BulletList([action_item(ctx, s, ctx.words.commune_commitment) for s in steps]))


def conclusion(ctx: Context) -> None:
    ctx.text_paragraphs(ctx.report.closing.conclusion)


def signature(ctx: Context) -> None:
    """The signature block, with the place and date of signing, when there is a signer."""
    signed = ctx.report.closing.signature
    function = signed.function.strip() or signed.signer.title.strip()
    name = ctx.words.signer_name(signed.signer)
    if not (name or function):
        return
    when = ""
    if signed.date:
        when = ctx.words.signed_at(signed.place.strip(), signed.date, ctx.month_style)
    ctx.add(SignatureBlock(function, name, when))


def annexes(ctx: Context) -> None:
    """The annexes, numbered: a picture with its caption, or the caption alone."""
    joined = [a for a in ctx.report.closing.annexes if a.title.strip() or a.image]
    if not joined:
        return
    ctx.heading(ctx.words.annexes_heading(), 1)
    for number, annex in enumerate(joined, start=1):
        caption = ctx.words.annex_caption(number, annex.title.strip())
        problem = annex.image.problem() if annex.image else ""
        if problem:
            ctx.para(ctx.words.image_unprintable(problem))
        if annex.image and not problem:
            ctx.add(Picture(annex.image, caption))
        else:
            ctx.para(caption)
