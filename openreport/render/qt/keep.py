"""Pages that read as the DOCX's do: what must not end a page, or be cut by one, moves on.

Qt's text layout knows page breaks but not Word's keep-with-next, keep-lines-together or
widow and orphan control. The document's blocks carry the look's wishes as properties
(:data:`KEEP_NEXT`, :data:`KEEP_LINES`); once laid out, :func:`keep_together` finds the first
block that breaks one and makes the page break before it (or before the start of its chain of
kept blocks), then looks again, until the pages are right or nothing more can be moved.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

from openreport.compose import look

KEEP_NEXT = QTextFormat.Property.UserProperty + 1  # on the page of the block after it
KEEP_LINES = QTextFormat.Property.UserProperty + 2  # its lines on one page
SHORT = 4  # a paragraph of up to this many lines moves whole rather than leave a lone line
MAX_MOVES = 400


def _pages(document: QTextDocument, block: QTextBlock, height: float) -> list[int]:
    """The page of each line of ``block`` (the one that holds the line's middle); for a block
    in a table, the page where the table starts (a cell's rectangle is the cell's own)."""
    table = QTextCursor(block).currentTable()
    if table is not None:
        top = document.documentLayout().frameBoundingRect(table).top()
        return [int(top // height)]
    rect = document.documentLayout().blockBoundingRect(block)
    lines = block.layout()
    if not lines.lineCount():
        return [int((rect.top() + rect.height() / 2) // height)]
    return [
        int((rect.top() + line.y() + line.height() / 2) // height)
        for line in (lines.lineAt(i) for i in range(lines.lineCount()))
    ]


def _cut_table(document: QTextDocument, block: QTextBlock, height: float) -> bool:
    """Whether ``block`` opens a short table (the look keeps up to ``keep_together_rows`` rows
    on one page, as the DOCX does) that a page edge cuts."""
    table = QTextCursor(block).currentTable()
    if table is None or table.cellAt(0, 0).firstCursorPosition().block() != block:
        return False
    if table.rows() > look.TABLE.keep_together_rows:
        return False
    frame = document.documentLayout().frameBoundingRect(table)
    return int(frame.top() // height) != int((frame.bottom() - 1) // height)


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def _keeps(block: QTextBlock, what: int) -> bool:
    return bool(block.blockFormat().property(what)) and not _in_table(block)


def _lone_line(pages: list[int]) -> bool:
    """A paragraph cut by a page with one line alone on either side of the cut (and short
    enough to move whole), or a heading-like block cut at all."""
    if len(set(pages)) < 2:
        return False
    first, last = pages.count(pages[0]), pages.count(pages[-1])
    return len(pages) <= SHORT and (first == 1 or last == 1)


def _first_fault(
    document: QTextDocument, height: float, tried: set[int], block: QTextBlock
) -> QTextBlock | None:
    """From ``block`` on, the block before which a page break would mend the first fault not
    tried yet."""
    chain_start = None
    while block.isValid():
        following = block.next()
        pages = _pages(document, block, height)
        start = chain_start if chain_start is not None else block
        cut = len(set(pages)) > 1
        if cut and (_keeps(block, KEEP_LINES) or (not _in_table(block) and _lone_line(pages))):
            fault = start
        elif _cut_table(document, block, height):
            fault = chain_start if chain_start is not None else block
        elif _keeps(block, KEEP_NEXT) and following.isValid():
            after = _pages(document, following, height)
            fault = start if after[0] != pages[-1] else None
        else:
            fault = None
        if fault is not None and fault.blockNumber() not in tried and fault.blockNumber() > 0:
            return fault
        chain_start = start if _keeps(block, KEEP_NEXT) else None
        block = following
    return None


def keep_together(document: QTextDocument, height: float) -> int:
    """Move blocks to the next page until none breaks the keep rules; return the moves."""
    tried: set[int] = set()
    # Qt lays a long document out lazily: asking where a block is before the whole layout is
    # done leaves it half done (and the pages short). The page count finishes it.
    document.pageCount()
    block = document.begin()
    for moves in range(MAX_MOVES):
        # a move changes nothing before the block moved: the search goes on from there
        block = _first_fault(document, height, tried, block)
        if block is None:
            return moves
        tried.add(block.blockNumber())
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        document.pageCount()
    return MAX_MOVES
