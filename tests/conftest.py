"""Shared fixtures. Qt runs offscreen: the tests need no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from openreport.demo import demo_profile, demo_report
from openreport.storage import Library


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
