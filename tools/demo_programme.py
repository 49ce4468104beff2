"""The programme of the demo report: its two days, entered field by field (see make_demo.py)."""

from __future__ import annotations

import datetime as dt

from openreport.model import (
    Gender,
    Intervention,
    ItemKind,
    ItemStatus,
    PanelMember,
    PanelRole,
    Person,
    Point,
    ProgrammeDay,
    ProgrammeItem,
    Recommendation,
    Session,
    SessionPeriod,
    Workshop,
)

M, F = Gender.MALE, Gender.FEMALE
DGCT = "المديرية العامة للجماعات الترابية"


def focal(name: str, gender: Gender, commune: str) -> Person:
    return Person(name, gender, f"نقطة ارتكاز {commune}", commune)


def opening_by_hosts() -> list[ProgrammeItem]:
    """The opening speeches of the province and of the ministry of the interior."""
    return [
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
    ]


def opening_by_digital_ministry() -> ProgrammeItem:
    return ProgrammeItem(
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
                "المستوى الثاني: البرنامج المحلي للجماعات المنفتحة، الذي نحن بصدد مدارسة فعالياته."
            ),
            Point(
                "المستوى الثالث: البرلمان (المشاركة البرلمانية في برنامج الحكومات المنفتحة)،"
                " الانضمام سنة 2019، وقد أعد البرلمان خطتين ويعمل على إعداد خطته الثالثة."
            ),
        ],
    )


def opening_by_partners() -> list[ProgrammeItem]:
    """The opening speeches of the ministry of digital transition and of the partners."""
    return [
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


def morning_items() -> list[ProgrammeItem]:
    """What followed the opening speeches on the first morning."""
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
    return [presentation, award, tea, results, exhibition]


def morning() -> Session:
    return Session(
        period=SessionPeriod.MORNING,
        start_time=dt.time(9, 30),
        venue="فندق وازيس بمدينة السعيدية",
        participants_count=350,
        intro=(
            "من مختلف الجهات والأقاليم والعمالات والجماعات الترابية المنخرطة ضمن الشبكة"
            " المغربية للجماعات الترابية المنفتحة، والتي تشارك في فعاليات الملتقى"
        ),
        items=[
            *opening_by_hosts(),
            opening_by_digital_ministry(),
            *opening_by_partners(),
            *morning_items(),
        ],
    )


def communication_interventions() -> list[Intervention]:
    return [
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
    ]


def communication_recommendations() -> list[Recommendation]:
    return [
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
    ]


def attended_workshop() -> Workshop:
    """The workshop the delegation attended: communication in the service of openness."""
    return Workshop(
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
        interventions=communication_interventions(),
        discussion=(
            "بعد تقديم المداخلات الثلاث التي كانت مبرمجة ضمن الورشة، انطلقت المناقشات والعصف"
            " الذهني اللذان أفضيا إلى تبني مجموعة من التوصيات."
        ),
        recommendations=communication_recommendations(),
    )


def afternoon() -> Session:
    attended = attended_workshop()
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
    return afternoon


def day_one() -> ProgrammeDay:
    return ProgrammeDay(
        date=dt.date(2024, 11, 12),
        sessions=[morning(), afternoon()],
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
