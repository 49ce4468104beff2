"""LibreOffice's PDF/A made to agree with itself, by one incremental update.

PDF/A asks the metadata to say what the document information says (ISO 19005-1 §6.7.3), and
readers look for the language in ``dc:language``. LibreOffice (7.4 and its current source)
writes the catalog's /Lang but no ``dc:language``, and in a zone at UTC (Morocco's during
Ramadan) a /CreationDate of ``D:…Z'`` — a stray apostrophe after the Z, which a validator does
not read as the XMP's ``…Z`` (it is right with an offset: ``+01'00'``). :func:`mend_libreoffice_pdf`
adds the language to the XMP and writes the dates as ``D:…Z``, in one incremental update (the
objects again, their cross-reference entries and a trailer pointing back to the first), which
PDF/A-1 allows, and leaves a file it does not recognise as it is. Qt's PDF is mended by
``render/pdf_text.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

_TRAILER = re.compile(rb"trailer\s*<<(.*)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.DOTALL)
LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}")
_UTC_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:\d{14})Z'\)")


def _dc_language(language: str) -> bytes:
    return (
        "   <dc:language>\n    <rdf:Bag>\n"
        f"     <rdf:li>{language}</rdf:li>\n"
        "    </rdf:Bag>\n   </dc:language>\n"
    ).encode()


def append_update(target: Path, data: bytes, objects: dict[bytes, bytes]) -> bool:
    """Append to the PDF ``data`` (the bytes of ``target``) an incremental update that defines
    each object of ``objects`` (its number → its body, ``<<…>>`` and what follows, up to
    ``endobj``) again: the objects, their cross-reference entries and a trailer pointing back
    to the first one (/Prev, the same /ID). False, the file untouched, when its trailer is not
    a plain first one."""
    trailer = _TRAILER.search(data)
    if trailer is None or b"/Prev" in trailer.group(1) or b"trailer" in trailer.group(1):
        return False
    offset = len(data) + (0 if data.endswith(b"\n") else 1)
    update, entries = b"", b""
    for number, body in sorted(objects.items(), key=lambda item: int(item[0])):
        entries += f"{number.decode()} 1\n{offset + len(update):010d} 00000 n \n".encode()
        update += number + b" 0 obj\n" + body + b"endobj\n"
    xref = offset + len(update)
    update += b"xref\n0 1\n0000000000 65535 f \n" + entries
    previous = trailer.group(2).decode()
    # LibreOffice's /DocChecksum (a private key) sums the first revision only: left out
    kept = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+\s*", b"", trailer.group(1))
    update += b"trailer\n<<" + kept + f"/Prev {previous}\n>>\n".encode()
    update += f"startxref\n{xref}\n%%EOF\n".encode()
    with target.open("ab") as file:
        file.write(update if data.endswith(b"\n") else b"\n" + update)
    return True


def mend_libreoffice_pdf(target: Path, language: str) -> bool:
    """Add ``dc:language`` to the XMP of LibreOffice's PDF at ``target`` and write its UTC
    dates as ``D:…Z``; False (the file untouched) when there is nothing to do or the file is
    not laid out as LibreOffice writes it."""
    data = target.read_bytes()
    objects = dict(filter(None, (_xmp_with_language(data, language), _info_with_dates(data))))
    return bool(objects) and append_update(target, data, objects)


def _info_with_dates(data: bytes) -> tuple[bytes, bytes] | None:
    """The document information again, its ``D:…Z'`` dates as ``D:…Z``; None if none."""
    reference = re.search(rb"/Info (\d+) 0 R", data[data.rfind(b"trailer") :])
    if reference is None:
        return None
    number = reference.group(1)
    found = re.search(rb"\n" + number + rb" 0 obj\s*(<<.*?>>)\s*endobj", data, re.DOTALL)
    if found is None or not _UTC_DATE.search(found.group(1)):
        return None
    return number, _UTC_DATE.sub(rb"\1Z)", found.group(1)) + b"\n"


def _xmp_with_language(data: bytes, language: str) -> tuple[bytes, bytes] | None:
    """The metadata stream again with ``dc:language``; None if it has one or is unknown."""
    reference = re.search(rb"/Metadata (\d+) 0 R", data)
    if not (reference and LANGUAGE.fullmatch(language)):
        return None
    number = reference.group(1)
    stream = re.search(rb"\n" + number + rb" 0 obj\s*<<([^<>]*)>>\s*stream\r?\n", data)
    if stream is None or b"/Filter" in stream.group(1):
        return None
    length = re.search(rb"/Length (\d+)", stream.group(1))
    if length is None:
        return None
    xmp = data[stream.end() : stream.end() + int(length.group(1))]
    close = xmp.find(b"</dc:creator>\n")
    if b"dc:language" in xmp or close < 0:
        return None
    close += len(b"</dc:creator>\n")
    xmp = xmp[:close] + _dc_language(language) + xmp[close:]
    header = re.sub(rb"/Length \d+", f"/Length {len(xmp)}".encode(), stream.group(1))
    return number, b"<<" + header + b">>\nstream\n" + xmp + b"\nendstream\n"
