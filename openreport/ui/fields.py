"""Small helpers of the forms: text boxes that follow the interface's direction and let Tab
leave them, counts that may be unknown, the sentence an empty list shows, required fields
marked and problems shown under their field."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

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
    align_number(spin)
    return spin


def align_number(spin: QSpinBox) -> None:
    """A number stands where the reader starts: on the right in the right-to-left form (Qt
    put the digits, written left to right, on the left)."""
    rtl = spin.isRightToLeft() or QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    # absolute: Qt mirrors a relative side by the text's direction, digits and «غير محدد» apart
    spin.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)


class EmptyHint(QLabel):
    """The sentence an empty list shows in its place: what goes there and which button adds
    it. It lies over the list's viewport while the list has no row."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("emptyHint")
        self.view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(8)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # grey, apart from what the list will hold (a palette is lost under a style sheet)
        self.setStyleSheet("QLabel#emptyHint { color: #6b6b6b; }")
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.refresh)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False

    def refresh(self, *_args) -> None:
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(self.view.model().rowCount() == 0)


REQUIRED = "requiredField"  # the property of a field review requires


def required_tip() -> str:
    return tr("مطلوب لاعتماد التقرير نهائيا")


def mark_required(label: QLabel, *fields: QWidget, tip: str = "") -> None:
    """Mark the field(s) of ``label`` as required: a red «*» after the label, «مطلوب» in
    their tooltip and accessible description."""
    text = label.text().rstrip()
    colon = re.search(r"\s*:$", text)  # «:» in Arabic, « :» in French: kept as written
    colon = colon.group(0) if colon else ""
    text = text.removesuffix(colon).rstrip()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f'{escape(text)} <span style="color:#b3261e">*</span>{colon}')
    tip = tip or required_tip()
    required = tr("مطلوب")
    label.setToolTip(tip)
    for field in fields:
        field.setProperty(REQUIRED, True)
        field.setToolTip(tip)
        field.setAccessibleDescription(tip)
        field.setAccessibleName(f"{text} ({required})")


def _chain(layout: QLayout, widget: QWidget) -> list[tuple[QLayout, int]]:
    """The layouts from ``layout`` down to the one holding ``widget``, with the item's index."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is widget:
            return [(layout, index)]
        if item.layout() is not None:
            inner = _chain(item.layout(), widget)
            if inner:
                return [(layout, index), *inner]
    return []


def insert_below(field: QWidget, widget: QWidget) -> bool:
    """Put ``widget`` on its own line under ``field`` (in the form or column that holds it)."""
    parent = field.parentWidget()
    layout = parent.layout() if parent is not None else None
    for holder, index in reversed(_chain(layout, field) if layout is not None else []):
        if isinstance(holder, QFormLayout):
            row, _role = holder.getItemPosition(index)
            spacer = QLabel()
            spacer.hide()  # the note stands under the field, not under its label
            holder.insertRow(row + 1, spacer, widget)
            return True
        if isinstance(holder, QVBoxLayout):
            holder.insertWidget(index + 1, widget)
            return True
    return False


class FieldNotes:
    """Problems shown where they are: the field framed in red, the message on a line under
    it and in its tooltip, until the field is put right. Nothing is blocked or changed."""

    STYLE = (
        'QLineEdit[problem="true"], QPlainTextEdit[problem="true"],'
        ' QAbstractItemView[problem="true"] { border: 1px solid #b3261e; }'
        # a date or a count is tinted: a style sheet's frame hid a date's arrow
        ' QAbstractSpinBox[problem="true"] { background: #fdecea; }'
    )

    def __init__(self) -> None:
        self.notes: dict[QWidget, QLabel] = {}
        self.tips: dict[QWidget, tuple[str, str]] = {}  # what the field said before

    def shown(self) -> list[QWidget]:
        return [field for field, note in self.notes.items() if not note.isHidden()]

    def message(self, field: QWidget) -> str:
        note = self.notes.get(field)
        return note.text() if note is not None and not note.isHidden() else ""

    def show(self, field: QWidget, message: str) -> None:
        note = self.notes.get(field)
        if note is None:
            note = self.notes[field] = QLabel()
            note.setObjectName("fieldNote")
            note.setWordWrap(True)
            note.setStyleSheet("QLabel#fieldNote { color: #b3261e; }")
            if not insert_below(field, note):
                note.setParent(field.parentWidget())
            self.tips[field] = (field.toolTip(), field.accessibleDescription())
        note.setText(message)
        note.show()
        field.setToolTip(message)
        field.setAccessibleDescription(message)  # what a screen reader says with the field
        self._frame(field, True)

    def clear(self, field: QWidget) -> None:
        note = self.notes.get(field)
        if note is None or note.isHidden():
            return
        note.hide()
        tip, description = self.tips.get(field, ("", ""))
        field.setToolTip(tip)
        field.setAccessibleDescription(description)
        self._frame(field, False)

    @staticmethod
    def _frame(field: QWidget, on: bool) -> None:
        field.setProperty("problem", on)
        field.style().unpolish(field)
        field.style().polish(field)
        field.update()
