"""The built-in demo: the Chefchaouen report of the Saidia forum (November 2024)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from openreport.model import CommuneProfile, Report
from openreport.resources import DEMO_PROFILE, DEMO_REPORT
from openreport.serialization import profile_from_data, report_from_json


def demo_report() -> Report:
    return report_from_json(DEMO_REPORT.read_bytes())


def demo_profile() -> CommuneProfile:
    return profile_from_data(json.loads(DEMO_PROFILE.read_text(encoding="utf-8")))


def open_demo_library():
    """A library in a new temporary folder holding the demo report and profile.

    Returns ``(library, report_id)``; the folder lives as long as the process.
    """
    from openreport.storage import Library

    folder = Path(tempfile.mkdtemp(prefix="openreport-demo-"))
    library = Library.open(folder / "demo.sqlite")
    library.save_profile(demo_profile())
    report_id = library.save(demo_report())
    return library, report_id
