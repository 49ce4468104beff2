# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_section.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from openreport.ui.widgets import (EnumCombo, OptionalDateEdit)

class Ui_EventSection(object):
    def setupUi(self, EventSection):
        if not EventSection.objectName():
            EventSection.setObjectName(u"EventSection")
        EventSection.setLayoutDirection(Qt.RightToLeft)
        self.outer = QVBoxLayout(EventSection)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(EventSection)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLineEdit(EventSection)
        self.title.setObjectName(u"title")

        self.titleRow.addWidget(self.title)

        self.suggestTitle = QPushButton(EventSection)
        self.suggestTitle.setObjectName(u"suggestTitle")

        self.titleRow.addWidget(self.suggestTitle)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.titleRow)

        self.roleLabel = QLabel(EventSection)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.communeRole = EnumCombo(EventSection)
        self.communeRole.setObjectName(u"communeRole")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.communeRole)

        self.kindLabel = QLabel(EventSection)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = EnumCombo(EventSection)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind)

        self.nameLabel = QLabel(EventSection)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(EventSection)
        self.name.setObjectName(u"name")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name)

        self.sloganLabel = QLabel(EventSection)
        self.sloganLabel.setObjectName(u"sloganLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sloganLabel)

        self.slogan = QLineEdit(EventSection)
        self.slogan.setObjectName(u"slogan")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.slogan)

        self.cityLabel = QLabel(EventSection)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.placeRow = QHBoxLayout()
        self.placeRow.setObjectName(u"placeRow")
        self.city = QLineEdit(EventSection)
        self.city.setObjectName(u"city")

        self.placeRow.addWidget(self.city)

        self.countryLabel = QLabel(EventSection)
        self.countryLabel.setObjectName(u"countryLabel")

        self.placeRow.addWidget(self.countryLabel)

        self.country = QLineEdit(EventSection)
        self.country.setObjectName(u"country")

        self.placeRow.addWidget(self.country)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.placeRow)

        self.venueLabel = QLabel(EventSection)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venue = QLineEdit(EventSection)
        self.venue.setObjectName(u"venue")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.venue)

        self.datesLabel = QLabel(EventSection)
        self.datesLabel.setObjectName(u"datesLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.startDate = OptionalDateEdit(EventSection)
        self.startDate.setObjectName(u"startDate")

        self.datesRow.addWidget(self.startDate)

        self.toLabel = QLabel(EventSection)
        self.toLabel.setObjectName(u"toLabel")

        self.datesRow.addWidget(self.toLabel)

        self.endDate = OptionalDateEdit(EventSection)
        self.endDate.setObjectName(u"endDate")

        self.datesRow.addWidget(self.endDate)

        self.participantsLabel = QLabel(EventSection)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.datesRow.addWidget(self.participantsLabel)

        self.participants = QSpinBox(EventSection)
        self.participants.setObjectName(u"participants")

        self.datesRow.addWidget(self.participants)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.contextLabel = QLabel(EventSection)
        self.contextLabel.setObjectName(u"contextLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.contextLabel)

        self.context = QPlainTextEdit(EventSection)
        self.context.setObjectName(u"context")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.context)

        self.overviewLabel = QLabel(EventSection)
        self.overviewLabel.setObjectName(u"overviewLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.overviewLabel)

        self.overview = QPlainTextEdit(EventSection)
        self.overview.setObjectName(u"overview")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.overview)


        self.outer.addLayout(self.form)

        self.organisationsLabel = QLabel(EventSection)
        self.organisationsLabel.setObjectName(u"organisationsLabel")

        self.outer.addWidget(self.organisationsLabel)

        self.organisationsSlot = QWidget(EventSection)
        self.organisationsSlot.setObjectName(u"organisationsSlot")

        self.outer.addWidget(self.organisationsSlot)

        self.themesLabel = QLabel(EventSection)
        self.themesLabel.setObjectName(u"themesLabel")

        self.outer.addWidget(self.themesLabel)

        self.themesSlot = QWidget(EventSection)
        self.themesSlot.setObjectName(u"themesSlot")

        self.outer.addWidget(self.themesSlot)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.roleLabel.setBuddy(self.communeRole)
        self.kindLabel.setBuddy(self.kind)
        self.nameLabel.setBuddy(self.name)
        self.sloganLabel.setBuddy(self.slogan)
        self.cityLabel.setBuddy(self.city)
        self.countryLabel.setBuddy(self.country)
        self.venueLabel.setBuddy(self.venue)
        self.contextLabel.setBuddy(self.context)
        self.overviewLabel.setBuddy(self.overview)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventSection)

        QMetaObject.connectSlotsByName(EventSection)
    # setupUi

    def retranslateUi(self, EventSection):
        self.titleLabel.setText(QCoreApplication.translate("EventSection", u"\u0639\u0646\u0648\u0627\u0646 \u0627\u0644\u062a\u0642\u0631\u064a\u0631:", None))
        self.suggestTitle.setText(QCoreApplication.translate("EventSection", u"\u0639\u0646\u0648\u0627\u0646 \u0645\u0642\u062a\u0631\u062d", None))
#if QT_CONFIG(tooltip)
        self.suggestTitle.setToolTip(QCoreApplication.translate("EventSection", u"\u0643\u062a\u0627\u0628\u0629 \u0639\u0646\u0648\u0627\u0646 \u0644\u0644\u062a\u0642\u0631\u064a\u0631 \u0645\u0646 \u0646\u0648\u0639 \u0627\u0644\u0641\u0639\u0627\u0644\u064a\u0629 \u0648\u0627\u0633\u0645\u0647\u0627 \u0648\u062a\u0627\u0631\u064a\u062e\u0647\u0627\u060c \u0645\u0643\u0627\u0646 \u0627\u0644\u0639\u0646\u0648\u0627\u0646 \u0627\u0644\u062d\u0627\u0644\u064a", None))
#endif // QT_CONFIG(tooltip)
        self.roleLabel.setText(QCoreApplication.translate("EventSection", u"\u062f\u0648\u0631 \u0627\u0644\u062c\u0645\u0627\u0639\u0629:", None))
        self.kindLabel.setText(QCoreApplication.translate("EventSection", u"\u0646\u0648\u0639 \u0627\u0644\u0641\u0639\u0627\u0644\u064a\u0629:", None))
        self.nameLabel.setText(QCoreApplication.translate("EventSection", u"\u0627\u0633\u0645 \u0627\u0644\u0641\u0639\u0627\u0644\u064a\u0629:", None))
        self.sloganLabel.setText(QCoreApplication.translate("EventSection", u"\u0634\u0639\u0627\u0631 \u0627\u0644\u0641\u0639\u0627\u0644\u064a\u0629:", None))
        self.slogan.setPlaceholderText(QCoreApplication.translate("EventSection", u"\u0627\u0644\u0639\u0628\u0627\u0631\u0629 \u0627\u0644\u062a\u064a \u0631\u0641\u0639\u062a\u0647\u0627 \u0627\u0644\u0641\u0639\u0627\u0644\u064a\u0629 \u0634\u0639\u0627\u0631\u0627 \u0644\u0647\u0627\u060c \u0643\u0645\u0627 \u0633\u062a\u0643\u062a\u0628 \u0641\u064a \u0627\u0644\u062a\u0642\u0631\u064a\u0631", None))
        self.cityLabel.setText(QCoreApplication.translate("EventSection", u"\u0627\u0644\u0645\u062f\u064a\u0646\u0629:", None))
        self.countryLabel.setText(QCoreApplication.translate("EventSection", u"\u0627\u0644\u0628\u0644\u062f (\u062e\u0627\u0631\u062c \u0627\u0644\u0645\u063a\u0631\u0628):", None))
        self.venueLabel.setText(QCoreApplication.translate("EventSection", u"\u0645\u0643\u0627\u0646 \u0627\u0644\u0627\u0646\u0639\u0642\u0627\u062f:", None))
        self.datesLabel.setText(QCoreApplication.translate("EventSection", u"\u0645\u0646:", None))
        self.toLabel.setText(QCoreApplication.translate("EventSection", u"\u0625\u0644\u0649:", None))
        self.participantsLabel.setText(QCoreApplication.translate("EventSection", u"\u0639\u062f\u062f \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u064a\u0646:", None))
        self.contextLabel.setText(QCoreApplication.translate("EventSection", u"\u0627\u0644\u0633\u064a\u0627\u0642 (\u0641\u0642\u0631\u0629 \u0627\u0644\u0627\u0641\u062a\u062a\u0627\u062d):", None))
        self.overviewLabel.setText(QCoreApplication.translate("EventSection", u"\u0644\u0645\u062d\u0629 \u0639\u0627\u0645\u0629 \u0639\u0646 \u0627\u0644\u0641\u0639\u0627\u0644\u064a\u0629:", None))
        self.organisationsLabel.setText(QCoreApplication.translate("EventSection", u"\u0627\u0644\u062c\u0647\u0627\u062a \u0627\u0644\u0645\u0646\u0638\u0645\u0629 \u0648\u0627\u0644\u0634\u0631\u0643\u0627\u0621:", None))
        self.themesLabel.setText(QCoreApplication.translate("EventSection", u"\u0627\u0644\u0645\u062d\u0627\u0648\u0631 \u0648\u0627\u0644\u0623\u0647\u062f\u0627\u0641:", None))
        pass
    # retranslateUi

