# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'programme_section.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpinBox, QSplitter,
    QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

from openreport.ui.widgets import (EnumCombo, OptionalDateEdit, OptionalTimeEdit)

class Ui_ProgrammeSection(object):
    def setupUi(self, ProgrammeSection):
        if not ProgrammeSection.objectName():
            ProgrammeSection.setObjectName(u"ProgrammeSection")
        ProgrammeSection.setLayoutDirection(Qt.RightToLeft)
        self.outer = QVBoxLayout(ProgrammeSection)
        self.outer.setObjectName(u"outer")
        self.splitter = QSplitter(ProgrammeSection)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.treePane = QWidget(self.splitter)
        self.treePane.setObjectName(u"treePane")
        self.treeLayout = QVBoxLayout(self.treePane)
        self.treeLayout.setObjectName(u"treeLayout")
        self.treeLayout.setContentsMargins(0, 0, 0, 0)
        self.treeButtons = QGridLayout()
        self.treeButtons.setObjectName(u"treeButtons")
        self.addDayButton = QPushButton(self.treePane)
        self.addDayButton.setObjectName(u"addDayButton")

        self.treeButtons.addWidget(self.addDayButton, 0, 0, 1, 1)

        self.addSessionButton = QPushButton(self.treePane)
        self.addSessionButton.setObjectName(u"addSessionButton")

        self.treeButtons.addWidget(self.addSessionButton, 0, 1, 1, 1)

        self.addItemButton = QPushButton(self.treePane)
        self.addItemButton.setObjectName(u"addItemButton")

        self.treeButtons.addWidget(self.addItemButton, 0, 2, 1, 1)

        self.removeButton = QPushButton(self.treePane)
        self.removeButton.setObjectName(u"removeButton")

        self.treeButtons.addWidget(self.removeButton, 1, 0, 1, 1)

        self.upButton = QPushButton(self.treePane)
        self.upButton.setObjectName(u"upButton")

        self.treeButtons.addWidget(self.upButton, 1, 1, 1, 1)

        self.downButton = QPushButton(self.treePane)
        self.downButton.setObjectName(u"downButton")

        self.treeButtons.addWidget(self.downButton, 1, 2, 1, 1)


        self.treeLayout.addLayout(self.treeButtons)

        self.tree = QTreeWidget(self.treePane)
        self.tree.setObjectName(u"tree")

        self.treeLayout.addWidget(self.tree)

        self.splitter.addWidget(self.treePane)
        self.forms = QStackedWidget(self.splitter)
        self.forms.setObjectName(u"forms")
        self.nothingPage = QWidget()
        self.nothingPage.setObjectName(u"nothingPage")
        self.nothingLayout = QVBoxLayout(self.nothingPage)
        self.nothingLayout.setObjectName(u"nothingLayout")
        self.hint = QLabel(self.nothingPage)
        self.hint.setObjectName(u"hint")

        self.nothingLayout.addWidget(self.hint)

        self.forms.addWidget(self.nothingPage)
        self.dayPage = QWidget()
        self.dayPage.setObjectName(u"dayPage")
        self.dayForm = QFormLayout(self.dayPage)
        self.dayForm.setObjectName(u"dayForm")
        self.dayDateLabel = QLabel(self.dayPage)
        self.dayDateLabel.setObjectName(u"dayDateLabel")

        self.dayForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayDateLabel)

        self.dayDate = OptionalDateEdit(self.dayPage)
        self.dayDate.setObjectName(u"dayDate")

        self.dayForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayDate)

        self.dayEndLabel = QLabel(self.dayPage)
        self.dayEndLabel.setObjectName(u"dayEndLabel")

        self.dayForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayEndLabel)

        self.dayEnd = OptionalTimeEdit(self.dayPage)
        self.dayEnd.setObjectName(u"dayEnd")

        self.dayForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEnd)

        self.dayNoteLabel = QLabel(self.dayPage)
        self.dayNoteLabel.setObjectName(u"dayNoteLabel")

        self.dayForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayNoteLabel)

        self.dayNote = QPlainTextEdit(self.dayPage)
        self.dayNote.setObjectName(u"dayNote")

        self.dayForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dayNote)

        self.forms.addWidget(self.dayPage)
        self.sessionPage = QWidget()
        self.sessionPage.setObjectName(u"sessionPage")
        self.sessionForm = QFormLayout(self.sessionPage)
        self.sessionForm.setObjectName(u"sessionForm")
        self.periodLabel = QLabel(self.sessionPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.sessionPeriod = EnumCombo(self.sessionPage)
        self.sessionPeriod.setObjectName(u"sessionPeriod")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionPeriod)

        self.startLabel = QLabel(self.sessionPage)
        self.startLabel.setObjectName(u"startLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.sessionStart = OptionalTimeEdit(self.sessionPage)
        self.sessionStart.setObjectName(u"sessionStart")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sessionStart)

        self.endLabel = QLabel(self.sessionPage)
        self.endLabel.setObjectName(u"endLabel")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.sessionEnd = OptionalTimeEdit(self.sessionPage)
        self.sessionEnd.setObjectName(u"sessionEnd")

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sessionEnd)

        self.venueLabel = QLabel(self.sessionPage)
        self.venueLabel.setObjectName(u"venueLabel")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.sessionVenue = QLineEdit(self.sessionPage)
        self.sessionVenue.setObjectName(u"sessionVenue")

        self.sessionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sessionVenue)

        self.participantsLabel = QLabel(self.sessionPage)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.sessionParticipants = QSpinBox(self.sessionPage)
        self.sessionParticipants.setObjectName(u"sessionParticipants")

        self.sessionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sessionParticipants)

        self.introLabel = QLabel(self.sessionPage)
        self.introLabel.setObjectName(u"introLabel")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.introLabel)

        self.sessionIntro = QPlainTextEdit(self.sessionPage)
        self.sessionIntro.setObjectName(u"sessionIntro")

        self.sessionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sessionIntro)

        self.forms.addWidget(self.sessionPage)
        self.itemPage = QWidget()
        self.itemPage.setObjectName(u"itemPage")
        self.itemLayout = QVBoxLayout(self.itemPage)
        self.itemLayout.setObjectName(u"itemLayout")
        self.itemForm = QFormLayout()
        self.itemForm.setObjectName(u"itemForm")
        self.kindLabel = QLabel(self.itemPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.itemKind = EnumCombo(self.itemPage)
        self.itemKind.setObjectName(u"itemKind")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.itemKind)

        self.titleLabel = QLabel(self.itemPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.itemTitle = QLineEdit(self.itemPage)
        self.itemTitle.setObjectName(u"itemTitle")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemTitle)

        self.timeLabel = QLabel(self.itemPage)
        self.timeLabel.setObjectName(u"timeLabel")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.itemTime = OptionalTimeEdit(self.itemPage)
        self.itemTime.setObjectName(u"itemTime")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.itemTime)

        self.statusLabel = QLabel(self.itemPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.itemStatus = EnumCombo(self.itemPage)
        self.itemStatus.setObjectName(u"itemStatus")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.itemStatus)

        self.remarkLabel = QLabel(self.itemPage)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.itemRemark = QLineEdit(self.itemPage)
        self.itemRemark.setObjectName(u"itemRemark")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.itemRemark)

        self.summaryLabel = QLabel(self.itemPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.itemSummary = QPlainTextEdit(self.itemPage)
        self.itemSummary.setObjectName(u"itemSummary")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.itemSummary)

        self.pointsLabel = QLabel(self.itemPage)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.itemPoints = QPlainTextEdit(self.itemPage)
        self.itemPoints.setObjectName(u"itemPoints")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.itemPoints)

        self.conclusionLabel = QLabel(self.itemPage)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.itemForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.conclusionLabel)

        self.itemConclusion = QPlainTextEdit(self.itemPage)
        self.itemConclusion.setObjectName(u"itemConclusion")

        self.itemForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.itemConclusion)


        self.itemLayout.addLayout(self.itemForm)

        self.speakersBox = QGroupBox(self.itemPage)
        self.speakersBox.setObjectName(u"speakersBox")
        self.speakersLayout = QVBoxLayout(self.speakersBox)
        self.speakersLayout.setObjectName(u"speakersLayout")
        self.speakersSlot = QWidget(self.speakersBox)
        self.speakersSlot.setObjectName(u"speakersSlot")

        self.speakersLayout.addWidget(self.speakersSlot)


        self.itemLayout.addWidget(self.speakersBox)

        self.recipientsBox = QGroupBox(self.itemPage)
        self.recipientsBox.setObjectName(u"recipientsBox")
        self.recipientsLayout = QVBoxLayout(self.recipientsBox)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.recipientsSlot = QWidget(self.recipientsBox)
        self.recipientsSlot.setObjectName(u"recipientsSlot")

        self.recipientsLayout.addWidget(self.recipientsSlot)


        self.itemLayout.addWidget(self.recipientsBox)

        self.forms.addWidget(self.itemPage)
        self.splitter.addWidget(self.forms)

        self.outer.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.dayDateLabel.setBuddy(self.dayDate)
        self.dayEndLabel.setBuddy(self.dayEnd)
        self.dayNoteLabel.setBuddy(self.dayNote)
        self.periodLabel.setBuddy(self.sessionPeriod)
        self.startLabel.setBuddy(self.sessionStart)
        self.endLabel.setBuddy(self.sessionEnd)
        self.venueLabel.setBuddy(self.sessionVenue)
        self.participantsLabel.setBuddy(self.sessionParticipants)
        self.introLabel.setBuddy(self.sessionIntro)
        self.kindLabel.setBuddy(self.itemKind)
        self.titleLabel.setBuddy(self.itemTitle)
        self.timeLabel.setBuddy(self.itemTime)
        self.statusLabel.setBuddy(self.itemStatus)
        self.remarkLabel.setBuddy(self.itemRemark)
        self.summaryLabel.setBuddy(self.itemSummary)
        self.pointsLabel.setBuddy(self.itemPoints)
        self.conclusionLabel.setBuddy(self.itemConclusion)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgrammeSection)

        QMetaObject.connectSlotsByName(ProgrammeSection)
    # setupUi

    def retranslateUi(self, ProgrammeSection):
        self.addDayButton.setText(QCoreApplication.translate("ProgrammeSection", u"\u064a\u0648\u0645", None))
#if QT_CONFIG(tooltip)
        self.addDayButton.setToolTip(QCoreApplication.translate("ProgrammeSection", u"\u0625\u0636\u0627\u0641\u0629 \u064a\u0648\u0645 \u0625\u0644\u0649 \u0627\u0644\u0628\u0631\u0646\u0627\u0645\u062c \u0628\u0639\u062f \u0622\u062e\u0631 \u064a\u0648\u0645\u060c \u0628\u062a\u0627\u0631\u064a\u062e \u0627\u0644\u064a\u0648\u0645 \u0627\u0644\u0645\u0648\u0627\u0644\u064a", None))
#endif // QT_CONFIG(tooltip)
        self.addSessionButton.setText(QCoreApplication.translate("ProgrammeSection", u"\u0641\u062a\u0631\u0629", None))
#if QT_CONFIG(tooltip)
        self.addSessionButton.setToolTip(QCoreApplication.translate("ProgrammeSection", u"\u0625\u0636\u0627\u0641\u0629 \u0641\u062a\u0631\u0629 (\u0635\u0628\u0627\u062d\u064a\u0629 \u0623\u0648 \u0645\u0633\u0627\u0626\u064a\u0629) \u0625\u0644\u0649 \u0627\u0644\u064a\u0648\u0645 \u0627\u0644\u0645\u062e\u062a\u0627\u0631", None))
#endif // QT_CONFIG(tooltip)
        self.addItemButton.setText(QCoreApplication.translate("ProgrammeSection", u"\u0641\u0642\u0631\u0629", None))
#if QT_CONFIG(tooltip)
        self.addItemButton.setToolTip(QCoreApplication.translate("ProgrammeSection", u"\u0625\u0636\u0627\u0641\u0629 \u0641\u0642\u0631\u0629 \u0625\u0644\u0649 \u0627\u0644\u0641\u062a\u0631\u0629 \u0627\u0644\u0645\u062e\u062a\u0627\u0631\u0629\u060c \u0628\u0639\u062f \u0627\u0644\u0641\u0642\u0631\u0629 \u0627\u0644\u0645\u062e\u062a\u0627\u0631\u0629", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ProgrammeSection", u"\u062d\u0630\u0641", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ProgrammeSection", u"\u062d\u0630\u0641 \u0627\u0644\u064a\u0648\u0645 \u0623\u0648 \u0627\u0644\u0641\u062a\u0631\u0629 \u0623\u0648 \u0627\u0644\u0641\u0642\u0631\u0629 \u0627\u0644\u0645\u062e\u062a\u0627\u0631\u0629 \u0628\u0643\u0644 \u0645\u0627 \u0641\u064a\u0647\u0627", None))
#endif // QT_CONFIG(tooltip)
        self.upButton.setText(QCoreApplication.translate("ProgrammeSection", u"\u0625\u0644\u0649 \u0627\u0644\u0623\u0639\u0644\u0649", None))
#if QT_CONFIG(tooltip)
        self.upButton.setToolTip(QCoreApplication.translate("ProgrammeSection", u"\u062a\u0642\u062f\u064a\u0645 \u0627\u0644\u064a\u0648\u0645 \u0623\u0648 \u0627\u0644\u0641\u062a\u0631\u0629 \u0623\u0648 \u0627\u0644\u0641\u0642\u0631\u0629 \u0627\u0644\u0645\u062e\u062a\u0627\u0631\u0629 \u062f\u0631\u062c\u0629 \u0641\u064a \u0627\u0644\u0628\u0631\u0646\u0627\u0645\u062c", None))
#endif // QT_CONFIG(tooltip)
        self.downButton.setText(QCoreApplication.translate("ProgrammeSection", u"\u0625\u0644\u0649 \u0627\u0644\u0623\u0633\u0641\u0644", None))
#if QT_CONFIG(tooltip)
        self.downButton.setToolTip(QCoreApplication.translate("ProgrammeSection", u"\u062a\u0623\u062e\u064a\u0631 \u0627\u0644\u064a\u0648\u0645 \u0623\u0648 \u0627\u0644\u0641\u062a\u0631\u0629 \u0623\u0648 \u0627\u0644\u0641\u0642\u0631\u0629 \u0627\u0644\u0645\u062e\u062a\u0627\u0631\u0629 \u062f\u0631\u062c\u0629 \u0641\u064a \u0627\u0644\u0628\u0631\u0646\u0627\u0645\u062c", None))
#endif // QT_CONFIG(tooltip)
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0628\u0631\u0646\u0627\u0645\u062c", None))
        self.hint.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u062e\u062a\u0631 \u064a\u0648\u0645\u0627 \u0623\u0648 \u0641\u062a\u0631\u0629 \u0623\u0648 \u0641\u0642\u0631\u0629 \u0645\u0646 \u0627\u0644\u0628\u0631\u0646\u0627\u0645\u062c\u060c \u0623\u0648 \u0623\u0636\u0641 \u064a\u0648\u0645\u0627.", None))
        self.dayDateLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u062a\u0627\u0631\u064a\u062e:", None))
        self.dayEndLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0633\u0627\u0639\u0629 \u0627\u0644\u0627\u062e\u062a\u062a\u0627\u0645:", None))
        self.dayNoteLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u062c\u0645\u0644\u0629 \u0627\u0644\u0627\u062e\u062a\u062a\u0627\u0645:", None))
        self.dayNote.setPlaceholderText(QCoreApplication.translate("ProgrammeSection", u"\u0645\u062b\u0627\u0644: \u0628\u0647\u0630\u0647 \u0627\u0644\u0648\u0631\u0634\u0629 \u0623\u0633\u062f\u0644 \u0627\u0644\u0633\u062a\u0627\u0631 \u0639\u0644\u0649 \u0627\u0644\u064a\u0648\u0645 \u0627\u0644\u0623\u0648\u0644 \u0645\u0646 \u0627\u0644\u0641\u0639\u0627\u0644\u064a\u0629.", None))
        self.periodLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0641\u062a\u0631\u0629:", None))
        self.startLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0628\u062f\u0627\u064a\u0629:", None))
        self.endLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0646\u0647\u0627\u064a\u0629:", None))
        self.venueLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0645\u0643\u0627\u0646:", None))
        self.participantsLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0639\u062f\u062f \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u064a\u0646:", None))
        self.introLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u062a\u0642\u062f\u064a\u0645 \u0627\u0644\u0641\u062a\u0631\u0629:", None))
        self.kindLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0646\u0648\u0639 \u0627\u0644\u0641\u0642\u0631\u0629:", None))
        self.titleLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0639\u0646\u0648\u0627\u0646:", None))
        self.timeLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0633\u0627\u0639\u0629:", None))
        self.statusLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u062a\u0646\u0641\u064a\u0630:", None))
        self.remarkLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0645\u0644\u0627\u062d\u0638\u0629 \u0627\u0644\u0648\u0641\u062f:", None))
        self.summaryLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0645\u0644\u062e\u0635:", None))
        self.pointsLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0646\u0642\u0627\u0637:", None))
        self.itemPoints.setPlaceholderText(QCoreApplication.translate("ProgrammeSection", u"\u0646\u0642\u0637\u0629 \u0641\u064a \u0643\u0644 \u0633\u0637\u0631\u061b \u0627\u0644\u0633\u0637\u0631 \u0627\u0644\u0630\u064a \u064a\u0628\u062f\u0623 \u0628\u0640 \u00ab-\u00bb \u0646\u0642\u0637\u0629 \u0641\u0631\u0639\u064a\u0629 \u0644\u0644\u0633\u0637\u0631 \u0627\u0644\u0630\u064a \u0642\u0628\u0644\u0647", None))
        self.conclusionLabel.setText(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u062e\u0644\u0627\u0635\u0629:", None))
        self.speakersBox.setTitle(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0645\u062a\u062f\u062e\u0644\u0648\u0646", None))
        self.recipientsBox.setTitle(QCoreApplication.translate("ProgrammeSection", u"\u0627\u0644\u0645\u0633\u062a\u0641\u064a\u062f\u0648\u0646 (\u062a\u0648\u0632\u064a\u0639 \u0627\u0644\u062c\u0648\u0627\u0626\u0632)", None))
        pass
    # retranslateUi

