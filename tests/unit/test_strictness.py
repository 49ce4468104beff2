"""The test configuration is strict: a Qt warning or a Python warning fails the test."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SAMPLE = textwrap.dedent(
    """
    import warnings

    from PySide6.QtCore import qWarning


    def test_python_warning():
        warnings.warn("a deprecated call", DeprecationWarning)


    def test_qt_warning(qtbot):
        qWarning("QObject::connect: No such signal")


    def test_the_offscreen_plugin_message_is_ignored(qtbot):
        qWarning("This plugin does not support propagateSizeHints()")
    """
)


def test_warnings_fail_the_test_that_caused_them(tmp_path):
    (tmp_path / "test_sample.py").write_text(SAMPLE, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            "-p",
            "no:cacheprovider",
            "-q",
            str(tmp_path / "test_sample.py"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    summary = result.stdout.strip().splitlines()[-1]
    assert "2 failed, 1 passed" in summary, result.stdout
    assert "FAILED test_sample.py::test_python_warning" in result.stdout
    assert "FAILED test_sample.py::test_qt_warning" in result.stdout
