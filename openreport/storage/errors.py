"""What can go wrong with a library file, each with the Arabic message the user reads.

Expected failures (a file that is not a library, a full disk, a locked file) are
:class:`LibraryError`; anything else that escapes the storage layer is a bug. An sqlite3 error is
classified by its result code (``sqlite_errorcode``), never by its English message, which SQLite
is free to reword.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from openreport.errors import UserError


class LibraryError(UserError):
    """An expected failure; ``str(error)`` is a one-line Arabic message for the user."""


class NotALibraryError(LibraryError):
    """The file is missing, is not an SQLite database, or is another program's database."""


class CorruptLibraryError(LibraryError):
    """The file is an SQLite database whose pages are damaged or cut short."""


class NewerSchemaError(LibraryError):
    """The library was written by a newer OpenReport."""


class ReportNotFoundError(LibraryError):
    """No report has this id (it was deleted for good, or never existed)."""


class ExchangeFileError(LibraryError):
    """An exchange file (.openreport or .json) that was refused; the library is unchanged."""


class StorageFullError(LibraryError):
    """SQLITE_FULL: the disk (or the file system's quota) has no room left."""


class DiskError(LibraryError):
    """SQLITE_IOERR and its extended codes: the operating system failed a read or a write."""


class LibraryBusyError(LibraryError):
    """SQLITE_BUSY: another program (or window) holds the library's write lock."""


class LibraryLockedError(LibraryError):
    """SQLITE_LOCKED: a conflict between two uses of the library inside this program."""


class ReadOnlyLibraryError(LibraryError):
    """SQLITE_READONLY and its extended codes: the file or its folder cannot be written."""


class CannotOpenLibraryError(LibraryError):
    """SQLITE_CANTOPEN: the file (or its journal) cannot be opened, e.g. it is a folder."""


class LibraryPermissionError(LibraryError):
    """SQLITE_PERM and SQLITE_AUTH: access was refused."""


# Primary result codes (code & 0xFF); the extended codes share their primary's meaning.
_MESSAGES: dict[int, tuple[type[LibraryError], Callable[[object], str]]] = {
    sqlite3.SQLITE_FULL: (
        StorageFullError,
        lambda path: f"تعذر الحفظ في {path}: القرص ممتلئ.",
    ),
    sqlite3.SQLITE_IOERR: (
        DiskError,
        lambda path: f"تعذرت القراءة أو الكتابة في {path}: القرص غير متاح أو معطوب.",
    ),
    sqlite3.SQLITE_BUSY: (
        LibraryBusyError,
        lambda path: f"المكتبة {path} مستعملة من طرف برنامج آخر؛ أعد المحاولة بعد قليل.",
    ),
    sqlite3.SQLITE_LOCKED: (
        LibraryLockedError,
        lambda path: f"المكتبة {path} مشغولة بعملية أخرى من البرنامج؛ أعد المحاولة بعد قليل.",
    ),
    sqlite3.SQLITE_READONLY: (
        ReadOnlyLibraryError,
        lambda path: f"تعذر الحفظ في {path}: الملف أو مجلده للقراءة فقط.",
    ),
    sqlite3.SQLITE_CORRUPT: (
        CorruptLibraryError,
        lambda path: f"الملف {path} تالف ولا يمكن قراءته.",
    ),
    sqlite3.SQLITE_NOTADB: (
        NotALibraryError,
        lambda path: f"الملف {path} ليس مكتبة تقارير OpenReport.",
    ),
    sqlite3.SQLITE_CANTOPEN: (
        CannotOpenLibraryError,
        lambda path: f"تعذر فتح الملف {path}.",
    ),
    sqlite3.SQLITE_PERM: (
        LibraryPermissionError,
        lambda path: f"لا يسمح النظام بالوصول إلى الملف {path}.",
    ),
    sqlite3.SQLITE_AUTH: (
        LibraryPermissionError,
        lambda path: f"لا يسمح النظام بالوصول إلى الملف {path}.",
    ),
}


def translate_sqlite_error(error: sqlite3.Error, path: object) -> LibraryError | None:
    """The expected failure behind an sqlite3 error, or None when it is a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return None
    found = _MESSAGES.get(code & 0xFF)
    if found is None:
        return None
    cls, message = found
    return cls(message(path))


def sqlite_failure(error: sqlite3.Error, path: object) -> Exception:
    """The :class:`LibraryError` for ``error``, or ``error`` itself when it is a bug."""
    return translate_sqlite_error(error, path) or error
