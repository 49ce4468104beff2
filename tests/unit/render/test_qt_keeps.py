"""What the Qt pages keep together, as the DOCX does: a short table on one page, the signature
with what ends the report, a list item's marker with the item on whichever page it starts."""

from __future__ import annotations

import pytest

from openreport.compose import compose
from openreport.demo import demo_profile, demo_report, example_profile, example_reports
from openreport.model import Report


@pytest.fixture(scope="module")
def qt():
    from openreport.render.qt.pdf import ensure_gui_application

    return ensure_gui_application()


def _laid_out(report: Report, profile):
    from openreport.render.qt.document import render_qt

    document, pages = render_qt(compose(report, profile), profile)
    pages.layout()
    return document, pages


def _tables(document):
    from PySide6.QtGui import QTextTable

    return [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _growing(lines: int) -> Report:
    """The demo, whose workshop panel is a table of six rows, with ``lines`` lines added to its
    context: the table falls at another place of its page each time."""
    report = demo_report()
    report.event.context += "\n" + "\n".join(["في إطار تتبع برنامج عمل الجماعة"] * lines)
    return report


def test_a_short_table_is_never_cut_by_a_page(qt):
    profile = demo_profile()
    cut_before = 0
    for lines in range(0, 36, 3):
        document, pages = _laid_out(_growing(lines), profile)
        layout = document.documentLayout()
        for table in _tables(document):
            frame = layout.frameBoundingRect(table)
            top, bottom = (
                frame.top() // pages.body_height,
                (frame.bottom() - 1) // pages.body_height,
            )
            assert top == bottom, (lines, table.rows())
            cut_before += frame.top() % pages.body_height > pages.body_height / 2
    assert cut_before  # some tables sat low on a page: the rule was put to the test


def _last_page_texts(document, pages) -> list[str]:
    layout = document.documentLayout()
    last = document.pageCount() - 1
    texts = []
    block = document.begin()
    while block.isValid():
        if (
            block.text().strip()
            and layout.blockBoundingRect(block).top() // pages.body_height == last
        ):
            texts.append(block.text())
        block = block.next()
    return texts


@pytest.mark.parametrize("number", range(5))
def test_the_signature_never_stands_alone_on_the_last_page(qt, number):
    report = [demo_report(), *example_reports()][number]
    profile = example_profile(report) or demo_profile()
    document, pages = _laid_out(report, profile)
    signature = report.closing.signature
    own = {signature.signer.name, signature.function}
    texts = _last_page_texts(document, pages)
    assert any(t not in own and not t.startswith("حرر") for t in texts), texts


def _straddling_bullet(pages):
    """A bullet item cut by a page edge whose first line opens the next page: Qt's own list
    drawing leaves it out, so the page draws its lines and its disc itself."""
    from PySide6.QtGui import QTextListFormat

    for edge in range(1, pages.document.pageCount()):
        top = edge * pages.body_height
        for block, rect in pages._straddling(top):
            listed = block.textList()
            line = block.layout().lineAt(0)
            if (
                listed is not None
                and listed.format().style() == QTextListFormat.Style.ListDisc
                and rect.top() + line.y() + line.height() / 2 >= top
            ):
                return edge + 1, block, rect, line
    return None


def test_a_bullet_that_opens_a_page_keeps_its_disc(qt):
    from PySide6.QtGui import QColor

    from openreport.render.qt.pages import LAYOUT_DPI

    profile = demo_profile()
    for lines in range(0, 60):
        _document, pages = _laid_out(_growing(lines), profile)
        found = _straddling_bullet(pages)
        if found:
            break
    else:
        pytest.fail("no bullet item opened a page: the case was not reached")
    number, block, rect, line = found
    dpi = 96
    image = pages.images(dpi, limit=number)[number - 1]
    area = pages.page_layout().paintRectPixels(dpi)
    scale = dpi / LAYOUT_DPI
    text = line.naturalTextRect()
    x0 = area.left() + (rect.left() + text.right()) * scale
    y = (
        area.top()
        + (rect.top() + line.y() + line.height() / 2 - (number - 1) * pages.body_height) * scale
    )
    dark = [
        image.pixelColor(int(x), int(y + dy)).lightness() < 128
        for x in range(int(x0), int(x0 + 25))
        for dy in (-2, -1, 0, 1, 2)
    ]
    assert any(dark), (lines, block.text()[:40])
    assert QColor(image.pixelColor(int(x0 + 60), int(y))).lightness() > 200  # white beyond it
