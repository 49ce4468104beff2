"""The built-in demo: the Chefchaouen report of the Saidia forum (November 2024), and an example
report of each other kind (a training, a study visit, a meeting, a conference).

The demo library holds one profile, Chefchaouen's, as every library does. An example written by
another body (the meeting, by an association of communes) ships its own profile beside it
(``<name>.profile.json``): ``example_profile`` gives it, and ``openreport export --demo N``
uses it for that report; in the window the library's profile writes every report.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from openreport.model import CommuneProfile, Report
from openreport.resources import DEMO_PROFILE, DEMO_REPORT, EXAMPLES
from openreport.serialization import profile_from_data, report_from_json

# The examples in the order the demo library holds them, after the Chefchaouen report.
EXAMPLE_NAMES = (
    "training-chefchaouen-2025",
    "study-visit-bilbao-2025",
    "meeting-association-2025",
    "conference-rabat-2025",
)


def demo_report() -> Report:
    return report_from_json(DEMO_REPORT.read_bytes())


def demo_profile() -> CommuneProfile:
    return _profile(DEMO_PROFILE)


def _profile(path: Path) -> CommuneProfile:
    return profile_from_data(json.loads(path.read_text(encoding="utf-8")))


def example_reports() -> list[Report]:
    """One report of each kind besides the demo's forum, in the library's order."""
    return [report_from_json((EXAMPLES / f"{name}.json").read_bytes()) for name in EXAMPLE_NAMES]


def example_profile(report: Report) -> CommuneProfile | None:
    """The profile shipped with an example written by another body than the demo's commune,
    found by the report's uuid; None for any other report."""
    for name in EXAMPLE_NAMES:
        path = EXAMPLES / f"{name}.profile.json"
        if path.is_file():
            example = report_from_json((EXAMPLES / f"{name}.json").read_bytes())
            if example.uuid == report.uuid:
                return _profile(path)
    return None


def open_demo_library():
    """A library in a new temporary folder holding the demo report, the examples and the demo
    profile.

    Returns ``(library, report_id)`` where ``report_id`` is the Chefchaouen report's; the
    examples follow it. The folder lives as long as the process.
    """
    from openreport.storage import Library

    folder = Path(tempfile.mkdtemp(prefix="openreport-demo-"))
    library = Library.open(folder / "demo.sqlite")
    library.save_profile(demo_profile())
    report_id = library.save(demo_report())
    for example in example_reports():
        library.save(example)
    return library, report_id
