"""The library: one SQLite file that holds a commune's reports, people and profile.

Every write is one transaction. A file is checked read-only before it is opened for writing,
so a file that is not a library, is damaged or comes from a newer OpenReport is refused with an
Arabic message and left exactly as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from openreport import serialization
from openreport.model import CommuneProfile, Report
from openreport.storage import attachments, schema
from openreport.storage.errors import (
    LibraryError,
    NotALibraryError,
    ReportNotFoundError,
    sqlite_failure,
    translate_sqlite_error,
)
from openreport.storage.files import check_library_file, connect, create_library_file
from openreport.storage.rows import (
    SUMMARY_COLUMNS,
    KnownPerson,
    ReportSummary,
    like_prefix,
    now,
    store_report,
    summary,
)
from openreport.text import search_terms

BACKUPS_KEPT = 10


class Library:
    """An open library file. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True, backup: bool = False) -> Library:
        """Open (or create) the library at ``path``.

        ``backup`` takes a rotating backup first, as the application does at each start; a
        file of an older schema is always backed up before it is migrated.
        """
        path = Path(path)
        if not path.exists():
            if not create:
                raise NotALibraryError(f"الملف {path} غير موجود.")
            create_library_file(path)
        version = check_library_file(path)
        conn = connect(path)
        library = cls(path, conn)
        try:
            if backup or version < schema.SCHEMA_VERSION:
                library.make_backup()
            if version < schema.SCHEMA_VERSION:
                schema.migrate(conn)
            if backup:  # at the application's start, before any window holds a report
                library.clean_attachments()
        except BaseException:
            conn.close()
            raise
        return library

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole, or rolled back whole."""
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

    # -- reports -------------------------------------------------------------------------

    def save(self, report: Report) -> int:
        """Store ``report`` (insert or update) in one transaction; return its id."""
        with self.transaction() as conn:
            self.store(conn, report)
        return report.id

    def store(self, conn: sqlite3.Connection, report: Report) -> None:
        """Store ``report`` inside the caller's transaction (see :meth:`transaction`)."""
        store_report(conn, report, now())

    def load(self, report_id: int) -> Report:
        row = self.conn.execute(
            "SELECT data, created, modified FROM reports WHERE id = ?", (report_id,)
        ).fetchone()
        if row is None:
            raise ReportNotFoundError(f"التقرير رقم {report_id} غير موجود في المكتبة.")
        report = serialization.report_from_data(json.loads(row[0]))
        attachments.bind(report, self.conn)
        report.id = report_id
        report.created = dt.datetime.fromisoformat(row[1])
        report.modified = dt.datetime.fromisoformat(row[2])
        return report

    def list_reports(self, *, trash: bool = False) -> list[ReportSummary]:
        """Summaries of the reports (or of the trash), most recently modified first."""
        where = "deleted IS NOT NULL" if trash else "deleted IS NULL"
        rows = self.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM reports WHERE {where} ORDER BY modified DESC, id DESC"
        ).fetchall()
        return [summary(row) for row in rows]

    def search(self, query: str, *, limit: int = 200) -> list[ReportSummary]:
        """Reports (not in the trash) whose text holds every word of ``query`` (as prefixes)."""
        terms = search_terms(query)
        if not terms:
            return []
        # Each word is looked up on its own (a report's text is indexed in chunks), and a
        # report must hold them all.
        found: set[int] | None = None
        for term in terms:
            match = '"' + term.replace('"', '""') + '"*'
            ids = {
                row[0] >> schema.CHUNK_BITS
                for row in self.conn.execute(
                    "SELECT rowid FROM report_search WHERE report_search MATCH ?", (match,)
                )
            }
            found = ids if found is None else found & ids
            if not found:
                return []
        ordered = sorted(found)[: limit * 10]
        marks = ",".join("?" * len(ordered))
        rows = self.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM reports WHERE id IN ({marks}) AND deleted IS NULL"
            " ORDER BY modified DESC, id DESC LIMIT ?",
            (*ordered, limit),
        ).fetchall()
        return [summary(row) for row in rows]

    def duplicate(self, report_id: int) -> int:
        """A new draft for the next edition: same event, people and organisations, no dates."""
        report = self.load(report_id)
        copy = Report(
            title=report.title,
            report_place=report.report_place,
            commune_role=report.commune_role,
            event=dataclasses.replace(
                report.event, start_date=None, end_date=None, participants_count=None
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
                raise ReportNotFoundError(f"التقرير رقم {report_id} غير موجود في المكتبة.")

    def empty_trash(self) -> int:
        """Delete for good every report in the trash; return how many."""
        with self.transaction() as conn:
            ids = [
                row[0] for row in conn.execute("SELECT id FROM reports WHERE deleted IS NOT NULL")
            ]
            for report_id in ids:
                schema.unindex_report(conn, report_id)
                conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
            attachments.remove_unreferenced(conn)
        return len(ids)

    def clean_attachments(self) -> int:
        """Delete the images no report (the trash included) refers to; return how many."""
        with self.transaction() as conn:
            return attachments.remove_unreferenced(conn)

    def exists(self, report_id: int) -> bool:
        """Whether the library holds this report outside the trash."""
        row = self.conn.execute(
            "SELECT 1 FROM reports WHERE id = ? AND deleted IS NULL", (report_id,)
        ).fetchone()
        return row is not None

    def find_id(self, report_uuid: str) -> int | None:
        row = self.conn.execute("SELECT id FROM reports WHERE uuid = ?", (report_uuid,)).fetchone()
        return row[0] if row else None

    # -- people directory and profile --------------------------------------------------------

    def people(self, prefix: str = "", *, limit: int = 50) -> list[KnownPerson]:
        """People typed in earlier reports, most recently used first, whose name starts so."""
        rows = self.conn.execute(
            "SELECT name, gender, title, organisation FROM people WHERE name LIKE ? ESCAPE '\\'"
            " ORDER BY last_used DESC LIMIT ?",
            (like_prefix(prefix), limit),
        ).fetchall()
        return [KnownPerson(*row) for row in rows]

    def organisation_names(self) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute("SELECT name FROM organisations ORDER BY last_used DESC")
        ]

    def load_profile(self) -> CommuneProfile:
        row = self.conn.execute("SELECT data, logo FROM profile WHERE id = 1").fetchone()
        if row is None:
            return CommuneProfile()
        profile = serialization.profile_from_data(json.loads(row[0]))
        profile.logo = row[1]
        return profile

    def has_profile(self) -> bool:
        return self.conn.execute("SELECT 1 FROM profile WHERE id = 1").fetchone() is not None

    def save_profile(self, profile: CommuneProfile) -> None:
        data = serialization.profile_to_data(dataclasses.replace(profile, logo=None))
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO profile (id, data, logo) VALUES (1, ?, ?) ON CONFLICT (id)"
                " DO UPDATE SET data = excluded.data, logo = excluded.logo",
                (json.dumps(data, ensure_ascii=False), profile.logo),
            )

    # -- backups --------------------------------------------------------------------------

    @property
    def backup_dir(self) -> Path:
        return self.path.with_name(self.path.name + ".backups")

    def make_backup(self) -> Path:
        """Copy the library with SQLite's online backup; keep the last ten copies."""
        try:
            self.backup_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise LibraryError(f"تعذر إنشاء نسخة احتياطية في {self.backup_dir}.") from None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backup_dir / f"{self.path.stem}-{stamp}.sqlite"
        partial = target.with_suffix(".part")
        try:
            dest = sqlite3.connect(partial)
            try:
                self.conn.backup(dest)
            finally:
                dest.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as error:
            with contextlib.suppress(OSError):
                partial.unlink()
            if isinstance(error, sqlite3.Error):
                raise sqlite_failure(error, target) from None
            raise LibraryError(f"تعذر إنشاء نسخة احتياطية في {self.backup_dir}.") from None
        for old in self.backups()[BACKUPS_KEPT:]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    def backups(self) -> list[Path]:
        """The backups of this library, newest first."""
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob(f"{self.path.stem}-*.sqlite"), reverse=True)

    def restore_backup(self, backup: Path) -> None:
        """Replace the library's content by a backup's (after backing up the current one)."""
        check_library_file(Path(backup), full=True)
        self.make_backup()
        source = sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)
        try:
            source.backup(self.conn)
        except sqlite3.Error as error:
            raise sqlite_failure(error, self.path) from None
        finally:
            source.close()
        if self.conn.execute("PRAGMA user_version").fetchone()[0] < schema.SCHEMA_VERSION:
            schema.migrate(self.conn)
