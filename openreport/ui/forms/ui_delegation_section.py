# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'delegation_section.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from openreport.ui.widgets import PersonFields

class Ui_DelegationSection(object):
    def setupUi(self, DelegationSection):
        if not DelegationSection.objectName():
            DelegationSection.setObjectName(u"DelegationSection")
        DelegationSection.setLayoutDirection(Qt.RightToLeft)
        self.outer = QVBoxLayout(DelegationSection)
        self.outer.setObjectName(u"outer")
        self.mandatorBox = QGroupBox(DelegationSection)
        self.mandatorBox.setObjectName(u"mandatorBox")
        self.mandatorLayout = QVBoxLayout(self.mandatorBox)
        self.mandatorLayout.setObjectName(u"mandatorLayout")
        self.mandator = PersonFields(self.mandatorBox)
        self.mandator.setObjectName(u"mandator")

        self.mandatorLayout.addWidget(self.mandator)


        self.outer.addWidget(self.mandatorBox)

        self.leaderBox = QGroupBox(DelegationSection)
        self.leaderBox.setObjectName(u"leaderBox")
        self.leaderLayout = QVBoxLayout(self.leaderBox)
        self.leaderLayout.setObjectName(u"leaderLayout")
        self.leader = PersonFields(self.leaderBox)
        self.leader.setObjectName(u"leader")

        self.leaderLayout.addWidget(self.leader)


        self.outer.addWidget(self.leaderBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.deputy = QCheckBox(DelegationSection)
        self.deputy.setObjectName(u"deputy")

        self.form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.deputy)

        self.teamLabel = QLabel(DelegationSection)
        self.teamLabel.setObjectName(u"teamLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.team = QLineEdit(DelegationSection)
        self.team.setObjectName(u"team")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.team)


        self.outer.addLayout(self.form)

        self.membersBox = QGroupBox(DelegationSection)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QVBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersSlot = QWidget(self.membersBox)
        self.membersSlot.setObjectName(u"membersSlot")

        self.membersLayout.addWidget(self.membersSlot)


        self.outer.addWidget(self.membersBox)

        self.purposeForm = QFormLayout()
        self.purposeForm.setObjectName(u"purposeForm")
        self.purposeLabel = QLabel(DelegationSection)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.purposeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = QPlainTextEdit(DelegationSection)
        self.purpose.setObjectName(u"purpose")

        self.purposeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purpose)


        self.outer.addLayout(self.purposeForm)

        self.costForm = QFormLayout()
        self.costForm.setObjectName(u"costForm")
        self.costLabel = QLabel(DelegationSection)
        self.costLabel.setObjectName(u"costLabel")

        self.costForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.missionCost = QLineEdit(DelegationSection)
        self.missionCost.setObjectName(u"missionCost")

        self.costForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.missionCost)


        self.outer.addLayout(self.costForm)

        self.attendanceBox = QGroupBox(DelegationSection)
        self.attendanceBox.setObjectName(u"attendanceBox")
        self.attendanceBoxLayout = QVBoxLayout(self.attendanceBox)
        self.attendanceBoxLayout.setObjectName(u"attendanceBoxLayout")
        self.attendanceSlot = QWidget(self.attendanceBox)
        self.attendanceSlot.setObjectName(u"attendanceSlot")

        self.attendanceBoxLayout.addWidget(self.attendanceSlot)


        self.outer.addWidget(self.attendanceBox)

#if QT_CONFIG(shortcut)
        self.teamLabel.setBuddy(self.team)
        self.purposeLabel.setBuddy(self.purpose)
        self.costLabel.setBuddy(self.missionCost)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DelegationSection)

        QMetaObject.connectSlotsByName(DelegationSection)
    # setupUi

    def retranslateUi(self, DelegationSection):
        self.mandatorBox.setTitle(QCoreApplication.translate("DelegationSection", u"\u0643\u0644\u0641 \u0627\u0644\u0648\u0641\u062f", None))
        self.leaderBox.setTitle(QCoreApplication.translate("DelegationSection", u"\u0631\u0626\u064a\u0633 \u0627\u0644\u0648\u0641\u062f", None))
        self.deputy.setText(QCoreApplication.translate("DelegationSection", u"\u0631\u0626\u064a\u0633 \u0627\u0644\u0648\u0641\u062f \u0646\u0627\u0626\u0628 \u0645\u0646 \u0643\u0644\u0641\u0647", None))
        self.teamLabel.setText(QCoreApplication.translate("DelegationSection", u"\u0648\u0635\u0641 \u0627\u0644\u0648\u0641\u062f:", None))
        self.team.setPlaceholderText(QCoreApplication.translate("DelegationSection", u"\u0645\u062b\u0627\u0644: \u0645\u0643\u0644\u0641\u0627 \u0628\u0645\u0634\u0631\u0648\u0639 \u0627\u0644\u0634\u0628\u0643\u0629 \u0627\u0644\u0645\u063a\u0631\u0628\u064a\u0629 \u0644\u0644\u062c\u0645\u0627\u0639\u0627\u062a \u0627\u0644\u062a\u0631\u0627\u0628\u064a\u0629 \u0627\u0644\u0645\u0646\u0641\u062a\u062d\u0629", None))
        self.membersBox.setTitle(QCoreApplication.translate("DelegationSection", u"\u0623\u0639\u0636\u0627\u0621 \u0627\u0644\u0648\u0641\u062f", None))
        self.purposeLabel.setText(QCoreApplication.translate("DelegationSection", u"\u0627\u0644\u0645\u0647\u0645\u0629:", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("DelegationSection", u"\u0627\u062a\u0631\u0643\u0647 \u0641\u0627\u0631\u063a\u0627 \u0644\u064a\u0643\u062a\u0628 \u0627\u0644\u0628\u0631\u0646\u0627\u0645\u062c: \u0627\u0644\u0645\u0634\u0627\u0631\u0643\u0629 \u0641\u064a \u0641\u0639\u0627\u0644\u064a\u0627\u062a \u2026", None))
        self.costLabel.setText(QCoreApplication.translate("DelegationSection", u"\u062a\u0643\u0644\u0641\u0629 \u0627\u0644\u0645\u0647\u0645\u0629:", None))
        self.missionCost.setPlaceholderText(QCoreApplication.translate("DelegationSection", u"\u0627\u062e\u062a\u064a\u0627\u0631\u064a\u060c \u0643\u0645\u0627 \u0633\u062a\u0643\u062a\u0628: 4.500,00 \u062f\u0631\u0647\u0645 (\u0627\u0644\u062a\u0646\u0642\u0644 \u0648\u0627\u0644\u0625\u0642\u0627\u0645\u0629)", None))
        self.attendanceBox.setTitle(QCoreApplication.translate("DelegationSection", u"\u0644\u0627\u0626\u062d\u0629 \u0627\u0644\u062d\u0636\u0648\u0631 (\u063a\u064a\u0631 \u0623\u0639\u0636\u0627\u0621 \u0627\u0644\u0648\u0641\u062f)", None))
        pass
    # retranslateUi

