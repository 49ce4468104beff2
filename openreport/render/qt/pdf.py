"""PDF/A-1b written by Qt from the composed document (the route when LibreOffice is absent)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPagedPaintDevice, QPdfWriter

from openreport.compose import look
from openreport.compose.document import Document
from openreport.model import CommuneProfile

# The faces whose text comes back whole from a Qt PDF, and what the others lose: in the look.
WHOLE_TEXT_FONTS = look.WHOLE_TEXT_FACES
LOSSY_FONTS = look.LOSSY_FACES


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
    """The report's font if its PDF text comes back whole, else the first installed one that
    does (the archive must stay searchable)."""
    return look.pdf_face(profile.font_name, set(QFontDatabase.families()))


def _xmp(title: str, author: str, language: str) -> bytes:
    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
   <dc:format>application/pdf</dc:format>
   <pdf:Producer>OpenReport</pdf:Producer>
   <xmp:CreatorTool>OpenReport</xmp:CreatorTool>
   <pdfaid:part>1</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def write_pdf(composed: Document, profile: CommuneProfile, target: Path) -> str:
    """Write ``composed`` as PDF/A-1b at ``target``; return the font used."""
    ensure_gui_application()
    from openreport.render.qt.document import render_qt
    from openreport.render.qt.pages import PagePainter

    family = pdf_font(profile)
    document, pages = render_qt(composed, profile, family)
    writer = QPdfWriter(str(target))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(300)
    writer.setPageLayout(PagePainter.page_layout())
    writer.setTitle(composed.title)
    writer.setAuthor(composed.author)
    writer.setCreator("OpenReport")
    writer.setDocumentXmpMetadata(
        QByteArray(_xmp(composed.title, composed.author, composed.language))
    )
    pages.paint(writer)
    del document
    return family
