"""Compose a report: choose its kind and wording, run the kind's parts, wrap the document."""

from __future__ import annotations

from openreport.compose.context import Context
from openreport.compose.document import Document
from openreport.compose.kinds import kind_for
from openreport.compose.wording import wording_for
from openreport.model import CommuneProfile, Report, ReportStatus
from openreport.text import clean_text


def compose(report: Report, profile: CommuneProfile) -> Document:
    """The document of ``report`` as the commune of ``profile`` writes it."""
    kind, words = kind_for(report), wording_for(report, profile)
    title = clean_text(report.title.strip()) or kind.suggested_title(report, profile, words)
    ctx = Context(report, profile, kind, words, title)
    for part in kind.parts:
        part(ctx)
    return Document(
        title=title,
        author=words.author(ctx.writer),
        blocks=ctx.blocks,
        draft=report.status is ReportStatus.DRAFT,
        language=words.LANGUAGE,
        direction=words.DIRECTION,
        words=words.PAGE_WORDS,
    )


def suggested_title(report: Report, profile: CommuneProfile) -> str:
    """A title built from the event and the commune's role, for the user to edit."""
    return kind_for(report).suggested_title(report, profile, wording_for(report, profile))
