# Generated from forms/person_dialog.ui by tools/build_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(560, 420)
        self.verticalLayout = QVBoxLayout(PersonDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.positionLabel = QLabel(PersonDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionEdit = QLineEdit(PersonDialog)
        self.positionEdit.setObjectName(u"positionEdit")
        self.positionEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.positionEdit)

        self.groupLabel = QLabel(PersonDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(PersonDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.rolesBox = QGroupBox(PersonDialog)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QVBoxLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.staffCheck = QCheckBox(self.rolesBox)
        self.staffCheck.setObjectName(u"staffCheck")

        self.rolesLayout.addWidget(self.staffCheck)

        self.reviewerCheck = QCheckBox(self.rolesBox)
        self.reviewerCheck.setObjectName(u"reviewerCheck")

        self.rolesLayout.addWidget(self.reviewerCheck)

        self.coordinatorCheck = QCheckBox(self.rolesBox)
        self.coordinatorCheck.setObjectName(u"coordinatorCheck")

        self.rolesLayout.addWidget(self.coordinatorCheck)

        self.executiveCheck = QCheckBox(self.rolesBox)
        self.executiveCheck.setObjectName(u"executiveCheck")

        self.rolesLayout.addWidget(self.executiveCheck)


        self.verticalLayout.addWidget(self.rolesBox)

        self.activeCheck = QCheckBox(PersonDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.verticalLayout.addWidget(self.activeCheck)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.positionLabel.setBuddy(self.positionEdit)
        self.groupLabel.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersonDialog)
        self.buttonBox.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e1a\u0e38\u0e04\u0e25\u0e32\u0e01\u0e23", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0e0a\u0e37\u0e48\u0e2d-\u0e19\u0e32\u0e21\u0e2a\u0e01\u0e38\u0e25 (\u0e1e\u0e23\u0e49\u0e2d\u0e21\u0e04\u0e33\u0e19\u0e33\u0e2b\u0e19\u0e49\u0e32)", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e19\u0e32\u0e07\u0e2a\u0e32\u0e27\u0e2a\u0e21\u0e28\u0e23\u0e35 \u0e43\u0e08\u0e14\u0e35", None))
        self.positionLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07", None))
        self.positionEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"\u0e15\u0e33\u0e41\u0e2b\u0e19\u0e48\u0e07\u0e17\u0e35\u0e48\u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e43\u0e15\u0e49\u0e25\u0e32\u0e22\u0e21\u0e37\u0e2d\u0e0a\u0e37\u0e48\u0e2d", None))
        self.groupLabel.setText(QCoreApplication.translate("PersonDialog", u"\u0e01\u0e25\u0e38\u0e48\u0e21\u0e07\u0e32\u0e19", None))
        self.rolesBox.setTitle(QCoreApplication.translate("PersonDialog", u"\u0e1a\u0e17\u0e1a\u0e32\u0e17\u0e43\u0e19\u0e07\u0e32\u0e19\u0e15\u0e31\u0e27\u0e0a\u0e35\u0e49\u0e27\u0e31\u0e14", None))
        self.staffCheck.setText(QCoreApplication.translate("PersonDialog", u"\u0e1c\u0e39\u0e49\u0e23\u0e31\u0e1a\u0e1c\u0e34\u0e14\u0e0a\u0e2d\u0e1a\u0e15\u0e31\u0e27\u0e0a\u0e35\u0e49\u0e27\u0e31\u0e14 (Key Man)", None))
        self.reviewerCheck.setText(QCoreApplication.translate("PersonDialog", u"\u0e01\u0e23\u0e23\u0e21\u0e01\u0e32\u0e23\u0e15\u0e23\u0e27\u0e08\u0e2a\u0e2d\u0e1a", None))
        self.coordinatorCheck.setText(QCoreApplication.translate("PersonDialog", u"\u0e1c\u0e39\u0e49\u0e1b\u0e23\u0e30\u0e2a\u0e32\u0e19\u0e07\u0e32\u0e19\u0e15\u0e31\u0e27\u0e0a\u0e35\u0e49\u0e27\u0e31\u0e14 (\u0e1b\u0e34\u0e14\u0e23\u0e30\u0e1a\u0e1a/\u0e40\u0e1b\u0e34\u0e14\u0e23\u0e30\u0e1a\u0e1a\u0e44\u0e14\u0e49)", None))
        self.executiveCheck.setText(QCoreApplication.translate("PersonDialog", u"\u0e1c\u0e39\u0e49\u0e1a\u0e23\u0e34\u0e2b\u0e32\u0e23", None))
        self.activeCheck.setText(QCoreApplication.translate("PersonDialog", u"\u0e22\u0e31\u0e07\u0e1b\u0e0f\u0e34\u0e1a\u0e31\u0e15\u0e34\u0e07\u0e32\u0e19\u0e2d\u0e22\u0e39\u0e48\u0e43\u0e19\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19", None))
    # retranslateUi

