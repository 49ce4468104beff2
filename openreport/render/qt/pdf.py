"""PDF/A-1b written by Qt from the composed document (the route when LibreOffice is absent)."""

from __future__ import annotations

import os
import re
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, qVersion
from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPdfWriter

from openreport.compose import look
from openreport.compose.document import Document
from openreport.model import CommuneProfile
from openreport.render.pdf_text import mend_text_layer
from openreport.render.qt.fonts import page_face

# The faces whose text comes back whole from a Qt PDF, and what the others lose: in the look.
WHOLE_TEXT_FONTS = look.WHOLE_TEXT_FACES
LOSSY_FONTS = look.LOSSY_FACES

CREATOR = "OpenReport"
# What Qt writes as /Producer, whatever it is told: the XMP must say the same.
QT_PRODUCER = f"Qt {qVersion()}"


def ensure_gui_application() -> QGuiApplication:
    """Qt needs an application object to use fonts; without a display it works offscreen.

    A QApplication (not a mere QGuiApplication), so that windows can still follow in the same
    process."""
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    return app


def pdf_font(profile: CommuneProfile) -> str:
    """The PDF's face: the preview's and the printout's (``fonts.page_face``)."""
    return page_face(profile)


# One PDF/A level for the archive on both routes: PDF/A-1b. It is the only PDF/A level
# QPdfWriter writes (PdfVersion_A1b; the others are 1.4, 1.6 and PDF/X-4), and LibreOffice
# writes it too (SelectPdfVersion 1), so the archive copy is the same kind of file whichever
# route made it. PDF/A-1 also forbids transparency, which neither route needs.
PDFA_PART = 1
PDFA_CONFORMANCE = "B"


def _xmp(title: str, author: str, language: str, moment: datetime) -> bytes:
    """The XMP packet, in agreement with the document information Qt writes itself
    (ISO 19005-1 §6.7.3): Qt's Producer («Qt x.y.z», which cannot be set), OpenReport as the
    creator tool, the title, the author and the creation and modification dates, which Qt
    takes when painting begins (``moment``, local time with its offset). Qt's /Trapped has no
    twin: PDF/A-1 knows the XMP of 2004, whose pdf schema has no Trapped (a validator refuses
    pdf:Trapped, ISO 19005-1 §6.7.9), and §6.7.3 does not ask for one."""

    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    stamp = moment.isoformat(timespec="seconds")
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <pdf:Producer>{QT_PRODUCER}</pdf:Producer>
   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
   <pdfaid:part>{PDFA_PART}</pdfaid:part>
   <pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def _moment() -> datetime:
    """Now, to the second, in local time: what Qt writes as /CreationDate and /ModDate when
    the painting starts right after. Just before a second ends, wait for the next one."""
    now = datetime.now()
    if now.microsecond > 800_000:
        time.sleep((1_000_000 - now.microsecond) / 1_000_000 + 0.01)
        now = datetime.now()
    return now.replace(microsecond=0).astimezone()


def _written_date(target: Path) -> str:
    """The /CreationDate Qt wrote (its 14 digits, local time), read from the file."""
    found = re.search(rb"/CreationDate \(D:(\d{14})", target.read_bytes())
    return found.group(1).decode() if found else ""


def write_pdf(composed: Document, profile: CommuneProfile, target: Path) -> str:
    """Write ``composed`` as PDF/A-1b at ``target``; return the font used."""
    ensure_gui_application()
    from openreport.render.qt.document import render_qt
    from openreport.render.qt.pages import PagePainter

    family = pdf_font(profile)
    document, pages = render_qt(composed, profile, family)
    for _attempt in range(3):  # again only if Qt's clock passed a second before it began
        writer = QPdfWriter(str(target))
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setResolution(300)
        writer.setPageLayout(PagePainter.page_layout())
        writer.setTitle(composed.title)
        writer.setAuthor(composed.author)
        writer.setCreator(CREATOR)
        moment = _moment()
        xmp = _xmp(composed.title, composed.author, composed.language, moment)
        writer.setDocumentXmpMetadata(QByteArray(xmp))
        pages.paint(writer)
        del writer
        if _written_date(target) == moment.strftime("%Y%m%d%H%M%S"):
            break
    mend_text_layer(target, composed.language)
    del document
    return family
