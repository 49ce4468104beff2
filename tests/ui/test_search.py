"""The library's search runs off the window's thread: the window never freezes."""

from __future__ import annotations

import itertools
import threading
import time

from PySide6.QtCore import QTimer

from openreport.model import Report


def test_a_slow_search_does_not_block_the_window(window_factory, qtbot, demo):
    window = window_factory()
    window.library.save(demo)
    window.library.save(Report(title="تقرير عن دورة تكوينية"))
    page = window.library_page
    page.refresh()
    window_thread = threading.get_ident()
    threads = []

    def slow_search(query):
        threads.append(threading.get_ident())
        time.sleep(1.0)  # a thousand-word query on a large library
        return [s for s in window.library_page.model.summaries if "دورة" in s.title]

    page.searcher.function = slow_search
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    page.search.setText("دورة")
    page.search_timer.timeout.emit()  # the search starts now rather than after the delay
    assert time.monotonic() - started < 0.2  # the window's thread went on at once
    assert page.count.text() == "جار البحث…"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    timer.stop()
    assert threads and window_thread not in threads
    # the timer kept firing while the search ran: the event loop was never blocked
    assert len(ticks) >= 25
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert max(gaps) < 0.3


def test_the_newest_query_wins(window_factory, qtbot, demo):
    window = window_factory()
    window.library.save(demo)
    window.library.save(Report(title="تقرير عن دورة تكوينية"))
    page = window.library_page
    page.refresh()
    summaries = list(page.model.summaries)
    asked = []

    def search(query):
        asked.append(query)
        time.sleep(0.3)
        return [s for s in summaries if query in s.title]

    page.searcher.function = search
    page.search.setText("تقرير")  # both reports
    page.refresh()
    qtbot.waitUntil(lambda: asked == ["تقرير"], timeout=2000)  # running now
    for text in ("د", "دو", "دور", "دورة"):
        page.search.setText(text)
        page.refresh()
    qtbot.waitUntil(lambda: not page.searcher.busy(), timeout=5000)
    qtbot.wait(50)
    # the queries typed while the first ran were replaced by the newest; the first one's
    # answer (two reports) came back too late to be shown
    assert asked == ["تقرير", "دورة"]
    assert page.model.rowCount() == 1


def test_the_real_search_runs_in_its_own_thread(window_factory, qtbot, demo):
    window = window_factory()
    window.library.save(demo)
    page = window.library_page
    page.search.setText("الاشاعه")
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.searcher.thread.is_alive()
    window.close()
    assert not page.searcher.thread.is_alive()
