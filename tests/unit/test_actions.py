"""What the window and the command line share: opening a library, exporting, marking final,
all without Qt."""

from __future__ import annotations

import subprocess
import sys

import docx
import pytest

from openreport import actions
from openreport.model import Report, ReportStatus
from openreport.render.pdf import PdfResult


def test_the_actions_load_no_qt():
    code = (
        "import sys, openreport.actions\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_open_a_library_with_and_without_the_start_up_backup(tmp_path):
    path = tmp_path / "library.sqlite"
    library, report_id = actions.open_library(path)
    with library:
        assert report_id is None and library.path == path
        assert library.backups() == []
    library, _ = actions.open_library(path, backup=True)
    with library:
        assert len(library.backups()) == 1


def test_open_the_per_user_library_by_default(tmp_path, monkeypatch):
    monkeypatch.setattr("openreport.paths.default_library_path", lambda: tmp_path / "own.sqlite")
    library, _ = actions.open_library(None)
    with library:
        assert library.path == tmp_path / "own.sqlite"


def test_open_the_demo():
    library, report_id = actions.open_library(demo=True)
    with library:
        assert library.load(report_id).event.city == "السعيدية"
        assert library.has_profile()


def test_export_chooses_docx_or_pdf_by_the_suffix(tmp_path, demo, profile, monkeypatch):
    done = actions.export_report(demo, profile, tmp_path / "report.docx")
    assert done.kind == "docx" and done.path == tmp_path / "report.docx"
    assert any("شفشاون" in p.text for p in docx.Document(str(done.path)).paragraphs)
    asked = []

    def export_pdf(report, profile, target, *, route):
        asked.append((report, route))
        return PdfResult(target, route, "Amiri")

    monkeypatch.setattr("openreport.render.pdf.export_pdf", export_pdf)
    done = actions.export_report(demo, profile, tmp_path / "REPORT.PDF", pdf_route="libreoffice")
    assert asked == [(demo, "libreoffice")]
    assert (done.kind, done.route, done.font) == ("pdf", "libreoffice", "Amiri")
    assert actions.export_report(demo, profile, tmp_path / "b.pdf").route == "qt"


def test_mark_final_unless_something_blocks_it(demo):
    demo.status = ReportStatus.DRAFT
    assert actions.mark_final(demo) == []
    assert demo.status is ReportStatus.FINAL
    actions.reopen_draft(demo)
    assert demo.status is ReportStatus.DRAFT
    empty = Report()
    problems = actions.mark_final(empty)
    assert problems and all(p.severity.name == "ERROR" for p in problems)
    assert empty.status is ReportStatus.DRAFT


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_the_command_line_exports_through_the_actions(tmp_path, suffix, monkeypatch, capsys):
    from openreport import cli

    exported = []
    monkeypatch.setattr(
        cli, "export_report", lambda *a, **k: exported.append((a, k)) or actions.Exported(a[2], "")
    )
    target = tmp_path / f"out{suffix}"
    assert cli.main(["--demo", "export", "-o", str(target)]) == 0
    (report, _profile, path), options = exported[0]
    assert path == target and options["pdf_route"] == "qt"
    assert set(options) == {"pdf_route", "library"}  # the library: to refuse writing onto it
    assert report.event.city == "السعيدية"
    assert capsys.readouterr().out.strip() == str(target)


def test_the_actions_refuse_to_export_onto_the_library(tmp_path, demo, profile):
    from openreport.errors import UserError

    path = tmp_path / "library.sqlite"
    library, _ = actions.open_library(path)
    with library:
        report_id = library.save(demo)
        before = library.load(report_id)
        for target in (path, tmp_path / "library.sqlite-wal", tmp_path / "library.sqlite.lock"):
            with pytest.raises(UserError, match="مكتبة التقارير نفسها"):
                actions.export_report(demo, profile, target, library=library)
            with pytest.raises(UserError, match="مكتبة التقارير نفسها"):
                actions.write_exchange(library, [library.load(report_id)], target)
        assert library.load(report_id) == before
        written = actions.write_exchange(
            library, [library.load(report_id)], tmp_path / "out.openreport"
        )
        assert written.exists()


def test_a_reading_open_beside_a_running_instance_is_read_only(tmp_path):
    from openreport.storage import LibraryInUseError, OpenedReadOnlyError

    path = tmp_path / "library.sqlite"
    actions.open_library(path)[0].close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom openreport.storage import Library\n"
            f"lib = Library.open({str(path)!r})\nprint('held', flush=True)\nsys.stdin.readline()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LibraryInUseError):
            actions.open_library(path)
        library, _ = actions.open_library(path, write=False)
        with library:
            assert library.read_only and library.list_reports() == []
            with pytest.raises(OpenedReadOnlyError):
                library.save(Report())
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    library, _ = actions.open_library(path, write=False)  # free again: opened for writing
    with library:
        assert not library.read_only


def test_a_template_spoilt_since_it_was_chosen_is_said_not_silently_replaced(
    tmp_path, demo, profile, capsys
):
    from openreport.cli import main

    good = docx.Document()
    good.save(tmp_path / "own.docx")
    profile.template_path = str(tmp_path / "own.docx")
    assert actions.export_report(demo, profile, tmp_path / "a.docx").notice == ""
    (tmp_path / "own.docx").write_bytes(b"not a word document")  # spoilt after it was chosen
    exported = actions.export_report(demo, profile, tmp_path / "b.docx")
    assert exported.path.exists()
    assert "own.docx" in exported.notice and "القالب المدمج" in exported.notice

    library_path = tmp_path / "library.sqlite"
    library, _ = actions.open_library(library_path)
    with library:
        library.save_profile(profile)
        report_id = library.save(demo)
    code = main(
        ["export", str(report_id), "-o", str(tmp_path / "c.docx"), "--library", str(library_path)]
    )
    assert code == 0
    assert "القالب المدمج" in capsys.readouterr().err
