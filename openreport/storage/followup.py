"""The follow-up index: one row per recommendation and next step of the reports outside the trash.

The reports' data is the truth; the ``followup`` table (library schema version 6) is derived
from it, in the same transaction as each save, trash, restore and deletion, so that the
follow-up view reads a thousand reports' recommendations without loading one report.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any, NamedTuple

from openreport.followup import (
    CLOSED,
    RecommendationStatus,
    StatusChange,
    merge_histories,
    record_change,
)
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.text import fold_arabic, search_terms

SCHEMA = """
CREATE TABLE followup (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    rec_id TEXT NOT NULL,
    text TEXT NOT NULL,
    by_commune INTEGER NOT NULL,
    responsible TEXT NOT NULL,
    deadline TEXT,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    next_step INTEGER NOT NULL,
    report_title TEXT NOT NULL,
    event_year INTEGER,
    changed TEXT,
    folded TEXT NOT NULL,
    history TEXT NOT NULL,
    PRIMARY KEY (report_id, position)
) WITHOUT ROWID;
CREATE INDEX followup_deadline ON followup (deadline IS NULL, deadline, report_id DESC, position);
CREATE INDEX followup_status ON followup (status, deadline)
"""

_STORED = (
    "report_id, position, rec_id, text, by_commune, responsible, deadline, status, body,"
    " next_step, report_title, event_year, changed, history"
)
_COLUMNS = (
    "report_id, position, rec_id, text, by_commune, responsible, deadline, status, body,"
    " next_step, report_title, event_year, changed"
)


class FollowupItem(NamedTuple):
    """A recommendation (or a next step) as the follow-up view lists it (a named tuple: the
    view lists thousands, built in a few milliseconds)."""

    report_id: int
    position: int  # its place among the report's recommendations, then next steps
    rec_id: str
    text: str
    by_commune: bool
    responsible: str
    deadline: dt.date | None
    status: RecommendationStatus
    body: str  # the workshop that made it; "" for a next step of the delegation
    next_step: bool
    report_title: str
    event_year: int | None
    changed: dt.date | None  # the day of its latest recorded change
    overdue: bool


SORTS = {
    "deadline": "deadline IS NULL, deadline",
    "status": "CASE status WHEN 'proposed' THEN 0 WHEN 'adopted' THEN 1"
    " WHEN 'in_progress' THEN 2 WHEN 'done' THEN 3 ELSE 4 END",
    "responsible": "responsible",
    "report": "report_title",
    "year": "event_year IS NULL, event_year",
    "text": "text",
    "body": "body",
    "own": "NOT by_commune",
}


@dataclass(frozen=True)
class FollowupQuery:
    """Which recommendations to list and in which order; every filter left empty keeps all."""

    statuses: tuple[RecommendationStatus, ...] = ()
    responsible: str | None = None
    year: int | None = None
    overdue: bool = False
    own: bool = False  # proposed by the commune itself
    text: str = ""  # every word, folded for Arabic, somewhere in the text, body, title…
    sort: str = "deadline"
    descending: bool = False
    today: dt.date | None = None  # what «overdue» counts from; None: today


# -- upkeep ------------------------------------------------------------------------------------


def _year(value: Any) -> int | None:
    if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def rows_of(report_id: int, data: dict) -> list[tuple]:
    """The index rows of one report's JSON form (the library's), in report order."""
    from openreport.storage.rows import one_line  # rows imports this module

    found: list[tuple[dict, str, bool]] = []
    for day in data.get("days") or []:
        for session in day.get("sessions") or []:
            for item in session.get("items") or []:
                for workshop in item.get("workshops") or []:
                    body = one_line(_text(workshop.get("title")))
                    found.extend(
                        (rec, body, False) for rec in workshop.get("recommendations") or []
                    )
    found.extend((rec, "", True) for rec in (data.get("closing") or {}).get("next_steps") or [])
    title = one_line(_text(data.get("title")))
    year = _year((data.get("event") or {}).get("start_date"))
    rows = []
    for position, (rec, body, next_step) in enumerate(found):
        text, responsible = _text(rec.get("text")), _text(rec.get("responsible"))
        history = rec.get("history") or []
        changed = max((_text(change.get("date")) for change in history), default="") or None
        deadline = rec.get("deadline") if isinstance(rec.get("deadline"), str) else None
        status = _text(rec.get("status")) or "proposed"
        rows.append(
            (report_id, position, _text(rec.get("id")), text, bool(rec.get("by_commune")),
             responsible, deadline, status, body, next_step, title, year, changed,
             json.dumps(history, ensure_ascii=False) if history else "")
        )  # fmt: skip
    return rows


def index_report(conn: sqlite3.Connection, report_id: int, data: dict) -> None:
    """Bring one report's rows up to date (inside the caller's transaction): only the rows
    that changed are written, so typing elsewhere in a long report costs one read."""
    try:
        rows = rows_of(report_id, data)
    except (AttributeError, TypeError, ValueError):
        rows = []  # not a report this version reads (a file from elsewhere): nothing to follow
    old = {
        row[1]: row
        for row in conn.execute(f"SELECT {_STORED} FROM followup WHERE report_id = ?", (report_id,))
    }
    if len(old) > len(rows):
        conn.execute(
            "DELETE FROM followup WHERE report_id = ? AND position >= ?", (report_id, len(rows))
        )
    conn.executemany(
        f"INSERT OR REPLACE INTO followup ({_STORED}, folded) VALUES ({'?, ' * 14}?)",
        [(*row, _folded(row)) for row in rows if old.get(row[1]) != row],
    )


def _folded(row: tuple) -> str:
    """What the search looks in: the text, the responsible, the body and the report's title."""
    return fold_arabic("\n".join((row[3], row[5], row[8], row[10])))


def keep_histories(conn: sqlite3.Connection, report: Any) -> None:
    """Before a save: what the stored report's histories hold stays in them.

    A history is only appended to: a copy of the report that missed a recorded change (one
    loaded before it, saved without the revision check) does not erase it.
    """
    if report.id is None:
        return
    stored = conn.execute(
        "SELECT rec_id, history FROM followup WHERE report_id = ? AND history != ''",
        (report.id,),
    ).fetchall()
    if not stored:
        return
    by_id = {recommendation.id: recommendation for recommendation in report.recommendations()}
    for rec_id, history in stored:
        recommendation = by_id.get(rec_id)
        kept = _changes(history)
        if recommendation is not None and any(c not in recommendation.history for c in kept):
            recommendation.history = merge_histories(kept, recommendation.history)


def _changes(stored: str) -> list[StatusChange]:
    try:
        return [
            StatusChange(
                dt.date.fromisoformat(c["date"]), RecommendationStatus(c["status"]), c["note"]
            )
            for c in json.loads(stored)
        ]
    except (KeyError, TypeError, ValueError):
        return []


def unindex_report(conn: sqlite3.Connection, report_id: int) -> None:
    conn.execute("DELETE FROM followup WHERE report_id = ?", (report_id,))


def reindex_stored(conn: sqlite3.Connection, report_id: int) -> None:
    """Index a report from its stored data (a report back from the trash)."""
    row = conn.execute("SELECT data FROM reports WHERE id = ?", (report_id,)).fetchone()
    if row is not None:
        index_report(conn, report_id, json.loads(row[0]))


def fill(conn: sqlite3.Connection) -> None:
    """Migration 7: the table, filled from every report outside the trash."""
    for statement in SCHEMA.split(";"):
        conn.execute(statement)
    for report_id, data in conn.execute(
        "SELECT id, data FROM reports WHERE deleted IS NULL"
    ).fetchall():
        try:
            parsed = json.loads(data)
        except (TypeError, ValueError, RecursionError):
            continue  # refused later by the reader, with its message
        if isinstance(parsed, dict):
            index_report(conn, report_id, parsed)


# -- queries -----------------------------------------------------------------------------------


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _where(query: FollowupQuery, today: dt.date) -> tuple[str, list]:
    clauses, values = [], []
    if query.statuses:
        clauses.append(f"status IN ({','.join('?' * len(query.statuses))})")
        values.extend(RecommendationStatus(s).value for s in query.statuses)
    if query.responsible is not None:
        clauses.append("responsible = ?")
        values.append(query.responsible)
    if query.year is not None:
        clauses.append("event_year = ?")
        values.append(query.year)
    if query.overdue:
        closed = ",".join("?" * len(CLOSED))
        clauses.append(f"deadline IS NOT NULL AND deadline < ? AND status NOT IN ({closed})")
        values.extend([today.isoformat(), *sorted(CLOSED)])
    if query.own:
        clauses.append("by_commune")
    for term in search_terms(query.text):
        clauses.append("folded LIKE ? ESCAPE '\\'")
        values.append(_like(term))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", values


_STATUSES = {status.value: status for status in RecommendationStatus}


def _item(row: tuple, today: str) -> FollowupItem:
    status = _STATUSES.get(row[7], RecommendationStatus.PROPOSED)
    deadline = row[6]
    return FollowupItem(
        *row[:4],
        bool(row[4]),
        row[5],
        _date(deadline),
        status,
        row[8],
        bool(row[9]),
        *row[10:12],
        _date(row[12]),
        deadline is not None and deadline < today and status not in CLOSED,
    )


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def query(
    conn: sqlite3.Connection,
    query: FollowupQuery = FollowupQuery(),
    *,
    limit: int = -1,
    offset: int = 0,
) -> list[FollowupItem]:
    """The recommendations ``query`` selects, in its order (then by report and place); with
    ``limit``, that many from ``offset`` on (the view reads a page at a time)."""
    today = query.today or dt.date.today()
    where, values = _where(query, today)
    order = SORTS.get(query.sort, SORTS["deadline"])
    if query.descending:
        order = ", ".join(f"{part} DESC" for part in order.split(", "))
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM followup{where} ORDER BY {order}, report_id DESC, position"
        " LIMIT ? OFFSET ?",
        (*values, limit, offset),
    ).fetchall()
    return [_item(row, today.isoformat()) for row in rows]


def counts(conn: sqlite3.Connection, query: FollowupQuery = FollowupQuery()) -> tuple[int, int]:
    """How many recommendations ``query`` selects, and how many of them are overdue."""
    today = query.today or dt.date.today()
    where, values = _where(query, today)
    closed = ",".join("?" * len(CLOSED))
    overdue = f"deadline IS NOT NULL AND deadline < ? AND status NOT IN ({closed})"
    row = conn.execute(
        f"SELECT count(*), total({overdue}) FROM followup{where}",
        (today.isoformat(), *sorted(CLOSED), *values),
    ).fetchone()
    return row[0], int(row[1])


def responsibles(conn: sqlite3.Connection) -> list[str]:
    """Every responsible named, for the filter's choices."""
    sql = "SELECT DISTINCT responsible FROM followup WHERE responsible != '' ORDER BY 1"
    return [row[0] for row in conn.execute(sql)]


def years(conn: sqlite3.Connection) -> list[int]:
    sql = "SELECT DISTINCT event_year FROM followup WHERE event_year IS NOT NULL ORDER BY 1 DESC"
    return [row[0] for row in conn.execute(sql)]


def change_status(
    library: Any,
    report_id: int,
    rec_id: str,
    status: RecommendationStatus,
    note: str = "",
    date: dt.date | None = None,
) -> None:
    """Record a change of status in the report and save it (one transaction: the report, its
    search index and the follow-up index together). ``library`` is an open ``Library``."""
    from openreport.followup import find_recommendation
    from openreport.storage.errors import ReportNotFoundError

    report = library.load(report_id)
    recommendation = find_recommendation(report, rec_id)
    if recommendation is None:
        raise ReportNotFoundError(
            said(
                QT_TRANSLATE_NOOP("FollowUp", "التوصية غير موجودة في التقرير رقم {number}."),
                number=report_id,
            )
        )
    record_change(recommendation, status, note, date)
    library.save(report)


def find_recommendation(
    conn: sqlite3.Connection, rec_id: str, report_id: int | None = None
) -> tuple[int, str]:
    """The report and full id of the recommendation whose id starts with ``rec_id``."""
    from openreport.storage.errors import ReportNotFoundError
    from openreport.storage.rows import like_prefix

    sql = "SELECT DISTINCT report_id, rec_id FROM followup WHERE rec_id LIKE ? ESCAPE '\\'"
    values: list = [like_prefix(rec_id.strip())]
    if report_id is not None:
        sql += " AND report_id = ?"
        values.append(report_id)
    found = conn.execute(sql + " LIMIT 2", values).fetchall() if rec_id.strip() else []
    if not found:
        raise ReportNotFoundError(
            said(
                QT_TRANSLATE_NOOP("FollowUp", "لا توجد توصية رقمها «{number}» في المكتبة."),
                number=rec_id[:40],
            )
        )
    if len(found) > 1:
        raise ReportNotFoundError(
            said(
                QT_TRANSLATE_NOOP(
                    "FollowUp",
                    "أكثر من توصية تبدأ بالرقم «{number}»؛"
                    " اكتب رقمها كاملا أو حدد التقرير (--report).",
                ),
                number=rec_id[:40],
            )
        )
    return found[0]
