"""LibreOffice is found where its installers put it, not only on the PATH.

Each test builds a fake machine: an environment (a mapping), a platform name and a folder
standing for the root of the file system, holding an executable soffice where an install puts it.
"""

from __future__ import annotations

import os
import shutil
import sys
import types
from pathlib import Path

import pytest

from openreport.render import libreoffice
from openreport.render.libreoffice import soffice, soffice_candidates


def executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def windows_env(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": "",
        "ProgramFiles": str(tmp_path / "Program Files"),
        "ProgramW6432": str(tmp_path / "Program Files"),
        "ProgramFiles(x86)": str(tmp_path / "Program Files (x86)"),
        "LOCALAPPDATA": str(tmp_path / "Users" / "فاطمة الزهراء" / "AppData" / "Local"),
    }


@pytest.mark.parametrize(
    "folder",
    [
        "Program Files/LibreOffice/program",
        "Program Files (x86)/LibreOffice/program",
        "Users/فاطمة الزهراء/AppData/Local/Programs/LibreOffice/program",
    ],
)
def test_windows_finds_every_usual_install_folder(tmp_path, folder):
    program = executable(tmp_path / folder / "soffice.exe")
    assert soffice(windows_env(tmp_path), "win32", tmp_path) == str(program)


def test_windows_prefers_the_64_bit_program_files_and_names_are_case_insensitive(tmp_path):
    env = {k.upper(): v for k, v in windows_env(tmp_path).items()}  # PROGRAMFILES, …
    executable(tmp_path / "Program Files (x86)/LibreOffice/program/soffice.exe")
    first = executable(tmp_path / "Program Files/LibreOffice/program/soffice.exe")
    assert soffice(env, "win32", tmp_path) == str(first)


def test_windows_reads_the_install_path_the_installer_recorded(tmp_path, monkeypatch):
    program = executable(tmp_path / "D" / "Office" / "LibreOffice" / "program" / "soffice.exe")

    class Key:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def open_key(hive, name, reserved, access):
        if hive != "HKLM" or name != r"SOFTWARE\LibreOffice\UNO\InstallPath":
            raise OSError("no such key")
        return Key()

    fake = types.SimpleNamespace(
        HKEY_CURRENT_USER="HKCU",
        HKEY_LOCAL_MACHINE="HKLM",
        KEY_READ=1,
        KEY_WOW64_64KEY=2,
        KEY_WOW64_32KEY=4,
        OpenKey=open_key,
        QueryValueEx=lambda key, name: (str(program.parent), 1),
    )
    monkeypatch.setitem(sys.modules, "winreg", fake)
    assert soffice(windows_env(tmp_path), "win32", tmp_path) == str(program)


def test_macos_finds_the_application_bundle(tmp_path):
    home = tmp_path / "Users" / "clerk"
    env = {"PATH": "", "HOME": str(home)}
    bundle = "LibreOffice.app/Contents/MacOS/soffice"
    assert soffice(env, "darwin", tmp_path) is None
    mine = executable(home / "Applications" / bundle)
    assert soffice(env, "darwin", tmp_path) == str(mine)
    everyone = executable(tmp_path / "Applications" / bundle)
    assert soffice(env, "darwin", tmp_path) == str(everyone)


@pytest.mark.parametrize(
    "place",
    [
        "usr/bin/soffice",
        "usr/bin/libreoffice",
        "usr/lib/libreoffice/program/soffice",
        "usr/lib64/libreoffice/program/soffice",
        "opt/libreoffice24.8/program/soffice",
        "snap/bin/libreoffice",
        "var/lib/flatpak/exports/bin/org.libreoffice.LibreOffice",
        "home/clerk/.local/share/flatpak/exports/bin/org.libreoffice.LibreOffice",
    ],
)
def test_linux_finds_every_usual_install_folder(tmp_path, place):
    env = {"PATH": "", "HOME": str(tmp_path / "home" / "clerk")}
    assert soffice(env, "linux", tmp_path) is None
    program = executable(tmp_path / place)
    assert soffice(env, "linux", tmp_path) == str(program)


def test_linux_takes_the_newest_of_several_opt_installs(tmp_path):
    env = {"PATH": "", "HOME": str(tmp_path)}
    for version in ("7.6", "24.8", "24.2"):
        executable(tmp_path / f"opt/libreoffice{version}/program/soffice")
    assert soffice(env, "linux", tmp_path) == str(tmp_path / "opt/libreoffice24.8/program/soffice")


def test_a_file_that_cannot_run_is_not_taken(tmp_path):
    env = {"PATH": "", "HOME": str(tmp_path)}
    program = executable(tmp_path / "usr/bin/soffice")
    program.chmod(0o644)
    assert soffice(env, "linux", tmp_path) is None


def test_the_path_comes_first(tmp_path):
    executable(tmp_path / "usr/bin/soffice")
    on_path = executable(tmp_path / "bin" / "soffice")
    env = {"PATH": str(tmp_path / "bin"), "HOME": str(tmp_path)}
    assert soffice(env, "linux", tmp_path) == str(on_path)


def test_every_platform_has_its_candidates(tmp_path):
    env = windows_env(tmp_path) | {"HOME": str(tmp_path)}
    for platform in ("win32", "darwin", "linux"):
        assert soffice_candidates(env, platform, tmp_path)


@pytest.mark.skipif(sys.platform != "linux", reason="this machine's own LibreOffice")
def test_this_machines_libreoffice_is_found_without_the_path(monkeypatch):
    installed = shutil.which("soffice")
    if installed is None:
        from tests.helpers.readers import missing

        missing("soffice is not installed (tools/install-debian-packages installs it)")
    monkeypatch.setenv("PATH", "")
    found = libreoffice.soffice()
    assert found is not None and os.access(found, os.X_OK)
    assert found in map(str, soffice_candidates(os.environ, "linux", Path("/")))
