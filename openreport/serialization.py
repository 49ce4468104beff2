"""The versioned JSON form of a report (and of the commune profile).

A report is written as::

    {"format": "openreport-report", "version": 1, "report": {...}}

where the inner object has one key per field of :class:`openreport.model.Report`, dates as
ISO 8601 strings (``"2024-11-12"``), times as ``"09:30"``, enumerations by their value, and the
logo of a profile in base64. Reading is strict: unknown keys are ignored, but a value of the
wrong type, a list longer than :data:`MAX_LIST` or a text longer than :data:`MAX_TEXT` raises
:class:`FormatError` with an Arabic message. Every text is cleaned at this boundary.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from typing import Any

from openreport import model
from openreport.text import clean_text

FORMAT_NAME = "openreport-report"
FORMAT_VERSION = 1

MAX_LIST = 5_000  # items in any one list of a report
MAX_TEXT = 1_000_000  # characters in any one text
MAX_JSON_BYTES = 64 * 1024 * 1024


class FormatError(ValueError):
    """The data is not a report this version of OpenReport can read. The message is Arabic."""


def to_dict(obj: Any) -> Any:
    """A JSON-ready form of a model object (dataclass, list, enum, date, …)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, list):
        return [to_dict(value) for value in obj]
    if isinstance(obj, str):
        return clean_text(obj)
    if isinstance(obj, dt.datetime):
        return obj.isoformat(timespec="seconds")
    if isinstance(obj, dt.date):
        return obj.isoformat()
    if isinstance(obj, dt.time):
        return obj.strftime("%H:%M")
    if isinstance(obj, bytes):
        return base64.b64encode(obj).decode("ascii")
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


def _fail(path: str, what: str) -> FormatError:
    return FormatError(f"الملف غير صالح: {what} (في الحقل {path or 'الجذر'})")


def from_dict(cls: Any, data: Any, path: str = "") -> Any:
    """Build a model object of type ``cls`` from its JSON form, checking every value."""
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(cls) if arg is not type(None)]
        if data is None:
            return None
        return from_dict(args[0], data, path)
    if origin is list:
        if not isinstance(data, list):
            raise _fail(path, "قائمة متوقعة")
        if len(data) > MAX_LIST:
            raise _fail(path, f"قائمة تتجاوز {MAX_LIST} عنصر")
        (item_type,) = typing.get_args(cls)
        return [from_dict(item_type, value, f"{path}[{i}]") for i, value in enumerate(data)]
    if dataclasses.is_dataclass(cls):
        if not isinstance(data, dict):
            raise _fail(path, "كائن متوقع")
        hints = _hints(cls)
        values = {}
        for f in dataclasses.fields(cls):
            if f.name in data:
                values[f.name] = from_dict(hints[f.name], data[f.name], f"{path}.{f.name}".lstrip("."))
        return cls(**values)
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        try:
            return cls(data)
        except ValueError:
            raise _fail(path, f"قيمة غير معروفة «{str(data)[:40]}»") from None
    if cls is str:
        if not isinstance(data, str):
            raise _fail(path, "نص متوقع")
        if len(data) > MAX_TEXT:
            raise _fail(path, "نص أطول من المسموح")
        return clean_text(data)
    if cls is bool:
        if not isinstance(data, bool):
            raise _fail(path, "قيمة نعم/لا متوقعة")
        return data
    if cls is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise _fail(path, "عدد صحيح متوقع")
        if not -(2**62) < data < 2**62:
            raise _fail(path, "عدد خارج الحدود")
        return data
    if cls is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise _fail(path, "عدد متوقع")
        return float(data)
    if cls is bytes:
        if not isinstance(data, str):
            raise _fail(path, "صورة متوقعة")
        try:
            return base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise _fail(path, "صورة غير مقروءة") from None
    for kind, parse in ((dt.datetime, dt.datetime.fromisoformat), (dt.date, dt.date.fromisoformat)):
        if cls is kind:
            try:
                return parse(data)
            except (TypeError, ValueError):
                raise _fail(path, "تاريخ غير صالح") from None
    if cls is dt.time:
        try:
            return dt.time.fromisoformat(data)
        except (TypeError, ValueError):
            raise _fail(path, "توقيت غير صالح") from None
    raise TypeError(f"no JSON form for {cls!r}")  # a bug in the model, not in the data


def report_to_json(report: model.Report, *, indent: int | None = 2) -> str:
    document = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "report": report_to_data(report)}
    return json.dumps(document, ensure_ascii=False, indent=indent)


def report_to_data(report: model.Report) -> dict[str, Any]:
    """The report's fields without the library's own (id, times)."""
    data = to_dict(report)
    for key in ("id", "created", "modified"):
        data.pop(key)
    return data


def report_from_data(data: Any) -> model.Report:
    report = from_dict(model.Report, data)
    report.id = report.created = report.modified = None
    return report


def report_from_json(text: str | bytes) -> model.Report:
    """Read the JSON form of one report; raise FormatError with an Arabic message."""
    if len(text) > MAX_JSON_BYTES:
        raise FormatError("الملف أكبر من المسموح به لتقرير واحد.")
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        raise FormatError("الملف ليس بصيغة JSON صحيحة.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise FormatError("الملف ليس تقريرا من OpenReport.")
    version = document.get("version")
    if not isinstance(version, int) or version < 1:
        raise FormatError("رقم صيغة الملف غير صالح.")
    if version > FORMAT_VERSION:
        raise FormatError("هذا التقرير من إصدار أحدث من OpenReport؛ يرجى تحديث البرنامج.")
    return report_from_data(document.get("report"))


def profile_to_data(profile: model.CommuneProfile) -> dict[str, Any]:
    return to_dict(profile)


def profile_from_data(data: Any) -> model.CommuneProfile:
    return from_dict(model.CommuneProfile, data)
