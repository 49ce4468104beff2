"""The look's lengths, alignments and direction in Qt's terms."""

from __future__ import annotations

from PySide6.QtCore import Qt

from openreport.compose.document import Document
from openreport.compose.look import Align

POINTS_PER_MM = 72 / 25.4
# Qt lays block margins, indents, borders and images out in pixels of 1/96 inch (scaled to the
# paint device), while the look speaks in points.
PX_PER_POINT = 96 / 72

ALIGN = {
    Align.START: Qt.AlignmentFlag.AlignLeading,  # mirrored in a right-to-left block
    Align.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Align.END: Qt.AlignmentFlag.AlignTrailing,
    # Justified Arabic is left to Word: Qt stretches some right-to-left lines glyph by glyph,
    # so that pdftotext read «ب ر ك ا ن ف ي م ا» and a search for «الرقمنة» missed (measured
    # on the demo), and its justified lines stop a space short of the margin. The preview, the
    # printout and the Qt PDF keep the start-aligned lines LibreOffice's route has too.
    Align.JUSTIFY: Qt.AlignmentFlag.AlignLeading,
}


def px(points: float) -> float:
    return points * PX_PER_POINT


def mm_px(millimetres: float) -> float:
    return px(millimetres * POINTS_PER_MM)


def layout_direction(composed: Document) -> Qt.LayoutDirection:
    if composed.direction == "ltr":
        return Qt.LayoutDirection.LeftToRight
    return Qt.LayoutDirection.RightToLeft
