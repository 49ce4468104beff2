"""A chart of the composed document in the DOCX: the picture its renderer is given (the DOCX
writer imports no Qt: ``DocxRenderer.chart_png`` draws it, render/qt/charts.py by default
where the caller has Qt), with its text alternative, and its title under it."""

from __future__ import annotations

import io
from typing import Any

from docx.shared import Mm
from docx.text.paragraph import Paragraph as Paragraph_

from openreport.compose import look
from openreport.compose.document import Chart, Run, Style
from openreport.render.docx import ooxml
from openreport.render.docx.styles import JC, STYLE_NAMES


def write_chart(renderer: Any, block: Chart) -> None:
    """The chart as a picture whose ``descr`` says its figures (what a screen reader and
    Word's accessibility check read), its title under it; with no drawing of it at hand, its
    description in its place."""
    center = JC[look.Align.CENTER]
    paragraph = renderer.paragraph([], STYLE_NAMES[Style.BODY])
    ooxml.set_alignment(ooxml.properties(paragraph, "pPr"), center)
    ooxml.child(ooxml.properties(paragraph, "pPr"), "keepNext", ooxml.PPR_ORDER)
    if renderer.chart_png is None:
        renderer.add_runs(paragraph, [Run(block.description)])
    else:
        run = Paragraph_(paragraph, renderer.document._body).add_run()
        picture = run.add_picture(
            io.BytesIO(renderer.chart_png(block)), width=Mm(look.PICTURE.width_mm)
        )
        picture._inline.docPr.set("descr", block.description)
        picture._inline.docPr.set("title", block.title)
    caption = renderer.paragraph([Run(block.title)], STYLE_NAMES[look.PICTURE.caption])
    ooxml.set_alignment(ooxml.properties(caption, "pPr"), center)
