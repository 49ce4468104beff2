"""The window shows the icon the project draws (resources/icons/openreport.svg), not a stock one."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

from openreport.resources import APP_ICON


def image(icon: QIcon, size: int) -> QImage:
    return icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_the_window_icon_is_ours(window_factory):
    window = window_factory()
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert not window.windowIcon().isNull()
    ours = QIcon(str(APP_ICON))
    assert not ours.isNull()
    for size in (16, 32, 48, 256):
        drawn = image(icon, size)
        assert not drawn.isNull() and drawn.width() == size
        assert drawn == image(ours, size)
        assert drawn == image(window.windowIcon(), size)
    assert QApplication.desktopFileName() == "openreport"  # openreport.desktop


def test_the_icon_is_not_a_blank_or_stock_picture(app):
    # The page's blue border and the green word: both colours are in the drawn icon.
    drawn = image(QApplication.windowIcon(), 64)
    colours = {drawn.pixelColor(x, y).name() for x in range(64) for y in range(64)}
    assert "#1d4e89" in colours and "#0b7a43" in colours
