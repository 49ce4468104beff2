"""The Qt renderer: the composed document drawn as A4 pages for the preview, the printer and PDF."""
