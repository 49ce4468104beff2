"""The library's SQLite schema and its step-by-step migrations.

The schema version lives in ``PRAGMA user_version``; ``PRAGMA application_id`` marks the file
as an OpenReport library. Migration ``n`` takes a file from version ``n - 1`` to ``n``; a new
library runs them all. Never edit a migration that has shipped: add the next one.

Each report is stored whole, as its JSON form (see :mod:`openreport.serialization`), beside the
columns the library list shows and sorts on; a full-text index (FTS5) holds the report's text
folded for Arabic search.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

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
"""


def report_search_text(data: dict) -> str:
    """All the text of a report's JSON form, folded for search."""
    parts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for key, inner in value.items():
                if key not in ("uuid", "status", "kind", "gender", "role", "period"):
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(data)
    return searchable_text("\n".join(parts))


def _migrate_2(conn: sqlite3.Connection) -> None:
    _run_script(_V2)(conn)
    rows = conn.execute("SELECT id, data FROM reports").fetchall()
    for report_id, data in rows:
        conn.execute(
            "INSERT INTO report_search (rowid, body) VALUES (?, ?)",
            (report_id, report_search_text(json.loads(data))),
        )


def _run_script(script: str) -> Callable[[sqlite3.Connection], None]:
    def step(conn: sqlite3.Connection) -> None:
        for statement in script.split(";"):
            if statement.strip():
                conn.execute(statement)

    return step


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_run_script(_V1), _migrate_2]
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
    "reports": {"id", "uuid", "title", "status", "created", "modified", "data", "deleted"},
    "people": {"id", "name", "gender", "title", "organisation"},
    "profile": {"id", "data", "logo"},
}
