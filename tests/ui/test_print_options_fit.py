"""The preview window and Qt's print options fit a 1024×600 screen, their buttons in sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QScrollArea

from openreport.demo import demo_profile, demo_report
from openreport.ui import fit, preview

SMALL = QRect(0, 0, 1024, 600)


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(fit, "available_rect", lambda widget=None: QRect(SMALL))
    return SMALL


def buttons_in_sight(dialog: QDialog) -> bool:
    """Every button of ``dialog``'s button box is shown and within the dialog."""
    box = dialog.findChild(QDialogButtonBox)
    inside = dialog.rect()
    return bool(box.buttons()) and all(
        button.isVisible()
        and inside.contains(button.mapTo(dialog, QPoint(0, 0)))
        and inside.contains(button.mapTo(dialog, QPoint(button.width(), button.height())))
        for button in box.buttons()
    )


def fits(dialog: QDialog) -> bool:
    frame = fit.frame_of(dialog)  # what a window manager adds around it
    outer = QRect(dialog.pos(), dialog.size() + frame)
    return SMALL.contains(outer)


def test_the_preview_window_fits_with_its_buttons(small_screen, app, qtbot):
    window = preview.PreviewWindow(demo_report(), demo_profile())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert fits(window)
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) == 2
    for button in buttons:
        bottom = button.mapTo(window, QPoint(button.width(), button.height()))
        assert window.rect().contains(bottom)
    assert window.preview.verticalScrollBar().maximum() > 0  # the pages scroll, not the window


def when_modal(check, name: str, seen: list, tries: int = 100) -> None:
    """Run ``check`` on the modal dialog of class ``name`` once it is shown."""

    def look(left=tries):
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.metaObject().className() != name or not dialog.isVisible():
            if left:
                QTimer.singleShot(30, lambda: look(left - 1))
            return
        seen.append(name)
        check(dialog)

    QTimer.singleShot(0, look)


def test_the_print_dialog_and_its_properties_fit_with_their_buttons(small_screen, app, qtbot):
    seen: list[str] = []
    results: dict[str, tuple[bool, bool]] = {}

    def properties(dialog):
        try:
            QApplication.processEvents()
            results["properties"] = (fits(dialog), buttons_in_sight(dialog))
            scroll = dialog.findChild(QScrollArea, "printOptionsScroll")
            # its page setup is taller than the screen: it scrolls, the buttons stay below
            results["scrolls"] = scroll is not None and (
                scroll.widget().sizeHint().height() > scroll.height()
                and not scroll.horizontalScrollBar().isVisible()  # only up and down
            )
        finally:
            dialog.reject()

    def printing(dialog):
        try:
            unfold = next(b for b in dialog.findChildren(QPushButton) if ">>" in b.text())
            unfold.click()  # «خيارات >>»: the dialog grows
            QApplication.processEvents()
            results["print"] = (fits(dialog), buttons_in_sight(dialog))
            when_modal(properties, "QPrintPropertiesDialog", seen)
            dialog.findChild(QPushButton, "properties").click()  # a nested modal dialog
        finally:
            dialog.reject()

    when_modal(printing, "QPrintDialog", seen)
    assert preview.print_report(demo_report(), demo_profile()) is False
    assert seen == ["QPrintDialog", "QPrintPropertiesDialog"]
    assert results == {"print": (True, True), "properties": (True, True), "scrolls": True}


def test_the_preview_window_opens_as_it_was_left_within_the_screen(app, qtbot, settings):
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    owner.settings = settings
    qtbot.addWidget(owner)
    first = preview.PreviewWindow(demo_report(), demo_profile(), owner)
    first.resize(QSize(700, 520))
    first.accept()
    again = preview.PreviewWindow(demo_report(), demo_profile(), owner)
    assert again.size() == QSize(700, 520)
    again.reject()
