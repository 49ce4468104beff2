"""Photos are decoded at their printed size, and an image that cannot be printed is said."""

from __future__ import annotations

import resource
import struct
import zlib

import docx

from openreport.compose import compose
from openreport.compose.document import Picture
from openreport.images import IMAGE_UNPRINTABLE
from openreport.model import Annex, Attachment, Report
from openreport.render.docx.writer import export_docx
from openreport.render.qt.pdf import ensure_gui_application, write_pdf
from tests.helpers.readers import body_texts

# A photo of 140 mm printed at 150 dpi is 827 pixels wide.
PRINTED_WIDTH = round(140 / 25.4 * 150)


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def large_pngs(count: int, width: int = 4000, height: int = 3000) -> list[bytes]:
    """``count`` different RGB PNGs of ``width`` × ``height`` (one compressed picture, each
    with a text chunk of its own)."""
    rows = zlib.compressobj(1)
    row = b"\x00" + bytes(range(256)) * (width * 3 // 256) + bytes(width * 3 % 256)
    pixels = b"".join(rows.compress(row) for _ in range(height)) + rows.flush()
    head = b"\x89PNG\r\n\x1a\n" + _chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    )
    tail = _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")
    return [head + _chunk(b"tEXt", b"Comment\x00%d" % n) + tail for n in range(count)]


def large_jpegs(count: int, width: int = 4000, height: int = 3000) -> list[bytes]:
    """``count`` different JPEGs made with Qt (one picture, each with a comment of its own)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    ensure_gui_application()
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("darkcyan"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 40)
    data = bytes(buffer.data())
    del image
    return [data[:2] + b"\xff\xfe\x00\x08" + b"%06d" % n + data[2:] for n in range(count)]


def test_64_large_photos_are_decoded_at_their_printed_size(tmp_path, profile):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from openreport.render.qt.document import render_qt

    photos = large_jpegs(48) + large_pngs(16)
    assert {Attachment(p).width for p in photos} == {4000}
    report = Report(title="تقرير بأربع وستين صورة")
    report.closing.annexes = [Annex(f"صورة {n}", p) for n, p in enumerate(photos)]
    composed = compose(report, profile)
    pictures = [block for block in composed.blocks if isinstance(block, Picture)]
    assert len(pictures) == 64
    document, _pages = render_qt(composed, profile)
    kind = QTextDocument.ResourceType.ImageResource
    sizes = {
        (image.width(), image.height())
        for image in (
            document.resource(kind, QUrl(f"openreport:picture:{id(block)}")) for block in pictures
        )
    }
    # Decoded whole, the 64 photos would take 3 GB (48 MB each).
    assert sizes == {(PRINTED_WIDTH, round(PRINTED_WIDTH * 3 / 4))}
    del document
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    target = tmp_path / "annexes.pdf"
    write_pdf(composed, profile, target)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert target.stat().st_size > 100_000
    assert grown_mb < 800


def test_an_image_that_cannot_be_decoded_is_said_in_every_output(tmp_path, profile):
    from openreport.render.qt.document import render_qt

    [png] = large_pngs(1, 40, 30)
    broken = png[:40] + bytes(200)  # a PNG header, then nothing a decoder can use
    report = Report(title="صورة تالفة")
    report.closing.annexes = [Annex("صورة", broken)]
    composed = compose(report, profile)
    assert any(isinstance(block, Picture) for block in composed.blocks)
    document, _pages = render_qt(composed, profile)
    assert IMAGE_UNPRINTABLE in document.toPlainText()
    path = export_docx(report, profile, tmp_path / "broken.docx")
    assert IMAGE_UNPRINTABLE in body_texts(docx.Document(str(path)))


def test_an_image_that_is_not_one_or_is_too_large_is_said_in_the_report(tmp_path, profile):
    head = b"\x89PNG\r\n\x1a\n" + _chunk(
        b"IHDR", struct.pack(">IIBBBBB", 20_000, 20_000, 8, 2, 0, 0, 0)
    )
    report = Report(title="صور لا تطبع")
    report.closing.annexes = [Annex("ليست صورة", b"not an image"), Annex("ضخمة", head)]
    composed = compose(report, profile)
    text = "\n".join(composed.paragraphs_text())
    assert "تعذرت طباعة صورة هذا المرفق: الملف ليس صورة PNG أو JPEG مقروءة." in text
    assert "20000×20000" in text and "50 مليون بكسل" in text
    assert not any(isinstance(block, Picture) for block in composed.blocks)
    path = export_docx(report, profile, tmp_path / "said.docx")
    assert body_texts(docx.Document(str(path))) == composed.paragraphs_text()


def test_an_image_that_cannot_be_printed_is_a_validation_warning():
    from openreport.validation import Severity, validate

    report = Report(title="صور")
    report.closing.annexes = [Annex("ليست صورة", b"not an image")]
    [problem] = [p for p in validate(report) if p.path.startswith("closing.annexes")]
    assert problem.path == "closing.annexes[0]" and problem.severity is Severity.WARNING
    assert problem.message == "صورة المرفق 1 لن تطبع: الملف ليس صورة PNG أو JPEG مقروءة."
