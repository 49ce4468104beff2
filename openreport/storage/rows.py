"""A report's rows in the library: the report itself, its people, its organisations, its summary."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import uuid
from dataclasses import dataclass

from openreport import serialization
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.model import Report, ReportStatus
from openreport.storage import followup, schema
from openreport.storage.attachments import store_attachments
from openreport.storage.errors import ReportNotFoundError, SaveConflictError, report_not_found

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


# The list shows a report on one row (``openreport list`` prints its columns between tabs): a
# line break or tab in a title from another commune's file would forge rows or columns there.
_LINE_BREAKS = re.compile(r"\s*[\t\n\r\v\f\x1c-\x1f\x85\u2028\u2029]+\s*")


def one_line(text: str) -> str:
    """``text`` for a summary column: its line breaks and tabs become single spaces."""
    return _LINE_BREAKS.sub(" ", text)


def now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def new_uuid() -> str:
    return str(uuid.uuid4())


def store_report(
    conn: sqlite3.Connection, report: Report, stamp: dt.datetime, *, imported: bool = False
) -> None:
    """Insert or update ``report`` and its index, people and organisations (no transaction).

    An ``imported`` report (from another commune's file) only adds people the directory does
    not know yet: what the user typed about a person is never rewritten by someone else's file.
    """
    store_attachments(conn, report)
    if not imported:
        followup.keep_histories(conn, report)
    data = serialization.report_to_data(report)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    columns = (
        report.uuid,
        one_line(data["title"]),
        one_line(data["event"]["name"]),
        one_line(data["event"]["city"]),
        data["event"]["start_date"],
        data["event"]["end_date"],
        report.status.value,
        stamp.isoformat(),
        text,
    )
    trashed = None
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
            " RETURNING revision, deleted",
            (*columns, report.id, report.revision, report.revision),
        )
        row = cursor.fetchone()
        if row is None:
            _refuse_update(conn, report)
        report.revision, trashed = row
        conn.execute("DELETE FROM report_people WHERE report_id = ?", (report.id,))
    report.modified = stamp
    schema.index_report(conn, report.id, data)
    if trashed is None:  # the trash is not followed up
        followup.index_report(conn, report.id, data)
    _store_names(conn, report, stamp.isoformat(), imported)


def _refuse_update(conn: sqlite3.Connection, report: Report) -> None:
    stored = conn.execute("SELECT revision FROM reports WHERE id = ?", (report.id,)).fetchone()
    if stored is None:
        raise ReportNotFoundError(report_not_found(report.id))
    raise SaveConflictError(
        said(
            QT_TRANSLATE_NOOP(
                "Library",
                "تغير التقرير رقم {number} في المكتبة بعد فتحه هنا (ربما حُفظ من نافذة أخرى)؛"
                " لم يُحفظ شيء فوق التغييرات الأخرى.",
            ),
            number=report.id,
        )
    )


_UPDATE_PERSON = (
    "gender = excluded.gender, title = excluded.title, organisation = excluded.organisation,"
    " last_used = excluded.last_used"
)


def _store_names(conn: sqlite3.Connection, report: Report, stamp: str, imported: bool) -> None:
    """The people directory and the organisation names offered while typing."""
    people = {
        person.name.strip(): (person.gender.value, person.title, person.organisation)
        for person in report.people()
    }
    conn.executemany(
        "INSERT INTO people (name, gender, title, organisation, last_used)"
        " VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO "
        + ("NOTHING" if imported else f"UPDATE SET {_UPDATE_PERSON}"),
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
