"""A picture the user chooses (the commune's logo, an annex's photo) is read only when it is a
regular file within its limit: a pipe or a device named «.png» never hangs the window, an
unreadable file is refused in a message, and nothing is changed."""

from __future__ import annotations

import os
import threading

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from openreport.images import read_picture
from openreport.model import CommuneProfile, Report
from openreport.ui.editor.base import SectionId
from openreport.ui.profile_dialog import ProfileDialog

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


@pytest.fixture
def pipe(tmp_path):
    path = tmp_path / "logo.png"
    os.mkfifo(path)
    yield path
    # a reader that opened the pipe is let go (none should have)
    threading.Thread(target=lambda: open(path, "wb").close(), daemon=True).start()


def test_only_a_regular_file_within_its_limit_is_read(tmp_path, pipe):
    picture = tmp_path / "photo.png"
    picture.write_bytes(PNG)
    assert read_picture(picture, 1024) == PNG
    assert read_picture(picture, len(PNG) - 1) is None  # too big
    assert read_picture(pipe, 1024) is None  # would block reading
    assert read_picture(tmp_path, 1024) is None  # a folder
    assert read_picture(tmp_path / "absent.png", 1024) is None


def test_a_pipe_chosen_as_the_logo_is_refused(app, qtbot, pipe, monkeypatch):
    said = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pipe), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    dialog = ProfileDialog(CommuneProfile())
    qtbot.addWidget(dialog)
    dialog.choose_logo()
    assert said == ["تعذرت قراءة الصورة، أو حجمها يتجاوز 2 ميغابايت."]
    assert dialog.result_profile().logo is None


def test_a_pipe_chosen_as_an_annex_is_refused(window_factory, pipe, monkeypatch):
    window = window_factory()
    window.open_report(window.library.save(Report(title="تقرير")))
    said = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pipe), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    window.editor.show_section(SectionId.CLOSING)
    window.editor.section(SectionId.CLOSING).ui.annexImage.click()
    assert said == ["تعذرت قراءة الصورة، أو حجمها يتجاوز 10 ميغابايت."]
    assert window.editor.report.closing.annexes == []
