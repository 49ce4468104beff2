"""Independent readers of exported files: the shared DOCX lint, LibreOffice and poppler."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
LINT = ROOT.parent / "shared" / "tools" / "docx-rtl-lint"


def lint(path: Path) -> str:
    """Run the shared right-to-left lint; fail the test on any defect."""
    if not LINT.exists():
        pytest.skip("../shared/tools/docx-rtl-lint is not beside this checkout")
    result = subprocess.run(
        [sys.executable, str(LINT), str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def needs_libreoffice() -> None:
    for tool in ("soffice", "pdftotext"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (tools/install-debian-packages installs it)")
