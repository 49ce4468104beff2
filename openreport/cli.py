"""The ``openreport`` command: the application, and the library from the command line.

Exit codes: 0 success, 1 a user error (one Arabic line on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import atexit
import shutil
import sys
from pathlib import Path

from openreport import __version__
from openreport.errors import UserError
from openreport.model import Report
from openreport.serialization import report_to_json
from openreport.storage import Library

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
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
        help="work on a temporary library holding the demo report",
    )
    parser = argparse.ArgumentParser(
        prog="openreport",
        parents=[common],
        description="OpenReport: Arabic reports of a commune's participation in events.",
    )
    parser.add_argument("--version", action="version", version=f"openreport {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    list_parser = commands.add_parser("list", parents=[common], help="list the reports")
    list_parser.add_argument("--trash", action="store_true", help="list the trash instead")

    show = commands.add_parser("show", parents=[common], help="show one report")
    show.add_argument("id", nargs="?", type=int)
    show.add_argument("--json", action="store_true", help="the versioned JSON form")

    search = commands.add_parser("search", parents=[common], help="full-text search")
    search.add_argument("text")

    import_parser = commands.add_parser(
        "import", parents=[common], help="import a .openreport or .json file"
    )
    import_parser.add_argument("file", type=Path)

    export_file = commands.add_parser(
        "export-file", parents=[common], help="write reports to a .openreport exchange file"
    )
    export_file.add_argument("ids", nargs="*", type=int, metavar="ID")
    export_file.add_argument("-o", "--output", type=Path, required=True)

    export = commands.add_parser(
        "export", parents=[common], help="export a report as DOCX, or as PDF/A when -o ends in .pdf"
    )
    export.add_argument("id", nargs="?", type=int)
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument(
        "--pdf-route",
        choices=("qt", "libreoffice"),
        default="qt",
        help="how a PDF is made: qt (default, the printed pages) or libreoffice (the DOCX layout)",
    )

    commands.add_parser("backups", parents=[common], help="list the library's backups")
    restore = commands.add_parser(
        "restore-backup", parents=[common], help="restore the library from a backup"
    )
    restore.add_argument("backup", type=Path)
    return parser


def _open_library(args: argparse.Namespace, *, backup: bool = False) -> tuple[Library, int | None]:
    if getattr(args, "demo", False):
        from openreport.demo import open_demo_library

        library, report_id = open_demo_library()
        atexit.register(shutil.rmtree, library.path.parent, True)
        return library, report_id
    from openreport.paths import default_library_path

    path = getattr(args, "library", None) or default_library_path()
    return Library.open(path, backup=backup), None


def _report_id(args: argparse.Namespace, demo_id: int | None) -> int:
    if args.id is not None:
        return args.id
    if demo_id is not None:
        return demo_id
    raise UsageError("name a report ID, or use --demo")


def _date(value) -> str:
    return value.isoformat() if value else "-"


def _print_summaries(summaries) -> None:
    for summary in summaries:
        status = "نهائي" if summary.status.value == "final" else "مسودة"
        print(
            f"{summary.id}\t{status}\t{_date(summary.start_date)}"
            f"\t{summary.title or '(بدون عنوان)'}"
            f"\t{summary.city}"
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
            from openreport.storage.exchange import import_file

            ids = import_file(library, args.file)
            print(f"تم استيراد {len(ids)} تقرير: " + " ".join(map(str, ids)))
        elif command == "export-file":
            from openreport.storage.exchange import write_exchange_file

            ids = args.ids or ([demo_id] if demo_id is not None else [])
            if not ids:
                raise UsageError("name at least one report ID, or use --demo")
            write_exchange_file([library.load(i) for i in ids], args.output)
            print(args.output)
        elif command == "export":
            return _export(library, _report_id(args, demo_id), args.output, args.pdf_route)
        elif command == "backups":
            for backup in library.backups():
                print(backup)
        elif command == "restore-backup":
            library.restore_backup(args.backup)
            print(f"تمت استعادة المكتبة من {args.backup}")
    return EXIT_OK


def _export(library: Library, report_id: int, output: Path, pdf_route: str = "qt") -> int:
    report = library.load(report_id)
    profile = library.load_profile()
    if output.suffix.lower() == ".pdf":
        from openreport.render.pdf import export_pdf

        export_pdf(report, profile, output, route=pdf_route)
    else:
        from openreport.render.docx.writer import export_docx

        export_docx(report, profile, output)
    print(output)
    return EXIT_OK


def _start_application(args: argparse.Namespace) -> int:
    try:
        from openreport.ui.app import run_application
    except ImportError as error:
        if error.name and error.name.startswith("openreport"):
            print(
                "openreport: الواجهة الرسومية لم تُنجز بعد؛ استعمل الأوامر: list، show، export.",
                file=sys.stderr,
            )
            return EXIT_USER_ERROR
        raise
    return run_application(args)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
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
