"""Storage: the SQLite library file, its backups and the exchange files (no Qt)."""

from openreport.storage.errors import LibraryError
from openreport.storage.library import Library
from openreport.storage.rows import ReportSummary

__all__ = ["Library", "LibraryError", "ReportSummary"]
