"""Write the demo report (the Chefchaouen report of the Saidia forum) to resources/demo/.

The report is entered here as data, field by field, from the report the product was born from;
``python tools/make_demo.py`` writes the JSON files the application ships. A test checks that
the shipped files are what this script writes.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from openreport.model import (
    Closing,
    CommuneProfile,
    CommuneRole,
    Delegation,
    DelegationMember,
    Event,
    EventKind,
    Gender,
    Intervention,
    ItemKind,
    ItemStatus,
    Organisation,
    OrganisationRole,
    PanelMember,
    PanelRole,
    Person,
    Point,
    ProgrammeDay,
    ProgrammeItem,
    Recommendation,
    Report,
    ReportStatus,
    Session,
    SessionPeriod,
    Signature,
    Workshop,
)
from openreport.serialization import profile_to_data, report_to_json

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"
REPORT_UUID = "5b0e8a52-3c1f-4d8e-9a57-0c2f6a1d2024"

M, F = Gender.MALE, Gender.FEMALE
DGCT = "المديرية العامة للجماعات الترابية"


def profile() -> CommuneProfile:
    return CommuneProfile(
        commune_name="شفشاون",
        letterhead=["المملكة المغربية", "وزارة الداخلية", "إقليم شفشاون", "جماعة شفشاون"],
        president=Person("محمد السفياني", M, "رئيس جماعة شفشاون", "جماعة شفشاون"),
        focal_point=Person("رديفة الشاوني", F, "نقطة ارتكاز جماعة شفشاون", "جماعة شفشاون"),
        city="شفشاون",
    )


def focal(name: str, gender: Gender, commune: str) -> Person:
    return Person(name, gender, f"نقطة ارتكاز {commune}", commune)


def day_one() -> ProgrammeDay:
    opening = [
        ProgrammeItem(
            kind=ItemKind.OPENING_SPEECH,
            speakers=[
                Person(
                    "محمد علي حبوها", M, "عامل صاحب الجلالة على إقليم بركان", "عمالة إقليم بركان"
                )
            ],
            summary=(
                "شكر الحضور على تلبيتهم للدعوة، مؤكدا على أهمية برامج الانفتاح والتشبيك لتطوير"
                " آليات الحكامة، كما تطرق لتجربة إقليم بركان فيما يخص ريادته على مستوى أحد"
                " مبادئ الانفتاح (الرقمنة)، مبديا استعداده لخدمة المواطن باعتباره محور التنمية"
                " الدامجة وهدف المؤسسات العمومية ضمن عملية التشبيك التي تسعى المديرية العامة"
                " لتحقيقها."
            ),
        ),
        ProgrammeItem(
            kind=ItemKind.OPENING_SPEECH,
            speakers=[
                Person(
                    "عبد الوهاب الجابري",
                    M,
                    "عامل بوزارة الداخلية المكلف بقطب التعاون والتوثيق بالمديرية العامة"
                    " للجماعات الترابية",
                    "وزارة الداخلية",
                )
            ],
            summary=(
                "أكد على استمرار العمل في البرنامج بعد سنتين من بدايته، والإنجازات التي تحققت،"
                " والرهانات القادمة التي يتم العمل على تطويعها بفضل الدينامية التي تسلكها الشبكة"
                " مع تنفيذ التزاماتها تجاه برنامج الحكومات المنفتحة، عبر الخطط التي تم رسمها:"
            ),
            points=[
                Point(
                    "الخطة الوطنية للحكومات المنفتحة (2021 - 2023):",
                    ["تعزيز الحق في الولوج إلى المعلومة.", "تعزيز آليات المشاركة المواطنة."],
                ),
                Point(
                    "الخطة الوطنية للحكومات المنفتحة (2024 - 2027):",
                    ["تعميم ترسيخ مبادئ الانفتاح بالجماعات الترابية."],
                ),
            ],
            conclusion=(
                "وفي آخر مداخلته ذكّر بميزة الشرف التي حصل عليها المغرب سنة 2023 بجمهورية"
                " إستونيا، اعترافا له بديناميته التشاركية والتزامه بمبادئ الانفتاح، وختم بشكر كل"
                " الحضور على تفاعلهم والتزامهم من أجل الانفتاح."
            ),
        ),
        ProgrammeItem(
            kind=ItemKind.OPENING_SPEECH,
            speakers=[
                Person(
                    "المصطفى باحة",
                    M,
                    "ممثل وزارة الانتقال الرقمي وإصلاح الإدارة",
                    "وزارة الانتقال الرقمي وإصلاح الإدارة",
                )
            ],
            summary="تحدث عن حضور المملكة المغربية في برنامج الحكومات المنفتحة على ثلاثة مستويات:",
            points=[
                Point("المستوى الأول: حكومي، الخطة الوطنية الثالثة (2024 / 2027) تضم 12 التزاما."),
                Point(
                    "المستوى الثاني: البرنامج المحلي للجماعات المنفتحة، الذي نحن بصدد مدارسة"
                    " فعالياته."
                ),
                Point(
                    "المستوى الثالث: البرلمان (المشاركة البرلمانية في برنامج الحكومات المنفتحة)،"
                    " الانضمام سنة 2019، وقد أعد البرلمان خطتين ويعمل على إعداد خطته الثالثة."
                ),
            ],
        ),
        ProgrammeItem(
            kind=ItemKind.OPENING_SPEECH,
            speakers=[Person("عديل المفاكر", M, "ممثل جمعية جهات المغرب", "جمعية جهات المغرب")],
            summary="تحدث عن المواكبة والتنزيل الفعلي للبرامج والأنشطة.",
        ),
        ProgrammeItem(
            kind=ItemKind.OPENING_SPEECH,
            speakers=[
                Person(
                    "مارتان فورتس ديلاكروا",
                    M,
                    "ممثل الوكالة الفرنسية للتنمية",
                    "الوكالة الفرنسية للتنمية",
                )
            ],
            summary=(
                "تحدث عن العمل التشاركي الذي تمارسه الأطراف المشاركة في هذا البرنامج، والخطوات"
                " المتقدمة التي تسير بها الشبكة، معربا عن أمله في تحقيق الغاية المتوخاة."
            ),
        ),
        ProgrammeItem(
            kind=ItemKind.OPENING_SPEECH,
            speakers=[
                Person(
                    "نيكول انكوا",
                    F,
                    "مديرة برنامج الحكومات المنفتحة الفرنكفونية",
                    "برنامج الحكومات المنفتحة",
                )
            ],
            summary=(
                "شكرت الحضور وأكدت على دعم برنامج الحكومات المنفتحة لبرنامج التشبيك من أجل"
                " تحقيق مبادئ الانفتاح."
            ),
        ),
    ]
    presentation = ProgrammeItem(
        kind=ItemKind.PRESENTATION,
        title="مبادرة الشراكة من أجل الحكومة المنفتحة OGP",
        speakers=[
            Person(
                "طارق النشناش",
                M,
                "المنسق الجهوي لمبادرة الشراكة من أجل الحكومة المنفتحة بإفريقيا والشرق الأوسط",
                "مبادرة الشراكة من أجل الحكومة المنفتحة",
            )
        ],
        summary=(
            "أعطى فكرة عن برنامج الحكومة المنفتحة وتفاعله مع ما ينجزه المغرب في مجال التشبيك"
            " وبرامج الانفتاح تحقيقا لمبادئه."
        ),
    )
    award = ProgrammeItem(
        kind=ItemKind.AWARD,
        title="دروع تحفيزية",
        summary="قام الوفد الرسمي بتوزيع دروع تحفيزية",
        recipients=[
            "جهة طنجة تطوان الحسيمة",
            "جهة بني ملال خنيفرة",
            "جماعة تطوان",
            "جهة الشرق",
            "جهة درعة تافيلالت",
            "جهة سوس ماسة",
            "جهة العيون الساقية الحمراء",
            "جماعة أكادير",
        ],
        conclusion="وذلك بمناسبة انخراطها في برنامج الحكومات المنفتحة.",
    )
    tea = ProgrammeItem(kind=ItemKind.BREAK, title="استراحة شاي")
    results = ProgrammeItem(
        kind=ItemKind.PRESENTATION,
        title="حصيلة برنامج دعم الجماعات الترابية المنفتحة",
        speakers=[Person("فتيحة زنيبي", F, f"رئيسة قسم ب{DGCT} بوزارة الداخلية", DGCT)],
        remark="ستجدون في بوابة الشبكة المغربية للجماعات المنفتحة كل التفاصيل.",
    )
    exhibition = ProgrammeItem(
        kind=ItemKind.EXHIBITION,
        title="معرض لبرامج أعضاء الشبكة الـ126",
        status=ItemStatus.NOT_HELD,
        remark="برنامج عمل الجماعة ضمن الشبكة لم يتم عرضه ولا نعرف سبب ذلك.",
    )
    morning = Session(
        period=SessionPeriod.MORNING,
        start_time=dt.time(9, 30),
        venue="فندق وازيس بمدينة السعيدية",
        participants_count=350,
        intro=(
            "من مختلف الجهات والأقاليم والعمالات والجماعات الترابية المنخرطة ضمن الشبكة"
            " المغربية للجماعات الترابية المنفتحة، والتي تشارك في فعاليات الملتقى"
        ),
        items=[*opening, presentation, award, tea, results, exhibition],
    )

    attended = Workshop(
        title="ورشة التواصل في خدمة انفتاح الجماعات الترابية",
        attended=True,
        panel=[
            PanelMember(
                Person("لطيفة بنيامنة", F, f"إطار مكلفة بالتواصل ب{DGCT}", DGCT),
                PanelRole.MODERATOR,
            ),
            PanelMember(focal("أمال بنشقر", F, "جماعة سلا"), PanelRole.FACILITATOR),
            PanelMember(focal("حسن لعكيد", M, "جماعة أيت ملول"), PanelRole.SPEAKER),
            PanelMember(focal("مرزوق بوشرطة", M, "جماعة بني نصار"), PanelRole.SPEAKER),
            PanelMember(focal("محمد بوبكري", M, "جماعة فكيك"), PanelRole.RAPPORTEUR),
            PanelMember(focal("إلهام مرجاني", F, "جماعة بن جرير"), PanelRole.RAPPORTEUR),
        ],
        participants_count=57,
        summary=(
            "حيث وضعت الحضور في الإطار العام للملتقى، والوقوف على الإنجازات والخدمات المستقبلية"
            " التي يجب إعدادها وتنزيلها وتقييم نتائجها ضمن إطار الشبكة المغربية للجماعات"
            " الترابية المنفتحة، والتأكيد على التشبيك من خلال مجمل الورشات التي يتم العمل عليها"
            " بغية الوصول إلى تواصل فعال وتبادل التجارب الناجحة."
        ),
        interventions=[
            Intervention(
                speaker=Person("لطيفة بنيامنة", F, f"إطار مكلفة بالتواصل ب{DGCT}", DGCT),
                title="إعمال خطة التواصل عبر برنامج الانفتاح",
                points=[
                    Point(f"التواصل في النصوص القانونية، وفي خطة العمل الاستراتيجية لل{DGCT[2:]}."),
                    Point("ماهية التواصل وأنواعه."),
                    Point("علاقة التواصل بمبادئ الانفتاح."),
                    Point("إعداد خطة التواصل حول برنامج الانفتاح."),
                ],
            ),
            Intervention(
                speaker=focal("مرزوق بوشرطة", M, "جماعة بني نصار"),
                summary=(
                    "تطرق من خلال عرضه لتجربة الجماعة مع مكتب المواطن وظروف تنزيله وأهميته"
                    " بالنسبة للمشاركة المواطنة."
                ),
            ),
            Intervention(
                speaker=focal("حسن لعكيد", M, "جماعة أيت ملول"),
                summary=(
                    "ذكّر بأهمية التأسيس للحق في الحصول على المعلومة، والنشر الاستباقي لها، وتحدث"
                    " عن تبني الجماعة لاستراتيجية تواصلية بنيت على خمسة مرتكزات أساسية:"
                ),
                points=[
                    Point("التواصل والحكامة والتشاور."),
                    Point("إعلام القرب والخدمات الرقمية."),
                    Point("تأسيس حضور اللغة الأمازيغية في العمل التواصلي."),
                    Point("الرفع من القدرات التواصلية."),
                    Point("تأهيل البنيات الإدارية والتقنية."),
                ],
                conclusion=(
                    "كما أشار إلى تجربة جماعة أيت ملول في إحداث مجلس محلي للصحافة وصناعة المحتوى،"
                    " وعقد شراكة مع مؤسسة أرشيف المغرب من أجل تدبير ورقمنة أرشيف الجماعة."
                ),
            ),
        ],
        discussion=(
            "بعد تقديم المداخلات الثلاث التي كانت مبرمجة ضمن الورشة، انطلقت المناقشات والعصف"
            " الذهني اللذان أفضيا إلى تبني مجموعة من التوصيات."
        ),
        recommendations=[
            Recommendation(
                "ضرورة تفعيل مكاتب التواصل لدى الجماعات الترابية وتحسيس المواطن بأهميتها ومحاربة"
                " الإشاعة عبرها."
            ),
            Recommendation("بذل الجهود لتحسين جودة التواصل الداخلي لضمان نتائج التواصل الخارجي."),
            Recommendation(
                "تحقيق التواصل الفعال من خلال الإعداد القبلي والتنزيل الآني والتقييم المستقبلي.",
                by_commune=True,
            ),
            Recommendation(
                "الزيادة في ترسيخ التواصل الفعال والتشاركي بين المواطن وإدارة الجماعة بمنتخبيها"
                " وموظفيها، بآليات مناسبة ومستدامة."
            ),
            Recommendation("الانفتاح على الجماعات الترابية ذات التجارب الناجحة والمؤثرة."),
            Recommendation("مأسسة التواصل ومضاعفة الخدمات المقدمة."),
            Recommendation(
                "التشجيع على الانخراط في التواصل الرقمي من خلال المشاركة في الورش الوطني للرقمنة."
            ),
            Recommendation(
                "من أجل الاستمرارية، التأكيد على إيجاد خلف لنقط الارتكاز في حالة الغياب أو التقاعد."
            ),
        ],
    )
    workshops = ProgrammeItem(
        kind=ItemKind.WORKSHOPS,
        title="ورشات ميدانية",
        summary=(
            "تم خلالها تقسيم جميع المشاركين، وحسب رغبتهم، إلى ثلاث مجموعات، كل مجموعة تهتم"
            " بورشة معينة."
        ),
        workshops=[
            Workshop(title="ورشة المشاركة المواطنة والتعاون بين الفاعلين"),
            Workshop(title="ورشة المشاريع ومؤشرات التقييم"),
            attended,
        ],
    )
    afternoon = Session(period=SessionPeriod.AFTERNOON, items=[workshops])
    return ProgrammeDay(
        date=dt.date(2024, 11, 12),
        sessions=[morning, afternoon],
        end_time=dt.time(16, 30),
        closing_note="بهذه الورشة أسدل الستار على اليوم الأول من الفعالية.",
    )


def day_two() -> ProgrammeDay:
    closing_workshop = Workshop(
        title="التشبيك كآلية تشاركية لتطوير الجماعات الترابية الأعضاء في الشبكة لترسيخ ونشر"
        " مبادئ الانفتاح",
        attended=True,
        panel=[PanelMember(Person("يوسف لعرج", M), PanelRole.TRAINER)],
        summary="\n".join(
            [
                "عملية التشبيك يمكن أن تساهم بشكل فعال في توسيع نطاق التأثير الإيجابي لهذه"
                " المبادئ، وتشجيع جماعات أخرى على الانخراط في هذه العملية.",
                "وخلال الورشة تم التعرف على آليات التشبيك ابتداء من محدودية العملية إلى اتساعها"
                " وشموليتها (محليا / جهويا / وطنيا).",
                "كما أن عملية التشبيك على المدى القصير تشمل دعم القدرات والتكوينات لاكتساب"
                " المعرفة، بينما على المدى المتوسط يتم تثبيت وتنظيم أدوات العمل.",
                "فيما يشمل المدى الطويل نسبيا (خمس سنوات) عملية التقييم والتثمين والاستفادة مما هو"
                " نوعي، والتشبيكات الكبرى المبنية على التكوين والتمكين والتحفيز.",
            ]
        ),
    )
    item = ProgrammeItem(
        kind=ItemKind.WORKSHOPS, title="ورشة صباحية ختامية", workshops=[closing_workshop]
    )
    return ProgrammeDay(
        date=dt.date(2024, 11, 13),
        sessions=[Session(period=SessionPeriod.MORNING, items=[item])],
    )


def report() -> Report:
    return Report(
        uuid=REPORT_UUID,
        title="تقرير جماعة شفشاون عن مشاركتها ضمن فعاليات ملتقى الشبكة المغربية للجماعات المنفتحة",
        status=ReportStatus.FINAL,
        report_place="شفشاون",
        commune_role=CommuneRole.PARTICIPANT,
        event=Event(
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
        ),
        delegation=Delegation(
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
        ),
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
            ),
        ),
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
