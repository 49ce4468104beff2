"""The commune profile: letterhead, president, focal point, logo, fonts, month names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,
)

from openreport.images import read_picture
from openreport.model import BodyKind, CommuneProfile
from openreport.render.docx.template import TemplateError, check_template
from openreport.ui.fields import follow_layout_direction, tab_leaves
from openreport.ui.fit import fit_dialog, scroll_contents
from openreport.ui.font_check import add_font_note
from openreport.ui.forms.ui_profile_dialog import Ui_ProfileDialog
from openreport.ui.labels import shown, tr, translate
from openreport.ui.widgets import EnumCombo

MAX_LOGO_BYTES = 2 * 1024 * 1024
# the ways of naming the months a report can use (the wording's MONTH_STYLES), as offered here
MONTH_STYLES = {
    "ar_MA": QT_TRANSLATE_NOOP("MonthStyle", "المغرب: يناير، فبراير … نونبر، دجنبر"),
    "ar": QT_TRANSLATE_NOOP("MonthStyle", "المشرق: يناير، فبراير … نوفمبر، ديسمبر"),
}


class ProfileDialog(QDialog):
    def __init__(self, profile: CommuneProfile, people=None, parent=None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ProfileDialog()
        ui.setupUi(self)
        self.profile = profile
        self.logo = profile.logo
        self.commune, self.city, self.letterhead = ui.commune, ui.city, ui.letterhead
        self.president, self.focal_point = ui.president, ui.focalPoint
        self.logo_preview, self.font, self.months = ui.logoPreview, ui.font, ui.months
        self.body_size, self.heading_size = ui.bodySize, ui.headingSize
        self.title_size, self.template = ui.titleSize, ui.template
        self.build_body(profile)
        self.city.setText(profile.city)
        self.letterhead.setPlainText("\n".join(profile.letterhead))
        self.letterhead.setFixedHeight(110)
        follow_layout_direction(self.letterhead)
        tab_leaves(self.letterhead)
        for fields, person in (
            (self.president, profile.president),
            (self.focal_point, profile.focal_point),
        ):
            if people is not None:
                fields.set_people(people)
            fields.load(person)
        self.logo_preview.setFixedSize(90, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ui.chooseLogo.clicked.connect(self.choose_logo)
        ui.removeLogo.clicked.connect(lambda: self.set_logo(None))
        self.font.setWritingSystem(QFontDatabase.WritingSystem.Arabic)
        self.font.setEditable(True)
        # the note first: it loads the shipped faces, and a QFontComboBox resets its text
        # when the font database changes (Traditional Arabic would have become Amiri)
        self.font_note = add_font_note(ui.typography, self.font)  # installed here or not
        self.font.setEditText(profile.font_name)
        for spin, value in (
            (self.body_size, profile.body_size),
            (self.heading_size, profile.heading_size),
            (self.title_size, profile.title_size),
        ):
            spin.setRange(8, 40)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setValue(value)
        for style, description in MONTH_STYLES.items():
            self.months.addItem(translate("MonthStyle", description), style)
        self.months.setCurrentIndex(max(0, self.months.findData(profile.month_style)))
        self.template.setText(profile.template_path)
        self.template.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a file path
        ui.chooseTemplate.clicked.connect(self.choose_template)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        self.set_logo(profile.logo)
        wanted = self.sizeHint()  # all of it, before the scroll area hides the rest
        self.scroll = scroll_contents(self, ui.buttons)
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        fit_dialog(self, QSize(wanted.width() + scrollbar, wanted.height()))

    def build_body(self, profile: CommuneProfile) -> None:
        """The writer: a commune, or another body that gives its full name."""
        self.body = EnumCombo(self, tuple(BodyKind))
        self.ui.form.insertRow(0, tr("الجهة الكاتبة:"), self.body)
        self.body.set_value(profile.body)
        self.body.currentIndexChanged.connect(self.name_the_body)
        self.name_the_body()
        self.commune.setText(profile.commune_name)

    def name_the_body(self) -> None:
        """A commune gives its name; another body its full name, as the title will say it."""
        ui = self.ui
        if self.body.value() is BodyKind.COMMUNE:
            ui.communeLabel.setText(tr("اسم الجماعة:"))
            self.commune.setPlaceholderText(tr("مثال: شفشاون"))
        else:
            ui.communeLabel.setText(tr("الاسم الكامل للهيئة:"))
            self.commune.setPlaceholderText(tr("مثال: جمعية رؤساء جماعات الشمال"))

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
        data = read_picture(path, MAX_LOGO_BYTES)
        if data is None or not QPixmap().loadFromData(data):
            QMessageBox.warning(
                self, tr("الشعار"), tr("تعذرت قراءة الصورة، أو حجمها يتجاوز 2 ميغابايت.")
            )
            return
        self.set_logo(data)

    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("قالب DOCX"), "", tr("مستندات Word (*.docx)")
        )
        if not path:
            return
        try:
            check_template(path)  # refused now, with its reason, not silently at export
        except TemplateError as error:
            QMessageBox.warning(self, tr("قالب DOCX"), shown(error))
            return
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
            body=self.body.value(),
        )
