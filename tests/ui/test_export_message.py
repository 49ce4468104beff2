"""The status bar says why the PDF is not in the report's face, as it is."""

from __future__ import annotations

import dataclasses

import pytest

from openreport.demo import demo_profile, demo_report


@pytest.mark.parametrize(
    ("face", "why"),
    [
        ("Traditional Arabic", "غير مثبت على هذا الجهاز"),  # not on this Linux machine
        ("Noto Kufi Arabic", "لا يُسترجع نص PDF به كاملا"),  # installed, its text not whole
    ],
)
def test_the_export_says_why_the_pdf_has_the_shipped_face(window_factory, tmp_path, face, why):
    window = window_factory()
    window.profile = dataclasses.replace(demo_profile(), font_name=face)
    window.outputs.export(demo_report(), str(tmp_path / "r.pdf"))
    message = window.statusBar().currentMessage()
    assert "OpenReport Naskh" in message and why in message, message
