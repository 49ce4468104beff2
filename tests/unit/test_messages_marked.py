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
# Where every Arabic string but a docstring is a message (the storage writes no report text).
STRICT = ("openreport/storage/",)
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


def arguments_of(tree: ast.AST, called) -> set[int]:
    """The ids of the nodes inside the arguments of the calls ``called(call.func)`` accepts."""
    return {
        id(leaf)
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and called(call.func)
        for arg in call.args
        for leaf in ast.walk(arg)
    }


def docstrings(tree: ast.AST) -> set[int]:
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }


def unmarked(path: Path, root: Path = ROOT) -> list[str]:
    """``file:line: text`` of each Arabic constant of ``path`` that is an unmarked message."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = path.relative_to(root).as_posix()
    ok = arguments_of(tree, lambda f: getattr(f, "id", "") == "QT_TRANSLATE_NOOP")
    ok |= arguments_of(tree, lambda f: getattr(f, "attr", "") == "compile")  # re.compile's
    ok |= docstrings(tree)
    found = {}
    for function in [tree, *[n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]]:
        if (name, getattr(function, "name", "")) in REPORT_TEXT:
            ok |= {id(leaf) for leaf in ast.walk(function)}
    for node in ast.walk(tree):
        suspects = []
        if name.startswith(STRICT):  # every Arabic sentence there is a message
            suspects = [node] if isinstance(node, ast.Constant) else []
        elif isinstance(node, ast.Raise) and node.exc is not None:
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


def test_in_the_storage_every_arabic_string_but_a_docstring_is_a_message(tmp_path):
    sample = tmp_path / "openreport" / "storage" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        '"""وصف الوحدة."""\n'
        "from openreport.messages import QT_TRANSLATE_NOOP, said\n"
        'REASON = "الملف تالف."\n'
        'MARKED = said(QT_TRANSLATE_NOOP("Library", "الملف تالف."))\n'
        'def f(path):\n    raise E(f"الملف {path} تالف.")\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[0] for line in unmarked(sample, tmp_path)] == [
        "openreport/storage/sample.py:3",
        "openreport/storage/sample.py:6",
    ]
