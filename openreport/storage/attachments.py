"""Images joined to reports, stored once by the hash of their bytes, apart from the reports' text.

A report's JSON in the library refers to each annex image by its hash; an autosave writes an
image only when the library does not hold it yet, and the full-text search never sees it. A
report loaded from the library gets images that read their bytes only when a renderer asks.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import sqlite3
from collections.abc import Callable

from openreport.images import image_info
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.model import Attachment, Report
from openreport.serialization import FormatError
from openreport.storage.errors import LibraryError

TABLE = (
    "CREATE TABLE IF NOT EXISTS attachments (hash TEXT PRIMARY KEY, data BLOB NOT NULL,"
    " mime TEXT NOT NULL DEFAULT '', width INTEGER NOT NULL DEFAULT 0,"
    " height INTEGER NOT NULL DEFAULT 0, size INTEGER NOT NULL)"
)
# The hashes every report (the trash too) refers to, read by SQLite without loading a report.
REFERENCED = (
    "SELECT json_extract(annex.value, '$.image.hash') FROM reports,"
    " json_each(reports.data, '$.closing.annexes') AS annex"
    " WHERE json_type(annex.value, '$.image') = 'object'"
)


def images(report: Report) -> list[Attachment]:
    """The images of a report's annexes."""
    return [annex.image for annex in report.closing.annexes if annex.image is not None]


def store_attachments(conn: sqlite3.Connection, report: Report) -> None:
    """Write the report's images the library does not hold yet (inside the caller's transaction)."""
    for image in images(report):
        if conn.execute("SELECT 1 FROM attachments WHERE hash = ?", (image.digest,)).fetchone():
            continue  # an unchanged photo is never written again
        try:
            data = image.data
        except (LookupError, sqlite3.Error):
            raise LibraryError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Library", "تعذر حفظ صورة أحد المرفقات: لم تعد متاحة؛ يرجى إرفاقها من جديد."
                    )
                )
            ) from None
        conn.execute(
            "INSERT INTO attachments (hash, data, mime, width, height, size)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (image.digest, data, image.mime, image.width, image.height, len(data)),
        )


def loader(conn: sqlite3.Connection) -> Callable[[str], bytes]:
    """A function that reads an image's bytes from the library when it is drawn."""

    def load(digest: str) -> bytes:
        try:
            row = conn.execute("SELECT data FROM attachments WHERE hash = ?", (digest,)).fetchone()
        except sqlite3.Error:  # the library was closed meanwhile: the image is not available
            row = None
        if row is None:
            raise LookupError(digest)
        return bytes(row[0])

    return load


def bind(report: Report, conn: sqlite3.Connection) -> None:
    """Give a report read from the library images that read their bytes from it, when needed."""
    load = None
    for annex in report.closing.annexes:
        image = annex.image
        if image is None:
            continue
        load = load or loader(conn)
        meta = {key: getattr(image, key) for key in ("digest", "mime", "width", "height", "size")}
        annex.image = Attachment(loader=load, **meta)


def remove_unreferenced(conn: sqlite3.Connection) -> int:
    """Delete the images no report refers to any more (inside the caller's transaction)."""
    cursor = conn.execute(f"DELETE FROM attachments WHERE hash NOT IN ({REFERENCED})")
    return cursor.rowcount


def migrate_inline_images(conn: sqlite3.Connection, index: Callable[..., None]) -> None:
    """Move the base64 images of every report's JSON into the attachments table.

    ``index`` re-indexes a report, so that the base64 text leaves the full-text search.
    """
    conn.execute(TABLE)
    for report_id, text in conn.execute("SELECT id, data FROM reports").fetchall():
        data = json.loads(text)
        annexes = (data.get("closing") or {}).get("annexes") or []
        changed = False
        for annex in annexes:
            if isinstance(annex, dict) and isinstance(annex.get("image"), str):
                annex["image"] = _move_image(conn, annex["image"])
                changed = True
        if changed:
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
            conn.execute("UPDATE reports SET data = ? WHERE id = ?", (text, report_id))
            index(conn, report_id, data)


def _move_image(conn: sqlite3.Connection, encoded: str) -> dict | None:
    """One base64 image stored in the table; its reference (None if it was not base64)."""
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return None
    digest = hashlib.sha256(data).hexdigest()
    mime, width, height = image_info(data)
    conn.execute(
        "INSERT OR IGNORE INTO attachments (hash, data, mime, width, height, size)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (digest, data, mime, width, height, len(data)),
    )
    return {"hash": digest, "mime": mime, "width": width, "height": height, "size": len(data)}


def read_all(conn: sqlite3.Connection, report: Report, budget: int) -> int:
    """Load a report's images into memory from a file about to be closed (an exchange file).

    Each image's bytes must match its hash and its pixels stay within the cap; return what is
    left of ``budget`` (bytes); raise FormatError (an Arabic message) otherwise.
    """
    for annex in report.closing.annexes:
        if annex.image is None:
            continue
        row = conn.execute(
            "SELECT data FROM attachments WHERE hash = ? AND length(data) <= ?",
            (annex.image.digest, max(budget, 0)),
        ).fetchone()
        if row is None or not isinstance(row[0], bytes):
            raise FormatError(
                said(
                    QT_TRANSLATE_NOOP("Exchange", "صورة أحد المرفقات مفقودة أو أكبر من المسموح به.")
                )
            )
        image = Attachment(row[0])
        if image.digest != annex.image.digest:
            raise FormatError(
                said(QT_TRANSLATE_NOOP("Exchange", "صورة أحد المرفقات لا تطابق بصمتها."))
            )
        if image.problem():
            raise FormatError(image.problem())
        budget -= image.size
        annex.image = image
    return budget
