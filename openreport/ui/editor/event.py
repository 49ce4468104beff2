"""The event section (kind, name, slogan, place, dates, organisers, context)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout

from openreport.compose import suggested_title
from openreport.model import CommuneRole, EventKind, Organisation, Report
from openreport.ui.binder import Binder
from openreport.ui.editor.base import Section, SectionId
from openreport.ui.editor.event_fields import EventFields, organisation_columns
from openreport.ui.fields import count_spin, mark_required
from openreport.ui.forms.ui_event_section import Ui_EventSection
from openreport.ui.labels import tr
from openreport.ui.models import RecordListModel, StringListModel
from openreport.ui.widgets import RecordTable


class EventSection(Section):
    id = SectionId.EVENT
    title = QT_TRANSLATE_NOOP("Section", "الفعالية")
    paths = ("title", "event.")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_EventSection()
        self.ui.setupUi(self)
        ui = self.ui
        # the two choice boxes hold the model's values
        ui.kind.set_values(tuple(EventKind))
        ui.communeRole.set_values(tuple(CommuneRole))
        count_spin(spin=ui.participants)
        ui.endDate.start_from = ui.startDate.value  # «إلى» starts from «من»
        for text in (ui.context, ui.overview):
            text.setMinimumHeight(110)
        self.build_lists()
        self.binder = self.bind_fields()
        self.binder.changed.connect(self.changed)
        self.organisations.changed.connect(self.changed)
        self.themes.changed.connect(self.changed)
        ui.suggestTitle.clicked.connect(self.suggest_title)
        mark_required(ui.titleLabel, ui.title)
        mark_required(ui.nameLabel, ui.name)
        mark_required(
            ui.datesLabel, ui.startDate, tip=tr("تاريخ بداية الفعالية مطلوب لاعتماد التقرير نهائيا")
        )

    def build_lists(self) -> None:
        """The organisers and partners, and the themes: tables in the form's slots."""
        ui = self.ui
        self.organisations = RecordListModel(
            organisation_columns(self.context.organisation_names), Organisation, self
        )
        self.organisations_table = RecordTable(
            self.organisations,
            wide=0,
            empty=tr("لا جهة بعد: أضف بزر «إضافة» من نظم الفعالية ومن شارك في تنظيمها أو رعاها."),
        )
        self.themes = StringListModel(tr("المحور أو الهدف"), self)
        self.themes_table = RecordTable(
            self.themes, empty=tr("لا محاور بعد: أضف كل محور أو هدف للفعالية بزر «إضافة».")
        )
        layout: QVBoxLayout = ui.outer
        layout.replaceWidget(ui.organisationsSlot, self.organisations_table)
        layout.replaceWidget(ui.themesSlot, self.themes_table)
        for slot in (ui.organisationsSlot, ui.themesSlot):
            slot.hide()
            slot.deleteLater()

    def bind_fields(self) -> Binder:
        ui = self.ui
        event = lambda: self.report.event  # noqa: E731 - the current report's event
        binder = Binder(self)
        binder.bind(
            ui.title, lambda: self.report.title, lambda v: setattr(self.report, "title", v), "title"
        )
        binder.bind(
            ui.communeRole,
            lambda: self.report.commune_role,
            lambda v: setattr(self.report, "commune_role", v),
            "commune_role",
        )
        for widget, name in (
            (ui.kind, "kind"),
            (ui.name, "name"),
            (ui.slogan, "slogan"),
            (ui.city, "city"),
            (ui.country, "country"),
            (ui.venue, "venue"),
            (ui.startDate, "start_date"),
            (ui.endDate, "end_date"),
            (ui.participants, "participants_count"),
            (ui.context, "context"),
            (ui.overview, "overview"),
        ):
            binder.bind(
                widget,
                lambda n=name: getattr(event(), n),
                lambda v, n=name: setattr(event(), n, v),
                f"event.{name}",
            )
        for name in ("city", "country"):
            binder.place(f"event.{name}", ui.cityLabel)
        for name in ("start_date", "end_date"):
            binder.place(f"event.{name}", ui.datesLabel)
        binder.place("event.country", ui.countryLabel)
        binder.place("event.participants_count", ui.participantsLabel)
        binder.place("event.end_date", ui.toLabel)
        binder.place("event.organisations", ui.organisationsLabel, self.organisations_table)
        binder.place("event.themes", ui.themesLabel, self.themes_table)
        self.more = EventFields(self, binder)
        return binder

    def load(self, report: Report) -> None:
        super().load(report)
        self.binder.load()
        self.organisations.set_records(report.event.organisations)
        self.themes.set_records(report.event.themes)
        self.more.load(report)

    def suggest_title(self) -> None:
        self.ui.title.setText(suggested_title(self.report, self.context.profile))
        self.report.title = self.ui.title.text()
        self.changed.emit()

    def problem_fields(self) -> dict:
        ui = self.ui
        return {
            "title": ui.title,
            "event.name": ui.name,
            "event.start_date": ui.startDate,
            "event.end_date": ui.endDate,
            "event.participants_count": ui.participants,
            "event.themes": self.themes_table.view,
            "event.trainers": self.more.trainers_table.view,
            "event.expected_results": self.more.expected_table.view,
        }

    def main_field(self):
        return self.ui.name

    def set_read_only(self, read_only: bool) -> None:
        self.binder.set_read_only(read_only)
        self.ui.suggestTitle.setEnabled(not read_only)
        self.organisations_table.set_read_only(read_only)
        self.themes_table.set_read_only(read_only)
        self.more.set_read_only(read_only)
