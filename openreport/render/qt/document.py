"""The Qt renderer of a composed document: preview, print and the PDF made without LibreOffice.

It draws the same composed document as the DOCX writer (the wording is decided once), as a
QTextDocument laid out on A4 pages, right to left, with the letterhead, the «الصفحة X من Y»
footer, the signature block and, on drafts, the «مسودة» mark.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextOption,
    QTextTableFormat,
)

from openreport.compose.document import (
    BulletList,
    Document,
    Letterhead,
    PageBreak,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    Style,
    Table,
)
from openreport.model import CommuneProfile

MM = 72 / 25.4  # points in a millimetre
# top, bottom, right (the binding side of a right-to-left report), left — as the DOCX template
MARGINS_MM = (20.0, 20.0, 25.0, 20.0)
FOOTER_MM = 10.0


@dataclass(frozen=True)
class Look:
    size: float
    bold: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading
    before: float = 0
    after: float = 6
    italic: bool = False


def looks(profile: CommuneProfile) -> dict[Style, Look]:
    body, heading, title = profile.body_size, profile.heading_size, profile.title_size
    return {
        Style.BODY: Look(body),
        Style.TITLE: Look(title, True, Qt.AlignmentFlag.AlignHCenter, 12, 6),
        Style.SUBTITLE: Look(max(body, heading - 1), True, Qt.AlignmentFlag.AlignHCenter, 0, 6),
        Style.HEADING1: Look(heading + 1, True, before=14),
        Style.HEADING2: Look(heading, True, before=10, after=4),
        Style.HEADING3: Look(max(body, heading - 1), True, before=8, after=4),
        Style.PLACE_DATE: Look(body, align=Qt.AlignmentFlag.AlignTrailing, before=6, after=12),
        Style.NOTE: Look(body - 1, italic=True),
    }


class QtDocumentRenderer:
    """Builds a QTextDocument from a composed document."""

    def __init__(self, profile: CommuneProfile, font_family: str | None = None) -> None:
        self.profile = profile
        self.family = font_family or profile.font_name
        self.looks = looks(profile)
        self.document = QTextDocument()
        self.document.setDocumentMargin(0)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.document.setDefaultTextOption(option)
        font = QFont(self.family)
        font.setPointSizeF(profile.body_size)
        self.document.setDefaultFont(font)
        self.cursor = QTextCursor(self.document)
        self.first = True

    def char_format(self, look: Look, run: Run | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies([self.family])
        fmt.setFontPointSize(look.size)
        bold = look.bold or (run is not None and run.bold)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(look.italic or (run is not None and run.italic))
        return fmt

    def block_format(self, look: Look) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        fmt.setAlignment(look.align)
        fmt.setTopMargin(look.before)
        fmt.setBottomMargin(look.after)
        return fmt

    def new_block(self, look: Look) -> None:
        if self.first:
            self.cursor.setBlockFormat(self.block_format(look))
            self.cursor.setBlockCharFormat(self.char_format(look))
            self.first = False
        else:
            self.cursor.insertBlock(self.block_format(look), self.char_format(look))

    def runs(self, runs: list[Run], look: Look, cursor: QTextCursor | None = None) -> None:
        cursor = cursor or self.cursor
        for run in runs:
            cursor.insertText(run.text, self.char_format(look, run))

    def render(self, composed: Document) -> QTextDocument:
        body = self.looks[Style.BODY]
        for block in composed.blocks:
            if isinstance(block, Paragraph):
                look = self.looks[block.style]
                self.new_block(look)
                self.runs(block.runs, look)
            elif isinstance(block, BulletList):
                self.bullets(block, body)
            elif isinstance(block, Table):
                self.table(block, body)
            elif isinstance(block, Letterhead):
                self.letterhead(block)
            elif isinstance(block, SignatureBlock):
                self.signature(block, body)
            elif isinstance(block, Picture):
                self.picture(block, body)
            elif isinstance(block, PageBreak):
                self.new_block(body)
                fmt = self.cursor.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                self.cursor.setBlockFormat(fmt)
        self.document.setMetaInformation(
            QTextDocument.MetaInformation.DocumentTitle, composed.title
        )
        return self.document

    def bullets(self, block: BulletList, look: Look) -> None:
        list_format = QTextListFormat()
        if block.numbered:
            list_format.setStyle(QTextListFormat.Style.ListDecimal)
            list_format.setNumberSuffix("-")
        else:
            list_format.setStyle(QTextListFormat.Style.ListDisc)
        list_format.setIndent(1)
        sub_format = QTextListFormat()
        sub_format.setStyle(QTextListFormat.Style.ListCircle)
        sub_format.setIndent(2)
        text_list = None
        compact = Look(look.size, after=3)
        for item in block.items:
            self.new_block(compact)
            if text_list is None:
                text_list = self.cursor.createList(list_format)
            else:
                text_list.add(self.cursor.block())
            self.runs(item.runs, compact)
            sub_list = None
            for child in item.children:
                self.new_block(compact)
                if sub_list is None:
                    sub_list = self.cursor.createList(sub_format)
                else:
                    sub_list.add(self.cursor.block())
                self.runs(child, compact)

    def table(self, block: Table, look: Look) -> None:
        self.new_block(look)
        fmt = QTextTableFormat()
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        fmt.setBorder(0.75)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setHeaderRowCount(1)
        rows = [block.header, *block.rows]
        table = self.cursor.insertTable(len(rows), len(block.header), fmt)
        cell_look = Look(look.size - 1)
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                cell_cursor = table.cellAt(r, c).firstCursorPosition()
                cell_cursor.setBlockFormat(self.block_format(Look(cell_look.size, after=0)))
                self.runs([Run(text, bold=r == 0)], cell_look, cell_cursor)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def letterhead(self, block: Letterhead) -> None:
        look = Look(self.profile.body_size - 1, True, after=0)
        for line in block.lines:
            self.new_block(look)
            self.runs([Run(line)], look)
        if block.logo:
            image = QImage()
            if image.loadFromData(block.logo):
                self.new_block(Look(look.size, align=Qt.AlignmentFlag.AlignHCenter))
                self.document.addResource(
                    QTextDocument.ResourceType.ImageResource, "openreport:logo", image
                )
                fmt = QTextImageFormat()
                fmt.setName("openreport:logo")
                fmt.setHeight(25 * MM)
                fmt.setWidth(25 * MM * image.width() / max(1, image.height()))
                self.cursor.insertImage(fmt)

    def picture(self, block: Picture, look: Look) -> None:
        image = QImage()
        if image.loadFromData(block.data):
            self.new_block(Look(look.size, align=Qt.AlignmentFlag.AlignHCenter))
            name = f"openreport:picture:{id(block)}"
            self.document.addResource(QTextDocument.ResourceType.ImageResource, name, image)
            fmt = QTextImageFormat()
            fmt.setName(name)
            width = 140 * MM
            fmt.setWidth(width)
            fmt.setHeight(width * image.height() / max(1, image.width()))
            self.cursor.insertImage(fmt)
        if block.caption:
            caption = Look(look.size - 1, italic=True, align=Qt.AlignmentFlag.AlignHCenter)
            self.new_block(caption)
            self.runs([Run(block.caption)], caption)

    def signature(self, block: SignatureBlock, look: Look) -> None:
        self.new_block(Look(look.size, after=12))
        end = Qt.AlignmentFlag.AlignTrailing
        if block.function:
            self.new_block(Look(look.size, True, end, after=0))
            self.runs([Run(block.function)], look)
        if block.name:
            self.new_block(Look(look.size, align=end, after=0))
            self.runs([Run(block.name)], look)


class PagePainter:
    """Lays a QTextDocument out on A4 pages of a paint device and draws them one by one."""

    def __init__(self, document: QTextDocument, composed: Document, family: str) -> None:
        self.document = document
        self.composed = composed
        self.family = family

    @staticmethod
    def page_layout() -> QPageLayout:
        top, bottom, right, left = MARGINS_MM
        return QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(left, top, right, bottom),
            QPageLayout.Unit.Millimeter,
        )

    def layout(self, device, width: float, body_height: float) -> int:
        """Lay the text out in pages of ``width`` × ``body_height`` device pixels."""
        self.document.documentLayout().setPaintDevice(device)
        self.document.setPageSize(QSizeF(width, body_height))
        return self.document.pageCount()

    def _straddling(self, y: float, width: float):
        """The paragraph cut by the page edge at ``y`` (and its rectangle), if any."""
        layout = self.document.documentLayout()
        position = layout.hitTest(QPointF(width / 2, y), Qt.HitTestAccuracy.FuzzyHit)
        if position < 0:
            return None
        block = self.document.findBlock(position)
        if not block.isValid() or QTextCursor(block).currentTable() is not None:
            return None
        rect = layout.blockBoundingRect(block)
        return (block, rect) if rect.top() < y < rect.bottom() else None

    def draw_page(
        self,
        painter: QPainter,
        number: int,
        count: int,
        width: float,
        body_height: float,
        footer: float,
    ) -> None:
        """Draw page ``number`` with the painter's origin at the top of the text area.

        Qt draws every paragraph that touches the page whole (the clip only hides the rest),
        so the text of a paragraph cut by a page edge would be in the PDF twice. Such a
        paragraph is left out of the page's drawing and its lines on this page drawn one by one.
        """
        top, bottom = (number - 1) * body_height, number * body_height
        clip_top, clip_bottom = top, bottom
        cut = [
            found
            for found in (self._straddling(top, width), self._straddling(bottom, width))
            if found is not None
        ]
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
            context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
            self.document.documentLayout().draw(painter, context)
        for block, rect in cut:
            layout = block.layout()
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                line_top = rect.top() + line.y()
                if line_top >= top - 0.5 and line_top + line.height() <= bottom + 0.5:
                    line.draw(painter, rect.topLeft())
        painter.restore()
        self.footer(painter, number, count, width, body_height, footer)
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
        rect = device.pageLayout().paintRectPixels(device.resolution())
        footer = FOOTER_MM * device.logicalDpiY() / 25.4
        body_height = rect.height() - footer
        count = self.layout(device, rect.width(), body_height)
        first = True
        for number in range(1, count + 1):
            if pages and number not in pages:
                continue
            if not first:
                device.newPage()
            first = False
            self.draw_page(painter, number, count, rect.width(), body_height, footer)
        if own:
            painter.end()
        return count

    def images(self, dpi: int = 96, limit: int | None = None) -> list[QImage]:
        """The pages as pictures (for the on-screen preview), white A4 with the margins."""
        layout = self.page_layout()
        full = layout.fullRectPixels(dpi)
        paint = layout.paintRectPixels(dpi)
        footer = FOOTER_MM * dpi / 25.4
        body_height = paint.height() - footer
        probe = _image(full.width(), full.height(), dpi)
        count = self.layout(probe, paint.width(), body_height)
        images = []
        for number in range(1, min(count, limit or count) + 1):
            image = _image(full.width(), full.height(), dpi)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.translate(paint.left(), paint.top())
            self.draw_page(painter, number, count, paint.width(), body_height, footer)
            painter.end()
            images.append(image)
        return images

    def footer(
        self, painter: QPainter, number: int, count: int, width: float, top: float, height: float
    ) -> None:
        font = QFont(self.family)
        font.setPointSizeF(11)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        painter.drawText(QRectF(0, top, width, height), f"الصفحة {number} من {count}", option)

    def draft_mark(self, painter: QPainter, width: float) -> None:
        font = QFont(self.family)
        font.setPointSizeF(16)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(160, 160, 160))
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        mm = painter.device().logicalDpiY() / 25.4
        # in the top margin, above the text
        painter.drawText(QRectF(0, -14 * mm, width, 12 * mm), "مسودة", option)


def _image(width: int, height: int, dpi: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(QColor("white"))
    return image


def render_qt(composed: Document, profile: CommuneProfile, font_family: str | None = None):
    """A QTextDocument and its page painter for a composed report."""
    renderer = QtDocumentRenderer(profile, font_family)
    document = renderer.render(composed)
    return document, PagePainter(document, composed, renderer.family)
