"""Checks on files from elsewhere, before and while SQLite reads them: nothing in them may run.

An exchange file is a SQLite file someone else made. Its schema is SQL text that SQLite runs
when it reads: a view named ``reports`` can generate endless rows, a trigger or a generated
column can run arbitrary expressions. So its schema must be exactly the one OpenReport writes,
untrusted functions are off, and every statement on it runs under a time and work limit.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import stat
import time
from pathlib import Path

from openreport.errors import os_cause
from openreport.images import MAX_IMAGE_PIXELS  # one photograph
from openreport.messages import QT_TRANSLATE_NOOP, Message, said
from openreport.storage import schema
from openreport.storage.errors import ExchangeFileError

READ_SECONDS = 60.0  # a 200 MB file is checked, migrated and read in a few seconds
READ_STEPS = 2_000_000_000  # SQLite virtual-machine instructions, for the same
_STEPS_PER_CALL = 10_000

MAX_TOTAL_PIXELS = 500_000_000  # all the images of one file, decoded: about 2 GB

# The tables SQLite itself adds (ANALYZE, AUTOINCREMENT), by their one possible definition.
_SQLITE_TABLES = {
    ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    (
        "table",
        "sqlite_stat4",
        "sqlite_stat4",
        "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
    ),
    ("table", "sqlite_sequence", "sqlite_sequence", "CREATE TABLE sqlite_sequence(name,seq)"),
}


def regular_file(source: Path) -> Path:
    """The real path of ``source`` if it names a regular file; refuse anything else.

    A device (``/dev/zero``), a pipe or a socket would hang or exhaust memory when read. The
    link is resolved here, once, so that what is checked is what SQLite or ``open`` reads.
    """
    try:
        real = Path(os.path.realpath(source))
        info = os.lstat(real)
    except (OSError, RuntimeError) as error:
        reason = (
            os_cause(error)
            if isinstance(error, OSError)
            else said(QT_TRANSLATE_NOOP("Exchange", "مسار غير صالح"))
        )
        raise ExchangeFileError(
            said(
                QT_TRANSLATE_NOOP("Exchange", "تعذرت قراءة الملف {path}: {cause}."),
                path=str(source),
                cause=reason,
            )
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise ExchangeFileError(_not_regular(source))
    return real


def _not_regular(path: Path) -> Message:
    return said(
        QT_TRANSLATE_NOOP("Exchange", "{path} ليس ملفا عاديا؛ لا يمكن استيراد تقارير منه."),
        path=str(path),
    )


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file no larger than ``limit`` (never a link, device or pipe)."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise ExchangeFileError(
            said(
                QT_TRANSLATE_NOOP("Exchange", "تعذرت قراءة الملف {path}: {cause}."),
                path=str(path),
                cause=os_cause(error),
            )
        ) from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ExchangeFileError(_not_regular(path))
        if info.st_size > limit:
            raise ExchangeFileError(
                said(
                    QT_TRANSLATE_NOOP("Exchange", "الملف {path} أكبر من المسموح به."),
                    path=str(path),
                )
            )
        data = file.read(limit + 1)
    if len(data) > limit:
        raise ExchangeFileError(
            said(QT_TRANSLATE_NOOP("Exchange", "الملف {path} أكبر من المسموح به."), path=str(path))
        )
    return data


def limit_reading(conn: sqlite3.Connection, *, seconds: float = READ_SECONDS) -> None:
    """Make ``conn`` safe for a file from elsewhere: no untrusted functions, bounded work.

    A statement past the limit fails with ``sqlite3.OperationalError`` (interrupted).
    """
    conn.execute("PRAGMA trusted_schema = OFF")
    deadline = time.monotonic() + seconds
    calls = 0

    def check() -> int:
        nonlocal calls
        calls += 1
        return calls * _STEPS_PER_CALL > READ_STEPS or time.monotonic() > deadline

    conn.set_progress_handler(check, _STEPS_PER_CALL)


@functools.cache
def known_schema() -> frozenset[tuple]:
    """Every schema object of a library of any version, as ``sqlite_master`` rows."""
    known = set(_SQLITE_TABLES)
    for version in range(1, schema.SCHEMA_VERSION + 1):
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            schema.migrate(conn, target=version)
            known.update(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        finally:
            conn.close()
    return frozenset(known)


def check_schema(conn: sqlite3.Connection, source: Path) -> None:
    """Refuse a file whose schema holds anything OpenReport does not write itself.

    Views, triggers, generated columns, extra tables and changed definitions are all refused:
    each object must be, word for word, one that some version of the library creates.
    """
    found = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    kinds = {
        "view": QT_TRANSLATE_NOOP("Exchange", "عرضا"),
        "trigger": QT_TRANSLATE_NOOP("Exchange", "مشغلا"),
    }
    strangers = [row for row in found if tuple(row) not in known_schema()]
    strangers.sort(key=lambda row: row[0] not in kinds)  # name what runs code first
    if strangers:
        kind = kinds.get(strangers[0][0], QT_TRANSLATE_NOOP("Exchange", "عنصرا غير معروف"))
        raise ExchangeFileError(
            said(
                QT_TRANSLATE_NOOP(
                    "Exchange", "الملف {path} مرفوض: يضم {kind} «{name}» لا تكتبه OpenReport."
                ),
                path=str(source),
                kind=said(kind),
                name=str(strangers[0][1])[:40],
            )
        )


def check_images(sizes: list[tuple[int, int]], source: Path) -> None:
    """Refuse a file whose images (their width and height), decoded, would be too large one by
    one or all together."""
    total = 0
    for width, height in sizes:
        pixels = width * height
        if pixels > MAX_IMAGE_PIXELS:
            raise ExchangeFileError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Exchange", "الملف {path} مرفوض: يضم صورة أكبر من المسموح به."
                    ),
                    path=str(source),
                )
            )
        total += pixels
    if total > MAX_TOTAL_PIXELS:
        raise ExchangeFileError(
            said(
                QT_TRANSLATE_NOOP("Exchange", "الملف {path} مرفوض: صوره معا أكبر من المسموح به."),
                path=str(source),
            )
        )
