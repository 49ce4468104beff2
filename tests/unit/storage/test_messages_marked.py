"""Every Arabic sentence of the storage is a template marked for translation: said in the
window's language, never an f-string that only Arabic can read."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from openreport.messages import Message, message_of
from openreport.storage import Library, untrusted
from openreport.storage.errors import ExchangeFileError, NotALibraryError, translate_sqlite_error
from tests.unit.storage.test_errors import fabricated

STORAGE = Path(__file__).resolve().parents[3] / "openreport" / "storage"
ARABIC = re.compile("[\u0600-\u06ff]")


def unmarked(source: str) -> list[str]:
    """The Arabic strings of ``source`` outside a ``QT_TRANSLATE_NOOP(context, "…")``."""
    tree = ast.parse(source)
    marked = {
        id(node.args[1])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(arg, ast.Constant) for arg in node.args)
    }
    # a bare string is a docstring, never a message; an f-string's pieces are found with it
    skipped = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    skipped |= {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and ARABIC.search(ast.unparse(node)):
            found.append(f"line {node.lineno}: f-string")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and ARABIC.search(node.value)
            and id(node) not in marked | skipped
        ):
            found.append(f"line {node.lineno}: {node.value[:40]}")
    return found


def test_the_check_finds_an_unmarked_message():
    assert unmarked('raise E(f"الملف {path} تالف.")') == ["line 1: f-string"]
    assert unmarked('x = "الملف تالف."') == ["line 1: الملف تالف."]
    assert unmarked('x = said(QT_TRANSLATE_NOOP("Library", "الملف تالف."))') == []


@pytest.mark.parametrize("path", sorted(STORAGE.glob("*.py")), ids=lambda path: path.name)
def test_every_arabic_sentence_of_the_storage_is_marked(path):
    assert unmarked(path.read_text(encoding="utf-8")) == []


def test_the_failures_carry_their_message_with_its_values(tmp_path):
    failure = translate_sqlite_error(fabricated("SQLITE_FULL"), tmp_path / "lib.sqlite")
    message = message_of(failure)
    assert isinstance(message, Message) and message.context == "Library"
    assert message.values == {"path": str(tmp_path / "lib.sqlite")}
    with pytest.raises(NotALibraryError) as missing:
        Library.open(tmp_path / "absent.sqlite", create=False)
    assert message_of(missing.value).template == "الملف {path} غير موجود."
    with pytest.raises(ExchangeFileError) as not_regular:
        untrusted.regular_file(tmp_path)  # a folder
    assert message_of(not_regular.value).context == "Exchange"
