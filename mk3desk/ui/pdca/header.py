"""The top of the work screen: which indicator, its state, and the four PDCA steps.

The stepper shows every step with where the indicator stands: done (✓), the
current one (highlighted), or still ahead; clicking a step shows its panel, so a
clerk can read the plan while doing the work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.thainum import format_score
from mk3desk.domain.workflow import PHASE_OF, STATE_TITLES, Phase
from mk3desk.services.indicator_view import IndicatorDetail
from mk3desk.ui.pdca.common import title_label
from mk3desk.ui.thai_wrap import wrap_hint

PHASES: tuple[Phase, ...] = (Phase.PLAN, Phase.DO, Phase.CHECK, Phase.ACT)
HISTORY = 4  # the stepper's fifth button: the history list

STEP_STYLE = """
QToolButton { padding: 6px 10px; border: 1px solid #b0bec5; border-radius: 6px;
  background: #fafafa; }
QToolButton:checked { border: 2px solid #1565c0; background: #e3f2fd; }
QToolButton[current="true"] { background: #1565c0; color: white; font-weight: bold; }
QToolButton[done="true"] { color: #1b5e20; }
"""


def phase_title(phase: Phase) -> str:
    titles = {
        Phase.PLAN: QCoreApplication.translate("Stepper", "1 วางแผน (Plan)"),
        Phase.DO: QCoreApplication.translate("Stepper", "2 ดำเนินงาน (Do)"),
        Phase.CHECK: QCoreApplication.translate("Stepper", "3 ตรวจสอบ (Check)"),
        Phase.ACT: QCoreApplication.translate("Stepper", "4 ปรับปรุง (Act)"),
    }
    return titles[phase]


class Stepper(QWidget):
    step_chosen = Signal(int)  # index into PHASES, or HISTORY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STEP_STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QToolButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, phase in enumerate(PHASES):
            button = self._button(phase_title(phase), f"step_{phase.value}")
            self.group.addButton(button, n)
            layout.addWidget(button, 1)
        history = self._button(self.tr("ประวัติการดำเนินการ"), "step_history")
        self.group.addButton(history, HISTORY)
        layout.addWidget(history, 1)
        self.group.idClicked.connect(self.step_chosen)

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        button.setMinimumHeight(56)
        self.buttons.append(button)
        return button

    def show_phase(self, current: Phase) -> None:
        """Mark *current* and the steps before it; texts say so for screen readers too."""
        at = PHASES.index(current)
        for n, phase in enumerate(PHASES):
            button = self.buttons[n]
            if n < at:
                status = self.tr("✓ ผ่านแล้ว")
            elif n == at:
                status = self.tr("● ขั้นปัจจุบัน")
            else:
                status = self.tr("ยังไม่ถึง")
            button.setText(f"{phase_title(phase)}\n{status}")
            button.setProperty("current", n == at)
            button.setProperty("done", n < at)
            button.style().unpolish(button)
            button.style().polish(button)

    def select(self, index: int) -> None:
        self.group.button(index).setChecked(True)


class HeaderBar(QWidget):
    back_requested = Signal()
    report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = QPushButton(self.tr("← กลับไปรายการตัวชี้วัด"), self)
        self.back.setObjectName("backButton")
        self.back.clicked.connect(self.back_requested)
        self.title = title_label("", self, 3)
        self.title.setObjectName("indicatorTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(self)
        self.facts.setObjectName("indicatorFacts")
        self.facts.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("stateLabel")
        self.state.setStyleSheet(
            "QLabel { background: #1565c0; color: white; border-radius: 4px; padding: 4px 10px; }"
        )
        self.stepper = Stepper(self)
        self.print_button = QPushButton(self.tr("พิมพ์รายงานตัวชี้วัด"), self)
        self.print_button.setObjectName("printIndicatorButton")
        self.print_button.setToolTip(self.tr("สร้างรายงานของตัวชี้วัดนี้ แล้วแสดงในหน้ารายงานเพื่อพิมพ์หรือบันทึก"))
        self.print_button.clicked.connect(self.report_requested)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.stepper)

    def show_detail(self, detail: IndicatorDetail) -> None:
        self.title.setText(wrap_hint(f"{detail.code} {detail.title}"))
        self.facts.setText(
            wrap_hint(
                self.tr(
                    "หมวด {number} {category} · ปีงบประมาณ {year} · คะแนนประเมินตนเอง {score}"
                ).format(
                    number=detail.category_number,
                    category=detail.category_title,
                    year=detail.be_year,
                    score=format_score(detail.self_score),
                )
            )
        )
        self.state.setText(
            self.tr("สถานะ: {state}").format(
                state=QCoreApplication.translate("State", STATE_TITLES[detail.state])
            )
        )
        self.stepper.show_phase(PHASE_OF[detail.state])
