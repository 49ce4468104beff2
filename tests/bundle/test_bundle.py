"""The one-folder bundle (tools/build-bundle) works on a machine without Python: it carries
the shipped files and leaves out what is unused, opens the demo in its window, exports it to
DOCX and PDF, imports the .openreport file it is opened with into the per-user library, and
gives the programs it starts (LibreOffice) the system's libraries, not its own."""

from __future__ import annotations

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest

from openreport import __version__
from tests.helpers.readers import missing

ROOT = Path(__file__).resolve().parents[2]
DEMO = json.loads((ROOT / "resources/demo/chefchaouen-saidia-2024.json").read_bytes())
pytestmark = pytest.mark.slow
# Qt's own trace of the widgets shown (qt.widgets.showhide): the main window's native window,
# then the report editor holding the demo report.
SHOWN = re.compile(r'Setting visibility of QWidgetWindow\(.*"MainWindowClassWindow"\) to true')
EDITOR_SHOWN = re.compile(r"Setting visibility of ReportEditor\(.* to true\b")


def program(bundle: Path) -> Path:
    return bundle / ("openreport-cli.exe" if os.name == "nt" else "openreport")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The bundle built once per run by the project's one script, outside the checkout; or
    the one OPENREPORT_BUNDLE names, built by the same script in an earlier step (the Windows
    workflow builds it, then tests it)."""
    if os.environ.get("OPENREPORT_BUNDLE"):
        built = Path(os.environ["OPENREPORT_BUNDLE"]).resolve()
        assert program(built).is_file(), f"OPENREPORT_BUNDLE={built} holds no bundle"
        return built
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        missing("PyInstaller is not installed (pip install -e '.[test]' installs it)")
    work = tmp_path_factory.mktemp("bundle")
    if os.name == "nt":
        command = [sys.executable, str(ROOT / "tools" / "build_bundle.py")]
    else:
        command = [str(ROOT / "tools" / "build-bundle")]
    command += ["--dist", str(work / "dist"), "--work", str(work / "build"), "--quiet"]
    env = dict(os.environ, PYTHON=sys.executable)
    subprocess.run(command, check=True, env=env, timeout=900)
    return work / "dist" / "openreport"


@pytest.fixture
def no_python(tmp_path) -> dict[str, str]:
    """A clerk's session: nothing of Python on the PATH or in the environment, a home of its
    own (settings, per-user data, temporary files)."""
    home, empty_bin = tmp_path / "home", tmp_path / "bin"
    for folder in (home, empty_bin, home / "tmp"):
        folder.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_", "QT_", "PYTEST", "CONDA"))
    }
    env.update(PATH=str(empty_bin), HOME=str(home), USERPROFILE=str(home), TMPDIR=str(home / "tmp"))
    # Qt writes its messages to stderr even from a Windows program without a console
    env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen", QT_FORCE_STDERR_LOGGING="1")
    if os.name == "nt":
        env.update(LOCALAPPDATA=str(home / "local"), APPDATA=str(home / "roaming"))
        # platformdirs asks Windows for these folders, not the environment, unless told so
        env.update(WIN_PD_OVERRIDE_LOCAL_APPDATA=env["LOCALAPPDATA"])
        env.update(WIN_PD_OVERRIDE_APPDATA=env["APPDATA"])
        env.update(TEMP=str(home / "tmp"), TMP=str(home / "tmp"))
    else:
        for name, folder in (("DATA", "data"), ("CONFIG", "config"), ("CACHE", "cache")):
            env[f"XDG_{name}_HOME"] = str(home / folder)
    for python in ("python", "python3", "py"):
        assert shutil.which(python, path=env["PATH"]) is None
    return env


def test_the_bundle_carries_the_shipped_files_and_leaves_out_what_is_unused(bundle):
    internal = bundle / "_internal"
    shipped = internal / "openreport" / "_resources"
    sources = [p for p in (ROOT / "resources").rglob("*") if p.is_file()]
    assert sources
    for path in sources:
        assert (shipped / path.relative_to(ROOT / "resources")).is_file(), path
    assert not (internal / "resources").exists()  # no second copy where the checkout has it
    assert (bundle / "install-desktop").is_file() or os.name == "nt"  # Linux: the menu entry
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert any(n.endswith("/translations/qtbase_ar.qm") for n in names)  # Qt's dialogs in Arabic
    assert any("/plugins/iconengines/" in n and "svg" in n for n in names)  # the window's icon
    assert any("/plugins/printsupport/" in n for n in names) or os.name == "nt"
    for unused in ("QtQml", "QtQuick", "QtWebEngine", "Qt3D", "QtPdf", "libgtk-3", "qtbase_de"):
        assert not [n for n in names if unused in n], unused
    assert {p.stem for p in (internal / "babel" / "locale-data").iterdir()} >= {"ar", "ar_MA"}


def _run(bundle: Path, env: dict[str, str], cwd: Path, *args: str) -> str:
    result = subprocess.run(
        [str(program(bundle)), *args], capture_output=True, text=True, env=env, cwd=cwd,
        timeout=120, encoding="utf-8",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return result.stdout


def test_the_bundle_exports_the_demo_without_python(bundle, no_python, tmp_path):
    assert _run(bundle, no_python, tmp_path, "--version").strip() == f"openreport {__version__}"
    # the per-user library, in the user's application data (platformdirs)
    _run(bundle, no_python, tmp_path, "list")
    data = no_python["LOCALAPPDATA"] if os.name == "nt" else no_python["XDG_DATA_HOME"]
    assert (Path(data) / "OpenReport" / "library.sqlite").is_file()
    folder = tmp_path / "تقارير الجماعة"  # Arabic letters and a space in the path
    folder.mkdir()
    _run(bundle, no_python, folder, "export", "--demo", "-o", "تقرير.docx")
    with zipfile.ZipFile(folder / "تقرير.docx") as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert DEMO["report"]["event"]["city"] in body
    assert "<w:bidi/>" in body or "<w:bidi " in body
    _run(bundle, no_python, folder, "export", "--demo", "-o", "تقرير.pdf")
    pdf = (folder / "تقرير.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"pdfaid:part" in pdf
    if shutil.which("pdftotext") is None:
        if os.name == "nt":  # the Windows runner has no poppler: the PDF's start is checked
            return
        missing("pdftotext is not installed (tools/install-debian-packages installs it)")
    text = subprocess.run(
        ["pdftotext", str(folder / "تقرير.pdf"), "-"],
        capture_output=True, text=True, check=True, encoding="utf-8",
    ).stdout  # fmt: skip
    # pdftotext gives the shaped letters (presentation forms); NFKC makes them plain again
    assert "المملكة المغربية" in unicodedata.normalize("NFKC", text)


FAKE_SOFFICE = """#!/bin/sh
echo "LD_LIBRARY_PATH=${LD_LIBRARY_PATH-(unset)}" > "$0.environment"
exit 1
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux loader's variable")
def test_programs_the_bundle_starts_get_the_system_libraries(bundle, no_python, tmp_path):
    """PyInstaller points LD_LIBRARY_PATH at the bundle's libraries; LibreOffice, started by
    the bundle, must not load them (they are the build machine's, perhaps older than its own).
    A stand-in soffice on the PATH writes down what it was given."""
    soffice = Path(no_python["PATH"]) / "soffice"
    soffice.write_text(FAKE_SOFFICE)
    soffice.chmod(0o755)
    for user_value in (None, "/opt/user/lib"):
        env = dict(no_python, **({"LD_LIBRARY_PATH": user_value} if user_value else {}))
        result = subprocess.run(
            [str(program(bundle)), "export", "--demo", "-o", "x.pdf", "--pdf-route", "libreoffice"],
            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
        )  # fmt: skip
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
        given = (tmp_path / "bin" / "soffice.environment").read_text().strip()
        assert given == f"LD_LIBRARY_PATH={user_value or '(unset)'}"


def _lines(stream, into: queue.Queue) -> None:
    for line in stream:
        into.put(line)
    into.put(None)


def _watch(lines: queue.Queue, seen: dict[str, bool], others: list[str]) -> None:
    """Read Qt's trace until the report editor is shown after the main window (or the
    program ends, or two minutes pass); the lines that are not the trace go to ``others``."""
    deadline = time.monotonic() + 120
    while not seen["editor"] and time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line is None:
            return
        if not line.startswith("qt.widgets."):
            others.append(line)
        elif SHOWN.search(line):
            seen["window"] = True
        elif seen["window"] and EDITOR_SHOWN.search(line):
            seen["editor"] = True


def test_the_bundle_opens_the_demo_in_its_window(bundle, no_python, tmp_path):
    env = dict(no_python, QT_LOGGING_RULES="qt.widgets.showhide.debug=true")
    window = bundle / ("openreport.exe" if os.name == "nt" else "openreport")
    process = subprocess.Popen(
        [str(window), "--demo"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
        text=True, encoding="utf-8", errors="replace", env=env, cwd=tmp_path,
    )  # fmt: skip
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(process.stderr, lines), daemon=True).start()
    seen, others = {"window": False, "editor": False}, []
    try:
        _watch(lines, seen, others)
        assert seen == {"window": True, "editor": True}, "".join(others)
        assert process.poll() is None  # still running, the demo open in its window
    finally:
        process.kill()
        process.wait(timeout=30)
    while (line := lines.get(timeout=30)) is not None:  # what it wrote until it was stopped
        if not line.startswith("qt.widgets."):
            others.append(line)
    process.stderr.close()
    assert not [e for e in others if "Traceback" in e or "Error" in e], "".join(others)


def test_the_bundle_imports_the_report_file_it_is_opened_with(bundle, no_python, tmp_path):
    """What the file manager (Linux) and the .openreport association (Windows) do:
    `openreport FILE.openreport` starts the window, which imports the file into the library."""
    exchange = tmp_path / "تقرير شفشاون.openreport"
    _run(bundle, no_python, tmp_path, "export-file", "--demo", "-o", str(exchange))
    assert _run(bundle, no_python, tmp_path, "list") == ""  # the per-user library, empty
    window = bundle / ("openreport.exe" if os.name == "nt" else "openreport")
    listed = ""
    with (tmp_path / "stderr.txt").open("w", encoding="utf-8") as stderr:
        process = subprocess.Popen(
            [str(window), str(exchange)], stdout=subprocess.DEVNULL, stderr=stderr,
            env=no_python, cwd=tmp_path,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 120
            while DEMO["report"]["title"] not in listed and time.monotonic() < deadline:
                assert process.poll() is None, "the window closed"
                time.sleep(0.5)
                listed = _run(bundle, no_python, tmp_path, "list")  # read-only, beside it
        finally:
            process.kill()
            process.wait(timeout=30)
    assert DEMO["report"]["title"] in listed
    assert "Traceback" not in (tmp_path / "stderr.txt").read_text(encoding="utf-8")
