"""On the workstation: the window shows the icon the project draws (resources/icons/openreport.svg),
not a stock one, and the export dialogs offer file names Windows accepts."""

from __future__ import annotations

from pathlib import Path

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


def test_the_export_dialogs_offer_a_name_windows_accepts(
    window_factory, monkeypatch, tmp_path, demo
):
    # A title with what Windows refuses: the dialog proposes a name it accepts, Arabic kept,
    # in the folder used last, and the export goes where the user said.
    from PySide6.QtWidgets import QFileDialog

    window = window_factory()
    demo.title = 'CON: تقرير "الملتقى" 2024/2025؟ '
    window.open_report(window.library.save(demo))
    window.settings.setValue("last/folder", str(tmp_path))
    offered = []

    def ask(parent, title, proposed, filters):
        offered.append((proposed, filters))
        return str(tmp_path / Path(proposed).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.export_action.trigger()
    window.outputs.export_pdf()
    assert [Path(p).name for p, _ in offered] == [
        "CON- تقرير -الملتقى- 2024-2025؟.docx",
        "CON- تقرير -الملتقى- 2024-2025؟.pdf",
    ]
    assert all(Path(p).parent == tmp_path for p, _ in offered)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".pdf")) == [
        "CON- تقرير -الملتقى- 2024-2025؟.docx",
        "CON- تقرير -الملتقى- 2024-2025؟.pdf",
    ]
