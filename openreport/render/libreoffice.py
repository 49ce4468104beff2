"""LibreOffice, when installed: converts an exported DOCX to PDF (or PDF/A) headless.

Runs with a private profile (so an open LibreOffice window is never disturbed) and with
OpenReport's font substitutions (resources/fonts/fonts.conf).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from pathlib import Path

from openreport.errors import UserError
from openreport.render.files import temporary_folder
from openreport.resources import RESOURCES

FONTS_CONF = RESOURCES / "fonts" / "fonts.conf"


class LibreOfficeError(UserError):
    pass


def soffice() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx: Path, out_dir: Path, *, pdf_a: bool = False, timeout: int = 180) -> Path:
    """Convert ``docx`` to ``out_dir/<stem>.pdf``; PDF/A-2b when ``pdf_a``."""
    program = soffice()
    if program is None:
        raise LibreOfficeError("برنامج LibreOffice غير مثبت على هذا الجهاز.")
    target = "pdf"
    if pdf_a:
        options = {
            "SelectPdfVersion": {"type": "long", "value": "2"},
            "UseTaggedPDF": {"type": "boolean", "value": "true"},
        }
        target = "pdf:writer_pdf_Export:" + json.dumps(options)
    env = dict(os.environ)
    env["FONTCONFIG_FILE"] = str(FONTS_CONF)
    with temporary_folder("lo") as profile:
        command = [
            program,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(docx),
        ]
        result = _run(command, env, timeout)
    pdf = out_dir / (docx.stem + ".pdf")
    if result.returncode != 0 or not pdf.exists():
        raise LibreOfficeError("تعذر تحويل التقرير بواسطة LibreOffice.")
    return pdf


def _run(command: list[str], env: dict, timeout: int) -> subprocess.CompletedProcess:
    """Run LibreOffice in a session of its own, so that on a timeout every process it started
    is stopped before its temporary folders are removed (nothing keeps writing into them)."""
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=os.name == "posix",
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise LibreOfficeError("تجاوز LibreOffice المهلة المحددة للتحويل.") from None
    except BaseException:
        _stop(process)
        raise
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def _stop(process: subprocess.Popen) -> None:
    if os.name == "posix":
        import signal

        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
    else:  # pragma: no cover - Windows
        process.kill()
    with contextlib.suppress(Exception):
        process.communicate(timeout=10)
