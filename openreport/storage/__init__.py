"""Storage: the SQLite library file, its backups and the exchange files (no Qt)."""

from openreport.storage.errors import (
    LibraryError,
    LibraryGoneError,
    LibraryInUseError,
    OpenedReadOnlyError,
    ReadOnlyLibraryError,
    SaveConflictError,
)
from openreport.storage.library import Library
from openreport.storage.lock import LibraryLock
from openreport.storage.rows import ReportSummary

__all__ = [
    "Library",
    "LibraryError",
    "LibraryGoneError",
    "LibraryInUseError",
    "LibraryLock",
    "OpenedReadOnlyError",
    "ReadOnlyLibraryError",
    "ReportSummary",
    "SaveConflictError",
]
