# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recommendations_section.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecommendationsSection(object):
    def setupUi(self, RecommendationsSection):
        if not RecommendationsSection.objectName():
            RecommendationsSection.setObjectName(u"RecommendationsSection")
        RecommendationsSection.setLayoutDirection(Qt.RightToLeft)
        self.outer = QVBoxLayout(RecommendationsSection)
        self.outer.setObjectName(u"outer")
        self.chooserSlot = QWidget(RecommendationsSection)
        self.chooserSlot.setObjectName(u"chooserSlot")

        self.outer.addWidget(self.chooserSlot)

        self.tableSlot = QWidget(RecommendationsSection)
        self.tableSlot.setObjectName(u"tableSlot")

        self.outer.addWidget(self.tableSlot)


        self.retranslateUi(RecommendationsSection)

        QMetaObject.connectSlotsByName(RecommendationsSection)
    # setupUi

    def retranslateUi(self, RecommendationsSection):
        pass
    # retranslateUi

