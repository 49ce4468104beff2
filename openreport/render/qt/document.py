"""The Qt renderer of a composed document: preview, print and the PDF made without LibreOffice.

It draws the same composed document as the DOCX writer (the wording is decided once) with the
same look (compose/look.py), as a QTextDocument in the document's direction; pages.py lays it
out on A4 pages with the page words and the draft mark.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QImageReader,
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

from openreport.compose import look
from openreport.compose.document import (
    BulletList,
    Chart,
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
from openreport.compose.look import Align, ParagraphLook, Part
from openreport.images import IMAGE_UNPRINTABLE, MAX_IMAGE_PIXELS
from openreport.model import Attachment, CommuneProfile
from openreport.render.qt.charts import ChartObjects
from openreport.render.qt.fonts import page_face
from openreport.render.qt.keep import KEEP_LINES, KEEP_NEXT
from openreport.render.qt.pages import PagePainter
from openreport.render.qt.units import ALIGN, layout_direction, mm_px, px

__all__ = ["PagePainter", "QtDocumentRenderer", "render_qt"]

# A photo is decoded no larger than its printed size at this resolution: 64 large photos decoded
# whole would take gigabytes (12 megapixels are 48 MB each).
PRINT_DPI = 150

LIST_STYLES = {
    "disc": QTextListFormat.Style.ListDisc,
    "circle": QTextListFormat.Style.ListCircle,
    "decimal": QTextListFormat.Style.ListDecimal,
}


class QtDocumentRenderer:
    """Builds a QTextDocument from a composed document."""

    def __init__(self, profile: CommuneProfile, font_family: str | None = None) -> None:
        self.profile = profile
        self.family = font_family or page_face(profile)
        self.direction = Qt.LayoutDirection.RightToLeft
        self.document = QTextDocument()
        self.document.setDocumentMargin(0)
        self.document.setIndentWidth(px(look.LIST_INDENT_STEP))
        font = QFont(self.family)
        font.setPointSizeF(look.size(Style.BODY, profile))
        self.document.setDefaultFont(font)
        self.cursor = QTextCursor(self.document)
        self.first = True
        self.previous: Style | Part | None = None  # the style of the last paragraph
        self.charts: ChartObjects | None = None

    def char_format(self, paragraph: ParagraphLook, run: Run | None = None) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontFamilies([self.family])
        fmt.setFontPointSize(paragraph.size.points(self.profile))
        bold = paragraph.bold or (run is not None and run.bold)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(paragraph.italic or (run is not None and run.italic))
        if paragraph.color:
            fmt.setForeground(QBrush(QColor(f"#{paragraph.color}")))
        return fmt

    def block_format(self, paragraph: ParagraphLook, align: Align | None = None):
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(self.direction)
        fmt.setAlignment(ALIGN[align or paragraph.align])
        fmt.setTopMargin(px(paragraph.before))
        fmt.setBottomMargin(px(paragraph.after))
        proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        fmt.setLineHeight(paragraph.line_spacing * 100, proportional)
        if paragraph.indent_start:  # Qt's margins are left and right, whatever the direction
            if self.direction == Qt.LayoutDirection.RightToLeft:
                fmt.setRightMargin(px(paragraph.indent_start))
            else:
                fmt.setLeftMargin(px(paragraph.indent_start))
        if paragraph.keep_with_next:
            fmt.setProperty(KEEP_NEXT, True)
        if paragraph.keep_lines:
            fmt.setProperty(KEEP_LINES, True)
        if paragraph.rule_below:
            # drawn under the block by Qt, in the colour pages.py gives the palette's WindowText
            fmt.setBottomMargin(px(paragraph.after + paragraph.rule_below.space))
            fmt.setProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                QTextLength(QTextLength.Type.PercentageLength, 100),
            )
        return fmt

    def new_block(self, key: Style | Part, align: Align | None = None) -> ParagraphLook:
        """A new paragraph of style ``key`` at the end of the document; its look."""
        paragraph = look.PARAGRAPHS[key]
        block, char = self.block_format(paragraph, align), self.char_format(paragraph)
        if paragraph.contextual and key == self.previous:
            # no space between two paragraphs of this style, as Word's contextual spacing
            block.setTopMargin(0)
            before = self.cursor.blockFormat()
            before.setBottomMargin(0)
            self.cursor.setBlockFormat(before)
        self.previous = key
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(block, char)
        return paragraph

    def runs(
        self, runs: list[Run], paragraph: ParagraphLook, cursor: QTextCursor | None = None
    ) -> None:
        cursor = cursor or self.cursor
        for run in runs:
            cursor.insertText(run.text, self.char_format(paragraph, run))

    def render(self, composed: Document) -> QTextDocument:
        self.direction = layout_direction(composed)
        option = QTextOption()
        option.setTextDirection(self.direction)
        option.setAlignment(ALIGN[Align.START])
        self.document.setDefaultTextOption(option)
        previous = None
        for block in composed.blocks:
            if isinstance(block, BulletList | Table) and previous is not None:
                # «… هي:» stays on the page of what it introduces
                self.keep_with_next()
            elif isinstance(block, SignatureBlock) and not self.first:
                # the signature never stands alone on a page: what ends the report (a
                # paragraph, or a list's last item) goes with it
                self.keep_with_next()
            previous = block if isinstance(block, Paragraph) else None
            if isinstance(block, Paragraph):
                self.runs(block.runs, self.new_block(block.style))
                if block.leads:  # «مركز فرز النفايات المنزلية:» with what it introduces
                    self.keep_with_next()
            elif isinstance(block, BulletList):
                self.bullets(block)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Letterhead):
                self.letterhead(block)
            elif isinstance(block, SignatureBlock):
                self.signature(block)
            elif isinstance(block, Picture):
                self.picture(block)
            elif isinstance(block, Chart):
                self.chart(block)
            elif isinstance(block, PageBreak):
                self.new_block(Style.BODY)
                fmt = self.cursor.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                self.cursor.setBlockFormat(fmt)
        self.document.setMetaInformation(
            QTextDocument.MetaInformation.DocumentTitle, composed.title
        )
        return self.document

    def list_format(self, marker: look.Marker, level: int) -> QTextListFormat:
        fmt = QTextListFormat()
        fmt.setStyle(LIST_STYLES[marker.qt_style])
        if self.direction == Qt.LayoutDirection.RightToLeft:
            # Qt draws a number and its suffix left to right even in a right-to-left list, so
            # «1-» would read «-1» from the right: the mark goes before the number instead.
            fmt.setNumberPrefix(marker.suffix)
            fmt.setNumberSuffix("")
        else:
            fmt.setNumberSuffix(marker.suffix)
        fmt.setIndent(round(look.LIST_INDENTS[level] / look.LIST_INDENT_STEP))
        return fmt

    def bullets(self, block: BulletList) -> None:
        markers = look.NUMBERED if block.numbered else look.BULLETS
        formats = [self.list_format(marker, level) for level, marker in enumerate(markers)]
        text_list = None
        for item in block.items:
            paragraph = self.new_block(Part.LIST)
            if text_list is None:
                text_list = self.cursor.createList(formats[0])
            else:
                text_list.add(self.cursor.block())
            self.runs(item.runs, paragraph)
            sub_list = None
            for child in item.children:
                self.new_block(Part.LIST)
                if sub_list is None:
                    sub_list = self.cursor.createList(formats[1])
                else:
                    sub_list.add(self.cursor.block())
                self.runs(child, paragraph)

    def table(self, block: Table) -> None:
        self.new_block(Style.BODY)  # the block Qt puts the table after: kept with it
        self.keep_with_next()
        fmt = QTextTableFormat()
        fmt.setLayoutDirection(self.direction)
        fmt.setBorder(px(look.TABLE.border))
        fmt.setBorderBrush(QBrush(QColor(f"#{look.TABLE.border_color}")))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(0)  # the cell paragraph's own margins: air left and right only
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setHeaderRowCount(1)
        rows = [block.header, *block.rows]
        # columns sized by their content, as in the DOCX (look.column_shares)
        shares = look.column_shares(rows)
        if self.direction == Qt.LayoutDirection.RightToLeft:
            # Qt lays a table's columns out left to right whatever its direction: the first
            # column goes to the right by filling the columns from the last
            rows = [list(reversed(cells)) for cells in rows]
            shares.reverse()
        percent = QTextLength.Type.PercentageLength
        fmt.setColumnWidthConstraints([QTextLength(percent, 100 * share) for share in shares])
        table = self.cursor.insertTable(len(rows), len(block.header), fmt)
        cell_look = look.PARAGRAPHS[Part.TABLE_TEXT]
        cell_format = self.block_format(cell_look)
        cell_format.setLeftMargin(px(look.TABLE.padding_start_end))
        cell_format.setRightMargin(px(look.TABLE.padding_start_end))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                cell_cursor = table.cellAt(r, c).firstCursorPosition()
                cell_cursor.setBlockFormat(cell_format)
                cell_cursor.setBlockCharFormat(self.char_format(cell_look))
                header = r == 0 and look.TABLE.header_bold
                self.runs([Run(text, bold=header)], cell_look, cell_cursor)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def image(self, image: QImage, name: str, *, width: float = 0, height: float = 0) -> None:
        """A picture in the current block, ``width`` or ``height`` in pixels, the other kept
        in proportion."""
        self.document.addResource(QTextDocument.ResourceType.ImageResource, name, image)
        fmt = QTextImageFormat()
        fmt.setName(name)
        ratio = image.width() / max(1, image.height())
        fmt.setWidth(width or height * ratio)
        fmt.setHeight(height or width / max(ratio, 1e-6))
        self.cursor.insertImage(fmt)

    def keep_with_next(self) -> None:
        """The block at the cursor stays on the page of the one that follows."""
        fmt = self.cursor.blockFormat()
        fmt.setProperty(KEEP_NEXT, True)
        self.cursor.setBlockFormat(fmt)

    def letterhead(self, block: Letterhead) -> None:
        for line in block.lines:
            self.runs([Run(line)], self.new_block(Part.LETTERHEAD))
        logo = scaled_image(block.logo, 0, look.PICTURE.logo_height_mm)
        if not logo.isNull():
            self.new_block(Part.LETTERHEAD, Align.CENTER)
            self.image(logo, "openreport:logo", height=mm_px(look.PICTURE.logo_height_mm))

    def picture(self, block: Picture) -> None:
        image = scaled_image(block.data, look.PICTURE.width_mm, 0)
        paragraph = self.new_block(Style.BODY, Align.CENTER)
        if image.isNull():  # said, not silently left out
            self.runs([Run(IMAGE_UNPRINTABLE)], paragraph)
        else:
            name = f"openreport:picture:{id(block)}"
            self.image(image, name, width=mm_px(look.PICTURE.width_mm))
        if block.caption:
            caption = self.new_block(look.PICTURE.caption, Align.CENTER)
            self.runs([Run(block.caption)], caption)

    def chart(self, block: Chart) -> None:
        """The chart drawn as vectors where the document is drawn, its title under it."""
        if self.charts is None:
            self.charts = ChartObjects(self.document, self.family)
        self.new_block(Style.BODY, Align.CENTER)
        self.keep_with_next()
        self.cursor.insertText("\ufffc", self.charts.format_of(block))
        self.runs([Run(block.title)], self.new_block(look.PICTURE.caption, Align.CENTER))

    def signature(self, block: SignatureBlock) -> None:
        """A blank line, then «حرر ب… في …», the function, the room for the signature and the
        stamp, and the name, centred in the end half of the page and kept on one page."""
        lines: list[Run | None] = []  # None: a blank line
        lines += [None] * look.SIGNATURE.blank_lines
        if block.place_date:
            lines.append(Run(block.place_date))
        if block.function:
            lines.append(Run(block.function, bold=look.SIGNATURE.function_bold))
        if block.name:
            lines += [None] * look.SIGNATURE.room_lines
            lines.append(Run(block.name, bold=look.SIGNATURE.name_bold))
        for index, run in enumerate(lines):
            if index < look.SIGNATURE.blank_lines:
                self.new_block(Style.BODY)
            else:
                paragraph = self.new_block(Part.SIGNATURE)
                if run is not None:
                    self.runs([run], paragraph)
            if index < len(lines) - 1:
                self.keep_with_next()


def scaled_image(source: bytes | Attachment | None, width_mm: float, height_mm: float) -> QImage:
    """The image decoded at its printed size (``width_mm`` or ``height_mm``, the other in
    proportion) at :data:`PRINT_DPI`; a null image when it cannot be read or is too large."""
    try:
        data = source.data if isinstance(source, Attachment) else source
    except LookupError:
        return QImage()
    if not data:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return QImage()
    box = QSize(*(round(mm / 25.4 * PRINT_DPI) or 1 << 20 for mm in (width_mm, height_mm)))
    target = size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
    if target.width() < size.width():
        reader.setScaledSize(target)  # JPEG is decoded at the smaller size directly
    return reader.read()


def render_qt(composed: Document, profile: CommuneProfile, font_family: str | None = None):
    """A QTextDocument and its page painter for a composed report."""
    renderer = QtDocumentRenderer(profile, font_family)
    document = renderer.render(composed)
    if renderer.charts is not None:
        renderer.charts.register()
    return document, PagePainter(document, composed, renderer.family, profile)
