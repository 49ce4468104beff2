"""What the window and the command line both do, written once and without Qt: open a library,
export a report to DOCX or PDF (never onto the library or its companions), mark a report final."""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from openreport.compose.wording.ar_ma.grammar import LEXICON, Case, Noun, ordinal
from openreport.errors import UserError
from openreport.messages import QT_TRANSLATE_NOOP, Message, message_of, said
from openreport.model import CommuneProfile, Gender, Report, ReportStatus
from openreport.storage import Library
from openreport.storage.exchange import ImportOutcome
from openreport.validation import Problem, blocking, validate

PDF_ROUTES = ("qt", "libreoffice")  # how a PDF is made; the first is the default


def open_library(
    path: str | os.PathLike | None = None,
    *,
    demo: bool = False,
    backup: bool | str = False,
    write: bool = True,
) -> tuple[Library, int | None]:
    """The library at ``path`` (by default the per-user one), or a temporary demo library.

    Returns ``(library, report_id)``: the id of the demo report, or None. ``backup`` takes the
    start-up backup of a real library (``"later"``: once the window shows, see
    :meth:`Library.back_up_later`). ``write=False`` (a command that only reads) opens the
    library read-only when another OpenReport holds it or its folder cannot be written, instead
    of refusing (:class:`~openreport.storage.LibraryInUseError`). Stale temporary copies of
    reports left by a crashed earlier run are removed first. A demo library's folder is removed
    when the process ends."""
    from openreport.render.files import remove_stale_temporary_folders

    remove_stale_temporary_folders()
    if demo:
        from openreport.demo import open_demo_library

        library, report_id = open_demo_library()
        atexit.register(shutil.rmtree, library.path.parent, True)
        return library, report_id
    from openreport.paths import default_library_path

    path = Path(path or default_library_path())
    if not write and path.exists():
        # Reading needs no lock: beside a running instance, or in a folder that cannot be
        # written (a read-only share), the library is opened read-only instead of refused.
        if Library.is_in_use(path) or not os.access(path.parent, os.W_OK):
            return Library.open(path, read_only=True), None
    return Library.open(path, backup=backup), None


def check_export_target(target: str | os.PathLike, library: Library) -> None:
    """Refuse an output path that is the library, its log, its lock or one of its backups.

    Compared by resolved path and, for a file that exists, by identity (a hard link or a
    symbolic link to the library is the library).
    """
    target = Path(target)
    lib = library.path
    protected = [lib, *(lib.with_name(lib.name + s) for s in ("-wal", "-shm", "-journal"))]
    protected.append(lib.with_name(lib.name + ".lock"))
    resolved = _resolved(target)
    folder = _resolved(library.backup_dir)
    hit = resolved in {_resolved(p) for p in protected} or resolved.parent == folder
    if not hit and target.exists():
        for other in (*protected, *library.backups()):
            with contextlib.suppress(OSError):
                if other.exists() and os.path.samefile(target, other):
                    hit = True
                    break
    if hit:
        raise UserError(
            said(
                QT_TRANSLATE_NOOP(
                    "Export",
                    "لا يمكن الكتابة في {target}: إنه ملف مكتبة التقارير نفسها أو أحد ملفاتها أو"
                    " نسخها الاحتياطية؛ اختر اسما آخر.",
                ),
                target=str(target),
            )
        )


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


@dataclass(frozen=True)
class Exported:
    """A written file; for a PDF, the route that made it and the font its text is set in."""

    path: Path
    kind: str  # "docx" or "pdf"
    route: str = ""
    font: str = ""
    notice: str = ""  # what the user should know of how it was made (a message), or ""


def export_report(
    report: Report,
    profile: CommuneProfile,
    target: str | os.PathLike,
    *,
    pdf_route: str = PDF_ROUTES[0],
    library: Library | None = None,
) -> Exported:
    """Write ``report`` to ``target``: a PDF/A when the name ends in .pdf, else a DOCX.

    With ``library``, a target that is the library or one of its files is refused."""
    target = Path(target)
    if library is not None:
        check_export_target(target, library)
    if target.suffix.lower() == ".pdf":
        from openreport.render.pdf import export_pdf

        result = export_pdf(report, profile, target, route=pdf_route)
        notice = template_notice(profile) if result.route == "libreoffice" else ""
        return Exported(Path(result.path), "pdf", result.route, result.font, notice)
    from openreport.render.docx.writer import export_docx

    return Exported(
        Path(export_docx(report, profile, target)), "docx", notice=template_notice(profile)
    )


def template_notice(profile: CommuneProfile) -> str:
    """Why the commune's own template was set aside for the built-in one, or "" when it was
    used (or there is none): a template moved or spoilt since it was chosen is said, not
    silently replaced."""
    from openreport.render.docx.template import TemplateError, check_template

    if not profile.template_path.strip():
        return ""
    try:
        check_template(profile.template_path.strip())
    except TemplateError as error:
        return said(
            QT_TRANSLATE_NOOP("Export", "{error} استُعمل القالب المدمج في OpenReport بدلا منه."),
            error=message_of(error),
        )
    return ""


def write_exchange(library: Library, reports: list[Report], target: str | os.PathLike) -> Path:
    """Write ``reports`` to a .openreport exchange file (never onto ``library`` or its files)."""
    from openreport.storage.exchange import write_exchange_file

    check_export_target(target, library)
    return write_exchange_file(reports, Path(target))


# A year in a title or an event's name (Gregorian, or Hijri: «1446»), not part of a longer number.
_YEAR = re.compile(r"(?<![0-9])(?:19|20|14)[0-9]{2}(?![0-9])")
# Words an edition's number or ordinal follows: «الدورة 16»، «النسخة الثالثة»، «المنتدى الثاني».
_EDITION = "الدورة|النسخة|الطبعة|المنتدى|الملتقى|المعرض|المهرجان|اللقاء|المؤتمر|المناظرة"
_EDITION_NUMBER = re.compile(rf"((?:{_EDITION})\s+(?:الـ\s*|رقم\s+)?)([0-9]{{1,3}})(?![0-9])")
_ORDINAL_WORDS = {
    ordinal(n, gender): (n, gender) for n in range(1, 21) for gender in (Gender.MALE, Gender.FEMALE)
}
_EDITION_ORDINAL = re.compile(
    rf"((?:{_EDITION})\s+)("
    + "|".join(sorted(map(re.escape, _ORDINAL_WORDS), key=len, reverse=True))
    + r")(?![\w])"
)
NEW_COPY_MARK = "(نسخة جديدة)"


def next_edition(text: str) -> str:
    """``text`` (a title, an event's name) for the next edition: its years one later
    («2024» → «2025»، «2024-2025» → «2025-2026») and its edition's number or ordinal one more
    («الدورة 16» → «الدورة 17»، «الدورة السادسة عشرة» → «الدورة السابعة عشرة»)."""

    def word(match: re.Match) -> str:
        n, gender = _ORDINAL_WORDS[match[2]]
        return match[1] + (ordinal(n + 1, gender) if n < 20 else str(n + 1))

    text = _YEAR.sub(lambda match: str(int(match[0]) + 1), text)
    text = _EDITION_NUMBER.sub(lambda match: f"{match[1]}{int(match[2]) + 1}", text)
    return _EDITION_ORDINAL.sub(word, text)


def next_edition_title(title: str) -> str:
    """The title of the copy for the next edition: its year or edition advanced, else the
    title marked «(نسخة جديدة)» (an empty title stays empty: the suggested one is used)."""
    title = title.strip()
    advanced = next_edition(title)
    if advanced != title or not title:
        return advanced
    return f"{title} {NEW_COPY_MARK}"


def copy_for_next_edition(library: Library, report_id: int) -> int:
    """A new draft for the next edition of the report's event (see ``Library.duplicate``),
    titled so that it shows it is new; returns its id."""
    return library.duplicate(report_id, next_edition_title, next_edition)


def mark_final(report: Report) -> list[Problem]:
    """Mark ``report`` final unless something blocks it; returns what blocks it (then the
    report is left a draft)."""
    problems = blocking(validate(report, for_final=True))
    if not problems:
        report.status = ReportStatus.FINAL
    return problems


def reopen_draft(report: Report) -> None:
    """A final report becomes a draft again, to be edited."""
    report.status = ReportStatus.DRAFT


# The nouns the interface counts: what the wording's lexicon has, and a page.
REPORT = LEXICON["report"]
PAGE = Noun("صفحة", "صفحتان", "صفحتين", "صفحات", Gender.FEMALE, "صفحة")
COPY = Noun("نسخة", "نسختان", "نسختين", "نسخ", Gender.FEMALE, "نسخة")
# Each noun's counts as Arabic says them, marked for the interface's translator: one; two as a
# subject and otherwise; 3 to 10; 11 to 99; from 100; none (the noun's forms, written out for
# Qt's translation tools; a test holds them to the noun).
_COUNTS = {
    REPORT.singular: (
        QT_TRANSLATE_NOOP("Count", "تقرير واحد"),
        QT_TRANSLATE_NOOP("Count", "تقريران"),
        QT_TRANSLATE_NOOP("Count", "تقريرين"),
        QT_TRANSLATE_NOOP("Count", "{count} تقارير"),
        QT_TRANSLATE_NOOP("Count", "{count} تقريرا"),
        QT_TRANSLATE_NOOP("Count", "{count} تقرير"),
        QT_TRANSLATE_NOOP("Count", "0 تقرير"),
    ),
    PAGE.singular: (
        QT_TRANSLATE_NOOP("Count", "صفحة واحدة"),
        QT_TRANSLATE_NOOP("Count", "صفحتان"),
        QT_TRANSLATE_NOOP("Count", "صفحتين"),
        QT_TRANSLATE_NOOP("Count", "{count} صفحات"),
        QT_TRANSLATE_NOOP("Count", "{count} صفحة"),
        QT_TRANSLATE_NOOP("Count", "{count} صفحة"),
        QT_TRANSLATE_NOOP("Count", "0 صفحة"),
    ),
    COPY.singular: (
        QT_TRANSLATE_NOOP("Count", "نسخة واحدة"),
        QT_TRANSLATE_NOOP("Count", "نسختان"),
        QT_TRANSLATE_NOOP("Count", "نسختين"),
        QT_TRANSLATE_NOOP("Count", "{count} نسخ"),
        QT_TRANSLATE_NOOP("Count", "{count} نسخة"),
        QT_TRANSLATE_NOOP("Count", "{count} نسخة"),
        QT_TRANSLATE_NOOP("Count", "0 نسخة"),
    ),
}


def counted(n: int, noun: Noun, case: Case = Case.OBLIQUE) -> Message:
    """A count in an interface message, as Arabic says it, in digits from three: «تقرير واحد»،
    «تقريرين» (or «تقريران» as a subject), «3 تقارير»، «11 تقريرا»، «100 تقرير»."""
    if n < 0:
        raise ValueError("a count cannot be negative")
    one, two, two_oblique, few, many, hundreds, none = _COUNTS[noun.singular]
    tail = n % 100
    if n == 1:
        form = one
    elif n == 2:
        form = two if case is Case.NOMINATIVE else two_oblique
    elif 3 <= tail <= 10:
        form = few
    elif 11 <= tail <= 99:
        form = many
    elif n:  # 100, 101, 102, 200…
        form = hundreds
    else:
        form = none
    return said(form, count=n)


def imported_message(count: int) -> Message:
    """What an import says: «تم استيراد تقرير واحد»، «تم استيراد 3 تقارير»."""
    return said(QT_TRANSLATE_NOOP("Import", "تم استيراد {reports}"), reports=counted(count, REPORT))


def import_reports(library: Library, reports: list[Report], on_duplicate: str) -> ImportOutcome:
    """Add ``reports`` (read by :func:`~openreport.storage.exchange.read_report_file`) to the
    library in one transaction; a report the library holds already is skipped, kept as a
    copy titled «… (نسخة)», or replaces the library's (which goes to the trash)."""
    from openreport.compose import suggested_title
    from openreport.storage.exchange import import_with

    profile = library.load_profile()
    taken = {summary.title for summary in library.list_reports()}

    def retitle(report: Report) -> str:
        title = copy_title(report.title.strip() or suggested_title(report, profile), taken)
        taken.add(title)
        return title

    return import_with(library, reports, on_duplicate, retitle)


def copy_title(title: str, taken: set[str]) -> str:
    """A copy's title: «العنوان (نسخة)», then «(نسخة 2)»… when that one is taken."""
    candidate, number = f"{title} (نسخة)", 1
    while candidate in taken:
        number += 1
        candidate = f"{title} (نسخة {number})"
    return candidate


def outcome_message(outcome: ImportOutcome) -> Message:
    """«تم استيراد تقرير واحد»، with what became of the reports the library held already:
    «(نسخة إلى جانب الموجود: 1)»، «استُبدل تقرير واحد (القديم في سلة المحذوفات)»، «تُرك …»."""
    parts = [imported_message(len(outcome.ids))]
    if outcome.copies and len(outcome.ids) == 1:
        parts[0] = said(
            QT_TRANSLATE_NOOP("Import", "{imported}، نسخةً إلى جانب الموجود في المكتبة"),
            imported=parts[0],
        )
    elif outcome.copies:
        parts.append(
            said(
                QT_TRANSLATE_NOOP("Import", "منها {copies} إلى جانب الموجود في المكتبة"),
                copies=counted(outcome.copies, COPY),
            )
        )
    if outcome.replaced:
        parts.append(
            said(
                QT_TRANSLATE_NOOP("Import", "استُبدل {reports} (القديم في سلة المحذوفات)"),
                reports=counted(outcome.replaced, REPORT, Case.NOMINATIVE),
            )
        )
    if outcome.skipped:  # the adjective agrees with the count
        held = {
            1: QT_TRANSLATE_NOOP("Import", "لم يُستورد {reports} موجود في المكتبة"),
            2: QT_TRANSLATE_NOOP("Import", "لم يُستورد {reports} موجودان في المكتبة"),
        }.get(outcome.skipped, QT_TRANSLATE_NOOP("Import", "لم يُستورد {reports} موجودة في المكتبة"))
        parts.append(said(held, reports=counted(outcome.skipped, REPORT, Case.NOMINATIVE)))
    said_so_far = parts[0]
    for part in parts[1:]:
        said_so_far = said(
            QT_TRANSLATE_NOOP("Import", "{first}؛ {then}"), first=said_so_far, then=part
        )
    return said_so_far
