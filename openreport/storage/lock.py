"""One OpenReport per library: a lock file beside it, held with the operating system's lock.

The lock is ``LIB.lock`` beside ``LIB`` (removed when released), locked with ``fcntl.flock``
(POSIX) or ``msvcrt.locking`` (Windows). The operating system releases it when the process
ends, however it ends, so a lock left by a crash is free again: there is no PID file to go
stale. Inside one process every :class:`LibraryLock` of the same library shares one descriptor
(the window and its autosave writer both open the library); the lock is released with the
last of them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import threading
from pathlib import Path

from openreport.errors import os_cause
from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.storage.errors import (
    LibraryError,
    LibraryInUseError,
    NotALibraryError,
    ReadOnlyLibraryError,
)

_HELD: dict[str, list[int]] = {}  # resolved lock path -> [descriptor, users]
_GUARD = threading.Lock()


def lock_path(library: Path) -> Path:
    """The lock file of the library at ``library``."""
    return library.with_name(library.name + ".lock")


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock on ``fd`` without waiting; False when another process holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> int:
    try:
        # 0600: the lock file says who uses the library, which is no one else's business.
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as error:
        if error.errno == errno.ENOENT:
            raise NotALibraryError(
                said(
                    QT_TRANSLATE_NOOP("Library", "المجلد {folder} غير موجود."),
                    folder=str(path.parent),
                )
            ) from None
        if not os.access(path.parent, os.W_OK) or error.errno == errno.EROFS:
            raise ReadOnlyLibraryError(
                said(
                    QT_TRANSLATE_NOOP("Library", "تعذر فتح المكتبة {folder}: المجلد للقراءة فقط."),
                    folder=str(path.parent),
                )
            ) from None
        raise LibraryError(
            said(
                QT_TRANSLATE_NOOP("Library", "تعذر إنشاء ملف القفل {path}: {cause}."),
                path=str(path),
                cause=os_cause(error),
            )
        ) from None


def _acquire(path: Path) -> int | None:
    """A descriptor of ``path`` holding its lock, or None when another process holds it.

    The lock file is removed when released; a descriptor opened just before that removal
    would lock a file that is no longer at ``path``, so the lock is taken again on the new one.
    """
    for _ in range(10):
        fd = _open_lock_file(path)
        if not _try_lock(fd):
            os.close(fd)
            return None
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except OSError:
            same = False
        if same:
            return fd
        os.close(fd)
    return None


class LibraryLock:
    """The lock of one library, held until :meth:`release`; raises :class:`LibraryInUseError`."""

    def __init__(self, library: Path) -> None:
        self.path = lock_path(Path(library))
        self._key = str(self.path.resolve())
        self._held = False
        with _GUARD:
            entry = _HELD.get(self._key)
            if entry is not None:
                entry[1] += 1
                self._held = True
                return
            fd = _acquire(self.path)
            if fd is None:
                raise LibraryInUseError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "Library",
                            "المكتبة {path} مفتوحة في نافذة أخرى من OpenReport أو في برنامج آخر؛"
                            " أغلقها أولا أو افتح المكتبة للقراءة فقط.",
                        ),
                        path=str(library),
                    )
                )
            with contextlib.suppress(OSError):
                # Who holds it, for a person looking at the folder; the lock itself is the OS's.
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
            _HELD[self._key] = [fd, 1]
            self._held = True

    @staticmethod
    def is_held_elsewhere(library: Path) -> bool:
        """Whether another process holds the lock of ``library`` (not this process's own)."""
        path = lock_path(Path(library))
        with _GUARD:
            if str(path.resolve()) in _HELD or not path.exists():
                return False
            try:
                fd = os.open(path, os.O_RDWR)
            except OSError:
                return False
            try:
                if not _try_lock(fd):
                    return True
                _unlock(fd)
                return False
            finally:
                os.close(fd)  # an flock belongs to its descriptor: closing it releases only it

    def release(self) -> None:
        """Give the lock back and remove the lock file."""
        if not self._held:
            return
        self._held = False
        with _GUARD:
            entry = _HELD.get(self._key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] == 0:
                del _HELD[self._key]
                # Removed while still held, so that no folder keeps a lock file of a library
                # that is closed (_acquire copes with a descriptor opened just before).
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
                os.close(entry[0])

    def __enter__(self) -> LibraryLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
