"""The event's facts reach the page in the form a Moroccan clerk writes them: venue, count,
country, rural place, weekdays, Hijri dates, month style, times, organisers, day numbers,
conference sessions and visits."""

import datetime as dt

from openreport.compose import compose
from openreport.compose.parts import programme, visits
from openreport.model import (
    Closing,
    Event,
    EventKind,
    Gender,
    ItemKind,
    Organisation,
    OrganisationRole,
    Person,
    ProgrammeDay,
    ProgrammeItem,
    Report,
    Session,
    SessionPeriod,
    Signature,
)

D = dt.date
Org, R = Organisation, OrganisationRole


def text_of(report, profile) -> str:
    return "\n".join(compose(report, profile).paragraphs_text())


def event(**facts) -> Event:
    base = {"kind": EventKind.FORUM, "name": "ملتقى التشبيك", "start_date": D(2024, 11, 12)}
    return Event(**(base | facts))


def test_venue_is_printed_after_the_city(profile):
    text = text_of(Report(event=event(city="السعيدية", venue="فندق وازيس")), profile)
    assert "المنظم يوم الثلاثاء 12\u00a0نونبر\u00a02024 بمدينة السعيدية، بفندق وازيس" in text


def test_a_venue_typed_with_its_preposition_or_naming_the_city(profile):
    typed = Report(event=event(city="بركان", venue="بمقر عمالة إقليم بركان"))
    assert "2024 بمدينة بركان، بمقر عمالة إقليم بركان" in text_of(typed, profile)
    seat = Report(event=event(city="وجدة", venue="مقر ولاية جهة الشرق"))
    assert "بمدينة وجدة، بمقر ولاية جهة الشرق" in text_of(seat, profile)
    assert "ببمقر" not in text_of(seat, profile)
    named = Report(event=event(city="السعيدية", venue="فندق وازيس بمدينة السعيدية"))
    lines = text_of(named, profile).splitlines()
    assert "المنظم يوم الثلاثاء 12\u00a0نونبر\u00a02024 بفندق وازيس بمدينة السعيدية" in lines


def test_country_with_or_without_a_city_and_a_rural_commune(profile):
    abroad = Report(event=event(city="ليون", country="فرنسا"))
    assert "بمدينة ليون، فرنسا" in text_of(abroad, profile)
    country = Report(event=event(country="فرنسا"))
    assert "المنظم يوم الثلاثاء 12\u00a0نونبر\u00a02024 بفرنسا" in text_of(country, profile)
    rural = Report(event=event(city="تزروت", rural=True))
    text = text_of(rural, profile)
    assert "بجماعة تزروت" in text
    assert "بمدينة تزروت" not in text


def test_participants_count_is_a_sentence_said_once(profile):
    report = Report(event=event(kind=EventKind.SYMPOSIUM, participants_count=350))
    assert "عرفت الندوة مشاركة 350 مشاركا ومشاركة." in text_of(report, profile)
    report.days = [
        ProgrammeDay(
            date=D(2024, 11, 12),
            sessions=[Session(participants_count=350, venue="قاعة الندوات")],
        )
    ]
    text = text_of(report, profile)
    assert "عرفت الندوة مشاركة" not in text  # the session says the same number
    assert "350 مشاركا ومشاركة" in text


def test_weekdays_and_the_hijri_line(profile):
    report = Report(
        event=event(end_date=D(2024, 11, 13), city="السعيدية", weekdays=True, hijri=True)
    )
    text = text_of(report, profile)
    assert "المنظم يومي الثلاثاء والأربعاء 12\u00a0و13\u00a0نونبر\u00a02024 بمدينة السعيدية" in text
    assert "الموافق لـ 10\u00a0و11\u00a0جمادى\u00a0الأولى\u00a01446\u00a0هـ" in text
    report.event.hijri_adjust = -1
    assert "الموافق لـ 9\u00a0و10\u00a0جمادى\u00a0الأولى\u00a01446\u00a0هـ" in text_of(
        report, profile
    )
    report.event.start_date = report.event.end_date = D(1910, 5, 1)
    assert "الموافق" not in text_of(report, profile)  # outside the table: no line


def test_the_reports_month_style_for_every_date(profile):
    report = Report(
        report_date=D(2024, 11, 20),
        event=event(month_style="ar"),
        days=[ProgrammeDay(date=D(2024, 11, 12), sessions=[Session(venue="قاعة")])],
        closing=Closing(signature=Signature(Person("رديفة", Gender.FEMALE), date=D(2024, 11, 20))),
    )
    text = text_of(report, profile)
    assert "نونبر" not in text
    assert text.count("نوفمبر") >= 3
    report.event.month_style = ""
    assert "نوفمبر" not in text_of(report, profile)  # the profile's ar_MA


def test_one_sitting_is_said_with_its_time(profile):
    report = Report(
        event=event(kind=EventKind.MEETING, start_time=dt.time(18), end_time=dt.time(20, 30))
    )
    text = text_of(report, profile)
    assert (
        "المنعقد يوم الثلاثاء 12\u00a0نونبر\u00a02024 من الساعة 6 مساء إلى الساعة 8.30 مساء" in text
    )
    report.event.end_time = None
    assert "يوم الثلاثاء 12\u00a0نونبر\u00a02024 على الساعة 6 مساء" in text_of(report, profile)


def test_organisers_are_in_the_introduction_without_programme_days(profile):
    report = Report(
        event=event(
            kind=EventKind.TRAINING,
            organisations=[
                Org("جماعة شفشاون", R.ORGANISER),
                Org("الوكالة الفرنسية للتنمية", R.FUNDER),
                Org("جمعية جهات المغرب", R.PARTNER),
                Org("وزارة الداخلية", R.SUPERVISOR),
            ],
        )
    )
    text = text_of(report, profile)
    assert (
        "نُظمت الدورة التكوينية من طرف جماعة شفشاون، وتحت إشراف وزارة الداخلية،"
        " وبتمويل من الوكالة الفرنسية للتنمية، وبشراكة مع جمعية جهات المغرب." in text
    )
    assert "بتنظيم" not in text


def test_a_patron_and_an_inviter(profile):
    report = Report(
        event=event(
            kind=EventKind.CONFERENCE,
            organisations=[
                Org("صاحب الجلالة الملك محمد السادس", R.PATRON),
                Org("بلدية ليون", R.INVITER),
                Org("وزارة الداخلية", R.ORGANISER),
            ],
        )
    )
    assert (
        "نُظم المؤتمر من طرف وزارة الداخلية، وتحت الرعاية السامية لصاحب الجلالة الملك محمد"
        " السادس، وبدعوة من بلدية ليون." in text_of(report, profile)
    )


def test_a_patron_that_is_a_person_is_named_as_one(profile):
    patron = Org("فاطمة الزهراء", R.PATRON, person=True, gender=Gender.FEMALE)
    report = Report(event=event(kind=EventKind.SYMPOSIUM, organisations=[patron]))
    assert "نُظمت الندوة تحت رعاية السيدة فاطمة الزهراء." in text_of(report, profile)


def test_days_are_numbered_by_date_and_a_single_day_has_no_heading(profile):
    talk = ProgrammeItem(kind=ItemKind.PRESENTATION, title="الميزانية")
    report = Report(
        event=event(end_date=D(2024, 11, 13)),
        days=[
            ProgrammeDay(date=D(2024, 11, 12)),
            ProgrammeDay(date=D(2024, 11, 13), sessions=[Session(items=[talk])]),
        ],
    )
    text = text_of(report, profile)
    assert "اليوم الثاني: الأربعاء 13\u00a0نونبر\u00a02024" in text
    assert "اليوم الأول" not in text
    one = Report(event=event(), days=[ProgrammeDay(D(2024, 11, 12), [Session(items=[talk])])])
    assert "اليوم الأول" not in text_of(one, profile)


def test_a_conference_session_has_its_title_and_attendees(profile):
    session = Session(
        period=SessionPeriod.MORNING,
        title="الجلسة الافتتاحية",
        attendees=[Person("خالد", Gender.MALE, "والي جهة الشرق")],
        start_time=dt.time(10),
        end_time=dt.time(12, 30),
        items=[ProgrammeItem(kind=ItemKind.PRESENTATION, title="الحصيلة", time=dt.time(11))],
    )
    report = Report(
        event=event(kind=EventKind.CONFERENCE, end_date=D(2024, 11, 13)),
        days=[ProgrammeDay(D(2024, 11, 12), [session])],
    )
    text = text_of(report, profile)
    assert "الجلسة الافتتاحية" in text
    assert "الفترة الصباحية" not in text
    assert "بحضور السيد خالد، والي جهة الشرق." in text
    assert "انطلقت الأشغال على الساعة 10 صباحا." in text
    assert "على الساعة 11 صباحا، تم تقديم عرض حول «الحصيلة»." in text
    assert "اختتمت أشغال هذه الجلسة على الساعة 12.30 زوالا." in text


def test_visits_with_place_host_and_time_and_no_dummy_session(profile):
    assert programme.ITEM_WRITERS[ItemKind.VISIT] is visits.visit
    visit = ProgrammeItem(
        kind=ItemKind.VISIT,
        title="زيارة مركز فرز النفايات",
        time=dt.time(10),
        place="مركز فرز النفايات بفيلوربان",
        host="متروبول ليون",
        speakers=[Person("ماري", Gender.FEMALE, "مديرة المركز")],
        summary="اطلع الوفد على مراحل الفرز.",
    )
    report = Report(
        event=event(kind=EventKind.STUDY_VISIT, end_date=D(2024, 11, 14), city="ليون"),
        days=[ProgrammeDay(D(2024, 11, 13), [Session(SessionPeriod.WHOLE_DAY, items=[visit])])],
    )
    document = compose(report, profile)
    text = "\n".join(document.paragraphs_text())
    assert "اليوم الثاني: الأربعاء 13\u00a0نونبر\u00a02024" in text
    assert "زيارة مركز فرز النفايات:" in text
    assert "زيارة زيارة" not in text
    assert (
        "قام الوفد، على الساعة 10 صباحا، بزيارة إلى مركز فرز النفايات بفيلوربان،"
        " حيث استُقبل من طرف متروبول ليون، ممثلا في السيدة ماري، مديرة المركز."
        " اطلع الوفد على مراحل الفرز." in text
    )
    headings = [b.text for b in document.blocks if getattr(b, "style", None) is not None]
    assert not any("الفترة" in h for h in headings)


def test_opening_speeches_with_their_times(profile):
    speeches = [
        ProgrammeItem(ItemKind.OPENING_SPEECH, time=dt.time(9), speakers=[Person("علي")]),
        ProgrammeItem(
            ItemKind.OPENING_SPEECH, time=dt.time(9, 20), speakers=[Person("سعاد", Gender.FEMALE)]
        ),
    ]
    report = Report(event=event(), days=[ProgrammeDay(D(2024, 11, 12), [Session(items=speeches)])])
    lines = text_of(report, profile).splitlines()
    assert "انطلقت أنشطة الملتقى بكلمتين افتتاحيتين:" in lines
    assert "على الساعة 9 صباحا، كلمة السيد علي." in lines
    assert "على الساعة 9.20 صباحا، كلمة السيدة سعاد." in lines
