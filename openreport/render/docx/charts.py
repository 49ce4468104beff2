"""A chart of the composed document in the DOCX: the picture drawn by ``CHART_PNG`` (the DOCX
writer imports no Qt: whoever renders with Qt at hand sets it to render/qt/charts.py's
``chart_png``, as ``year_review`` does), with its text alternative, and its title under it."""

from __future__ import annotations

import io
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from docx.shared import Mm
from docx.text.paragraph import Paragraph as Paragraph_

from openreport.compose import look
from openreport.compose.document import Chart, Run, Style
from openreport.render.docx import ooxml
from openreport.render.docx.styles import JC, STYLE_NAMES

__all__ = ["CHART_PNG", "Chart", "write_chart"]

# How a chart becomes a PNG while a document is rendered; None: its description is written.
CHART_PNG: ContextVar[Callable[[Chart], bytes] | None] = ContextVar("chart_png", default=None)


def write_chart(renderer: Any, block: Chart) -> None:
    """The chart as a picture whose ``descr`` says its figures (what a screen reader and
    Word's accessibility check read), its title under it; with no drawing of it at hand, its
    description in its place."""
    center = JC[look.Align.CENTER]
    paragraph = renderer.paragraph([], STYLE_NAMES[Style.BODY])
    ooxml.set_alignment(ooxml.properties(paragraph, "pPr"), center)
    ooxml.child(ooxml.properties(paragraph, "pPr"), "keepNext", ooxml.PPR_ORDER)
    chart_png = CHART_PNG.get()
    if chart_png is None:
        renderer.add_runs(paragraph, [Run(block.description)])
    else:
        run = Paragraph_(paragraph, renderer.document._body).add_run()
        picture = run.add_picture(io.BytesIO(chart_png(block)), width=Mm(look.PICTURE.width_mm))
        picture._inline.docPr.set("descr", block.description)
        picture._inline.docPr.set("title", block.title)
    caption = renderer.paragraph([Run(block.title)], STYLE_NAMES[look.PICTURE.caption])
    ooxml.set_alignment(ooxml.properties(caption, "pPr"), center)
