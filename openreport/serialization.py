"""The versioned JSON form of a report (and of the commune profile).

A report is written as::

    {"format": "openreport-report", "version": 1, "report": {...}}

where the inner object has one key per field of :class:`openreport.model.Report`, dates as
ISO 8601 strings (``"2024-11-12"``), times as ``"09:30"``, enumerations by their value, and the
logo of a profile and the images of annexes in base64 (the library's own form refers to an
annex's image by its hash, see :mod:`openreport.storage.attachments`). Reading is strict:
unknown keys are ignored, but a value of the wrong type, a list longer than :data:`MAX_LIST`
or a text longer than :data:`MAX_TEXT` raises :class:`FormatError` with an Arabic message.
Every text is cleaned at this boundary.
"""

from __future__ import annotations

import base64
import binascii
import contextvars
import dataclasses
import datetime as dt
import enum
import json
import math
import types
import typing
from collections.abc import Callable
from typing import Any

from openreport import costs, model
from openreport.errors import UserError
from openreport.format_versions import HONORIFICS as HONORIFICS
from openreport.format_versions import upgrade_profile_data as upgrade_profile_data
from openreport.format_versions import upgrade_report_data
from openreport.messages import QT_TRANSLATE_NOOP, Template, said
from openreport.text import clean_text

FORMAT_NAME = "openreport-report"
FORMAT_VERSION = 2

MAX_LIST = 5_000  # items in any one list of a report
MAX_TEXT = 1_000_000  # characters in any one text
MAX_JSON_BYTES = 64 * 1024 * 1024
# A .json file carries its report's photos in base64: twelve 8 MB photos are 128 MB of text.
MAX_JSON_FILE_BYTES = 256 * 1024 * 1024
# Objects and lists in one whole report. Each becomes model objects in memory, so a small file
# of nested lists, each within MAX_LIST, would otherwise reach gigabytes.
MAX_NODES = 200_000


class FormatError(UserError, ValueError):
    """The data is not a report this version of OpenReport can read. The message is Arabic."""


def to_dict(obj: Any) -> Any:
    """A JSON-ready form of a model object (dataclass, list, enum, date, …)."""
    encode = _ENCODERS.get(type(obj))
    if encode is not None:
        return encode(obj)
    if isinstance(obj, enum.Enum):
        return obj.value
    if dataclasses.is_dataclass(obj):
        names = _field_names(type(obj))
        _ENCODERS[type(obj)] = lambda value: {n: to_dict(getattr(value, n)) for n in names}
        return to_dict(obj)
    raise TypeError(f"no JSON form for {type(obj)!r}")


def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


_ENCODERS: dict[type, Callable[[Any], Any]] = {
    str: clean_text,
    int: lambda value: value,
    float: lambda value: value,
    bool: lambda value: value,
    type(None): lambda value: None,
    list: lambda value: [to_dict(inner) for inner in value],
    dt.datetime: lambda value: value.isoformat(timespec="seconds"),
    dt.date: lambda value: value.isoformat(),
    dt.time: lambda value: value.strftime("%H:%M"),
    bytes: lambda value: base64.b64encode(value).decode("ascii"),
    model.Attachment: lambda value: _write_attachment(value),
    model.Decimal: costs.stored_form,  # an amount as a string: «4500.00»
}
# The library's form of a report refers to its images by hash (they are stored apart, once);
# the form written to a file carries them, in base64 as before, so that the file stands alone.
_INLINE_IMAGES = contextvars.ContextVar("inline_images", default=False)
_ATTACHMENT_META = {"mime": str, "width": int, "height": int, "size": int}


def _write_attachment(value: model.Attachment) -> Any:
    if _INLINE_IMAGES.get():
        return base64.b64encode(value.data).decode("ascii")
    meta = {key: getattr(value, key) for key in _ATTACHMENT_META}
    return {"hash": value.digest, **meta}


def _read_attachment(data: Any, path: str) -> model.Attachment:
    if isinstance(data, str):
        return model.Attachment(_read_bytes(data, path))
    if not isinstance(data, dict) or not _is_digest(data.get("hash")):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "صورة متوقعة"))
    meta = {key: data.get(key, kind()) for key, kind in _ATTACHMENT_META.items()}
    if any(type(meta[key]) is not kind for key, kind in _ATTACHMENT_META.items()):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "صورة غير مقروءة"))
    if not all(0 <= meta[key] < 2**40 for key in ("width", "height", "size")):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "صورة غير مقروءة"))
    return model.Attachment.reference(data["hash"], **meta)


def _is_digest(value: Any) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


def _fail(path: str, what: Template, **values: Any) -> FormatError:
    """The refusal of the value at ``path``: ``what`` is wrong with it, said with ``values``."""
    where = path or said(QT_TRANSLATE_NOOP("FileFormat", "الجذر"))
    template = QT_TRANSLATE_NOOP("FileFormat", "الملف غير صالح: {what} (في الحقل {field})")
    return FormatError(said(template, what=said(what, **values), field=where))


def _refused(template: Template, **values: Any) -> FormatError:
    return FormatError(said(template, **values))


Decoder = Callable[[Any, str], Any]
_DECODERS: dict[Any, Decoder] = {}


def from_dict(cls: Any, data: Any, path: str = "") -> Any:
    """Build a model object of type ``cls`` from its JSON form, checking every value."""
    return _decoder(cls)(data, path)


def _decoder(cls: Any) -> Decoder:
    """The checking reader of one type, built once and kept: reading is on the load path."""
    decoder = _DECODERS.get(cls)
    if decoder is None:
        decoder = _DECODERS[cls] = _make_decoder(cls)
    return decoder


def _make_decoder(cls: Any) -> Decoder:
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        (inner_type,) = [arg for arg in typing.get_args(cls) if arg is not type(None)]
        inner = _decoder(inner_type)
        return lambda data, path: None if data is None else inner(data, path)
    if origin is list:
        (item_type,) = typing.get_args(cls)
        item = _decoder(item_type)

        def read_list(data: Any, path: str) -> list:
            if not isinstance(data, list):
                raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "قائمة متوقعة"))
            if len(data) > MAX_LIST:
                raise _fail(
                    path,
                    QT_TRANSLATE_NOOP("FileFormat", "قائمة تتجاوز {count} عنصر"),
                    count=MAX_LIST,
                )
            return [item(value, f"{path}[{i}]") for i, value in enumerate(data)]

        return read_list
    if dataclasses.is_dataclass(cls):
        return _object_decoder(cls)
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        members = {member.value: member for member in cls}

        def read_enum(data: Any, path: str) -> Any:
            try:
                return members[data]
            except (KeyError, TypeError):
                raise _fail(
                    path,
                    QT_TRANSLATE_NOOP("FileFormat", "قيمة غير معروفة «{value}»"),
                    value=str(data)[:40],
                ) from None

        return read_enum
    if cls in _SIMPLE:
        return _SIMPLE[cls]
    raise TypeError(f"no JSON form for {cls!r}")  # a bug in the model, not in the data


def _object_decoder(cls: Any) -> Decoder:
    hints = typing.get_type_hints(cls, vars(model))
    fields = [(f.name, hints[f.name]) for f in dataclasses.fields(cls)]
    # Without a default a field must be there (a status change's date and status).
    required = [f.name for f in dataclasses.fields(cls) if _required(f)]

    def read_object(data: Any, path: str) -> Any:
        if not isinstance(data, dict):
            raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "كائن متوقع"))
        missing = [name for name in required if name not in data]
        if missing:
            raise _fail(
                path, QT_TRANSLATE_NOOP("FileFormat", "الحقل «{name}» ناقص"), name=missing[0]
            )
        values = {}
        for name, hint in fields:
            if name in data:
                values[name] = _decoder(hint)(data[name], f"{path}.{name}" if path else name)
        return cls(**values)

    return read_object


def _required(field: dataclasses.Field) -> bool:
    missing = dataclasses.MISSING
    return field.default is missing and field.default_factory is missing


def _read_text(data: Any, path: str) -> str:
    if not isinstance(data, str):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "نص متوقع"))
    if len(data) > MAX_TEXT:
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "نص أطول من المسموح"))
    return clean_text(data)


def _read_bool(data: Any, path: str) -> bool:
    if not isinstance(data, bool):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "قيمة نعم/لا متوقعة"))
    return data


def _read_int(data: Any, path: str) -> int:
    if isinstance(data, bool) or not isinstance(data, int):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "عدد صحيح متوقع"))
    if not 0 <= data < 2**62:
        # Every count of a report (participants…) is a natural number.
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "عدد سالب أو خارج الحدود"))
    return data


def _read_day_shift(data: Any, path: str) -> int:
    if isinstance(data, bool) or not isinstance(data, int) or not -2 <= data <= 2:
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "عدد أيام بين -2 و2 متوقع"))
    return data


def _read_float(data: Any, path: str) -> float:
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "عدد متوقع"))
    if not (math.isfinite(data) and 0 <= data < 10_000):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "عدد خارج الحدود"))
    return float(data)


def _read_bytes(data: Any, path: str) -> bytes:
    if not isinstance(data, str):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "صورة متوقعة"))
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise _fail(path, QT_TRANSLATE_NOOP("FileFormat", "صورة غير مقروءة")) from None


def _parser(parse: Callable[[str], Any], message: Template) -> Decoder:
    def read(data: Any, path: str) -> Any:
        if not isinstance(data, str):
            raise _fail(path, message)
        try:
            value = parse(data)
        except ValueError:
            raise _fail(path, message) from None
        if getattr(value, "tzinfo", None) is not None:
            # The model's times are local and naive: one with a zone breaks every comparison.
            raise _fail(
                path,
                QT_TRANSLATE_NOOP("FileFormat", "{reason}: التوقيت لا يحمل منطقة زمنية"),
                reason=said(message),
            )
        return value

    return read


# The readers of the types that are neither lists, objects nor enumerations.
_SIMPLE: dict[Any, Decoder] = {
    str: _read_text,
    bool: _read_bool,
    int: _read_int,
    float: _read_float,
    bytes: _read_bytes,
    model.DayShift: _read_day_shift,
    model.Attachment: _read_attachment,
    model.Decimal: _parser(costs.stored_amount, QT_TRANSLATE_NOOP("FileFormat", "مبلغ غير صالح")),
    model.CurrencyCode: _parser(
        costs.currency_code, QT_TRANSLATE_NOOP("FileFormat", "رمز عملة غير صالح")
    ),
    dt.datetime: _parser(
        dt.datetime.fromisoformat, QT_TRANSLATE_NOOP("FileFormat", "تاريخ غير صالح")
    ),
    dt.date: _parser(dt.date.fromisoformat, QT_TRANSLATE_NOOP("FileFormat", "تاريخ غير صالح")),
    dt.time: _parser(dt.time.fromisoformat, QT_TRANSLATE_NOOP("FileFormat", "توقيت غير صالح")),
}


def report_to_json(report: model.Report, *, indent: int | None = 2) -> str:
    token = _INLINE_IMAGES.set(True)
    try:
        data = report_to_data(report)
    finally:
        _INLINE_IMAGES.reset(token)
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "report": data}
    return json.dumps(document, ensure_ascii=False, indent=indent)


def report_to_data(report: model.Report) -> dict[str, Any]:
    """The report's fields without the library's own (id, times)."""
    data = to_dict(report)
    for key in ("id", "created", "modified", "revision"):
        data.pop(key)
    return data


def report_from_data(data: Any) -> model.Report:
    report = from_dict(model.Report, data)
    report.id = report.created = report.modified = None
    return report


def _refuse_constant(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON


def load_json(text: str | bytes, limit: int = MAX_JSON_BYTES) -> Any:
    """Parse untrusted JSON, bounded in size and in the number of objects and lists.

    The count of brackets is an upper bound of the objects and lists (a bracket inside a
    text counts too), taken before anything is built in memory.
    """
    if len(text) > limit:
        raise _refused(QT_TRANSLATE_NOOP("FileFormat", "الملف أكبر من المسموح به لتقرير واحد."))
    brackets = ("{", "[") if isinstance(text, str) else (b"{", b"[")
    if text.count(brackets[0]) + text.count(brackets[1]) > MAX_NODES:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "FileFormat", "الملف يضم أكثر من {count} عنصر؛ لا يمكن أن يكون تقريرا."
            ),
            count=MAX_NODES,
        )
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise _refused(QT_TRANSLATE_NOOP("FileFormat", "الملف ليس بصيغة JSON صحيحة.")) from None


def report_from_json(text: str | bytes, limit: int = MAX_JSON_BYTES) -> model.Report:
    """Read the JSON form of one report (at most ``limit`` bytes); raise FormatError with an
    Arabic message."""
    document = load_json(text, limit)
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise _refused(QT_TRANSLATE_NOOP("FileFormat", "الملف ليس تقريرا من OpenReport."))
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise _refused(QT_TRANSLATE_NOOP("FileFormat", "رقم صيغة الملف غير صالح."))
    if version > FORMAT_VERSION:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "FileFormat", "هذا التقرير من إصدار أحدث من OpenReport؛ يرجى تحديث البرنامج."
            )
        )
    return report_from_data(upgrade_report_data(document.get("report"), version))


def profile_to_data(profile: model.CommuneProfile) -> dict[str, Any]:
    return to_dict(profile)


def profile_from_data(data: Any) -> model.CommuneProfile:
    return from_dict(model.CommuneProfile, data)
