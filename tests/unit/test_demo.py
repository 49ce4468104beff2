"""The demo report holds every fact of the Chefchaouen report."""

import json
import subprocess
import sys
from pathlib import Path

from openreport.model import Gender, ItemKind, ItemStatus, PanelRole
from openreport.resources import DEMO_PROFILE, DEMO_REPORT

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_demo_files_are_what_the_script_writes(tmp_path):
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_demo.py"), str(tmp_path)], check=True
    )
    assert (tmp_path / DEMO_REPORT.name).read_text("utf-8") == DEMO_REPORT.read_text("utf-8")
    assert json.loads((tmp_path / DEMO_PROFILE.name).read_text("utf-8")) == json.loads(
        DEMO_PROFILE.read_text("utf-8")
    )


def test_event_and_delegation(demo):
    assert demo.event.slogan.startswith("ترسيخ مبادئ الانفتاح")
    assert demo.event.city == "السعيدية"
    assert demo.event.participants_count == 350
    delegation = demo.delegation
    people = [delegation.mandated_by, delegation.leader] + [m.person for m in delegation.members]
    assert [p.name for p in people] == [
        "محمد السفياني",
        "عبد الغني أغزال",
        "رديفة الشاوني",
        "أحمد البوقديدي",
    ]
    assert all(p.title for p in people)
    assert delegation.leader_is_deputy


def test_day_one_morning(demo):
    morning = demo.days[0].sessions[0]
    assert morning.participants_count == 350
    speeches = [i for i in morning.items if i.kind is ItemKind.OPENING_SPEECH]
    assert len(speeches) == 6 and all(i.speakers and i.summary for i in speeches)
    plans = speeches[1].points
    assert [len(p.subpoints) for p in plans] == [2, 1]
    award = next(i for i in morning.items if i.kind is ItemKind.AWARD)
    assert len(award.recipients) == 8 and "جهة العيون الساقية الحمراء" in award.recipients
    exhibition = next(i for i in morning.items if i.kind is ItemKind.EXHIBITION)
    assert exhibition.status is ItemStatus.NOT_HELD and exhibition.remark


def test_the_attended_workshop(demo):
    block = demo.days[0].sessions[1].items[0]
    assert len(block.workshops) == 3
    attended = [w for w in block.workshops if w.attended]
    assert len(attended) == 1
    workshop = attended[0]
    roles = [m.role for m in workshop.panel if m.role is not PanelRole.MODERATOR]
    assert len(roles) == 5
    assert workshop.participants_count == 57
    assert len(workshop.interventions) == 3
    assert [len(i.points) for i in workshop.interventions] == [4, 0, 5]
    assert len(workshop.recommendations) == 8
    assert [r.by_commune for r in workshop.recommendations].count(True) == 1
    # The hand-written report calls this man «متدخلة»; his gender is recorded instead.
    laakid = next(m for m in workshop.panel if m.person.name == "حسن لعكيد")
    assert laakid.person.gender is Gender.MALE and laakid.role is PanelRole.SPEAKER


def test_end_time_day_two_and_signature(demo):
    assert demo.days[0].end_time.strftime("%H:%M") == "16:30"
    assert demo.days[1].sessions[0].items[0].workshops[0].panel[0].person.name == "يوسف لعرج"
    assert demo.closing.signature.function == "نقطة ارتكاز جماعة شفشاون"


def test_every_person_has_a_gender_and_title_where_known(demo):
    for person in demo.people():
        assert person.gender in (Gender.MALE, Gender.FEMALE)
