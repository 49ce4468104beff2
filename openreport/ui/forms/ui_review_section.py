# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_section.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

class Ui_ReviewSection(object):
    def setupUi(self, ReviewSection):
        if not ReviewSection.objectName():
            ReviewSection.setObjectName(u"ReviewSection")
        ReviewSection.setLayoutDirection(Qt.RightToLeft)
        self.outer = QVBoxLayout(ReviewSection)
        self.outer.setObjectName(u"outer")
        self.summary = QLabel(ReviewSection)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.outer.addWidget(self.summary)

        self.split = QSplitter(ReviewSection)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Vertical)
        self.problems = QListWidget(self.split)
        self.problems.setObjectName(u"problems")
        self.split.addWidget(self.problems)
        self.previewSlot = QWidget(self.split)
        self.previewSlot.setObjectName(u"previewSlot")
        self.split.addWidget(self.previewSlot)

        self.outer.addWidget(self.split)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.exportButton = QPushButton(ReviewSection)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)

        self.pdfButton = QPushButton(ReviewSection)
        self.pdfButton.setObjectName(u"pdfButton")

        self.buttons.addWidget(self.pdfButton)

        self.previewButton = QPushButton(ReviewSection)
        self.previewButton.setObjectName(u"previewButton")

        self.buttons.addWidget(self.previewButton)

        self.printButton = QPushButton(ReviewSection)
        self.printButton.setObjectName(u"printButton")

        self.buttons.addWidget(self.printButton)

        self.finalButton = QPushButton(ReviewSection)
        self.finalButton.setObjectName(u"finalButton")

        self.buttons.addWidget(self.finalButton)

        self.reopenButton = QPushButton(ReviewSection)
        self.reopenButton.setObjectName(u"reopenButton")

        self.buttons.addWidget(self.reopenButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.outer.addLayout(self.buttons)


        self.retranslateUi(ReviewSection)

        QMetaObject.connectSlotsByName(ReviewSection)
    # setupUi

    def retranslateUi(self, ReviewSection):
        self.exportButton.setText(QCoreApplication.translate("ReviewSection", u"\u062a\u0635\u062f\u064a\u0631 DOCX\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReviewSection", u"\u062d\u0641\u0638 \u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0645\u0644\u0641 Word (DOCX) \u064a\u0645\u0643\u0646 \u062a\u0639\u062f\u064a\u0644\u0647 (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("ReviewSection", u"\u062a\u0635\u062f\u064a\u0631 PDF \u0644\u0644\u0623\u0631\u0634\u064a\u0641\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("ReviewSection", u"\u062d\u0641\u0638 \u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0645\u0644\u0641 PDF/A \u0644\u0644\u0623\u0631\u0634\u064a\u0641\u060c \u0628\u062e\u0637\u0648\u0637 \u0645\u0636\u0645\u0646\u0629 \u0648\u0646\u0635 \u0642\u0627\u0628\u0644 \u0644\u0644\u0628\u062d\u062b (Ctrl+Shift+E)", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("ReviewSection", u"\u0645\u0639\u0627\u064a\u0646\u0629 \u0641\u064a \u0646\u0627\u0641\u0630\u0629\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("ReviewSection", u"\u0639\u0631\u0636 \u0635\u0641\u062d\u0627\u062a \u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0643\u0644\u0647\u0627 \u0643\u0645\u0627 \u0633\u062a\u0637\u0628\u0639\u060c \u0641\u064a \u0646\u0627\u0641\u0630\u0629 \u0645\u0633\u062a\u0642\u0644\u0629", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("ReviewSection", u"\u0637\u0628\u0627\u0639\u0629\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("ReviewSection", u"\u0637\u0628\u0627\u0639\u0629 \u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0639\u0644\u0649 \u0637\u0627\u0628\u0639\u0629\u060c \u0645\u0639 \u0627\u062e\u062a\u064a\u0627\u0631 \u0627\u0644\u0635\u0641\u062d\u0627\u062a \u0648\u0639\u062f\u062f \u0627\u0644\u0646\u0633\u062e (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.finalButton.setText(QCoreApplication.translate("ReviewSection", u"\u0627\u0639\u062a\u0645\u0627\u062f \u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0646\u0647\u0627\u0626\u064a\u0627", None))
#if QT_CONFIG(tooltip)
        self.finalButton.setToolTip(QCoreApplication.translate("ReviewSection", u"\u0642\u0641\u0644 \u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0644\u0644\u062a\u0639\u062f\u064a\u0644 \u0628\u0639\u062f \u0627\u0644\u062a\u0623\u0643\u062f \u0645\u0646 \u0623\u0646\u0647 \u0644\u0627 \u064a\u0646\u0642\u0635\u0647 \u0634\u064a\u0621 \u0645\u0637\u0644\u0648\u0628", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("ReviewSection", u"\u0625\u0639\u0627\u062f\u0629 \u0641\u062a\u062d\u0647 \u0643\u0645\u0633\u0648\u062f\u0629\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("ReviewSection", u"\u062c\u0639\u0644 \u0627\u0644\u062a\u0642\u0631\u064a\u0631 \u0645\u0633\u0648\u062f\u0629 \u0645\u0646 \u062c\u062f\u064a\u062f \u0644\u062a\u0639\u062f\u064a\u0644\u0647 (\u0628\u0639\u062f \u0627\u0644\u062a\u0623\u0643\u064a\u062f)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

