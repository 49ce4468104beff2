"""The profile dialog checks a commune's template when it is chosen and says why it is refused."""

import docx

from openreport.demo import demo_profile
from tests.helpers.language import unmarked


def choose(dialog, monkeypatch, path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    warnings = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kw: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog.choose_template()
    return warnings


def test_a_broken_template_is_refused_when_chosen(app, qtbot, tmp_path, monkeypatch):
    from openreport.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(demo_profile())
    qtbot.addWidget(dialog)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a document")
    warnings = choose(dialog, monkeypatch, broken)
    assert [unmarked(text) for text in warnings] == [
        "لا يمكن استعمال القالب broken.docx: ليس مستند Word سليما."
    ]
    assert dialog.result_profile().template_path == ""
    good = tmp_path / "good.docx"
    docx.Document().save(good)
    assert choose(dialog, monkeypatch, good) == []
    assert dialog.result_profile().template_path == str(good)
