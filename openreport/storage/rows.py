"""A report's rows in the library: the report itself, its people, its organisations, its summary."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from dataclasses import dataclass

from openreport import serialization
from openreport.model import Report, ReportStatus
from openreport.storage import schema
from openreport.storage.errors import ReportNotFoundError, SaveConflictError

SUMMARY_COLUMNS = (
    "id, uuid, title, event_name, city, start_date, end_date, status, modified, deleted"
)


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


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def new_uuid() -> str:
    return str(uuid.uuid4())


def store_report(conn: sqlite3.Connection, report: Report, stamp: dt.datetime) -> None:
    """Insert or update ``report`` and its index, people and organisations (no transaction)."""
    data = serialization.report_to_data(report)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    columns = (
        report.uuid,
        data["title"],
        data["event"]["name"],
        data["event"]["city"],
        data["event"]["start_date"],
        data["event"]["end_date"],
        report.status.value,
        stamp.isoformat(),
        text,
    )
    if report.id is None:
        created = report.created or stamp
        cursor = conn.execute(
            "INSERT INTO reports (uuid, title, event_name, city, start_date, end_date,"
            " status, modified, data, created, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (*columns, created.isoformat()),
        )
        report.id = cursor.lastrowid
        report.created = created
        report.revision = 1
    else:
        # Conditional on the revision the copy was loaded with: never overwrite another's save.
        cursor = conn.execute(
            "UPDATE reports SET uuid = ?, title = ?, event_name = ?, city = ?,"
            " start_date = ?, end_date = ?, status = ?, modified = ?, data = ?,"
            " revision = revision + 1 WHERE id = ? AND (? IS NULL OR revision = ?)"
            " RETURNING revision",
            (*columns, report.id, report.revision, report.revision),
        )
        row = cursor.fetchone()
        if row is None:
            _refuse_update(conn, report)
        report.revision = row[0]
        conn.execute("DELETE FROM report_people WHERE report_id = ?", (report.id,))
    report.modified = stamp
    schema.index_report(conn, report.id, data)
    _store_names(conn, report, stamp.isoformat())


def _refuse_update(conn: sqlite3.Connection, report: Report) -> None:
    stored = conn.execute("SELECT revision FROM reports WHERE id = ?", (report.id,)).fetchone()
    if stored is None:
        raise ReportNotFoundError(f"التقرير رقم {report.id} غير موجود في المكتبة.")
    raise SaveConflictError(
        f"تغير التقرير رقم {report.id} في المكتبة بعد فتحه هنا (ربما حُفظ من نافذة أخرى)؛"
        " لم يُحفظ شيء فوق التغييرات الأخرى."
    )


def _store_names(conn: sqlite3.Connection, report: Report, stamp: str) -> None:
    """The people directory and the organisation names offered while typing."""
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


def like_prefix(prefix: str) -> str:
    """A LIKE pattern (escaped with a backslash) for names that start with ``prefix``."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


def summary(row: tuple) -> ReportSummary:
    """A :class:`ReportSummary` from a row of :data:`SUMMARY_COLUMNS`."""

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
