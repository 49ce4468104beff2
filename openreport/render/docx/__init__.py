"""The DOCX renderer: the composed document written into the house template."""
