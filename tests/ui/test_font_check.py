"""The profile says whether the report's face is installed here, and what the pages use."""

from __future__ import annotations

import dataclasses

from openreport.compose import look
from openreport.demo import demo_profile
from openreport.ui.font_check import font_note
from openreport.ui.profile_dialog import ProfileDialog


def test_a_face_missing_here_is_a_warning_naming_the_shipped_one():
    text, warning = font_note("Traditional Arabic", {"DejaVu Sans", look.SHIPPED_FACE})
    assert warning
    assert "«Traditional Arabic» غير مثبت" in text and f"«{look.SHIPPED_FACE}»" in text


def test_an_installed_face_whose_pdf_text_is_lossy_is_used_for_the_docx_only():
    text, warning = font_note("Amiri", {"Amiri", look.SHIPPED_FACE})
    assert not warning
    assert "«Amiri» مثبت" in text and f"«{look.SHIPPED_FACE}»" in text


def test_the_shipped_face_sets_every_copy():
    text, warning = font_note(look.SHIPPED_FACE, {look.SHIPPED_FACE})
    assert not warning and "كل النسخ" in text


def test_the_profile_dialog_shows_the_note_and_follows_the_typed_face(qtbot):
    profile = dataclasses.replace(demo_profile(), font_name="Traditional Arabic")
    dialog = ProfileDialog(profile)
    qtbot.addWidget(dialog)
    note = dialog.font_note
    assert "غير مثبت" in note.text()  # no Traditional Arabic on this Linux machine
    dialog.font.setEditText(look.SHIPPED_FACE)
    assert "غير مثبت" not in note.text() and "كل النسخ" in note.text()


def test_opening_the_profile_keeps_a_face_that_is_not_installed(qtbot):
    # loading the shipped faces changes Qt's font database, and a QFontComboBox then resets
    # its text to a face it has: «Traditional Arabic» came back as «Amiri» on OK
    from PySide6.QtGui import QFontDatabase

    from openreport.render.qt import fonts

    QFontDatabase.removeAllApplicationFonts()  # as at start: the dialog loads them
    fonts._loaded.clear()
    dialog = ProfileDialog(dataclasses.replace(demo_profile(), font_name="Traditional Arabic"))
    qtbot.addWidget(dialog)
    assert dialog.result_profile().font_name == "Traditional Arabic"
