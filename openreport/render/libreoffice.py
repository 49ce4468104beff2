"""LibreOffice, when installed: converts an exported DOCX to PDF (or PDF/A) headless.

Runs with a private profile (so an open LibreOffice window is never disturbed) and with
OpenReport's font substitutions (resources/fonts/fonts.conf).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from openreport.errors import UserError
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
    with tempfile.TemporaryDirectory(prefix="openreport-lo-") as profile:
        command = [
            program,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(docx),
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, env=env, check=False
            )
        except subprocess.TimeoutExpired:
            raise LibreOfficeError("تجاوز LibreOffice المهلة المحددة للتحويل.") from None
    pdf = out_dir / (docx.stem + ".pdf")
    if result.returncode != 0 or not pdf.exists():
        raise LibreOfficeError("تعذر تحويل التقرير بواسطة LibreOffice.")
    return pdf
