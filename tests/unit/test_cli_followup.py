"""``openreport followup``: the table, the JSON, the filters, and a status change."""

import datetime as dt
import json

from openreport.cli import main
from openreport.model import Recommendation, RecommendationStatus, Report
from openreport.storage import Library


def make_library(path):
    report = Report(title="تقرير الدورة")
    report.closing.next_steps = [
        Recommendation("إرسال المصفوفة", by_commune=True, deadline=dt.date(2020, 1, 1)),
        Recommendation("تنظيم لقاء", responsible="الكاتبة العامة", deadline=dt.date(2099, 1, 1)),
        Recommendation("إصلاح الحافلة", deadline=dt.date(2020, 1, 1), status="done"),
    ]
    with Library.open(path) as library:
        library.save(report)
    return report


def test_table_json_and_filters(tmp_path, capsys):
    path = str(tmp_path / "lib.sqlite")
    report = make_library(path)
    assert main(["followup", "--library", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(line.count("\t") == 7 for line in lines)
    assert lines[0].split("\t")[3] == "متأخرة" and lines[0].endswith("إرسال المصفوفة")
    assert main(["followup", "--library", path, "--overdue", "--json"]) == 0
    [late] = json.loads(capsys.readouterr().out)
    assert (late["rec_id"], late["overdue"], late["deadline"]) == (
        report.closing.next_steps[0].id,
        True,
        "2020-01-01",
    )
    assert main(["followup", "--library", path, "--own", "--json"]) == 0
    assert [i["text"] for i in json.loads(capsys.readouterr().out)] == ["إرسال المصفوفة"]
    assert main(["followup", "--library", path, "--status", "done", "--status", "adopted"]) == 0
    assert capsys.readouterr().out.count("\n") == 1
    assert main(["followup", "--library", path, "--search", "الحافله", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_set_records_the_change_in_the_report(tmp_path, capsys):
    path = str(tmp_path / "lib.sqlite")
    report = make_library(path)
    step = report.closing.next_steps[1]
    assert (
        main(["followup", "--library", path, "--set", step.id[:8], "adopted", "--note", "صودق"])
        == 0
    )
    assert capsys.readouterr().out.startswith("معتمدة")
    with Library.open(path) as library:
        stored = library.load(report.id).closing.next_steps[1]
    assert stored.status is RecommendationStatus.ADOPTED
    assert [(c.status, c.note, c.date) for c in stored.history] == [
        ("adopted", "صودق", dt.date.today())
    ]
    assert main(["followup", "--library", path, "--set", "nothing", "done"]) == 1
    assert "لا توجد توصية" in capsys.readouterr().err
    assert main(["followup", "--library", path, "--set", step.id, "finished"]) == 2
