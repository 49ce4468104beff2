"""The committed ui_*.py files are what pyside6-uic makes of forms/*.ui (never edited by hand)."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.readers import missing

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def body(text: str) -> list[str]:
    # the header names the uic version; the code below it is what must match
    return [line for line in text.splitlines() if not line.startswith("##")]


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_generated_form_is_up_to_date(form, tmp_path):
    uic = Path(sys.executable).with_name("pyside6-uic")
    if not uic.exists():
        missing("pyside6-uic is not beside this Python")
    generated = tmp_path / "out.py"
    subprocess.run([str(uic), str(form), "-o", str(generated)], check=True)
    committed = ROOT / "openreport" / "ui" / "forms" / f"ui_{form.stem}.py"
    assert body(committed.read_text("utf-8")) == body(generated.read_text("utf-8"))


def test_there_are_forms():
    assert FORMS
