"""The library's SQLite schema and its step-by-step migrations.

The schema version lives in ``PRAGMA user_version``; ``PRAGMA application_id`` marks the file
as an OpenReport library. Migration ``n`` takes a file from version ``n - 1`` to ``n``; a new
library runs them all. Never edit a migration that has shipped: add the next one.

Each report is stored whole, as its JSON form (see :mod:`openreport.serialization`), beside the
columns the library list shows and sorts on; a full-text index (FTS5) holds the report's text
folded for Arabic search.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable

from openreport import costs, serialization
from openreport.storage import attachments, followup
from openreport.text import searchable_text

APPLICATION_ID = 0x4F525054  # "ORPT"

_V1 = """
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    event_name TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    last_used TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

_V2 = """
ALTER TABLE reports ADD COLUMN deleted TEXT;
CREATE INDEX reports_modified ON reports (modified);
CREATE TABLE report_people (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (report_id, person_id)
) WITHOUT ROWID;
CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    last_used TEXT NOT NULL
);
CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL,
    logo BLOB
);
CREATE VIRTUAL TABLE report_search USING fts5 (body, tokenize = 'unicode61');
CREATE TABLE search_chunks (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    chunk INTEGER NOT NULL,
    digest BLOB NOT NULL,
    PRIMARY KEY (report_id, chunk)
) WITHOUT ROWID;
"""


# An annex image (base64 in old libraries, a hash now) is not text to search.
_NOT_TEXT = frozenset(("uuid", "status", "kind", "gender", "role", "period", "image"))
CHUNK_BITS = 16  # a report's index rows are rowid = report id << 16 | chunk number


def _strings(value: object, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(value)
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key not in _NOT_TEXT:
                _strings(inner, parts)
    elif isinstance(value, list):
        for inner in value:
            _strings(inner, parts)


def search_chunks(data: dict) -> list[str]:
    """The text of a report's JSON form in chunks: all but the programme, then each day.

    A save re-indexes only the chunks whose text changed, so typing in one day of a long
    report does not re-index the whole report.
    """
    head: list[str] = []
    _strings({key: value for key, value in data.items() if key != "days"}, head)
    chunks = ["\n".join(head)]
    for day in data.get("days", []):
        parts: list[str] = []
        _strings(day, parts)
        chunks.append("\n".join(parts))
    return chunks


def index_report(conn: sqlite3.Connection, report_id: int, data: dict) -> None:
    """Bring the search index of one report up to date (inside the caller's transaction)."""
    old = dict(
        conn.execute("SELECT chunk, digest FROM search_chunks WHERE report_id = ?", (report_id,))
    )
    chunks = search_chunks(data)
    base = report_id << CHUNK_BITS
    for number, text in enumerate(chunks):
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if old.get(number) == digest:
            continue
        if number in old:
            conn.execute("DELETE FROM report_search WHERE rowid = ?", (base | number,))
        conn.execute(
            "INSERT INTO report_search (rowid, body) VALUES (?, ?)",
            (base | number, searchable_text(text)),
        )
        conn.execute(
            "INSERT INTO search_chunks (report_id, chunk, digest) VALUES (?, ?, ?)"
            " ON CONFLICT (report_id, chunk) DO UPDATE SET digest = excluded.digest",
            (report_id, number, digest),
        )
    stale = [number for number in old if number >= len(chunks)]
    for number in stale:
        conn.execute("DELETE FROM report_search WHERE rowid = ?", (base | number,))
        conn.execute(
            "DELETE FROM search_chunks WHERE report_id = ? AND chunk = ?", (report_id, number)
        )


def unindex_report(conn: sqlite3.Connection, report_id: int) -> None:
    base = report_id << CHUNK_BITS
    conn.execute(
        "DELETE FROM report_search WHERE rowid BETWEEN ? AND ?",
        (base, base | ((1 << CHUNK_BITS) - 1)),
    )
    conn.execute("DELETE FROM search_chunks WHERE report_id = ?", (report_id,))


def _migrate_2(conn: sqlite3.Connection) -> None:
    _run_script(_V2)(conn)
    rows = conn.execute("SELECT id, data FROM reports").fetchall()
    for report_id, data in rows:
        index_report(conn, report_id, json.loads(data))


def _run_script(script: str) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)

    return step


def _migrate_revision(conn: sqlite3.Connection) -> None:
    """Each report row carries a revision: a save is conditional on the one it started from."""
    conn.execute("ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 1")


def _migrate_attachments(conn: sqlite3.Connection) -> None:
    """Annex images move out of the reports' JSON into a table of their own, once by hash."""
    attachments.migrate_inline_images(conn, index_report)


def _migrate_format_2(conn: sqlite3.Connection) -> None:
    """The stored reports and profile move to report format 2 (see
    ``serialization.upgrade_report_data``): honorifics apart, recommendation ids."""
    rows = conn.execute("SELECT id, data FROM reports").fetchall()
    for report_id, data in rows:
        upgraded = serialization.upgrade_report_data(json.loads(data), 1)
        conn.execute(
            "UPDATE reports SET data = ? WHERE id = ?",
            (json.dumps(upgraded, ensure_ascii=False, separators=(",", ":")), report_id),
        )
        unindex_report(conn, report_id)
        index_report(conn, report_id, upgraded)
    for profile_id, data in conn.execute("SELECT id, data FROM profile").fetchall():
        upgraded = serialization.upgrade_profile_data(json.loads(data), 1)
        conn.execute(
            "UPDATE profile SET data = ? WHERE id = ?",
            (json.dumps(upgraded, ensure_ascii=False, separators=(",", ":")), profile_id),
        )


def _migrate_listing_index(conn: sqlite3.Connection) -> None:
    """The library list counts and pages its reports (or the trash's) by the latest change
    without reading the whole table, however large the library grows."""
    conn.execute("CREATE INDEX reports_listing ON reports (deleted, modified)")


def _migrate_followup(conn: sqlite3.Connection) -> None:
    """The follow-up index: every recommendation and next step of the reports outside the
    trash, one row each (see :mod:`openreport.storage.followup`)."""
    followup.fill(conn)


def _migrate_costs(conn: sqlite3.Connection) -> None:
    """Each mission cost typed as text gets its amount and currency where the text states them
    surely (``costs.parse_cost``); the text stays as typed, an unsure one gets no amount."""
    rows = conn.execute("SELECT id, data FROM reports").fetchall()
    for report_id, data in rows:
        try:
            report = json.loads(data)
        except ValueError:
            continue  # a row that cannot be read is left as it is, as the follow-up's index does
        delegation = report.get("delegation") if isinstance(report, dict) else None
        if not isinstance(delegation, dict) or delegation.get("mission_amount") is not None:
            continue
        text = delegation.get("mission_cost")
        parsed = costs.parse_cost(text) if isinstance(text, str) else None
        if parsed is None:
            continue
        delegation["mission_amount"] = costs.stored_form(parsed[0])
        delegation["mission_currency"] = parsed[1]
        conn.execute(
            "UPDATE reports SET data = ? WHERE id = ?",
            (json.dumps(report, ensure_ascii=False, separators=(",", ":")), report_id),
        )
        index_report(conn, report_id, report)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _run_script(_V1),
    _migrate_2,
    _migrate_revision,
    _migrate_attachments,
    _migrate_format_2,
    _migrate_listing_index,
    _migrate_followup,
    _migrate_costs,
]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION) -> None:
    """Bring the file to ``target`` one version at a time, each step in its own transaction."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    while version < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            version += 1
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


REQUIRED_COLUMNS = {
    "reports": {
        "id",
        "uuid",
        "title",
        "status",
        "created",
        "modified",
        "data",
        "deleted",
        "revision",
    },
    "people": {"id", "name", "gender", "title", "organisation"},
    "profile": {"id", "data", "logo"},
}
