"""Part of Library: listing and finding reports, search, the people directory, the profile."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from contextlib import AbstractContextManager

from openreport import serialization
from openreport.model import CommuneProfile
from openreport.storage import attachments, schema
from openreport.storage.rows import (
    SUMMARY_COLUMNS,
    KnownPerson,
    ReportSummary,
    like_prefix,
    summary,
)
from openreport.text import search_terms

# The columns the library list can be ordered by (the order of its columns).
LIST_ORDERS = ("title", "event_name", "city", "start_date", "status", "modified")


class DirectoryMixin:
    """What :class:`~openreport.storage.library.Library` knows beside the reports."""

    conn: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:  # pragma: no cover
        raise NotImplementedError

    # -- reports read without loading them ------------------------------------------------

    def list_reports(
        self,
        *,
        trash: bool = False,
        order: str = "modified",
        descending: bool = True,
        offset: int = 0,
        limit: int = -1,
    ) -> list[ReportSummary]:
        """Summaries of the reports (or of the trash), most recently modified first, or by
        ``order`` (one of :data:`LIST_ORDERS`); ``offset`` and ``limit`` give one page."""
        if order not in LIST_ORDERS:
            raise ValueError(order)
        where = "deleted IS NOT NULL" if trash else "deleted IS NULL"
        way = "DESC" if descending else "ASC"
        rows = self.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM reports WHERE {where}"
            f" ORDER BY {order} {way}, id {way} LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [summary(row) for row in rows]

    def count_reports(self, *, trash: bool = False) -> int:
        """How many reports the library (or its trash) holds, counted on an index."""
        where = "deleted IS NOT NULL" if trash else "deleted IS NULL"
        return self.conn.execute(f"SELECT COUNT(*) FROM reports WHERE {where}").fetchone()[0]

    def exists(self, report_id: int) -> bool:
        """Whether the library holds this report outside the trash."""
        row = self.conn.execute(
            "SELECT 1 FROM reports WHERE id = ? AND deleted IS NULL", (report_id,)
        ).fetchone()
        return row is not None

    def discard(self, report_id: int, revision: int | None) -> bool:
        """Delete for good, not to the trash, a new report left without anything typed in it,
        unless it was saved since ``revision``; returns whether it was deleted."""
        with self.transaction() as conn:
            row = conn.execute("SELECT revision FROM reports WHERE id = ?", (report_id,)).fetchone()
            if row is None or (revision is not None and row[0] != revision):
                return False
            schema.unindex_report(conn, report_id)
            conn.execute("DELETE FROM reports WHERE id = ?", (report_id,))
            attachments.remove_unreferenced(conn)
        return True

    def find_id(self, report_uuid: str) -> int | None:
        row = self.conn.execute("SELECT id FROM reports WHERE uuid = ?", (report_uuid,)).fetchone()
        return row[0] if row else None

    # -- search ------------------------------------------------------------------------------

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
