# Generated from forms/assignment_dialog.ui by tools/build_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assignment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AssignmentDialog(object):
    def setupUi(self, AssignmentDialog):
        if not AssignmentDialog.objectName():
            AssignmentDialog.setObjectName(u"AssignmentDialog")
        AssignmentDialog.resize(600, 340)
        self.verticalLayout = QVBoxLayout(AssignmentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.indicatorLabel = QLabel(AssignmentDialog)
        self.indicatorLabel.setObjectName(u"indicatorLabel")
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        self.indicatorLabel.setFont(font)
        self.indicatorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.indicatorLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.ownerLabel = QLabel(AssignmentDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(AssignmentDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.backupLabel = QLabel(AssignmentDialog)
        self.backupLabel.setObjectName(u"backupLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupCombo = QComboBox(AssignmentDialog)
        self.backupCombo.setObjectName(u"backupCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backupCombo)

        self.deadlineLabel = QLabel(AssignmentDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineHolder = QWidget(AssignmentDialog)
        self.deadlineHolder.setObjectName(u"deadlineHolder")
        self.deadlineLayout = QHBoxLayout(self.deadlineHolder)
        self.deadlineLayout.setObjectName(u"deadlineLayout")
        self.deadlineLayout.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.deadlineHolder)


        self.verticalLayout.addLayout(self.formLayout)

        self.reasonLabel = QLabel(AssignmentDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setStyleSheet(u"color: #b71c1c;")
        self.reasonLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.reasonLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AssignmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.backupLabel.setBuddy(self.backupCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssignmentDialog)
        self.buttonBox.rejected.connect(AssignmentDialog.reject)

        QMetaObject.connectSlotsByName(AssignmentDialog)
    # setupUi

    def retranslateUi(self, AssignmentDialog):
        AssignmentDialog.setWindowTitle(QCoreApplication.translate("AssignmentDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a\u0e15\u0e31\u0e27\u0e0a\u0e35\u0e49\u0e27\u0e31\u0e14", None))
        self.ownerLabel.setText(QCoreApplication.translate("AssignmentDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a\u0e2b\u0e25\u0e31\u0e01 (Key Man)", None))
        self.backupLabel.setText(QCoreApplication.translate("AssignmentDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a\u0e2a\u0e33\u0e23\u0e2d\u0e07", None))
        self.deadlineLabel.setText(QCoreApplication.translate("AssignmentDialog", u"\u0e01\u0e33\u0e2b\u0e19\u0e14\u0e2a\u0e48\u0e07\u0e07\u0e32\u0e19", None))
    # retranslateUi

