"""What can go wrong with a library file, each with the Arabic message the user reads.

Expected failures (a file that is not a library, a full disk, a locked file) are
:class:`LibraryError`; anything else that escapes the storage layer is a bug. An sqlite3 error is
classified by its result code (``sqlite_errorcode``), never by its English message, which SQLite
is free to reword.
"""

from __future__ import annotations

import os
import sqlite3

from openreport.errors import UserError
from openreport.messages import QT_TRANSLATE_NOOP, Message, Template, said


class LibraryError(UserError):
    """An expected failure; ``str(error)`` is a one-line Arabic message for the user."""

    # The message when the failure comes from an sqlite3 error ({path}: the file concerned).
    sqlite_message: Template | None = None


class NotALibraryError(LibraryError):
    """The file is missing, is not an SQLite database, or is another program's database."""

    sqlite_message = QT_TRANSLATE_NOOP("Library", "الملف {path} ليس مكتبة تقارير OpenReport.")


class CorruptLibraryError(LibraryError):
    """The file is an SQLite database whose pages are damaged or cut short."""

    sqlite_message = QT_TRANSLATE_NOOP("Library", "الملف {path} تالف ولا يمكن قراءته.")


class NewerSchemaError(LibraryError):
    """The library was written by a newer OpenReport."""


class ReportNotFoundError(LibraryError):
    """No report has this id (it was deleted for good, or never existed)."""


class ExchangeFileError(LibraryError):
    """An exchange file (.openreport or .json) that was refused; the library is unchanged."""


class StorageFullError(LibraryError):
    """SQLITE_FULL: the disk (or the file system's quota) has no room left."""

    sqlite_message = QT_TRANSLATE_NOOP("Library", "تعذرت الكتابة في {path}: القرص ممتلئ.")


class DiskError(LibraryError):
    """SQLITE_IOERR and its extended codes: the operating system failed a read or a write."""

    sqlite_message = QT_TRANSLATE_NOOP(
        "Library", "تعذرت القراءة أو الكتابة في {path}: القرص غير متاح أو معطوب."
    )


class LibraryBusyError(LibraryError):
    """SQLITE_BUSY: another program (or window) holds the library's write lock."""

    sqlite_message = QT_TRANSLATE_NOOP(
        "Library", "المكتبة {path} مستعملة من طرف برنامج آخر؛ أعد المحاولة بعد قليل."
    )


class LibraryLockedError(LibraryError):
    """SQLITE_LOCKED: a conflict between two uses of the library inside this program."""

    sqlite_message = QT_TRANSLATE_NOOP(
        "Library", "المكتبة {path} مشغولة بعملية أخرى من البرنامج؛ أعد المحاولة بعد قليل."
    )


class ReadOnlyLibraryError(LibraryError):
    """SQLITE_READONLY and its extended codes: the file or its folder cannot be written."""

    sqlite_message = QT_TRANSLATE_NOOP(
        "Library", "تعذر الحفظ في {path}: الملف أو مجلده للقراءة فقط."
    )


class OpenedReadOnlyError(ReadOnlyLibraryError):
    """A library opened with ``read_only=True`` (a second window) was asked to write."""


class LibraryInUseError(LibraryError):
    """Another OpenReport (another window or the command line) holds the library's lock."""


class SaveConflictError(LibraryError):
    """The stored report changed since this copy was loaded (another window saved it)."""


class LibraryGoneError(LibraryError):
    """The library file was deleted, moved or its disk removed while it was open."""

    @classmethod
    def at(cls, path: os.PathLike | str) -> LibraryGoneError:
        return cls(
            said(
                QT_TRANSLATE_NOOP(
                    "Library",
                    "ملف المكتبة {path} حُذف أو نُقل أو لم يعد قرصه متاحا؛"
                    " احفظ نسخة في مكان آخر حتى لا يضيع شيء.",
                ),
                path=str(path),
            )
        )


class CannotOpenLibraryError(LibraryError):
    """SQLITE_CANTOPEN: the file, or the journal beside it, cannot be opened."""

    sqlite_message = QT_TRANSLATE_NOOP("Library", "تعذر فتح الملف {path}.")


class StaleLogError(LibraryError):
    """SQLITE_PROTOCOL: the write-ahead log's index is held or left in a state SQLite cannot
    recover (another program stopped mid-way, or a network folder that does not lock)."""

    sqlite_message = QT_TRANSLATE_NOOP(
        "Library",
        "تعذر فتح المكتبة {path}: ملف السجل المؤقت بجانبها (-wal و-shm) عالق من برنامج آخر أو من"
        " توقف مفاجئ؛ أغلق كل نوافذ OpenReport ثم أعد المحاولة.",
    )


class LibraryPermissionError(LibraryError):
    """SQLITE_PERM and SQLITE_AUTH: access was refused."""

    sqlite_message = QT_TRANSLATE_NOOP("Library", "لا يسمح النظام بالوصول إلى الملف {path}.")


def report_not_found(report_id: object) -> Message:
    """The message of :class:`ReportNotFoundError` for the report numbered ``report_id``."""
    return said(
        QT_TRANSLATE_NOOP("Library", "التقرير رقم {number} غير موجود في المكتبة."),
        number=report_id,
    )


# By primary result code (code & 0xFF): an extended code shares its primary's meaning.
_BY_CODE: dict[int, type[LibraryError]] = {
    sqlite3.SQLITE_FULL: StorageFullError,
    sqlite3.SQLITE_IOERR: DiskError,
    sqlite3.SQLITE_BUSY: LibraryBusyError,
    sqlite3.SQLITE_LOCKED: LibraryLockedError,
    sqlite3.SQLITE_READONLY: ReadOnlyLibraryError,
    sqlite3.SQLITE_CORRUPT: CorruptLibraryError,
    sqlite3.SQLITE_NOTADB: NotALibraryError,
    sqlite3.SQLITE_CANTOPEN: CannotOpenLibraryError,
    sqlite3.SQLITE_PERM: LibraryPermissionError,
    sqlite3.SQLITE_AUTH: LibraryPermissionError,
    sqlite3.SQLITE_PROTOCOL: StaleLogError,
}

# Below this much free room, a failed read or write (SQLITE_IOERR) is taken for a full disk:
# SQLite reports a log index it cannot grow as an I/O error, not as SQLITE_FULL.
LOW_ROOM = 1 << 20


def _room_left(path: object) -> int | None:
    folder = os.path.dirname(os.path.abspath(str(path)))
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        return None
    return info.f_bavail * info.f_frsize


def translate_sqlite_error(error: sqlite3.Error, path: object) -> LibraryError | None:
    """The expected failure behind an sqlite3 error, or None when it is a bug."""
    code = getattr(error, "sqlite_errorcode", None)
    cls = None if code is None else _BY_CODE.get(code & 0xFF)
    if cls is DiskError and (room := _room_left(path)) is not None and room < LOW_ROOM:
        cls = StorageFullError
    if cls is None or cls.sqlite_message is None:
        return None
    return cls(said(cls.sqlite_message, path=str(path)))


def unknown_failure(error: sqlite3.Error, path: object) -> LibraryError:
    """An sqlite3 error with no class of its own met while opening: named by its code, never
    called damage (only SQLITE_CORRUPT and SQLITE_NOTADB say that a file is damaged)."""
    name = getattr(error, "sqlite_errorname", "") or type(error).__name__
    return CannotOpenLibraryError(
        said(
            QT_TRANSLATE_NOOP("Library", "تعذر فتح المكتبة {path} (خطأ SQLite: {name})."),
            path=str(path),
            name=name,
        )
    )


def sqlite_failure(error: sqlite3.Error, path: object) -> Exception:
    """The :class:`LibraryError` for ``error``, or ``error`` itself when it is a bug."""
    return translate_sqlite_error(error, path) or error
