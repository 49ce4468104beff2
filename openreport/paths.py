"""Where OpenReport keeps the per-user library when no other is named."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "OpenReport"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_library_path() -> Path:
    return data_dir() / "library.sqlite"
