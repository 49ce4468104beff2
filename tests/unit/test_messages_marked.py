"""Every message made outside the window is marked for translation, so that a French interface
never shows an Arabic sentence the user must act on.

Parsed with ast: outside the window (openreport/ui), the report's own wording
(openreport/compose, which stays Arabic whatever the interface speaks) and the command line's
prints, an Arabic sentence raised in an error, or written as an f-string, is a message the
window may show: its Arabic must be the template of a ``QT_TRANSLATE_NOOP`` call
(:mod:`openreport.messages`). What is report text, not a message, is named below with why.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARABIC = re.compile("[\u0600-\u06ff]")
NOT_MESSAGES = ("openreport/ui/", "openreport/compose/", "openreport/cli.py", "openreport/demo.py")
# (module, function): Arabic made there that is report text, printed on the pages or typed into
# a report, never a message of the interface.
REPORT_TEXT = {
    ("openreport/actions.py", "copy_title"): "an imported copy's title, «… (نسخة)»",
}


def modules() -> list[Path]:
    return [
        path
        for path in sorted((ROOT / "openreport").rglob("*.py"))
        if not str(path.relative_to(ROOT)).startswith(NOT_MESSAGES)
    ]


def has_arabic(node: ast.AST) -> bool:
    return any(
        isinstance(leaf, ast.Constant) and isinstance(leaf.value, str) and ARABIC.search(leaf.value)
        for leaf in ast.walk(node)
    )


def marked(node: ast.AST) -> set[int]:
    """The ids of the string constants that are templates of QT_TRANSLATE_NOOP calls."""
    ids = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP":
            ids |= {id(leaf) for arg in call.args for leaf in ast.walk(arg)}
    return ids


def patterns(node: ast.AST) -> set[int]:
    """The ids of the constants of regular expressions (re.compile's patterns are no message)."""
    ids = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "compile":
            ids |= {id(leaf) for arg in call.args for leaf in ast.walk(arg)}
    return ids


def unmarked(path: Path, root: Path = ROOT) -> list[str]:
    """``file:line: text`` of each Arabic constant of ``path`` that is an unmarked message."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = path.relative_to(root).as_posix()
    ok = marked(tree) | patterns(tree)
    found = {}
    for function in [tree, *[n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]]:
        if (name, getattr(function, "name", "")) in REPORT_TEXT:
            ok |= {id(leaf) for leaf in ast.walk(function)}
    for node in ast.walk(tree):
        suspects = []
        if isinstance(node, ast.Raise) and node.exc is not None:
            suspects = [node.exc]
        elif isinstance(node, ast.JoinedStr):
            suspects = [node]
        for suspect in suspects:
            for leaf in ast.walk(suspect):
                text = leaf.value if isinstance(leaf, ast.Constant) else None
                if isinstance(text, str) and ARABIC.search(text) and id(leaf) not in ok:
                    found.setdefault(leaf.lineno, f"{name}:{leaf.lineno}: {text[:60]}")
    return [found[line] for line in sorted(found)]


def test_every_message_outside_the_window_is_marked_for_translation():
    found = sorted({line for path in modules() for line in unmarked(path)})
    assert not found, "\n".join(found)


def test_the_check_finds_an_unmarked_message(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from openreport.messages import QT_TRANSLATE_NOOP, said\n"
        'def f(path):\n    raise ValueError(f"الملف {path} تالف")\n'
        'def g(path):\n    return f"تعذر حفظ {path}"\n'
        'def h(path):\n    raise ValueError(said(QT_TRANSLATE_NOOP("L", "الملف {p}"), p=path))\n'
        'def i():\n    raise ValueError("لا")\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[0] for line in unmarked(sample, tmp_path)] == [
        "sample.py:3",
        "sample.py:5",
        "sample.py:9",
    ]
