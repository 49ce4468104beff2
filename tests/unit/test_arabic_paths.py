"""Paths with Arabic letters and spaces work end to end: the demo exported to DOCX and to PDF
(the Qt route, and LibreOffice's) into «تقارير الجماعة 2024/تقرير الملتقى.pdf», and read back.

The temporary folder is given Arabic letters and spaces too, as on a Windows PC whose user
name is Arabic (%TEMP% is C:\\Users\\<name>\\AppData\\Local\\Temp): LibreOffice's private
profile and the working copies live there.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import unicodedata

import docx
import pytest

from openreport import actions, cli
from openreport.paths import file_name
from openreport.render.files import TEMP_PREFIX
from tests.helpers.readers import body_texts, needs_libreoffice

FOLDER = "تقارير الجماعة 2024"
NAME = "تقرير الملتقى"


@pytest.fixture
def arabic_folder(tmp_path, monkeypatch):
    temporary = tmp_path / "المستخدم فاطمة" / "مؤقت"
    temporary.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    folder = tmp_path / FOLDER
    folder.mkdir()
    yield folder
    left = [p.name for p in temporary.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert not left, "a temporary copy was left behind"


def pdf_text(path) -> str:
    """The words of a PDF: presentation forms read as letters, direction marks dropped."""
    result = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    )
    text = unicodedata.normalize("NFKC", result.stdout)
    return " ".join(re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text).split())


def test_docx_into_an_arabic_folder(arabic_folder, demo, profile):
    target = arabic_folder / f"{NAME}.docx"
    done = actions.export_report(demo, profile, target)
    assert done.path == target and [p.name for p in arabic_folder.iterdir()] == [target.name]
    texts = body_texts(docx.Document(str(target)))
    assert any(demo.event.name in text for text in texts)


@pytest.mark.parametrize("route", ["qt", pytest.param("libreoffice", marks=pytest.mark.slow)])
def test_pdf_into_an_arabic_folder(arabic_folder, demo, profile, route):
    needs_libreoffice()  # pdftotext reads the result back; LibreOffice makes one route
    target = arabic_folder / f"{NAME}.pdf"
    done = actions.export_report(demo, profile, target, pdf_route=route)
    assert done.route == route and done.path == target
    assert [p.name for p in arabic_folder.iterdir()] == [target.name]
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "شفشاون" in text and "السعيدية" in text


def test_the_command_line_exports_to_an_arabic_path(arabic_folder, capsys):
    target = arabic_folder / file_name("تقرير: الملتقى الوطني؟", ".docx")
    assert cli.main(["export", "--demo", "-o", str(target)]) == 0
    assert target.name == "تقرير- الملتقى الوطني؟.docx"
    assert any("السعيدية" in text for text in body_texts(docx.Document(str(target))))
