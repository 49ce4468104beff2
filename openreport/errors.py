"""The root of OpenReport's expected failures: each carries a one-line Arabic message."""

from __future__ import annotations

import errno


class UserError(Exception):
    """A failure the user can act on (bad file, full disk, …); ``str()`` is Arabic."""


# The operating system's failures the user meets, in Arabic: OSError.strerror is English (or
# the system's locale) and is never shown as it is.
_CAUSES_BY_NAME = {
    "ENOSPC": "القرص ممتلئ",
    "EDQUOT": "نفدت المساحة المخصصة لك على القرص",
    "EROFS": "القرص أو المجلد للقراءة فقط",
    "EACCES": "لا يسمح النظام بالوصول",
    "EPERM": "لا يسمح النظام بهذه العملية",
    "ENOENT": "الملف أو المجلد غير موجود",
    "ENOTDIR": "جزء من المسار ليس مجلدا",
    "EISDIR": "المسار مجلد وليس ملفا",
    "EEXIST": "الملف موجود من قبل",
    "EBUSY": "الملف مستعمل من طرف برنامج آخر",
    "ETXTBSY": "الملف مستعمل من طرف برنامج آخر",
    "EIO": "خطأ في القراءة أو الكتابة على القرص",
    "ENAMETOOLONG": "اسم الملف أطول من المسموح به",
    "EXDEV": "لا يمكن النقل بين قرصين مختلفين",
    "EMFILE": "عدد الملفات المفتوحة بلغ الحد الأقصى",
    "ENFILE": "عدد الملفات المفتوحة بلغ الحد الأقصى",
    "ENODEV": "القرص غير متاح",
    "ENXIO": "القرص غير متاح",
    "ESTALE": "القرص الشبكي غير متاح",
    "EAGAIN": "الملف مقفل من طرف برنامج آخر",
    "ELOOP": "المسار يدور على نفسه بروابط رمزية",
}
# By number, for the names this system knows (Windows has no EDQUOT, for one).
_OS_CAUSES: dict[int, str] = {
    getattr(errno, name): cause for name, cause in _CAUSES_BY_NAME.items() if hasattr(errno, name)
}


def os_cause(error: OSError) -> str:
    """The cause of an operating-system failure in Arabic, never the system's own text."""
    cause = _OS_CAUSES.get(error.errno or 0)
    if cause is None:
        return f"خطأ من نظام التشغيل رقم {error.errno}" if error.errno else "خطأ من نظام التشغيل"
    return cause
