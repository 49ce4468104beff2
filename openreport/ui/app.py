"""Start-up: language, direction and font decided once, the library opened, the window shown."""

from __future__ import annotations

import argparse
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from openreport import __version__
from openreport.errors import UserError
from openreport.render.qt.fonts import installed_families
from openreport.resources import APP_ICON
from openreport.ui.focus_style import use_focus_ring
from openreport.ui.labels import shown, tr
from openreport.ui.language import chosen_language, follow_the_interface, install_language

UI_FONTS = ("Noto Sans Arabic", "Noto Naskh Arabic", "Amiri", "DejaVu Sans")


def use_font_substitutions() -> None:
    """On Linux, draw the Windows Arabic faces a report names with their closest free faces
    (the same substitutions LibreOffice gets), so the preview looks like the printed report."""
    if sys.platform.startswith("linux") and "FONTCONFIG_FILE" not in os.environ:
        from openreport.resources import FONTS  # the file LibreOffice is given too

        os.environ["FONTCONFIG_FILE"] = str(FONTS / "fonts.conf")


def setup_application(argv: list[str] | None = None, language: str | None = "ar") -> QApplication:
    """The QApplication with its language (``None``: the one chosen in the settings or the
    system's), translations, direction and font installed once."""
    if QApplication.instance() is None:
        use_font_substitutions()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("OpenReport")
    QCoreApplication.setApplicationName("OpenReport")
    QCoreApplication.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(APP_ICON)))  # the icon the project draws, in every window
    app.setDesktopFileName("openreport")  # Wayland finds the icon through openreport.desktop
    if not getattr(app, "_openreport_ready", False):
        if language is None:  # the one chosen in the settings, or the system's
            language = chosen_language(QSettings())
        install_language(app, language)  # Qt's translators and ours, locale and direction
        families = installed_families()  # the shipped faces included, loaded here once
        for family in UI_FONTS:
            if family in families:
                font = QFont(family)
                font.setPointSize(11)
                app.setFont(font)
                break
        use_focus_ring(app)
        app._openreport_ready = True
    return app


def open_library(args: argparse.Namespace):
    """The library the command line names; its rotating backup is taken once the window shows
    (:func:`back_up_after_showing`), so that start-up does not grow with the library."""
    from openreport.actions import open_library

    return open_library(
        getattr(args, "library", None), demo=getattr(args, "demo", False), backup="later"
    )


class BackupRelay(QObject):
    """Brings the backup thread's failure to the window's thread."""

    failed = Signal(object)  # the failure as made (a message the window says in its language)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.failed.connect(self.say)

    def say(self, message: str) -> None:
        QMessageBox.warning(
            self.window,
            tr("النسخة الاحتياطية"),
            shown(message)
            + "\n\n"
            + tr("التقارير محفوظة في المكتبة؛ ستعاد المحاولة عند التشغيل المقبل."),
        )


def back_up_after_showing(window: QWidget, library) -> None:
    """The start-up backup in a thread of its own, once the window is shown; a failure is
    said in a message, and the library stays open."""
    if not library.backup_pending:
        return
    relay = BackupRelay(window)
    window._backup_relay = relay
    library.back_up_later(lambda failure: failure and relay.failed.emit(failure))


def open_library_read_only(args: argparse.Namespace):
    """The library another OpenReport holds, opened read-only."""
    from openreport.actions import open_library

    return open_library(getattr(args, "library", None), write=False)


def first_came_forward(args: argparse.Namespace) -> bool:
    """Whether the OpenReport holding the library brought its window forward."""
    from pathlib import Path

    from openreport.paths import default_library_path
    from openreport.ui.single import ask_first_to_come_forward

    path = Path(getattr(args, "library", None) or default_library_path())
    if not ask_first_to_come_forward(path):
        return False
    print(
        f"openreport: المكتبة {path} مفتوحة في نافذة أخرى؛ جلبت تلك النافذة إلى الأمام.",
        file=sys.stderr,
    )
    return True


def run_application(args: argparse.Namespace) -> int:
    from openreport.storage import LibraryInUseError

    app = setup_application(language=None)
    try:
        try:
            library, demo_id = open_library(args)
        except LibraryInUseError:
            # another OpenReport holds the library: its window comes forward, or (a command
            # holds it) this one opens it read-only and says so
            if getattr(args, "open_file", None) is None and first_came_forward(args):
                return 0
            library, demo_id = open_library_read_only(args)
    except UserError as error:
        QMessageBox.critical(None, "OpenReport", shown(error))
        print(f"openreport: {error}", file=sys.stderr)
        return 1
    from openreport.ui.main_window import MainWindow

    settings = QSettings()
    window = MainWindow(library, settings)
    follow_the_interface(window)  # in French, the forms take its direction before it shows
    if not window.read_only and demo_id is None:
        from openreport.ui.single import ComeForwardServer

        window.come_forward = ComeForwardServer(window, library.path)
    window.show()
    back_up_after_showing(window, library)
    if demo_id is not None:
        window.open_report(demo_id)
    else:
        window.restore_last()
    if getattr(args, "open_file", None):  # a .openreport file opened from the file manager
        window.outputs.import_path(str(args.open_file))
    code = app.exec()
    window.library.close()  # the one it works on (a copy saved elsewhere, perhaps)
    if window.library is not library:
        library.close()
    return code
