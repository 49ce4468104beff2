"""Images joined to a report: read from their headers, held or loaded when drawn (no Qt)."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
import weakref
from collections.abc import Callable

from openreport.messages import QT_TRANSLATE_NOOP, said

MAX_IMAGE_PIXELS = 50_000_000  # a 12-megapixel phone photo is far below; a bomb is far above
IMAGE_UNPRINTABLE = "[تعذرت طباعة هذه الصورة: الملف تالف أو ليس صورة PNG أو JPEG مقروءة]"


def read_picture(path: str | os.PathLike, limit: int) -> bytes | None:
    """The bytes of the picture file a user chose, or None when it is not a regular file (a
    pipe or a device named «.png» would hang the window), cannot be read, or holds more than
    ``limit`` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        with os.fdopen(os.dup(fd), "rb") as file:
            data = file.read(limit + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= limit else None


def image_info(data: bytes) -> tuple[str, int, int]:
    """The type and pixel size of a PNG or JPEG, read from its header; ("", 0, 0) otherwise."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR":
        return "image/png", int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    at = 2 if data[:2] == b"\xff\xd8" else len(data)
    while at + 9 < len(data) and data[at] == 0xFF:
        marker = data[at + 1]
        if marker == 0xFF or marker == 0x01 or 0xD0 <= marker <= 0xD8:
            at += 1 if marker == 0xFF else 2  # fill bytes and markers without a length
        elif 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # a start of frame
            size = data[at + 5 : at + 9]
            return "image/jpeg", int.from_bytes(size[2:], "big"), int.from_bytes(size[:2], "big")
        else:
            at += 2 + int.from_bytes(data[at + 2 : at + 4], "big")
    return "", 0, 0


Loader = Callable[[str], bytes]
_LIVE: weakref.WeakValueDictionary[str, Attachment] = weakref.WeakValueDictionary()
_LIVE_LOCK = threading.Lock()


class Attachment:
    """An image joined to a report, known by the SHA-256 of its bytes: it holds them (one just
    chosen) or a loader that reads them when a renderer needs them, so that opening, copying and
    autosaving a report never reads, encodes or writes its photos again. Immutable."""

    __slots__ = ("__weakref__", "_data", "_loader", "digest", "height", "mime", "size", "width")

    def __init__(self, data: bytes | None = None, *, loader: Loader | None = None, **meta) -> None:
        if data is not None:
            data = bytes(data)
            meta = dict(zip(("mime", "width", "height"), image_info(data), strict=True))
            meta.update(digest=hashlib.sha256(data).hexdigest(), size=len(data))
        self.digest, self.mime = str(meta.get("digest", "")), str(meta.get("mime", ""))
        self.width, self.height, self.size = (
            int(meta.get(k, 0)) for k in ("width", "height", "size")
        )
        self._data, self._loader = data, loader
        if data is not None or loader is not None:
            with _LIVE_LOCK:
                _LIVE[self.digest] = self

    @classmethod
    def reference(cls, digest: str, **meta: object) -> Attachment:
        """The live attachment of this hash (one that can give its bytes), or a bare reference."""
        with _LIVE_LOCK:
            return _LIVE.get(digest) or cls(digest=digest, **meta)

    @property
    def data(self) -> bytes:
        """The image's bytes (read from the library each time for a stored one)."""
        if self._data is None and self._loader is None:
            raise LookupError(self.digest)
        return self._data if self._data is not None else self._loader(self.digest)

    def problem(self) -> str:
        """Why this image cannot be joined to a report (an Arabic message), or ""."""
        if not (self.mime and self.width and self.height):
            return said(QT_TRANSLATE_NOOP("Image", "الملف ليس صورة PNG أو JPEG مقروءة."))
        if self.width * self.height <= MAX_IMAGE_PIXELS:
            return ""
        return said(
            QT_TRANSLATE_NOOP(
                "Image", "أبعاد الصورة ({width}×{height} بكسل) تتجاوز 50 مليون بكسل المسموح بها."
            ),
            width=self.width,
            height=self.height,
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Attachment):
            return self.digest == other.digest
        if isinstance(other, bytes | bytearray):
            return self.size == len(other) and self.digest == hashlib.sha256(other).hexdigest()
        return NotImplemented

    def __deepcopy__(self, memo: dict) -> Attachment:
        return self  # immutable; and its loader holds a connection that cannot be copied
