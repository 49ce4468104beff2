"""The document's language where a PDF writer leaves it out, by an incremental update.

PDF/A asks the metadata to say what the document information says, and readers look for the
language in ``dc:language``. LibreOffice (7.4 and its current source) writes the catalog's
/Lang but no ``dc:language``; :func:`add_xmp_language` adds it by an incremental update (the
metadata stream again, its cross-reference entry and a trailer pointing back to the first),
which PDF/A-1 allows, and leaves a file it does not recognise as it is. Qt's route gives its
catalog a /Lang the same way (``render/qt/pdf.add_language``, through :func:`append_update`).
"""

from __future__ import annotations

import re
from pathlib import Path

_TRAILER = re.compile(rb"trailer\s*<<(.*)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.DOTALL)
LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")


def _dc_language(language: str) -> bytes:
    return (
        "   <dc:language>\n    <rdf:Bag>\n"
        f"     <rdf:li>{language}</rdf:li>\n"
        "    </rdf:Bag>\n   </dc:language>\n"
    ).encode()


def append_update(target: Path, data: bytes, number: bytes, body: bytes) -> bool:
    """Append to the PDF ``data`` (the bytes of ``target``) an incremental update that defines
    object ``number`` again as ``body`` (``<<…>>`` and what follows, up to ``endobj``): the
    object, its cross-reference entry and a trailer pointing back to the first one (/Prev,
    the same /ID). False, the file untouched, when its trailer is not a plain first one."""
    trailer = _TRAILER.search(data)
    if trailer is None or b"/Prev" in trailer.group(1) or b"trailer" in trailer.group(1):
        return False
    start = len(data) + (0 if data.endswith(b"\n") else 1)
    update = number + b" 0 obj\n" + body + b"endobj\n"
    xref = start + len(update)
    update += f"xref\n0 1\n0000000000 65535 f \n{number.decode()} 1\n".encode()
    update += f"{start:010d} 00000 n \n".encode()
    previous = trailer.group(2).decode()
    update += b"trailer\n<<" + trailer.group(1) + f"/Prev {previous}\n>>\n".encode()
    update += f"startxref\n{xref}\n%%EOF\n".encode()
    with target.open("ab") as file:
        file.write(update if data.endswith(b"\n") else b"\n" + update)
    return True


def add_xmp_language(target: Path, language: str) -> bool:
    """Add ``dc:language`` to the XMP of the PDF at ``target``; False (the file untouched)
    when it already has one or is not laid out as LibreOffice writes it."""
    data = target.read_bytes()
    reference = re.search(rb"/Metadata (\d+) 0 R", data)
    if not (reference and LANGUAGE.fullmatch(language)):
        return False
    number = reference.group(1)
    stream = re.search(rb"\n" + number + rb" 0 obj\s*<<([^<>]*)>>\s*stream\r?\n", data)
    if stream is None or b"/Filter" in stream.group(1):
        return False
    length = re.search(rb"/Length (\d+)", stream.group(1))
    if length is None:
        return False
    xmp = data[stream.end() : stream.end() + int(length.group(1))]
    close = xmp.find(b"</dc:creator>\n")
    if b"dc:language" in xmp or close < 0:
        return False
    close += len(b"</dc:creator>\n")
    xmp = xmp[:close] + _dc_language(language) + xmp[close:]
    header = re.sub(rb"/Length \d+", f"/Length {len(xmp)}".encode(), stream.group(1))
    return append_update(
        target, data, number, b"<<" + header + b">>\nstream\n" + xmp + b"\nendstream\n"
    )
