"""What can go wrong with a library file, each with the Arabic message the user reads.

Expected failures (a file that is not a library, a full disk, a locked file) are
:class:`LibraryError`; anything else that escapes the storage layer is a bug.
"""

from __future__ import annotations

import sqlite3

from openreport.errors import UserError


class LibraryError(UserError):
    """An expected failure; ``str(error)`` is a one-line Arabic message for the user."""


class NotALibraryError(LibraryError):
    pass


class CorruptLibraryError(LibraryError):
    pass


class NewerSchemaError(LibraryError):
    pass


class ReportNotFoundError(LibraryError):
    pass


class ExchangeFileError(LibraryError):
    """An exchange file (.openreport or .json) that was refused; the library is unchanged."""


class StorageFullError(LibraryError):
    pass


class LibraryBusyError(LibraryError):
    pass


def translate_sqlite_error(error: sqlite3.Error, path: object) -> LibraryError | None:
    """The expected failure behind an sqlite3 error, or None when it is a bug."""
    text = str(error).lower()
    if "disk is full" in text or "disk i/o" in text:
        return StorageFullError(f"تعذر الحفظ في {path}: القرص ممتلئ أو غير متاح.")
    if "locked" in text or "busy" in text:
        return LibraryBusyError(f"المكتبة {path} مستعملة من طرف برنامج آخر؛ أعد المحاولة بعد قليل.")
    if "readonly" in text or "read-only" in text:
        return StorageFullError(f"تعذر الحفظ في {path}: الملف للقراءة فقط.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptLibraryError(f"الملف {path} تالف ولا يمكن قراءته.")
    return None
