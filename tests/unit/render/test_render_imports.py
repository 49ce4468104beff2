"""Only render/qt draws with Qt; the rest of render/ and the look run without it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import openreport

RENDER = Path(openreport.__file__).parent / "render"


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_render_qt_imports_pyside_and_nothing_imports_the_ui():
    modules = sorted(RENDER.rglob("*.py"))
    assert len(modules) > 10
    for path in modules:
        names = imported(path)
        in_qt = path.parent.name == "qt"
        assert in_qt or not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names), path
        assert not any(n == "openreport.ui" or n.startswith("openreport.ui.") for n in names), path


def test_importing_the_qt_free_renderers_loads_no_qt():
    code = (
        "import sys\n"
        "import openreport.compose.look, openreport.render.pdf, openreport.render.docx.writer\n"
        "import openreport.render.libreoffice, openreport.render.files\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_look_is_pure_python():
    code = (
        "import sys\n"
        "import openreport.compose.look\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'docx', 'lxml'))\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
