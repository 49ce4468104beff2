"""Bar charts of a composed document (``document.Chart``), drawn with QPainter.

Measured against the alternatives (README «The year in review»): Qt's own charts
(PySide6.QtCharts) come with the PySide6-Addons wheel, which OpenReport does not ship; drawing
the bars here takes a page of code, and QPainter shapes Arabic and lays it right to left
with the report's own face (``look.SHIPPED_FACE``, loaded by ``fonts.py``). The same drawing
goes into a PNG (the DOCX, which Word shows as a picture with a text alternative) and, as
vectors, into the Qt PDF. Every size is a share of the chart's width in millimetres, so the
drawing is the same on a 200 dpi image and on a PDF page.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextDocument,
    QTextFormat,
)

from openreport.compose import look
from openreport.compose.document import Chart

WIDTH_MM = look.PICTURE.width_mm
HEIGHT_MM = 80.0
PNG_DPI = 200
TEXT_PT = 11.0
# Print-friendly colours that stay apart in grey (the figures are also in the table above).
COLOURS = (
    "#1f5f8b",
    "#e08a1e",
    "#3f8f4f",
    "#b8403a",
    "#7a5aa6",
    "#8c6239",
    "#c2579a",
    "#6b6b6b",
    "#9aa31f",
)


def chart_png(chart: Chart, family: str = look.SHIPPED_FACE, dpi: int = PNG_DPI) -> bytes:
    """The chart as a PNG of ``WIDTH_MM`` × ``HEIGHT_MM`` at ``dpi``."""
    image = chart_image(chart, family, dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def chart_image(chart: Chart, family: str = look.SHIPPED_FACE, dpi: int = PNG_DPI) -> QImage:
    width, height = (round(mm / 25.4 * dpi) for mm in (WIDTH_MM, HEIGHT_MM))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_chart(painter, QRectF(0, 0, width, height), chart, family)
    finally:
        painter.end()
    return image


def _font(family: str, points: float, unit: float, dpi: int) -> QFont:
    """The face at ``points`` of the chart's own scale (``unit`` device units a millimetre),
    in points of the device (a PDF writer sets pixel sizes at its physical resolution)."""
    font = QFont(family)
    font.setPointSizeF(max(1.0, points * 25.4 / 72 * unit * 72 / dpi))
    return font


def _step(top: int) -> int:
    """A round step for the value axis: about five lines from 0 to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def draw_chart(painter: QPainter, rect: QRectF, chart: Chart, family: str) -> None:
    """Stacked bars, the first category on the right; the value axis on the right; a legend
    above when there are several series; the count over each bar."""
    unit = rect.width() / WIDTH_MM  # device units per millimetre
    text = _font(family, TEXT_PT, unit, painter.device().logicalDpiY() or 96)
    metrics = QFontMetricsF(text, painter.device())
    line = metrics.height()
    painter.save()
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter.setFont(text)
    top = rect.top() + 2 * unit
    if len(chart.series) > 1:
        top = _legend(painter, rect, chart, unit, top) + 2 * unit
    totals = [sum(c[i] for _n, c in chart.series) for i in range(len(chart.categories))]
    step = _step(max(totals, default=0) or 1)
    ceiling = step * max(1, -(-max(totals, default=0) // step))
    axis = max(metrics.horizontalAdvance(str(ceiling)), metrics.horizontalAdvance("0")) + 3 * unit
    plot = QRectF(rect.left() + 2 * unit, top + line, rect.width() - axis - 2 * unit, 0)
    plot.setBottom(rect.bottom() - 2.2 * line)
    grid = QPen(QColor("#c8c8c8"), 0.2 * unit)
    ink = QColor("#222222")
    for value in range(0, ceiling + 1, step):
        y = plot.bottom() - plot.height() * value / ceiling
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink)
        label = QRectF(plot.right() + unit, y - line / 2, axis - unit, line)
        painter.drawText(
            label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(value)
        )
    slot = plot.width() / max(1, len(chart.categories))
    for index, category in enumerate(chart.categories):
        right = plot.right() - index * slot  # right to left: the first category on the right
        bar = QRectF(right - slot * 0.8, 0, slot * 0.6, 0)
        bottom = plot.bottom()
        for number, (_name, counts) in enumerate(chart.series):
            height = plot.height() * counts[index] / ceiling
            if height > 0:
                painter.fillRect(
                    QRectF(bar.left(), bottom - height, bar.width(), height),
                    QColor(COLOURS[number % len(COLOURS)]),
                )
            bottom -= height
        painter.setPen(ink)
        if totals[index]:
            over = QRectF(right - slot, bottom - line, slot, line)
            painter.drawText(over, Qt.AlignmentFlag.AlignCenter, str(totals[index]))
        under = QRectF(right - slot, plot.bottom() + 0.5 * unit, slot, 2 * line)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(under, flags, category)
    painter.setPen(QPen(ink, 0.3 * unit))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    painter.restore()


def _legend(painter: QPainter, rect: QRectF, chart: Chart, unit: float, top: float) -> float:
    """The series' names with their colours, right to left, on as many lines as needed;
    returns where the legend ends."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    line = metrics.height()
    swatch = 3 * unit
    x, y = rect.right() - 2 * unit, top
    for number, (name, _counts) in enumerate(chart.series):
        width = swatch + unit + metrics.horizontalAdvance(name) + 4 * unit
        if x - width < rect.left() and x < rect.right() - 2 * unit:
            x, y = rect.right() - 2 * unit, y + line
        colour = QColor(COLOURS[number % len(COLOURS)])
        painter.fillRect(QRectF(x - swatch, y + (line - swatch) / 2, swatch, swatch), colour)
        painter.setPen(QColor("#222222"))
        label = QRectF(x - width + 4 * unit, y, width - swatch - 5 * unit, line)
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, name)
        x -= width
    return y + line


CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1


class ChartObjects(QPyTextObject):
    """The charts of one QTextDocument, drawn as vectors wherever the document is drawn (the
    preview, the printer, the Qt PDF): each is an object character of ``CHART_OBJECT``."""

    def __init__(self, document: QTextDocument, family: str) -> None:
        super().__init__(document)  # lives as long as its document
        self.document, self.family = document, family
        self.charts: list[Chart] = []

    def register(self) -> None:
        """Given to the document's layout once the document is built: a layout asked for
        earlier would lay the document out again after each insertion (20 ms a table cell)."""
        self.document.documentLayout().registerHandler(CHART_OBJECT, self)

    def format_of(self, chart: Chart) -> QTextCharFormat:
        self.charts.append(chart)
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_INDEX, len(self.charts) - 1)
        return fmt

    def intrinsicSize(self, document, position, fmt) -> QSizeF:
        device = document.documentLayout().paintDevice()
        dpi = device.logicalDpiX() if device is not None else 96
        return QSizeF(WIDTH_MM / 25.4 * dpi, HEIGHT_MM / 25.4 * dpi)

    def drawObject(self, painter, rect, document, position, fmt) -> None:
        index = fmt.property(CHART_INDEX)
        if isinstance(index, int) and 0 <= index < len(self.charts):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            draw_chart(painter, rect, self.charts[index], self.family)
            painter.restore()
