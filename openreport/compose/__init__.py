"""Composition: a report becomes one document that every renderer draws (no Qt, no DOCX).

``kinds/`` says what each kind of report says and in which order, from the building blocks in
``parts/``; ``wording/ar_ma/`` says it in Moroccan administrative Arabic; ``document`` is what
comes out.
"""

from openreport.compose.composer import compose, suggested_title
from openreport.compose.document import Document

__all__ = ["Document", "compose", "suggested_title"]
