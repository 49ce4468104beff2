"""Exchange files from elsewhere: nothing in them runs, hangs, exhausts memory or stays behind."""

import os
import sqlite3
import struct
import threading
import time

import pytest

from openreport.images import image_info
from openreport.model import Annex, Report
from openreport.serialization import report_to_json
from openreport.storage import exchange, untrusted
from openreport.storage.errors import ExchangeFileError
from openreport.storage.exchange import import_file, read_report_file, write_exchange_file


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """Where the import's temporary copies go, to check that none stays behind."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


def state(library):
    return [
        library.conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("reports", "people", "organisations", "report_people", "search_chunks")
    ]


def refused(library, path, private_temp):
    before = state(library)
    started = time.monotonic()
    with pytest.raises(ExchangeFileError) as error:
        import_file(library, path)
    assert time.monotonic() - started < 10
    assert state(library) == before
    assert list(private_temp.iterdir()) == []
    return str(error.value)


def sent_file(tmp_path, name="sent.openreport", *reports):
    path = tmp_path / name
    write_exchange_file(list(reports) or [Report(title="تقرير مرسل")], path)
    return path


def rewrite(path, *statements):
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_a_view_in_place_of_the_reports_is_refused(tmp_path, library, private_temp):
    path = sent_file(tmp_path)
    rewrite(
        path,
        "ALTER TABLE reports RENAME TO sent",
        "CREATE VIEW reports AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
        " WHERE i < 3) SELECT sent.* FROM n, sent",
    )
    assert path.stat().st_size < 132 * 1024
    assert "عرضا" in refused(library, path, private_temp)  # today: three reports from one


def test_a_view_that_would_exhaust_memory_is_never_run(tmp_path, library, private_temp):
    path = sent_file(tmp_path)
    rewrite(
        path,
        "ALTER TABLE reports RENAME TO sent",
        "CREATE VIEW reports AS SELECT id, uuid, title, status, created, modified, deleted,"
        " printf('%.*c', 900000000, 'x') AS data FROM sent",
    )
    assert path.stat().st_size < 128 * 1024  # a small file: one page for each table and index
    refused(library, path, private_temp)


@pytest.mark.parametrize(
    "statement",
    [
        "CREATE TRIGGER t AFTER INSERT ON search_chunks BEGIN DELETE FROM people; END",
        "CREATE TABLE extra (x)",
        "CREATE INDEX reports_title ON reports (title)",
        "CREATE VIEW harmless AS SELECT 1",
    ],
)
def test_anything_openreport_does_not_write_is_refused(tmp_path, library, private_temp, statement):
    path = sent_file(tmp_path)
    rewrite(path, statement)
    refused(library, path, private_temp)


def test_an_older_file_of_the_right_shape_still_imports(tmp_path, library, private_temp, demo):
    from tests.unit.storage.test_migrations import make_version_1_library

    path = tmp_path / "old.openreport"
    make_version_1_library(path, demo)
    [report_id] = import_file(library, path)
    assert library.load(report_id).event == demo.event
    assert list(private_temp.iterdir()) == []


def test_reading_is_bounded_in_time_and_work():
    conn = sqlite3.connect(":memory:")
    untrusted.limit_reading(conn, seconds=0.3)
    assert conn.execute("PRAGMA trusted_schema").fetchone() == (0,)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="interrupt"):
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()
    assert time.monotonic() - started < 5


def test_a_link_to_a_device_is_refused(tmp_path, library, private_temp):
    for name in ("zero.json", "zero.openreport"):
        link = tmp_path / name
        link.symlink_to("/dev/zero")
        assert "ليس ملفا عاديا" in refused(library, link, private_temp)
    assert "ليس ملفا عاديا" in refused(library, tmp_path, private_temp)


def test_a_pipe_is_refused_without_waiting(tmp_path, library, private_temp):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome = []

    def read():
        try:
            read_report_file(fifo)
        except ExchangeFileError as error:
            outcome.append(str(error))

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():  # release the reader that blocked on the pipe
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
    assert outcome and "ليس ملفا عاديا" in outcome[0]


def fake_png(width, height):
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", width, height)
    )


def fake_jpeg(width, height):
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x00" * 9
    sof = b"\xff\xc0" + struct.pack(">HBHH", 17, 8, height, width) + b"\x00" * 10
    return b"\xff\xd8" + app0 + sof


def test_image_sizes_are_read_from_their_headers():
    assert image_info(fake_png(4000, 3000)) == ("image/png", 4000, 3000)
    assert image_info(fake_jpeg(640, 480)) == ("image/jpeg", 640, 480)
    assert image_info(b"GIF89a") == ("", 0, 0)


def with_images(*images):
    report = Report(title="صور")
    report.closing.annexes = [Annex(title="صورة", image=image) for image in images]
    return report


def test_images_are_capped_one_by_one_and_together(tmp_path, library, private_temp):
    huge = tmp_path / "huge.json"
    huge.write_text(report_to_json(with_images(fake_png(20_000, 20_000))), encoding="utf-8")
    assert "صورة" in refused(library, huge, private_temp)
    many = sent_file(
        tmp_path, "many.openreport", *[with_images(fake_png(7000, 7000)) for _ in range(11)]
    )
    assert "صوره" in refused(library, many, private_temp)
    fine = sent_file(tmp_path, "fine.openreport", with_images(fake_png(4000, 3000)))
    assert len(import_file(library, fine)) == 1


def test_the_whole_file_is_bounded_not_only_each_report(
    tmp_path, library, private_temp, monkeypatch
):
    path = sent_file(tmp_path, "two.openreport", Report(title="أ"), Report(title="ب"))
    one = len(read_report_file(path)[0].title)  # readable as it is
    assert one == 1
    monkeypatch.setattr(exchange, "MAX_EXCHANGE_NODES", 25)
    refused(library, path, private_temp)


def test_a_failure_while_storing_leaves_the_library_as_it_was(
    tmp_path, library, private_temp, monkeypatch
):
    library.save(Report(title="موجود"))
    path = sent_file(tmp_path, "two.openreport", Report(title="أ"), Report(title="ب"))
    stored = []

    def store_then_fail(conn, report, stamp, *, imported):
        if stored:
            raise ExchangeFileError("عطل")
        stored.append(report)
        original(conn, report, stamp, imported=imported)

    original = exchange.store_report
    monkeypatch.setattr(exchange, "store_report", store_then_fail)
    refused(library, path, private_temp)
    assert len(stored) == 1


def test_an_imported_title_cannot_forge_rows_in_the_list(tmp_path, library, capsys):
    from openreport.cli import main

    path = tmp_path / "forged.json"
    forged = Report(title="أصلي\n999\tنهائي\t2020-01-01\tمزور")
    path.write_text(report_to_json(forged), encoding="utf-8")
    import_file(library, path)
    capsys.readouterr()
    assert main(["list", "--library", str(library.path)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 1 and rows[0].count("\t") == 4
    # The report itself keeps its text as written; only its row in the list is one line.
    [summary] = library.list_reports()
    assert summary.title == "أصلي 999 نهائي 2020-01-01 مزور"
    assert library.load(summary.id).title == forged.title


def test_a_file_from_a_newer_version_says_so(tmp_path, library, private_temp):
    path = sent_file(tmp_path)
    rewrite(path, "CREATE TABLE future (x)", "PRAGMA user_version = 99")
    assert "أحدث" in refused(library, path, private_temp)
