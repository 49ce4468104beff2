"""Windows that fit the screen they open on, and a wheel that scrolls the form, not its fields."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPointF, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# fields a wheel turn changes: passed over by the pointer while the form scrolls, they must not
WHEEL_FIELDS = (QComboBox, QAbstractSpinBox)
# what a window manager usually adds around a window (borders, title bar), before it is known
FRAME_ALLOWANCE = QSize(12, 40)


class WheelGuard(QObject):
    """Gives the wheel to a value field only when it has the keyboard focus; otherwise the
    form around it scrolls. Installed once on the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, WHEEL_FIELDS):
            # Qt gives WheelFocus fields the focus on a wheel turn, before any filter sees it
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, WHEEL_FIELDS):
            if not watched.hasFocus():
                scroll_form(watched, event)
                return True
        return False


def scroll_form(field: QWidget, event: QWheelEvent) -> None:
    """Hand a wheel turn over ``field`` to the scroll area it sits in (Qt would not pass
    on a synthesised event, and passing it ourselves keeps one path for both)."""
    area = field.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    event.accept()
    if area is None:
        return
    viewport = area.viewport()
    position = QPointF(field.mapTo(viewport, event.position().toPoint()))
    turn = QWheelEvent(
        position,
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(viewport, turn)


def install_wheel_guard(app: QApplication | None = None) -> None:
    """Install the one WheelGuard of the application (again is harmless). Called where value
    fields first appear (the editor, the profile, the follow-up and statistics pages), not at
    start: a filter on every event of the application costs the library window a quarter of
    its build time, and the library page has no such field."""
    app = app or QApplication.instance()
    if getattr(app, "_openreport_wheel_guard", None) is None:
        app._openreport_wheel_guard = guard = WheelGuard(app)
        app.installEventFilter(guard)


def available_rect(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (the panels left out)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def within(size: QSize, area: QRect) -> QSize:
    """``size``, made no larger than ``area``."""
    return QSize(min(size.width(), area.width()), min(size.height(), area.height()))


def centred(rect_size: QSize, area: QRect) -> QRect:
    """A rectangle of ``rect_size`` centred in ``area``."""
    rect = QRect(0, 0, rect_size.width(), rect_size.height())
    rect.moveCenter(area.center())
    return rect


def frame_of(window: QWidget) -> QSize:
    """What the window manager adds around ``window`` (an allowance before it is shown)."""
    frame = window.frameGeometry().size() - window.geometry().size()
    return FRAME_ALLOWANCE if frame.isEmpty() else frame


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Give ``window`` its preferred size, shrunk to the available screen and centred in it."""
    area, frame = available_rect(window), frame_of(window)
    size = within(preferred, QRect(area.topLeft(), area.size() - frame))
    window.resize(size)
    window.move(centred(size + frame, area).topLeft())


def clamp_to_screen(window: QWidget) -> None:
    """Bring a restored window back inside the available screen (a smaller or missing one)."""
    area, frame = available_rect(window), frame_of(window)
    size = within(window.size(), QRect(area.topLeft(), area.size() - frame))
    if size != window.size():
        window.resize(size)
    outer = QRect(window.frameGeometry().topLeft(), size + frame)
    if not area.contains(outer):
        left = min(max(outer.left(), area.left()), area.right() - outer.width() + 1)
        top = min(max(outer.top(), area.top()), area.bottom() - outer.height() + 1)
        window.move(left, top)


def remember_geometry(window: QWidget, settings: QSettings, key: str) -> None:
    """Keep the window's place, size and (for a main window) its state."""
    settings.setValue(f"{key}/geometry", window.saveGeometry())
    if hasattr(window, "saveState"):
        settings.setValue(f"{key}/state", window.saveState())


def restore_geometry(window: QWidget, settings: QSettings, key: str, preferred: QSize) -> None:
    """The window as it was left, clamped to this screen; the first time, its preferred size
    fitted to the screen."""
    geometry = settings.value(f"{key}/geometry")
    restored = isinstance(geometry, QByteArray | bytes) and window.restoreGeometry(
        QByteArray(geometry)
    )
    if not restored:
        fit_to_screen(window, preferred)
        return
    state = settings.value(f"{key}/state")
    if hasattr(window, "restoreState") and isinstance(state, QByteArray | bytes):
        window.restoreState(QByteArray(state))
    clamp_to_screen(window)


def scroll_contents(dialog: QDialog, keep: QWidget) -> QScrollArea:
    """Put everything in ``dialog``'s layout but ``keep`` (its buttons) into a scroll area, so
    the buttons stay visible however short the screen is."""
    outer = dialog.layout()
    inner = QWidget()
    inner_layout = QVBoxLayout(inner)
    inner_layout.setContentsMargins(0, 0, 0, 0)
    items = [outer.takeAt(0) for _ in range(outer.count())]
    for item in items:
        if item.widget() is keep:
            continue
        if item.widget() is not None:
            inner_layout.addWidget(item.widget())
        elif isinstance(item.layout(), QLayout):
            inner_layout.addLayout(item.layout())
        elif item.spacerItem() is not None:
            inner_layout.addItem(item.spacerItem())
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(inner)
    outer.addWidget(area, 1)
    outer.addWidget(keep)
    return area


def fit_dialog(dialog: QDialog, preferred: QSize | None = None) -> None:
    """Size a dialog to what it asks for (or ``preferred``), within the available screen."""
    wanted = preferred or dialog.sizeHint()
    fit_to_screen(dialog, wanted)
