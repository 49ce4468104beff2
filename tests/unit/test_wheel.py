"""The built wheel carries its resources: installed outside the checkout, it exports the demo."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import docx
import pytest

from openreport.compose.parts.front import no_lone_last_word
from tests.helpers.readers import body_texts, needs_libreoffice

ROOT = Path(__file__).resolve().parents[2]
# The top-level modules of the wheel's dependencies (and theirs), taken from this environment.
DEPENDENCIES = ("PySide6", "shiboken6", "docx", "lxml", "babel", "platformdirs")
SHOW_PATHS = r"""
import openreport
from openreport.render.docx.writer import BUILTIN_TEMPLATE
from openreport.render.libreoffice import FONTS_CONF
print(openreport.__file__, FONTS_CONF, BUILTIN_TEMPLATE, sep="\n")
"""


def _clean_env(home: Path) -> dict[str, str]:
    """An environment in which nothing points at the checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"))
    return env


def _build_wheel(work: Path, env: dict[str, str]) -> Path:
    """Build from a copy of the sources, so the build leaves nothing in the checkout; pip gets
    the build backend named in pyproject.toml as it does for `pip install -e .`."""
    source = work / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("openreport", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check"]
    command += ["-q", "-w", str(work), str(source)]
    subprocess.run(command, check=True, env=env, cwd=work, timeout=300)
    (wheel,) = work.glob("openreport-*.whl")
    return wheel


def _fresh_venv(work: Path, wheel: Path, env: dict[str, str]) -> Path:
    """A new virtual environment holding the wheel; its dependencies are this environment's,
    reached through a .pth file that names their folders (and runs none of this environment's
    .pth files, so the checkout's editable install stays out)."""
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True, env=env,
    ).stdout.strip()  # fmt: skip
    folders = {str(Path(importlib.util.find_spec(m).origin).parents[1]) for m in DEPENDENCIES}
    assert str(ROOT) not in folders
    (Path(purelib) / "openreport-test-dependencies.pth").write_text("\n".join(sorted(folders)))
    command = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps"]
    command += ["--no-index", "--disable-pip-version-check", "-q", str(wheel)]
    subprocess.run(command, check=True, env=env, cwd=work, timeout=300)
    return venv


@pytest.mark.slow
def test_the_installed_wheel_exports_the_demo_to_docx_and_pdf(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    assert not work.resolve().is_relative_to(ROOT)
    env = _clean_env(work)
    wheel = _build_wheel(work, env)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            assert (
                f"openreport/_resources/{path.relative_to(ROOT / 'resources').as_posix()}" in names
            )
    for path in (ROOT / "openreport").rglob("*.py"):
        assert path.relative_to(ROOT).as_posix() in names

    venv = _fresh_venv(work, wheel, env)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    # The package, the fonts setup handed to LibreOffice and the template: all the fresh copy's.
    where = subprocess.run(
        [str(bin_dir / "python"), "-c", SHOW_PATHS],
        check=True, capture_output=True, text=True, env=env, cwd=work,
    ).stdout.splitlines()  # fmt: skip
    assert len(where) == 3
    for path in where:
        assert Path(path).is_file() and Path(path).resolve().is_relative_to(venv.resolve())
    assert sysconfig.get_path("purelib") not in where[0]

    title = json.loads((ROOT / "resources/demo/chefchaouen-saidia-2024.json").read_bytes())
    _export(bin_dir, work, env, "x.docx")
    title = no_lone_last_word(title["report"]["title"])  # its last two words kept together
    assert title in body_texts(docx.Document(str(work / "x.docx")))
    # a workstation with no font at all: the Qt PDF still has the face the wheel carries
    bare = work / "no-fonts.conf"
    bare.write_text('<?xml version="1.0"?><fontconfig></fontconfig>', encoding="utf-8")
    _export(bin_dir, work, dict(env, FONTCONFIG_FILE=str(bare)), "x.pdf")
    pdf = (work / "x.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"pdfaid:part" in pdf  # the archive's PDF/A
    assert b"/BaseFont /OpenReportNaskh-Regular" in pdf
    needs_libreoffice()
    _export(bin_dir, work, env, "lo.pdf", "--pdf-route", "libreoffice")
    pdf = (work / "lo.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"+OpenReportNaskhOffice-Regular" in pdf


def _export(bin_dir: Path, work: Path, env: dict[str, str], name: str, *options: str) -> None:
    """`openreport export --demo -o NAME` from the fresh environment, outside the checkout."""
    result = subprocess.run(
        [str(bin_dir / "openreport"), "export", "--demo", "-o", name, *options],
        capture_output=True, text=True, env=env, cwd=work, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert (work / name).stat().st_size > 0
