"""The year in review («حصيلة السنة») in Moroccan administrative Arabic: its title, headings,
table headers, chart titles and the sentences that say its figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openreport.compose.wording.ar_ma.dates import long_date, month_names
from openreport.compose.wording.ar_ma.grammar import (
    EVENT_KIND_LABELS,
    Case,
    F,
    M,
    Noun,
    count,
    verb,
)
from openreport.compose.wording.ar_ma.people import Writer, writer
from openreport.costs import grouped
from openreport.model import CommuneRole, EventKind, RecommendationStatus

EVENT = Noun("فعالية", "فعاليتان", "فعاليتين", "فعاليات", F, "فعالية")
MISSION = Noun("مهمة", "مهمتان", "مهمتين", "مهام", F, "مهمة")
COST = Noun("تكلفة", "تكلفتان", "تكلفتين", "تكاليف", F, "تكلفة")
PERSON = Noun("عضو", "عضوان", "عضوين", "أعضاء", M, "عضوا")
PARTICIPANT = Noun("مشارك", "مشاركان", "مشاركين", "مشاركين", M, "مشاركا")
RECOMMENDATION = Noun("توصية", "توصيتان", "توصيتين", "توصيات", F, "توصية")
REPORT = Noun("تقرير", "تقريران", "تقريرين", "تقارير", M, "تقريرا")

STATUS = {
    RecommendationStatus.PROPOSED: "مقترحة",
    RecommendationStatus.ADOPTED: "معتمدة",
    RecommendationStatus.IN_PROGRESS: "في طور الإنجاز",
    RecommendationStatus.DONE: "منجزة",
    RecommendationStatus.DROPPED: "متخلى عنها",
}
ROLE = {
    CommuneRole.PARTICIPANT: "مشاركة",
    CommuneRole.HOST: "احتضان",
    CommuneRole.ORGANISER: "تنظيم",
}
CURRENCY = {"MAD": "درهم", "EUR": "أورو", "USD": "دولار"}

HEADINGS = {
    "events": "الفعاليات",
    "delegations": "الوفود",
    "missions": "المهام وتكلفتها",
    "participants": "المشاركون",
    "recommendations": "التوصيات ومآلها",
}


def own_heading(the_writer: Writer | str) -> str:
    """«مقترحات الجماعة»، «مقترحات المجلس»"""
    return f"مقترحات {writer(the_writer).noun}"


def title(start: dt.date, end: dt.date, style: str) -> str:
    """«حصيلة سنة 2024», or «حصيلة الفترة من 1 يناير 2024 إلى 30 يونيو 2024»."""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return f"حصيلة سنة {start.year}"
    return f"حصيلة الفترة من {long_date(start, style)} إلى {long_date(end, style)}"


def period_words(start: dt.date, end: dt.date, style: str) -> str:
    """How a sentence says the period: «خلال سنة 2024», «خلال الفترة من … إلى …»."""
    return "خلال " + title(start, end, style).removeprefix("حصيلة ")


def events_summary(
    the_writer: Writer | str, roles: dict[CommuneRole, int], start: dt.date, end: dt.date, style
) -> str:
    """«شاركت جماعة شفشاون خلال سنة 2024 في 12 فعالية، واحتضنت فعاليتين، ونظمت فعالية واحدة.»"""
    by = writer(the_writer)
    total = sum(roles.values())
    if not total:
        return f"لم تسجل {by.called} أي فعالية {period_words(start, end, style)}."
    said = []
    for role, done in (
        (CommuneRole.PARTICIPANT, "شارك"),
        (CommuneRole.HOST, "احتضن"),
        (CommuneRole.ORGANISER, "نظم"),
    ):
        if roles.get(role):
            said.append((verb(done, by.gender), count(roles[role], EVENT)))
    first_verb, first_count = said[0]
    preposition = "في " if first_verb.startswith("شارك") else ""
    sentence = (
        f"{first_verb} {by.called} {period_words(start, end, style)} {preposition}{first_count}"
    )
    for done, counted in said[1:]:
        sentence += f"، و{done} {counted}"
    return sentence + "."


def undated(n: int) -> str:
    return f"تقارير المكتبة التي لا تحمل تاريخا للفعالية لم تدخل في هذه الحصيلة، وعددها {n}."


def month_table_header(kinds: list[EventKind]) -> list[str]:
    return ["الشهر", *(EVENT_KIND_LABELS[kind] for kind in kinds), "المجموع"]


def month_label(year: int, month: int, style: str, with_year: bool) -> str:
    name = month_names(style)[month]
    return f"{name} {year}" if with_year else name


def total_label() -> str:
    return "المجموع"


def kind_label(kind: EventKind) -> str:
    return EVENT_KIND_LABELS[kind]


def event_day(date: dt.date, style: str) -> str:
    """A date in a table: «12 نونبر 2024»."""
    return long_date(date, style)


def events_table_header() -> list[str]:
    return ["التاريخ", "الفعالية", "المكان", "صفة الجماعة"]


def role_label(role: CommuneRole) -> str:
    return ROLE[role]


def events_chart_title() -> str:
    return "الفعاليات حسب الشهر والنوع"


def chart_description(what: str, categories: list[str], series: list[tuple[str, list[int]]]):
    """The text alternative of a bar chart: what it counts, then each bar's counts."""
    bars = []
    for index, category in enumerate(categories):
        if len(series) == 1:  # one series: the count alone
            bars.append(f"{category}: {series[0][1][index]}")
            continue
        parts = [f"{name} {counts[index]}" for name, counts in series if counts[index]]
        bars.append(f"{category}: {'، '.join(parts) if parts else '0'}")
    return f"مخطط أعمدة، {what}. " + "؛ ".join(bars) + "."


def travellers_lead(the_writer: Writer | str, people: int) -> str:
    """«شارك في وفود الجماعة ثلاثة أعضاء، على النحو التالي:»"""
    return f"شارك في وفود {writer(the_writer).noun} {count(people, PERSON)}، على النحو التالي:"


def travellers_header() -> list[str]:
    return ["الاسم", "عدد المشاركات"]


def no_delegations() -> str:
    return "لم تسجل أسماء أعضاء الوفود في تقارير هذه الفترة."


def costs_header() -> list[str]:
    return ["التاريخ", "الفعالية", "التكلفة كما وردت", "المبلغ"]


def amount(value: Decimal, currency: str) -> str:
    """«4.500,00 درهم»، «1.200 أورو»، «300 GBP»."""
    return f"{grouped(value)} {CURRENCY.get(currency, currency)}"


def costs_total(totals: dict[str, Decimal]) -> str:
    """«مجموع التكاليف المصرح بها: 45.000,00 درهم» — one amount per currency, never added."""
    if not totals:
        return "لم يصرح بمبلغ أي تكلفة خلال هذه الفترة."
    said = "؛ ".join(amount(value, currency) for currency, value in totals.items())
    lead = "مجموع التكاليف المصرح بها" if len(totals) == 1 else "مجاميع التكاليف المصرح بها"
    return f"{lead}: {said}" + ("" if len(totals) == 1 else " (كل عملة على حدة)") + "."


def costs_without_amount(n: int) -> str:
    return f"لم يحدد مبلغ {count(n, COST)} بعد، فلم تدخل في المجموع."


def no_costs() -> str:
    return "لم تصرح تقارير هذه الفترة بأي تكلفة للمهام."


def participants(the_writer: Writer | str, declared: int, events: int, members: int) -> str:
    """The participants declared in the events, and the members of the commune's delegations."""
    said = []
    if events:
        said.append(
            f"بلغ عدد المشاركين المصرح به في {count(events, EVENT)} {count(declared, PARTICIPANT)}."
        )
    if members:
        noun = writer(the_writer).noun
        said.append(f"وضمت وفود {noun} في مجموعها {count(members, PERSON, Case.NOMINATIVE)}.")
    return " ".join(said) or "لم تصرح تقارير هذه الفترة بعدد المشاركين."


def recommendations_summary(n: int) -> str:
    if not n:
        return "لم تسجل أي توصية في تقارير هذه الفترة."
    return f"سجلت تقارير هذه الفترة {count(n, RECOMMENDATION)}، مآلها كما يلي:"


def status_label(status: RecommendationStatus) -> str:
    return STATUS[status]


def status_header() -> list[str]:
    return ["الحالة", "عدد التوصيات"]


def status_chart_title() -> str:
    return "التوصيات حسب مآلها"


def count_series() -> str:
    return "العدد"


def recommendations_header() -> list[str]:
    return ["التوصية", "الفعالية", "المسؤول", "الأجل", "الحالة"]


def own_summary(the_writer: Writer | str, n: int) -> str:
    """«تقدمت الجماعة بثلاث توصيات:»، «تقدمت الجماعة بـ12 توصية:»"""
    by = writer(the_writer)
    if not n:
        return f"لم تسجل التقارير مقترحات {by.noun} خلال هذه الفترة."
    counted = count(n, RECOMMENDATION)
    return f"{verb('تقدم', by.gender)} {by.noun} ب{'ـ' if counted[0].isdigit() else ''}{counted}:"


def own_item(text: str, status: RecommendationStatus) -> str:
    return f"{text} ({STATUS[status]})"
