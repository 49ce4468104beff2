"""Messages made outside the window (review, storage, export) are said in its language."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QMessageBox

from openreport.actions import PAGE, REPORT, counted, outcome_message
from openreport.errors import UserError, os_cause
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.storage.exchange import ImportOutcome
from openreport.ui.labels import shown
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
