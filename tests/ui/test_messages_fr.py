"""Messages made outside the window (review, storage, export) are said in its language."""

from __future__ import annotations

import datetime as dt
import errno
import re
import unicodedata

from PySide6.QtWidgets import QMessageBox

from openreport.actions import PAGE, REPORT, counted, outcome_message
from openreport.errors import UserError, os_cause
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.model import AgendaPoint, EventKind, Report
from openreport.storage.exchange import ImportOutcome
from openreport.ui.dates import shown_date
from openreport.ui.editor.base import SectionId
from openreport.ui.labels import shown
from openreport.ui.report_list import modified_text
from tests.helpers.language import interface_in


def test_a_message_is_arabic_in_the_arabic_interface(app):
    message = os_cause(OSError(errno.ENOSPC, "No space"))
    assert shown(message) == "القرص ممتلئ"
    assert shown(UserError(message)) == "القرص ممتلئ"
    assert shown("نص عادي") == "نص عادي"


def test_a_message_and_the_messages_in_it_are_said_in_french(app):
    with interface_in("fr"):
        assert shown(os_cause(OSError(errno.ENOSPC, "No space"))) == "le disque est plein"
        assert shown(os_cause(OSError(9999, "x"))) == "erreur du système d'exploitation n° 9999"
        assert shown(counted(1, REPORT)) == "1 rapport"
        assert shown(counted(12, PAGE)) == "12 pages"
        said_so = shown(outcome_message(ImportOutcome(ids=[5, 6, 7], replaced=3, skipped=2)))
        assert said_so == (
            "Importé : 3 rapports ; remplacé : 3 rapports (l'ancien est dans la corbeille)"
            " ; non importés, déjà dans la bibliothèque : 2 rapports"
        )


def test_a_message_the_catalogue_lacks_stays_arabic_whole(app):
    cause = os_cause(OSError(errno.ENOSPC, "No space"))
    unknown = said(QT_TRANSLATE_NOOP("Nowhere", "تعذر الحفظ: {cause}"), cause=cause)
    with interface_in("fr"):
        # not a French cause inside an Arabic sentence
        assert shown(unknown) == "تعذر الحفظ: القرص ممتلئ"


def test_the_windows_error_box_says_a_storage_error_in_french(window_factory, qtbot, monkeypatch):
    said_in_box = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text, *a: said_in_box.append(text)
    )
    with interface_in("fr"):
        window = window_factory()
        window.error(UserError(os_cause(OSError(errno.EROFS, "Read-only"))))
    assert said_in_box == ["le disque ou le dossier est en lecture seule"]


def review_texts(editor) -> list[str]:
    editor.show_section(SectionId.REVIEW)
    problems = editor.review.problems
    return [problems.item(row).text() for row in range(problems.count())]


def test_the_review_says_the_reports_problems_in_french(window_factory):
    report = Report()  # a meeting: the kind's own checks are said in French too
    report.event.kind = EventKind.MEETING
    report.agenda.append(AgendaPoint(title="الميزانية"))
    with interface_in("fr"):
        window = window_factory()
        window.open_report(window.library.save(report))
        texts = review_texts(window.editor)
        assert "⛔ Le nom de la manifestation est obligatoire." in texts
        assert "⚠ Le point 1 de l'ordre du jour n'a pas de compte rendu." in texts
        assert "⚠ La liste de présence est vide." in texts
        assert not [text for text in texts if re.search("[\u0600-\u06ff]", text)]
        event = window.editor.section(SectionId.EVENT)
        window.editor.show_section(SectionId.EVENT)
        window.editor.step(1)  # leaving the section says its problems under their fields
        assert "Le nom de la manifestation est obligatoire." in event.notes.message(event.ui.name)


def test_the_review_stays_arabic_in_the_arabic_interface(window_factory):
    report = Report()
    report.event.kind = EventKind.MEETING
    report.agenda.append(AgendaPoint(title="الميزانية"))
    window = window_factory()
    window.open_report(window.library.save(report))
    texts = review_texts(window.editor)
    assert "⚠ النقطة الأولى من جدول الأعمال دون عرض لما دار فيها." in texts
    assert "⛔ اسم الفعالية مطلوب." in texts


def test_dates_in_the_window_read_as_its_language_reads_them(app):
    moment = dt.datetime(2024, 11, 12, 14, 5)
    assert modified_text(moment) == "12\u00a0نونبر\u00a02024، 14:05"
    with interface_in("fr"):
        assert modified_text(moment) == "12 novembre 2024, 14:05"
        assert shown_date(dt.date(2025, 2, 3)) == "3 février 2025"
    assert shown_date(dt.date(2025, 2, 3)) == "3\u00a0فبراير\u00a02025"


def test_the_windows_dates_days_and_times_speak_french(app):
    from openreport.ui.dates import shown_dates, shown_day, shown_time

    start, end = dt.date(2024, 11, 12), dt.date(2024, 11, 14)
    with interface_in("fr"):
        assert shown_dates(start, end) == "12–14 novembre 2024"
        assert shown_dates(dt.date(2024, 9, 30), dt.date(2024, 10, 2)) == (
            "30 septembre – 2 octobre 2024"
        )
        assert shown_dates(start, None) == "12 novembre 2024"
        assert shown_day(1, start) == "Jour 1 : mardi 12 novembre 2024"
        assert shown_time(dt.time(9, 30)) == "09:30"
    assert shown_dates(start, end).replace("\u00a0", " ") == "أيام 12 و13 و14 نونبر 2024"
    assert shown_day(1, start).startswith("اليوم الأول: الثلاثاء")
    assert shown_time(dt.time(9, 30)) == "9.30\u00a0صباحا"


def test_the_editors_heading_keeps_an_arabic_title_in_its_place(window_factory):
    report = Report(title="تقرير <b>عن</b> الملتقى")
    with interface_in("fr"):
        window = window_factory()
        window.open_report(window.library.save(report))
        heading = window.editor.heading.text()
        # the line reads left to right in French, the typed title isolated and never markup
        assert heading.startswith(
            '<div dir="ltr"><b>\u2068تقرير &lt;b&gt;عن&lt;/b&gt; الملتقى\u2069'
        )
        assert heading.endswith("— Brouillon</div>")
    window = window_factory()
    window.open_report(window.library.save(Report(title="تقرير")))
    assert window.editor.heading.text().startswith('<div dir="rtl">')


def test_an_arabic_sentence_opening_on_a_path_reads_right_to_left(app):
    refusal = said(
        QT_TRANSLATE_NOOP("Nowhere", "{path}: الملف ليس بصيغة JSON صحيحة."), path="/a/b.json"
    )
    assert shown(refusal) == "\u200f\u2066/\u200ea/\u200eb.json\u2069: الملف ليس بصيغة JSON صحيحة."
    # a label takes its direction from the first strong letter: now a right-to-left one
    strong = [c for c in shown(refusal) if unicodedata.bidirectional(c) in ("L", "R", "AL")]
    assert unicodedata.bidirectional(strong[0]) == "R"


def test_a_path_keeps_its_folders_in_order_in_either_language(app):
    path = "/tmp/تقارير/تقرير 2.json"
    cause = os_cause(OSError(errno.EACCES, "Permission denied"))
    template = QT_TRANSLATE_NOOP("Library", "تعذرت قراءة الملف {path}: {cause}.")
    message = said(template, path=path, cause=cause)
    isolated = "\u2066/\u200etmp/\u200eتقارير/\u200eتقرير 2.json\u2069"
    assert shown(message) == f"تعذرت قراءة الملف {isolated}: لا يسمح النظام بالوصول."
    with interface_in("fr"):
        assert shown(message) == (
            f"Impossible de lire le fichier {isolated} : le système refuse l'accès."
        )
    assert str(message) == f"تعذرت قراءة الملف {path}: لا يسمح النظام بالوصول."  # the log's
