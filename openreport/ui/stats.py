"""The statistics page beside the library: the year in review's figures and charts for a year,
read again each time the page is shown, each figure listing the reports behind it (opened by a
double click)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from openreport.compose.document import Chart
from openreport.compose.wording import ar_ma
from openreport.compose.wording.ar_ma import year as year_words
from openreport.compose.year import Figures, Period, events_chart, figures, status_chart
from openreport.errors import UserError
from openreport.model import RecommendationStatus, Report
from openreport.render.qt.charts import draw_chart
from openreport.render.qt.fonts import page_face
from openreport.ui.dates import arabic, shown_date
from openreport.ui.labels import label, tr
from openreport.ui.views import report_actions_off
from openreport.year_review import export_year, period_reports

IDS = Qt.ItemDataRole.UserRole
WATCH_MS = 2000


class ChartView(QWidget):
    """A chart of the year in review, drawn as the PDF draws it."""

    def __init__(self, family: str, parent=None) -> None:
        super().__init__(parent)
        self.family, self.chart = family, None
        self.setMinimumSize(160, 60)  # the window still fits a small screen

    def set_chart(self, chart: Chart | None) -> None:
        self.chart = chart
        self.setAccessibleDescription(chart.description if chart else "")
        self.update()

    def paintEvent(self, event) -> None:
        if self.chart is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        draw_chart(painter, self.rect().toRectF(), self.chart, self.family)
        painter.end()


class StatsPage(QWidget):
    open_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statsPage")
        self.window_ = window
        self.found: Figures | None = None
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(dt.date.today().year)
        self.shown = False  # the first showing chooses the year of the latest event
        self.counted_state: tuple = ()
        self.watch = QTimer(self)  # while shown, the figures follow the library
        self.watch.setInterval(WATCH_MS)
        self.watch.timeout.connect(self.follow_library)
        self.year.setAccessibleName(tr("السنة"))
        self.year.valueChanged.connect(self.refresh)
        back = QPushButton(tr("العودة إلى المكتبة"))
        back.clicked.connect(self.back_requested)
        back.setToolTip(tr("الرجوع إلى قائمة التقارير"))
        self.save_button = QPushButton(tr("حفظ الحصيلة (DOCX أو PDF)…"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setToolTip(
            tr("كتابة حصيلة السنة المختارة في مستند Word أو في ملف PDF للأرشيف، بمخططاتها")
        )
        bar = QHBoxLayout()
        for widget in (QLabel(tr("حصيلة سنة")), self.year, self.save_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(back)
        self.tree = QTreeWidget()
        self.tree.setObjectName("figures")
        self.tree.setHeaderLabels([tr("البيان"), tr("العدد")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self.show_reports)
        self.tree.itemActivated.connect(self.open_only_report)
        self.reports = QListWidget()
        self.reports.setObjectName("figureReports")
        self.reports.setWordWrap(True)  # a long name wraps; cut, an Arabic name loses its start
        self.reports.itemActivated.connect(lambda item: self.open_requested.emit(item.data(IDS)))
        family = page_face(window.profile)
        self.events_view, self.status_view = ChartView(family), ChartView(family)
        charts = QVBoxLayout()
        charts.addWidget(self.events_view, 1)
        charts.addWidget(self.status_view, 1)
        side = QWidget()
        side.setLayout(charts)
        splitter = QSplitter()
        for widget in (self.tree, self.reports, side):
            splitter.addWidget(widget)
        splitter.setSizes([380, 240, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.watch.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.watch.stop()

    def library_state(self) -> tuple:
        """What changes when a report is saved, imported, trashed or restored (here or by
        another OpenReport): the reports' count and the sum of their revisions."""
        return self.window_.library.conn.execute(
            "SELECT count(*), total(revision), count(deleted), max(modified) FROM reports"
        ).fetchone()

    def follow_library(self) -> None:
        """Counted again when the library changed since the figures were counted."""
        if self.library_state() != self.counted_state:
            self.refresh()

    def refresh(self) -> None:
        """Count the library's reports of the chosen year again."""
        self.counted_state = self.library_state()
        period = Period.calendar_year(self.year.value())
        reports, undated = period_reports(self.window_.library, period)
        self.found = found = figures(reports, period, undated)
        self.tree.clear()
        self.reports.clear()
        for title, value, rows in figure_rows(found):
            group = self.item(self.tree, title, value, _reports_of(rows))
            for name, figure, behind in rows:
                self.item(group, name, figure, behind)
            group.setExpanded(True)
        style = self.window_.profile.month_style
        self.events_view.set_chart(events_chart(found, style) if found.events else None)
        self.status_view.set_chart(status_chart(found) if found.recommendations else None)

    @staticmethod
    def item(parent, text: str, value: str, reports: list[Report]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, value])
        item.setToolTip(0, text)  # whole, where the column cuts a long label
        item.setData(0, IDS, [report.id for report in reports])
        return item

    def show_reports(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self.reports.clear()
        if item is None or self.found is None:
            return
        wanted = set(item.data(0, IDS) or [])
        for report in self.found.events:
            if report.id in wanted:
                event = report.event
                text = event_line(event)
                entry = QListWidgetItem(text)
                entry.setToolTip(report.title.strip() or text)
                entry.setData(IDS, report.id)
                self.reports.addItem(entry)

    def open_only_report(self, item: QTreeWidgetItem) -> None:
        ids = item.data(0, IDS) or []
        if len(ids) == 1:
            self.open_requested.emit(ids[0])

    def save(self) -> None:
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("حفظ حصيلة السنة"),
            f"bilan-{year}.docx",
            tr("مستند Word (*.docx);;PDF للأرشيف (*.pdf)"),
        )
        if not path:
            return
        try:
            export_year(
                self.window_.library, self.window_.profile, Period.calendar_year(year), path
            )
        except (UserError, OSError) as error:
            self.window_.error(error)


def _reports_of(rows: list[Row]) -> list[Report]:
    seen: dict[int | None, Report] = {}
    for _name, _value, reports in rows:
        for report in reports:
            seen.setdefault(report.id, report)
    return list(seen.values())


Row = tuple[str, str, list[Report]]  # a figure's name, its value, the reports behind it


def event_line(event) -> str:
    """An event in the list of a figure: its date and name, as the interface reads them (the
    kind is said before the name in Arabic, as the year in review says it)."""
    if arabic():
        name = ar_ma.event_named(event.kind, event.kind_label, event.name)
        return f"{year_words.event_day(event.start_date, 'ar_MA')} — {name}"
    name = event.name.strip() or event.kind_label.strip() or label(event.kind)
    return f"{shown_date(event.start_date)} — {name}"


def shown_amount(value, currency: str) -> str:
    """«4.500,00 درهم» in Arabic, as the reports write it; «4.500,00 MAD» in French (fr_MA)."""
    if arabic():
        return year_words.amount(value, currency)
    return f"{QLocale().toString(float(value), 'f', 2)} {currency}"


def _counted(name: str, reports: list[Report]) -> Row:
    return name, str(len(reports)), reports


def figure_rows(found: Figures) -> list[tuple[str, str, list[Row]]]:
    """The page's figures in groups: a group's name and value, then its rows."""
    made = lambda pairs: list({r.id: r for r, _m in pairs}.values())  # noqa: E731
    costs = []
    for currency, total in found.totals.items():
        behind = [r for r in found.costs if r.delegation.mission_amount is not None]
        behind = [r for r in behind if r.delegation.mission_currency == currency]
        costs.append((label_of_currency(currency), shown_amount(total, currency), behind))
    if found.unpriced:
        costs.append(_counted(tr("تكاليف بدون مبلغ"), found.unpriced))
    kinds = [
        _counted(label(kind), [r for by in found.by_month.values() for r in by.get(kind, [])])
        for kind in found.kinds
    ]
    statuses = [
        (label(s), str(len(found.by_status[s])), made(found.by_status[s]))
        for s in RecommendationStatus
        if s in found.by_status
    ]
    return [
        (
            tr("الفعاليات"),
            str(len(found.events)),
            [_counted(label(role), found.by_role[role]) for role in found.by_role],
        ),
        (tr("الفعاليات حسب النوع"), "", kinds),
        (
            tr("أعضاء الوفود"),
            str(len(found.travellers)),
            [_counted(name, reports) for name, reports in found.travellers],
        ),
        (tr("تكاليف المهام"), "", costs),
        (
            tr("المشاركون المصرح بهم"),
            str(found.declared),
            [_counted(tr("الفعاليات التي صرحت بعددهم"), found.counted)],
        ),
        (tr("التوصيات حسب مآلها"), str(len(found.recommendations)), statuses),
        (
            tr("مقترحات الجماعة"),
            str(len(found.own)),
            [(r.text.strip(), label(r.status), [report]) for report, r in found.own],
        ),
    ]


def label_of_currency(code: str) -> str:
    return {"MAD": tr("بالدرهم"), "EUR": tr("بالأورو"), "USD": tr("بالدولار")}.get(code, code)


def latest_year(library) -> int:
    """The year of the library's latest event up to today (this year when it has none)."""
    today = dt.date.today()
    (latest,) = library.conn.execute(
        "SELECT max(start_date) FROM reports WHERE deleted IS NULL AND start_date <= ?",
        (today.isoformat(),),
    ).fetchone()
    return int(latest[:4]) if latest else today.year


def build(window) -> StatsPage:
    """The page in the window's stack, built when first opened (see ui/views.py)."""
    page = StatsPage(window)
    window.pages.addWidget(page)
    page.open_requested.connect(window.open_report)
    page.back_requested.connect(window.show_library)
    window.stats_page = page
    return page


def show(window, page: StatsPage) -> None:
    """Leave the report being edited (saved first), then count and show the year."""
    if not window.leave_for(page):
        return
    if not page.shown:
        page.shown = True
        page.year.blockSignals(True)
        page.year.setValue(latest_year(window.library))
        page.year.blockSignals(False)
    page.refresh()
    report_actions_off(window)
