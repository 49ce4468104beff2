"""Walking the report model's dataclasses: every leaf field by dotted path (lists without
their indexes), a report with every field set to a recognisable value, and changing a field
wherever it occurs. Used by tests/unit/compose/test_every_field.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Iterator

from openreport.compose.wording.ar_ma.dates import long_date
from openreport.images import Attachment
from openreport.model import DayShift, Report
from tests.helpers.files import tiny_png

Leaf = tuple[str, str]  # (path, what it is: text, number, date, time, bool, enum, image, other)


def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _unwrap(hint: object) -> object:
    """``X | None`` → X."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


def _what(hint: object) -> str:
    hint = _unwrap(hint)
    if hint is DayShift or getattr(hint, "__supertype__", None) is int:
        return "number"
    if hint is bool:
        return "bool"
    if hint is int:
        return "number"
    if hint is str:
        return "text"
    if hint is dt.datetime:
        return "other"
    if hint is dt.date:
        return "date"
    if hint is dt.time:
        return "time"
    if hint is Attachment:
        return "image"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return "enum"
    if typing.get_origin(hint) is list:
        (inner,) = typing.get_args(hint)
        return "dataclass" if dataclasses.is_dataclass(inner) else _what(inner)
    if dataclasses.is_dataclass(hint):
        return "dataclass"
    return "other"


def _inner(hint: object) -> object:
    hint = _unwrap(hint)
    return typing.get_args(hint)[0] if typing.get_origin(hint) is list else hint


def editable_fields(cls: type = Report, prefix: str = "") -> Iterator[Leaf]:
    """Every leaf field under ``cls`` by dotted path, lists without their indexes."""
    for field in dataclasses.fields(cls):
        hint = _hints(cls)[field.name]
        path = prefix + field.name
        what = _what(hint)
        if what == "dataclass":
            yield from editable_fields(_inner(hint), path + ".")
        else:
            yield path, what


class Filler:
    """Builds a report with every field set to a recognisable value, and remembers them.

    ``special`` gives the values some fields must have; ``variants`` the elements some lists
    hold (overrides of their fields), one element for the other lists."""

    def __init__(self, special: dict[str, object], variants: dict[str, list[dict]]) -> None:
        self.special, self.variants = special, variants
        self.counter = 0
        self.times = 0
        self.expected: dict[str, list[str]] = {}

    def value(self, path: str, what: str, hint: object) -> object:
        self.counter += 1
        n = self.counter
        if path in self.special:
            value = self.special[path]
            if isinstance(value, dt.date):
                self.expected.setdefault(path, []).append(long_date(value))
            return value
        if what == "text":
            token = f"tok{n:04d}"
            self.expected.setdefault(path, []).append(token)
            return [token] if typing.get_origin(_unwrap(hint)) is list else token
        if what == "number":
            self.expected.setdefault(path, []).append(str(80000 + n))
            return 80000 + n
        if what == "date":
            date = dt.date(2031, 2, 1) + dt.timedelta(days=3 * n)
            self.expected.setdefault(path, []).append(long_date(date))
            return date
        if what == "time":
            self.times += 1  # each time its own: hours 8 to 19, then other minutes
            hour, minute = (
                8 + self.times % 12,
                (7, 13, 17, 23, 29, 37, 41, 47, 53)[self.times // 12],
            )
            self.expected.setdefault(path, []).append(f"{hour % 12 or 12}.{minute:02d}")
            return dt.time(hour, minute)
        if what == "bool":
            return False
        if what == "enum":
            return next(iter(_unwrap(hint)))
        if what == "image":
            return Attachment(tiny_png())
        return None

    def build(self, cls: type = Report, prefix: str = "", overrides: dict | None = None):
        values = {}
        for field in dataclasses.fields(cls):
            hint, path = _hints(cls)[field.name], prefix + field.name
            what = _what(hint)
            if overrides and field.name in overrides:
                values[field.name] = overrides[field.name]
            elif what == "dataclass" and typing.get_origin(_unwrap(hint)) is list:
                variants = self.variants.get(path, [{}])
                inner = _inner(hint)
                values[field.name] = [self.build(inner, path + ".", v) for v in variants]
            elif what == "dataclass":
                values[field.name] = self.build(_inner(hint), path + ".")
            else:
                values[field.name] = self.value(path, what, hint)
        return cls(**values)


def set_field(
    obj: object, parts: list[str], change: Callable[[object], object], first: bool
) -> None:
    """Change the field at ``parts`` under ``obj``: in the first element of each list, or all."""
    value = getattr(obj, parts[0])
    if len(parts) == 1:
        setattr(obj, parts[0], change(value))
        return
    targets = value if isinstance(value, list) else [value]
    for target in targets[:1] if first else targets:
        if target is not None:
            set_field(target, parts[1:], change, first)


def cleared(value: object) -> object:
    return "" if isinstance(value, str) else [] if isinstance(value, list) else None
