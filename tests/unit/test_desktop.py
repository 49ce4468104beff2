"""Desktop integration on Linux: the menu entry, the type of .openreport files, the icon the
project draws (and its PNG sizes, made by tools/make_icons.py), and tools/install-desktop."""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from openreport.resources import APP_ICON, DESKTOP, ICONS

ROOT = Path(__file__).resolve().parents[2]
INSTALL = ROOT / "tools" / "install-desktop"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def desktop_entry(path: Path = DESKTOP / "openreport.desktop") -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name, Name[ar]
    parser.read(path, encoding="utf-8")
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_says_what_the_menu_needs():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "OpenReport"
    assert "تقارير" in entry["Name[ar]"]
    assert entry["Exec"] == "openreport %f"
    assert entry["Icon"] == "openreport"
    assert entry["MimeType"] == "application/x-openreport;"
    assert entry["Categories"] == "Office;"
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "OpenReport"  # the window's class: Qt's application name
    for key, value in entry.items():  # list values end with «;», as the specification asks
        if key.split("[")[0] in ("MimeType", "Categories", "Keywords"):
            assert value.endswith(";"), key


def test_the_desktop_entry_starts_the_command_the_package_installs():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert desktop_entry()["Exec"].split()[0] in scripts


def test_desktop_file_validate_accepts_the_entry():
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        # not installed here: the parse above (configparser) stands in for it
        entry = desktop_entry()
        assert all(k.split("[")[0] in KNOWN_KEYS for k in entry), set(entry) - KNOWN_KEYS
        return
    result = subprocess.run(
        [validate, str(DESKTOP / "openreport.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


KNOWN_KEYS = {
    "Type", "Version", "Name", "GenericName", "Comment", "Exec", "Icon", "Terminal",
    "MimeType", "Categories", "Keywords", "StartupNotify", "StartupWMClass", "TryExec",
}  # fmt: skip


def test_the_mime_type_is_known_by_its_name():
    root = ET.parse(DESKTOP / "openreport-mime.xml").getroot()
    (kind,) = root.findall(f"{MIME}mime-type")
    assert kind.get("type") == desktop_entry()["MimeType"].rstrip(";")
    assert [g.get("pattern") for g in kind.findall(f"{MIME}glob")] == ["*.openreport"]
    assert kind.find(f"{MIME}sub-class-of").get("type") == "application/vnd.sqlite3"
    languages = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in kind.iter()}
    assert "ar" in languages


def test_the_icon_is_an_svg_qt_draws_and_its_pngs_are_what_the_script_makes(tmp_path):
    # In a child process: the script makes a QGuiApplication, which pytest-qt's must not meet.
    code = f"""
import sys
sys.path.insert(0, {str(ROOT / "tools")!r})
import make_icons
from PySide6.QtGui import QImage
made = make_icons.make(__import__("pathlib").Path({str(tmp_path)!r}), make_icons.SOURCE)
worst = 0
for size in make_icons.SIZES:
    ours = QImage({str(ICONS)!r} + f"/openreport-{{size}}.png").convertToFormat(QImage.Format.Format_ARGB32)
    again = QImage({str(tmp_path)!r} + f"/openreport-{{size}}.png").convertToFormat(QImage.Format.Format_ARGB32)
    assert ours.width() == ours.height() == size, (size, ours.width())
    assert again.size() == ours.size()
    a, b = ours.constBits().tobytes(), again.constBits().tobytes()
    worst = max(worst, max(abs(x - y) for x, y in zip(a, b)))
print(worst)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) <= 8  # another Qt may smooth an edge differently
    ico = (ICONS / "openreport.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 5
    assert (tmp_path / "openreport.ico").read_bytes()[:6] == ico[:6]


def test_the_icon_is_the_projects_own_drawing():
    svg = APP_ICON.read_text(encoding="utf-8")
    assert "<title>OpenReport</title>" in svg and "<image" not in svg  # drawn, not pasted
    ET.fromstring(svg.encode())  # well-formed


def run_install(data: Path, path: str, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": path, "HOME": str(data.parent), "XDG_DATA_HOME": str(data)}
    return subprocess.run(
        ["sh", str(INSTALL), *args], capture_output=True, text=True, env=env, timeout=120
    )


def fake_command(folder: Path, name: str, body: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


def test_install_desktop_puts_the_entry_the_type_and_the_icon_in_the_users_share(tmp_path):
    data = tmp_path / "home" / "share"
    command = fake_command(tmp_path / "my venv" / "bin", "openreport")
    result = run_install(data, f"{command.parent}:{os.environ['PATH']}")
    assert result.returncode == 0, result.stderr
    entry = desktop_entry(data / "applications" / "openreport.desktop")
    assert entry["Exec"] == f'"{command}" %f'  # the full path, quoted for its space
    assert entry["Icon"] == "openreport" and entry["Name[ar]"] == desktop_entry()["Name[ar]"]
    assert (data / "mime" / "packages" / "openreport-mime.xml").is_file()
    for size in SIZES:
        icon = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "openreport.png"
        assert icon.read_bytes() == (ICONS / f"openreport-{size}.png").read_bytes()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "openreport.svg").is_file()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text()
        assert "application/x-openreport:*.openreport" in globs
        assert_qt_knows_the_type(tmp_path, data)
    removed = run_install(data, os.environ["PATH"], "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert not (data / "applications" / "openreport.desktop").exists()
    assert not list((data / "icons").rglob("openreport.*"))


def assert_qt_knows_the_type(tmp_path: Path, data: Path) -> None:
    """An SQLite file named *.openreport is an OpenReport file; another SQLite file is not."""
    for name in ("sent.openreport", "other.sqlite"):
        with sqlite3.connect(tmp_path / name) as db:
            db.execute("create table t (x)")
    code = (
        "import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
        "print(*(QMimeDatabase().mimeTypeForFile(p).name() for p in sys.argv[1:]))"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(data), XDG_DATA_DIRS="/usr/share")
    files = [str(tmp_path / "sent.openreport"), str(tmp_path / "other.sqlite")]
    result = subprocess.run(
        [sys.executable, "-c", code, *files], capture_output=True, text=True, env=env
    )
    ours, other = result.stdout.split()
    assert ours == "application/x-openreport", result.stderr
    assert other != ours


def test_install_desktop_uses_the_xdg_tools_when_present(tmp_path):
    log = tmp_path / "calls"
    tools = tmp_path / "xdg"
    for name in ("xdg-desktop-menu", "xdg-mime", "xdg-icon-resource"):
        fake_command(tools, name, f'echo "$(basename "$0") $*" >> "{log}"')
    data = tmp_path / "share"
    result = run_install(data, f"{tools}:{os.environ['PATH']}", "--exec", "/opt/or/openreport")
    assert result.returncode == 0, result.stderr
    calls = log.read_text().splitlines()
    assert any(c.startswith("xdg-desktop-menu install --mode user --novendor") for c in calls)
    assert any(c.endswith("desktop/openreport-mime.xml") and "xdg-mime install" in c for c in calls)
    icons = [c for c in calls if c.startswith("xdg-icon-resource install")]
    assert len(icons) == len(SIZES) and all(c.endswith(" openreport") for c in icons)


@pytest.mark.parametrize("bad", ['/tmp/a"b/openreport', "/tmp/$HOME/openreport"])
def test_install_desktop_refuses_a_command_it_cannot_write(tmp_path, bad):
    result = run_install(tmp_path / "share", os.environ["PATH"], "--exec", bad)
    assert result.returncode == 1 and "cannot write" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


def test_install_desktop_without_a_checkout_takes_the_installed_packages_resources(tmp_path):
    # A wheel install: the script alone (no resources/ beside it) and an openreport command
    # whose python names the installed package's resources.
    script = tmp_path / "copy" / "tools" / "install-desktop"
    script.parent.mkdir(parents=True)
    shutil.copy2(INSTALL, script)
    venv = tmp_path / "venv" / "bin"
    fake_command(venv, "openreport")
    fake_command(venv, "python", f'echo "{DESKTOP.parent}"')
    # found on the PATH, or named with --exec
    on_path = f"{venv}:{os.environ['PATH']}"
    named = ["--exec", f"{venv}/openreport"]
    for path, args in ((on_path, []), (os.environ["PATH"], named)):
        data = tmp_path / f"share{len(args)}"
        env = {"PATH": path, "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
        result = subprocess.run(["sh", str(script), *args], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        entry = desktop_entry(data / "applications" / "openreport.desktop")
        assert entry["Exec"] == f"{venv}/openreport %f"
