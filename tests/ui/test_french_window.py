"""The French window's own layout: what the longer French words need to be read whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from openreport.demo import open_demo_library
from openreport.ui.fields import mark_required
from tests.helpers.language import interface_in


def test_a_required_mark_keeps_the_space_french_puts_before_the_colon(app):
    french, arabic = QLabel("Titre du rapport :"), QLabel("عنوان التقرير:")
    mark_required(french)
    mark_required(arabic)
    assert french.text().endswith("</span> :") and "Titre du rapport <span" in french.text()
    assert arabic.text().endswith("</span>:")


def test_the_follow_up_columns_are_never_narrower_than_their_french(window_factory, qtbot):
    with interface_in("fr"):
        library, _ = open_demo_library()
        window = window_factory(library)
        window.resize(1024, 600)
        window.followup_action.trigger()
        page = window.followup_page
        qtbot.waitUntil(page.isVisible)
        page.fit_columns()
        header, view = page.view.horizontalHeader(), page.view
        assert page.model.headers[3] == "Proposée par la commune"
        for column in (3, 5):
            assert view.columnWidth(column) >= header.sectionSizeHint(column)
        overdue = view.fontMetrics().horizontalAdvance("En cours — En retard")
        assert view.columnWidth(6) > overdue
