"""Messages made outside the window: Arabic text, with what it takes to say them again."""

from __future__ import annotations

import copy
import errno
import pickle

import pytest

from openreport.errors import UserError, os_cause
from openreport.messages import QT_TRANSLATE_NOOP, Message, message_of, said


def test_a_message_is_its_arabic_text_and_keeps_its_template_and_values():
    message = said(QT_TRANSLATE_NOOP("Library", "الملف {path} تالف."), path="/tmp/a.db")
    assert message == "الملف /tmp/a.db تالف."
    assert isinstance(message, str) and f"«{message}»" == "«الملف /tmp/a.db تالف.»"
    assert (message.context, message.template) == ("Library", "الملف {path} تالف.")
    assert message.values == {"path": "/tmp/a.db"}


def test_a_template_must_be_marked_for_the_translation_tools():
    with pytest.raises(TypeError):
        said("الملف {path} تالف.", path="x")


def test_a_message_copied_or_pickled_is_the_same_message():
    cause = os_cause(OSError(errno.ENOSPC, "No space left on device"))
    message = said(QT_TRANSLATE_NOOP("Export", "تعذر حفظ {name}: {cause}."), name="a", cause=cause)
    for again in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert again == message == "تعذر حفظ a: القرص ممتلئ."
        assert isinstance(again, Message) and again.template == message.template
        assert isinstance(again.values["cause"], Message)


def test_an_error_carries_its_message_whole():
    message = said(QT_TRANSLATE_NOOP("Library", "المكتبة {path} مستعملة."), path="x")
    error = UserError(message)
    assert str(error) == "المكتبة x مستعملة." and not isinstance(str(error), Message)
    assert message_of(error) is message
    assert message_of(ValueError("plain")) == "plain"


def test_the_systems_failures_are_said_in_arabic_never_in_its_words():
    assert os_cause(OSError(errno.EACCES, "Permission denied")) == "لا يسمح النظام بالوصول"
    unknown = os_cause(OSError(9999, "Strange"))
    assert unknown == "خطأ من نظام التشغيل رقم 9999" and unknown.values == {"number": 9999}
    assert os_cause(OSError("no number")) == "خطأ من نظام التشغيل"
