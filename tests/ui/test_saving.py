"""A save that fails is told in a dialog, tried again, and never lost at close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from openreport.demo import demo_report
from openreport.storage import Library
from openreport.ui.editor.base import SectionId
from openreport.ui.saving import SaveFailureDialog
from tests.helpers.files import read_only


@pytest.fixture
def editing(window_factory, tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        report_id = library.save(demo_report())
    window = window_factory(Library.open(path))
    window.autosaver.retry_timer.setInterval(200)  # the test need not wait three seconds
    window.open_report(report_id)
    return window, path, report_id


def slogan(window):
    return window.editor.section(SectionId.EVENT).ui.slogan


def stored_slogan(path, report_id):
    # only once the window is done with the file: a connection opened and closed while the
    # window's is open leaves SQLite a writable descriptor that a read-only test would reuse
    with Library.open(path) as library:
        return library.load(report_id).event.slogan


def failure_dialog(window=None):
    """The save failure dialog shown (of ``window``, when given)."""
    widget = QApplication.activeModalWidget()
    if not isinstance(widget, SaveFailureDialog):
        return None
    return widget if window is None or widget.parent() is window else None


def answer_next_question(text: str) -> list[str]:
    """Click the button labelled ``text`` of the next modal question (within two seconds);
    returns what it said."""
    seen: list[str] = []
    tries = iter(range(100))

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or isinstance(box, SaveFailureDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, click)
    return seen


def test_a_failed_save_is_told_then_retried_until_it_succeeds(editing, qtbot):
    window, path, report_id = editing
    with read_only(path):
        slogan(window).setText("شعار كتب والمكتبة للقراءة فقط")
        qtbot.waitUntil(lambda: failure_dialog(window) is not None, timeout=5000)
        dialog = failure_dialog(window)
        assert "للقراءة فقط" in dialog.text()
        labels = {b.text() for b in dialog.buttons()}
        assert {"إعادة المحاولة", "حفظ نسخة في مكان آخر"} <= labels
        assert not window.autosaver.is_saved()
        qtbot.wait(700)  # several automatic retries fail meanwhile, one at a time
        assert window.autosaver.queue.unfinished_tasks <= 1
        assert failure_dialog(window) is dialog
    # the cause is gone: the next automatic retry stores the text and the dialog closes
    qtbot.waitUntil(lambda: window.autosaver.is_saved(), timeout=5000)
    qtbot.waitUntil(lambda: failure_dialog(window) is None, timeout=2000)
    assert stored_slogan(path, report_id) == "شعار كتب والمكتبة للقراءة فقط"
    assert window.save_state.text() == "تم حفظ كل التغييرات"


def test_the_retry_button_saves_at_once(editing, qtbot):
    window, path, report_id = editing
    window.autosaver.retry_timer.setInterval(60_000)  # only the button retries here
    with read_only(path):
        slogan(window).setText("نص ينتظر زر إعادة المحاولة")
        qtbot.waitUntil(lambda: failure_dialog(window) is not None, timeout=5000)
    failure_dialog(window).retry_button.click()
    assert window.autosaver.is_saved(), window.autosaver.last_error
    assert stored_slogan(path, report_id) == "نص ينتظر زر إعادة المحاولة"


def test_the_retry_is_not_swallowed_by_a_save_still_failing_in_flight(editing, qtbot):
    # A save the window started while the file was read-only may still be in flight when the
    # user clicks «إعادة المحاولة»: the retry is a new attempt after it, not lost with it.
    import time

    window, path, report_id = editing
    autosaver = window.autosaver
    autosaver.retry_timer.setInterval(60_000)
    write = autosaver._write

    def slow_write(*args):
        result = write(*args)
        time.sleep(0.4)  # its failure is told late, after the file is writable again
        return result

    with read_only(path):
        slogan(window).setText("نص أول")
        qtbot.waitUntil(lambda: failure_dialog(window) is not None, timeout=5000)
        autosaver._write = slow_write
        slogan(window).setText("نص ثان بعد الفشل")
        autosaver.flush()
        qtbot.waitUntil(lambda: autosaver.queue.unfinished_tasks == 1, timeout=2000)
        time.sleep(0.1)  # the slow save has failed and is still in flight
    failure_dialog(window).retry_button.click()
    assert autosaver.is_saved(), autosaver.last_error
    assert stored_slogan(path, report_id) == "نص ثان بعد الفشل"


def test_closing_is_refused_while_the_text_is_not_saved(editing, qtbot):
    window, path, report_id = editing
    with read_only(path):
        slogan(window).setText("نص لا يضيع عند الإغلاق")
        qtbot.waitUntil(lambda: failure_dialog(window) is not None, timeout=5000)
        failure_dialog(window).later_button.click()
        asked = answer_next_question("إعادة المحاولة")
        assert not window.close()
        assert asked and "للقراءة فقط" in asked[0]
        assert window.isVisible()
        assert window.editor.report.event.slogan == "نص لا يضيع عند الإغلاق"
    answer_next_question("إعادة المحاولة")
    assert window.close()  # the retry succeeds now: nothing is asked any more
    assert stored_slogan(path, report_id) == "نص لا يضيع عند الإغلاق"


def test_the_user_may_choose_to_discard_at_close(editing, qtbot):
    window, path, report_id = editing
    before = window.editor.report.event.slogan
    with read_only(path):
        slogan(window).setText("نص يتخلى عنه المستعمل")
        qtbot.waitUntil(lambda: failure_dialog(window) is not None, timeout=5000)
        failure_dialog(window).later_button.click()
        answer_next_question("الإغلاق دون حفظ")
        assert window.close()
    assert stored_slogan(path, report_id) == before


def test_a_save_conflict_is_shown_and_never_overwrites(editing, qtbot):
    window, path, report_id = editing
    other = Library.open(path)  # another window of this program, say, saved meanwhile
    try:
        theirs = other.load(report_id)
        theirs.event.slogan = "شعار حفظ في نافذة أخرى"
        other.save(theirs)
    finally:
        other.close()
    slogan(window).setText("شعار هذه النافذة")
    qtbot.waitUntil(lambda: failure_dialog(window) is not None, timeout=5000)
    dialog = failure_dialog(window)
    assert window.autosaver.last_kind == "SaveConflictError"
    assert not dialog.retry_button.isVisible()  # trying again would overwrite nothing either
    assert dialog.copy_button.text() == "حفظ نسختي كتقرير جديد"
    qtbot.wait(400)  # no automatic retry of a conflict
    assert window.library.load(report_id).event.slogan == "شعار حفظ في نافذة أخرى"
    dialog.copy_button.click()
    new_id = window.editor.report.id
    assert new_id != report_id
    assert window.library.load(report_id).event.slogan == "شعار حفظ في نافذة أخرى"
    assert window.library.load(new_id).event.slogan == "شعار هذه النافذة"
    slogan(window).setText("شعار بعد الحفظ كتقرير جديد")
    assert window.autosaver.wait() and window.autosaver.is_saved()
    assert window.library.load(new_id).event.slogan == "شعار بعد الحفظ كتقرير جديد"


def test_successive_saves_follow_their_own_revisions(editing, qtbot):
    window, _path, report_id = editing
    for n in range(3):
        slogan(window).setText(f"شعار رقم {n}")
        assert window.autosaver.wait()
        assert window.autosaver.is_saved(), window.autosaver.last_error
    assert window.library.load(report_id).event.slogan == "شعار رقم 2"


def test_a_vanished_library_is_saved_in_a_new_place(editing, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from openreport.ui.labels import shown_path

    window, path, report_id = editing
    stick = tmp_path / "stick"
    stick.mkdir()
    path.rename(stick / "moved.sqlite")  # moved away (or its USB stick pulled out)
    slogan(window).setText("نص كتب بعد اختفاء المكتبة")
    qtbot.waitUntil(lambda: failure_dialog(window) is not None, timeout=5000)
    dialog = failure_dialog(window)
    assert window.autosaver.last_kind == "LibraryGoneError"
    assert dialog.copy_button.text() == "حفظ في مكان جديد"
    assert not dialog.retry_button.isVisible()  # retrying could only fail again
    # the path reads left to right inside the Arabic sentence, its folders in order
    assert shown_path(str(path)) in dialog.text()
    assert shown_path(str(path)) == "\u2066" + str(path).replace("/", "/\u200e") + "\u2069"
    new_place = tmp_path / "new" / "library.sqlite"
    new_place.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new_place), ""))
    dialog.copy_button.click()
    assert window.library.path == new_place
    assert window.autosaver.is_saved()
    slogan(window).setText("نص كتب في المكان الجديد")
    assert window.autosaver.wait() and window.autosaver.is_saved()
    window.close()
    window.library.close()
    assert stored_slogan(new_place, report_id) == "نص كتب في المكان الجديد"


def test_leaving_an_unsaved_report_asks_first(editing, qtbot):
    window, path, report_id = editing
    with read_only(path):
        slogan(window).setText("نص لا يضيع عند العودة إلى المكتبة")
        qtbot.waitUntil(lambda: failure_dialog(window) is not None, timeout=5000)
        failure_dialog(window).later_button.click()
        asked = answer_next_question("إعادة المحاولة")
        window.show_library()
        assert asked
        assert window.in_editor()  # still there, with the text
        assert window.editor.report.event.slogan == "نص لا يضيع عند العودة إلى المكتبة"
    answer_next_question("إعادة المحاولة")
    window.show_library()
    assert not window.in_editor()
    assert window.library.load(report_id).event.slogan == "نص لا يضيع عند العودة إلى المكتبة"
