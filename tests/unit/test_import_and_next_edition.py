"""The command line's answer to a report already in the library, and the titles of copies."""

from __future__ import annotations

import pytest

from openreport.actions import copy_for_next_edition, copy_title, next_edition_title
from openreport.cli import main


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("تقرير عن المعرض الدولي للفلاحة 2024", "تقرير عن المعرض الدولي للفلاحة 2025"),
        ("تقرير الموسم 2024-2025", "تقرير الموسم 2025-2026"),
        ("تقرير الدورة 16 للمنتدى", "تقرير الدورة 17 للمنتدى"),
        ("تقرير الدورة الـ9 للمهرجان", "تقرير الدورة الـ10 للمهرجان"),
        ("تقرير الدورة السادسة عشرة للمعرض", "تقرير الدورة السابعة عشرة للمعرض"),
        ("تقرير الدورة العاشرة للمعرض", "تقرير الدورة الحادية عشرة للمعرض"),
        ("تقرير الملتقى الثاني للجماعات", "تقرير الملتقى الثالث للجماعات"),
        ("تقرير اللقاء الأول 1446", "تقرير اللقاء الثاني 1447"),
        ("تقرير عن ملتقى الشبكة", "تقرير عن ملتقى الشبكة (نسخة جديدة)"),
        ("تقرير اليوم الأول من المعرض", "تقرير اليوم الأول من المعرض (نسخة جديدة)"),
        ("", ""),  # the suggested title is used, from the event's name
    ],
)
def test_the_title_for_the_next_edition_shows_it_is_new(title, expected):
    assert next_edition_title(title) == expected


def test_a_copy_title_is_numbered_when_taken():
    assert copy_title("تقرير", set()) == "تقرير (نسخة)"
    assert copy_title("تقرير", {"تقرير (نسخة)", "تقرير (نسخة 2)"}) == "تقرير (نسخة 3)"


def test_the_copy_for_the_next_edition_advances_title_and_event(library, demo):
    demo.title = "تقرير المعرض الدولي للفلاحة 2024"
    demo.event.name = "الدورة السادسة عشرة للمعرض الدولي للفلاحة"
    copy = library.load(copy_for_next_edition(library, library.save(demo)))
    assert copy.title == "تقرير المعرض الدولي للفلاحة 2025"
    assert copy.event.name == "الدورة السابعة عشرة للمعرض الدولي للفلاحة"
    assert copy.event.start_date is None and copy.uuid != demo.uuid


def test_the_command_line_skips_a_report_already_held_unless_told(tmp_path, capsys):
    library = str(tmp_path / "lib.sqlite")
    exchange = tmp_path / "demo.openreport"
    assert main(["--demo", "export-file", "-o", str(exchange)]) == 0
    assert main(["import", str(exchange), "--library", library]) == 0
    capsys.readouterr()
    assert main(["import", str(exchange), "--library", library]) == 0
    out, err = capsys.readouterr()
    assert "لم يُستورد تقرير واحد موجود في المكتبة" in out and "--on-duplicate" in err
    main(["list", "--library", library])
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["import", str(exchange), "--on-duplicate", "keep", "--library", library]) == 0
    main(["list", "--library", library])
    assert "(نسخة)" in capsys.readouterr().out
    assert main(["import", str(exchange), "--on-duplicate", "replace", "--library", library]) == 0
    assert "سلة المحذوفات" in capsys.readouterr().out
    main(["list", "--trash", "--library", library])
    assert len(capsys.readouterr().out.splitlines()) == 1
    with pytest.raises(SystemExit):
        main(["import", str(exchange), "--on-duplicate", "merge", "--library", library])


def test_what_an_import_says_agrees_with_its_counts():
    from openreport.actions import outcome_message
    from openreport.storage.exchange import ImportOutcome

    assert outcome_message(ImportOutcome(ids=[4], added=1)) == "تم استيراد تقرير واحد"
    said = outcome_message(ImportOutcome(ids=[], skipped=2))
    assert said.endswith("لم يُستورد تقريران موجودان في المكتبة")
    said = outcome_message(ImportOutcome(ids=[5, 6, 7], replaced=3, skipped=3))
    assert "استُبدل 3 تقارير (القديم في سلة المحذوفات)" in said
    assert said.endswith("لم يُستورد 3 تقارير موجودة في المكتبة")
    said = outcome_message(ImportOutcome(ids=[8], copies=1))
    assert said == "تم استيراد تقرير واحد، نسخةً إلى جانب الموجود في المكتبة"
    said = outcome_message(ImportOutcome(ids=[8, 9], copies=1, added=1))
    assert said == "تم استيراد تقريرين؛ منها نسخة واحدة إلى جانب الموجود في المكتبة"
