"""Saving as the user types: within a second of the last change, off the window's thread.

The window's thread only turns the report into its JSON form (a few milliseconds even for a
large report) and queues it; a writer thread with its own connection to the library writes
it in one transaction. Only plain values cross between the threads: a queue carries the
data, and the writer reports back through Qt signals carrying the failure's kind and message.
One save is in flight at a time: what changes meanwhile is saved when it ends. A failed save
is tried again every few seconds (the edit stays pending) until it succeeds.
Closing the window waits for what is pending.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from openreport import serialization
from openreport.errors import UserError
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.model import Report
from openreport.storage import Library
from openreport.storage.errors import LibraryGoneError
from openreport.ui.labels import shown

DELAY_MS = 700  # «every change is stored within one second»
RETRY_MS = 3000  # a failed save is tried again this long after it failed
UNEXPECTED = said(
    QT_TRANSLATE_NOOP("Saving", "تعذر الحفظ بسبب خطأ غير متوقع؛ التغييرات باقية في النافذة.")
)
_STOP = object()
CONFLICT = "SaveConflictError"  # another window or program saved the report meanwhile
GONE = "LibraryGoneError"  # the file was deleted or moved, or its drive vanished: a new
# connection would open whatever is at the path now, so the old one is kept


class Autosaver(QObject):
    """Schedules and performs the saves of the report being edited."""

    state_changed = Signal(str)  # "pending", "saving", "saved", or an Arabic error message
    failed = Signal(str, str)  # a save failed: the failure's class name, its Arabic message
    recovered = Signal()  # a save succeeded after one or more failures
    _done = Signal(str, str)  # from the writer: ("", "") or the failure's kind and message

    def __init__(self, library_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(library_path)
        self.report: Report | None = None
        self.pending = False
        self.last_error = ""  # the message of the last failure, "" once a save succeeded
        self.last_kind = ""
        self._writer_failed = False  # set by the writer before it marks its job done
        # report id -> the revision of the last save, written by the writer before it marks
        # its job done: the next save is conditional on it (never on a stale revision)
        self.revisions: dict[int, int | None] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        # A single-shot timer started again is not started twice: retries never pile up.
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)
        self._done.connect(self._finished)
        self.queue: queue.Queue = queue.Queue()
        self.thread = threading.Thread(target=self._run, name="openreport-autosave", daemon=True)
        self.thread.start()

    # -- the window's side -----------------------------------------------------------------

    def watch(self, report: Report | None) -> None:
        """Save ``report`` from now on (what was pending for the previous one is saved first,
        after the save in flight if there is one)."""
        if self.pending:
            self.wait()
        self.report = report
        if report is not None and report.id is not None:
            self.revisions[report.id] = report.revision

    def changed(self) -> None:
        self.pending = True
        self.state_changed.emit("pending")
        self.timer.start()

    def flush(self) -> None:
        """Hand what is pending to the writer now (or when the save in flight ends)."""
        self.timer.stop()
        if not self.pending or self.report is None or self.report.id is None:
            return
        if self.queue.unfinished_tasks:
            return  # one save at a time: _finished hands this one over
        self.pending = False
        self._writer_failed = False
        self.state_changed.emit("saving")
        report_id = self.report.id
        revision = self.revisions.get(report_id, self.report.revision)
        self.queue.put((report_id, revision, serialization.report_to_data(self.report)))

    def retry(self) -> None:
        """Try the failed save again now.

        A save still in flight (one the window started while the cause lasted) ends first and
        its news is heard: otherwise the retry would wait behind it and, when it failed, be
        swallowed with it."""
        self.retry_timer.stop()
        self._settle()
        if self.report is not None and self.last_error:
            self.pending = True
        self.flush()

    def retarget(self, library_path: Path) -> None:
        """Save into another library file from the next save on (a copy saved elsewhere)."""
        self.path = Path(library_path)

    def mark_saved(self) -> None:
        """What is in the window was saved by other means (into a copy of the library)."""
        self.pending = False
        self.last_error = self.last_kind = ""
        self.retry_timer.stop()
        if self.report is not None and self.report.id is not None:
            self.revisions[self.report.id] = self.report.revision
        self.state_changed.emit("saved")

    def discard(self) -> None:
        """Forget what is pending: the user chose to close without saving it."""
        self.timer.stop()
        self.retry_timer.stop()
        self.pending = False
        self.report = None
        self.last_error = self.last_kind = ""

    def is_saved(self) -> bool:
        return not self.pending and self.queue.unfinished_tasks == 0 and not self.last_error

    def _settle(self, timeout: float = 10.0) -> None:
        """Wait for the save in flight, then hear its news."""
        deadline = time.monotonic() + timeout
        while self.queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.002)
        QCoreApplication.sendPostedEvents(self)

    def wait(self, timeout: float = 10.0) -> bool:
        """Flush and wait until the writer has written everything (or failed)."""
        deadline = time.monotonic() + timeout
        self.flush()
        while time.monotonic() < deadline:
            if self.queue.unfinished_tasks:
                time.sleep(0.002)
            elif self.pending and not self._writer_failed and self.report is not None:
                self.flush()  # what changed while the last save was in flight
            else:
                break
        QCoreApplication.sendPostedEvents(self)  # deliver the writer's news now
        return self.queue.unfinished_tasks == 0

    def shutdown(self) -> None:
        self.wait()
        self.retry_timer.stop()
        self.queue.put(_STOP)
        self.thread.join(timeout=10)

    def _finished(self, kind: str, error: str) -> None:
        report = self.report
        if report is not None and report.id in self.revisions:
            report.revision = self.revisions[report.id]
        had_failed = bool(self.last_error)
        self.last_error, self.last_kind = error, kind
        if error:
            self.pending = True  # kept, and tried again shortly
            self.state_changed.emit(error)
            if kind != CONFLICT:  # trying again would only fail again: the user decides
                self.retry_timer.start()
            self.failed.emit(kind, error)
            return
        self.retry_timer.stop()
        if had_failed:
            self.recovered.emit()
        if self.pending:
            self.flush()
        elif self.queue.unfinished_tasks == 0:
            self.state_changed.emit("saved")

    # -- the writer thread -------------------------------------------------------------------

    def _run(self) -> None:
        library: Library | None = None
        while True:
            job = self.queue.get()
            if job is _STOP:
                self.queue.task_done()
                break
            library, kind, error = self._write(library, *job)
            self._writer_failed = bool(error)
            self.queue.task_done()  # before the news, so that the window sees nothing pending
            self._done.emit(kind, error)
        if library is not None:
            library.close()

    def _open(self) -> Library:
        """The writer's connection; never creates: a library that vanished must not come
        back empty."""
        if not self.path.exists():
            raise LibraryGoneError.at(self.path)
        return Library.open(self.path, create=False)

    def _write(self, library: Library | None, report_id: int, revision: int | None, data: dict):
        """Write one report; returns the connection to keep, and the failure if any."""
        kind = error = ""
        try:
            if library is not None and library.path != self.path:
                library.close()
                library = None
            if library is None:
                library = self._open()
            report = serialization.report_from_data(data)
            report.id, report.revision = report_id, revision
            library.save(report)
            self.revisions[report_id] = report.revision
        except UserError as failure:
            kind, error = type(failure).__name__, shown(failure)  # in the window's language
        except Exception:
            logging.getLogger(__name__).exception("autosave failed")
            kind, error = "Exception", shown(UNEXPECTED)
        if error and library is not None and kind != GONE:
            # opened again at the next try: the cause (a read-only file, a missing stick)
            # may be gone by then, and a connection opened read-only would stay so
            with contextlib.suppress(Exception):
                library.close()
            library = None
        return library, kind, error
