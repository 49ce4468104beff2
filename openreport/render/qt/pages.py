"""The pages of a Qt-rendered report: A4 from the look, the page words, the draft mark.

Lays a QTextDocument out on pages of a paint device (printer, PDF writer, preview image) and
draws them one by one, with the document's «الصفحة X من Y» in the bottom margin and, on
drafts, its draft word in the top margin, where the DOCX has its footer and header.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
    QTextOption,
)

from openreport.compose import look
from openreport.compose.document import Document
from openreport.compose.look import Part
from openreport.render.qt.keep import keep_together
from openreport.render.qt.units import ALIGN, POINTS_PER_MM, layout_direction, px

# The one resolution every page is laid out at (the Qt PDF's): Qt's text layout rounds to the
# paint device's pixels, so the preview laid out at 96 dpi and the printer's at 1200 dpi broke
# lines and pages elsewhere than the PDF (the demo's preview had 8 pages, its PDF 7). Each page
# is drawn from this layout, scaled to the device at hand.
LAYOUT_DPI = 300

# The rule under a paragraph (the title's); Qt draws every rule in one colour.
RULE = next((p.rule_below for p in look.PARAGRAPHS.values() if p.rule_below), None)


class PagePainter:
    """Lays a QTextDocument out on A4 pages of a paint device and draws them one by one."""

    def __init__(
        self,
        document: QTextDocument,
        composed: Document,
        family: str,
        sizes: look.Sizes | None = None,
    ) -> None:
        self.document = document
        self.composed = composed
        self.family = family
        self.sizes = sizes or look.DefaultSizes()
        # the device every page is laid out on: a PDF writer at LAYOUT_DPI that never paints
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.reference = QPdfWriter(self._buffer)
        self.reference.setResolution(LAYOUT_DPI)
        self.reference.setPageLayout(self.page_layout())
        area = self.page_layout().paintRectPixels(LAYOUT_DPI)
        self.width, self.body_height = area.width(), area.height()

    @staticmethod
    def page_layout() -> QPageLayout:
        """A4 with the look's margins; the start margin is on the right of a right-to-left page."""
        page = look.PAGE
        return QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(page.end_mm, page.top_mm, page.start_mm, page.bottom_mm),
            QPageLayout.Unit.Millimeter,
        )

    def layout(self) -> int:
        """Lay the text out in A4 pages at :data:`LAYOUT_DPI`; return the page count."""
        self.document.documentLayout().setPaintDevice(self.reference)
        self.document.setPageSize(QSizeF(self.width, self.body_height))
        keep_together(self.document, self.body_height)
        count = self.document.pageCount()
        self._measure()
        return count

    def _measure(self) -> None:
        """Each paragraph's extent, in order: from its rectangle's top to the bottom of its
        last line (a line that Qt moves to the next page lies outside the rectangle)."""
        layout = self.document.documentLayout()
        self._extents: list[tuple[QTextBlock, QRectF]] = []
        block = self.document.begin()
        while block.isValid():
            if QTextCursor(block).currentTable() is None:
                rect = layout.blockBoundingRect(block)
                lines = block.layout()
                bottom = rect.bottom()
                if lines.lineCount():
                    last = lines.lineAt(lines.lineCount() - 1)
                    bottom = max(bottom, rect.top() + last.y() + last.height())
                extent = QRectF(rect.left(), rect.top(), rect.width(), bottom - rect.top())
                self._extents.append((block, extent))
            block = block.next()
        self._tops = [extent.top() for _, extent in self._extents]

    def _straddling(self, y: float) -> list:
        """The paragraphs cut by the page edge at ``y``, each with its extent."""
        found = []
        index = bisect.bisect_left(self._tops, y)
        for block, extent in self._extents[max(0, index - 3) : index]:
            if extent.top() < y < extent.bottom():
                found.append((block, extent))
        return found

    def draw_page(
        self, painter: QPainter, number: int, count: int, width: float, body_height: float
    ) -> None:
        """Draw page ``number`` with the painter's origin at the top of the text area.

        Qt draws every paragraph that touches the page whole (the clip only hides the rest),
        so the text of a paragraph cut by a page edge would be in the PDF twice. Such a
        paragraph is left out of the page's drawing and its lines on this page drawn one by one.
        """
        top, bottom = (number - 1) * body_height, number * body_height
        # a block that starts exactly at the next page's top (one moved there by a page
        # break) touches this page's bottom edge: Qt would draw it here too, out of sight
        clip_top, clip_bottom = top, bottom - 0.5
        cut = self._straddling(top) + self._straddling(bottom)
        for _block, rect in cut:
            if rect.top() < top:
                clip_top = max(clip_top, rect.bottom() + 0.5)
            if rect.bottom() > bottom:
                clip_bottom = min(clip_bottom, rect.top() - 0.5)
        painter.save()
        painter.translate(0, -top)
        painter.setClipRect(QRectF(0, top, width, body_height))
        if clip_bottom > clip_top:
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, clip_top, width, clip_bottom - clip_top)
            context.palette.setColor(QPalette.ColorRole.Text, QColor(f"#{look.TEXT_COLOR}"))
            if RULE is not None:  # Qt draws a block's rule in this colour
                for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Dark):
                    context.palette.setColor(role, QColor(f"#{RULE.color}"))
            self.document.documentLayout().draw(painter, context)
        for block, rect in cut:
            layout = block.layout()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                # Each line on one page only: the one that holds its middle. A line that Qt
                # moved to the next page may start a fraction of a pixel above that page.
                middle = rect.top() + line.y() + line.height() / 2
                if top <= middle < bottom:
                    line.draw(painter, rect.topLeft())
                    if index == 0:
                        _draw_list_marker(painter, self.reference, block, rect, line)
        painter.restore()
        self.footer(painter, number, count, width, body_height)
        if self.composed.draft:
            self.draft_mark(painter, width)

    def paint(
        self,
        device: QPagedPaintDevice,
        painter: QPainter | None = None,
        pages: set[int] | None = None,
    ) -> int:
        """Draw every page (or the 1-based ``pages``) on ``device``; return the page count."""
        own = painter is None
        painter = painter or QPainter(device)
        count = self.layout()
        scale = device.resolution() / LAYOUT_DPI
        first = True
        for number in range(1, count + 1):
            if pages and number not in pages:
                continue
            if not first:
                device.newPage()
            first = False
            painter.save()
            painter.scale(scale, scale)
            self.draw_page(painter, number, count, self.width, self.body_height)
            painter.restore()
        if own:
            painter.end()
        return count

    def images(self, dpi: int = 96, limit: int | None = None) -> list[QImage]:
        """The pages as pictures (for the on-screen preview), white A4 with the margins."""
        layout = self.page_layout()
        full = layout.fullRectPixels(dpi)
        paint = layout.paintRectPixels(dpi)
        count = self.layout()
        images = []
        for number in range(1, min(count, limit or count) + 1):
            image = _image(full.width(), full.height(), dpi)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.translate(paint.left(), paint.top())
            painter.scale(dpi / LAYOUT_DPI, dpi / LAYOUT_DPI)
            self.draw_page(painter, number, count, self.width, self.body_height)
            painter.end()
            images.append(image)
        return images

    def margin_format(self, part: Part) -> QTextCharFormat:
        """The face, size, weight and colour of the page words or the draft mark."""
        paragraph = look.PARAGRAPHS[part]
        fmt = QTextCharFormat()
        fmt.setFontFamilies([self.family])
        fmt.setFontPointSize(paragraph.size.points(self.sizes))
        fmt.setFontWeight(QFont.Weight.Bold if paragraph.bold else QFont.Weight.Normal)
        fmt.setFontItalic(paragraph.italic)
        if paragraph.color:
            fmt.setForeground(QBrush(QColor(f"#{paragraph.color}")))
        return fmt

    def margin_block(self, part: Part) -> QTextBlockFormat:
        """The alignment, direction and spacing of the page words or the draft mark."""
        paragraph = look.PARAGRAPHS[part]
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(layout_direction(self.composed))
        fmt.setAlignment(ALIGN[paragraph.align])
        fmt.setTopMargin(px(paragraph.before))
        fmt.setBottomMargin(px(paragraph.after))
        proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        fmt.setLineHeight(paragraph.line_spacing * 100, proportional)  # one line: no effect
        return fmt

    def _margin_text(self, painter: QPainter, part: Part, text: str, width: float, where) -> None:
        """One line of ``part``'s look across ``width``; ``where(height)`` gives the
        top of the line from its height (QPainter ignores vertical alignment with a text
        option, so the line is placed by its metrics)."""
        fmt = self.margin_format(part)
        font = fmt.font()
        painter.setFont(_scaled_with_the_page(font, painter))
        colored = fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
        painter.setPen(fmt.foreground().color() if colored else QColor(f"#{look.TEXT_COLOR}"))
        height = QFontMetricsF(font, self.reference).height()
        block = self.margin_block(part)
        option = QTextOption(block.alignment())
        option.setTextDirection(block.layoutDirection())
        painter.drawText(QRectF(0, where(height), width, height), text, option)

    def footer(
        self, painter: QPainter, number: int, count: int, width: float, body_height: float
    ) -> None:
        """The page words, the foot of their line ``footer_pt`` above the bottom edge, where
        the DOCX footer ends."""
        mm = LAYOUT_DPI / 25.4
        foot = body_height + (look.PAGE.bottom_mm - look.PAGE.footer_pt / POINTS_PER_MM) * mm
        words = self.composed.words
        text = f"{words.page} {number} {words.of} {count}"
        self._margin_text(painter, Part.FOOTER, text, width, lambda height: foot - height)

    def draft_mark(self, painter: QPainter, width: float) -> None:
        """The draft word in the middle of the top margin. The DOCX header starts
        ``header_pt`` from the top edge and Word moves the text down when its line does not
        fit above it; a painted page cannot move its text, so the mark stays in the margin."""
        mm = LAYOUT_DPI / 25.4
        middle = -look.PAGE.top_mm * mm / 2
        text = self.composed.words.draft
        self._margin_text(painter, Part.HEADER, text, width, lambda height: middle - height / 2)


def _draw_list_marker(painter: QPainter, layout_device, block: QTextBlock, rect: QRectF, line):
    """The «5-» or the bullet of a list item drawn line by line, where Qt's own drawing puts it
    (QTextDocumentLayout's drawListItem): a space's width before the first line's text, on
    its right in a right-to-left paragraph, in the paragraph's character format; a bullet is
    a disc (or a circle) a third of a line across, centred on the line."""
    text_list = block.textList()
    if text_list is None:
        return
    style = text_list.format().style()
    bullet = style in (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle)
    marker = "" if bullet else text_list.itemText(block)
    font = QFont(block.charFormat().font(), layout_device)  # measured as Qt does, on the page
    metrics = QFontMetricsF(font)
    width = metrics.lineSpacing() / 3 if bullet else metrics.horizontalAdvance(marker)
    text = line.naturalTextRect()
    space = metrics.horizontalAdvance(" ")
    if block.textDirection() == Qt.LayoutDirection.RightToLeft:
        x = rect.left() + text.right() + space
    else:
        x = rect.left() + text.left() - space - width
    painter.save()
    painter.setPen(QColor(f"#{look.TEXT_COLOR}"))
    if bullet:
        top = rect.top() + line.y() + (metrics.height() - width) / 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if style == QTextListFormat.Style.ListDisc:
            painter.setBrush(painter.pen().color())
        painter.drawEllipse(QRectF(x, top, width, width))
    else:
        painter.setFont(_scaled_with_the_page(font, painter))
        painter.setLayoutDirection(block.textDirection())  # «5-» reads from the right, as Qt's
        painter.drawText(QPointF(x, rect.top() + line.y() + line.ascent()), marker)
    painter.restore()


def _scaled_with_the_page(font: QFont, painter: QPainter) -> QFont:
    """``font`` for a painter scaled from the layout's pixels to its device's: QPainter sizes a
    font for its device, and the scale would shrink it again."""
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * LAYOUT_DPI / painter.device().logicalDpiY())
    return scaled


def _image(width: int, height: int, dpi: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor("white"))
    return image
