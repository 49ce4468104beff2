"""Messages made outside the interface (a review's problems, a refused file, a full disk), in
Arabic, and sayable in the interface's language.

The storage, the checks and the export do not use Qt, yet what they tell the user is read in the
window, which may speak French. Such a message is written once, in Arabic, as a template marked
for Qt's translation tools, and made with its values::

    said(QT_TRANSLATE_NOOP("Library", "الملف {path} تالف ولا يمكن فتحه."), path=path)

The result is a :class:`Message`: a ``str`` that is the Arabic text (so a log, the command line
and every test read Arabic as before) and that keeps its context, template and values, so that
the interface can ask its translator for the template and fill it with the same values
(``openreport.ui.labels.shown``). ``pyside6-lupdate`` finds each ``QT_TRANSLATE_NOOP`` of the
files its command names (``resources/translations/README.md``). A value may be a message itself
(the cause of a failure): it is said in the same language.

Keep a message in an exception as the exception's one argument (``raise Error(said(…))``):
:func:`message_of` finds it there; ``str(error)`` and an f-string give the Arabic text alone.
"""

from __future__ import annotations

from typing import Any


class Template(str):
    """An Arabic template marked for translation, with the context it is filed under."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        template = super().__new__(cls, text)
        template.context = context
        return template


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """Mark ``text`` for ``pyside6-lupdate`` under ``context`` (Qt's marker, Qt-free)."""
    return Template(context, text)


class Message(str):
    """The Arabic text of a message, with what it takes to say it in another language."""

    context: str
    template: str
    values: dict[str, Any]

    def __new__(cls, template: Template, values: dict[str, Any]) -> Message:
        message = super().__new__(cls, str(template).format(**values))
        message.context = template.context
        message.template = str(template)
        message.values = dict(values)
        return message

    def __reduce__(self):  # copied and pickled whole (a Problem is copied with its report)
        return (_made_again, (self.context, self.template, self.values))


def _made_again(context: str, template: str, values: dict[str, Any]) -> Message:
    return Message(Template(context, template), values)


def said(template: Template, **values: Any) -> Message:
    """The message of ``template`` (made with :func:`QT_TRANSLATE_NOOP`) with ``values``."""
    if not isinstance(template, Template):
        raise TypeError("a message's template is marked with QT_TRANSLATE_NOOP")
    return Message(template, values)


def message_of(error: BaseException) -> str:
    """The message an exception carries (a :class:`Message` when it was made with
    :func:`said`), else its text."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return error.args[0]
    return str(error)
