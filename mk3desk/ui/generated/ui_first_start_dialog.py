# Generated from forms/first_start_dialog.ui by tools/build_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_FirstStartDialog(object):
    def setupUi(self, FirstStartDialog):
        if not FirstStartDialog.objectName():
            FirstStartDialog.setObjectName(u"FirstStartDialog")
        FirstStartDialog.resize(640, 520)
        self.mainLayout = QVBoxLayout(FirstStartDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(FirstStartDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FirstStartDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.createRadio = QRadioButton(FirstStartDialog)
        self.createRadio.setObjectName(u"createRadio")
        self.createRadio.setChecked(True)

        self.mainLayout.addWidget(self.createRadio)

        self.officeBox = QGroupBox(FirstStartDialog)
        self.officeBox.setObjectName(u"officeBox")
        self.officeForm = QFormLayout(self.officeBox)
        self.officeForm.setObjectName(u"officeForm")
        self.nameLabel = QLabel(self.officeBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.officeBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.shortNameLabel = QLabel(self.officeBox)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(self.officeBox)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.areaLabel = QLabel(self.officeBox)
        self.areaLabel.setObjectName(u"areaLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(self.officeBox)
        self.areaEdit.setObjectName(u"areaEdit")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.yearLabel = QLabel(self.officeBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.officeBox)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2560)
        self.yearSpin.setMaximum(2650)
        self.yearSpin.setValue(2568)

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearSpin)


        self.mainLayout.addWidget(self.officeBox)

        self.bundleRadio = QRadioButton(FirstStartDialog)
        self.bundleRadio.setObjectName(u"bundleRadio")

        self.mainLayout.addWidget(self.bundleRadio)

        self.bundleBox = QWidget(FirstStartDialog)
        self.bundleBox.setObjectName(u"bundleBox")
        self.bundleBox.setEnabled(False)
        self.bundleLayout = QHBoxLayout(self.bundleBox)
        self.bundleLayout.setObjectName(u"bundleLayout")
        self.bundleLayout.setContentsMargins(24, 0, 0, 0)
        self.bundleEdit = QLineEdit(self.bundleBox)
        self.bundleEdit.setObjectName(u"bundleEdit")
        self.bundleEdit.setReadOnly(True)

        self.bundleLayout.addWidget(self.bundleEdit)

        self.chooseBundleButton = QPushButton(self.bundleBox)
        self.chooseBundleButton.setObjectName(u"chooseBundleButton")

        self.bundleLayout.addWidget(self.chooseBundleButton)


        self.mainLayout.addWidget(self.bundleBox)

        self.demoRadio = QRadioButton(FirstStartDialog)
        self.demoRadio.setObjectName(u"demoRadio")

        self.mainLayout.addWidget(self.demoRadio)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(FirstStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.areaLabel.setBuddy(self.areaEdit)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.createRadio, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.shortNameEdit)
        QWidget.setTabOrder(self.shortNameEdit, self.areaEdit)
        QWidget.setTabOrder(self.areaEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.bundleRadio)
        QWidget.setTabOrder(self.bundleRadio, self.bundleEdit)
        QWidget.setTabOrder(self.bundleEdit, self.chooseBundleButton)
        QWidget.setTabOrder(self.chooseBundleButton, self.demoRadio)

        self.retranslateUi(FirstStartDialog)

        QMetaObject.connectSlotsByName(FirstStartDialog)
    # setupUi

    def retranslateUi(self, FirstStartDialog):
        FirstStartDialog.setWindowTitle(QCoreApplication.translate("FirstStartDialog", u"\u0e40\u0e23\u0e34\u0e48\u0e21\u0e43\u0e0a\u0e49\u0e07\u0e32\u0e19\u0e04\u0e23\u0e31\u0e49\u0e07\u0e41\u0e23\u0e01", None))
        self.titleLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e22\u0e34\u0e19\u0e14\u0e35\u0e15\u0e49\u0e2d\u0e19\u0e23\u0e31\u0e1a\u0e2a\u0e39\u0e48\u0e23\u0e30\u0e1a\u0e1a\u0e1a\u0e23\u0e34\u0e2b\u0e32\u0e23\u0e07\u0e32\u0e19\u0e15\u0e31\u0e27\u0e0a\u0e35\u0e49\u0e27\u0e31\u0e14 \u0e2a\u0e1e\u0e17.", None))
        self.introLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e10\u0e32\u0e19\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e19\u0e35\u0e49\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e21\u0e35\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19 \u0e40\u0e25\u0e37\u0e2d\u0e01\u0e27\u0e48\u0e32\u0e08\u0e30\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e02\u0e2d\u0e07\u0e17\u0e48\u0e32\u0e19 \u0e23\u0e31\u0e1a\u0e0a\u0e38\u0e14\u0e15\u0e31\u0e49\u0e07\u0e04\u0e48\u0e32\u0e17\u0e35\u0e48\u0e1c\u0e39\u0e49\u0e1b\u0e23\u0e30\u0e2a\u0e32\u0e19\u0e07\u0e32\u0e19\u0e2a\u0e48\u0e07\u0e21\u0e32 \u0e2b\u0e23\u0e37\u0e2d\u0e17\u0e14\u0e25\u0e2d\u0e07\u0e43\u0e0a\u0e49\u0e01\u0e31\u0e1a\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07\u0e01\u0e48\u0e2d\u0e19", None))
        self.createRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e2a\u0e23\u0e49\u0e32\u0e07\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e43\u0e2b\u0e21\u0e48 \u0e08\u0e32\u0e01\u0e41\u0e21\u0e48\u0e41\u0e1a\u0e1a\u0e15\u0e31\u0e27\u0e0a\u0e35\u0e49\u0e27\u0e31\u0e14 PMQA 4.0 \u0e17\u0e35\u0e48\u0e21\u0e32\u0e01\u0e31\u0e1a\u0e42\u0e1b\u0e23\u0e41\u0e01\u0e23\u0e21", None))
        self.officeBox.setTitle(QCoreApplication.translate("FirstStartDialog", u"\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19", None))
        self.nameLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e2a\u0e33\u0e19\u0e31\u0e01\u0e07\u0e32\u0e19\u0e40\u0e02\u0e15\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48\u0e01\u0e32\u0e23\u0e28\u0e36\u0e01\u0e29\u0e32\u0e1b\u0e23\u0e30\u0e16\u0e21\u0e28\u0e36\u0e01\u0e29\u0e32\u0e21\u0e2b\u0e32\u0e2a\u0e32\u0e23\u0e04\u0e32\u0e21 \u0e40\u0e02\u0e15 3", None))
        self.shortNameLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e0a\u0e37\u0e48\u0e2d\u0e22\u0e48\u0e2d", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"\u0e40\u0e0a\u0e48\u0e19 \u0e2a\u0e1e\u0e1b.\u0e21\u0e2b\u0e32\u0e2a\u0e32\u0e23\u0e04\u0e32\u0e21 \u0e40\u0e02\u0e15 3", None))
        self.areaLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14 / \u0e40\u0e02\u0e15\u0e1e\u0e37\u0e49\u0e19\u0e17\u0e35\u0e48", None))
        self.yearLabel.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e1b\u0e35\u0e07\u0e1a\u0e1b\u0e23\u0e30\u0e21\u0e32\u0e13 (\u0e1e.\u0e28.)", None))
        self.bundleRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e23\u0e31\u0e1a\u0e0a\u0e38\u0e14\u0e15\u0e31\u0e49\u0e07\u0e04\u0e48\u0e32\u0e08\u0e32\u0e01\u0e1c\u0e39\u0e49\u0e1b\u0e23\u0e30\u0e2a\u0e32\u0e19\u0e07\u0e32\u0e19 (.mk3)", None))
        self.bundleEdit.setPlaceholderText(QCoreApplication.translate("FirstStartDialog", u"\u0e22\u0e31\u0e07\u0e44\u0e21\u0e48\u0e44\u0e14\u0e49\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u0e0a\u0e38\u0e14\u0e15\u0e31\u0e49\u0e07\u0e04\u0e48\u0e32", None))
        self.chooseBundleButton.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e40\u0e25\u0e37\u0e2d\u0e01\u0e44\u0e1f\u0e25\u0e4c\u2026", None))
        self.demoRadio.setText(QCoreApplication.translate("FirstStartDialog", u"\u0e40\u0e1b\u0e34\u0e14\u0e02\u0e49\u0e2d\u0e21\u0e39\u0e25\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07 (\u0e2a\u0e1e\u0e1b.\u0e21\u0e2b\u0e32\u0e2a\u0e32\u0e23\u0e04\u0e32\u0e21 \u0e40\u0e02\u0e15 3 \u0e22\u0e49\u0e2d\u0e19\u0e2b\u0e25\u0e31\u0e07 3 \u0e1b\u0e35) \u0e40\u0e1e\u0e37\u0e48\u0e2d\u0e17\u0e14\u0e25\u0e2d\u0e07\u0e43\u0e0a\u0e49", None))
    # retranslateUi

