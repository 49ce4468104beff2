"""Writing an exported file safely: beside the target, then renamed into place.

An export is given the permissions the user's umask asks for (``mkstemp`` would leave it
readable by its owner only). Temporary copies of a report (the PDF routes' working folders)
live in private folders named with :data:`TEMP_PREFIX`; they are removed when the export ends,
however it ends, and those a crashed earlier run left behind are removed at the next start
(:func:`remove_stale_temporary_folders`); a half-written export left beside its target by a
crash is removed by the next export to that target.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import io
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from openreport.errors import UserError, os_cause
from openreport.messages import QT_TRANSLATE_NOOP, Message, said

TEMP_PREFIX = "openreport-tmp-"
STALE_AFTER = 15 * 60  # seconds: far beyond the longest conversion (LibreOffice's 180 s limit)


class ExportError(UserError):
    """The file could not be written; nothing was left behind and the library is unchanged."""


def _lock_files(target: Path) -> list[Path]:
    """The owner files Word and LibreOffice keep beside a document they have open."""
    name = target.name
    candidates = [f"~${name}", f".~lock.{name}#"]
    if len(target.stem) > 6:
        candidates.append(f"~${name[2:]}")
    return [target.with_name(c) for c in candidates]


def _refuse_unwritable(target: Path, folder: Path) -> None:
    """Refuse, before anything is written, a target whose folder is missing, that Word or
    LibreOffice holds open, or that is read-only."""
    if not folder.is_dir():
        raise ExportError(
            said(QT_TRANSLATE_NOOP("Export", "المجلد {folder} غير موجود."), folder=str(folder))
        )
    if any(lock.exists() for lock in _lock_files(target)):
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP(
                    "Export", "الملف {name} مفتوح حاليا في برنامج آخر؛ أغلقه ثم أعد المحاولة."
                ),
                name=target.name,
            )
        )
    if target.exists() and not target.stat().st_mode & stat.S_IWUSR:
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP(
                    "Export", "الملف {name} للقراءة فقط؛ اختر اسما آخر أو غير خصائصه."
                ),
                name=target.name,
            )
        )


def write_atomically(save, target: str | os.PathLike) -> Path:
    """Call ``save(file)`` on a temporary file beside ``target``, then rename it into place.

    On any failure the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    _refuse_unwritable(target, folder)
    _remove_stale_partials(folder, target)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(  # the folder refuses a new file: the file and its folder named
            said(
                QT_TRANSLATE_NOOP("Export", "تعذر حفظ {name} في المجلد {folder}: {cause}."),
                name=target.name,
                folder=str(folder),
                cause=os_cause(error),
            )
        ) from None
    try:
        with os.fdopen(fd, "wb") as file:
            sink = _Sink(file)
            try:
                save(sink)
            finally:
                sink.die()
            file.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(file.fileno(), 0o666 & ~current_umask())
            os.fsync(file.fileno())
        os.replace(temp, target)
    except OSError as error:
        _unlink_quietly(temp)
        raise ExportError(_os_message(error, target)) from None
    except BaseException as error:
        _unlink_quietly(temp)
        # A writer that fails on a full disk may then fail again closing its archive (a
        # ValueError on a closed file): the cause the user needs is the OSError beneath.
        cause = _os_error_beneath(error)
        if cause is not None:
            raise ExportError(_os_message(cause, target)) from None
        raise
    return target


class _Sink(io.RawIOBase):
    """The temporary file as a writer sees it. Once the writer is done (or has failed), the
    file is no longer its own: a zip archive the writer left open (python-docx does on a full
    disk) then closes into nothing instead of into a closed file."""

    def __init__(self, file) -> None:
        super().__init__()
        self.file = file
        self.dead = False
        self.position = 0

    def die(self) -> None:
        if not self.dead:
            with contextlib.suppress(OSError, ValueError):
                self.position = self.file.tell()
            self.dead = True

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data) -> int:
        if not self.dead:
            return self.file.write(data)
        self.position += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        if not self.dead:
            return self.file.seek(offset, whence)
        self.position = offset if whence == 0 else self.position + offset
        return self.position

    def tell(self) -> int:
        return self.position if self.dead else self.file.tell()

    def flush(self) -> None:
        if not self.dead and not self.file.closed:
            self.file.flush()


def _remove_stale_partials(folder: Path, target: Path) -> None:
    """Remove the half-written copies of ``target`` a crashed earlier export left beside it."""
    now = time.time()
    uid = os.getuid() if hasattr(os, "getuid") else None
    for partial in folder.glob(f".{glob.escape(target.stem)}.*.tmp"):
        with contextlib.suppress(OSError):
            info = partial.lstat()
            mine = uid is None or info.st_uid == uid
            if mine and stat.S_ISREG(info.st_mode) and now - info.st_mtime > STALE_AFTER:
                partial.unlink()


def _os_error_beneath(error: BaseException) -> OSError | None:
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, OSError):
            return error
        error = error.__cause__ or error.__context__
        seen += 1
    return None


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _os_message(error: OSError, where: Path) -> Message:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        cause = said(QT_TRANSLATE_NOOP("Export", "القرص ممتلئ"))
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY):
        cause = said(QT_TRANSLATE_NOOP("Export", "الملف مفتوح في برنامج آخر أو لا يسمح بالكتابة"))
    else:
        cause = os_cause(error)
    return said(
        QT_TRANSLATE_NOOP("Export", "تعذر حفظ {name}: {cause}."), name=where.name, cause=cause
    )


def current_umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o077)  # elsewhere: set and put back at once
    os.umask(mask)
    return mask


@contextlib.contextmanager
def temporary_folder(kind: str) -> Iterator[Path]:
    """A private folder for temporary copies of a report, removed when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{kind}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_temporary_folders(*, now: float | None = None) -> int:
    """Remove this user's temporary folders left by a crashed earlier run; return how many."""
    now = time.time() if now is None else now
    removed = 0
    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return 0
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or (uid is not None and info.st_uid != uid):
            continue
        if now - info.st_mtime > STALE_AFTER:
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += not os.path.exists(entry.path)
    return removed
