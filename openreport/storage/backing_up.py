"""Part of Library: its backups, taken at each start (in a thread of its own for the window),
kept by generations, and restored after a full check."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from openreport.errors import os_cause
from openreport.messages import QT_TRANSLATE_NOOP, Message, message_of, said
from openreport.storage import backups as generations
from openreport.storage.errors import CorruptLibraryError, LibraryError, sqlite_failure
from openreport.storage.files import (
    check_library_file,
    check_restored_copy,
    connect_read_only,
    pages_intact,
)


class BackupMixin:
    """What :class:`~openreport.storage.library.Library` does with its backups."""

    conn: sqlite3.Connection
    path: Path
    backup_failure: str | None
    backup_pending: bool

    def check_writable(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def _copy_to(
        self,
        target: Path,
        failure: Callable[[Message], Message],
        conn: sqlite3.Connection | None = None,
    ) -> Path:  # pragma: no cover
        raise NotImplementedError

    def back_up_later(self, done: Callable[[str | None], None] | None = None) -> None:
        """The start-up backup, off the caller's thread, so that the window shows first.

        It reads the library through a read-only connection of its own (SQLite's online
        backup takes one consistent snapshot while the window goes on saving); ``done`` is
        called from that thread with the failure's Arabic message, or None."""

        self.backup_pending = False

        def run() -> None:
            try:
                conn = connect_read_only(self.path)
                try:
                    if not pages_intact(conn):  # a damaged file must not push out good backups
                        raise CorruptLibraryError(_damaged(self.path))
                    self.make_backup(conn=conn)
                finally:
                    conn.close()
            except LibraryError as error:
                self.backup_failure = message_of(error)
            except sqlite3.Error as error:
                self.backup_failure = message_of(sqlite_failure(error, self.path))
            except OSError as error:
                self.backup_failure = _backup_failure(self.backup_dir, os_cause(error))
            if done is not None:
                done(self.backup_failure)

        self._backup_thread = threading.Thread(target=run, name="openreport-backup", daemon=True)
        self._backup_thread.start()

    def wait_for_backup(self) -> None:
        thread = getattr(self, "_backup_thread", None)
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _start_up_backup(self) -> None:
        # An intact library opens even when its start-up backup cannot be made (a full disk, a
        # read-only backup folder): the cause is kept in backup_failure for the window to show.
        try:
            self.make_backup()
        except LibraryError as error:
            self.backup_failure = message_of(error)

    @property
    def backup_dir(self) -> Path:
        return self.path.with_name(self.path.name + ".backups")

    def make_backup(
        self, *, force: bool = False, conn: sqlite3.Connection | None = None
    ) -> Path | None:
        """Back the library up with SQLite's online backup; prune the older generations.

        Skipped (returns None) when the newest backup holds the same content, unless ``force``.
        ``conn`` is the connection to read through (another thread's own), else the library's.
        """
        conn = conn or self.conn
        newest = self.backups()[:1]
        if not force and newest and generations.file_digest(newest[0]) == self._digest(conn):
            return None

        def failure(cause: Message) -> Message:
            return _backup_failure(self.backup_dir, cause)

        try:
            self.backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(failure(os_cause(error))) from None
        stamp = dt.datetime.now().strftime(generations.STAMP_FORMAT)
        target = self._copy_to(self.backup_dir / f"{self.path.stem}-{stamp}.sqlite", failure, conn)
        generations.prune(self.backups())
        return target

    def _digest(self, conn: sqlite3.Connection) -> bytes:
        try:
            return generations.content_digest(conn)
        except sqlite3.Error as error:
            raise sqlite_failure(error, self.path) from None

    def backups(self) -> list[Path]:
        """The backups of this library, newest first."""
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob(f"{self.path.stem}-*.sqlite"), reverse=True)

    def restore_backup(self, backup: str | os.PathLike) -> None:
        """Replace the library's content by a backup's (after backing up the current one).

        The backup is copied beside the library, migrated and fully checked there; only then
        is it written into the library, in one SQLite transaction. A backup that cannot be
        used is refused with an Arabic message and the library stays as it was.
        """
        backup = Path(backup)
        self.check_writable()
        check_library_file(backup, full=True)
        with check_restored_copy(backup, self.path) as copy:
            self.make_backup(force=True)
            try:
                copy.backup(self.conn)
            except sqlite3.Error as error:
                raise sqlite_failure(error, self.path) from None


def _damaged(path: Path) -> Message:
    return said(
        QT_TRANSLATE_NOOP(
            "Library",
            "الملف {path} تالف: لم تؤخذ منه نسخة احتياطية. أغلق البرنامج"
            " واسترجع آخر نسخة احتياطية سليمة (openreport restore-backup).",
        ),
        path=str(path),
    )


def _backup_failure(folder: Path, cause: Message) -> Message:
    """Why a backup could not be made in ``folder``: ``cause`` (an operating system's)."""
    return said(
        QT_TRANSLATE_NOOP("Library", "تعذر إنشاء نسخة احتياطية في {folder}: {cause}."),
        folder=str(folder),
        cause=cause,
    )
