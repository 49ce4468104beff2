"""Composition: a report becomes one document that every renderer draws (no Qt, no DOCX).

``kinds/`` says what each kind of report says and in which order, from the building blocks in
``parts/``; ``wording/ar_ma/`` says it in Moroccan administrative Arabic; ``document`` is what
comes out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openreport.compose.composer import compose, suggested_title
    from openreport.compose.document import Document

__all__ = ["Document", "compose", "suggested_title"]


def __getattr__(name: str):
    """The composer is imported when first asked for: the window's start, which needs only
    the look and the dates, does not load every kind and its wording (PEP 562)."""
    if name in ("compose", "suggested_title"):
        from openreport.compose import composer

        return getattr(composer, name)
    if name == "Document":
        from openreport.compose.document import Document

        return Document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
