"""The window fits the screen it opens on; the wheel scrolls the form, not the field it passes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from openreport.demo import demo_profile, demo_report
from openreport.model import ReportStatus
from openreport.ui import fit
from openreport.ui.editor.base import SectionId

SMALL = QRect(0, 0, 1024, 600)  # a netbook's screen, panels left out


def wheel(widget, steps: int = -1) -> bool:
    """One wheel turn over ``widget``; whether the widget (or a parent) took it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    return QApplication.sendEvent(widget, event)


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(fit, "available_rect", lambda widget=None: QRect(SMALL))
    return SMALL


@pytest.fixture
def opened(window_factory, qtbot):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    report = demo_report()
    report.status = ReportStatus.DRAFT  # a final report's fields are locked
    window.open_report(window.library.save(report))
    window.activateWindow()  # keyboard focus only exists in the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_wheel_over_an_unfocused_combo_leaves_it_alone(opened, qtbot):
    event = opened.editor.section(SectionId.EVENT)
    opened.editor.show_section(SectionId.EVENT)
    kind = event.ui.kind
    assert isinstance(kind, QComboBox) and kind.count() > 1
    before = kind.currentIndex()
    towards = 1 if before == kind.count() - 1 else -1  # a turn that can change the value
    event.ui.title.setFocus()
    assert event.ui.title.hasFocus()
    wheel(kind, towards)
    assert kind.currentIndex() == before
    assert not kind.hasFocus()  # the wheel did not take the focus either
    kind.setFocus()
    assert kind.hasFocus()
    wheel(kind, towards)
    assert kind.currentIndex() != before


def test_wheel_over_an_unfocused_spin_box_and_date_leaves_them_alone(opened):
    event = opened.editor.section(SectionId.EVENT)
    opened.editor.show_section(SectionId.EVENT)
    event.ui.title.setFocus()
    for field in (event.ui.participants, event.ui.startDate):
        before = field.text()
        wheel(field)
        wheel(field.lineEdit() if hasattr(field, "lineEdit") else field)
        assert field.text() == before, field.objectName()


def test_main_window_opens_within_the_available_screen(small_screen, window_factory):
    window = window_factory()
    assert small_screen.contains(window.frameGeometry())
    assert window.width() <= 1024 and window.height() <= 600


def test_main_window_geometry_is_remembered_and_clamped(
    window_factory, settings, monkeypatch, tmp_path
):
    from openreport.storage import Library

    first = window_factory(Library.open(tmp_path / "a.sqlite"))
    first.setGeometry(QRect(40, 50, 700, 500))
    first.close()
    assert settings.contains("window/geometry")
    again = window_factory(Library.open(tmp_path / "b.sqlite"))
    assert again.size() == QSize(700, 500)
    again.close()
    monkeypatch.setattr(fit, "available_rect", lambda widget=None: QRect(0, 0, 600, 400))
    small = window_factory(Library.open(tmp_path / "c.sqlite"))
    assert QRect(0, 0, 600, 400).contains(small.frameGeometry())


def test_profile_dialog_fits_with_its_buttons_visible(small_screen, app, qtbot):
    from openreport.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(demo_profile())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= small_screen.height() and dialog.width() <= small_screen.width()
    buttons = dialog.ui.buttons
    assert buttons.isVisible()
    bottom = buttons.mapTo(dialog, QPoint(0, buttons.height()))
    assert bottom.y() <= dialog.height()
    assert dialog.scroll.widget().isAncestorOf(dialog.ui.commune)
    assert dialog.scroll.verticalScrollBar().maximum() > 0  # the rest is reached by scrolling


def test_preview_window_fits(small_screen, app, qtbot):
    from openreport.ui.preview import PreviewWindow

    window = PreviewWindow(demo_report(), demo_profile())
    qtbot.addWidget(window)
    assert window.height() <= small_screen.height() and window.width() <= small_screen.width()


def test_wheel_over_an_unfocused_field_scrolls_the_form(app, qtbot):
    from PySide6.QtWidgets import QScrollArea, QSpinBox, QVBoxLayout, QWidget

    form = QWidget()
    layout = QVBoxLayout(form)
    spin = QSpinBox()
    spin.setValue(5)
    layout.addWidget(spin)
    layout.addSpacing(2000)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(form)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    wheel(spin)
    assert spin.value() == 5
    assert area.verticalScrollBar().value() > 0
