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
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openreport import serialization
from openreport.model import CommuneProfile, Report, ReportStatus
from openreport.storage import schema
from openreport.storage.errors import (
    CorruptLibraryError,
    LibraryError,
    NewerSchemaError,
    NotALibraryError,
    ReportNotFoundError,
    translate_sqlite_error,
)
from openreport.text import search_terms
from openreport.validation import blocking, validate

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 10


@dataclass(frozen=True)
class ReportSummary:
    """What the library list shows of a report, read without loading the report."""

    id: int
    uuid: str
    title: str
    event_name: str
    city: str
    start_date: dt.date | None
    end_date: dt.date | None
    status: ReportStatus
    modified: dt.datetime
    deleted: dt.datetime | None = None


@dataclass(frozen=True)
class KnownPerson:
    """An entry of the people directory: a name typed once, offered again later."""

    name: str
    gender: str
    title: str
    organisation: str


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _sqlite_failure(error: sqlite3.Error, path: object) -> Exception:
    return translate_sqlite_error(error, path) or error


def check_library_file(path: Path, *, full: bool = False) -> int:
    """Check, without writing to it, that ``path`` is a library this version can open.

    Returns its schema version; raises a :class:`LibraryError` with an Arabic message.
    ``full`` runs the complete integrity check instead of the quick one.
    """
    try:
        with open(path, "rb") as file:
            header = file.read(100)
        size = path.stat().st_size
    except OSError as error:
        raise NotALibraryError(f"تعذرت قراءة الملف {path}: {error.strerror or error}.") from None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotALibraryError(f"الملف {path} ليس مكتبة تقارير OpenReport.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid only when its "version-valid-for" matches the
    # change counter; with a write-ahead log beside the file, pages may still be in the log.
    pages_valid = header[92:96] == header[24:28] and not Path(f"{path}-wal").exists()
    if page_size < 512 or size % page_size or (pages_valid and pages * page_size > size):
        raise CorruptLibraryError(f"الملف {path} مبتور أو تالف ولا يمكن فتحه.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        raise NotALibraryError(f"تعذر فتح الملف {path}.") from None
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if application_id != schema.APPLICATION_ID:
            raise NotALibraryError(f"الملف {path} ليس مكتبة تقارير OpenReport.")
        if version > schema.SCHEMA_VERSION:
            raise NewerSchemaError(
                f"المكتبة {path} من إصدار أحدث من OpenReport؛ حدّث البرنامج لفتحها."
            )
        check = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise CorruptLibraryError(f"الملف {path} تالف ولا يمكن فتحه.")
        if version == schema.SCHEMA_VERSION:
            _check_tables(conn, path)
        return version
    except sqlite3.Error:
        raise CorruptLibraryError(f"الملف {path} تالف ولا يمكن فتحه.") from None
    finally:
        conn.close()


def _check_tables(conn: sqlite3.Connection, path: object) -> None:
    for table, columns in schema.REQUIRED_COLUMNS.items():
        found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not columns <= found:
            raise NotALibraryError(f"الملف {path} لا يطابق بنية مكتبة OpenReport.")


def create_library_file(path: Path) -> None:
    """Make a new, empty library at ``path`` (built aside, then renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new", dir=path.parent)
    os.close(fd)
    os.unlink(temp)  # SQLite must create the file itself
    try:
        conn = sqlite3.connect(temp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            schema.migrate(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
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
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a commit survives a power cut, not only a crash of the program.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA busy_timeout = 3000")
        except sqlite3.Error as error:
            raise _sqlite_failure(error, path) from None
        library = cls(path, conn)
        try:
            if backup or version < schema.SCHEMA_VERSION:
                library.make_backup()
            if version < schema.SCHEMA_VERSION:
                schema.migrate(conn)
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
            raise _sqlite_failure(error, self.path) from None
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
            raise _sqlite_failure(error, self.path) from None

    # -- reports -------------------------------------------------------------------------

    def save(self, report: Report) -> int:
        """Store ``report`` (insert or update) in one transaction; return its id."""
        with self.transaction() as conn:
            self.store(conn, report)
        return report.id

    def store(
        self, conn: sqlite3.Connection, report: Report, *, now: dt.datetime | None = None
    ) -> None:
        data = serialization.report_to_data(report)
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        now = now or _now()
        columns = (
            report.uuid,
            data["title"],
            data["event"]["name"],
            data["event"]["city"],
            data["event"]["start_date"],
            data["event"]["end_date"],
            report.status.value,
            now.isoformat(),
            text,
        )
        if report.id is None:
            created = report.created or now
            cursor = conn.execute(
                "INSERT INTO reports (uuid, title, event_name, city, start_date, end_date,"
                " status, modified, data, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*columns, created.isoformat()),
            )
            report.id = cursor.lastrowid
            report.created = created
        else:
            cursor = conn.execute(
                "UPDATE reports SET uuid = ?, title = ?, event_name = ?, city = ?,"
                " start_date = ?, end_date = ?, status = ?, modified = ?, data = ? WHERE id = ?",
                (*columns, report.id),
            )
            if cursor.rowcount != 1:
                raise ReportNotFoundError(f"التقرير رقم {report.id} غير موجود في المكتبة.")
            conn.execute("DELETE FROM report_people WHERE report_id = ?", (report.id,))
        report.modified = now
        schema.index_report(conn, report.id, data)
        stamp = now.isoformat()
        people = {
            person.name.strip(): (person.gender.value, person.title, person.organisation)
            for person in report.people()
        }
        conn.executemany(
            "INSERT INTO people (name, gender, title, organisation, last_used)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET gender = excluded.gender,"
            " title = excluded.title, organisation = excluded.organisation,"
            " last_used = excluded.last_used",
            [(name, *details, stamp) for name, details in people.items()],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO report_people (report_id, person_id)"
            " SELECT ?, id FROM people WHERE name = ?",
            [(report.id, name) for name in people],
        )
        conn.executemany(
            "INSERT INTO organisations (name, last_used) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET last_used = excluded.last_used",
            [(o.name.strip(), stamp) for o in report.event.organisations if o.name.strip()],
        )

    def load(self, report_id: int) -> Report:
        row = self.conn.execute(
            "SELECT data, created, modified FROM reports WHERE id = ?", (report_id,)
        ).fetchone()
        if row is None:
            raise ReportNotFoundError(f"التقرير رقم {report_id} غير موجود في المكتبة.")
        report = serialization.report_from_data(json.loads(row[0]))
        report.id = report_id
        report.created = dt.datetime.fromisoformat(row[1])
        report.modified = dt.datetime.fromisoformat(row[2])
        return report

    def list_reports(self, *, trash: bool = False) -> list[ReportSummary]:
        """Summaries of the reports (or of the trash), most recently modified first."""
        where = "deleted IS NOT NULL" if trash else "deleted IS NULL"
        rows = self.conn.execute(
            "SELECT id, uuid, title, event_name, city, start_date, end_date, status, modified,"
            f" deleted FROM reports WHERE {where} ORDER BY modified DESC, id DESC"
        ).fetchall()
        return [_summary(row) for row in rows]

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
            "SELECT id, uuid, title, event_name, city, start_date, end_date, status, modified,"
            f" deleted FROM reports WHERE id IN ({marks}) AND deleted IS NULL"
            " ORDER BY modified DESC, id DESC LIMIT ?",
            (*ordered, limit),
        ).fetchall()
        return [_summary(row) for row in rows]

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

    def mark_final(self, report: Report) -> None:
        """Mark ``report`` final and save it, unless its validation has errors."""
        problems = blocking(validate(report, for_final=True))
        if problems:
            raise LibraryError("لا يمكن اعتماد التقرير نهائيا: " + problems[0].message)
        report.status = ReportStatus.FINAL
        self.save(report)

    def delete(self, report_id: int) -> None:
        """Move a report to the trash."""
        self._set_deleted(report_id, _now().isoformat())

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
        return len(ids)

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
            (_like_prefix(prefix), limit),
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
        self.backup_dir.mkdir(parents=True, exist_ok=True)
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
                raise _sqlite_failure(error, target) from None
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
            raise _sqlite_failure(error, self.path) from None
        finally:
            source.close()
        if self.conn.execute("PRAGMA user_version").fetchone()[0] < schema.SCHEMA_VERSION:
            schema.migrate(self.conn)


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def _summary(row: tuple) -> ReportSummary:
    def date(value: str | None) -> dt.date | None:
        return dt.date.fromisoformat(value) if value else None

    return ReportSummary(
        id=row[0],
        uuid=row[1],
        title=row[2],
        event_name=row[3],
        city=row[4],
        start_date=date(row[5]),
        end_date=date(row[6]),
        status=ReportStatus(row[7]),
        modified=dt.datetime.fromisoformat(row[8]),
        deleted=dt.datetime.fromisoformat(row[9]) if row[9] else None,
    )


def new_uuid() -> str:
    return str(uuid.uuid4())
