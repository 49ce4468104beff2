"""The year in review («حصيلة السنة»): the library's reports of a period, counted, as one
document in the reports' house style.

``figures(reports, period)`` counts once what the document, the window's statistics and the
tests all read, keeping the reports behind each figure; ``compose_year`` words them through the
wording's ``year`` module (no Arabic here) into headings, tables, lists and charts.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from openreport.compose.document import (
    BulletList,
    Chart,
    Document,
    Letterhead,
    ListItem,
    Paragraph,
    Run,
    Style,
    Table,
)
from openreport.compose.wording import ar_ma
from openreport.compose.wording.ar_ma import year as year_words
from openreport.costs import total_by_currency
from openreport.model import (
    CommuneProfile,
    CommuneRole,
    EventKind,
    Recommendation,
    RecommendationStatus,
    Report,
)


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both included."""

    start: dt.date
    end: dt.date

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    def holds(self, date: dt.date | None) -> bool:
        return date is not None and self.start <= date <= self.end

    def months(self) -> list[tuple[int, int]]:
        months, (year, month) = [], (self.start.year, self.start.month)
        while (year, month) <= (self.end.year, self.end.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


Made = tuple[Report, Recommendation]  # a recommendation and the report that made it


@dataclass
class Figures:
    """What the year in review says, each figure with the reports behind it."""

    period: Period
    events: list[Report] = field(default_factory=list)  # in the period, by date
    undated: int = 0  # reports of the library without an event date, left out
    by_role: dict[CommuneRole, list[Report]] = field(default_factory=dict)
    by_month: dict[tuple[int, int], dict[EventKind, list[Report]]] = field(default_factory=dict)
    travellers: list[tuple[str, list[Report]]] = field(default_factory=list)  # most first
    members: int = 0  # the places in the delegations, a person once per event
    costs: list[Report] = field(default_factory=list)  # a cost declared, in words or amount
    totals: dict[str, Decimal] = field(default_factory=dict)  # one total per currency
    unpriced: list[Report] = field(default_factory=list)  # a cost in words, no amount
    declared: int = 0  # the participants the events' reports declare
    counted: list[Report] = field(default_factory=list)  # the events that declare them
    recommendations: list[Made] = field(default_factory=list)  # each id once
    by_status: dict[RecommendationStatus, list[Made]] = field(default_factory=dict)
    own: list[Made] = field(default_factory=list)  # proposed by the commune

    @property
    def kinds(self) -> list[EventKind]:
        """The kinds of event held in the period, in the enumeration's order."""
        held = {kind for kinds in self.by_month.values() for kind in kinds}
        return [kind for kind in EventKind if kind in held]


def delegation_names(report: Report) -> list[str]:
    """The named people of a report's delegation (its leader and members), each once."""
    delegation = report.delegation
    people = [delegation.leader] if delegation.leader is not None else []
    people += [member.person for member in delegation.members]
    names = (" ".join(person.name.split()) for person in people)
    return list(dict.fromkeys(name for name in names if name))


def figures(reports: list[Report], period: Period, undated: int = 0) -> Figures:
    """Count the reports whose event starts in ``period`` (the others are left out)."""
    events = sorted(
        (r for r in reports if period.holds(r.event.start_date)),
        key=lambda r: (r.event.start_date, r.id or 0),
    )
    found = Figures(period, events, undated)
    found.by_month = {month: {} for month in period.months()}
    travellers: dict[str, list[Report]] = {}
    latest: dict[str, Made] = {}
    for report in events:
        found.by_role.setdefault(report.commune_role, []).append(report)
        start = report.event.start_date
        by_kind = found.by_month[(start.year, start.month)]
        by_kind.setdefault(report.event.kind, []).append(report)
        names = delegation_names(report)
        found.members += len(names)
        for name in names:
            travellers.setdefault(name, []).append(report)
        delegation = report.delegation
        if delegation.mission_cost.strip() or delegation.mission_amount is not None:
            found.costs.append(report)
            if delegation.mission_amount is None:
                found.unpriced.append(report)
        if report.event.participants_count:
            found.declared += report.event.participants_count
            found.counted.append(report)
        for recommendation in report.recommendations():
            if recommendation.text.strip():
                # the same recommendation in a later report says where it stands now
                latest[recommendation.id] = (report, recommendation)
    priced = [r.delegation for r in found.costs if r.delegation.mission_amount is not None]
    found.totals = total_by_currency([(d.mission_amount, d.mission_currency) for d in priced])
    found.travellers = sorted(travellers.items(), key=lambda item: (-len(item[1]), item[0]))
    found.recommendations = list(latest.values())
    for made in found.recommendations:
        found.by_status.setdefault(made[1].status, []).append(made)
    found.own = [made for made in found.recommendations if made[1].by_commune]
    return found


def compose_year(
    reports: list[Report], profile: CommuneProfile, period: Period, undated: int = 0
) -> Document:
    """The year in review of ``reports`` for ``period``, as the body of ``profile`` writes it."""
    return document_of(figures(reports, period, undated), profile)


def document_of(found: Figures, profile: CommuneProfile) -> Document:
    words, style = year_words, profile.month_style
    writer = ar_ma.writer(profile)
    period = found.period
    title = words.title(period.start, period.end, style)
    blocks: list = []
    lines = [line for line in profile.letterhead if line.strip()]
    if lines or profile.logo:
        blocks.append(Letterhead(lines, profile.logo))
    document = Document(title, ar_ma.author(writer), blocks, language=ar_ma.LANGUAGE)
    document.direction, document.words = ar_ma.DIRECTION, ar_ma.PAGE_WORDS
    say = _Writer(document)
    say.para(title, Style.TITLE)
    say.para(writer.called, Style.SUBTITLE)
    _events(say, found, writer, style)
    _delegations(say, found, writer)
    _missions(say, found, style)
    say.para(words.HEADINGS["participants"], Style.HEADING1)
    say.para(words.participants(writer, found.declared, len(found.counted), found.members))
    _recommendations(say, found, writer, style)
    return document


@dataclass
class _Writer:
    document: Document

    def para(self, text: str, style: Style = Style.BODY) -> None:
        if text:
            self.document.blocks.append(Paragraph([Run(text)], style))

    def add(self, block) -> None:
        self.document.blocks.append(block)


def _events(say: _Writer, found: Figures, writer, style: str) -> None:
    words, period = year_words, found.period
    say.para(words.HEADINGS["events"], Style.HEADING1)
    roles = {role: len(reports) for role, reports in found.by_role.items()}
    say.para(words.events_summary(writer, roles, period.start, period.end, style))
    if found.undated:
        say.para(words.undated(found.undated), Style.NOTE)
    if not found.events:
        return
    kinds = found.kinds
    several_years = period.start.year != period.end.year
    labels, rows = [], []
    for (year, month), by_kind in found.by_month.items():
        labels.append(words.month_label(year, month, style, several_years))
        counts = [len(by_kind.get(kind, ())) for kind in kinds]
        rows.append([labels[-1], *map(str, counts), str(sum(counts))])
    totals = [sum(len(found.by_month[m].get(kind, ())) for m in found.by_month) for kind in kinds]
    rows.append([words.total_label(), *map(str, totals), str(len(found.events))])
    say.add(Table(words.month_table_header(kinds), rows))
    say.add(events_chart(found, style))
    say.add(
        Table(
            words.events_table_header(),
            [
                [
                    words.event_day(r.event.start_date, style),
                    ar_ma.event_named(r.event.kind, r.event.kind_label, r.event.name),
                    r.event.city.strip(),
                    words.role_label(r.commune_role),
                ]
                for r in found.events
            ],
        )
    )


def events_chart(found: Figures, style: str) -> Chart:
    """Events by month (bars, right to left) and kind (stacked segments)."""
    words, months = year_words, found.by_month
    several_years = found.period.start.year != found.period.end.year
    labels = [words.month_label(y, m, style, several_years) for y, m in months]
    series = [
        (words.kind_label(kind), [len(by.get(kind, ())) for by in months.values()])
        for kind in found.kinds
    ]
    what = words.events_chart_title()
    return Chart(what, labels, series, words.chart_description(what, labels, series))


def status_chart(found: Figures) -> Chart:
    """Recommendations by where they stand."""
    words = year_words
    statuses = [s for s in RecommendationStatus if found.by_status.get(s)]
    labels = [words.status_label(s) for s in statuses]
    series = [(words.count_series(), [len(found.by_status[s]) for s in statuses])]
    what = words.status_chart_title()
    return Chart(what, labels, series, words.chart_description(what, labels, series))


def _delegations(say: _Writer, found: Figures, writer) -> None:
    words = year_words
    say.para(words.HEADINGS["delegations"], Style.HEADING1)
    if not found.travellers:
        say.para(words.no_delegations())
        return
    say.para(words.travellers_lead(writer, len(found.travellers)))
    rows = [[name, str(len(reports))] for name, reports in found.travellers]
    say.add(Table(words.travellers_header(), rows))


def _missions(say: _Writer, found: Figures, style: str) -> None:
    words = year_words
    say.para(words.HEADINGS["missions"], Style.HEADING1)
    if not found.costs:
        say.para(words.no_costs())
        return
    rows = []
    for report in found.costs:
        event, delegation = report.event, report.delegation
        amount = delegation.mission_amount
        rows.append(
            [
                words.event_day(event.start_date, style),
                ar_ma.event_named(event.kind, event.kind_label, event.name),
                delegation.mission_cost.strip(),
                "" if amount is None else words.amount(amount, delegation.mission_currency),
            ]
        )
    say.add(Table(words.costs_header(), rows))
    say.para(words.costs_total(found.totals))
    if found.unpriced:
        say.para(words.costs_without_amount(len(found.unpriced)), Style.NOTE)


def _recommendations(say: _Writer, found: Figures, writer, style: str) -> None:
    words = year_words
    say.para(words.HEADINGS["recommendations"], Style.HEADING1)
    say.para(words.recommendations_summary(len(found.recommendations)))
    if found.recommendations:
        statuses = [s for s in RecommendationStatus if found.by_status.get(s)]
        counts = Counter({s: len(found.by_status[s]) for s in statuses})
        labels = [words.status_label(s) for s in statuses]
        rows = [[label, str(counts[s])] for label, s in zip(labels, statuses, strict=True)]
        say.add(Table(words.status_header(), rows))
        say.add(status_chart(found))
        rows = [_row(made, style) for made in _by_status(found)]
        say.add(_filled_columns(words.recommendations_header(), rows))
    say.para(words.own_heading(writer), Style.HEADING1)
    say.para(words.own_summary(writer, len(found.own)))
    if found.own:
        items = [words.own_item(r.text.strip(), r.status) for _report, r in found.own]
        say.add(BulletList([ListItem([Run(item)]) for item in items]))


def _filled_columns(header: list[str], rows: list[list[str]]) -> Table:
    """The table without the columns empty in every row (no responsible or deadline typed):
    the others get their width."""
    kept = [i for i in range(len(header)) if any(row[i] for row in rows)] or [0]
    return Table([header[i] for i in kept], [[row[i] for i in kept] for row in rows])


def _by_status(found: Figures) -> list[Made]:
    return [made for s in RecommendationStatus for made in found.by_status.get(s, [])]


def _row(made: Made, style: str) -> list[str]:
    report, recommendation = made
    event = report.event
    deadline = recommendation.deadline
    return [
        recommendation.text.strip(),
        ar_ma.event_named(event.kind, event.kind_label, event.name),
        recommendation.responsible.strip(),
        year_words.event_day(deadline, style) if deadline else "",
        year_words.status_label(recommendation.status),
    ]
