"""Renderers of the composed document: DOCX now; preview, print and PDF to follow."""
