"""The section of the workshops' recommendations: the workshop chosen as in the workshops
section, its recommendations in a table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from openreport.model import Recommendation, Report
from openreport.ui.editor.base import Section, SectionId, put_in_slot
from openreport.ui.editor.workshops import WorkshopChooser
from openreport.ui.forms.ui_recommendations_section import Ui_RecommendationsSection
from openreport.ui.labels import tr
from openreport.ui.models import RecordListModel, action_columns
from openreport.ui.widgets import RecordTable


class RecommendationsSection(Section):
    id = SectionId.RECOMMENDATIONS
    title = QT_TRANSLATE_NOOP("Section", "التوصيات")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_RecommendationsSection()
        self.ui.setupUi(self)
        self.chooser = put_in_slot(self.ui.chooserSlot, WorkshopChooser())
        self.chooser.new_block.hide()
        self.recommendations = RecordListModel(
            action_columns(
                tr("التوصية"),
                tr("اقترحتها جماعتنا"),
                "days.sessions.items.workshops.recommendations",
            ),
            Recommendation,
            self,
        )
        self.table = put_in_slot(self.ui.tableSlot, RecordTable(self.recommendations, wide=0))
        self.chooser.block.setPlaceholderText(tr("لا توجد ورشات في البرنامج بعد"))
        self.recommendations.changed.connect(self.changed)
        self.chooser.workshop.currentIndexChanged.connect(self.workshop_chosen)

    def load(self, report: Report) -> None:
        super().load(report)
        self.chooser.load(report)
        # start on the first workshop the delegation attended
        for b, block in enumerate(self.chooser.blocks):
            for w, workshop in enumerate(block.workshops):
                if workshop.attended:
                    self.chooser.block.setCurrentIndex(b)
                    self.chooser.workshop.setCurrentIndex(w)
                    self.workshop_chosen()
                    return
        self.workshop_chosen()

    def workshop_chosen(self) -> None:
        workshop = self.chooser.current()
        self.recommendations.set_records(workshop.recommendations if workshop else [])
        self.table.setEnabled(workshop is not None)
        self.table.empty_hint.setText(
            tr("لا توصيات لهذه الورشة بعد: أضف كل توصية بزر «إضافة» أعلاه.")
            if workshop is not None
            else tr(
                "لا ورشة بعد: أضف الورشات في قسم «الورشات والمداخلات»، ثم اكتب هنا توصيات كل ورشة."
            )
        )

    def set_read_only(self, read_only: bool) -> None:
        self.table.set_read_only(read_only)
