"""Build OpenReport's one-folder bundle with PyInstaller: dist/openreport/ holds the executable
(openreport, on Windows also openreport-cli.exe for the command line), Python, Qt and the
package with its shipped files (openreport/_resources). With --installer on Windows, Inno
Setup's compiler then makes dist/OpenReport-VERSION-setup.exe (packaging/windows/openreport.iss).

Run with the Python that has OpenReport's dependencies and PyInstaller (`pip install .[test]`):
    tools/build-bundle                       (Linux; a wrapper choosing .venv/bin/python)
    python tools/build_bundle.py --installer (Windows, or tools/build-bundle.ps1)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "openreport.spec"
ISS = ROOT / "packaging" / "windows" / "openreport.iss"
# Where Inno Setup 6 puts its compiler when it is not on the PATH (choco, the installer).
ISCC_FOLDERS = ("Inno Setup 6",)


def version() -> str:
    text = (ROOT / "openreport" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def executable(bundle: Path, name: str = "openreport") -> Path:
    """The program of a built bundle folder (``openreport.exe`` on Windows)."""
    return bundle / (f"{name}.exe" if os.name == "nt" else name)


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder``."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def build(dist: Path, work: Path, trim: bool = True, quiet: bool = False) -> Path:
    """Run PyInstaller on the recipe; return the bundle folder (dist/openreport)."""
    env = dict(os.environ, OPENREPORT_BUNDLE_TRIM="1" if trim else "0")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    if quiet:
        command += ["--log-level", "WARN"]
    subprocess.run([*command, str(SPEC)], check=True, env=env, cwd=ROOT)
    bundle = dist / "openreport"
    for link in bundle.rglob("*"):  # links to the libraries the recipe left out
        if link.is_symlink() and not link.exists():
            link.unlink()
    if not executable(bundle).is_file():
        raise SystemExit(f"build-bundle: PyInstaller made no {executable(bundle)}")
    if os.name != "nt":  # the menu entry, .openreport's type and the icon, for the user
        shutil.copy2(ROOT / "tools" / "install-desktop", bundle / "install-desktop")
    return bundle


def find_iscc() -> Path:
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in filter(None, (os.environ.get(v) for v in ("ProgramFiles(x86)", "ProgramFiles"))):
        for folder in ISCC_FOLDERS:
            candidate = Path(base) / folder / "ISCC.exe"
            if candidate.is_file():
                return candidate
    raise SystemExit("build-bundle: Inno Setup's ISCC.exe was not found (choco install innosetup)")


def installer(bundle: Path, dist: Path) -> Path:
    """Inno Setup's compiler on the recipe: a per-user setup program beside the bundle."""
    command = [str(find_iscc()), f"/DAppVersion={version()}", f"/DBundleDir={bundle}"]
    command += [f"/DRootDir={ROOT}", f"/O{dist}", str(ISS)]
    subprocess.run(command, check=True)
    return dist / f"OpenReport-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build-bundle", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument(
        "--no-trim", action="store_true", help="keep what Qt's hooks collect (to measure)"
    )
    parser.add_argument("--installer", action="store_true", help="Windows: the setup program")
    parser.add_argument("--quiet", action="store_true", help="PyInstaller's warnings only")
    args = parser.parse_args(argv)
    begin = time.monotonic()
    bundle = build(args.dist.resolve(), args.work.resolve(), not args.no_trim, args.quiet)
    size, count = folder_size(bundle)
    print(
        f"build-bundle: {bundle} — {size / 1e6:.0f} MB, {count} files,"
        f" built in {time.monotonic() - begin:.0f} s"
    )
    if args.installer:
        if os.name != "nt":
            raise SystemExit("build-bundle: --installer needs Windows (Inno Setup)")
        print(f"build-bundle: {installer(bundle, args.dist.resolve())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
