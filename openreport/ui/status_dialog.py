"""«تغيير الحالة»: the new status of a recommendation and an optional note."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from openreport.model import RecommendationStatus
from openreport.ui.dates import shown_date
from openreport.ui.labels import label, titled, tr


class StatusDialog(QDialog):
    """«تغيير الحالة»: the new status and an optional note; the history so far is shown."""

    def __init__(self, text: str, status: RecommendationStatus, history: list, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("تغيير الحالة"))
        self.setMinimumWidth(460)
        shown = QLabel(text)
        shown.setWordWrap(True)
        self.status = QComboBox()
        for choice in RecommendationStatus:
            self.status.addItem(label(choice), choice)
        self.status.setCurrentIndex(list(RecommendationStatus).index(status))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("ملاحظة اختيارية: ما الذي تغير ولماذا"))
        form = QFormLayout(self)
        form.addRow(shown)
        form.addRow(tr("الحالة الجديدة:"), self.status)
        form.addRow(tr("ملاحظة:"), self.note)
        if history:
            lines = [
                titled(shown_date(change.date), label(change.status))
                + (f" — {change.note}" if change.note else "")
                for change in history[-5:]
            ]
            past = QLabel("\n".join(lines))
            past.setWordWrap(True)
            form.addRow(tr("السجل:"), past)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[RecommendationStatus, str]:
        return self.status.currentData(), self.note.text()
