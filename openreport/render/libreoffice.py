"""LibreOffice, when installed: converts an exported DOCX to PDF (or PDF/A) headless.

Runs with a private profile (so an open LibreOffice window is never disturbed) and with
OpenReport's font substitutions (resources/fonts/fonts.conf).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from openreport.errors import UserError
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.render.files import temporary_folder
from openreport.resources import FONTS

FONTS_CONF = FONTS / "fonts.conf"
INSTALL_PATH_KEY = r"SOFTWARE\LibreOffice\UNO\InstallPath"  # its program folder, on Windows


class LibreOfficeError(UserError):
    pass


def soffice(
    environ: Mapping[str, str] | None = None, platform: str | None = None, root: Path | None = None
) -> str | None:
    """The LibreOffice executable, or None when it is not installed: the one on the PATH, else
    the first found in the folders LibreOffice's installers use (a Windows or macOS install is
    rarely on the PATH). ``environ``, ``platform`` and ``root`` (where absolute POSIX paths
    start) stand for this machine's, for tests."""
    environ = os.environ if environ is None else environ
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name, path=_variable(environ, "PATH"))
        if found:
            return found
    platform = sys.platform if platform is None else platform
    for candidate in soffice_candidates(environ, platform, root or Path(os.sep)):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def soffice_candidates(environ: Mapping[str, str], platform: str, root: Path) -> list[Path]:
    """Where LibreOffice's installers put soffice on ``platform``, most usual first."""
    if platform.startswith("win"):
        return _windows_candidates(environ)
    home = Path(_variable(environ, "HOME") or Path.home())
    if platform == "darwin":
        bundle = Path("LibreOffice.app", "Contents", "MacOS", "soffice")
        return [root / "Applications" / bundle, home / "Applications" / bundle]
    places = [
        "usr/bin/soffice",
        "usr/bin/libreoffice",
        "usr/local/bin/soffice",
        "usr/lib/libreoffice/program/soffice",
        "usr/lib64/libreoffice/program/soffice",
        "usr/local/lib/libreoffice/program/soffice",
    ]
    found = [root / place for place in places]
    # The Document Foundation's own packages: /opt/libreoffice24.8 …, the newest first.
    found += [folder / "program" / "soffice" for folder in _newest_first(root / "opt")]
    found.append(root / "snap" / "bin" / "libreoffice")
    flatpak = Path("flatpak", "exports", "bin", "org.libreoffice.LibreOffice")
    found += [root / "var" / "lib" / flatpak, home / ".local" / "share" / flatpak]
    return found


def _windows_candidates(environ: Mapping[str, str]) -> list[Path]:
    """The registry's record of an install, then Program Files (64 and 32 bits) and the
    per-user install under the user's local application data."""
    folders = _registry_program_folders()
    for variable in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        if _variable(environ, variable):
            folders.append(Path(_variable(environ, variable), "LibreOffice", "program"))
    if _variable(environ, "LOCALAPPDATA"):
        local = Path(_variable(environ, "LOCALAPPDATA"))
        folders += [local / "Programs" / "LibreOffice" / "program"]
    return list(dict.fromkeys(folder / "soffice.exe" for folder in folders))


def _registry_program_folders() -> list[Path]:
    """The program folders LibreOffice's Windows installer records (per user, then for all)."""
    try:
        import winreg
    except ImportError:
        return []
    folders = []
    for hive in (winreg.HKEY_CURRENT_USER, winreg.HKEY_LOCAL_MACHINE):
        for view in (winreg.KEY_WOW64_64KEY, winreg.KEY_WOW64_32KEY):  # 64- and 32-bit installs
            try:
                access = winreg.KEY_READ | view
                with winreg.OpenKey(hive, INSTALL_PATH_KEY, 0, access) as key:
                    folders.append(Path(winreg.QueryValueEx(key, "")[0]))
            except OSError:
                continue
    return list(dict.fromkeys(folders))


def _variable(environ: Mapping[str, str], name: str) -> str:
    """An environment variable; Windows' names are case-insensitive."""
    if name in environ:
        return environ[name]
    return next((v for k, v in environ.items() if k.upper() == name.upper()), "")


def _newest_first(folder: Path) -> list[Path]:
    """The libreoffice* folders in ``folder``, the highest version first."""
    try:
        found = [path for path in folder.iterdir() if path.name.startswith("libreoffice")]
    except OSError:
        return []

    def version(path: Path) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", path.name))

    return sorted(found, key=version, reverse=True)


def convert_to_pdf(docx: Path, out_dir: Path, *, pdf_a: bool = False, timeout: int = 180) -> Path:
    """Convert ``docx`` to ``out_dir/<stem>.pdf``; PDF/A-1b when ``pdf_a``."""
    program = soffice()
    if program is None:
        raise LibreOfficeError(
            said(QT_TRANSLATE_NOOP("Export", "برنامج LibreOffice غير مثبت على هذا الجهاز."))
        )
    target = "pdf"
    if pdf_a:
        # PDF/A-1b, the level the Qt route writes (the only one QPdfWriter knows): one
        # level for the archive whichever route made it (render/qt/pdf.py, PDFA_PART).
        options = {
            "SelectPdfVersion": {"type": "long", "value": "1"},
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
        raise LibreOfficeError(
            said(QT_TRANSLATE_NOOP("Export", "تعذر تحويل التقرير بواسطة LibreOffice."))
        )
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
        raise LibreOfficeError(
            said(QT_TRANSLATE_NOOP("Export", "تجاوز LibreOffice المهلة المحددة للتحويل."))
        ) from None
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
