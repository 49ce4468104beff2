"""The storage's failures carry their message whole (context, template, values), for the window
to say in its language; tests/unit/test_messages_marked.py checks that every Arabic sentence of
the storage is so marked."""

from __future__ import annotations

import pytest

from openreport.messages import Message, message_of
from openreport.storage import Library, untrusted
from openreport.storage.errors import ExchangeFileError, NotALibraryError, translate_sqlite_error
from tests.unit.storage.test_errors import fabricated


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
