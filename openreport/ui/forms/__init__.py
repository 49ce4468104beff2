"""Python made by pyside6-uic from forms/*.ui (tools/make_forms.py); never edit by hand."""
