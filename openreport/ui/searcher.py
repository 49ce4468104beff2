"""The library's search, run off the window's thread: the newest query wins.

A search thread with its own connection to the library runs one query at a time; a query
typed while another runs replaces any that waits, and results that are no longer the newest
are dropped. Only plain values cross: the query text in, report summaries out, through a
Qt signal the window receives on its own thread.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from openreport.errors import UserError
from openreport.storage import Library, ReportSummary
from openreport.ui.labels import shown, tr

SearchFunction = Callable[[str], list[ReportSummary]]


class Searcher(QObject):
    """Runs the library's search in a thread of its own; ``found`` brings the newest result."""

    found = Signal(str, object)  # the query, and its list of ReportSummary
    failed = Signal(str, str)  # the query, and the Arabic message of why it failed
    _answer = Signal(int, str, object, str)  # from the thread: number, query, result, error

    def __init__(self, library_path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(library_path)
        self.function: SearchFunction | None = None  # by default, the library's search
        self.number = 0  # of the newest query asked
        self._waiting: tuple[int, str] | None = None
        self._wake = threading.Condition()
        self._stopping = False
        self._answer.connect(self._on_answer)
        self.thread = threading.Thread(target=self._run, name="openreport-search", daemon=True)
        self.thread.start()

    def search(self, query: str) -> None:
        """Search for ``query``; a query still waiting is forgotten."""
        self.number += 1
        with self._wake:
            self._waiting = (self.number, query)
            self._wake.notify()

    def cancel(self) -> None:
        """Forget the queries asked: their results will not be shown."""
        self.number += 1
        with self._wake:
            self._waiting = None

    def busy(self) -> bool:
        with self._wake:
            return self._waiting is not None or self._running

    def retarget(self, library_path: Path) -> None:
        self.path = Path(library_path)

    def shutdown(self) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self.thread.join(timeout=5)

    def _on_answer(self, number: int, query: str, result: object, error: str) -> None:
        if number != self.number:
            return  # a newer query was asked meanwhile
        if error:
            self.failed.emit(query, error)
        else:
            self.found.emit(query, result)

    # -- the search thread -------------------------------------------------------------------

    _running = False

    def _run(self) -> None:
        library: Library | None = None
        while True:
            with self._wake:
                while self._waiting is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    break
                (number, query), self._waiting = self._waiting, None
                self._running = True
            library, result, error = self._search(library, query)
            with self._wake:
                self._running = False
            self._answer.emit(number, query, result, error)
        if library is not None:
            library.close()

    def _search(self, library: Library | None, query: str):
        result: list[ReportSummary] = []
        error = ""
        try:
            if self.function is not None:
                return library, self.function(query), ""
            if library is not None and library.path != self.path:
                library.close()
                library = None
            if library is None:
                # reading only: no lock to take, nothing written (the window may be the
                # read-only second one)
                library = Library.open(self.path, read_only=True)
            result = library.search(query)
        except UserError as failure:
            error = shown(failure)
        except Exception:
            logging.getLogger(__name__).exception("search failed")
            error = tr("تعذر البحث بسبب خطأ غير متوقع.")
        if error and library is not None:
            with contextlib.suppress(Exception):
                library.close()
            library = None
        return library, result, error
