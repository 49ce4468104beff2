"""The root of OpenReport's expected failures: each carries a one-line Arabic message, made
with :func:`openreport.messages.said` so that the window can say it in its own language."""

from __future__ import annotations

import errno

from openreport.messages import QT_TRANSLATE_NOOP, Message, Template, said


class UserError(Exception):
    """A failure the user can act on (bad file, full disk, …); ``str()`` is Arabic."""


# The operating system's failures the user meets, in Arabic: OSError.strerror is English (or
# the system's locale) and is never shown as it is.
_CAUSES_BY_NAME = {
    "ENOSPC": QT_TRANSLATE_NOOP("System", "القرص ممتلئ"),
    "EDQUOT": QT_TRANSLATE_NOOP("System", "نفدت المساحة المخصصة لك على القرص"),
    "EROFS": QT_TRANSLATE_NOOP("System", "القرص أو المجلد للقراءة فقط"),
    "EACCES": QT_TRANSLATE_NOOP("System", "لا يسمح النظام بالوصول"),
    "EPERM": QT_TRANSLATE_NOOP("System", "لا يسمح النظام بهذه العملية"),
    "ENOENT": QT_TRANSLATE_NOOP("System", "الملف أو المجلد غير موجود"),
    "ENOTDIR": QT_TRANSLATE_NOOP("System", "جزء من المسار ليس مجلدا"),
    "EISDIR": QT_TRANSLATE_NOOP("System", "المسار مجلد وليس ملفا"),
    "EEXIST": QT_TRANSLATE_NOOP("System", "الملف موجود من قبل"),
    "EBUSY": QT_TRANSLATE_NOOP("System", "الملف مستعمل من طرف برنامج آخر"),
    "ETXTBSY": QT_TRANSLATE_NOOP("System", "الملف مستعمل من طرف برنامج آخر"),
    "EIO": QT_TRANSLATE_NOOP("System", "خطأ في القراءة أو الكتابة على القرص"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("System", "اسم الملف أطول من المسموح به"),
    "EXDEV": QT_TRANSLATE_NOOP("System", "لا يمكن النقل بين قرصين مختلفين"),
    "EMFILE": QT_TRANSLATE_NOOP("System", "عدد الملفات المفتوحة بلغ الحد الأقصى"),
    "ENFILE": QT_TRANSLATE_NOOP("System", "عدد الملفات المفتوحة بلغ الحد الأقصى"),
    "ENODEV": QT_TRANSLATE_NOOP("System", "القرص غير متاح"),
    "ENXIO": QT_TRANSLATE_NOOP("System", "القرص غير متاح"),
    "ESTALE": QT_TRANSLATE_NOOP("System", "القرص الشبكي غير متاح"),
    "EAGAIN": QT_TRANSLATE_NOOP("System", "الملف مقفل من طرف برنامج آخر"),
    "ELOOP": QT_TRANSLATE_NOOP("System", "المسار يدور على نفسه بروابط رمزية"),
}
# By number, for the names this system knows (Windows has no EDQUOT, for one).
_OS_CAUSES: dict[int, Template] = {
    getattr(errno, name): cause for name, cause in _CAUSES_BY_NAME.items() if hasattr(errno, name)
}


def os_cause(error: OSError) -> Message:
    """The cause of an operating-system failure in Arabic, never the system's own text."""
    cause = _OS_CAUSES.get(error.errno or 0)
    if cause is not None:
        return said(cause)
    if error.errno:
        return said(
            QT_TRANSLATE_NOOP("System", "خطأ من نظام التشغيل رقم {number}"), number=error.errno
        )
    return said(QT_TRANSLATE_NOOP("System", "خطأ من نظام التشغيل"))
