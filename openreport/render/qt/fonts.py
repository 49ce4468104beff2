"""The faces OpenReport ships (resources/fonts, SIL Open Font License), given to Qt at start.

The preview, the printout and the Qt PDF are set in the face ``look.page_face`` picks; loading
the shipped files into Qt's font database makes that face present on every workstation, whether
or not the system has it installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase

from openreport.resources import FONTS

if TYPE_CHECKING:
    from openreport.model import CommuneProfile

_loaded: dict[Path, list[str]] = {}


def load_shipped_fonts() -> list[str]:
    """Hands every shipped font file to Qt once per process; the families they give.

    Needs a QGuiApplication. A file Qt refuses (damaged install) gives no family; the page
    face then falls back to what the system has, and the profile says so."""
    families: list[str] = []
    for path in sorted(FONTS.glob("*.ttf")):
        if path not in _loaded:
            font_id = QFontDatabase.addApplicationFont(str(path))
            _loaded[path] = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        families.extend(f for f in _loaded[path] if f not in families)
    return families


def installed_families() -> set[str]:
    """The families Qt can draw with: the system's and the shipped ones."""
    load_shipped_fonts()
    return set(QFontDatabase.families())


def page_face(profile: CommuneProfile) -> str:
    """The face of the preview, the printout and the Qt PDF for ``profile``."""
    from openreport.compose import look  # not needed to load the faces at the window's start

    return look.page_face(profile.font_name, installed_families())
