"""The example reports (resources/examples/): one of each kind besides the Chefchaouen demo,
what tools/make_examples.py writes, each told with its kind's key sentences, and all of them in
the demo library."""

import subprocess
import sys
from pathlib import Path

import docx
import pytest

from openreport.cli import main
from openreport.compose import compose
from openreport.compose.document import Letterhead, Paragraph, Style, Table
from openreport.compose.kinds import CONFERENCE, MEETING, MISSION, TRAINING, kind_for
from openreport.demo import (
    EXAMPLE_NAMES,
    demo_profile,
    demo_report,
    example_profile,
    example_reports,
    open_demo_library,
)
from openreport.model import BodyKind, OrganisationRole
from openreport.resources import EXAMPLES
from openreport.validation import blocking, validate

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def examples():
    return {name: report for name, report in zip(EXAMPLE_NAMES, example_reports(), strict=True)}


def test_shipped_examples_are_what_the_script_writes(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_examples.py"), str(tmp_path)], check=True
    )
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in EXAMPLES.iterdir())
    for name in written:
        assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), name


def test_one_example_of_each_kind_final_and_complete(examples):
    kinds = [kind_for(report) for report in examples.values()]
    assert kinds == [TRAINING, MISSION, MEETING, CONFERENCE]
    for report in examples.values():
        assert blocking(validate(report, for_final=True)) == []
        assert kind_for(report).checks(report) == []  # nothing the kind expects is missing
        ids = [s.id for s in report.closing.next_steps]
        assert len(set(ids)) == len(ids) and all(ids)


def _composed(report):
    profile = example_profile(report) or demo_profile()
    document = compose(report, profile)
    return document, "\n".join(document.paragraphs_text())


def test_the_training_states_objectives_audience_trainers_and_results(examples):
    report = examples["training-chefchaouen-2025"]
    _, text = _composed(report)
    assert "أهداف الدورة التكوينية\nالتعرف على المقتضيات القانونية" in text
    assert "الفئة المستهدفة: المديرون العامون للمصالح" in text
    assert "وقد أطر الدورة التكوينية كل من السيدة ليلى بنعيسى، خبيرة في التخطيط الترابي، " in text
    assert "النتائج المنتظرة\nمصفوفة مؤشرات أولية لكل جماعة مشاركة" in text
    assert "صندوق دعم الحكامة الترابية" in text and "محاور" not in text
    roles = {o.role for o in report.event.organisations}
    assert OrganisationRole.FUNDER in roles and report.commune_role.value == "host"


def test_the_study_visit_goes_abroad_day_by_day_with_several_institutions(examples):
    report = examples["study-visit-bilbao-2025"]
    document, text = _composed(report)
    assert report.event.country == "إسبانيا"
    assert report.event.organisations[0].role is OrganisationRole.INVITER
    assert len({m.person.organisation for m in report.delegation.members}) == 3
    headings = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert [h for h in headings if h.startswith("اليوم ")] == [
        "اليوم الأول: الاثنين 19\u00a0ماي\u00a02025",
        "اليوم الثاني: الثلاثاء 20\u00a0ماي\u00a02025",
        "اليوم الثالث: الأربعاء 21\u00a0ماي\u00a02025",
    ]
    styles = [b.style for b in document.blocks if isinstance(b, Paragraph)]
    assert Style.HEADING2 not in styles  # a day's visits have no session heading
    # the inviter is named (the sentence that names it is the organisers')
    assert "مركز فرز النفايات المنزلية" in text and "شبكة المدن المتوسطية" in text
    visits = [i for d in report.days for s in d.sessions for i in s.items if i.place and i.host]
    assert len(visits) == 3


def test_the_meeting_tells_its_agenda_with_attendance_and_decisions(examples):
    report = examples["meeting-association-2025"]
    profile = example_profile(report)
    assert profile is not None and profile.body is BodyKind.ASSOCIATION_OF_COMMUNES
    document, text = _composed(report)
    letterhead = next(b for b in document.blocks if isinstance(b, Letterhead))
    assert "جمعية جماعات إقليم شفشاون للتنمية" in letterhead.lines
    assert "تضمن جدول أعمال الاجتماع ثلاث نقاط، تناولها الحاضرون كما يلي:" in text
    assert "النقطة الأولى: تتبع اتفاقية الشراكة حول النقل المدرسي" in text
    assert "النقطة الثالثة: مختلفات" in text
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert len(table.rows) == 6 and any(row[0].startswith("ممثلو ") for row in table.rows)
    assert any(p.group for p in report.attendance)
    assert "القرارات\nمراسلة الجماعات المتأخرة" in text
    assert "الخطوات المقبلة\nإصلاح الحافلتين المعطلتين" in text
    assert not report.days and "اليوم الأول" not in text
    assert report.event.start_time and report.event.end_time


def test_the_conference_has_a_patron_and_titled_sessions(examples):
    report = examples["conference-rabat-2025"]
    _, text = _composed(report)
    assert "رعاية" in text and "وزارة الداخلية" in text  # the patron, in the organisers' words
    sessions = [s for d in report.days for s in d.sessions]
    assert sessions[0].title == "الجلسة الافتتاحية"
    assert all(s.title and s.attendees for s in sessions)
    assert "تجارب جماعية في ترشيد الماء" in text


def test_the_demo_library_holds_the_demo_then_every_example():
    library, demo_id = open_demo_library()
    with library:
        summaries = sorted(library.list_reports(), key=lambda s: s.id)
        assert summaries[0].id == demo_id
        uuids = [library.load(s.id).uuid for s in summaries]
    assert uuids == [demo_report().uuid, *(r.uuid for r in example_reports())]


def test_export_of_an_example_from_the_demo_uses_its_own_profile(tmp_path, capsys):
    target = tmp_path / "meeting.docx"
    assert main(["--demo", "export", "4", "-o", str(target)]) == 0
    first_lines = [p.text for p in docx.Document(str(target)).paragraphs[:8]]
    assert "جمعية جماعات إقليم شفشاون للتنمية" in "\n".join(first_lines)
    chefchaouen = tmp_path / "demo.docx"
    assert main(["--demo", "export", "-o", str(chefchaouen)]) == 0
    text = "\n".join(p.text for p in docx.Document(str(chefchaouen)).paragraphs)
    assert "ملتقى الشبكة المغربية" in text and "جمعية جماعات إقليم" not in text
