"""The French window's own layout: what the longer French words need to be read whole."""

from __future__ import annotations

import uuid
from dataclasses import replace

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
        assert page.model.headers[3] == "Par la commune"
        for column in (3, 5):
            assert view.columnWidth(column) >= header.sectionSizeHint(column)
        overdue = view.fontMetrics().horizontalAdvance("Proposée — En retard")
        assert view.columnWidth(6) > overdue
        # the columns are shared again once the table has its width: no sideways scrolling
        qtbot.waitUntil(
            lambda: sum(view.columnWidth(c) for c in range(7)) <= view.viewport().width()
        )


def test_a_date_field_reads_day_month_year_in_the_french_window(window_factory):
    from openreport.demo import demo_report
    from openreport.ui.editor.base import SectionId

    with interface_in("fr"):
        window = window_factory()
        window.open_report(window.library.save(demo_report()))
        event = window.editor.section(SectionId.EVENT)
        # built in a right-to-left form, then turned left to right: the sections follow
        assert not event.ui.startDate.isRightToLeft()
        assert event.ui.startDate.text() == "12 novembre 2024"
        assert event.ui.startDate.locale().name() == "fr_MA"
    window = window_factory()
    window.open_report(window.library.save(replace(demo_report(), uuid=str(uuid.uuid4()))))
    start = window.editor.section(SectionId.EVENT).ui.startDate
    assert start.isRightToLeft() and start.locale().name() == "ar_MA"
    # right to left, the year comes first in the text and reads last on the screen
    assert start.text().split() == ["2024", "نونبر", "12"]


def test_every_section_fits_a_1024_pixel_screen_in_french(window_factory, qtbot):
    from PySide6.QtWidgets import QScrollArea

    from openreport.demo import demo_report
    from openreport.ui.editor.base import SectionId
    from openreport.ui.language import follow_the_interface

    with interface_in("fr"):
        window = window_factory()
        follow_the_interface(window)
        window.resize(1024, 600)
        window.show()
        qtbot.waitExposed(window)
        window.open_report(window.library.save(demo_report()))
        too_wide = []
        for section in SectionId:
            window.editor.show_section(section)
            page = window.editor.pages[section]
            if not isinstance(page, QScrollArea):
                continue
            needed = page.widget().minimumSizeHint().width()
            if needed > page.viewport().width():
                too_wide.append(f"{section.name}: {needed} > {page.viewport().width()}")
        assert not too_wide  # no section scrolls sideways (a field cut at the edge)
