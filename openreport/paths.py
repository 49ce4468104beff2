"""Where OpenReport keeps the per-user library when no other is named, and the file names it
proposes (valid on Windows as on Linux)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import platformdirs

APP_NAME = "OpenReport"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_library_path() -> Path:
    return data_dir() / "library.sqlite"


# What Windows refuses in a file name (the other systems accept all of it): these characters,
# the control characters, a name that is a device whatever its extension, a trailing dot or
# space. Invisible format characters go too (but the joiners some words need): a direction
# override can make «تقرير\u202efdp.exe» look like a PDF.
FORBIDDEN = frozenset('<>:"/\\|?*')
JOINERS = frozenset("\u200c\u200d")
RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"]
)
NAME_LIMIT = 150  # characters (UTF-16 units, as Windows counts), the extension included
BYTE_LIMIT = 200  # UTF-8 bytes: Linux allows 255, and the export's temporary file adds 14


def file_name(title: str, suffix: str = "", fallback: str = "report") -> str:
    """A file name made of ``title`` and ``suffix`` (".pdf") that every system accepts: the
    characters Windows refuses become «-», control and invisible characters go, a reserved
    device name (CON, NUL, COM1 …, whatever follows its first dot) gets a «_» before it, no dot
    space or dash starts or ends it, and the title is shortened so that the whole name, extension
    kept, is within :data:`NAME_LIMIT` characters and :data:`BYTE_LIMIT` bytes. Arabic letters
    stay as they are; an empty result is ``fallback``."""
    stem = _cleaned(title)[:NAME_LIMIT] or _cleaned(fallback) or "report"
    if _reserved(stem):
        stem = "_" + stem
    while stem and not _fits(stem + suffix):
        stem = stem[:-1].rstrip(". ")
    return stem + suffix


def _cleaned(text: str) -> str:
    out = []
    for char in unicodedata.normalize("NFC", text):
        if char in FORBIDDEN:
            out.append("-")
        elif char.isspace():
            out.append(" ")
        elif unicodedata.category(char) not in ("Cc", "Cf", "Cs") or char in JOINERS:
            out.append(char)
    stem = re.sub(r"-+(?: *-+)*", "-", re.sub(r" +", " ", "".join(out)))
    return stem.strip(". -")


def _reserved(stem: str) -> bool:
    return stem.split(".")[0].rstrip(" ").upper() in RESERVED


def _fits(name: str) -> bool:
    return len(name.encode("utf-16-le")) <= 2 * NAME_LIMIT and len(name.encode()) <= BYTE_LIMIT
