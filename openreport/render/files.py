"""Writing an exported file safely: beside the target, then renamed into place."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from openreport.errors import UserError


class ExportError(UserError):
    """The file could not be written; nothing was left behind and the library is unchanged."""


def _lock_files(target: Path) -> list[Path]:
    """The owner files Word and LibreOffice keep beside a document they have open."""
    name = target.name
    candidates = [f"~${name}", f".~lock.{name}#"]
    if len(target.stem) > 6:
        candidates.append(f"~${name[2:]}")
    return [target.with_name(c) for c in candidates]


def write_atomically(save, target: str | os.PathLike) -> Path:
    """Call ``save(file)`` on a temporary file beside ``target``, then rename it into place.

    On any failure the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"المجلد {folder} غير موجود.")
    if any(lock.exists() for lock in _lock_files(target)):
        raise ExportError(f"الملف {target.name} مفتوح حاليا في برنامج آخر؛ أغلقه ثم أعد المحاولة.")
    if target.exists() and not target.stat().st_mode & stat.S_IWUSR:
        raise ExportError(f"الملف {target.name} للقراءة فقط؛ اختر اسما آخر أو غير خصائصه.")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(_os_message(error, folder)) from None
    try:
        with os.fdopen(fd, "wb") as file:
            save(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except OSError as error:
        _unlink_quietly(temp)
        raise ExportError(_os_message(error, target)) from None
    except BaseException:
        _unlink_quietly(temp)
        raise
    return target


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _os_message(error: OSError, where: Path) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"تعذر حفظ {where.name}: القرص ممتلئ."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY, errno.ETXTBSY):
        return f"تعذر حفظ {where.name}: الملف مفتوح في برنامج آخر أو لا يسمح بالكتابة."
    return f"تعذر حفظ {where.name}: {error.strerror or error}."
