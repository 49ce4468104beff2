"""Take a PNG of every window and editor section with the demo report (offscreen).

Run: python tools/screenshots.py [OUTDIR]   (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from openreport.demo import demo_profile, demo_report
from openreport.storage import Library
from openreport.ui.app import setup_application

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def grab(widget, path: Path) -> Path:
    QApplication.processEvents()
    widget.grab().save(str(path))
    return path


def main(out: Path = OUT) -> list[Path]:
    from openreport.ui.editor.base import SectionId
    from openreport.ui.main_window import MainWindow
    from openreport.ui.profile_dialog import ProfileDialog

    out.mkdir(parents=True, exist_ok=True)
    setup_application()
    folder = Path(tempfile.mkdtemp(prefix="openreport-shots-"))
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    shots = []
    with Library.open(folder / "empty.sqlite") as empty:
        window = MainWindow(empty, settings)
        window.resize(1200, 800)
        window.show()
        shots.append(grab(window, out / "01-start-screen.png"))
        window.close()
    library = Library.open(folder / "library.sqlite")
    library.save_profile(demo_profile())
    report_id = library.save(demo_report())
    draft = demo_report()
    draft.uuid, draft.title, draft.status = (
        "draft-copy",
        "تقرير عن اجتماع لجنة التتبع",
        draft.status.DRAFT,
    )
    library.save(draft)
    window = MainWindow(library, settings)
    window.resize(1200, 800)
    window.show()
    shots.append(grab(window, out / "02-library.png"))
    dialog = ProfileDialog(window.profile, window.people, window)
    dialog.show()
    shots.append(grab(dialog, out / "03-profile.png"))
    dialog.close()
    window.open_report(report_id)
    editor = window.editor
    for number, (section_id, section) in enumerate(editor.sections.items(), start=1):
        editor.show_section(section_id)
        if section_id is SectionId.PROGRAMME:  # show an item with speakers
            section.rebuild(select=(0, 0, 1))
        if section_id is SectionId.WORKSHOPS:
            section.chooser.block.setCurrentIndex(0)
            section.chooser.workshop.setCurrentIndex(2)
            section.interventions_table.select_row(0)
        name = f"{number + 3:02d}-section-{number}.png"
        shots.append(grab(window, out / name))
    window.close()
    library.close()
    return shots


if __name__ == "__main__":
    for shot in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(shot)
