"""The JSON form of a report (or profile) written in an earlier version of the format, brought
to today's. :mod:`openreport.serialization` reads through it and gives its names too (the
library's migrations call ``serialization.upgrade_report_data``)."""

from __future__ import annotations

import uuid
from typing import Any

# The honorifics a version 1 name could start with: version 2 keeps them apart from the name.
HONORIFICS = (
    "السيد",
    "السيدة",
    "السادة",
    "السيدات",
    "معالي",
    "سعادة",
    "فضيلة",
    "الأستاذ",
    "الأستاذة",
    "الدكتور",
    "الدكتورة",
)
_DEFAULT_HONORIFIC = {"male": "السيد", "female": "السيدة"}
_PERSON_KEYS = {"name", "gender", "title", "organisation"}
_RECOMMENDATION_KEYS = {"text", "by_commune", "responsible", "deadline"}


def upgrade_report_data(data: Any, version: int) -> Any:
    """The JSON form of a report written in format ``version``, in today's format.

    Version 2 keeps a person's honorific apart from the name («السيد أحمد» becomes «أحمد» said
    with the honorific of his gender) and gives every recommendation a lasting id. The input
    is not changed; what is not a report is returned for the reader to refuse.
    """
    if version < 2:
        data = _upgrade_1_to_2(data)
    return data


def _upgrade_1_to_2(value: Any) -> Any:
    if isinstance(value, list):
        return [_upgrade_1_to_2(inner) for inner in value]
    if not isinstance(value, dict):
        return value
    upgraded = {key: _upgrade_1_to_2(inner) for key, inner in value.items()}
    if _PERSON_KEYS <= upgraded.keys() and "honorific" not in upgraded:
        _split_honorific(upgraded)
    if _RECOMMENDATION_KEYS <= upgraded.keys() and "id" not in upgraded:
        upgraded["id"] = str(uuid.uuid4())
    return upgraded


def _split_honorific(person: dict[str, Any]) -> None:
    person["honorific"] = None
    name = person.get("name")
    if not isinstance(name, str):
        return
    first, _, rest = name.strip().partition(" ")
    if first in HONORIFICS and rest.strip():
        person["name"] = rest.strip()
        default = _DEFAULT_HONORIFIC.get(person.get("gender"))
        person["honorific"] = None if first == default else first


def upgrade_profile_data(data: Any, version: int) -> Any:
    """The JSON form of a profile stored by a library of report format ``version``, today's."""
    return _upgrade_1_to_2(data) if version < 2 else data
