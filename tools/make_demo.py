"""Write the demo report (the Chefchaouen report of the Saidia forum) to resources/demo/.

The report is entered here as data, field by field, from the report the product was born from
(its programme in demo_programme.py, beside this script); ``python tools/make_demo.py`` writes
the JSON files the application ships. A test checks that the shipped files are what this
script writes.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import uuid
from pathlib import Path

from demo_programme import DGCT, F, M, day_one, day_two

from openreport.model import (
    Closing,
    CommuneProfile,
    CommuneRole,
    Delegation,
    DelegationMember,
    Event,
    EventKind,
    Organisation,
    OrganisationRole,
    Person,
    Report,
    ReportStatus,
    Signature,
)
from openreport.serialization import profile_to_data, report_to_json

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"
REPORT_UUID = "5b0e8a52-3c1f-4d8e-9a57-0c2f6a1d2024"


def profile() -> CommuneProfile:
    return CommuneProfile(
        commune_name="شفشاون",
        letterhead=["المملكة المغربية", "وزارة الداخلية", "إقليم شفشاون", "جماعة شفشاون"],
        president=Person("محمد السفياني", M, "رئيس جماعة شفشاون", "جماعة شفشاون"),
        focal_point=Person("رديفة الشاوني", F, "نقطة ارتكاز جماعة شفشاون", "جماعة شفشاون"),
        city="شفشاون",
    )


def event() -> Event:
    return Event(
        kind=EventKind.FORUM,
        name="ملتقى الشبكة المغربية للجماعات الترابية المنفتحة",
        slogan="ترسيخ مبادئ الانفتاح بالجماعات الترابية من أجل تنمية محلية دامجة ومستدامة",
        city="السعيدية",
        venue="فندق وازيس",
        start_date=dt.date(2024, 11, 12),
        end_date=dt.date(2024, 11, 13),
        participants_count=350,
        organisations=[
            Organisation(DGCT, OrganisationRole.ORGANISER),
            Organisation(DGCT, OrganisationRole.SUPERVISOR),
            Organisation("برنامج الحكومات المنفتحة", OrganisationRole.SUPPORTER),
            Organisation("جمعية جهات المغرب", OrganisationRole.PARTNER),
            Organisation("جمعية أمباكت للتنمية", OrganisationRole.PARTNER),
        ],
        context=(
            "في إطار الزيادة في الدينامية التشاركية للجماعة الترابية لمدينة شفشاون،"
            " والتزاما منها مع شركائها بالدفع بعجلة التواصل الفعال والتشبيك، لما لهما من"
            " أهمية قصوى تؤدي إلى التقليل من التكلفة وضمان جودة المردودية، وبالتالي الحفاظ"
            " على مواردها والعمل على استدامتها وتهيئة أجيالها لمستقبل أفضل."
        ),
        overview=(
            "وقد عرف الملتقى فقرات ومحاور وورشات كلها تدخل في سياق ترسيخ مبادئ الانفتاح"
            " بالجماعات الترابية المنخرطة في الشبكة المغربية للجماعات الترابية المنفتحة."
        ),
    )


def delegation() -> Delegation:
    return Delegation(
        mandated_by=Person("محمد السفياني", M, "رئيس جماعة شفشاون", "جماعة شفشاون"),
        leader=Person("عبد الغني أغزال", M, "نائب رئيس جماعة شفشاون", "جماعة شفشاون"),
        leader_is_deputy=True,
        team="مكلفا بمشروع الشبكة المغربية للجماعات الترابية المنفتحة",
        members=[
            DelegationMember(
                Person(
                    "رديفة الشاوني",
                    F,
                    "رئيسة قسم الميزانية ونقطة ارتكاز الجماعة في المشروع",
                    "جماعة شفشاون",
                )
            ),
            DelegationMember(Person("أحمد البوقديدي", M, "مدير دار الجمعيات", "جماعة شفشاون")),
        ],
    )


def with_lasting_ids(report: Report) -> Report:
    """Every recommendation gets an id derived from the report's and its place: the shipped
    file is the same at every run."""
    for number, recommendation in enumerate(report.recommendations(), 1):
        recommendation.id = str(uuid.uuid5(uuid.UUID(report.uuid), f"recommendation-{number}"))
    return report


def report() -> Report:
    return with_lasting_ids(
        Report(
            uuid=REPORT_UUID,
            title="تقرير جماعة شفشاون عن مشاركتها ضمن فعاليات"
            " ملتقى الشبكة المغربية للجماعات المنفتحة",
            status=ReportStatus.FINAL,
            report_place="شفشاون",
            commune_role=CommuneRole.PARTICIPANT,
            event=event(),
            delegation=delegation(),
            days=[day_one(), day_two()],
            closing=Closing(
                items=[
                    "تقديم نتائج الورشات الثلاث السالفة الذكر، والتي أشرنا في تقريرنا إلى إحداها"
                    " تحت عنوان: التواصل في خدمة انفتاح الجماعات الترابية"
                ],
                conclusion="(انتهى)",
                signature=Signature(
                    signer=Person("رديفة الشاوني", F, "نقطة ارتكاز جماعة شفشاون", "جماعة شفشاون"),
                    function="نقطة ارتكاز جماعة شفشاون",
                    place="شفشاون",
                    # without a date the report prints no «حرر بشفشاون في …» line
                    date=dt.date(2024, 11, 20),
                ),
            ),
        )
    )


def write(folder: Path = DEMO_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    report_path = folder / "chefchaouen-saidia-2024.json"
    profile_path = folder / "profile.json"
    report_path.write_text(report_to_json(report()) + "\n", encoding="utf-8")
    profile_path.write_text(
        json.dumps(profile_to_data(profile()), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    return [report_path, profile_path]


if __name__ == "__main__":
    for path in write(Path(sys.argv[1]) if len(sys.argv) > 1 else DEMO_DIR):
        print(path)
