"""The import graph of every module of openreport runs one way, and only the GUI side uses Qt.

model ← storage; model ← compose ← render; actions use storage, compose and render; the window
(ui) uses everything; the command line starts the window. Every module is found by walking the
package and parsed with ast (imports inside functions count), so a new module is checked
without being named here; a module outside every layer fails until it is given one.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "openreport"
QT = ("PySide6", "shiboken6")

# The layer of each part of the package, by module prefix (the longest prefix wins).
LAYER_OF = {
    "openreport": "base",  # the package itself (its version)
    "openreport.model": "base",
    "openreport.images": "base",
    "openreport.text": "base",
    "openreport.errors": "base",
    "openreport.messages": "base",  # messages made outside the window, sayable in its language
    "openreport.validation": "base",
    "openreport.serialization": "base",
    "openreport.format_versions": "base",  # an older report format brought to today's
    "openreport.costs": "base",  # a mission cost read as an amount and a currency
    "openreport.followup": "base",  # a recommendation's status and its history
    "openreport.resources": "base",
    "openreport.paths": "base",
    "openreport.storage": "storage",
    "openreport.compose": "compose",
    "openreport.render": "render",
    "openreport.actions": "actions",  # what the window and the command line both do
    "openreport.demo": "actions",  # opens the demo library, as an action would
    "openreport.year_review": "actions",  # the year in review written to a file
    "openreport.ui": "ui",
    "openreport.cli": "entry",
    "openreport.__main__": "entry",
}
LAYERS = ("base", "storage", "compose", "render", "actions", "ui", "entry")
MAY_IMPORT = {
    "base": {"base"},
    "storage": {"base", "storage"},
    "compose": {"base", "compose"},
    "render": {"base", "compose", "render"},
    "actions": {"base", "storage", "compose", "render", "actions"},
    "ui": {"base", "storage", "compose", "render", "actions", "ui"},
    "entry": set(LAYERS),
}
# Where PySide6 and shiboken6 may be imported.
QT_PACKAGES = ("openreport.ui", "openreport.render.qt")


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def layer(name: str) -> str | None:
    prefixes = [prefix for prefix in LAYER_OF if within(name, prefix)]
    if name != "openreport":
        prefixes = [prefix for prefix in prefixes if prefix != "openreport"]
    return LAYER_OF[max(prefixes, key=len)] if prefixes else None


def package_modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its __init__)."""
    modules = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def imports_in(source: str, name: str, is_package: bool, modules: set[str]) -> set[str]:
    """The modules ``source`` imports anywhere, inside functions too, as absolute names."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name.split(".") if is_package else name.split(".")[:-1]
                parent = package[: len(package) - node.level + 1]
                base = ".".join([*parent, *([base] if base else [])])
            for alias in node.names:
                # "from openreport import serialization" imports a module, not a name.
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in modules else base)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = package_modules()
    names = set(modules)
    return {
        name: imports_in(path.read_text("utf-8"), name, path.name == "__init__.py", names)
        for name, path in modules.items()
    }


def violations(graph: dict[str, set[str]]) -> list[str]:
    """Every import that breaks the one-way rule, as "importer -> imported (why)"."""
    found = []
    for importer, imported in sorted(graph.items()):
        own = layer(importer)
        if own is None:
            found.append(f"{importer} belongs to no layer: give it one in LAYER_OF")
            continue
        for target in sorted(imported):
            if target.split(".")[0] in QT and not any(within(importer, p) for p in QT_PACKAGES):
                found.append(f"{importer} -> {target} (only ui and render.qt use Qt)")
            if not within(target, "openreport"):
                continue
            theirs = layer(target)
            if theirs is not None and theirs not in MAY_IMPORT[own]:
                found.append(f"{importer} -> {target} ({own} may not import {theirs})")
    return found


def test_the_import_graph_runs_one_way():
    assert violations(import_graph()) == []


def test_nothing_imports_the_window_but_the_window_and_the_command_line():
    importers = {
        importer
        for importer, imported in import_graph().items()
        if any(within(target, "openreport.ui") for target in imported)
    }
    assert {m for m in importers if not within(m, "openreport.ui")} <= {"openreport.cli"}


def test_every_part_of_the_package_is_walked():
    graph = import_graph()
    for name in ("openreport.model", "openreport.storage.library", "openreport.cli"):
        assert name in graph
    assert any(within(name, "openreport.ui.editor") for name in graph)
    assert any(within(name, "openreport.render.qt") for name in graph)
    # Imports inside functions count: the command line starts the window from inside main.
    assert any(within(target, "openreport.ui") for target in graph["openreport.cli"])


@pytest.mark.parametrize(
    ("importer", "source", "why"),
    [
        ("openreport.storage.x", "def f():\n    from openreport.ui import app\n", "storage"),
        ("openreport.model", "import openreport.storage.library\n", "base"),
        ("openreport.compose.kinds.forum", "from ...render.docx import writer\n", "compose"),
        ("openreport.compose.look", "from openreport import storage\n", "compose"),
        ("openreport.render.pdf", "from openreport.ui.app import run_application\n", "render"),
        ("openreport.render.docx.writer", "from PySide6.QtGui import QFont\n", "Qt"),
        ("openreport.actions", "import openreport.ui\n", "actions"),
        ("openreport.validation", "import shiboken6\n", "Qt"),
        ("openreport.report_kinds", "import json\n", "no layer"),
    ],
)
def test_the_rule_catches_a_wrong_import(importer, source, why):
    modules = {
        "openreport.ui",
        "openreport.ui.app",
        "openreport.storage",
        "openreport.storage.library",
        "openreport.render.docx",
        "openreport.render.docx.writer",
    }
    graph = {importer: imports_in(source, importer, False, modules)}
    found = violations(graph)
    assert len(found) == 1 and why in found[0], found


def test_the_rule_allows_what_the_design_asks_for():
    graph = {
        "openreport.actions": {"openreport.storage", "openreport.compose", "openreport.render.pdf"},
        "openreport.render.qt.document": {"PySide6.QtGui", "openreport.compose.look"},
        "openreport.compose.kinds.forum": {"openreport.compose.wording.ar_ma.grammar"},
        "openreport.ui.main_window": {"openreport.actions", "PySide6.QtWidgets"},
        "openreport.cli": {"openreport.actions", "openreport.ui.app"},
    }
    assert violations(graph) == []


def test_modules_outside_the_window_load_no_qt():
    names = [
        name
        for name in package_modules()
        if not any(within(name, p) for p in QT_PACKAGES) and name != "openreport.__main__"
    ]
    # Import them one by one and name the first that loads Qt.
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"    qt = sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})\n"
        "    if qt:\n"
        "        sys.exit(f'{name} loads {qt}')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "openreport.cli" in names and "openreport.storage.library" in names
