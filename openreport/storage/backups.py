"""The library's backups: which to take, which to keep, and checking one before it is restored.

A backup is taken with SQLite's online backup API at each start, unless the newest backup
already holds the same reports and profile (compared by a digest computed through SQLite, never
by reading the live file). Kept: the last :data:`KEEP_LAST` backups, the newest of each of the
last :data:`KEEP_DAILY` days and the newest of each of the last :data:`KEEP_WEEKLY` weeks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
from pathlib import Path

KEEP_LAST = 5
KEEP_DAILY = 7
KEEP_WEEKLY = 4

_STAMP = re.compile(r"-(\d{8}-\d{6})-\d{6}\.sqlite$")
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"


def content_digest(conn: sqlite3.Connection) -> bytes:
    """A digest of what a backup is for: every report row and the commune's profile.

    A report row is identified by its revision and modification time, which every save of
    OpenReport changes, rather than by its text: so a start compares two large libraries in a
    few milliseconds instead of reading every report twice.
    """
    digest = hashlib.blake2b(digest_size=20)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "reports" in tables:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(reports)")}
        chosen = [c if c in columns else "NULL" for c in ("revision", "deleted")]
        query = f"SELECT id, modified, {', '.join(chosen)} FROM reports ORDER BY id"
        for row in conn.execute(query):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    if "profile" in tables:
        for row in conn.execute("SELECT data, logo FROM profile ORDER BY id"):
            digest.update(repr(row).encode("utf-8", "surrogatepass"))
    return digest.digest()


def file_digest(path: Path) -> bytes | None:
    """The :func:`content_digest` of a backup file (not live: no connection of ours holds it)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return content_digest(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def backup_time(path: Path) -> dt.datetime | None:
    """When a backup was taken, from its name."""
    match = _STAMP.search(path.name)
    if match is None:
        return None
    with contextlib.suppress(ValueError):
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    return None


def to_keep(backups: list[Path]) -> set[Path]:
    """The backups the rule keeps, among ``backups`` (any order)."""
    dated = sorted(
        ((when, path) for path in backups if (when := backup_time(path)) is not None),
        reverse=True,
    )
    keep = {path for _, path in dated[:KEEP_LAST]}
    days: dict[dt.date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for when, path in dated:  # newest first: the first seen of a day or week is its newest
        days.setdefault(when.date(), path)
        weeks.setdefault(when.isocalendar()[:2], path)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    return keep


def prune(backups: list[Path]) -> None:
    """Delete the backups the rule does not keep (a name not of ours is left alone)."""
    keep = to_keep(backups)
    for path in backups:
        if path not in keep and backup_time(path) is not None:
            with contextlib.suppress(OSError):
                path.unlink()


def private_file(path: Path) -> None:
    """Create ``path`` empty and readable by its owner only, before SQLite writes into it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
