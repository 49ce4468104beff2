# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshops_section.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_WorkshopsSection(object):
    def setupUi(self, WorkshopsSection):
        if not WorkshopsSection.objectName():
            WorkshopsSection.setObjectName(u"WorkshopsSection")
        WorkshopsSection.setLayoutDirection(Qt.RightToLeft)
        self.outer = QVBoxLayout(WorkshopsSection)
        self.outer.setObjectName(u"outer")
        self.chooserSlot = QWidget(WorkshopsSection)
        self.chooserSlot.setObjectName(u"chooserSlot")

        self.outer.addWidget(self.chooserSlot)

        self.workshopsBox = QGroupBox(WorkshopsSection)
        self.workshopsBox.setObjectName(u"workshopsBox")
        self.workshopsLayout = QVBoxLayout(self.workshopsBox)
        self.workshopsLayout.setObjectName(u"workshopsLayout")
        self.workshopsSlot = QWidget(self.workshopsBox)
        self.workshopsSlot.setObjectName(u"workshopsSlot")

        self.workshopsLayout.addWidget(self.workshopsSlot)


        self.outer.addWidget(self.workshopsBox)

        self.detailsBox = QGroupBox(WorkshopsSection)
        self.detailsBox.setObjectName(u"detailsBox")
        self.detailsForm = QFormLayout(self.detailsBox)
        self.detailsForm.setObjectName(u"detailsForm")
        self.participantsLabel = QLabel(self.detailsBox)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participants = QSpinBox(self.detailsBox)
        self.participants.setObjectName(u"participants")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participants)

        self.summaryLabel = QLabel(self.detailsBox)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(self.detailsBox)
        self.summary.setObjectName(u"summary")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.summary)

        self.panelLabel = QLabel(self.detailsBox)
        self.panelLabel.setObjectName(u"panelLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.panelLabel)

        self.panelSlot = QWidget(self.detailsBox)
        self.panelSlot.setObjectName(u"panelSlot")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.panelSlot)

        self.interventionsLabel = QLabel(self.detailsBox)
        self.interventionsLabel.setObjectName(u"interventionsLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.interventionsLabel)

        self.interventionsSlot = QWidget(self.detailsBox)
        self.interventionsSlot.setObjectName(u"interventionsSlot")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.interventionsSlot)

        self.interventionSummaryLabel = QLabel(self.detailsBox)
        self.interventionSummaryLabel.setObjectName(u"interventionSummaryLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.interventionSummaryLabel)

        self.interventionSummary = QPlainTextEdit(self.detailsBox)
        self.interventionSummary.setObjectName(u"interventionSummary")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interventionSummary)

        self.interventionPointsLabel = QLabel(self.detailsBox)
        self.interventionPointsLabel.setObjectName(u"interventionPointsLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.interventionPointsLabel)

        self.interventionPoints = QPlainTextEdit(self.detailsBox)
        self.interventionPoints.setObjectName(u"interventionPoints")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.interventionPoints)

        self.interventionConclusionLabel = QLabel(self.detailsBox)
        self.interventionConclusionLabel.setObjectName(u"interventionConclusionLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.interventionConclusionLabel)

        self.interventionConclusion = QPlainTextEdit(self.detailsBox)
        self.interventionConclusion.setObjectName(u"interventionConclusion")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.interventionConclusion)

        self.discussionLabel = QLabel(self.detailsBox)
        self.discussionLabel.setObjectName(u"discussionLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.discussionLabel)

        self.discussion = QPlainTextEdit(self.detailsBox)
        self.discussion.setObjectName(u"discussion")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.discussion)


        self.outer.addWidget(self.detailsBox)

#if QT_CONFIG(shortcut)
        self.participantsLabel.setBuddy(self.participants)
        self.summaryLabel.setBuddy(self.summary)
        self.interventionSummaryLabel.setBuddy(self.interventionSummary)
        self.interventionPointsLabel.setBuddy(self.interventionPoints)
        self.interventionConclusionLabel.setBuddy(self.interventionConclusion)
        self.discussionLabel.setBuddy(self.discussion)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkshopsSection)

        QMetaObject.connectSlotsByName(WorkshopsSection)
    # setupUi

    def retranslateUi(self, WorkshopsSection):
        self.workshopsBox.setTitle(QCoreApplication.translate("WorkshopsSection", u"\u0648\u0631\u0634\u0627\u062a \u0647\u0630\u0647 \u0627\u0644\u0641\u0642\u0631\u0629", None))
        self.detailsBox.setTitle(QCoreApplication.translate("WorkshopsSection", u"\u0627\u0644\u0648\u0631\u0634\u0629 \u0627\u0644\u0645\u062e\u062a\u0627\u0631\u0629", None))
        self.participantsLabel.setText(QCoreApplication.translate("WorkshopsSection", u"\u0639\u062f\u062f \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u064a\u0646:", None))
        self.summaryLabel.setText(QCoreApplication.translate("WorkshopsSection", u"\u0627\u0641\u062a\u062a\u0627\u062d \u0627\u0644\u0648\u0631\u0634\u0629:", None))
        self.panelLabel.setText(QCoreApplication.translate("WorkshopsSection", u"\u0627\u0644\u0645\u0646\u0635\u0629:", None))
        self.interventionsLabel.setText(QCoreApplication.translate("WorkshopsSection", u"\u0627\u0644\u0645\u062f\u0627\u062e\u0644\u0627\u062a:", None))
        self.interventionSummaryLabel.setText(QCoreApplication.translate("WorkshopsSection", u"\u0645\u0644\u062e\u0635 \u0627\u0644\u0645\u062f\u0627\u062e\u0644\u0629:", None))
        self.interventionPointsLabel.setText(QCoreApplication.translate("WorkshopsSection", u"\u0646\u0642\u0627\u0637\u0647\u0627 \u0627\u0644\u0623\u0633\u0627\u0633\u064a\u0629:", None))
        self.interventionPoints.setPlaceholderText(QCoreApplication.translate("WorkshopsSection", u"\u0646\u0642\u0637\u0629 \u0641\u064a \u0643\u0644 \u0633\u0637\u0631", None))
        self.interventionConclusionLabel.setText(QCoreApplication.translate("WorkshopsSection", u"\u0645\u0627 \u0623\u0636\u0627\u0641\u0647 \u0627\u0644\u0645\u062a\u062f\u062e\u0644:", None))
        self.discussionLabel.setText(QCoreApplication.translate("WorkshopsSection", u"\u0627\u0644\u0646\u0642\u0627\u0634:", None))
        pass
    # retranslateUi

