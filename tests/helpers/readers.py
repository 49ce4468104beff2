"""Independent readers of exported files: the shared DOCX lint, LibreOffice and poppler."""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import NoReturn

import pytest
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[2]
SHARED_TOOLS = ROOT.parent / "shared" / "tools"
LINT = SHARED_TOOLS / "docx-rtl-lint"


def missing(what: str) -> NoReturn:
    """Skip a test whose outside tool is missing here; under ``CI=true``, fail it.

    A developer's machine may lack LibreOffice or ../shared; a CI run that lacks them would
    otherwise pass while checking nothing.
    """
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{what} (CI=true: every outside tool must be present)", pytrace=False)
    pytest.skip(what)


def shared_tool(name: str) -> Path:
    """The path of a tool of ../shared/tools (docx-rtl-lint, render-docx)."""
    path = SHARED_TOOLS / name
    if not path.exists():
        missing(f"../shared/tools/{name} is not beside this checkout")
    return path


def lint(path: Path) -> str:
    """Run the shared right-to-left lint as a program; fail the test on any defect."""
    shared_tool(LINT.name)
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
    shared_tool(LINT.name)
    module = _lint_module()
    with zipfile.ZipFile(path) as archive:
        return module.Linter(str(path), archive).run().defects


def needs_libreoffice() -> None:
    """Skip (under ``CI=true``, fail) a test that needs LibreOffice and poppler when absent."""
    for tool in ("soffice", "pdftotext"):
        if shutil.which(tool) is None:
            missing(f"{tool} is not installed (tools/install-debian-packages installs it)")


def body_texts(document) -> list[str]:
    """Every paragraph of the body, table cells included, in document order."""
    out = []
    for element in document.element.body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in element.iter(qn("w:t")))
        if text:
            out.append(text)
    return out
