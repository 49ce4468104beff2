"""Annex images are stored once by hash, apart from the report's text, read only when needed."""

from __future__ import annotations

import base64
import json
import os
import sqlite3

import pytest

from openreport.model import Annex, Attachment, Report
from openreport.serialization import report_from_json, report_to_json
from openreport.storage import Library, schema
from openreport.storage.errors import ExchangeFileError
from openreport.storage.exchange import import_file, read_exchange_file, write_exchange_file

MB = 1024 * 1024


def fake_jpeg(size: int, tag: int = 0, width: int = 4000, height: int = 3000) -> bytes:
    """A JPEG header (its pixel size in a start of frame) and ``size`` bytes in all."""
    comment = f"photo {tag}".encode()
    head = b"\xff\xd8\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    frame = b"\xff\xc0\x00\x11\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big")
    head += frame + bytes(12)
    return head + os.urandom(max(0, size - len(head)))


def report_with(*images: bytes) -> Report:
    report = Report(title="تقرير بالصور")
    report.closing.annexes = [Annex(f"صورة {i}", image) for i, image in enumerate(images)]
    return report


def wal_size(lib: Library) -> int:
    return os.path.getsize(f"{lib.path}-wal")


def test_images_are_stored_once_apart_and_never_written_again(tmp_path):
    photo, other = fake_jpeg(2 * MB, 1), fake_jpeg(MB, 2)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = report_with(photo, photo, other)
        lib.save(report)
        rows = lib.conn.execute("SELECT hash, size, width, height FROM attachments").fetchall()
        assert sorted(r[1] for r in rows) == [MB, 2 * MB] and {r[2:] for r in rows} == {
            (4000, 3000)
        }
        text = lib.conn.execute("SELECT data FROM reports").fetchone()[0]
        assert len(text) < 2000  # references, not base64
        indexed = "".join(r[0] for r in lib.conn.execute("SELECT body FROM report_search"))
        assert len(indexed) < 500 and all(r[0] not in indexed for r in rows)
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for n in range(5):  # the autosaves of a title being typed
            report.title = f"تقرير بالصور {n}"
            lib.save(report)
        assert wal_size(lib) < 200_000  # an unchanged photo is never rewritten
        assert lib.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 2


def test_a_loaded_report_reads_its_images_only_when_asked(tmp_path):
    photo = fake_jpeg(MB, 3)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report_id = lib.save(report_with(photo))
        loaded = lib.load(report_id)
        image = loaded.closing.annexes[0].image
        assert image._data is None  # a reference and a loader, not the bytes
        assert (image.width, image.height, image.size) == (4000, 3000, MB)
        assert image.data == photo and image == photo
        lib.save(loaded)  # saving it again needs no bytes
    assert image.digest and isinstance(image, Attachment)


def test_unreferenced_images_are_cleaned_at_start_and_when_the_trash_is_emptied(tmp_path):
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        kept = lib.save(report_with(fake_jpeg(1000, 4)))
        gone = lib.save(report_with(fake_jpeg(1000, 5)))
        report = lib.load(kept)
        report.closing.annexes.append(Annex("ثانية", fake_jpeg(1000, 6)))
        lib.save(report)
        report.closing.annexes.pop()
        lib.save(report)  # the third image is no longer referred to
        assert lib.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 3
        lib.delete(gone)
    with Library.open(path, backup=True) as lib:  # the application's start
        # the trash still refers to its image; the orphan is gone
        assert lib.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 2
        lib.empty_trash()
        assert lib.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
        assert lib.load(kept).closing.annexes[0].image.data[:2] == b"\xff\xd8"


def make_old_library(path, report: Report) -> None:
    """A version-2 library holding ``report`` the old way: its image in base64 in its JSON."""
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=2)
    data = json.loads(report_to_json(report))["report"]
    conn.execute(
        "INSERT INTO reports (uuid, title, status, created, modified, data)"
        " VALUES (?, ?, 'draft', '2024-11-15T10:00:00', '2024-11-15T10:00:00', ?)",
        (report.uuid, report.title, json.dumps(data, ensure_ascii=False)),
    )
    # the old index held the base64 text too
    conn.execute("INSERT INTO report_search (rowid, body) VALUES (?, ?)", (1 << 16, str(data)))
    conn.execute("INSERT INTO search_chunks VALUES (1, 0, x'00')")
    conn.close()


def test_a_library_with_images_in_its_json_is_migrated(tmp_path):
    photo = fake_jpeg(300_000, 7)
    path = tmp_path / "old.sqlite"
    make_old_library(path, report_with(photo, photo))
    text = sqlite3.connect(path).execute("SELECT data FROM reports").fetchone()[0]
    assert base64.b64encode(photo[:3000]).decode() in text
    with Library.open(path) as lib:
        text = lib.conn.execute("SELECT data FROM reports").fetchone()[0]
        assert len(text) < 2000
        assert lib.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
        indexed = "".join(r[0] for r in lib.conn.execute("SELECT body FROM report_search"))
        assert len(indexed) < 500
        [summary] = lib.list_reports()
        report = lib.load(summary.id)
        assert [a.image.data for a in report.closing.annexes] == [photo, photo]
        assert [s.id for s in lib.search("بالصور")] == [summary.id]


def test_the_json_form_of_a_file_carries_the_images(tmp_path):
    photo = fake_jpeg(5000, 8)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        text = report_to_json(lib.load(lib.save(report_with(photo))))
    assert base64.b64encode(photo).decode() in text
    assert report_from_json(text).closing.annexes[0].image.data == photo


def test_our_own_exchange_file_of_twelve_8_mb_photos_is_imported(tmp_path):
    photos = [fake_jpeg(8 * MB, n) for n in range(12)]
    exchange = tmp_path / "send.openreport"
    with Library.open(tmp_path / "lib.sqlite") as lib:
        report = lib.load(lib.save(report_with(*photos)))
        write_exchange_file([report], exchange)
    with Library.open(tmp_path / "other.sqlite") as other:
        [new_id] = import_file(other, exchange)
        images = [a.image for a in other.load(new_id).closing.annexes]
        assert [image.data == photo for image, photo in zip(images, photos, strict=True)] == [
            True
        ] * 12


def test_an_exchange_file_whose_image_does_not_match_its_hash_is_refused(tmp_path):
    exchange = tmp_path / "send.openreport"
    write_exchange_file([report_with(fake_jpeg(5000, 9))], exchange)
    conn = sqlite3.connect(exchange)
    conn.execute("UPDATE attachments SET data = ?", (fake_jpeg(5000, 10),))
    conn.commit()
    conn.close()
    with pytest.raises(ExchangeFileError, match="بصمتها"):
        read_exchange_file(exchange)


def test_an_image_above_the_pixel_cap_is_refused_on_import(tmp_path):
    huge = fake_jpeg(5000, 11, width=20_000, height=20_000)
    assert "مليون بكسل" in Attachment(huge).problem()
    exchange = tmp_path / "send.openreport"
    write_exchange_file([report_with(huge)], exchange)
    with pytest.raises(ExchangeFileError, match="مليون بكسل"):
        read_exchange_file(exchange)
    json_file = tmp_path / "report.json"
    json_file.write_text(report_to_json(report_with(huge)), encoding="utf-8")
    with Library.open(tmp_path / "lib.sqlite") as lib, pytest.raises(ExchangeFileError):
        import_file(lib, json_file)


def test_an_exchange_file_of_the_old_form_is_imported_with_its_images(tmp_path):
    photo = fake_jpeg(300_000, 12)
    exchange = tmp_path / "old.openreport"
    make_old_library(exchange, report_with(photo))
    [report] = read_exchange_file(exchange)
    assert report.closing.annexes[0].image.data == photo
    with Library.open(tmp_path / "lib.sqlite") as lib:
        [new_id] = import_file(lib, exchange)
        assert lib.load(new_id).closing.annexes[0].image.data == photo


def test_our_own_json_of_a_report_with_twelve_8_mb_photos_is_imported(tmp_path):
    # `openreport show --json` writes the photos in base64 (128 MB here): its import took
    # one report's 64 MB limit and refused it.
    photos = [fake_jpeg(8 * MB, n) for n in range(12)]
    sent = tmp_path / "report.json"
    sent.write_text(report_to_json(report_with(*photos)), encoding="utf-8")
    assert sent.stat().st_size > 128 * MB
    with Library.open(tmp_path / "other.sqlite") as other:
        [new_id] = import_file(other, sent)
        images = [a.image for a in other.load(new_id).closing.annexes]
        assert all(image.data == photo for image, photo in zip(images, photos, strict=True))
