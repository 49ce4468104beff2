# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closing_section.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

from openreport.ui.widgets import (OptionalDateEdit, PersonFields)

class Ui_ClosingSection(object):
    def setupUi(self, ClosingSection):
        if not ClosingSection.objectName():
            ClosingSection.setObjectName(u"ClosingSection")
        ClosingSection.setLayoutDirection(Qt.RightToLeft)
        self.outer = QVBoxLayout(ClosingSection)
        self.outer.setObjectName(u"outer")
        self.itemsBox = QGroupBox(ClosingSection)
        self.itemsBox.setObjectName(u"itemsBox")
        self.itemsLayout = QVBoxLayout(self.itemsBox)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsSlot = QWidget(self.itemsBox)
        self.itemsSlot.setObjectName(u"itemsSlot")

        self.itemsLayout.addWidget(self.itemsSlot)


        self.outer.addWidget(self.itemsBox)

        self.remarksBox = QGroupBox(ClosingSection)
        self.remarksBox.setObjectName(u"remarksBox")
        self.remarksLayout = QVBoxLayout(self.remarksBox)
        self.remarksLayout.setObjectName(u"remarksLayout")
        self.remarksSlot = QWidget(self.remarksBox)
        self.remarksSlot.setObjectName(u"remarksSlot")

        self.remarksLayout.addWidget(self.remarksSlot)


        self.outer.addWidget(self.remarksBox)

        self.conclusionForm = QFormLayout()
        self.conclusionForm.setObjectName(u"conclusionForm")
        self.conclusionLabel = QLabel(ClosingSection)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.conclusionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.conclusionLabel)

        self.conclusion = QPlainTextEdit(ClosingSection)
        self.conclusion.setObjectName(u"conclusion")

        self.conclusionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.conclusion)


        self.outer.addLayout(self.conclusionForm)

        self.signatureBox = QGroupBox(ClosingSection)
        self.signatureBox.setObjectName(u"signatureBox")
        self.signatureForm = QFormLayout(self.signatureBox)
        self.signatureForm.setObjectName(u"signatureForm")
        self.signerLabel = QLabel(self.signatureBox)
        self.signerLabel.setObjectName(u"signerLabel")

        self.signatureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerLabel)

        self.signer = PersonFields(self.signatureBox)
        self.signer.setObjectName(u"signer")

        self.signatureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signer)

        self.functionLabel = QLabel(self.signatureBox)
        self.functionLabel.setObjectName(u"functionLabel")

        self.signatureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.functionLabel)

        self.function = QLineEdit(self.signatureBox)
        self.function.setObjectName(u"function")

        self.signatureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.function)

        self.placeLabel = QLabel(self.signatureBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.signatureForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.signatureBox)
        self.place.setObjectName(u"place")

        self.signatureForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.place)

        self.dateLabel = QLabel(self.signatureBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.signatureForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = OptionalDateEdit(self.signatureBox)
        self.date.setObjectName(u"date")

        self.signatureForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date)


        self.outer.addWidget(self.signatureBox)

        self.headBox = QGroupBox(ClosingSection)
        self.headBox.setObjectName(u"headBox")
        self.headForm = QFormLayout(self.headBox)
        self.headForm.setObjectName(u"headForm")
        self.reportPlaceLabel = QLabel(self.headBox)
        self.reportPlaceLabel.setObjectName(u"reportPlaceLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportPlaceLabel)

        self.reportPlace = QLineEdit(self.headBox)
        self.reportPlace.setObjectName(u"reportPlace")

        self.headForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportPlace)

        self.reportDateLabel = QLabel(self.headBox)
        self.reportDateLabel.setObjectName(u"reportDateLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportDateLabel)

        self.reportDate = OptionalDateEdit(self.headBox)
        self.reportDate.setObjectName(u"reportDate")

        self.headForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportDate)


        self.outer.addWidget(self.headBox)

        self.decisionsBox = QGroupBox(ClosingSection)
        self.decisionsBox.setObjectName(u"decisionsBox")
        self.decisionsBoxLayout = QVBoxLayout(self.decisionsBox)
        self.decisionsBoxLayout.setObjectName(u"decisionsBoxLayout")
        self.decisionsSlot = QWidget(self.decisionsBox)
        self.decisionsSlot.setObjectName(u"decisionsSlot")

        self.decisionsBoxLayout.addWidget(self.decisionsSlot)


        self.outer.addWidget(self.decisionsBox)

        self.nextStepsBox = QGroupBox(ClosingSection)
        self.nextStepsBox.setObjectName(u"nextStepsBox")
        self.nextStepsBoxLayout = QVBoxLayout(self.nextStepsBox)
        self.nextStepsBoxLayout.setObjectName(u"nextStepsBoxLayout")
        self.nextStepsSlot = QWidget(self.nextStepsBox)
        self.nextStepsSlot.setObjectName(u"nextStepsSlot")

        self.nextStepsBoxLayout.addWidget(self.nextStepsSlot)


        self.outer.addWidget(self.nextStepsBox)

        self.annexesBox = QGroupBox(ClosingSection)
        self.annexesBox.setObjectName(u"annexesBox")
        self.annexesBoxLayout = QVBoxLayout(self.annexesBox)
        self.annexesBoxLayout.setObjectName(u"annexesBoxLayout")
        self.annexesInner = QVBoxLayout()
        self.annexesInner.setObjectName(u"annexesInner")
        self.annexesSlot = QWidget(self.annexesBox)
        self.annexesSlot.setObjectName(u"annexesSlot")

        self.annexesInner.addWidget(self.annexesSlot)

        self.annexImage = QPushButton(self.annexesBox)
        self.annexImage.setObjectName(u"annexImage")

        self.annexesInner.addWidget(self.annexImage)


        self.annexesBoxLayout.addLayout(self.annexesInner)


        self.outer.addWidget(self.annexesBox)

#if QT_CONFIG(shortcut)
        self.conclusionLabel.setBuddy(self.conclusion)
        self.functionLabel.setBuddy(self.function)
        self.placeLabel.setBuddy(self.place)
        self.dateLabel.setBuddy(self.date)
        self.reportPlaceLabel.setBuddy(self.reportPlace)
        self.reportDateLabel.setBuddy(self.reportDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClosingSection)

        QMetaObject.connectSlotsByName(ClosingSection)
    # setupUi

    def retranslateUi(self, ClosingSection):
        self.itemsBox.setTitle(QCoreApplication.translate("ClosingSection", u"\u0641\u0642\u0631\u0627\u062a \u0627\u0644\u0627\u062e\u062a\u062a\u0627\u0645", None))
        self.remarksBox.setTitle(QCoreApplication.translate("ClosingSection", u"\u0645\u0644\u0627\u062d\u0638\u0627\u062a \u0627\u0644\u0648\u0641\u062f", None))
        self.conclusionLabel.setText(QCoreApplication.translate("ClosingSection", u"\u0627\u0644\u062e\u0627\u062a\u0645\u0629:", None))
        self.signatureBox.setTitle(QCoreApplication.translate("ClosingSection", u"\u0627\u0644\u062a\u0648\u0642\u064a\u0639", None))
        self.signerLabel.setText(QCoreApplication.translate("ClosingSection", u"\u0645\u062d\u0631\u0631 \u0627\u0644\u062a\u0642\u0631\u064a\u0631:", None))
        self.functionLabel.setText(QCoreApplication.translate("ClosingSection", u"\u0627\u0644\u0635\u0641\u0629 \u0641\u0648\u0642 \u0627\u0644\u0627\u0633\u0645:", None))
        self.function.setPlaceholderText(QCoreApplication.translate("ClosingSection", u"\u0645\u062b\u0627\u0644: \u0646\u0642\u0637\u0629 \u0627\u0631\u062a\u0643\u0627\u0632 \u062c\u0645\u0627\u0639\u0629 \u0634\u0641\u0634\u0627\u0648\u0646", None))
        self.placeLabel.setText(QCoreApplication.translate("ClosingSection", u"\u062d\u0631\u0631 \u0641\u064a (\u0627\u0644\u0645\u0643\u0627\u0646):", None))
        self.dateLabel.setText(QCoreApplication.translate("ClosingSection", u"\u0628\u062a\u0627\u0631\u064a\u062e:", None))
        self.headBox.setTitle(QCoreApplication.translate("ClosingSection", u"\u0633\u0637\u0631 \u0627\u0644\u0645\u0643\u0627\u0646 \u0648\u0627\u0644\u062a\u0627\u0631\u064a\u062e \u0641\u064a \u0631\u0623\u0633 \u0627\u0644\u062a\u0642\u0631\u064a\u0631", None))
        self.reportPlaceLabel.setText(QCoreApplication.translate("ClosingSection", u"\u0627\u0644\u0645\u0643\u0627\u0646:", None))
        self.reportDateLabel.setText(QCoreApplication.translate("ClosingSection", u"\u0627\u0644\u062a\u0627\u0631\u064a\u062e:", None))
        self.decisionsBox.setTitle(QCoreApplication.translate("ClosingSection", u"\u0627\u0644\u0642\u0631\u0627\u0631\u0627\u062a", None))
        self.nextStepsBox.setTitle(QCoreApplication.translate("ClosingSection", u"\u0627\u0644\u062e\u0637\u0648\u0627\u062a \u0627\u0644\u0645\u0642\u0628\u0644\u0629", None))
        self.annexesBox.setTitle(QCoreApplication.translate("ClosingSection", u"\u0627\u0644\u0645\u0631\u0641\u0642\u0627\u062a", None))
        self.annexImage.setText(QCoreApplication.translate("ClosingSection", u"\u0625\u0631\u0641\u0627\u0642 \u0635\u0648\u0631\u0629 \u0628\u0627\u0644\u0645\u0631\u0641\u0642 \u0627\u0644\u0645\u062e\u062a\u0627\u0631\u2026", None))
#if QT_CONFIG(tooltip)
        self.annexImage.setToolTip(QCoreApplication.translate("ClosingSection", u"\u0627\u062e\u062a\u064a\u0627\u0631 \u0635\u0648\u0631\u0629 (PNG \u0623\u0648 JPEG) \u062a\u0637\u0628\u0639 \u0645\u0639 \u0627\u0644\u0645\u0631\u0641\u0642 \u0627\u0644\u0645\u062e\u062a\u0627\u0631\u060c \u0623\u0648 \u0645\u0639 \u0645\u0631\u0641\u0642 \u062c\u062f\u064a\u062f \u0625\u0646 \u0644\u0645 \u062a\u062e\u062a\u0631 \u0623\u062d\u062f\u0627", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

