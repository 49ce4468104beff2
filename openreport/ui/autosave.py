"""Saving as the user types: within a second of the last change, off the window's thread.

The window's thread only turns the report into its JSON form (a few milliseconds even for a
large report) and queues it; a writer thread with its own connection to the library writes
it in one transaction. Only plain values cross between the threads: a queue carries the
data, and the writer reports back through Qt signals carrying an id or a message.
Closing the window waits for what is pending.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from openreport import serialization
from openreport.errors import UserError
from openreport.model import Report
from openreport.storage import Library

DELAY_MS = 700  # «every change is stored within one second»
_STOP = object()


class Autosaver(QObject):
    """Schedules and performs the saves of the report being edited."""

    state_changed = Signal(str)  # "pending", "saving", "saved", or an Arabic error message
    _done = Signal(str)  # "" when a save succeeded, else its error message (from the writer)

    def __init__(self, library_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(library_path)
        self.report: Report | None = None
        self.pending = False
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self._done.connect(self._finished)
        self.queue: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="openreport-autosave", daemon=True)
        self.thread.start()

    # -- the window's side -----------------------------------------------------------------

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
        self.state_changed.emit("saving")
        self.queue.put((self.report.id, serialization.report_to_data(self.report)))

    def is_saved(self) -> bool:
        return not self.pending and self.queue.unfinished_tasks == 0 and not self.last_error

    def wait(self, timeout: float = 10.0) -> bool:
        """Flush and wait until the writer has written everything."""
        self.flush()
        deadline = time.monotonic() + timeout
        while self.queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.002)
        QCoreApplication.sendPostedEvents(self)  # deliver the writer's news now
        return self.queue.unfinished_tasks == 0

    def shutdown(self) -> None:
        self.wait()
        self.queue.put(_STOP)
        self.thread.join(timeout=10)

    def _finished(self, error: str) -> None:
        self.last_error = error
        if error:
            self.pending = True  # tried again at the next change
            self.state_changed.emit(error)
        elif not self.pending and self.queue.unfinished_tasks == 0:
            self.state_changed.emit("saved")

    # -- the writer thread -------------------------------------------------------------------

    def _run(self) -> None:
        library: Library | None = None
        while True:
            job = self.queue.get()
            if job is _STOP:
                self.queue.task_done()
                break
            report_id, data = job
            error = ""
            try:
                if library is None:
                    library = Library.open(self.path)
                report = serialization.report_from_data(data)
                report.id = report_id
                library.save(report)
            except UserError as failure:
                error = str(failure)
            except Exception:
                logging.getLogger(__name__).exception("autosave failed")
                error = "تعذر الحفظ بسبب خطأ غير متوقع؛ التغييرات باقية في النافذة."
            self.queue.task_done()  # before the news, so that the window sees nothing pending
            self._done.emit(error)
        if library is not None:
            library.close()
