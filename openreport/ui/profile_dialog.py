"""The commune profile: letterhead, president, focal point, logo, fonts, month names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from openreport.compose.dates import MONTH_STYLES
from openreport.model import CommuneProfile
from openreport.ui.labels import tr
from openreport.ui.widgets import PersonFields

MAX_LOGO_BYTES = 2 * 1024 * 1024


class ProfileDialog(QDialog):
    def __init__(self, profile: CommuneProfile, people=None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ملف الجماعة"))
        self.profile = profile
        self.logo = profile.logo
        self.commune = QLineEdit(profile.commune_name)
        self.commune.setPlaceholderText(tr("مثال: شفشاون"))
        self.city = QLineEdit(profile.city)
        self.letterhead = QPlainTextEdit("\n".join(profile.letterhead))
        self.letterhead.setPlaceholderText(
            tr("سطر لكل مستوى:\nالمملكة المغربية\nوزارة الداخلية\nإقليم …\nجماعة …")
        )
        self.letterhead.setFixedHeight(110)
        self.president = PersonFields(people)
        self.president.load(profile.president)
        self.focal_point = PersonFields(people)
        self.focal_point.load(profile.focal_point)
        self.logo_preview = QLabel(tr("بدون شعار"))
        self.logo_preview.setFixedSize(90, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose_logo = QPushButton(tr("اختيار الشعار…"))
        remove_logo = QPushButton(tr("بدون شعار"))
        choose_logo.clicked.connect(self.choose_logo)
        remove_logo.clicked.connect(lambda: self.set_logo(None))
        self.font = QFontComboBox()
        self.font.setWritingSystem(QFontDatabase.WritingSystem.Arabic)
        self.font.setEditable(True)
        self.font.setEditText(profile.font_name)
        self.body_size = self._size(profile.body_size)
        self.heading_size = self._size(profile.heading_size)
        self.title_size = self._size(profile.title_size)
        self.months = QComboBox()
        for style, description in MONTH_STYLES.items():
            self.months.addItem(tr(description), style)
        self.months.setCurrentIndex(max(0, self.months.findData(profile.month_style)))
        self.template = QLineEdit(profile.template_path)
        self.template.setPlaceholderText(tr("القالب المدمج"))
        self.template.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a file path
        choose_template = QPushButton(tr("اختيار…"))
        choose_template.clicked.connect(self.choose_template)

        form = QFormLayout()
        form.addRow(tr("اسم الجماعة:"), self.commune)
        form.addRow(tr("المدينة:"), self.city)
        form.addRow(tr("الترويسة:"), self.letterhead)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(remove_logo)
        logo_row.addStretch(1)
        form.addRow(tr("الشعار:"), self._wrap(logo_row))
        people_row = QHBoxLayout()
        for title, fields in (
            (tr("رئيس(ة) الجماعة"), self.president),
            (tr("نقطة الارتكاز"), self.focal_point),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(fields)
            people_row.addWidget(box)
        sizes = QHBoxLayout()
        for text, spin in (
            (tr("المتن"), self.body_size),
            (tr("العناوين"), self.heading_size),
            (tr("العنوان الرئيسي"), self.title_size),
        ):
            sizes.addWidget(QLabel(text))
            sizes.addWidget(spin)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(choose_template)
        typography = QFormLayout()
        typography.addRow(tr("خط التقرير:"), self.font)
        typography.addRow(tr("الأحجام:"), self._wrap(sizes))
        typography.addRow(tr("أسماء الشهور:"), self.months)
        typography.addRow(tr("قالب خاص:"), self._wrap(template_row))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(people_row)
        layout.addLayout(typography)
        layout.addWidget(buttons)
        self.set_logo(profile.logo)

    @staticmethod
    def _wrap(layout) -> QWidget:
        widget = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    @staticmethod
    def _size(value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(8, 40)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setValue(value)
        return spin

    def set_logo(self, data: bytes | None) -> None:
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    86,
                    86,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(tr("بدون شعار"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("شعار الجماعة"), "", tr("صور (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        data = Path(path).read_bytes()
        if len(data) > MAX_LOGO_BYTES or not QPixmap().loadFromData(data):
            QMessageBox.warning(
                self, tr("الشعار"), tr("تعذرت قراءة الصورة، أو حجمها يتجاوز 2 ميغابايت.")
            )
            return
        self.set_logo(data)

    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("قالب DOCX"), "", tr("مستندات Word (*.docx)")
        )
        if path:
            self.template.setText(path)

    def result_profile(self) -> CommuneProfile:
        return CommuneProfile(
            commune_name=self.commune.text().strip(),
            letterhead=[
                line.strip() for line in self.letterhead.toPlainText().splitlines() if line.strip()
            ],
            president=self.president.person(),
            focal_point=self.focal_point.person(),
            city=self.city.text().strip(),
            logo=self.logo,
            font_name=self.font.currentText().strip() or "Traditional Arabic",
            body_size=self.body_size.value(),
            heading_size=self.heading_size.value(),
            title_size=self.title_size.value(),
            month_style=self.months.currentData(),
            template_path=self.template.text().strip(),
        )
