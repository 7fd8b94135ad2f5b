"""แฟ้ม → เริ่มปีงบประมาณใหม่…: the next fiscal year from the one in view.

The clerk picks the new year and its framework (the built-in template or a framework
workbook), ticks the assignments to copy and whether to copy the committees (as drafts
to confirm); the dialog shows, before anything is written, how many indicators start
their Plan with last year's Act improvements and which improvements have no indicator
next year (to be acknowledged). Starting takes a backup first (as ``mk3desk year
create`` does), then runs services.next_year in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.errors import Mk3Error
from mk3desk.domain.office_year import OfficeYear
from mk3desk.services.next_year import (
    NextYearPreview,
    NextYearRequest,
    NextYearResult,
    preview_next_year,
    start_next_year,
)
from mk3desk.ui.actions import busy_cursor, run_action
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.screen_fit import fit_size
from mk3desk.ui.styles import BANNER_STYLE
from mk3desk.ui.thai_wrap import wrap_hint

EXCEL_FILTER = "Excel (*.xlsx)"


class NextYearDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextYearDialog")
        self.context = context
        assert context.office_year is not None
        self.source: OfficeYear = context.office_year
        self.framework_file: Path | None = None
        self.preview: NextYearPreview | None = None
        self.outcome: NextYearResult | None = None
        self.setWindowTitle(self.tr("เริ่มปีงบประมาณใหม่"))

        intro = QLabel(
            wrap_hint(
                self.tr(
                    "เริ่มปีงบประมาณถัดไปต่อจากปี {year} ของ{office}: ข้อปรับปรุง (Act) "
                    "ของแต่ละตัวชี้วัดจะเป็นจุดเริ่มของแผน (Plan) ปีใหม่ในตัวชี้วัดรหัสเดียวกัน "
                    "บุคลากรและกลุ่มงานเป็นของสำนักงาน ใช้ต่อในปีใหม่ได้ทันที"
                ).format(year=self.source.be_year, office=self.source.office_name)
            )
        )
        intro.setWordWrap(True)

        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("nextYearSpin")
        self.year_spin.setRange(2500, 2700)
        self.year_spin.setValue(self.source.be_year + 1)
        self.year_spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.year_spin.setMaximumWidth(140)
        self.template_radio = QRadioButton(self.tr("แม่แบบในโปรแกรม (PMQA 4.0)"), self)
        self.template_radio.setChecked(True)
        self.file_radio = QRadioButton(self.tr("ไฟล์กรอบตัวชี้วัด (Excel)"), self)
        choice = QButtonGroup(self)
        choice.addButton(self.template_radio)
        choice.addButton(self.file_radio)
        self.file_label = QLabel(self.tr("ยังไม่ได้เลือกไฟล์"), self)
        self.file_button = QPushButton(self.tr("เลือกไฟล์…"), self)
        self.file_button.clicked.connect(self.choose_file)
        source_row = QHBoxLayout()
        source_row.addWidget(self.template_radio)
        source_row.addWidget(self.file_radio)
        source_row.addWidget(self.file_button)
        source_row.addWidget(self.file_label, 1)

        form = QFormLayout()
        form.addRow(self.tr("ปีงบประมาณใหม่ (พ.ศ.)"), self.year_spin)
        form.addRow(self.tr("กรอบตัวชี้วัด"), source_row)

        self.committees_check = QCheckBox(self)
        self.committees_check.setObjectName("copyCommittees")
        self.committees_check.setChecked(True)
        self.assignments = QListWidget(self)
        self.assignments.setObjectName("assignmentList")
        self.assignments.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.assignments.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.assignments.setWordWrap(False)
        all_button = QPushButton(self.tr("เลือกทั้งหมด"), self)
        none_button = QPushButton(self.tr("ไม่เลือก"), self)
        all_button.clicked.connect(lambda: self._tick_all(True))
        none_button.clicked.connect(lambda: self._tick_all(False))
        tick_row = QHBoxLayout()
        tick_row.addWidget(QLabel(self.tr("คัดลอกผู้รับผิดชอบ (Key Man และผู้สำรอง) ที่ติ๊กไว้:")), 1)
        tick_row.addWidget(all_button)
        tick_row.addWidget(none_button)

        self.carried_label = QLabel(self)
        self.carried_label.setObjectName("carriedLabel")
        self.carried_label.setWordWrap(True)
        self.unmatched_text = QPlainTextEdit(self)
        self.unmatched_text.setObjectName("unmatchedText")
        self.unmatched_text.setReadOnly(True)
        self.unmatched_text.setMaximumHeight(90)
        self.accept_unmatched = QCheckBox(
            self.tr("รับทราบ: ข้อปรับปรุงข้างต้นไม่มีตัวชี้วัดให้ยกไป จะนำไปใส่ในแผนเอง"), self
        )
        self.accept_unmatched.setObjectName("acceptUnmatched")
        self.problem = QLabel(self)
        self.problem.setObjectName("nextYearProblem")
        self.problem.setStyleSheet(BANNER_STYLE)
        self.problem.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            self.tr("เริ่มปีงบประมาณใหม่"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("startNextYear")
        buttons.addButton(self.tr("ยกเลิก"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.committees_check)
        layout.addLayout(tick_row)
        layout.addWidget(self.assignments, 1)
        layout.addWidget(self.carried_label)
        layout.addWidget(self.unmatched_text)
        layout.addWidget(self.accept_unmatched)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.year_spin.valueChanged.connect(lambda *_: self.refresh())
        self.template_radio.toggled.connect(lambda *_: self.refresh())
        self.accept_unmatched.toggled.connect(lambda *_: self._update_start())
        fit_size(self, 860, 640)
        self.refresh()

    # -- what starting would do ---------------------------------------------------------
    def chosen_file(self) -> Path | None:
        return self.framework_file if self.file_radio.isChecked() else None

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("เลือกไฟล์กรอบตัวชี้วัด"), str(Path.home()), EXCEL_FILTER
        )
        if name:
            self.set_framework_file(Path(name))

    def set_framework_file(self, path: Path) -> None:
        self.framework_file = path
        self.file_label.setText(path.name)
        self.file_radio.setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        self.file_button.setEnabled(self.file_radio.isChecked())
        self.preview = None
        self.problem.setVisible(False)
        if self.file_radio.isChecked() and self.framework_file is None:
            self._show_problem(self.tr("เลือกไฟล์กรอบตัวชี้วัด (Excel) ก่อน"))
            return
        be_year, framework = self.year_spin.value(), self.chosen_file()
        try:
            with busy_cursor():
                self.preview = self.context.read(
                    lambda s: preview_next_year(s, self.source, be_year, framework)
                )
        except Mk3Error as error:
            self._show_problem(translate_error(error))
            return
        self._fill(self.preview)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)
        self.assignments.clear()
        self.carried_label.setText("")
        self.unmatched_text.setVisible(False)
        self.accept_unmatched.setVisible(False)
        self.committees_check.setText(self.tr("คัดลอกคณะกรรมการเป็นร่างรอยืนยัน"))
        self._update_start()

    def _fill(self, preview: NextYearPreview) -> None:
        self.assignments.clear()
        for choice in preview.assignments:
            who = choice.owner + (f" / {choice.backup}" if choice.backup else "")
            item = QListWidgetItem(f"{choice.code}  {who} — {choice.title}")
            item.setToolTip(wrap_hint(f"{choice.code} {choice.title}\n{who}"))
            item.setData(Qt.ItemDataRole.UserRole, choice.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.assignments.addItem(item)
        names = ", ".join(preview.committees) or self.tr("ปีนี้ยังไม่มีคณะกรรมการ")
        self.committees_check.setText(
            self.tr("คัดลอกคณะกรรมการเป็นร่างรอยืนยัน (ยังไม่มีเลขที่และวันที่คำสั่ง): {names}").format(
                names=names
            )
        )
        self.committees_check.setEnabled(bool(preview.committees))
        self.carried_label.setText(
            self.tr(
                "จาก {source}: {count} ตัวชี้วัด · ข้อปรับปรุง (Act) ยกไปเป็นจุดเริ่มของแผนปี {year}: "
                "{carried} ตัวชี้วัด"
            ).format(
                source=preview.source,
                count=preview.indicators,
                year=preview.be_year,
                carried=len(preview.carried),
            )
        )
        self.unmatched_text.setPlainText("\n".join(preview.unmatched))
        self.unmatched_text.setVisible(bool(preview.unmatched))
        self.accept_unmatched.setVisible(bool(preview.unmatched))
        self.accept_unmatched.setChecked(False)
        self._update_start()

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.assignments.count()):
            self.assignments.item(row).setCheckState(state)

    def ticked_codes(self) -> frozenset[str]:
        items = (self.assignments.item(row) for row in range(self.assignments.count()))
        return frozenset(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _update_start(self) -> None:
        preview = self.preview
        ready = preview is not None and not self.context.read_only
        if preview is not None and preview.unmatched:
            ready = ready and self.accept_unmatched.isChecked()
        self.start_button.setEnabled(ready)

    # -- starting ---------------------------------------------------------------------
    def request(self) -> NextYearRequest:
        return NextYearRequest(
            be_year=self.year_spin.value(),
            framework_file=self.chosen_file(),
            assignments=self.ticked_codes(),
            committees=self.committees_check.isChecked() and self.committees_check.isEnabled(),
            accept_unmatched=self.accept_unmatched.isChecked(),
        )

    def start(self) -> None:
        from mk3desk.services.backup import BackupReason, backup_before

        request = self.request()

        def act() -> NextYearResult:
            backup_before(self.context.database, BackupReason.BEFORE_YEAR)
            return self.context.run(
                lambda s, a: start_next_year(s, a, self.source, request), Topic.FRAMEWORK
            )

        self.outcome = run_action(self, act, busy=True)
        if self.outcome is not None:
            self.accept()

    def summary(self) -> str:
        """What was done, in Thai, for the message after starting."""
        result = self.outcome
        if result is None:
            return ""
        lines = [
            self.tr("สร้างปีงบประมาณ {year} แล้ว ({count} ตัวชี้วัด)").format(
                year=result.office_year.be_year, count=result.indicators
            ),
            self.tr("ข้อปรับปรุง (Act) ยกไปเป็นจุดเริ่มของแผน: {count} ตัวชี้วัด").format(
                count=result.carried
            ),
            self.tr("คัดลอกผู้รับผิดชอบ: {count} ตัวชี้วัด").format(count=result.assignments),
        ]
        if result.committees:
            lines.append(
                self.tr("คณะกรรมการ (ร่าง รอเลขที่และวันที่คำสั่ง): {names}").format(
                    names=", ".join(result.committees)
                )
            )
        lines += [self.tr("ไม่ได้คัดลอก {why}").format(why=why) for why in result.skipped_committees]
        if result.unmatched:
            lines.append(self.tr("ข้อปรับปรุงที่ต้องยกไปเอง:"))
            lines += [f"• {line}" for line in result.unmatched]
        return "\n".join(lines)
