"""Update resources/translations/openreport_fr.ts from the interface's sources (the
pyside6-lupdate command of resources/translations/README.md), then compile every catalogue of
that folder (openreport_fr, qt_extra_ar, qt_extra_fr) into its .qm with pyside6-lrelease.

    python tools/make_translations.py            # update the .ts, compile the .qm
    python tools/make_translations.py --compile  # compile only

Translate the new strings with pyside6-linguist between the two steps; a string left
unfinished is not compiled (the Arabic source shows) and tests/ui/test_translations_fr.py
names it."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
README = TRANSLATIONS / "README.md"
TOOLS = Path(sys.executable).parent


def lupdate_command() -> str:
    """The one pyside6-lupdate command the README documents."""
    lines = [line for line in README.read_text().splitlines() if line.startswith("pyside6-lupdate")]
    assert len(lines) == 1, "the README documents one pyside6-lupdate command"
    return lines[0]


def update(target: Path | None = None) -> None:
    """Run the documented lupdate command (on ``target`` instead of the French catalogue)."""
    words = shlex.split(lupdate_command())
    if target is not None:
        words[words.index("-ts") + 1] = str(target)
    words[0] = str(TOOLS / "pyside6-lupdate")
    expanded = [words[0]]
    for word in words[1:]:  # the shell's globs, sorted
        if "*" in word:
            expanded += sorted(str(path.relative_to(ROOT)) for path in ROOT.glob(word))
        else:
            expanded.append(word)
    subprocess.run(expanded, cwd=ROOT, check=True, capture_output=True, timeout=120)


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )


def compile_all() -> list[Path]:
    made = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        compile_catalogue(ts, ts.with_suffix(".qm"))
        made.append(ts.with_suffix(".qm"))
    return made


if __name__ == "__main__":
    if "--compile" not in sys.argv[1:]:
        update()
    for path in compile_all():
        print(path.relative_to(ROOT))
