"""The honorific said before a person's name, as the forms offer it: by gender, none, or typed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from openreport.ui.labels import tr

# Offered besides «تلقائي» (by gender) and «بدون» (none); anything else may be typed.
COMMON_HONORIFICS = ("معالي", "الأستاذ", "الأستاذة", "الدكتور", "الدكتورة")


def automatic_text() -> str:
    return tr("تلقائي")


def none_text() -> str:
    return tr("بدون")


def honorific_text(honorific: str | None) -> str:
    """How a person's ``honorific`` reads in a form: «تلقائي» for None, «بدون» for ""."""
    if honorific is None:
        return automatic_text()
    return honorific or none_text()


def parse_honorific(text: object) -> str | None:
    """The honorific a form's text stands for (the inverse of ``honorific_text``)."""
    text = str(text or "").strip()
    if not text or text == automatic_text():
        return None
    if text == none_text():
        return ""
    return text


def honorific_choices() -> tuple[str, ...]:
    return (automatic_text(), none_text(), *COMMON_HONORIFICS)


class HonorificCombo(QComboBox):
    """An editable choice of honorific: the common ones, or any other typed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(honorific_choices())

    def honorific(self) -> str | None:
        return parse_honorific(self.currentText())

    def set_honorific(self, honorific: str | None) -> None:
        self.setEditText(honorific_text(honorific))
