"""Independent readers of exported files: the shared DOCX lint, LibreOffice and poppler."""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[2]
LINT = ROOT.parent / "shared" / "tools" / "docx-rtl-lint"


def lint(path: Path) -> str:
    """Run the shared right-to-left lint as a program; fail the test on any defect."""
    if not LINT.exists():
        pytest.skip("../shared/tools/docx-rtl-lint is not beside this checkout")
    result = subprocess.run(
        [sys.executable, str(LINT), str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@functools.cache
def _lint_module():
    loader = importlib.machinery.SourceFileLoader("docx_rtl_lint", str(LINT))
    spec = importlib.util.spec_from_loader("docx_rtl_lint", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def lint_defects(path: Path) -> list[dict]:
    """The shared lint's defects, run in this process (fast enough for hundreds of files)."""
    if not LINT.exists():
        pytest.skip("../shared/tools/docx-rtl-lint is not beside this checkout")
    module = _lint_module()
    with zipfile.ZipFile(path) as archive:
        return module.Linter(str(path), archive).run().defects


def needs_libreoffice() -> None:
    for tool in ("soffice", "pdftotext"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (tools/install-debian-packages installs it)")


def body_texts(document) -> list[str]:
    """Every paragraph of the body, table cells included, in document order."""
    out = []
    for element in document.element.body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in element.iter(qn("w:t")))
        if text:
            out.append(text)
    return out
