"""The code base passes ruff (its configuration lives in pyproject.toml)."""

import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers.readers import missing

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_check_passes():
    beside = Path(sys.executable).with_name("ruff")  # the virtual environment's own ruff
    ruff = str(beside) if beside.exists() else shutil.which("ruff")
    if ruff is None:
        missing("ruff is not installed (pip install -e '.[test]' installs it)")
    result = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
