"""The library file itself: checking a file before it is opened, creating a new one, connecting.

A library file that a connection of this process holds is never opened outside SQLite: closing
any descriptor of a file drops every POSIX lock the process holds on it, SQLite's included, and
another process would then delete the write-ahead log under the running window. So the file is
checked through a read-only SQLite connection only, never read with ``open()``.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from openreport.errors import os_cause
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.storage import schema
from openreport.storage.errors import (
    CannotOpenLibraryError,
    CorruptLibraryError,
    LibraryError,
    NewerSchemaError,
    NotALibraryError,
    ReadOnlyLibraryError,
    translate_sqlite_error,
    unknown_failure,
)


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` read-only.

    A library in a folder that cannot be written (a read-only share, a locked USB stick) and
    without a write-ahead log is opened as immutable: SQLite could not create the log index
    there, and no OpenReport can be writing it (a writer needs that folder).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    log = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not log.exists():
        uri += "&immutable=1"
    return uri


def check_library_file(path: Path, *, full: bool = False, pages: bool = True) -> int:
    """Check, without writing to it, that ``path`` is a library this version can open.

    Returns its schema version; raises a :class:`LibraryError` with an Arabic message.
    ``full`` runs the complete integrity check instead of the quick one; ``pages=False`` skips
    the page-by-page check (its time grows with the library), for the window's start, whose
    backup thread runs it (:func:`pages_intact`) before copying anything.
    """
    try:
        size = path.stat().st_size
    except OSError as error:
        raise NotALibraryError(
            said(
                QT_TRANSLATE_NOOP("Library", "تعذرت قراءة الملف {path}: {cause}."),
                path=str(path),
                cause=os_cause(error),
            )
        ) from None
    if path.is_dir():
        raise NotALibraryError(
            said(
                QT_TRANSLATE_NOOP("Library", "{path} مجلد وليس مكتبة تقارير OpenReport."),
                path=str(path),
            )
        )
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise _refusal(error, path) from None
    try:
        return _check(conn, path, size, full, pages)
    except sqlite3.Error as error:
        raise _refusal(error, path) from None
    finally:
        conn.close()


def _refusal(error: sqlite3.Error, path: Path) -> LibraryError:
    # A failure with no class of its own is named by its code: an intact library that could
    # not be opened for another reason (a lock, a log) must not be called damaged.
    return _open_failure(error, path) or unknown_failure(error, path)


def _open_failure(error: sqlite3.Error, path: Path) -> LibraryError | None:
    failure = translate_sqlite_error(error, path)
    if isinstance(failure, CannotOpenLibraryError) and not os.access(path.parent, os.W_OK):
        # SQLite reports SQLITE_CANTOPEN when it cannot create the write-ahead log and its
        # index beside a library whose folder is read-only: say so.
        return ReadOnlyLibraryError(
            said(
                QT_TRANSLATE_NOOP("Library", "تعذر فتح المكتبة {path}: مجلدها للقراءة فقط."),
                path=str(path),
            )
        )
    return failure


def pages_intact(conn: sqlite3.Connection) -> bool:
    """SQLite's quick check of every page of the database of ``conn``."""
    try:
        return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:  # SQLITE_CORRUPT or SQLITE_NOTADB on a damaged page
        return False


def _check(conn: sqlite3.Connection, path: Path, size: int, full: bool, pages: bool) -> int:
    # The first statement reads the header: a file that is not a database fails here with
    # SQLITE_NOTADB, one whose header counts more pages than the file holds with SQLITE_CORRUPT.
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    if size % page_size:
        raise CorruptLibraryError(
            said(
                QT_TRANSLATE_NOOP("Library", "الملف {path} مبتور أو تالف ولا يمكن فتحه."),
                path=str(path),
            )
        )
    if application_id != schema.APPLICATION_ID:
        raise NotALibraryError(
            said(
                QT_TRANSLATE_NOOP("Library", "الملف {path} ليس مكتبة تقارير OpenReport."),
                path=str(path),
            )
        )
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.SCHEMA_VERSION:
        raise NewerSchemaError(
            said(
                QT_TRANSLATE_NOOP(
                    "Library", "المكتبة {path} من إصدار أحدث من OpenReport؛ حدّث البرنامج لفتحها."
                ),
                path=str(path),
            )
        )
    if full:
        intact = conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    else:
        intact = not pages or pages_intact(conn)
    if not intact:
        raise CorruptLibraryError(
            said(QT_TRANSLATE_NOOP("Library", "الملف {path} تالف ولا يمكن فتحه."), path=str(path))
        )
    if version == schema.SCHEMA_VERSION:
        for table, columns in schema.REQUIRED_COLUMNS.items():
            found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            if not columns <= found:
                raise NotALibraryError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "Library", "الملف {path} لا يطابق بنية مكتبة OpenReport."
                        ),
                        path=str(path),
                    )
                )
    return version


def create_library_file(path: Path) -> None:
    """Make a new, empty library at ``path`` (built aside, then renamed into place).

    The file is made by ``mkstemp`` (readable by its owner only) and SQLite writes into it; its
    log and index files take the library's permissions, so they are private too.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(fd)
    try:
        os.chmod(temp, 0o600)
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            schema.migrate(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        # The new file is not live yet (no connection holds it), so it may be opened here.
        with open(temp, "rb") as file:
            os.fsync(file.fileno())
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp + suffix)
        os.replace(temp, path)
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp + suffix)
        raise


def sqlite_copy(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the database of ``conn`` to ``target`` with SQLite's backup API, owner-only.

    Written into a private temporary file beside ``target``, then renamed into place; on any
    failure the temporary file is removed and ``target`` is left as it was.
    """
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        dest = sqlite3.connect(temp)
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        os.replace(temp, target)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp + suffix)
        raise


@contextlib.contextmanager
def check_restored_copy(backup: Path, library: Path) -> Iterator[sqlite3.Connection]:
    """A checked, migrated copy of ``backup`` made beside ``library``, removed afterwards.

    Raises :class:`NotALibraryError` when the copy cannot be migrated or, once migrated, fails
    the integrity check, lacks a table or has the wrong schema version.
    """
    refused = NotALibraryError(
        said(
            QT_TRANSLATE_NOOP(
                "Library",
                "النسخة الاحتياطية {path} لا تطابق بنية مكتبة OpenReport؛ لم يتغير شيء في المكتبة.",
            ),
            path=str(backup),
        )
    )
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_path = library.with_name(f".{library.name}.restore")
        for suffix in ("", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(copy_path) + suffix)
        sqlite_copy(source, copy_path)
    finally:
        source.close()
    copy = sqlite3.connect(copy_path, isolation_level=None)
    try:
        try:
            schema.migrate(copy)
            version = _check(copy, copy_path, copy_path.stat().st_size, True, True)
        except (sqlite3.Error, LibraryError):
            raise refused from None
        if version != schema.SCHEMA_VERSION or not _has_every_table(copy):
            raise refused
        yield copy
    finally:
        copy.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(copy_path) + suffix)


def _has_every_table(conn: sqlite3.Connection) -> bool:
    for table, columns in schema.REQUIRED_COLUMNS.items():
        found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not columns <= found:
            return False
    return True


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection to a checked library, in write-ahead-log mode."""
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise _open_failure(error, path) or unknown_failure(error, path) from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit survives a power cut, not only a crash of the program.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA busy_timeout = 3000")
    except sqlite3.Error as error:
        conn.close()
        raise _open_failure(error, path) or unknown_failure(error, path) from None
    return conn


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write (a second window, a reading command)."""
    try:
        conn = sqlite3.connect(
            read_only_uri(path),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute("PRAGMA busy_timeout = 3000")
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as error:
        raise _open_failure(error, path) or unknown_failure(error, path) from None
    return conn


def identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the file at ``path`` (stat reads no descriptor of it)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)
