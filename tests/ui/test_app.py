"""Start-up, the library window, its actions, the trash and the search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from openreport.demo import demo_profile, demo_report
from openreport.model import Report
from openreport.ui.editor.base import SectionId


def has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_application_is_arabic_and_right_to_left(app):
    assert QApplication.isRightToLeft()
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    texts = [b.text() for b in buttons.buttons()]
    assert all(has_arabic(t) for t in texts), texts  # Qt's own qtbase_ar is installed


def test_every_visible_text_of_the_window_is_arabic(window_factory, demo):
    window = window_factory()
    window.library.save(demo)
    window.library_page.refresh()
    for action in window.findChildren(type(window.new_action)):
        if action.text():
            assert has_arabic(action.text()), action.text()
    for menu in window.menuBar().actions():
        assert has_arabic(menu.text())
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_empty_library_shows_the_start_screen_and_opens_the_demo(window_factory, qtbot):
    window = window_factory()
    page = window.library_page
    assert page.pages.currentWidget() is page.empty
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.editor
    assert window.editor.report.event.city == "السعيدية"
    assert window.library.has_profile()


def test_new_report_with_ctrl_n(window_factory, qtbot):
    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    window.new_action.trigger()
    assert window.pages.currentWidget() is window.editor
    report = window.editor.report
    assert report.id is not None
    assert report.closing.signature.signer.name == "رديفة الشاوني"  # the profile's focal point
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.export_action.shortcut().toString() == "Ctrl+E"


def test_first_new_report_asks_for_the_commune_profile(window_factory, monkeypatch):
    from openreport.ui.profile_dialog import ProfileDialog

    window = window_factory()
    asked = []

    def fill(dialog):
        asked.append(True)
        dialog.commune.setText("تطوان")
        return True

    monkeypatch.setattr(ProfileDialog, "exec", fill)
    window.new_action.trigger()
    assert asked and window.library.load_profile().commune_name == "تطوان"
    assert window.editor.report.id is not None
    window.show_library()
    window.new_action.trigger()
    assert len(asked) == 1  # asked once


def test_count_of_reports_is_arabic(window_factory, demo):
    window = window_factory()
    page = window.library_page
    assert page.count.text() == "لا تقارير"
    window.library.save(demo)
    page.refresh()
    assert page.count.text() == "تقرير واحد"


def test_search_as_you_type(window_factory, qtbot, demo):
    window = window_factory()
    window.library.save(demo)
    window.library.save(Report(title="تقرير عن دورة تكوينية"))
    page = window.library_page
    page.refresh()
    assert page.model.rowCount() == 2
    page.search.setText("الاشاعه")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.summary(0).uuid == demo.uuid
    page.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)


def test_sorting_by_column(window_factory, demo):
    window = window_factory()
    window.library.save(Report(title="ب تقرير"))
    window.library.save(Report(title="أ تقرير"))
    page = window.library_page
    page.refresh()
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = page.model.index(0, 0).data()
    assert first == "أ تقرير"


def test_trash_restore_and_empty(window_factory, qtbot, monkeypatch, demo):
    window = window_factory()
    report_id = window.library.save(demo)
    page = window.library_page
    page.refresh()
    page.select_row(0)
    assert page.current_id() == report_id
    window.delete_action.trigger()
    assert window.library.list_reports() == []
    page.trash.setChecked(True)
    assert page.model.rowCount() == 1
    page.select_row(0)
    window.update_actions()
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    assert [s.id for s in window.library.list_reports()] == [report_id]
    window.library.delete(report_id)
    page.refresh()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.empty_trash_action.trigger()
    assert window.library.list_reports(trash=True) == []


def test_duplicate_for_the_next_edition(window_factory, demo):
    window = window_factory()
    window.library.save(demo)
    window.library_page.refresh()
    window.library_page.select_row(0)
    window.duplicate_action.trigger()
    copy = window.editor.report
    assert copy.id != demo.id and copy.event.start_date is None
    assert copy.event.name == demo.event.name


def test_import_and_export_of_exchange_files(window_factory, tmp_path, monkeypatch, demo):
    from PySide6.QtWidgets import QFileDialog

    from openreport.storage.exchange import write_exchange_file

    window = window_factory()
    source = tmp_path / "from-colleague.openreport"
    write_exchange_file([demo], source)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    window.import_action.trigger()
    assert window.library_page.model.rowCount() == 1
    target = tmp_path / "sent.openreport"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.library_page.select_row(0)
    window.export_file_action.trigger()
    assert target.exists()


def test_profile_dialog_round_trip(window_factory, qtbot, monkeypatch):
    from openreport.ui.profile_dialog import ProfileDialog

    window = window_factory()
    dialog = ProfileDialog(demo_profile(), window.people, window)
    qtbot.addWidget(dialog)
    dialog.commune.setText("تطوان")
    dialog.letterhead.setPlainText("المملكة المغربية\nوزارة الداخلية\nجماعة تطوان")
    dialog.president.name.setText("سعاد")
    dialog.body_size.setValue(15)
    profile = dialog.result_profile()
    assert profile.commune_name == "تطوان"
    assert profile.letterhead == ["المملكة المغربية", "وزارة الداخلية", "جماعة تطوان"]
    assert profile.president.name == "سعاد" and profile.body_size == 15
    monkeypatch.setattr(ProfileDialog, "exec", lambda self: True)
    monkeypatch.setattr(ProfileDialog, "result_profile", lambda self: profile)
    window.profile_action.trigger()
    assert window.library.load_profile().commune_name == "تطوان"


def test_export_docx_action(window_factory, tmp_path, monkeypatch, demo):
    import docx
    from PySide6.QtWidgets import QFileDialog

    window = window_factory()
    window.library.save_profile(demo_profile())
    window.profile = window.library.load_profile()
    report_id = window.library.save(demo)
    window.open_report(report_id)
    target = tmp_path / "out.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    assert docx.Document(str(target)).paragraphs


def test_reopening_returns_to_the_last_report_and_section(window_factory, settings, demo):
    window = window_factory()
    report_id = window.library.save(demo_report())
    window.open_report(report_id)
    window.editor.show_section(SectionId.WORKSHOPS)
    assert int(settings.value("last/report")) == report_id
    assert settings.value("last/section") == "WORKSHOPS"  # the name: positions may change
    path = window.library.path
    window.close()
    from openreport.storage import Library

    again = window_factory(Library.open(path))
    assert again.restore_last()
    assert again.editor.report.id == report_id and again.editor.current_id() is SectionId.WORKSHOPS


def test_a_section_stored_as_a_number_by_an_older_version_opens_the_first(window_factory, settings):
    window = window_factory()
    report_id = window.library.save(demo_report())
    settings.setValue("last/report", report_id)
    settings.setValue("last/section", 3)
    assert window.restore_last()
    assert window.editor.current_id() is SectionId.EVENT
    settings.setValue("last/section", "CLOSING")
    window.show_library()
    settings.setValue("last/report", report_id)
    assert window.restore_last()
    assert window.editor.current_id() is SectionId.CLOSING
