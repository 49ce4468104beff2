"""Small helpers of the forms: text boxes that follow the interface's direction, counts that
may be unknown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QPlainTextEdit, QSpinBox

from openreport.ui.labels import tr


def follow_layout_direction(edit: QPlainTextEdit) -> None:
    """Align the lines of a text box to the side the interface reads from.

    QPlainTextEdit aligns every line to the left whatever its direction (measured), so in the
    right-to-left interface the lines are aligned to the right; each line still takes its
    direction from its first letter."""
    option = edit.document().defaultTextOption()
    rtl = edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    edit.document().setDefaultTextOption(option)


class TypeOverUnknown(QObject):
    """A digit typed into a count that shows «غير محدد» replaces that text (it was appended to
    it and the count stayed unknown)."""

    def eventFilter(self, spin, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.text().isdigit()
            and spin.value() == spin.minimum()
        ):
            spin.lineEdit().selectAll()
        return False


def count_spin(parent=None, spin: QSpinBox | None = None) -> QSpinBox:
    """A count that may be unknown: -1 shows «غير محدد» (a new spin box, or ``spin`` set up)."""
    spin = spin if spin is not None else QSpinBox(parent)
    spin.setRange(-1, 1_000_000)
    spin.setSpecialValueText(tr("غير محدد"))
    spin.setValue(-1)
    spin.installEventFilter(TypeOverUnknown(spin))
    return spin
