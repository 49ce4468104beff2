"""The face OpenReport ships: the preview, the printout and both PDF routes are set in it,
on every workstation, and the text of the archive copy comes back whole."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata

import pytest

from openreport.compose import look
from openreport.render.pdf import export_pdf
from openreport.resources import FONTS
from tests.helpers.readers import needs_libreoffice


def fonts_of(pdf) -> set[str]:
    """The embedded fonts' names, subset prefixes («BAAAAA+») taken off."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return {line.split()[0].split("+")[-1] for line in out.stdout.splitlines()[2:]}


@pytest.fixture(scope="module")
def qt():
    from openreport.render.qt.pdf import ensure_gui_application

    return ensure_gui_application()


def test_the_shipped_files_and_their_licence_are_there():
    names = {path.name for path in FONTS.iterdir()}
    assert {
        "OpenReportNaskh-Regular.ttf",
        "OpenReportNaskh-Bold.ttf",
        "OpenReportNaskhOffice-Regular.ttf",
        "OpenReportNaskhOffice-Bold.ttf",
        "OFL.txt",
    } <= names
    assert "SIL OPEN FONT LICENSE" in (FONTS / "OFL.txt").read_text(encoding="utf-8")


def test_preview_printout_and_pdf_share_the_shipped_face(qt, tmp_path, demo, profile):
    from openreport.compose import compose
    from openreport.render.qt.document import render_qt
    from openreport.render.qt.fonts import load_shipped_fonts, page_face

    assert look.SHIPPED_FACE in load_shipped_fonts()
    assert profile.font_name == "Traditional Arabic"  # the DOCX's face, not on this machine
    assert page_face(profile) == look.SHIPPED_FACE
    document, _pages = render_qt(compose(demo, profile), profile)  # the preview and printout
    assert document.defaultFont().family() == look.SHIPPED_FACE
    pdf = export_pdf(demo, profile, tmp_path / "d.pdf", route="qt").path
    assert fonts_of(pdf) == {"OpenReportNaskh-Regular", "OpenReportNaskh-Bold"}


# Words a Qt PDF of Noto Naskh Arabic lost from its text layer (measured): «لا» drawn as two
# contextual glyphs, «لله» as a ligature no character maps to; Latin it has no letters for.
WORDS = "الانفتاح لا إلى الأعضاء عبد الله لله PDF/A 50% contact@commune.ma 12 نونبر 2024"

SCRIPT = """
import sys
from pathlib import Path
from openreport.compose.document import Document, Paragraph, Run
from openreport.demo import demo_profile
from openreport.render.qt.pdf import write_pdf
composed = Document("t", "a", blocks=[Paragraph([Run(word)]) for word in sys.argv[2].split()])
print(write_pdf(composed, demo_profile(), Path(sys.argv[1])))
"""


def _write_alone(tmp_path, words: str) -> tuple[str, str]:
    """A Qt PDF written by a process that sees no font but the shipped ones (an empty
    fontconfig setup): the page face must still be there. Its face and its text."""
    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?><fontconfig></fontconfig>', encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    pdf = tmp_path / "alone.pdf"
    face = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(pdf), words],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout.strip()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return face, unicodedata.normalize("NFKC", text)


def test_a_workstation_without_arabic_fonts_still_gets_the_face_and_whole_text(tmp_path):
    face, text = _write_alone(tmp_path, WORDS)
    assert face == look.SHIPPED_FACE
    lines = [line.strip("\u202a\u202b\u202c\u200e\u200f ") for line in text.splitlines()]
    for word in WORDS.split():
        assert word in lines, (word, text)


@pytest.mark.slow
def test_libreoffice_sets_the_docx_in_the_shipped_twin(tmp_path, demo, profile):
    needs_libreoffice()
    pdf = export_pdf(demo, profile, tmp_path / "d.pdf", route="libreoffice").path
    assert fonts_of(pdf) == {"OpenReportNaskhOffice-Regular", "OpenReportNaskhOffice-Bold"}
