"""The command line: exit codes, Arabic errors, and the library commands."""

import json
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
