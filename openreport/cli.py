"""The ``openreport`` command: the application, and the library from the command line.

Exit codes: 0 success, 1 a user error (one Arabic line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

from openreport import __version__
from openreport.actions import (
    PDF_ROUTES,
    export_report,
    import_reports,
    open_library,
    outcome_message,
    write_exchange,
)
from openreport.errors import UserError
from openreport.model import RecommendationStatus, Report
from openreport.serialization import report_to_json
from openreport.storage import Library
from openreport.storage.exchange import ON_DUPLICATE
from openreport.storage.followup import SORTS, FollowupQuery, change_status, find_recommendation
from openreport.storage.followup import query as followup_query

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _common_options() -> argparse.ArgumentParser:
    """The options every command accepts, before or after its name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="the library file (default: the per-user library)",
    )
    common.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help="work on a temporary library holding the demo report (ID 1) and an example of"
        " each kind of report (IDs 2 to 5)",
    )
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="openreport",
        parents=[common],
        description="OpenReport: Arabic reports of a commune's participation in events.",
    )
    parser.add_argument("--version", action="version", version=f"openreport {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], help=summary)

    command("list", "list the reports").add_argument(
        "--trash", action="store_true", help="list the trash instead"
    )
    show = command("show", "show one report")
    show.add_argument("id", nargs="?", type=int)
    show.add_argument("--json", action="store_true", help="the versioned JSON form")
    command("search", "full-text search").add_argument("text")
    import_command = command("import", "import a .openreport or .json file")
    import_command.add_argument("file", type=Path)
    import_command.add_argument(
        "--on-duplicate",
        choices=ON_DUPLICATE,
        default="skip",
        help="a report the library already holds: skip it (default: the library is left as it"
        " is, and importing twice changes nothing), keep both (the new one titled as a copy), or"
        " replace it (the library's copy goes to the trash, from where it can be restored)",
    )
    export_file = command("export-file", "write reports to a .openreport exchange file")
    export_file.add_argument("ids", nargs="*", type=int, metavar="ID")
    export_file.add_argument("-o", "--output", type=Path, required=True)
    export = command("export", "export a report as DOCX, or as PDF/A when -o ends in .pdf")
    export.add_argument("id", nargs="?", type=int)
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument(
        "--pdf-route",
        choices=PDF_ROUTES,
        default=PDF_ROUTES[0],
        help="how a PDF is made: qt (default, the printed pages) or libreoffice (the DOCX layout)",
    )
    year = command("year", "the year in review (حصيلة السنة) as DOCX, or as PDF/A (-o ….pdf)")
    year.add_argument("year", type=int, help="a calendar year, e.g. 2024")
    year.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD")
    year.add_argument("--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD")
    year.add_argument("-o", "--output", type=Path, required=True)
    year.add_argument("--pdf-route", choices=PDF_ROUTES, default=PDF_ROUTES[0])
    _followup_command(command("followup", "the recommendations and next steps to follow up"))
    command("backups", "list the library's backups")
    command("restore-backup", "restore the library from a backup").add_argument("backup", type=Path)
    return parser


def _followup_command(followup: argparse.ArgumentParser) -> None:
    statuses = [status.value for status in RecommendationStatus]
    followup.add_argument("--status", action="append", choices=statuses, help="(repeatable)")
    followup.add_argument("--overdue", action="store_true", help="past their deadline, not done")
    followup.add_argument("--own", action="store_true", help="proposed by the commune itself")
    followup.add_argument("--year", type=int, help="the year of the event")
    followup.add_argument("--responsible", help="exactly this responsible")
    followup.add_argument("--search", default="", metavar="TEXT", help="words in the text")
    followup.add_argument("--sort", choices=tuple(SORTS), default="deadline")
    followup.add_argument("--json", action="store_true", help="a JSON list instead of a table")
    followup.add_argument(
        "--set",
        nargs=2,
        metavar=("REC_ID", "STATUS"),
        help="record a new status (REC_ID or its first characters, as the table shows them)",
    )
    followup.add_argument("--note", default="", help="the note recorded with --set")
    followup.add_argument("--report", type=int, help="with --set: the report, when copies share")


# The commands that change the library; the others (list, show, search, backups, export,
# export-file, followup without --set) only read it.
WRITING_COMMANDS = frozenset(("import", "restore-backup"))


def _open_library(args: argparse.Namespace) -> tuple[Library, int | None]:
    # A command that only reads works beside a running window (read-only); one that writes
    # takes the library's lock or is refused with a message naming the cause.
    return open_library(
        getattr(args, "library", None),
        demo=getattr(args, "demo", False),
        write=args.command in WRITING_COMMANDS or bool(getattr(args, "set", None)),
    )


def _report_id(args: argparse.Namespace, demo_id: int | None) -> int:
    if args.id is not None:
        return args.id
    if demo_id is not None:
        return demo_id
    raise UsageError("name a report ID, or use --demo")


def _date(value) -> str:
    return value.isoformat() if value else "-"


def _cell(text: str) -> str:
    """A field of the tab-separated listing: a tab, a line break or another control character
    typed in a title would forge columns or rows, so each becomes one space."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


def _print_summaries(summaries) -> None:
    for summary in summaries:
        status = "نهائي" if summary.status.value == "final" else "مسودة"
        print(
            f"{summary.id}\t{status}\t{_date(summary.start_date)}"
            f"\t{_cell(summary.title) or '(بدون عنوان)'}"
            f"\t{_cell(summary.city)}"
        )


def _print_report(report: Report) -> None:
    event = report.event
    print(f"العنوان: {report.title}")
    print(f"الفعالية: {event.name}")
    print(f"الشعار: {event.slogan}")
    print(f"المكان: {event.city} - {event.venue}")
    print(f"التواريخ: {_date(event.start_date)} / {_date(event.end_date)}")
    print(f"الحالة: {'نهائي' if report.status.value == 'final' else 'مسودة'}")
    print(f"الأيام: {len(report.days)}، الورشات: {len(report.workshops())}")


def run(args: argparse.Namespace) -> int:
    command = args.command
    if command is None:
        return _start_application(args)
    library, demo_id = _open_library(args)
    with library:
        if command == "list":
            _print_summaries(library.list_reports(trash=args.trash))
        elif command == "show":
            report = library.load(_report_id(args, demo_id))
            if args.json:
                print(report_to_json(report))
            else:
                _print_report(report)
        elif command == "search":
            _print_summaries(library.search(args.text))
        elif command == "import":
            return _import(library, args.file, args.on_duplicate)
        elif command == "export-file":
            ids = args.ids or ([demo_id] if demo_id is not None else [])
            if not ids:
                raise UsageError("name at least one report ID, or use --demo")
            print(write_exchange(library, [library.load(i) for i in ids], args.output))
        elif command == "export":
            return _export(
                library, _report_id(args, demo_id), args.output, args.pdf_route, demo_id is not None
            )
        elif command == "year":
            return _year(library, args)
        elif command == "followup":
            _followup(library, args)
        elif command == "backups":
            for backup in library.backups():
                print(backup)
        elif command == "restore-backup":
            library.restore_backup(args.backup)
            print(f"تمت استعادة المكتبة من {args.backup}")
    return EXIT_OK


def _import(library: Library, source: Path, on_duplicate: str) -> int:
    from openreport.storage.exchange import read_report_file

    outcome = import_reports(library, read_report_file(source), on_duplicate)
    ids = " ".join(map(str, outcome.ids))
    print(f"{outcome_message(outcome)}: {ids}" if ids else outcome_message(outcome))
    if outcome.skipped:
        print(
            "openreport: لاستيراد التقارير الموجودة في المكتبة: --on-duplicate keep (نسخة إلى"
            " جانبها) أو --on-duplicate replace (القديمة إلى سلة المحذوفات)",
            file=sys.stderr,
        )
    return EXIT_OK


def _export(library: Library, report_id: int, output: Path, pdf_route: str, demo: bool) -> int:
    report = library.load(report_id)
    profile = library.load_profile()
    if demo:  # an example written by another body than the demo's commune brings its profile
        from openreport.demo import example_profile

        profile = example_profile(report) or profile
    exported = export_report(report, profile, output, pdf_route=pdf_route, library=library)
    if exported.notice:
        print(f"openreport: {exported.notice}", file=sys.stderr)
    print(exported.path)
    return EXIT_OK


def _iso_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r}") from None


def _year(library: Library, args: argparse.Namespace) -> int:
    """The year in review of a calendar year, or of the period --from … --to within it."""
    from openreport.compose.year import Period
    from openreport.year_review import export_year

    if not 1900 <= args.year <= 9999:
        raise UsageError("the year is a calendar year, e.g. 2024")
    period = Period.calendar_year(args.year)
    period = Period(args.start or period.start, args.end or period.end)
    if period.end < period.start:
        raise UsageError("--to comes before --from")
    exported = export_year(
        library, library.load_profile(), period, args.output, pdf_route=args.pdf_route
    )
    if exported.notice:
        print(f"openreport: {exported.notice}", file=sys.stderr)
    print(exported.path)
    return EXIT_OK


STATUS_WORDS = {
    "proposed": "مقترحة",
    "adopted": "معتمدة",
    "in_progress": "قيد التنفيذ",
    "done": "منجزة",
    "dropped": "متخلى عنها",
}


def _followup(library: Library, args: argparse.Namespace) -> None:
    if args.set:
        rec_id, status = args.set
        if status not in STATUS_WORDS:
            raise UsageError(f"STATUS is one of: {', '.join(STATUS_WORDS)}")
        report_id, rec_id = find_recommendation(library.conn, rec_id, args.report)
        change_status(library, report_id, rec_id, RecommendationStatus(status), args.note)
        print(f"{STATUS_WORDS[status]}: {rec_id}")
        return
    query = FollowupQuery(
        statuses=tuple(RecommendationStatus(s) for s in args.status or ()),
        responsible=args.responsible,
        year=args.year,
        overdue=args.overdue,
        own=args.own,
        text=args.search,
        sort=args.sort,
    )
    items = followup_query(library.conn, query)
    if args.json:
        rows = [item._asdict() for item in items]
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    for item in items:
        print(
            f"{item.rec_id[:8]}\t{item.report_id}\t{STATUS_WORDS[item.status]}"
            f"\t{'متأخرة' if item.overdue else '-'}\t{_date(item.deadline)}"
            f"\t{_cell(item.responsible) or '-'}\t{'جماعتنا' if item.by_commune else '-'}"
            f"\t{_cell(item.text)}"
        )


def _start_application(args: argparse.Namespace) -> int:
    from openreport.ui.app import run_application

    return run_application(args)


OPENABLE = (".openreport", ".json")  # what a file manager (the desktop entry's %f) may hand over


def _parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """The arguments; ``openreport FILE.openreport`` (a file opened from the file manager)
    starts the window, which imports the file (``args.open_file``)."""
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    *rest, last = argv or [""]
    if (
        Path(last).suffix.lower() in OPENABLE
        and not set(rest) & set(commands.choices)
        and rest[-1:] != ["--library"]
    ):
        args = parser.parse_args(rest)
        args.open_file = Path(last)
        return args
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = _parse(parser, sys.argv[1:] if argv is None else argv)
    try:
        return run(args)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"openreport: {error}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as error:
        print(f"openreport: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
