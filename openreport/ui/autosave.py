"""Saving as the user types: within a second of the last change, off the window's thread.

The window's thread only turns the report into its JSON form (a few milliseconds even for a
large report); a worker thread with its own connection to the library writes it, in one
transaction. Closing the window saves what is pending before it goes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from openreport import serialization
from openreport.errors import UserError
from openreport.model import Report
from openreport.storage import Library

DELAY_MS = 700  # «every change is stored within one second»


class _Writer(QObject):
    saved = Signal(int)
    failed = Signal(str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.library: Library | None = None

    @Slot(int, object)
    def write(self, report_id: int, data: dict) -> None:
        try:
            if self.library is None:
                self.library = Library.open(self.path)
            report = serialization.report_from_data(data)
            report.id = report_id
            self.library.save(report)
            self.saved.emit(report_id)
        except UserError as error:
            self.failed.emit(str(error))
        except Exception:
            logging.getLogger(__name__).exception("autosave failed")
            self.failed.emit("تعذر الحفظ بسبب خطأ غير متوقع؛ التغييرات باقية في النافذة.")

    @Slot()
    def close(self) -> None:
        if self.library is not None:
            self.library.close()
            self.library = None


class Autosaver(QObject):
    """Schedules and performs the saves of the report being edited."""

    state_changed = Signal(str)  # "pending", "saving", "saved", or an error message
    _write = Signal(int, object)

    def __init__(self, library_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.in_flight = 0
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.thread = QThread(self)
        self.writer = _Writer(library_path)
        self.writer.moveToThread(self.thread)
        self._write.connect(self.writer.write)
        self.writer.saved.connect(self._saved)
        self.writer.failed.connect(self._failed)
        self.thread.start()

    def watch(self, report: Report | None) -> None:
        """Save ``report`` from now on (what was pending for the previous one is saved first)."""
        self.flush()
        self.report = report

    def changed(self) -> None:
        self.pending = True
        self.state_changed.emit("pending")
        self.timer.start()

    def flush(self) -> None:
        """Hand what is pending to the writer now."""
        self.timer.stop()
        if not self.pending or self.report is None or self.report.id is None:
            return
        self.pending = False
        self.in_flight += 1
        self.state_changed.emit("saving")
        self._write.emit(self.report.id, serialization.report_to_data(self.report))

    def _saved(self, _report_id: int) -> None:
        self.in_flight -= 1
        if not self.in_flight and not self.pending:
            self.state_changed.emit("saved")

    def _failed(self, message: str) -> None:
        self.in_flight -= 1
        self.pending = True  # try again at the next change
        self.state_changed.emit(message)

    def is_saved(self) -> bool:
        return not self.pending and not self.in_flight

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Flush and wait until the writer has written everything (at close)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        self.flush()
        deadline = QDeadlineTimer(timeout_ms)
        while self.in_flight and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return self.in_flight == 0

    def shutdown(self) -> None:
        self.wait()
        from PySide6.QtCore import QMetaObject, Qt

        QMetaObject.invokeMethod(self.writer, "close", Qt.ConnectionType.BlockingQueuedConnection)
        self.thread.quit()
        self.thread.wait()
