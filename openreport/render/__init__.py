"""Renderers of the composed document: DOCX, the Qt pages (preview, print, PDF), LibreOffice."""
