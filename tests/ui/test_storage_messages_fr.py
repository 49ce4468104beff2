"""The library's and the exchange files' refusals, made for real, are said in the window's
language: French in the French interface, and the same Arabic as before in the Arabic one."""

from __future__ import annotations

import os
import sqlite3
import struct
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from openreport.model import Annex, Report
from openreport.storage import Library, LibraryInUseError, OpenedReadOnlyError, SaveConflictError
from openreport.storage import followup as followup_index
from openreport.storage.errors import (
    CorruptLibraryError,
    ExchangeFileError,
    NotALibraryError,
    ReportNotFoundError,
)
from openreport.storage.exchange import import_file, write_exchange_file
from openreport.ui.app import BackupRelay
from openreport.ui.labels import shown
from tests.helpers.language import interface_in, unmarked
from tests.unit.storage.test_instances import HOLDER, ROOT


def said_both_ways(error: BaseException) -> tuple[str, str]:
    """What the window shows of ``error`` in Arabic, then in French."""
    arabic = unmarked(shown(error))
    with interface_in("fr"):
        french = unmarked(shown(error))
    return arabic, french


def test_a_file_that_is_not_a_library(app, tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("ملاحظات وليست مكتبة\n" * 200, encoding="utf-8")
    with pytest.raises(NotALibraryError) as refused:
        Library.open(path, create=False)
    arabic, french = said_both_ways(refused.value)
    assert arabic == str(refused.value) == f"الملف {path} ليس مكتبة تقارير OpenReport."
    assert french == f"Le fichier {path} n'est pas une bibliothèque de rapports OpenReport."


def test_a_missing_and_a_truncated_library(app, tmp_path):
    absent = tmp_path / "absent.sqlite"
    with pytest.raises(NotALibraryError) as missing:
        Library.open(absent, create=False)
    assert said_both_ways(missing.value) == (
        f"الملف {absent} غير موجود.",
        f"Le fichier {absent} n'existe pas.",
    )
    cut = tmp_path / "cut.sqlite"
    Library.open(cut).close()
    with open(cut, "ab") as file:
        file.write(b"\0" * 100)
    with pytest.raises(CorruptLibraryError) as damaged:
        Library.open(cut, create=False)
    assert said_both_ways(damaged.value) == (
        f"الملف {cut} مبتور أو تالف ولا يمكن فتحه.",
        f"Le fichier {cut} est tronqué ou endommagé et ne peut pas être ouvert.",
    )


@pytest.fixture
def held_elsewhere(tmp_path):
    """A library another process (another OpenReport) holds, released at the end."""
    path = tmp_path / "held.sqlite"
    with Library.open(path) as library:
        library.save(Report(title="أول"))
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout.readline().strip() == "held"
    yield path
    child.stdin.close()
    child.wait(timeout=30)
    child.stdout.close()


def test_a_library_held_by_another_openreport(app, held_elsewhere):
    path = held_elsewhere
    with pytest.raises(LibraryInUseError) as in_use:
        Library.open(path)
    assert said_both_ways(in_use.value) == (
        f"المكتبة {path} مفتوحة في نافذة أخرى من OpenReport أو في برنامج آخر؛"
        " أغلقها أولا أو افتح المكتبة للقراءة فقط.",
        f"La bibliothèque {path} est ouverte dans une autre fenêtre d'OpenReport ou dans un"
        " autre programme ; fermez-la d'abord ou ouvrez la bibliothèque en lecture seule.",
    )
    with Library.open(path, read_only=True) as second:
        with pytest.raises(OpenedReadOnlyError) as read_only:
            second.save(Report(title="ثان"))
    arabic, french = said_both_ways(read_only.value)
    assert arabic.startswith(f"المكتبة {path} مفتوحة للقراءة فقط في هذه النافذة")
    assert french == (
        f"La bibliothèque {path} est ouverte en lecture seule dans cette fenêtre, car elle est"
        " ouverte dans une autre fenêtre ; impossible d'enregistrer ici."
    )


def test_a_save_over_another_windows_save_and_a_missing_report(app, library):
    report_id = library.save(Report(title="تقرير"))
    mine, theirs = library.load(report_id), library.load(report_id)
    library.save(theirs)
    with pytest.raises(SaveConflictError) as conflict:
        library.save(mine)
    arabic, french = said_both_ways(conflict.value)
    assert arabic == (
        f"تغير التقرير رقم {report_id} في المكتبة بعد فتحه هنا (ربما حُفظ من نافذة أخرى)؛"
        " لم يُحفظ شيء فوق التغييرات الأخرى."
    )
    assert french.startswith(f"Le rapport n° {report_id} a changé dans la bibliothèque")
    with pytest.raises(ReportNotFoundError) as missing:
        library.load(9999)
    assert said_both_ways(missing.value) == (
        "التقرير رقم 9999 غير موجود في المكتبة.",
        "Le rapport n° 9999 n'existe pas dans la bibliothèque.",
    )
    with pytest.raises(ReportNotFoundError) as no_such:
        followup_index.find_recommendation(library.conn, "zz9")
    assert said_both_ways(no_such.value) == (
        "لا توجد توصية رقمها «zz9» في المكتبة.",
        "Aucune recommandation portant le numéro « zz9 » dans la bibliothèque.",
    )


def sent(tmp_path, *statements, report=None):
    """An exchange file of one report, changed afterwards by ``statements``."""
    path = tmp_path / "sent.openreport"
    write_exchange_file([report or Report(title="تقرير مرسل")], path)
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return path


def test_an_exchange_file_with_a_view_is_refused_naming_what_it_holds(app, tmp_path, library):
    path = sent(tmp_path, "CREATE VIEW extra AS SELECT 1")
    with pytest.raises(ExchangeFileError) as refused:
        import_file(library, path)
    assert said_both_ways(refused.value) == (
        f"الملف {path} مرفوض: يضم عرضا «extra» لا تكتبه OpenReport.",
        f"Le fichier {path} est refusé : il contient une vue « extra » qu'OpenReport n'écrit pas.",
    )


def test_an_exchange_file_whose_image_was_changed_is_refused(app, tmp_path, library):
    png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 40, 30)
    report = Report(title="صور")
    report.closing.annexes = [Annex(title="صورة", image=png)]
    path = sent(
        tmp_path, "UPDATE attachments SET data = CAST(data || x'00' AS BLOB)", report=report
    )
    with pytest.raises(ExchangeFileError) as refused:
        import_file(library, path)
    # the attachments' own refusal, said inside the file's, in the same language
    assert said_both_ways(refused.value) == (
        f"الملف {path} مرفوض: صورة أحد المرفقات لا تطابق بصمتها.",
        f"Le fichier {path} est refusé : L'image d'une pièce jointe ne correspond pas à son"
        " empreinte.",
    )
    assert library.conn.execute("SELECT count(*) FROM reports").fetchone() == (0,)


def test_a_backup_that_cannot_be_made_is_said_in_the_windows_language(app, tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    folder = tmp_path / "library.sqlite.backups"
    folder.write_text("ليس مجلدا", encoding="utf-8")  # the backups' folder cannot be made
    told = []
    with Library.open(path, backup="later") as library:
        library.back_up_later(told.append)
        library.wait_for_backup()
    assert told == [f"تعذر إنشاء نسخة احتياطية في {folder}: الملف موجود من قبل."]
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: boxes.append(text))
    parent = QWidget()
    with interface_in("fr"):
        BackupRelay(parent).say(told[0])
    assert unmarked(boxes[0]).startswith(
        f"Impossible de créer une sauvegarde dans {folder} : le fichier existe déjà.\n\n"
    )
