"""A focus ring that can be seen: the application's style, with buttons and check boxes reached
from the keyboard drawn inside a ring of the highlight colour (Fusion's own hint was a faint
line, lost on a laptop screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

RINGED = (
    QStyle.ControlElement.CE_PushButton,
    QStyle.ControlElement.CE_CheckBox,
    QStyle.ControlElement.CE_RadioButton,
)
RING_WIDTH = 2


class FocusRingStyle(QProxyStyle):
    """The platform's style with a visible ring around the focused button or check box, drawn
    when the focus came from the keyboard (as browsers do; a click does not draw it)."""

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element not in RINGED:
            return
        state = option.state
        if not (state & QStyle.StateFlag.State_HasFocus) or not (
            state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        pen = QPen(option.palette.highlight().color(), RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH // 2
        painter.drawRoundedRect(option.rect.adjusted(half, half, -half, -half), 3, 3)
        painter.restore()


def use_focus_ring(app: QApplication) -> None:
    """Wrap the application's style (once) in the focus ring."""
    if isinstance(app.style(), FocusRingStyle):
        return
    style = FocusRingStyle(app.style().name())
    app._openreport_style = style  # kept alive beside Qt's ownership
    app.setStyle(style)
