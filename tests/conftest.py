"""Shared fixtures. Qt runs offscreen: the tests need no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

from openreport.demo import demo_profile, demo_report
from openreport.storage import Library

# CI decides whether a change lands: there the generated examples are the same at every run,
# so what passed here passes there. A developer's runs stay random and keep finding new cases.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI", "").lower() == "true":
    settings.load_profile("ci")


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "library.sqlite") as lib:
        yield lib


@pytest.fixture
def demo():
    return demo_report()


@pytest.fixture
def profile():
    return demo_profile()
