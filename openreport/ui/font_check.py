"""The profile's font row says whether the report's face is on this workstation.

The DOCX asks for the profile's face (Traditional Arabic by default, present on Windows with
Arabic support); Word on a workstation without it substitutes another. The preview, the
printout and the PDF are set in the face OpenReport ships, whatever is installed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from openreport.compose import look
from openreport.render.qt.fonts import installed_families
from openreport.ui.labels import tr


def font_note(face: str, installed: set[str]) -> tuple[str, bool]:
    """What the profile says of ``face``, and whether it is a warning."""
    face = look.docx_face(face)
    pages = look.page_face(face, installed)
    if face not in installed:
        text = tr(
            "الخط «{face}» غير مثبت على هذا الجهاز: يعرض Word هنا التقرير بخط بديل، وبخطه "
            "على جهاز مثبت عليه. المعاينة والطباعة وملف PDF بالخط المرفق «{pages}»."
        )
        return text.format(face=face, pages=pages), True
    if pages != face:
        text = tr(
            "الخط «{face}» مثبت على هذا الجهاز، ويستعمله Word. المعاينة والطباعة وملف PDF "
            "بالخط المرفق «{pages}»، لأن نص PDF بخط «{face}» لا يُسترجع كاملا."
        )
        return text.format(face=face, pages=pages), False
    return tr("الخط «{face}» مثبت على هذا الجهاز، وبه تُكتب كل النسخ.").format(face=face), False


def add_font_note(form: QFormLayout, combo: QComboBox) -> QLabel:
    """A line under the font row, kept up to date as the face is chosen or typed."""
    label = QLabel()
    label.setObjectName("fontNote")
    label.setWordWrap(True)
    installed = installed_families()

    def update(face: str) -> None:
        text, warning = font_note(face, installed)
        label.setText((tr("تنبيه: ") if warning else "") + text)
        label.setStyleSheet("color: #8a4b00;" if warning else "")

    row, _role = form.getWidgetPosition(combo)
    form.insertRow(row + 1, label)  # the whole width: a long note wraps, never widens the form
    combo.currentTextChanged.connect(update)
    update(combo.currentText())
    return label
