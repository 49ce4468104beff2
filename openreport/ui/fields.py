"""Small helpers of the forms: text boxes that follow the interface's direction and let Tab
leave them, counts that may be unknown."""

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


class CtrlTabInsertsTab(QObject):
    """Ctrl+Tab types a tab into a text box whose Tab moves on to the next field."""

    def eventFilter(self, edit, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            if not edit.isReadOnly():
                edit.insertPlainText("\t")
            return True
        return False


def tab_leaves(edit: QPlainTextEdit) -> None:
    """Tab in a multi-line text box goes to the next field, as in every other field of the
    form (a tab typed by mistake was invisible in the report); Ctrl+Tab types a tab."""
    edit.setTabChangesFocus(True)
    if edit.findChild(CtrlTabInsertsTab) is None:
        edit.installEventFilter(CtrlTabInsertsTab(edit))


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
