"""Where OpenReport finds its shipped files: template, demo and example reports, fonts setup,
translations, the application icon and the desktop integration files."""

from __future__ import annotations

import atexit
import contextlib
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

# Extracted copies (only when the package is not a plain folder, e.g. zipped) live as long as
# the process: fontconfig, LibreOffice, Qt and python-docx are handed their paths at any time.
_EXTRACTED = contextlib.ExitStack()
atexit.register(_EXTRACTED.close)


def _root() -> Traversable:
    """The installed package's copy (openreport/_resources, mapped from resources/ when the
    wheel is built); run from a checkout (PYTHONPATH or `pip install -e .`), the top-level
    resources/ folder itself, so that an edit there is seen at once."""
    installed = files("openreport") / "_resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def real_path(resource: Traversable) -> Path:
    """A file-system path for ``resource``, for the programs and libraries that need one."""
    return _EXTRACTED.enter_context(as_file(resource))


RESOURCES = real_path(_root())
DEMO_REPORT = RESOURCES / "demo" / "chefchaouen-saidia-2024.json"
DEMO_PROFILE = RESOURCES / "demo" / "profile.json"
EXAMPLES = RESOURCES / "examples"  # one report of each kind, a profile beside it when needed
TEMPLATES = RESOURCES / "templates"
FONTS = RESOURCES / "fonts"  # the shipped faces (OFL), their licence and fonts.conf
ICONS = RESOURCES / "icons"  # the application icon: openreport.svg, its PNG sizes, a .ico
APP_ICON = ICONS / "openreport.svg"
DESKTOP = RESOURCES / "desktop"  # the Linux desktop entry and the .openreport MIME type
