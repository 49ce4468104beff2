# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFontComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from openreport.ui.widgets import PersonFields

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.setLayoutDirection(Qt.RightToLeft)
        self.outer = QVBoxLayout(ProfileDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.communeLabel = QLabel(ProfileDialog)
        self.communeLabel.setObjectName(u"communeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.communeLabel)

        self.commune = QLineEdit(ProfileDialog)
        self.commune.setObjectName(u"commune")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commune)

        self.cityLabel = QLabel(ProfileDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(ProfileDialog)
        self.city.setObjectName(u"city")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.city)

        self.letterheadLabel = QLabel(ProfileDialog)
        self.letterheadLabel.setObjectName(u"letterheadLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterheadLabel)

        self.letterhead = QPlainTextEdit(ProfileDialog)
        self.letterhead.setObjectName(u"letterhead")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterhead)

        self.logoLabel = QLabel(ProfileDialog)
        self.logoLabel.setObjectName(u"logoLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(ProfileDialog)
        self.logoPreview.setObjectName(u"logoPreview")

        self.logoRow.addWidget(self.logoPreview)

        self.chooseLogo = QPushButton(ProfileDialog)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoRow.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(ProfileDialog)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logoRow.addWidget(self.removeLogo)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoRow.addItem(self.logoSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoRow)


        self.outer.addLayout(self.form)

        self.peopleRow = QHBoxLayout()
        self.peopleRow.setObjectName(u"peopleRow")
        self.presidentBox = QGroupBox(ProfileDialog)
        self.presidentBox.setObjectName(u"presidentBox")
        self.presidentLayout = QVBoxLayout(self.presidentBox)
        self.presidentLayout.setObjectName(u"presidentLayout")
        self.president = PersonFields(self.presidentBox)
        self.president.setObjectName(u"president")

        self.presidentLayout.addWidget(self.president)


        self.peopleRow.addWidget(self.presidentBox)

        self.focalBox = QGroupBox(ProfileDialog)
        self.focalBox.setObjectName(u"focalBox")
        self.focalLayout = QVBoxLayout(self.focalBox)
        self.focalLayout.setObjectName(u"focalLayout")
        self.focalPoint = PersonFields(self.focalBox)
        self.focalPoint.setObjectName(u"focalPoint")

        self.focalLayout.addWidget(self.focalPoint)


        self.peopleRow.addWidget(self.focalBox)


        self.outer.addLayout(self.peopleRow)

        self.typography = QFormLayout()
        self.typography.setObjectName(u"typography")
        self.fontLabel = QLabel(ProfileDialog)
        self.fontLabel.setObjectName(u"fontLabel")

        self.typography.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fontLabel)

        self.font = QFontComboBox(ProfileDialog)
        self.font.setObjectName(u"font")

        self.typography.setWidget(0, QFormLayout.ItemRole.FieldRole, self.font)

        self.sizesLabel = QLabel(ProfileDialog)
        self.sizesLabel.setObjectName(u"sizesLabel")

        self.typography.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sizesLabel)

        self.sizes = QHBoxLayout()
        self.sizes.setObjectName(u"sizes")
        self.bodyLabel = QLabel(ProfileDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.sizes.addWidget(self.bodyLabel)

        self.bodySize = QDoubleSpinBox(ProfileDialog)
        self.bodySize.setObjectName(u"bodySize")

        self.sizes.addWidget(self.bodySize)

        self.headingLabel = QLabel(ProfileDialog)
        self.headingLabel.setObjectName(u"headingLabel")

        self.sizes.addWidget(self.headingLabel)

        self.headingSize = QDoubleSpinBox(ProfileDialog)
        self.headingSize.setObjectName(u"headingSize")

        self.sizes.addWidget(self.headingSize)

        self.titleSizeLabel = QLabel(ProfileDialog)
        self.titleSizeLabel.setObjectName(u"titleSizeLabel")

        self.sizes.addWidget(self.titleSizeLabel)

        self.titleSize = QDoubleSpinBox(ProfileDialog)
        self.titleSize.setObjectName(u"titleSize")

        self.sizes.addWidget(self.titleSize)


        self.typography.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sizes)

        self.monthsLabel = QLabel(ProfileDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.typography.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.months = QComboBox(ProfileDialog)
        self.months.setObjectName(u"months")

        self.typography.setWidget(2, QFormLayout.ItemRole.FieldRole, self.months)

        self.templateLabel = QLabel(ProfileDialog)
        self.templateLabel.setObjectName(u"templateLabel")

        self.typography.setWidget(3, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.template = QLineEdit(ProfileDialog)
        self.template.setObjectName(u"template")

        self.templateRow.addWidget(self.template)

        self.chooseTemplate = QPushButton(ProfileDialog)
        self.chooseTemplate.setObjectName(u"chooseTemplate")

        self.templateRow.addWidget(self.chooseTemplate)


        self.typography.setLayout(3, QFormLayout.ItemRole.FieldRole, self.templateRow)


        self.outer.addLayout(self.typography)

        self.buttons = QDialogButtonBox(ProfileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.communeLabel.setBuddy(self.commune)
        self.cityLabel.setBuddy(self.city)
        self.letterheadLabel.setBuddy(self.letterhead)
        self.fontLabel.setBuddy(self.font)
        self.monthsLabel.setBuddy(self.months)
        self.templateLabel.setBuddy(self.template)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"\u0645\u0644\u0641 \u0627\u0644\u062c\u0645\u0627\u0639\u0629", None))
        self.communeLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u0633\u0645 \u0627\u0644\u062c\u0645\u0627\u0639\u0629:", None))
        self.commune.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"\u0645\u062b\u0627\u0644: \u0634\u0641\u0634\u0627\u0648\u0646", None))
        self.cityLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u0644\u0645\u062f\u064a\u0646\u0629:", None))
        self.letterheadLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u0644\u062a\u0631\u0648\u064a\u0633\u0629:", None))
        self.letterhead.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"\u0633\u0637\u0631 \u0644\u0643\u0644 \u0645\u0633\u062a\u0648\u0649:\n"
"\u0627\u0644\u0645\u0645\u0644\u0643\u0629 \u0627\u0644\u0645\u063a\u0631\u0628\u064a\u0629\n"
"\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629\n"
"\u0625\u0642\u0644\u064a\u0645 \u2026\n"
"\u062c\u0645\u0627\u0639\u0629 \u2026", None))
        self.logoLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0634\u0639\u0627\u0631 \u0627\u0644\u062c\u0645\u0627\u0639\u0629 (\u0635\u0648\u0631\u0629):", None))
        self.logoPreview.setText(QCoreApplication.translate("ProfileDialog", u"\u0628\u062f\u0648\u0646 \u0634\u0639\u0627\u0631", None))
        self.chooseLogo.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u062e\u062a\u064a\u0627\u0631 \u0635\u0648\u0631\u0629 \u0627\u0644\u0634\u0639\u0627\u0631\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseLogo.setToolTip(QCoreApplication.translate("ProfileDialog", u"\u0627\u062e\u062a\u064a\u0627\u0631 \u0635\u0648\u0631\u0629 \u0634\u0639\u0627\u0631 \u0627\u0644\u062c\u0645\u0627\u0639\u0629 (PNG \u0623\u0648 JPEG) \u0644\u0631\u0623\u0633\u064a\u0629 \u0627\u0644\u062a\u0642\u0631\u064a\u0631", None))
#endif // QT_CONFIG(tooltip)
        self.removeLogo.setText(QCoreApplication.translate("ProfileDialog", u"\u0628\u062f\u0648\u0646 \u0634\u0639\u0627\u0631", None))
#if QT_CONFIG(tooltip)
        self.removeLogo.setToolTip(QCoreApplication.translate("ProfileDialog", u"\u062d\u0630\u0641 \u0635\u0648\u0631\u0629 \u0627\u0644\u0634\u0639\u0627\u0631 \u0645\u0646 \u0631\u0623\u0633\u064a\u0629 \u0627\u0644\u062a\u0642\u0631\u064a\u0631", None))
#endif // QT_CONFIG(tooltip)
        self.presidentBox.setTitle(QCoreApplication.translate("ProfileDialog", u"\u0631\u0626\u064a\u0633(\u0629) \u0627\u0644\u062c\u0645\u0627\u0639\u0629", None))
        self.focalBox.setTitle(QCoreApplication.translate("ProfileDialog", u"\u0646\u0642\u0637\u0629 \u0627\u0644\u0627\u0631\u062a\u0643\u0627\u0632", None))
        self.fontLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u062e\u0637 \u0627\u0644\u062a\u0642\u0631\u064a\u0631:", None))
        self.sizesLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u0644\u0623\u062d\u062c\u0627\u0645:", None))
        self.bodyLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u0644\u0645\u062a\u0646", None))
        self.headingLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u0644\u0639\u0646\u0627\u0648\u064a\u0646", None))
        self.titleSizeLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u0644\u0639\u0646\u0648\u0627\u0646 \u0627\u0644\u0631\u0626\u064a\u0633\u064a", None))
        self.monthsLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0623\u0633\u0645\u0627\u0621 \u0627\u0644\u0634\u0647\u0648\u0631:", None))
        self.templateLabel.setText(QCoreApplication.translate("ProfileDialog", u"\u0642\u0627\u0644\u0628 \u062e\u0627\u0635:", None))
        self.template.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"\u0627\u0644\u0642\u0627\u0644\u0628 \u0627\u0644\u0645\u062f\u0645\u062c", None))
        self.chooseTemplate.setText(QCoreApplication.translate("ProfileDialog", u"\u0627\u062e\u062a\u064a\u0627\u0631\u2026", None))
    # retranslateUi

