"""The Qt route's pages read as the DOCX's: right-to-left tables and numbers, headings and
leads kept with what follows (render/qt/keep.py), read back from the PDF with pdftotext."""

import re
import unicodedata

from openreport.render.pdf import export_pdf
from tests.unit.render.test_pdf import tool


def _layout_lines(pdf) -> list[str]:
    """The PDF's lines as pdftotext -layout places them: each at its place on the page, so
    that what is further right on the page is further right in the line."""
    text = unicodedata.normalize("NFKC", tool("pdftotext", "-layout", str(pdf), "-"))
    return [
        re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", line) for line in text.split("\n")
    ]


def test_qt_tables_put_their_first_column_on_the_right(tmp_path):
    # Qt lays a table's columns out left to right whatever its direction; the columns of a
    # right-to-left table start at the right, as in the DOCX.
    from openreport.compose import compose
    from openreport.compose.document import Table
    from openreport.demo import demo_profile, example_profile, example_reports

    checked = 0
    for number, report in enumerate(example_reports()):
        profile = example_profile(report) or demo_profile()
        tables = [b for b in compose(report, profile).blocks if isinstance(b, Table)]
        if not tables:
            continue
        pdf = export_pdf(report, profile, tmp_path / f"t{number}.pdf", route="qt").path
        lines = _layout_lines(pdf)
        for table in tables:
            header = [cell for cell in table.header if cell]
            (line,) = [line for line in lines if all(cell in line for cell in header)][:1]
            places = [line.index(cell) for cell in header]
            assert places == sorted(places, reverse=True), (header, line)
            checked += 1
    assert checked >= 1


def test_qt_numbered_lists_read_number_then_dash_from_the_right(tmp_path, demo, profile):
    # «1- ورشة…» read from the right: the number at the far right, then the dash. Qt drew
    # a number's suffix left to right, which put the dash at the far right («-1»).
    pdf = export_pdf(demo, profile, tmp_path / "n.pdf", route="qt").path
    lines = [line.strip() for line in _layout_lines(pdf)]
    markers = [m.group(1) for line in lines if (m := re.match(r"^(-?\d+-?)(?=\D)", line))]
    assert len([m for m in markers if re.fullmatch(r"-\d+", m)]) >= 3  # drawn: dash, number
    assert not [m for m in markers if re.fullmatch(r"\d+-", m)]


def _page_ends(pdf) -> list[str]:
    """The last line of text of each page but the last, above the page number."""
    pages = unicodedata.normalize("NFKC", tool("pdftotext", "-layout", str(pdf), "-")).split("\f")
    ends = []
    for page in pages[:-1]:
        lines = [
            re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", line).strip()
            for line in page.split("\n")
        ]
        lines = [
            line for line in lines if line and not re.fullmatch(r"الصفحة\s*\d+\s*من\s*\d+", line)
        ]
        if lines:
            ends.append(lines[-1])
    return ends


def test_qt_pages_end_neither_on_a_heading_nor_on_a_lead(tmp_path):
    # Qt knows no keep-with-next: «اليوم الثاني …» ended a page with its text on the next,
    # and «وتكونت منصة الورشة من:» was cut from its table (render/qt/keep.py mends both).
    from openreport.compose import compose
    from openreport.compose.document import Paragraph, Style
    from openreport.demo import demo_profile, demo_report, example_profile, example_reports

    headings = (Style.HEADING1, Style.HEADING2, Style.HEADING3, Style.TITLE, Style.SUBTITLE)
    checked = 0
    for number, report in enumerate([demo_report(), *example_reports()]):
        profile = example_profile(report) or demo_profile()
        composed = compose(report, profile)
        kept = {
            unicodedata.normalize("NFKC", block.text)
            for block in composed.blocks
            if isinstance(block, Paragraph) and block.style in headings
        }
        pdf = export_pdf(report, profile, tmp_path / f"k{number}.pdf", route="qt").path
        for end in _page_ends(pdf):
            assert end not in kept, end
            assert not end.endswith(":"), end
            checked += 1
    assert checked >= 10


def test_qt_headings_stay_with_their_text_wherever_the_page_ends(tmp_path, profile):
    # The same report with more and more lines before its programme: the headings and the
    # leads fall at every place of a page, and none may end one.
    import datetime as dt

    from openreport.compose import compose
    from openreport.compose.document import Paragraph, Style
    from openreport.model import Event, ItemKind, ProgrammeDay, ProgrammeItem, Report, Session

    words = "في إطار تتبع برنامج عمل الجماعة وتنزيل مشاريعه ذات الأولوية بالأحياء الناقصة التجهيز"
    checked = 0
    for lines in range(10, 34, 2):
        report = Report(
            event=Event(
                name="ملتقى", start_date=dt.date(2024, 11, 12), end_date=dt.date(2024, 11, 13)
            ),
            days=[
                ProgrammeDay(
                    dt.date(2024, 11, 12 + day),
                    [Session(items=[ProgrammeItem(ItemKind.PRESENTATION, title=words)])],
                )
                for day in range(2)
            ],
        )
        report.event.context = "\n".join([words] * lines)
        composed = compose(report, profile)
        kept = {
            unicodedata.normalize("NFKC", block.text)
            for block in composed.blocks
            if isinstance(block, Paragraph)
            and block.style in (Style.HEADING1, Style.HEADING2, Style.HEADING3)
        }
        pdf = export_pdf(report, profile, tmp_path / f"s{lines}.pdf", route="qt").path
        for end in _page_ends(pdf):
            assert end not in kept, (lines, end)
            checked += 1
    assert checked >= 6


def test_preview_printout_and_pdf_break_alike(tmp_path):
    # The preview was laid out at 96 dpi and broke the demo into 8 pages where its PDF had 7;
    # a printer at 1200 dpi broke elsewhere again. One layout now serves every device.
    from PySide6.QtGui import QPageLayout, QPdfWriter

    from openreport.compose import compose
    from openreport.demo import demo_profile, demo_report, example_profile, example_reports
    from openreport.render.qt.document import render_qt

    for number, report in enumerate([demo_report(), *example_reports()]):
        profile = example_profile(report) or demo_profile()
        composed = compose(report, profile)
        pdf = export_pdf(report, profile, tmp_path / f"b{number}.pdf", route="qt").path
        pages = len(_page_ends(pdf))
        _, painter = render_qt(composed, profile)
        assert len(painter.images(96)) == len(painter.images(48)) == pages, number
        printer = QPdfWriter(str(tmp_path / f"print{number}.pdf"))  # a printer's resolution
        printer.setResolution(1200)
        printer.setPageLayout(painter.page_layout())
        assert painter.paint(printer) == pages, number
        assert printer.pageLayout().orientation() == QPageLayout.Orientation.Portrait
