"""Checks of a report: what is inconsistent or missing, as Arabic messages tied to a field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

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
        add("title", "عنوان التقرير فارغ.", required)
    _check_event(add, report, required)
    for i, day in enumerate(report.days):
        _check_day(add, report, i, required)
        for j, session in enumerate(day.sessions):
            _check_session(add, session, f"days[{i}].sessions[{j}]")
    signature = report.closing.signature
    if not (signature.signer.name.strip() or signature.function.strip()):
        add("closing.signature", "التوقيع (اسم محرر التقرير أو صفته) مطلوب.", required)
    event = report.event
    if report.report_date and event.start_date and report.report_date < event.start_date:
        add("report_date", "تاريخ التقرير يسبق بداية الفعالية.", Severity.WARNING)
    for i, annex in enumerate(report.closing.annexes):
        problem = annex.image.problem() if annex.image else ""
        if problem:  # the report says so where the photo would be; the editor says it first
            add(
                f"closing.annexes[{i}]", f"صورة المرفق {i + 1} لن تطبع: {problem}", Severity.WARNING
            )
    return problems


def _check_event(add: Add, report: Report, required: Severity) -> None:
    event = report.event
    if not event.name.strip():
        add("event.name", "اسم الفعالية مطلوب.", required)
    if event.start_date is None:
        add("event.start_date", "تاريخ بداية الفعالية مطلوب.", required)
    if event.end_date is None and event.start_date is not None:
        add("event.end_date", "تاريخ نهاية الفعالية غير محدد.", Severity.WARNING)
    if event.start_date and event.end_date and event.end_date < event.start_date:
        add("event.end_date", "تاريخ نهاية الفعالية يسبق تاريخ بدايتها.")
    _check_count(add, "event.participants_count", event.participants_count)


def _check_day(add: Add, report: Report, i: int, required: Severity) -> None:
    event, day = report.event, report.days[i]
    day_path = f"days[{i}]"
    if day.date is None:
        add(f"{day_path}.date", f"تاريخ اليوم {i + 1} من البرنامج غير محدد.", required)
    elif (
        event.start_date and event.end_date and not (event.start_date <= day.date <= event.end_date)
    ):
        add(f"{day_path}.date", f"اليوم {i + 1} من البرنامج خارج تواريخ الفعالية.")
    if i and day.date and report.days[i - 1].date and day.date <= report.days[i - 1].date:
        add(f"{day_path}.date", f"أيام البرنامج ليست مرتبة: اليوم {i + 1} لا يأتي بعد سابقه.")


def _check_session(add: Add, session: Session, session_path: str) -> None:
    if session.start_time and session.end_time and session.end_time < session.start_time:
        add(f"{session_path}.end_time", "نهاية الفترة تسبق بدايتها.")
    _check_count(add, f"{session_path}.participants_count", session.participants_count)
    for k, item in enumerate(session.items):
        item_path = f"{session_path}.items[{k}]"
        if item.status is not ItemStatus.HELD and not item.remark.strip():
            add(
                f"{item_path}.remark",
                "فقرة لم تنفذ كما كان مقررا دون ملاحظة الوفد.",
                Severity.WARNING,
            )
        for w, workshop in enumerate(item.workshops):
            workshop_path = f"{item_path}.workshops[{w}]"
            if not workshop.title.strip():
                add(f"{workshop_path}.title", "ورشة بدون عنوان.", Severity.WARNING)
            _check_count(add, f"{workshop_path}.participants_count", workshop.participants_count)


def _check_count(add: Add, path: str, count: int | None) -> None:
    if count is not None and count < 0:
        add(path, "العدد لا يمكن أن يكون سالبا.")


def blocking(problems: list[Problem]) -> list[Problem]:
    """The problems that stop a report from being marked final."""
    return [p for p in problems if p.severity is Severity.ERROR]
