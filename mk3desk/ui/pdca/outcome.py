"""An outcome indicator's Do step: target, thresholds, three years of actual values, live score."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from mk3desk.domain.errors import ConflictError, Mk3Error
from mk3desk.domain.framework import Direction, OutcomeRuleType
from mk3desk.domain.thainum import format_score, parse_decimal
from mk3desk.services import pdca
from mk3desk.services.indicator_view import IndicatorDetail
from mk3desk.ui.actions import run_action, try_change
from mk3desk.ui.context import Topic, show_error
from mk3desk.ui.thai_wrap import wrap_hint

if TYPE_CHECKING:
    from mk3desk.ui.pdca.work_screen import WorkScreen


def _num(value: Decimal | None) -> str:
    # Trailing zeros dropped ("72.50" → "72.5") without scientific notation ("7E+1").
    return "" if value is None else f"{value.normalize():f}"


class OutcomeEditor(QWidget):
    def __init__(self, work: WorkScreen, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("OutcomeEditor")
        self.work = work
        self.detail: IndicatorDetail | None = None
        self.rule = QLabel(self)
        self.rule.setObjectName("outcomeRule")
        self.rule.setWordWrap(True)
        self.values: dict[int, QLineEdit] = {}  # offset 2, 1, 0 (this year)
        # The value each field was loaded with: a save goes over it, and is refused when
        # someone saved another value since (the field then shows theirs).
        self.read: dict[int, Decimal | None] = {}
        self.year_labels: dict[int, QLabel] = {}
        self.score = QLabel(self)
        self.score.setObjectName("liveScore")
        font = self.score.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.score.setFont(font)

        box = QGroupBox(self.tr("ผลการดำเนินงานจริง 3 ปี"), self)
        form = QFormLayout(box)
        for offset in (2, 1, 0):
            edit = QLineEdit(box)
            edit.setObjectName(f"actual_{offset}")
            edit.editingFinished.connect(lambda offset=offset: self._save(offset))
            label = QLabel(box)
            self.values[offset] = edit
            self.year_labels[offset] = label
            form.addRow(label, edit)
        self.values[0].textEdited.connect(self._preview)
        form.addRow(self.tr("คะแนนจากค่าปีนี้"), self.score)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule)
        layout.addWidget(box)

    def show_detail(self, detail: IndicatorDetail, *, fresh: bool, editable: bool) -> None:
        self.detail = detail
        outcome = detail.outcome
        assert outcome is not None
        spec, rule = outcome.spec, outcome.spec.rule
        lines = [
            self.tr("หน่วย: {unit} · ค่าเป้าหมาย: {target}").format(
                unit=spec.unit or "-", target=_num(spec.target) or "-"
            )
        ]
        if rule is not None:
            better = (
                self.tr("ค่ายิ่งมากยิ่งดี")
                if rule.direction is Direction.HIGHER_IS_BETTER
                else self.tr("ค่ายิ่งน้อยยิ่งดี")
            )
            if rule.rule_type is OutcomeRuleType.THRESHOLDS:
                steps = " · ".join(
                    self.tr("ระดับ {n} = {v}").format(n=n, v=_num(v))
                    for n, v in enumerate(rule.thresholds, start=1)
                )
                lines.append(f"{better}: {steps}")
            else:
                lines.append(
                    self.tr(
                        "{better}: ร้อยละความสำเร็จ {floor} ได้ 0 คะแนน, {ceiling} ได้ 5 คะแนน"
                    ).format(better=better, floor=_num(rule.floor), ceiling=_num(rule.ceiling))
                )
        self.rule.setText(wrap_hint("\n".join(lines)))
        for offset, edit in self.values.items():
            be_year = detail.be_year - offset
            self.year_labels[offset].setText(
                self.tr("ปี {year} (ปีนี้)").format(year=be_year)
                if offset == 0
                else self.tr("ปี {year}").format(year=be_year)
            )
            if fresh or not edit.isModified():
                self.read[offset] = outcome.values.get(be_year)
                edit.setText(_num(self.read[offset]))
                edit.setModified(False)
            edit.setReadOnly(not editable)
        self._preview()

    def _parsed(self, offset: int) -> Decimal | None:
        text = self.values[offset].text().strip()
        return parse_decimal(text) if text else None

    def _preview(self, *_args: object) -> None:
        """The score this year's value gives, recomputed at every keystroke."""
        if self.detail is None or self.detail.outcome is None:
            return
        try:
            actual = self._parsed(0)
            score = self.detail.outcome.score_for(actual)
        except Mk3Error:
            self.score.setText(self.tr("— ตัวเลขไม่ถูกต้อง —"))
            return
        self.score.setText(format_score(score) if actual is not None else self.tr("— ยังไม่กรอก —"))

    def _save(self, offset: int) -> None:
        edit = self.values[offset]
        if self.detail is None or edit.isReadOnly() or not edit.isModified():
            return
        indicator_id, be_year = self.detail.indicator_id, self.detail.be_year - offset
        # A number that does not parse is refused like any other change: the reason is
        # shown, nothing is written, and the text stays in the field to be fixed. (An
        # empty field is None too: the value is cleared.)
        value = run_action(self, lambda: self._parsed(offset))
        if value is None and edit.text().strip():
            return
        base = self.read.get(offset)
        conflicts: list[ConflictError] = []

        def refused(error: Mk3Error) -> None:
            if isinstance(error, ConflictError):
                conflicts.append(error)
            show_error(self, error)

        if try_change(
            self,
            self.work.context,
            lambda s, a: pdca.set_outcome_value(s, a, indicator_id, be_year, value, base=base),
            Topic.INDICATOR,
            on_refused=refused,
        ):
            self.read[offset] = value
            edit.setModified(False)
        elif conflicts:
            # A single value: the message named both; the field now shows the stored one.
            edit.setModified(False)
            self.work.refresh()
