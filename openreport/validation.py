"""Checks of a report: what is inconsistent or missing, as messages tied to a field (Arabic,
said in the interface's language by the window: :mod:`openreport.messages`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from openreport.messages import QT_TRANSLATE_NOOP, said
from openreport.model import ItemStatus, Report, ReportStatus, Session


class Severity(StrEnum):
    ERROR = "error"  # blocks marking the report final
    WARNING = "warning"  # worth a look, never blocks


@dataclass(frozen=True)
class Problem:
    path: str  # e.g. "event.end_date", "days[1].date"
    message: str
    severity: Severity = Severity.ERROR


Add = Callable[..., None]  # add(path, message, severity=ERROR): records one problem


def validate(report: Report, *, for_final: bool | None = None) -> list[Problem]:
    """Every problem of ``report``.

    What a final report must have (event name, dates, signature) is an error when the report
    is final or about to be marked final (``for_final=True``), and a warning on a draft.
    """
    if for_final is None:
        for_final = report.status is ReportStatus.FINAL
    required = Severity.ERROR if for_final else Severity.WARNING
    problems: list[Problem] = []

    def add(path: str, message: str, severity: Severity = Severity.ERROR) -> None:
        problems.append(Problem(path, message, severity))

    if not report.title.strip():
        add("title", said(QT_TRANSLATE_NOOP("Review", "عنوان التقرير فارغ.")), required)
    _check_event(add, report, required)
    for i, day in enumerate(report.days):
        _check_day(add, report, i, required)
        for j, session in enumerate(day.sessions):
            _check_session(add, session, f"days[{i}].sessions[{j}]")
    signature = report.closing.signature
    if not (signature.signer.name.strip() or signature.function.strip()):
        add(
            "closing.signature",
            said(QT_TRANSLATE_NOOP("Review", "التوقيع (اسم محرر التقرير أو صفته) مطلوب.")),
            required,
        )
    event = report.event
    if report.report_date and event.start_date and report.report_date < event.start_date:
        add(
            "report_date",
            said(QT_TRANSLATE_NOOP("Review", "تاريخ التقرير يسبق بداية الفعالية.")),
            Severity.WARNING,
        )
    for i, annex in enumerate(report.closing.annexes):
        problem = annex.image.problem() if annex.image else ""
        if problem:  # the report says so where the photo would be; the editor says it first
            add(
                f"closing.annexes[{i}]",
                said(
                    QT_TRANSLATE_NOOP("Review", "صورة المرفق {number} لن تطبع: {problem}"),
                    number=i + 1,
                    problem=problem,
                ),
                Severity.WARNING,
            )
    return problems


def _check_event(add: Add, report: Report, required: Severity) -> None:
    event = report.event
    if not event.name.strip():
        add("event.name", said(QT_TRANSLATE_NOOP("Review", "اسم الفعالية مطلوب.")), required)
    if event.start_date is None:
        add(
            "event.start_date",
            said(QT_TRANSLATE_NOOP("Review", "تاريخ بداية الفعالية مطلوب.")),
            required,
        )
    if event.end_date is None and event.start_date is not None:
        add(
            "event.end_date",
            said(QT_TRANSLATE_NOOP("Review", "تاريخ نهاية الفعالية غير محدد.")),
            Severity.WARNING,
        )
    if event.start_date and event.end_date and event.end_date < event.start_date:
        add(
            "event.end_date",
            said(QT_TRANSLATE_NOOP("Review", "تاريخ نهاية الفعالية يسبق تاريخ بدايتها.")),
        )
    _check_count(add, "event.participants_count", event.participants_count)


def _check_day(add: Add, report: Report, i: int, required: Severity) -> None:
    event, day = report.event, report.days[i]
    day_path = f"days[{i}]"
    if day.date is None:
        add(
            f"{day_path}.date",
            said(
                QT_TRANSLATE_NOOP("Review", "تاريخ اليوم {number} من البرنامج غير محدد."),
                number=i + 1,
            ),
            required,
        )
    elif (
        event.start_date and event.end_date and not (event.start_date <= day.date <= event.end_date)
    ):
        add(
            f"{day_path}.date",
            said(
                QT_TRANSLATE_NOOP("Review", "اليوم {number} من البرنامج خارج تواريخ الفعالية."),
                number=i + 1,
            ),
        )
    if i and day.date and report.days[i - 1].date and day.date <= report.days[i - 1].date:
        add(
            f"{day_path}.date",
            said(
                QT_TRANSLATE_NOOP(
                    "Review", "أيام البرنامج ليست مرتبة: اليوم {number} لا يأتي بعد سابقه."
                ),
                number=i + 1,
            ),
        )


def _check_session(add: Add, session: Session, session_path: str) -> None:
    if session.start_time and session.end_time and session.end_time < session.start_time:
        add(
            f"{session_path}.end_time",
            said(QT_TRANSLATE_NOOP("Review", "نهاية الفترة تسبق بدايتها.")),
        )
    _check_count(add, f"{session_path}.participants_count", session.participants_count)
    for k, item in enumerate(session.items):
        item_path = f"{session_path}.items[{k}]"
        if item.status is not ItemStatus.HELD and not item.remark.strip():
            add(
                f"{item_path}.remark",
                said(QT_TRANSLATE_NOOP("Review", "فقرة لم تنفذ كما كان مقررا دون ملاحظة الوفد.")),
                Severity.WARNING,
            )
        for w, workshop in enumerate(item.workshops):
            workshop_path = f"{item_path}.workshops[{w}]"
            if not workshop.title.strip():
                add(
                    f"{workshop_path}.title",
                    said(QT_TRANSLATE_NOOP("Review", "ورشة بدون عنوان.")),
                    Severity.WARNING,
                )
            _check_count(add, f"{workshop_path}.participants_count", workshop.participants_count)


def _check_count(add: Add, path: str, count: int | None) -> None:
    if count is not None and count < 0:
        add(path, said(QT_TRANSLATE_NOOP("Review", "العدد لا يمكن أن يكون سالبا.")))


def blocking(problems: list[Problem]) -> list[Problem]:
    """The problems that stop a report from being marked final."""
    return [p for p in problems if p.severity is Severity.ERROR]
