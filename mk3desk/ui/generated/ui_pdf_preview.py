# Generated from forms/pdf_preview.ui by tools/build_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PdfPreview(object):
    def setupUi(self, PdfPreview):
        if not PdfPreview.objectName():
            PdfPreview.setObjectName(u"PdfPreview")
        PdfPreview.resize(900, 640)
        self.previewLayout = QVBoxLayout(PdfPreview)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.previousButton = QPushButton(PdfPreview)
        self.previousButton.setObjectName(u"previousButton")

        self.toolbarLayout.addWidget(self.previousButton)

        self.pageLabel = QLabel(PdfPreview)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setMinimumSize(QSize(140, 0))
        self.pageLabel.setAlignment(Qt.AlignCenter)

        self.toolbarLayout.addWidget(self.pageLabel)

        self.nextButton = QPushButton(PdfPreview)
        self.nextButton.setObjectName(u"nextButton")

        self.toolbarLayout.addWidget(self.nextButton)

        self.gotoLabel = QLabel(PdfPreview)
        self.gotoLabel.setObjectName(u"gotoLabel")

        self.toolbarLayout.addWidget(self.gotoLabel)

        self.pageSpin = QSpinBox(PdfPreview)
        self.pageSpin.setObjectName(u"pageSpin")
        self.pageSpin.setMinimum(1)

        self.toolbarLayout.addWidget(self.pageSpin)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.zoomOutButton = QPushButton(PdfPreview)
        self.zoomOutButton.setObjectName(u"zoomOutButton")

        self.toolbarLayout.addWidget(self.zoomOutButton)

        self.zoomLabel = QLabel(PdfPreview)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumSize(QSize(60, 0))
        self.zoomLabel.setAlignment(Qt.AlignCenter)

        self.toolbarLayout.addWidget(self.zoomLabel)

        self.zoomInButton = QPushButton(PdfPreview)
        self.zoomInButton.setObjectName(u"zoomInButton")

        self.toolbarLayout.addWidget(self.zoomInButton)

        self.fitWidthButton = QPushButton(PdfPreview)
        self.fitWidthButton.setObjectName(u"fitWidthButton")
        self.fitWidthButton.setCheckable(True)

        self.toolbarLayout.addWidget(self.fitWidthButton)


        self.previewLayout.addLayout(self.toolbarLayout)

        self.pdfView = QPdfView(PdfPreview)
        self.pdfView.setObjectName(u"pdfView")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.pdfView.sizePolicy().hasHeightForWidth())
        self.pdfView.setSizePolicy(sizePolicy)

        self.previewLayout.addWidget(self.pdfView)

#if QT_CONFIG(shortcut)
        self.gotoLabel.setBuddy(self.pageSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PdfPreview)

        QMetaObject.connectSlotsByName(PdfPreview)
    # setupUi

    def retranslateUi(self, PdfPreview):
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u0e44\u0e1b\u0e2b\u0e19\u0e49\u0e32\u0e01\u0e48\u0e2d\u0e19\u0e2b\u0e19\u0e49\u0e32 (Page Up)", None))
#endif // QT_CONFIG(tooltip)
        self.previousButton.setText(QCoreApplication.translate("PdfPreview", u"\u25c0 \u0e2b\u0e19\u0e49\u0e32\u0e01\u0e48\u0e2d\u0e19", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u0e44\u0e1b\u0e2b\u0e19\u0e49\u0e32\u0e16\u0e31\u0e14\u0e44\u0e1b (Page Down)", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("PdfPreview", u"\u0e2b\u0e19\u0e49\u0e32\u0e16\u0e31\u0e14\u0e44\u0e1b \u25b6", None))
        self.gotoLabel.setText(QCoreApplication.translate("PdfPreview", u"\u0e44\u0e1b\u0e17\u0e35\u0e48\u0e2b\u0e19\u0e49\u0e32", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u0e22\u0e48\u0e2d (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.zoomOutButton.setText(QCoreApplication.translate("PdfPreview", u"\u2212 \u0e22\u0e48\u0e2d", None))
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u0e02\u0e22\u0e32\u0e22 (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.zoomInButton.setText(QCoreApplication.translate("PdfPreview", u"+ \u0e02\u0e22\u0e32\u0e22", None))
#if QT_CONFIG(tooltip)
        self.fitWidthButton.setToolTip(QCoreApplication.translate("PdfPreview", u"\u0e1b\u0e23\u0e31\u0e1a\u0e02\u0e19\u0e32\u0e14\u0e43\u0e2b\u0e49\u0e2b\u0e19\u0e49\u0e32\u0e01\u0e23\u0e30\u0e14\u0e32\u0e29\u0e1e\u0e2d\u0e14\u0e35\u0e01\u0e31\u0e1a\u0e04\u0e27\u0e32\u0e21\u0e01\u0e27\u0e49\u0e32\u0e07\u0e02\u0e2d\u0e07\u0e0a\u0e48\u0e2d\u0e07\u0e41\u0e2a\u0e14\u0e07", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidthButton.setText(QCoreApplication.translate("PdfPreview", u"\u0e1e\u0e2d\u0e14\u0e35\u0e04\u0e27\u0e32\u0e21\u0e01\u0e27\u0e49\u0e32\u0e07", None))
        pass
    # retranslateUi

