"""The library: one SQLite file that holds a commune's reports, people and profile.

Every write is one transaction. A file is checked read-only before it is opened for writing:
one that is not a library, is damaged or is newer is refused in Arabic and left untouched.

- **One OpenReport per library.** ``Library.open(path)`` takes the library's lock
  (:class:`~openreport.storage.lock.LibraryLock`, the file ``LIB.lock`` beside it, held with the
  operating system's lock and so free again after a crash) or raises
  :class:`~openreport.storage.errors.LibraryInUseError`. ``Library.open(path, read_only=True)``
  opens without the lock, for a second window or a reading command; any write then raises
  :class:`~openreport.storage.errors.OpenedReadOnlyError` (a ``ReadOnlyLibraryError``).
  ``Library.is_in_use(path)`` tells whether another process holds the lock.
- **Conditional saves.** Each stored report has a revision (``report.revision``, set by
  :meth:`Library.load`); :meth:`Library.save` stores the report only if the stored revision is
  still the one it was loaded with, else raises
  :class:`~openreport.storage.errors.SaveConflictError` and changes nothing; on success the
  revision goes up by one (and ``report.revision`` with it). ``revision=None`` (a report not
  loaded from this library) saves without the condition.
- **A library that vanished.** Before each write, the file at ``path`` must still be the one
  opened (same device and inode); otherwise
  :class:`~openreport.storage.errors.LibraryGoneError`, and :meth:`Library.save_copy_to` writes
  the open library (SQLite's backup API, into a temporary file renamed into place) elsewhere.
- **Backups** (:mod:`openreport.storage.backups`): skipped when identical to the newest; kept by
  generations. :meth:`Library.restore_backup` checks and migrates a copy before swapping it in.
- **Privacy**: the library, its log and its backups are readable by their owner only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from openreport import serialization
from openreport.errors import os_cause
from openreport.messages import QT_TRANSLATE_NOOP, Message, said
from openreport.model import Report
from openreport.storage import attachments, followup, schema
from openreport.storage.backing_up import BackupMixin
from openreport.storage.directory import DirectoryMixin
from openreport.storage.errors import (
    LibraryError,
    LibraryGoneError,
    LibraryInUseError,
    NotALibraryError,
    OpenedReadOnlyError,
    ReportNotFoundError,
    report_not_found,
    sqlite_failure,
    translate_sqlite_error,
)
from openreport.storage.files import (
    check_library_file,
    connect,
    connect_read_only,
    create_library_file,
    sqlite_copy,
)
from openreport.storage.files import (
    identity as _identity,
)
from openreport.storage.lock import LibraryLock
from openreport.storage.rows import (
    now,
    store_report,
)


class Library(BackupMixin, DirectoryMixin):
    """An open library file. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        *,
        lock: LibraryLock | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = path
        self.conn = conn
        self.lock = lock
        self.read_only = read_only
        self.identity = _identity(path)
        self.backup_failure: str | None = None  # why the start-up backup failed, in Arabic
        self.backup_pending = False  # opened with backup="later": back_up_later() takes it

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: str | os.PathLike,
        *,
        create: bool = True,
        backup: bool | str = False,
        lock: bool = True,
        read_only: bool = False,
    ) -> Library:
        """Open (or create) the library at ``path``.

        ``lock`` takes the library's lock first (:class:`LibraryInUseError` when another
        process holds it); ``read_only`` opens without the lock and without writing anything.
        ``backup`` takes a backup first (skipped when identical to the newest), as a command
        does at each start; ``backup="later"`` leaves it to :meth:`back_up_later`, which the
        window calls once shown. A file of an older schema is always backed up before it is
        migrated, at once.
        """
        path = Path(path)
        if read_only:
            return cls._open_read_only(path)
        if create and not path.exists():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise LibraryError(
                    said(
                        QT_TRANSLATE_NOOP("Library", "تعذر إنشاء المجلد {folder}: {cause}."),
                        folder=str(path.parent),
                        cause=os_cause(error),
                    )
                ) from None
        held = LibraryLock(path) if lock else None
        try:
            if not path.exists():
                if not create:
                    raise NotALibraryError(_missing(path))
                create_library_file(path)
            # the window's start leaves the page-by-page check to its backup thread
            version = check_library_file(path, pages=backup != "later")
            library = cls(path, connect(path), lock=held)
        except BaseException:
            if held is not None:
                held.release()
            raise
        try:
            if version < schema.SCHEMA_VERSION:
                library.make_backup(force=True)  # never migrate without a copy of the original
                schema.migrate(library.conn)
            elif backup == "later":
                library.backup_pending = True  # the window shows first (back_up_later)
            elif backup:
                library._start_up_backup()
            if backup:  # at the application's start, before any window holds a report
                library.clean_attachments()
        except BaseException:
            library.close()
            raise
        return library

    @classmethod
    def _open_read_only(cls, path: Path) -> Library:
        if not path.exists():
            raise NotALibraryError(_missing(path))
        version = check_library_file(path)
        if version < schema.SCHEMA_VERSION:
            raise LibraryInUseError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Library",
                        "المكتبة {path} تحتاج إلى تحديث، ولا يمكن ذلك وهي مفتوحة في نافذة أخرى؛"
                        " أغلق النافذة الأخرى ثم أعد المحاولة.",
                    ),
                    path=str(path),
                )
            )
        return cls(path, connect_read_only(path), read_only=True)

    @staticmethod
    def is_in_use(path: str | os.PathLike) -> bool:
        """Whether another process (another window, the command line) holds the library."""
        return LibraryLock.is_held_elsewhere(Path(path))

    def close(self) -> None:
        self.wait_for_backup()  # a start-up backup still being written is finished, not cut
        if not self.read_only:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
        self.conn.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def check_writable(self) -> None:
        """Raise unless a write may go ahead: not read-only, and the file is still there."""
        if self.read_only:
            raise OpenedReadOnlyError(
                said(
                    QT_TRANSLATE_NOOP(
                        "Library",
                        "المكتبة {path} مفتوحة للقراءة فقط في هذه النافذة لأنها مفتوحة في نافذة"
                        " أخرى؛ لا يمكن الحفظ هنا.",
                    ),
                    path=str(self.path),
                )
            )
        if _identity(self.path) != self.identity:
            raise LibraryGoneError.at(self.path)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back whole."""
        self.check_writable()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise sqlite_failure(error, self.path) from None
        try:
            yield self.conn
        except BaseException as error:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.Error):
                failure = translate_sqlite_error(error, self.path)
                if failure is not None:
                    raise failure from error
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")
            raise sqlite_failure(error, self.path) from None

    def save_copy_to(self, target: str | os.PathLike) -> Path:
        """Write the open library to ``target`` (a new location), readable by its owner only.

        Works when the file at :attr:`path` is gone: the copy comes from the open connection.
        The copy is written beside ``target`` and renamed into place; open it with
        :meth:`open` to go on working there.
        """
        target = Path(target)

        def failure(cause: Message) -> Message:
            return said(
                QT_TRANSLATE_NOOP("Library", "تعذر حفظ نسخة من المكتبة في {path}: {cause}."),
                path=str(target),
                cause=cause,
            )

        return self._copy_to(target, failure)

    def _copy_to(
        self,
        target: Path,
        failure: Callable[[Message], Message],
        conn: sqlite3.Connection | None = None,
    ) -> Path:
        """Copy the open library to ``target`` through SQLite; ``failure`` makes the message
        from the operating system's cause."""
        try:
            sqlite_copy(conn or self.conn, target)
        except OSError as error:
            raise LibraryError(failure(os_cause(error))) from None
        except sqlite3.Error as error:
            raise sqlite_failure(error, target) from None
        return target

    # -- reports -------------------------------------------------------------------------

    def save(self, report: Report) -> int:
        """Store ``report`` (insert or update) in one transaction; return its id.

        Raises :class:`SaveConflictError` (nothing written) when the stored report's revision
        is no longer ``report.revision``; on success ``report.revision`` is the new one.
        """
        before = (report.id, report.revision, report.created, report.modified)
        try:
            with self.transaction() as conn:
                self.store(conn, report)
        except BaseException:
            # Nothing was stored: the copy keeps the identity it had, so that a retry is fair.
            report.id, report.revision, report.created, report.modified = before
            raise
        return report.id

    def store(self, conn: sqlite3.Connection, report: Report) -> None:
        """Store ``report`` inside the caller's transaction (see :meth:`transaction`)."""
        store_report(conn, report, now())

    def load(self, report_id: int) -> Report:
        row = self.conn.execute(
            "SELECT data, created, modified, revision FROM reports WHERE id = ?", (report_id,)
        ).fetchone()
        if row is None:
            raise ReportNotFoundError(report_not_found(report_id))
        report = serialization.report_from_data(json.loads(row[0]))
        attachments.bind(report, self.conn)
        report.id = report_id
        report.created = dt.datetime.fromisoformat(row[1])
        report.modified = dt.datetime.fromisoformat(row[2])
        report.revision = row[3]
        return report

    def revision(self, report_id: int) -> int | None:
        """The stored revision of a report (None when it does not exist)."""
        row = self.conn.execute(
            "SELECT revision FROM reports WHERE id = ?", (report_id,)
        ).fetchone()
        return None if row is None else row[0]

    def duplicate(
        self,
        report_id: int,
        retitle: Callable[[str], str] | None = None,
        rename: Callable[[str], str] | None = None,
    ) -> int:
        """A new draft for the next edition: same event, people and organisations, no dates.

        ``retitle`` and ``rename`` (callables on a string) give its title and event's name."""
        report = self.load(report_id)
        event = report.event
        copy = Report(
            title=retitle(report.title) if retitle else report.title,
            report_place=report.report_place,
            commune_role=report.commune_role,
            event=dataclasses.replace(
                event,
                name=rename(event.name) if rename else event.name,
                start_date=None,
                end_date=None,
                participants_count=None,
            ),
            delegation=report.delegation,
        )
        copy.closing.signature = dataclasses.replace(report.closing.signature, date=None)
        return self.save(copy)

    def delete(self, report_id: int) -> None:
        """Move a report to the trash."""
        self._set_deleted(report_id, now().isoformat())

    def restore(self, report_id: int) -> None:
        """Bring a report back from the trash."""
        self._set_deleted(report_id, None)

    def _set_deleted(self, report_id: int, value: str | None) -> None:
        with self.transaction() as conn:
            cursor = conn.execute("UPDATE reports SET deleted = ? WHERE id = ?", (value, report_id))
            if cursor.rowcount != 1:
                raise ReportNotFoundError(report_not_found(report_id))
            if value:  # the follow-up lists the reports outside the trash
                followup.unindex_report(conn, report_id)
            else:
                followup.reindex_stored(conn, report_id)

    def empty_trash(self) -> int:
        """Delete for good every report in the trash; return how many."""
        with self.transaction() as conn:
            ids = [
                row[0] for row in conn.execute("SELECT id FROM reports WHERE deleted IS NOT NULL")
            ]
            for report_id in ids:
                schema.unindex_report(conn, report_id)
                followup.unindex_report(conn, report_id)
                conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
            attachments.remove_unreferenced(conn)
        return len(ids)

    def clean_attachments(self) -> int:
        """Delete the images no report (the trash included) refers to; return how many."""
        with self.transaction() as conn:
            return attachments.remove_unreferenced(conn)


def _missing(path: Path) -> Message:
    return said(QT_TRANSLATE_NOOP("Library", "الملف {path} غير موجود."), path=str(path))
