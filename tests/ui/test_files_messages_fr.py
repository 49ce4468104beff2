"""A refused report file, export, template or image is said in French in the French interface,
and in the same Arabic as before in the Arabic one."""

from __future__ import annotations

import errno
import json
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from openreport.actions import template_notice
from openreport.demo import demo_profile, demo_report
from openreport.images import Attachment
from openreport.render import libreoffice
from openreport.render.docx.template import TemplateError, check_template
from openreport.render.files import ExportError, write_atomically
from openreport.render.pdf import export_pdf
from openreport.serialization import FormatError, report_from_json, report_to_json
from openreport.ui.labels import shown
from tests.helpers.language import interface_in, unmarked


def said_in_both(error_or_message) -> tuple[str, str]:
    """What the window shows of it in Arabic, then in French."""
    arabic = unmarked(shown(error_or_message))
    with interface_in("fr"):
        return arabic, unmarked(shown(error_or_message))


def refusal(call, *args, kind=Exception, **kwargs) -> BaseException:
    with pytest.raises(kind) as caught:
        call(*args, **kwargs)
    return caught.value


def report_document(**report_changes) -> str:
    document = json.loads(report_to_json(demo_report()))
    document["report"]["event"].update(report_changes)
    return json.dumps(document, ensure_ascii=False)


def test_a_file_that_is_not_a_report_is_refused_in_french(app):
    not_a_report = refusal(report_from_json, '{"format": "other"}', kind=FormatError)
    assert said_in_both(not_a_report) == (
        "الملف ليس تقريرا من OpenReport.",
        "Le fichier n'est pas un rapport OpenReport.",
    )
    newer = json.dumps({"format": "openreport-report", "version": 99, "report": {}})
    assert said_in_both(refusal(report_from_json, newer, kind=FormatError)) == (
        "هذا التقرير من إصدار أحدث من OpenReport؛ يرجى تحديث البرنامج.",
        "Ce rapport vient d'une version plus récente d'OpenReport ; veuillez mettre à jour le"
        " programme.",
    )
    assert said_in_both(refusal(report_from_json, "{not json", kind=FormatError))[1] == (
        "Le fichier n'est pas au format JSON valide."
    )


def test_a_wrong_value_is_said_with_its_field_and_the_root_in_french(app):
    bad_date = refusal(report_from_json, report_document(start_date="hier"), kind=FormatError)
    assert said_in_both(bad_date) == (
        "الملف غير صالح: تاريخ غير صالح (في الحقل event.start_date)",
        "Le fichier n'est pas valide : date non valide (champ event.start_date)",
    )
    unknown = refusal(report_from_json, report_document(kind="صالون"), kind=FormatError)
    assert said_in_both(unknown) == (
        "الملف غير صالح: قيمة غير معروفة «صالون» (في الحقل event.kind)",
        "Le fichier n'est pas valide : valeur inconnue « صالون » (champ event.kind)",
    )
    root = json.dumps({"format": "openreport-report", "version": 2, "report": []})
    assert said_in_both(refusal(report_from_json, root, kind=FormatError)) == (
        "الملف غير صالح: كائن متوقع (في الحقل الجذر)",
        "Le fichier n'est pas valide : un objet est attendu (champ racine)",
    )


def test_an_export_refused_by_the_disk_is_said_in_french(app, tmp_path):
    missing = tmp_path / "nowhere" / "rapport.docx"
    no_folder = refusal(write_atomically, lambda f: f.write(b"x"), missing, kind=ExportError)
    assert said_in_both(no_folder) == (
        f"المجلد {missing.parent} غير موجود.",
        f"Le dossier {missing.parent} n'existe pas.",
    )
    target = tmp_path / "rapport.docx"
    (tmp_path / ".~lock.rapport.docx#").write_text("word")
    locked = refusal(write_atomically, lambda f: f.write(b"x"), target, kind=ExportError)
    assert said_in_both(locked)[1] == (
        "Le fichier rapport.docx est actuellement ouvert dans un autre programme ; fermez-le"
        " puis réessayez."
    )

    def full_disk(file):
        file.write(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    full = refusal(write_atomically, full_disk, tmp_path / "bilan.pdf", kind=ExportError)
    assert said_in_both(full) == (
        "تعذر حفظ bilan.pdf: القرص ممتلئ.",
        "Impossible d'enregistrer bilan.pdf : le disque est plein.",
    )

    def other_failure(file):
        raise OSError(errno.EIO, "I/O error")

    broken = refusal(write_atomically, other_failure, tmp_path / "bilan.pdf", kind=ExportError)
    assert said_in_both(broken) == (
        "تعذر حفظ bilan.pdf: خطأ في القراءة أو الكتابة على القرص.",
        "Impossible d'enregistrer bilan.pdf : erreur de lecture ou d'écriture sur le disque.",
    )


def test_a_folder_that_refuses_a_new_file_is_named_with_the_file(app, tmp_path, monkeypatch):
    import tempfile

    def refused(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    target = tmp_path / "rapport.docx"
    error = refusal(write_atomically, lambda f: f.write(b"x"), target, kind=ExportError)
    assert said_in_both(error) == (
        f"تعذر حفظ rapport.docx في المجلد {tmp_path}: القرص أو المجلد للقراءة فقط.",
        f"Impossible d'enregistrer rapport.docx dans le dossier {tmp_path} : le disque ou le"
        " dossier est en lecture seule.",
    )
    assert not target.exists()


def test_a_pdf_without_libreoffice_is_refused_in_french(app, tmp_path, monkeypatch):
    monkeypatch.setattr(libreoffice, "soffice", lambda *args: None)
    target = tmp_path / "rapport.pdf"
    error = refusal(
        export_pdf, demo_report(), demo_profile(), target, route="libreoffice", kind=ExportError
    )
    assert said_in_both(error) == (
        "برنامج LibreOffice غير مثبت على هذا الجهاز.",
        "LibreOffice n'est pas installé sur cet ordinateur.",
    )
    assert not target.exists()


def test_a_refused_template_and_its_reason_are_said_in_french(app, tmp_path):
    broken = tmp_path / "entete.docx"
    broken.write_bytes(b"PK\x03\x04 not really a document")
    error = refusal(check_template, broken, kind=TemplateError)
    assert said_in_both(error) == (
        "لا يمكن استعمال القالب entete.docx: ليس مستند Word سليما.",
        "Impossible d'utiliser le modèle entete.docx : ce n'est pas un document Word valide.",
    )
    gone = refusal(check_template, tmp_path / "parti.docx", kind=TemplateError)
    assert said_in_both(gone) == (
        "لا يمكن استعمال القالب parti.docx: الملف أو المجلد غير موجود.",
        "Impossible d'utiliser le modèle parti.docx : le fichier ou le dossier n'existe pas.",
    )
    notice = template_notice(replace(demo_profile(), template_path=str(broken)))
    assert said_in_both(notice)[1] == (
        "Impossible d'utiliser le modèle entete.docx : ce n'est pas un document Word valide."
        " Le modèle intégré d'OpenReport a été utilisé à sa place."
    )


def test_an_image_that_cannot_be_joined_is_said_in_french(app):
    assert said_in_both(Attachment(b"not an image").problem()) == (
        "الملف ليس صورة PNG أو JPEG مقروءة.",
        "Le fichier n'est pas une image PNG ou JPEG lisible.",
    )
    side = (10_000).to_bytes(4, "big")
    huge = Attachment(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" + side + side + bytes(16))
    assert said_in_both(huge.problem()) == (
        "أبعاد الصورة (10000×10000 بكسل) تتجاوز 50 مليون بكسل المسموح بها.",
        "Les dimensions de l'image (10000×10000 pixels) dépassent les 50 millions de pixels"
        " permis.",
    )


def test_the_profile_dialog_refuses_a_template_in_french(app, qtbot, tmp_path, monkeypatch):
    from openreport.ui.profile_dialog import ProfileDialog

    broken = tmp_path / "entete.docx"
    broken.write_bytes(b"not a zip at all")
    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **kw: (str(broken), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    with interface_in("fr"):
        dialog = ProfileDialog(demo_profile())
        qtbot.addWidget(dialog)
        dialog.choose_template()
    assert [unmarked(text) for text in warnings] == [
        "Impossible d'utiliser le modèle entete.docx : ce n'est pas un document Word valide."
    ]
    assert dialog.result_profile().template_path == ""
