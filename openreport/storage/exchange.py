"""Exchange files: reports sent to a colleague or the network, as ``.openreport`` or JSON.

A ``.openreport`` file is a library file (same schema) holding only the reports sent. Import
checks everything before it touches the library: size, integrity, schema, counts and every
report's data; anything else is refused with an Arabic message and the library is unchanged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from openreport import serialization
from openreport.errors import os_cause
from openreport.followup import merge_statuses
from openreport.messages import QT_TRANSLATE_NOOP, Template, message_of, said
from openreport.model import Report
from openreport.storage import attachments, followup, schema, untrusted
from openreport.storage.errors import ExchangeFileError, LibraryError
from openreport.storage.files import check_library_file, create_library_file
from openreport.storage.library import Library
from openreport.storage.rows import new_uuid, now, store_report

# The file's images are what makes it large (an 8 MB photo is stored once, as it is): the
# limits bound the file and the images read into memory, not one report's JSON.
MAX_EXCHANGE_BYTES = 1024 * 1024 * 1024
MAX_EXCHANGE_IMAGE_BYTES = 1024 * 1024 * 1024
MAX_EXCHANGE_REPORTS = 10_000
MAX_EXCHANGE_TEXT = 256 * 1024 * 1024  # bytes of all the reports' JSON together
MAX_EXCHANGE_NODES = 2_000_000  # objects and lists of all the reports together


def write_exchange_file(reports: Iterable[Report], target: str | os.PathLike) -> Path:
    """Write ``reports`` to a new exchange file at ``target`` (temporary file, then rename)."""
    target = Path(target)
    folder = target.parent
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise LibraryError(
            said(
                QT_TRANSLATE_NOOP("Exchange", "تعذرت الكتابة في المجلد {folder}: {cause}."),
                folder=str(folder),
                cause=os_cause(error),
            )
        ) from None
    os.close(fd)
    os.unlink(temp_name)
    temp = Path(temp_name)
    try:
        create_library_file(temp)
        with Library.open(temp, create=False) as exchange:
            with exchange.transaction() as conn:
                for report in reports:
                    copy = serialization.report_from_data(serialization.report_to_data(report))
                    copy.created, copy.modified = report.created, report.modified
                    for annex, original in zip(
                        copy.closing.annexes, report.closing.annexes, strict=True
                    ):
                        annex.image = original.image  # the same image, read where it is
                    exchange.store(conn, copy)
            exchange.conn.execute("PRAGMA journal_mode = DELETE")
        with open(temp, "rb") as file:
            os.fsync(file.fileno())
        os.replace(temp, target)
    except OSError as error:
        raise LibraryError(
            said(
                QT_TRANSLATE_NOOP("Exchange", "تعذر حفظ الملف {path}: {cause}."),
                path=str(target),
                cause=os_cause(error),
            )
        ) from None
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{temp}{suffix}")
    return target


def read_exchange_file(source: str | os.PathLike) -> list[Report]:
    """Every report of an exchange file, fully checked; raise ExchangeFileError otherwise."""
    source = Path(source)
    real = untrusted.regular_file(source)
    try:
        size = real.stat().st_size
    except OSError as error:
        raise _refusal(
            QT_TRANSLATE_NOOP("Exchange", "تعذرت قراءة الملف {path}: {cause}."),
            source,
            cause=os_cause(error),
        ) from None
    if size > MAX_EXCHANGE_BYTES:
        raise _refusal(
            QT_TRANSLATE_NOOP("Exchange", "الملف {path} أكبر من 1 جيغابايت المسموح بها."), source
        )
    with tempfile.TemporaryDirectory(prefix="openreport-import-") as folder:
        # Work on a private copy: the sender's file is never opened for writing, and an
        # older schema can be migrated on the copy.
        copy = Path(folder) / "exchange.sqlite"
        try:
            _copy_database(real, copy)
            _check_copy(copy, source)
            version = check_library_file(copy, full=True)
        except (LibraryError, sqlite3.Error) as error:
            if isinstance(error, ExchangeFileError):
                raise
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "Exchange", "الملف {path} ليس ملف تبادل تقارير OpenReport سليما."
                ),
                source,
            ) from None
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            untrusted.limit_reading(conn)
            if version < schema.SCHEMA_VERSION:
                _check_data(conn, source)
                schema.migrate(conn)
            return _read_reports(conn, source)
        except sqlite3.Error:
            raise _refusal(
                QT_TRANSLATE_NOOP("Exchange", "الملف {path} لا يطابق بنية ملفات OpenReport."),
                source,
            ) from None
        finally:
            conn.close()


def _refusal(template: Template, source: Path, **values: object) -> ExchangeFileError:
    """The file ``source`` refused: ``template`` (its ``{path}`` and ``values``) said of it."""
    return ExchangeFileError(said(template, path=str(source), **values))


def _check_copy(copy: Path, source: Path) -> None:
    """The copy's schema, before anything of it runs: only what OpenReport itself writes."""
    conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        untrusted.limit_reading(conn)
        if conn.execute("PRAGMA user_version").fetchone()[0] > schema.SCHEMA_VERSION:
            # Its new tables are not strangers: say what to do instead.
            raise _refusal(
                QT_TRANSLATE_NOOP(
                    "Exchange", "الملف {path} من إصدار أحدث من OpenReport؛ حدّث البرنامج لاستيراده."
                ),
                source,
            )
        untrusted.check_schema(conn, source)
    finally:
        conn.close()


def _copy_database(source: Path, copy: Path) -> None:
    """Copy ``source`` page by page through SQLite (its online backup).

    The file may be a library a connection of this process holds (a user can pick any file to
    import): it is never opened outside SQLite, whose locks a plain open and close would drop.
    """
    reader = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    try:
        untrusted.limit_reading(reader)
        writer = sqlite3.connect(copy)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def _is_database(source: Path) -> bool:
    """Whether SQLite reads ``source`` (a checked regular file) as a database."""
    try:
        if source.stat().st_size == 0:
            return False
        conn = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        untrusted.limit_reading(conn)
        conn.execute("PRAGMA schema_version").fetchone()
        return True
    except sqlite3.Error as error:
        # A damaged database is still a database; SQLITE_NOTADB and the rest are not.
        return error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_CORRUPT
    finally:
        conn.close()


def _check_data(conn: sqlite3.Connection, source: Path) -> None:
    """The number and total size of the reports, before any of them is read or migrated."""
    count, total = conn.execute(
        "SELECT count(*), sum(length(CAST(data AS BLOB))) FROM reports"
    ).fetchone()
    if count > MAX_EXCHANGE_REPORTS:
        raise _refusal(
            QT_TRANSLATE_NOOP("Exchange", "الملف {path} يضم عددا غير معقول من التقارير ({count})."),
            source,
            count=count,
        )
    if (total or 0) > MAX_EXCHANGE_TEXT:
        raise _refusal(
            QT_TRANSLATE_NOOP("Exchange", "الملف {path} يضم نصوصا أكبر من المسموح به."), source
        )
    bad = conn.execute(
        "SELECT 1 FROM reports WHERE typeof(data) != 'text' OR length(CAST(data AS BLOB)) > ?"
        " LIMIT 1",
        (serialization.MAX_JSON_BYTES,),
    ).fetchone()
    if bad is not None:
        raise _refusal(QT_TRANSLATE_NOOP("Exchange", "الملف {path} يضم تقريرا غير مقروء."), source)


def _read_reports(conn: sqlite3.Connection, source: Path) -> list[Report]:
    columns = {row[1] for row in conn.execute("PRAGMA table_info(reports)")}
    if not schema.REQUIRED_COLUMNS["reports"] <= columns:
        raise _refusal(
            QT_TRANSLATE_NOOP("Exchange", "الملف {path} لا يطابق بنية ملفات OpenReport."), source
        )
    _check_data(conn, source)
    reports = []
    nodes = 0
    budget = MAX_EXCHANGE_IMAGE_BYTES
    rows = conn.execute("SELECT data FROM reports WHERE deleted IS NULL ORDER BY id").fetchall()
    for (data,) in rows:
        # Bounded as a whole too: each report within its limits, but not ten thousand of them.
        nodes += data.count("{") + data.count("[")
        if nodes > MAX_EXCHANGE_NODES:
            raise _refusal(
                QT_TRANSLATE_NOOP("Exchange", "الملف {path} أكبر من المسموح به."), source
            )
        try:
            reports.append(serialization.report_from_data(serialization.load_json(data)))
            budget = attachments.read_all(conn, reports[-1], budget)
        except (ValueError, RecursionError) as error:
            reason = (
                message_of(error)  # the format's own refusal, said in the window's language
                if isinstance(error, serialization.FormatError)
                else said(QT_TRANSLATE_NOOP("Exchange", "بيانات غير مقروءة"))
            )
            template = QT_TRANSLATE_NOOP("Exchange", "الملف {path} مرفوض: {reason}")
            raise _refusal(template, source, reason=reason) from None
    untrusted.check_images(_images(reports), source)
    return reports


def _images(reports: list[Report]) -> list[tuple[int, int]]:
    """The pixel dimensions of the reports' pictures (the profile's logo is not sent)."""
    return [
        (image.width, image.height) for report in reports for image in attachments.images(report)
    ]


def read_report_file(source: str | os.PathLike) -> list[Report]:
    """The reports of a ``.openreport`` or ``.json`` file."""
    source = Path(source)
    real = untrusted.regular_file(source)
    if _is_database(real):
        return read_exchange_file(source)
    # Not a database, so no connection holds it: its bytes may be read.
    data = untrusted.read_regular_file(real, serialization.MAX_JSON_FILE_BYTES)
    if data.startswith(b"SQLite format 3"):
        return read_exchange_file(source)
    try:
        reports = [serialization.report_from_json(data, serialization.MAX_JSON_FILE_BYTES)]
    except serialization.FormatError as error:
        raise _refusal(
            QT_TRANSLATE_NOOP("Exchange", "{path}: {reason}"), source, reason=message_of(error)
        ) from None
    untrusted.check_images(_images(reports), source)
    return reports


# What an import does with a report the library already holds (the same report, by its
# identity, outside the trash): leave it out, keep both (the new one titled as a copy), or
# replace it (the library's copy goes to the trash, from where it can be restored).
ON_DUPLICATE = ("skip", "keep", "replace")


@dataclass
class ImportOutcome:
    """What an import did: the ids stored (in the file's order) and how each came in."""

    ids: list[int] = field(default_factory=list)
    added: int = 0  # new to the library
    copies: int = 0  # kept beside the report the library holds
    replaced: int = 0  # stored in place of a report now in the trash
    skipped: int = 0  # left out: the library holds them


def held(library: Library, report: Report) -> tuple[int | None, bool]:
    """The id of the library's report with ``report``'s identity, and whether it is in the
    trash; ``(None, False)`` when the library has no such report."""
    row = library.conn.execute(
        "SELECT id, deleted IS NOT NULL FROM reports WHERE uuid = ?", (report.uuid,)
    ).fetchone()
    return (row[0], bool(row[1])) if row else (None, False)


def already_held(library: Library, reports: list[Report]) -> list[Report]:
    """The reports of ``reports`` the library holds already (the trash left out)."""
    found = [(report, *held(library, report)) for report in reports]
    return [report for report, existing, in_trash in found if existing and not in_trash]


def import_reports(
    library: Library, reports: list[Report], on_duplicate: str = "keep"
) -> list[int]:
    """Add ``reports`` to the library in one transaction; return the ids stored."""
    return import_with(library, reports, on_duplicate).ids


def import_with(
    library: Library,
    reports: list[Report],
    on_duplicate: str = "keep",
    copy_title: Callable[[Report], str] | None = None,
) -> ImportOutcome:
    """Add ``reports`` to the library in one transaction (all of them or none).

    A report the library holds already is left out, kept as a copy (a new identity, titled
    by ``copy_title``) or replaces it (``on_duplicate``: see :data:`ON_DUPLICATE`). The
    report that comes in carries the file's identity, so that importing it again is noticed:
    a report replaced, or one found in the trash, gives its identity up and stays restorable.
    Whichever way it comes in, a report the library holds brings its recommendations' follow-up
    with it: both histories, and the status of whichever copy changed last (see
    :func:`openreport.followup.merge_statuses`).
    """
    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(f"on_duplicate must be one of {ON_DUPLICATE}")
    for report in reports:
        problem = next(filter(None, (image.problem() for image in attachments.images(report))), "")
        if problem:
            raise ExchangeFileError(
                said(
                    QT_TRANSLATE_NOOP("Exchange", "«{title}» مرفوض: {problem}"),
                    title=report.title[:60],
                    problem=problem,
                )
            )
    outcome = ImportOutcome()
    with library.transaction() as conn:
        for report in reports:
            existing, in_trash = held(library, report)
            if existing is not None and not in_trash and on_duplicate == "skip":
                outcome.skipped += 1
                continue
            report.id = None
            if existing is not None:
                merge_statuses(report, library.load(existing))  # both histories kept
            if existing is not None and not in_trash and on_duplicate == "keep":
                report.uuid = new_uuid()
                if copy_title is not None:
                    report.title = copy_title(report)
                outcome.copies += 1
            elif existing is not None:
                _give_up_identity(conn, existing, trash=not in_trash)
                outcome.replaced += not in_trash
                outcome.added += in_trash
            else:
                outcome.added += 1
            store_report(conn, report, now(), imported=True)
            outcome.ids.append(report.id)
    return outcome


def _give_up_identity(conn: sqlite3.Connection, report_id: int, *, trash: bool) -> None:
    """The library's report ``report_id`` takes a new identity (and, with ``trash``, goes to
    the trash); its revision goes up, so that a copy of it open elsewhere cannot save over."""
    identity = new_uuid()
    conn.execute(
        "UPDATE reports SET uuid = ?, data = json_set(data, '$.uuid', ?),"
        " revision = revision + 1, deleted = CASE WHEN ? THEN ? ELSE deleted END WHERE id = ?",
        (identity, identity, trash, now().isoformat(), report_id),
    )
    if trash:  # the follow-up lists the reports outside the trash only
        followup.unindex_report(conn, report_id)


def import_file(
    library: Library, source: str | os.PathLike, on_duplicate: str = "keep"
) -> list[int]:
    """Read and check a ``.openreport`` or ``.json`` file, then add its reports."""
    return import_reports(library, read_report_file(source), on_duplicate)
