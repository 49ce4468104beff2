"""Hypothesis strategies that build any report the model accepts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from decimal import Decimal

from hypothesis import strategies as st

from openreport import model

# Any text XML can hold: every script, emoji and bidi control, but no C0 control or surrogate.
xml_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32)]))
        + "\ufffe\uffff",
    ),
    max_size=40,
)
arabic_words = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى ،.0123456789", max_size=60)
texts = st.one_of(arabic_words, xml_text)
minutes = st.builds(dt.time, st.integers(0, 23), st.integers(0, 59))
dates = st.dates(dt.date(2000, 1, 1), dt.date(2060, 12, 31))


def of_type(hint: typing.Any, max_list: int = 3, text=None) -> st.SearchStrategy:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = next(a for a in typing.get_args(hint) if a is not type(None))
        return st.none() | of_type(inner, max_list, text)
    if origin is list:
        (inner,) = typing.get_args(hint)
        return st.lists(of_type(inner, max(0, max_list - 1), text), max_size=max_list)
    if dataclasses.is_dataclass(hint):
        return dataclass_strategy(hint, max_list, text)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    simple = {
        str: text if text is not None else texts,
        bool: st.booleans(),
        int: st.integers(0, 100_000),
        model.DayShift: st.integers(-1, 1),
        float: st.floats(6, 72, allow_nan=False),
        dt.date: dates,
        dt.time: minutes,
        bytes: st.binary(max_size=16),
        model.Attachment: st.binary(max_size=16).map(model.Attachment),
        Decimal: st.decimals(0, 10**9, places=2),
        model.CurrencyCode: st.sampled_from(["MAD", "EUR", "USD"]),
    }
    return simple[hint]


def dataclass_strategy(cls: type, max_list: int = 3, text=None) -> st.SearchStrategy:
    hints = typing.get_type_hints(cls, vars(model))
    skip = {"id", "created", "modified"}
    fields = {
        f.name: of_type(hints[f.name], max_list, text)
        for f in dataclasses.fields(cls)
        if f.name not in skip
    }
    if "uuid" in fields:
        fields["uuid"] = st.uuids().map(str)
    return st.builds(cls, **fields)


reports = dataclass_strategy(model.Report)
# Reports written in Arabic only: a line that mixes directions is read back by pdftotext in an
# order of its own, so text order through a PDF is checked on Arabic text.
arabic_reports = dataclass_strategy(model.Report, text=arabic_words)
