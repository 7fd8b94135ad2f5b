# Generated from forms/recycle_dialog.ui by tools/build_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'recycle_dialog.ui'
##
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RecycleDialog(object):
    def setupUi(self, RecycleDialog):
        if not RecycleDialog.objectName():
            RecycleDialog.setObjectName(u"RecycleDialog")
        RecycleDialog.resize(860, 480)
        self.verticalLayout = QVBoxLayout(RecycleDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(RecycleDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.reasonLabel = QLabel(RecycleDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.reasonLabel)

        self.recycleTable = QTableView(RecycleDialog)
        self.recycleTable.setObjectName(u"recycleTable")
        self.recycleTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.recycleTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.recycleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.recycleTable.setWordWrap(True)

        self.verticalLayout.addWidget(self.recycleTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(RecycleDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.emptyButton = QPushButton(RecycleDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.buttonRow.addWidget(self.emptyButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(RecycleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.buttonRow)


        self.retranslateUi(RecycleDialog)
        self.buttonBox.rejected.connect(RecycleDialog.reject)

        QMetaObject.connectSlotsByName(RecycleDialog)
    # setupUi

    def retranslateUi(self, RecycleDialog):
        RecycleDialog.setWindowTitle(QCoreApplication.translate("RecycleDialog", u"\u0e16\u0e31\u0e07\u0e02\u0e22\u0e30\u0e44\u0e1f\u0e25\u0e4c\u0e2b\u0e25\u0e31\u0e01\u0e10\u0e32\u0e19", None))
        self.introLabel.setText(QCoreApplication.translate("RecycleDialog", u"\u0e44\u0e1f\u0e25\u0e4c\u0e2b\u0e25\u0e31\u0e01\u0e10\u0e32\u0e19\u0e17\u0e35\u0e48\u0e22\u0e49\u0e32\u0e22\u0e44\u0e1b\u0e16\u0e31\u0e07\u0e02\u0e22\u0e30\u0e22\u0e31\u0e07\u0e40\u0e01\u0e47\u0e1a\u0e44\u0e27\u0e49\u0e08\u0e19\u0e01\u0e27\u0e48\u0e32\u0e08\u0e30\u0e25\u0e49\u0e32\u0e07\u0e16\u0e31\u0e07\u0e02\u0e22\u0e30 \u0e40\u0e25\u0e37\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e41\u0e25\u0e49\u0e27\u0e01\u0e14 \u201c\u0e19\u0e33\u0e01\u0e25\u0e31\u0e1a\u0e04\u0e37\u0e19\u201d \u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e41\u0e19\u0e1a\u0e01\u0e25\u0e31\u0e1a\u0e17\u0e35\u0e48\u0e15\u0e31\u0e27\u0e0a\u0e35\u0e49\u0e27\u0e31\u0e14\u0e40\u0e14\u0e34\u0e21", None))
        self.restoreButton.setText(QCoreApplication.translate("RecycleDialog", u"\u0e19\u0e33\u0e01\u0e25\u0e31\u0e1a\u0e04\u0e37\u0e19", None))
        self.emptyButton.setText(QCoreApplication.translate("RecycleDialog", u"\u0e25\u0e49\u0e32\u0e07\u0e16\u0e31\u0e07\u0e02\u0e22\u0e30\u2026", None))
    # retranslateUi

