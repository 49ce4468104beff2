"""The DOCX renderer of a composed document: styles from the template, content by style name.

Right-to-left (``bidi``, ``rtl``, complex-script fonts) lives in the template's styles; this
module adds the content and what varies per report (fonts, sizes, draft mark, numbering).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import re
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.styles import BabelFish
from docx.text.paragraph import Paragraph as Paragraph_

from openreport.compose import compose, look
from openreport.compose.document import (
    BulletList,
    Document,
    Letterhead,
    PageBreak,
    PageWords,
    Paragraph,
    Picture,
    Run,
    SignatureBlock,
    Style,
    Table,
)
from openreport.compose.look import Part
from openreport.images import IMAGE_UNPRINTABLE, MAX_IMAGE_PIXELS, image_info
from openreport.model import Attachment, CommuneProfile, Report
from openreport.render.docx import ooxml
from openreport.render.docx.charts import Chart, write_chart
from openreport.render.docx.styles import (
    ALL_PARAGRAPH_STYLES,
    FOOTER,
    HEADER,
    JC,
    LETTERHEAD,
    LIST,
    SIGNATURE,
    STYLE_NAMES,
    TABLE_STYLE,
    TABLE_TEXT,
    column_widths,
    flush_start,
    twips,
    write_footer_words,
)
from openreport.render.docx.template import clean_template
from openreport.render.files import write_atomically
from openreport.resources import TEMPLATES

BUILTIN_TEMPLATE = TEMPLATES / "report.docx"

# A stretch of Latin text (words, with the spaces and punctuation between them) inside Arabic:
# written as a left-to-right run, as Word itself does when one types it.
_LATIN = re.compile(
    r"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f0-9'’.\-]|\s(?=[A-Za-z\u00c0-\u024f]))*"
)


def _load_template(profile: CommuneProfile):
    """The commune's own template if it has one that opens, else the built-in one; and which."""
    builtin = docx.Document(str(BUILTIN_TEMPLATE))
    path = profile.template_path.strip()
    if not path:
        return builtin, True
    try:
        # Checked and cleaned first: nothing in a template may reach outside the computer.
        document = docx.Document(io.BytesIO(clean_template(path)))
    except Exception:
        return builtin, True
    _copy_missing_styles(document, builtin)
    return document, False


def _copy_missing_styles(document, builtin) -> None:
    names = {style.name for style in document.styles}
    for name in (*ALL_PARAGRAPH_STYLES, TABLE_STYLE):
        if name not in names:
            document.styles.element.append(copy.deepcopy(builtin.styles[name].element))


def _styles(document) -> dict[str, object]:
    """The ``w:style`` elements by the names python-docx shows («Heading 1», not «heading 1»),
    read from the XML at once: python-docx scans every style on each lookup."""
    found = {}
    for element in document.styles.element.iterchildren(qn("w:style")):
        name = element.find(qn("w:name"))
        if name is not None and name.get(qn("w:val")):
            found[BabelFish.internal2ui(name.get(qn("w:val")))] = element
    return found


def _apply_profile(styles: dict, document, profile: CommuneProfile, language: str) -> None:
    """The profile's face and sizes, set on the styles (never on each run), by the look."""
    face = look.docx_face(profile.font_name)
    sizes = {
        paragraph.docx_name: paragraph.size.points(profile)
        for paragraph in look.PARAGRAPHS.values()
    }
    sizes[TABLE_STYLE] = look.size(Part.TABLE_TEXT, profile)
    for name, element in styles.items():
        if element.get(qn("w:type")) not in ("paragraph", "table"):
            continue
        if name not in sizes and element.find(qn("w:rPr")) is None:
            continue
        rpr = ooxml.properties(element, "rPr")
        ooxml.set_run_arabic(rpr, face, sizes.get(name), lang=language, rtl=False)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault"))
        if rpr is not None and rpr.find(qn("w:rPr")) is not None:
            body = look.size(Style.BODY, profile)
            ooxml.set_run_arabic(rpr.find(qn("w:rPr")), face, body, lang=language, rtl=False)


def _left_to_right(document) -> None:
    """A left-to-right document (the template is right to left): no bidi paragraph or run."""
    for tag in ("bidi", "rtl"):
        for element in document.styles.element.iter(qn(f"w:{tag}")):
            element.set(qn("w:val"), "0")
    for section in document.sections:
        ooxml.remove_child(section._sectPr, "bidi")


def _clear_body(document) -> None:
    body = document.element.body
    for element in list(body):
        if element.tag != qn("w:sectPr"):
            body.remove(element)


class DocxRenderer:
    def __init__(self, profile: CommuneProfile) -> None:
        self.profile = profile
        self.document, self.builtin = _load_template(profile)
        _clear_body(self.document)
        self.numbering = None
        self.last_list_id = 0
        self.styles = _styles(self.document)
        self.style_ids = {
            name: element.get(qn("w:styleId")) for name, element in self.styles.items()
        }
        self.sectpr = self.document.element.body.find(qn("w:sectPr"))

    def render(self, composed: Document):
        _apply_profile(self.styles, self.document, self.profile, composed.language)
        if composed.direction == "ltr":
            _left_to_right(self.document)
        previous = None
        draw = {
            BulletList: self.bullets,
            Table: self.table,
            Letterhead: self.letterhead,
            SignatureBlock: self.signature,
            Picture: self.picture,
            PageBreak: lambda _block: self.page_break(),
            Chart: lambda block: write_chart(self, block),
        }
        for block in composed.blocks:
            kept = None
            if isinstance(block, BulletList | Table):
                kept = previous  # «… هي:» stays on the page of the list or table it introduces
            elif isinstance(block, SignatureBlock):
                # never alone on a page: what ends the report (a paragraph, a list's last item)
                kept = (self.document.element.body.findall(qn("w:p")) or [None])[-1]
            if kept is not None:
                ooxml.child(ooxml.properties(kept, "pPr"), "keepNext", ooxml.PPR_ORDER)
            previous = None
            if isinstance(block, Paragraph):
                previous = self.paragraph(block.runs, STYLE_NAMES[block.style])
                if block.leads:  # «مركز فرز النفايات المنزلية:» with what it introduces
                    ooxml.child(ooxml.properties(previous, "pPr"), "keepNext", ooxml.PPR_ORDER)
            else:
                draw[type(block)](block)
        if self.builtin:
            # a commune's own template keeps its own footer
            self.footer_words(composed.words)
        if composed.direction != "ltr":
            for section in self.document.sections:
                ooxml.set_section_rtl(section._sectPr)
        if composed.draft:
            self.draft_mark(composed.words.draft)
        if composed.direction != "ltr":
            self.mark_rtl_runs()
        props = self.document.core_properties
        props.title = composed.title
        props.author = composed.author
        props.last_modified_by = composed.author
        props.language = composed.language
        props.comments = ""
        props.created = props.modified = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        return self.document

    def mark_rtl_runs(self) -> None:
        """``w:rtl`` on each Arabic run of the body, headers and footers (styles cannot hold it)."""
        ooxml.mark_rtl_runs(self.document.element.body)
        for section in self.document.sections:
            for part in (section.header, section.footer):
                if not part.is_linked_to_previous:
                    ooxml.mark_rtl_runs(part._element)

    def paragraph(self, runs: list[Run], style: str):
        """A new body paragraph (built as XML: python-docx's own path is quadratic here)."""
        element = OxmlElement("w:p")
        self.set_style(element, style)
        self.sectpr.addprevious(element)
        self.add_runs(element, runs)
        return element

    def set_style(self, paragraph_element, style: str) -> None:
        ppr = ooxml.properties(paragraph_element, "pPr")
        ooxml.child(ppr, "pStyle", ooxml.PPR_ORDER, val=self.style_ids[style])

    def add_runs(self, paragraph_element, runs: list[Run]) -> None:
        for run in runs:
            position = 0
            for match in _LATIN.finditer(run.text):
                if match.start() > position:
                    self.add_run(paragraph_element, run.text[position : match.start()], run)
                self.add_run(paragraph_element, match.group(), run, latin=True)
                position = match.end()
            if position < len(run.text):
                self.add_run(paragraph_element, run.text[position:], run)

    @staticmethod
    def add_run(paragraph_element, text: str, run: Run, *, latin: bool = False) -> None:
        element = ooxml.text_run(paragraph_element, text)
        if run.bold or run.italic or latin:
            rpr = OxmlElement("w:rPr")
            element.insert(0, rpr)
            if run.bold:
                ooxml.set_bold(rpr)
            if run.italic:
                ooxml.set_italic(rpr)
            if latin:
                ooxml.set_left_to_right(rpr)

    def bullets(self, block: BulletList) -> None:
        if self.numbering is None:
            self.numbering = self.document.part.numbering_part.element
            ooxml.ensure_list_definitions(
                self.numbering,
                [(m.docx_format, m.docx_text) for m in look.BULLETS],
                [(m.docx_format, m.docx_text) for m in look.NUMBERED],
                [twips(indent) for indent in look.LIST_INDENTS],
                twips(look.LIST_HANGING),
            )
            self.last_list_id = ooxml.last_list_id(self.numbering)
        self.last_list_id += 1
        num_id = ooxml.new_list(self.numbering, block.numbered, self.last_list_id)
        for item in block.items:
            paragraph = self.paragraph(item.runs, LIST)
            ooxml.set_numbering(ooxml.properties(paragraph, "pPr"), num_id, 0)
            for sub in item.children:
                paragraph = self.paragraph(sub, LIST)
                ooxml.set_numbering(ooxml.properties(paragraph, "pPr"), num_id, 1)

    def table(self, block: Table) -> None:
        table_rows = [block.header, *block.rows]
        table = self.document.add_table(rows=len(table_rows), cols=len(block.header))
        table.style = self.document.styles[TABLE_STYLE]
        ooxml.set_table_rtl(ooxml.properties(table._tbl, "tblPr"))
        widths = column_widths(table, table_rows)
        for row_index, (row, cells) in enumerate(zip(table.rows, table_rows, strict=True)):
            for cell, text, cell_width in zip(row.cells, cells, widths, strict=False):
                cell.width = cell_width
                paragraph = cell.paragraphs[0]._p
                self.set_style(paragraph, TABLE_TEXT)
                header = row_index == 0 and look.TABLE.header_bold
                self.add_runs(paragraph, [Run(text, bold=header)])
        for index, row in enumerate(table.rows):  # iterated: table.rows[i] lists every row
            # rows never split across pages; a short table stays on one page
            trpr = row._tr.get_or_add_trPr()
            trpr.append(trpr.makeelement(qn("w:cantSplit"), {}))
            if index == 0:
                trpr.append(trpr.makeelement(qn("w:tblHeader"), {}))
            if index < len(table_rows) - 1 and len(table_rows) <= look.TABLE.keep_together_rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
        self.paragraph([], STYLE_NAMES[Style.BODY])  # air after the table

    def letterhead(self, block: Letterhead) -> None:
        if not block.logo:
            for line in block.lines:
                self.paragraph([Run(line)], LETTERHEAD)
            return
        # The letterhead on the right, the logo in the middle: a borderless three-column band.
        table = self.document.add_table(rows=1, cols=3)
        ooxml.set_table_rtl(ooxml.properties(table._tbl, "tblPr"))
        right, middle, _left = table.rows[0].cells
        first = True
        for line in block.lines:
            paragraph = right.paragraphs[0] if first else right.add_paragraph()
            self.set_style(paragraph._p, LETTERHEAD)
            self.add_runs(paragraph._p, [Run(line)])
            first = False
        paragraph = middle.paragraphs[0]
        self.set_style(paragraph._p, LETTERHEAD)
        ooxml.set_alignment(ooxml.properties(paragraph._p, "pPr"), JC[look.Align.CENTER])
        try:
            height = Mm(look.PICTURE.logo_height_mm)
            paragraph.add_run().add_picture(io.BytesIO(block.logo), height=height)
        except Exception:
            pass

    def picture(self, block: Picture) -> None:
        data = printable(block.data)
        paragraph = self.paragraph(
            [] if data else [Run(IMAGE_UNPRINTABLE)], STYLE_NAMES[Style.BODY]
        )
        center = JC[look.Align.CENTER]
        ooxml.set_alignment(ooxml.properties(paragraph, "pPr"), center)
        try:
            if data:
                Paragraph_(paragraph, self.document._body).add_run().add_picture(
                    io.BytesIO(data), width=Mm(look.PICTURE.width_mm)
                )
        except Exception:  # python-docx fails in many ways on a damaged image: say so
            self.add_runs(paragraph, [Run(IMAGE_UNPRINTABLE)])
        if block.caption:
            caption = self.paragraph([Run(block.caption)], STYLE_NAMES[look.PICTURE.caption])
            ooxml.set_alignment(ooxml.properties(caption, "pPr"), center)

    def page_break(self) -> None:
        run = ooxml.text_run(self.paragraph([], STYLE_NAMES[Style.BODY]), "")
        br = OxmlElement("w:br")
        br.set(qn("w:type"), "page")
        run.insert(0, br)

    def signature(self, block: SignatureBlock) -> None:
        """A blank line, then «حرر ب… في …», the function, the room for the signature and the
        stamp, and the name, centred in the end half of the page and kept on one page."""
        sign = look.SIGNATURE
        lines = [None] * sign.blank_lines + [Run(block.place_date)] * bool(block.place_date)
        lines += [Run(block.function, bold=sign.function_bold)] * bool(block.function)
        if block.name:
            lines += [None] * sign.room_lines + [Run(block.name, bold=sign.name_bold)]
        for index, run in enumerate(lines):
            style = STYLE_NAMES[Style.BODY] if index < sign.blank_lines else SIGNATURE
            paragraph = self.paragraph([run] if run else [], style)
            if index < len(lines) - 1:
                ooxml.child(ooxml.properties(paragraph, "pPr"), "keepNext", ooxml.PPR_ORDER)

    def footer_words(self, words: PageWords) -> None:
        """The page words of the document in the footer (the template's are the defaults)."""
        for section in self.document.sections:
            for paragraph in section.footer._element.iterchildren(qn("w:p")):
                style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
                if style is not None and style.get(qn("w:val")) == self.style_ids[FOOTER]:
                    write_footer_words(paragraph, words)

    def draft_mark(self, word: str) -> None:
        for section in self.document.sections:
            header = section.header
            header.is_linked_to_previous = False
            paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
            paragraph.style = self.document.styles[HEADER]
            for run in list(paragraph._p.findall(qn("w:r"))):
                paragraph._p.remove(run)
            bold = look.PARAGRAPHS[Part.HEADER].bold
            self.add_runs(paragraph._p, [Run(word, bold=bold)])


def printable(source: bytes | Attachment | None) -> bytes | None:
    """The bytes of a PNG or JPEG within the pixel cap, or None when it cannot be printed."""
    try:
        data = source.data if isinstance(source, Attachment) else source
    except LookupError:
        return None
    mime, width, height = image_info(data or b"")
    return data if mime and 0 < width * height <= MAX_IMAGE_PIXELS else None


def render_docx(composed: Document, profile: CommuneProfile, *, justify: bool = True):
    """A python-docx document of a composed report (not yet written anywhere). Without
    ``justify`` the justified styles are set flush to the start: for LibreOffice's PDF, since
    LibreOffice (7.4) justifies Arabic with kashidas whose glyphs come back in the PDF's text
    as stray letters and words cut in two («إط ار»)."""
    document = DocxRenderer(profile).render(composed)
    if not justify:
        flush_start(_styles(document))
    return document


def export_docx(report: Report, profile: CommuneProfile, target: str | os.PathLike) -> Path:
    """Compose ``report`` and write it as a DOCX file at ``target`` (atomically)."""
    document = render_docx(compose(report, profile), profile)
    return write_atomically(document.save, target)
