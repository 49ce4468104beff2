"""Compile forms/*.ui (Qt Designer) into openreport/ui/forms/ui_*.py with pyside6-uic."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

for form in sorted((ROOT / "forms").glob("*.ui")):
    target = ROOT / "openreport" / "ui" / "forms" / f"ui_{form.stem}.py"
    uic = Path(sys.executable).with_name("pyside6-uic")
    subprocess.run([str(uic), str(form), "-o", str(target)], check=True)
    print(target)
