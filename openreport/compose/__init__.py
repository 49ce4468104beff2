"""Composition: a report becomes one document that every renderer draws (no Qt, no DOCX)."""

from openreport.compose.document import Document
from openreport.compose.report import compose, suggested_title

__all__ = ["Document", "compose", "suggested_title"]
