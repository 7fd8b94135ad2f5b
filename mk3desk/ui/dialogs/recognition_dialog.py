"""ยกย่องชมเชย: praise and awards of the year, issuing certificates, the register.

Opened from the People page. Every change goes through a service (services/recognition/)
with ``try_change``; the certificates' PDF is written after the register committed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.recognition import KIND_TITLES, RecognitionDraft, RecognitionKind, number_text
from mk3desk.domain.rights import Action, Relation, allowed
from mk3desk.domain.thaidate import format_thai_date, parse_thai_date
from mk3desk.domain.thainum import NumeralStyle
from mk3desk.services.documents.recognition import certificates_data
from mk3desk.services.recognition import certificates, read, save
from mk3desk.ui.actions import run_action, try_change
from mk3desk.ui.context import AppContext
from mk3desk.ui.topics import Topic

if TYPE_CHECKING:
    from mk3desk.ui.excel_actions import ExcelActions


def _kind_title(kind: RecognitionKind) -> str:
    return QCoreApplication.translate("Recognition", KIND_TITLES[kind])


class RecognitionDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("ยกย่องชมเชยและเกียรติบัตร"))
        self.resize(1200, 700)
        layout = QVBoxLayout(self)

        add_box = QGroupBox(self.tr("บันทึกการยกย่องหรือรางวัล"), self)
        grid = QGridLayout(add_box)
        self.kind_combo = QComboBox(add_box)
        for kind in RecognitionKind:
            self.kind_combo.addItem(_kind_title(kind), kind.value)
        self.recipient_combo = QComboBox(add_box)
        self.title_edit = QLineEdit(add_box)
        self.title_edit.setPlaceholderText(self.tr("เมื่อเป็นรางวัล เช่น รางวัลบุคลากรดีเด่น"))
        self.reason_edit = QLineEdit(add_box)
        self.date_edit = QLineEdit(add_box)
        self.date_edit.setPlaceholderText(self.tr("เช่น 20/9/2567"))
        self.add_button = QPushButton(self.tr("บันทึกการยกย่อง"), add_box)
        grid.addWidget(QLabel(self.tr("ประเภท"), add_box), 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("ผู้ได้รับ (บุคลากรหรือกลุ่มงาน)"), add_box), 0, 2)
        grid.addWidget(self.recipient_combo, 0, 3)
        grid.addWidget(QLabel(self.tr("วันที่"), add_box), 0, 4)
        grid.addWidget(self.date_edit, 0, 5)
        grid.addWidget(QLabel(self.tr("ชื่อรางวัล"), add_box), 1, 0)
        grid.addWidget(self.title_edit, 1, 1, 1, 5)
        grid.addWidget(QLabel(self.tr("เหตุผล"), add_box), 2, 0)
        grid.addWidget(self.reason_edit, 2, 1, 1, 4)
        grid.addWidget(self.add_button, 2, 5)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(1, 1)
        layout.addWidget(add_box)

        self.list_view = self._table(
            [self.tr("วันที่"), self.tr("ผู้ได้รับ"), self.tr("รางวัล / ยกย่อง"), self.tr("เหตุผล"),
             self.tr("เกียรติบัตร")],
            stretch=(2, 3),
        )  # fmt: skip
        layout.addWidget(self.list_view, 2)

        issue_box = QGroupBox(
            self.tr("ออกเกียรติบัตรให้รายการที่เลือก (หนึ่งหน้าต่อหนึ่งคน ลงทะเบียนเลขที่)"), self
        )
        issue_row = QHBoxLayout(issue_box)
        self.signer_edit = QLineEdit(issue_box)
        self.signer_edit.setPlaceholderText(self.tr("ชื่อผู้ลงนาม"))
        self.position_edit = QLineEdit(issue_box)
        self.position_edit.setPlaceholderText(self.tr("ตำแหน่งผู้ลงนาม"))
        self.issued_edit = QLineEdit(issue_box)
        self.issued_edit.setPlaceholderText(self.tr("วันนี้"))
        self.issued_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + 16)
        self.issue_button = QPushButton(self.tr("ออกเกียรติบัตร…"), issue_box)
        self.delete_button = QPushButton(self.tr("ลบรายการที่เลือก"), issue_box)
        for widget, stretch in (
            (QLabel(self.tr("ผู้ลงนาม"), issue_box), 0),
            (self.signer_edit, 2),
            (QLabel(self.tr("ตำแหน่ง"), issue_box), 0),
            (self.position_edit, 3),
            (QLabel(self.tr("วันที่ให้ไว้"), issue_box), 0),
            (self.issued_edit, 1),
            (self.issue_button, 0),
            (self.delete_button, 0),
        ):
            issue_row.addWidget(widget, stretch)
        layout.addWidget(issue_box)

        register_box = QGroupBox(self.tr("ทะเบียนเกียรติบัตร"), self)
        register_layout = QVBoxLayout(register_box)
        self.register_view = self._table(
            [self.tr("เลขที่"), self.tr("วันที่ให้ไว้"), self.tr("ผู้ได้รับ"), self.tr("ผู้ลงนาม")],
            stretch=(2, 3),
        )
        register_layout.addWidget(self.register_view, 1)
        self.print_button = QPushButton(self.tr("พิมพ์เกียรติบัตรที่เลือกจากทะเบียน…"), register_box)
        self.export_button = QPushButton(self.tr("ส่งออกทะเบียนเป็น Excel…"), register_box)
        self.export_button.setObjectName("exportRegister")
        register_buttons = QHBoxLayout()
        register_buttons.addStretch(1)
        register_buttons.addWidget(self.export_button)
        register_buttons.addWidget(self.print_button)
        register_layout.addLayout(register_buttons)
        layout.addWidget(register_box, 2)

        # Rows as tall as their wrapped text once the columns have their widths.
        for table in (self.list_view, self.register_view):
            table.horizontalHeader().sectionResized.connect(
                lambda *_, t=table: t.resizeRowsToContents()
            )
        self.add_button.clicked.connect(self.add)
        self.issue_button.clicked.connect(self._ask_issue)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self._ask_print)
        self.export_button.clicked.connect(lambda: self.export_register())
        self._excel: ExcelActions | None = None  # made on first use (openpyxl loads then)
        self.load()

    def export_register(self, path: str | None = None) -> Path | None:
        """The year's certificate register as a workbook (the file dialog unless *path*)."""
        from mk3desk.ui.excel_actions import ExcelActions

        if self._excel is None:
            self._excel = ExcelActions(self.context, self)
        return self._excel.export("certificates", path)

    def _table(self, headers: list[str], *, stretch: tuple[int, ...]) -> QTableWidget:
        """A read-only table whose *stretch* columns share the width (no sideways scroll)."""
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        for column in range(len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        return table

    def _mirror_rights(self) -> None:
        """Writing buttons only for whom the rights table allows (services refuse anyway)."""
        actor = self.context.actor
        may = not self.context.read_only and (
            actor.full_rights or allowed(Action.RECOGNITION, actor.roles, Relation.NONE)
        )
        for button in (self.add_button, self.issue_button, self.delete_button):
            button.setEnabled(may)

    def load(self) -> None:
        self._mirror_rights()
        office_year = self.context.office_year
        if office_year is None:
            return
        listed, register, (people, groups), signer = self.context.read(
            lambda s: (
                read.recognitions(s, office_year),
                read.register(s, office_year),
                read.choices(s, office_year),
                read.default_signer(s, office_year),
            )
        )
        self.recipient_combo.clear()
        for person_id, name in people:
            self.recipient_combo.addItem(name, ("person", person_id))
        for group_id, name in groups:
            self.recipient_combo.addItem(name, ("group", group_id))
        if not self.signer_edit.text():
            self.signer_edit.setText(signer.name)
            self.position_edit.setText(signer.position)
            # A long position shows from its start, not scrolled to its end.
            self.position_edit.setCursorPosition(0)
        arabic = NumeralStyle.ARABIC
        self.recognitions = listed
        self.list_view.setRowCount(len(listed))
        for row, r in enumerate(listed):
            values = (
                format_thai_date(r.awarded_on, style="short", digits=arabic),
                r.recipient,
                r.title or _kind_title(r.kind),
                r.reason,
                str(r.certificates),
            )
            for column, value in enumerate(values):
                self.list_view.setItem(row, column, QTableWidgetItem(value))
        self.register = register
        self.register_view.setRowCount(len(register))
        for row, c in enumerate(register):
            cells = (
                number_text(c.number, c.be_year),
                format_thai_date(c.issued_on, style="short", digits=arabic),
                c.recipient_name,
                c.signer.name,
            )
            for column, value in enumerate(cells):
                self.register_view.setItem(row, column, QTableWidgetItem(value))
        self.list_view.resizeRowsToContents()

    def _selected(self, table: QTableWidget) -> list[int]:
        return sorted({index.row() for index in table.selectionModel().selectedRows()})

    def add(self) -> bool:
        office_year = self.context.office_year
        chosen = self.recipient_combo.currentData()
        if office_year is None or chosen is None:
            return False
        kind, target = chosen

        def draft() -> RecognitionDraft:
            day = self.date_edit.text().strip()
            return RecognitionDraft(
                kind=RecognitionKind(self.kind_combo.currentData()),
                reason=self.reason_edit.text(),
                awarded_on=parse_thai_date(day) if day else None,
                person_id=target if kind == "person" else None,
                group_id=target if kind == "group" else None,
                title=self.title_edit.text(),
            )

        done = try_change(
            self,
            self.context,
            lambda s, actor: save.add_recognition(s, actor, office_year, draft()),
            Topic.PEOPLE,
        )
        if done:
            self.reason_edit.clear()
            self.title_edit.clear()
            self.load()
        return done

    def delete_selected(self) -> bool:
        office_year = self.context.office_year
        rows = self._selected(self.list_view)
        if office_year is None or not rows:
            return False
        chosen = [self.recognitions[r] for r in rows]

        def delete(s: Any, actor: Any) -> None:
            for r in chosen:
                save.delete_recognition(s, actor, office_year, r.recognition_id, version=r.version)

        done = try_change(self, self.context, delete, Topic.PEOPLE)
        self.load()
        return done

    def _ask_issue(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("บันทึกเกียรติบัตร"), self.tr("เกียรติบัตร.pdf"), self.tr("PDF (*.pdf)")
        )
        if target:
            self.issue(Path(target))

    def issue(self, target: Path) -> list[int]:
        """Issue certificates for the selected recognitions and write them to *target*."""
        office_year = self.context.office_year
        rows = self._selected(self.list_view)
        if office_year is None:
            return []
        ids = [self.recognitions[r].recognition_id for r in rows]
        signer = Signatory(self.signer_edit.text(), self.position_edit.text())

        def issue(s: Any, actor: Any) -> Any:
            day = self.issued_edit.text().strip()
            issued_on = parse_thai_date(day) if day else date.today()
            made = certificates.issue_certificates(s, actor, office_year, ids, signer, issued_on)
            return made, certificates_data(s, office_year, made)

        result = run_action(self, lambda: self.context.run(issue, Topic.PEOPLE))
        self.load()
        if result is None:
            return []
        made, data = result
        self._write(target, data)
        return list(made)

    def _ask_print(self) -> None:
        office_year = self.context.office_year
        rows = self._selected(self.register_view)
        if office_year is None or not rows:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("บันทึกเกียรติบัตร"), self.tr("เกียรติบัตร.pdf"), self.tr("PDF (*.pdf)")
        )
        if not target:
            return
        wanted = [self.register[r].certificate_id for r in rows]
        data = run_action(
            self, lambda: self.context.read(lambda s: certificates_data(s, office_year, wanted))
        )
        if data is not None:
            self._write(Path(target), data)

    def _write(self, target: Path, data: Any) -> None:
        from mk3desk.reports.certificates import build_certificates

        warnings = run_action(self, lambda: build_certificates(target, data), busy=True)
        if warnings is None:
            return
        text = self.tr("บันทึกเกียรติบัตรที่ {path} แล้ว").format(path=target)
        if warnings:
            text += "\n\n" + "\n".join(str(w) for w in warnings)
        QMessageBox.information(self, self.windowTitle(), text)
