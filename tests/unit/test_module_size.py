"""No hand-written module is over 400 lines and no function over 60 (forms made by uic exempt)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("openreport", "tools", "benchmarks", "tests")
GENERATED = ROOT / "openreport" / "ui" / "forms"  # written by pyside6-uic from forms/*.ui
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def hand_written() -> list[Path]:
    return [
        path
        for folder in FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if not path.is_relative_to(GENERATED)
    ]


def too_long(source: str) -> list[str]:
    """The functions of ``source`` (methods and nested ones too) over the limit."""
    return [
        f"{node.name} (line {node.lineno}): {node.end_lineno - node.lineno + 1} lines"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]


FILES = hand_written()


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_module_and_functions_are_short(path):
    source = path.read_text("utf-8")
    lines = len(source.splitlines())
    assert lines <= MAX_MODULE_LINES, f"{lines} lines"
    assert too_long(source) == []


def test_the_walk_finds_every_part_and_skips_generated_forms():
    names = {str(p.relative_to(ROOT)) for p in FILES}
    assert {"openreport/storage/library.py", "tools/make_demo.py", "tests/conftest.py"} <= names
    assert any(name.startswith("benchmarks/") for name in names)
    assert not any(name.startswith("openreport/ui/forms/") for name in names)


def test_a_long_function_is_caught():
    statements = [f"x{i} = {i}" for i in range(MAX_FUNCTION_LINES)]
    function = "def f():\n" + "".join(f"    {line}\n" for line in statements)
    method = "class C:\n    def method(self):\n" + "".join(f"        {s}\n" for s in statements)
    assert too_long("def short():\n    return 1\n") == []
    assert too_long(function) == [f"f (line 1): {MAX_FUNCTION_LINES + 1} lines"]
    assert too_long(method) == [f"method (line 2): {MAX_FUNCTION_LINES + 1} lines"]
