"""The command line: exit codes, Arabic errors, and the library commands."""

import json
import os
import subprocess
import sys

import pytest

from openreport.cli import main


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "openreport", *args], capture_output=True, text=True, timeout=120
    )


def test_demo_list_and_show_json():
    result = run("--demo", "show", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["report"]["event"]["city"] == "السعيدية"


def test_unknown_id_is_a_user_error(tmp_path, capsys):
    assert main(["show", "7", "--library", str(tmp_path / "lib.sqlite")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "غير موجود" in err


def test_unreadable_library_is_a_user_error(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"hello" * 100)
    assert main(["list", "--library", str(bad)]) == 1
    assert "ليس مكتبة" in capsys.readouterr().err
    assert bad.read_bytes() == b"hello" * 100


def test_usage_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as error:
        main(["frobnicate"])
    assert error.value.code == 2
    assert main(["show", "--library", str(tmp_path / "lib.sqlite")]) == 2


def test_import_list_search_and_export_file(tmp_path, capsys):
    library = str(tmp_path / "lib.sqlite")
    exchange = tmp_path / "demo.openreport"
    assert main(["--demo", "export-file", "-o", str(exchange)]) == 0
    assert main(["import", str(exchange), "--library", library]) == 0
    capsys.readouterr()
    assert main(["list", "--library", library]) == 0
    listed = capsys.readouterr().out
    assert "ملتقى الشبكة المغربية" in listed
    assert main(["search", "أكادير", "--library", library]) == 0
    assert capsys.readouterr().out.startswith("1\t")
    assert main(["search", "كلمة غير موجودة إطلاقا", "--library", library]) == 0
    assert capsys.readouterr().out == ""
    assert main(["import", str(tmp_path / "missing.openreport"), "--library", library]) == 1


def test_a_title_with_a_line_break_or_a_tab_forges_no_row(tmp_path, capsys):
    from openreport.model import Event, Report
    from openreport.storage import Library

    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.save(Report(title="حقيقي\n99\tنهائي\t2024-01-01\tمزور", event=Event(city="فاس\r\n7")))
        lib.save(Report(title="عادي\u2028ثان"))
    for command in (["list"], ["search", "حقيقي"]):
        assert main([*command, "--library", str(path)]) == 0
        rows = capsys.readouterr().out.splitlines()
        assert all(len(row.split("\t")) == 5 for row in rows)
        assert not any(row.startswith("99") or row.startswith("7") for row in rows)
    assert main(["list", "--library", str(path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.fixture
def library_with_backup(tmp_path):
    from openreport.model import Report
    from openreport.storage import Library

    path = tmp_path / "lib.sqlite"
    with Library.open(path, backup=True) as lib:
        lib.save(Report(title="لا يمس"))
    with Library.open(path, backup=True) as lib:
        [backup, *_] = lib.backups()
    return path, backup


def companions(path, backup):
    """Every file that belongs to the library: itself, its log, its lock, its backups."""
    return [
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        path.with_name(path.name + "-journal"),
        path.with_name(path.name + ".lock"),
        backup,
        path.with_name(path.name + ".backups") / "new.docx",
    ]


@pytest.mark.parametrize("index", range(7))
@pytest.mark.parametrize("command", ["export-file", "export"])
def test_exports_onto_the_library_or_its_files_are_refused(
    library_with_backup, capsys, command, index
):
    path, backup = library_with_backup
    target = companions(path, backup)[index]
    before = {p: p.read_bytes() for p in [path, backup] if p.exists()}
    assert main([command, "1", "-o", str(target), "--library", str(path)]) == 1
    assert "مكتبة التقارير نفسها" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in [path, backup] if p.exists()} == before
    assert main(["show", "1", "--library", str(path)]) == 0


def test_an_export_onto_a_link_to_the_library_is_refused(library_with_backup, capsys):
    path, _ = library_with_backup
    link = path.with_name("report.docx")
    os.link(path, link)
    assert main(["export", "1", "-o", str(link), "--library", str(path)]) == 1
    symlink = path.with_name("report.openreport")
    symlink.symlink_to(path)
    assert main(["export-file", "1", "-o", str(symlink), "--library", str(path)]) == 1
    assert main(["list", "--library", str(path)]) == 0


HOLDER = (
    "import sys\n"
    "from openreport.storage import Library\n"
    "library = Library.open(sys.argv[1])\n"
    "print('held', flush=True)\n"
    "sys.stdin.readline()\n"
)


def test_reading_commands_work_beside_a_running_window_and_writing_ones_are_refused(tmp_path):
    from openreport.model import Report
    from openreport.storage import Library

    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.save(Report(title="مشترك"))
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "held"
        for command in (["list"], ["show", "1"], ["search", "مشترك"], ["backups"]):
            result = run(*command, "--library", str(path))
            assert result.returncode == 0, result.stderr
        assert "مشترك" in run("list", "--library", str(path)).stdout
        exchange = tmp_path / "x.openreport"
        assert run("export-file", "1", "-o", str(exchange), "--library", str(path)).returncode == 0
        result = run("import", str(exchange), "--library", str(path))
        assert result.returncode == 1 and "مفتوحة في نافذة أخرى" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        child.stdin.close()
        child.wait(timeout=30)
        child.stdout.close()


def test_restore_backup_of_a_tableless_old_file_is_refused_and_commands_still_work(
    tmp_path, capsys
):
    import sqlite3

    from openreport.storage import schema

    library = tmp_path / "lib.sqlite"
    exchange = tmp_path / "demo.openreport"
    assert main(["--demo", "export-file", "-o", str(exchange)]) == 0
    assert main(["import", str(exchange), "--library", str(library)]) == 0
    fake = tmp_path / "old-backup.sqlite"
    conn = sqlite3.connect(fake)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    capsys.readouterr()
    assert main(["restore-backup", str(fake), "--library", str(library)]) == 1
    err = capsys.readouterr().err
    assert "لا تطابق بنية" in err and "Traceback" not in err
    for command in (["list"], ["show", "1"], ["search", "أكادير"], ["backups"]):
        assert main([*command, "--library", str(library)]) == 0
    assert "ملتقى الشبكة المغربية" in capsys.readouterr().out
