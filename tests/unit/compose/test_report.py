"""The composed demo report says what the Chefchaouen report says, in correct Arabic."""

import datetime as dt

import pytest

from openreport.compose import compose, suggested_title
from openreport.compose.document import BulletList, Letterhead, SignatureBlock, Style, Table
from openreport.model import (
    AgendaPoint,
    CommuneProfile,
    CommuneRole,
    Delegation,
    DelegationMember,
    Event,
    EventKind,
    Gender,
    Intervention,
    ItemKind,
    PanelMember,
    PanelRole,
    Person,
    ProgrammeDay,
    ProgrammeItem,
    Report,
    ReportStatus,
    Session,
    SessionPeriod,
    Workshop,
)


@pytest.fixture
def document(demo, profile):
    return compose(demo, profile)


@pytest.fixture
def text(document):
    return "\n".join(document.paragraphs_text())


def test_title_dates_and_slogan(document, text):
    titles = [b.text for b in document.blocks if getattr(b, "style", None) is Style.TITLE]
    # its last two words joined: a wrapped title never ends with one word
    assert titles == [
        "تقرير جماعة شفشاون عن مشاركتها ضمن فعاليات ملتقى الشبكة المغربية للجماعات\u00a0المنفتحة"
    ]
    assert "المنظم يومي 12\u00a0و13\u00a0نونبر\u00a02024 بمدينة السعيدية" in text
    assert "تحت شعار: ((ترسيخ مبادئ الانفتاح" in text
    assert isinstance(document.blocks[0], Letterhead)
    assert document.blocks[0].lines[0] == "المملكة المغربية"


def test_delegation_with_agreement(text):
    assert (
        "وبتكليف من رئيس جماعة شفشاون السيد محمد السفياني، ترأس نائبه السيد عبد الغني أغزال" in text
    )
    assert "السيدة رديفة الشاوني، رئيسة قسم الميزانية" in text


def test_day_one_morning(text):
    assert "اليوم الأول: الثلاثاء 12\u00a0نونبر\u00a02024" in text
    assert "ابتداء من الساعة 9.30 صباحا، 350 مشاركا ومشاركة" in text
    # The organisers are said once, in the introduction, not glued to the first session.
    assert (
        "نُظم الملتقى من طرف المديرية العامة للجماعات الترابية وتحت إشرافها،"
        " وبدعم من برنامج الحكومات المنفتحة،"
        " وبشراكة مع جمعية جهات المغرب وجمعية أمباكت للتنمية." in text
    )
    assert "بتنظيم" not in text
    assert "انطلقت أنشطة الملتقى بست كلمات افتتاحية:" in text
    assert "كلمة السيدة نيكول انكوا، مديرة برنامج الحكومات المنفتحة الفرنكفونية:" in text
    assert "قام الوفد الرسمي بتوزيع دروع تحفيزية على ثماني جماعات ترابية، وهي:" in text
    assert "قدمت السيدة فتيحة زنيبي" in text
    assert "كان مقررا تنظيم معرض لبرامج أعضاء الشبكة الـ126، ولكن لم يتم ذلك." in text
    assert "ملاحظة الوفد: برنامج عمل الجماعة ضمن الشبكة لم يتم عرضه" in text


def test_plans_are_nested_lists(document):
    lists = [b for b in document.blocks if isinstance(b, BulletList)]
    plans = next(b for b in lists if b.items[0].text.startswith("الخطة الوطنية"))
    assert [len(item.children) for item in plans.items] == [2, 1]


def test_workshops_panel_interventions_and_recommendations(document, text):
    assert "خصصت الفترة المسائية لتنظيم ثلاث ورشات ميدانية" in text
    assert "وقد اختارت جماعة شفشاون المشاركة في الورشة الثالثة." in text
    [table] = [b for b in document.blocks if isinstance(b, Table)]
    assert table.header == ["الجماعة", "الاسم", "الصفة"]
    assert table.rows[0] == ["جماعة سلا", "السيدة أمال بنشقر", "ميسرة"]
    # the hand-written report called this man «متدخلة»: the gender decides
    assert ["جماعة أيت ملول", "السيد حسن لعكيد", "متدخل"] in table.rows
    assert len(table.rows) == 5
    # the table says each one's task: no sentence names the same panel again (issue 9)
    assert "أسندت مهمة" not in text and text.count("أمال بنشقر") == 2
    assert "تفاعل مع الورشة 57 مشاركا ومشاركة، وافتتحتها ميسرتها السيدة أمال بنشقر" in text
    assert "عرفت هذه الورشة ثلاث مداخلات ونقاشا مفتوحا." in text
    assert "وقد ركزت على أربع نقاط، هي:" in text
    assert "المداخلة الثالثة: للسيد حسن لعكيد" in text
    assert "وقد خلصت الورشة إلى ثماني توصيات، هي:" in text
    own = [
        b
        for b in document.blocks
        if isinstance(b, BulletList)
        and any(r.bold and "توصية جماعة شفشاون" in r.text for i in b.items for r in i.runs)
    ]
    assert len(own) == 1
    marked = [i.text for i in own[0].items if "توصية جماعة شفشاون" in i.text]
    assert marked == [
        "تحقيق التواصل الفعال من خلال الإعداد القبلي والتنزيل الآني والتقييم المستقبلي. (توصية جماعة شفشاون)"
    ]


def test_end_time_day_two_closing_and_signature(document, text):
    assert "بهذه الورشة أسدل الستار على اليوم الأول من الفعالية (الساعة 4.30 مساء)." in text
    assert "اليوم الثاني: الأربعاء 13\u00a0نونبر\u00a02024" in text
    assert "اقتصر اليوم الثاني على ورشة صباحية ختامية بعنوان «التشبيك" in text
    assert "أطر الورشة السيد يوسف لعرج." in text
    assert (
        "هذا، وقد أسدل الستار على فعاليات ملتقى الشبكة المغربية للجماعات الترابية المنفتحة بالسعيدية بعد تقديم نتائج الورشات الثلاث"
        in text
    )
    signature = document.blocks[-1]
    assert isinstance(signature, SignatureBlock)
    assert signature.function == "نقطة ارتكاز جماعة شفشاون"
    assert not document.draft


def test_no_hyphenated_ranges_in_generated_text(document):
    generated = [
        b.text
        for b in document.blocks
        if getattr(b, "style", None) in (Style.SUBTITLE, Style.HEADING1)
    ]
    assert generated and not any("-" in t for t in generated)


def test_a_report_with_only_a_title(profile):
    document = compose(Report(title="تقرير"), profile)
    assert [b.text for b in document.blocks if hasattr(b, "style")] == ["تقرير"]
    assert document.draft


def test_empty_sections_are_left_out():
    report = Report(title="x", days=[ProgrammeDay(), ProgrammeDay(sessions=[Session()])])
    texts = compose(report, CommuneProfile()).paragraphs_text()
    assert not any(t.startswith("اليوم") for t in texts)


def test_female_leader_deputy_of_a_female_president():
    report = Report(
        delegation=Delegation(
            mandated_by=Person("فاطمة", Gender.FEMALE, "رئيسة جماعة تطوان"),
            leader=Person("سعاد", Gender.FEMALE),
            leader_is_deputy=True,
            members=[DelegationMember(Person("علي", Gender.MALE, "مستشار"))],
        )
    )
    text = "\n".join(compose(report, CommuneProfile()).paragraphs_text())
    assert "وبتكليف من رئيسة جماعة تطوان السيدة فاطمة، ترأست نائبتها السيدة سعاد" in text


def test_a_training_the_commune_hosted(profile):
    report = Report(
        commune_role=CommuneRole.HOST,
        event=Event(
            kind=EventKind.TRAINING,
            name="دورة تكوينية حول الميزانية التشاركية",
            city="شفشاون",
            start_date=dt.date(2025, 3, 3),
            end_date=dt.date(2025, 3, 5),
            themes=["إعداد الميزانية", "إشراك المواطنين", "التتبع والتقييم"],
        ),
        days=[
            ProgrammeDay(
                date=dt.date(2025, 3, 3),
                sessions=[
                    Session(
                        period=SessionPeriod.MORNING,
                        items=[
                            ProgrammeItem(
                                kind=ItemKind.WORKSHOPS,
                                workshops=[
                                    Workshop(
                                        title="ورشة تطبيقية",
                                        attended=True,
                                        panel=[
                                            PanelMember(
                                                Person("خديجة", Gender.FEMALE, "خبيرة"),
                                                PanelRole.TRAINER,
                                            )
                                        ],
                                        interventions=[
                                            Intervention(
                                                Person("", Gender.MALE, "ممثل وزارة المالية"),
                                                title="الإطار القانوني",
                                            )
                                        ],
                                    )
                                ],
                            )
                        ],
                    )
                ],
            )
        ],
    )
    title = suggested_title(report, profile)
    assert (
        title == "تقرير جماعة شفشاون عن دورة تكوينية حول الميزانية التشاركية التي احتضنتها الجماعة"
    )
    text = "\n".join(compose(report, profile).paragraphs_text())
    assert "المنظمة أيام 3\u00a0و4\u00a0و5\u00a0مارس\u00a02025 بمدينة شفشاون" in text
    # a training's themes are its objectives, under their own heading (issue 9, section 1)
    assert "أهداف الدورة التكوينية\nإعداد الميزانية\n" in text and "محاور" not in text
    assert "أطرت الورشة السيدة خديجة، خبيرة." in text
    assert "المداخلة الأولى: للسيد ممثل وزارة المالية، تحت عنوان «الإطار القانوني»." in text


def test_a_mission_abroad_and_a_one_evening_meeting(profile):
    mission = Report(
        event=Event(
            kind=EventKind.WORK_VISIT,
            name="زيارة عمل إلى مدينة ليون",
            city="ليون",
            country="فرنسا",
            start_date=dt.date(2024, 9, 30),
            end_date=dt.date(2024, 10, 2),
        )
    )
    text = "\n".join(compose(mission, profile).paragraphs_text())
    assert "المنظمة من 30\u00a0شتنبر إلى 2\u00a0أكتوبر\u00a02024 بمدينة ليون، فرنسا" in text
    assert (
        suggested_title(mission, profile)
        == "تقرير جماعة شفشاون عن مشاركتها في زيارة عمل إلى مدينة ليون"
    )
    # A meeting is one sitting told by its agenda: it has no programme days (issue 9, section 1).
    meeting = Report(
        status=ReportStatus.DRAFT,
        event=Event(
            kind=EventKind.MEETING, name="اجتماع لجنة التتبع", start_date=dt.date(2025, 1, 1)
        ),
        agenda=[AgendaPoint("حصيلة الأشغال", "قدم رئيس اللجنة حصيلة الأشغال.")],
        days=[ProgrammeDay(date=dt.date(2025, 1, 1), closing_note="يوم لا يطبع")],
    )
    document = compose(meeting, profile)
    text = "\n".join(document.paragraphs_text())
    assert "المنعقد يوم الأربعاء فاتح\u00a0يناير\u00a02025" in text
    assert "تضمن جدول أعمال الاجتماع نقطة واحدة، تناولها الحاضرون كما يلي:" in text
    assert "النقطة الأولى: حصيلة الأشغال\nقدم رئيس اللجنة حصيلة الأشغال." in text
    assert "يوم لا يطبع" not in text and "اليوم الأول" not in text
    assert document.draft


def test_attendance_cost_decisions_next_steps_and_annexes(profile, tmp_path):
    import docx

    from openreport.compose.document import Picture
    from openreport.model import Annex, Recommendation
    from openreport.render.docx.writer import export_docx
    from tests.helpers.files import tiny_png
    from tests.helpers.readers import lint_defects

    report = Report(
        title="تقرير",
        delegation=Delegation(
            leader=Person("سعاد", Gender.FEMALE, "نائبة الرئيس"),
            members=[DelegationMember(Person("علي", Gender.MALE, "مستشار"))],
            mission_cost="4.500,00 درهم (التنقل والإقامة)",
        ),
        attendance=[Person("خالد", Gender.MALE, "رئيس مصلحة التواصل")],
    )
    report.closing.decisions = ["إحداث خلية للتواصل"]
    report.closing.next_steps = [
        Recommendation(
            "إعداد خطة التواصل",
            by_commune=True,
            responsible="مصلحة التواصل",
            deadline=dt.date(2025, 1, 31),
        )
    ]
    report.closing.annexes = [Annex("برنامج الملتقى"), Annex("صورة جماعية", tiny_png())]
    document = compose(report, profile)
    text = "\n".join(document.paragraphs_text())
    assert "وقد بلغت تكلفة المهمة 4.500,00 درهم (التنقل والإقامة)." in text
    assert "لائحة الحضور:\nالسيد خالد، رئيس مصلحة التواصل" in text
    assert "القرارات\nإحداث خلية للتواصل" in text
    assert (
        "إعداد خطة التواصل (الجهة المعنية: مصلحة التواصل، الأجل: 31\u00a0يناير\u00a02025)"
        " (التزام جماعة شفشاون)"
    ) in text
    assert "المرفق 1: برنامج الملتقى" in text
    assert [b.caption for b in document.blocks if isinstance(b, Picture)] == [
        "المرفق 2: صورة جماعية"
    ]
    path = export_docx(report, profile, tmp_path / "annexes.docx")
    assert len(docx.Document(str(path)).inline_shapes) == 1
    assert lint_defects(path) == []
