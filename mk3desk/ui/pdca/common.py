"""Pieces every step panel uses: the panel base, the needs list, the lock banner, who may
make which move."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from mk3desk.domain.actor import Actor
from mk3desk.domain.errors import Mk3Error
from mk3desk.domain.readiness import Need
from mk3desk.domain.rights import Action, move_action, only_reads, standing
from mk3desk.domain.workflow import Section, State, check_editable, find_move
from mk3desk.services.indicator_view import IndicatorDetail
from mk3desk.services.pdca import PdcaField
from mk3desk.ui.i18n import translate_error
from mk3desk.ui.pdca.text_save import save_pdca_text
from mk3desk.ui.styles import BANNER_STYLE
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.autosave import TextAutosave

if TYPE_CHECKING:
    from mk3desk.ui.pdca.work_screen import WorkScreen


def need_text(need: Need) -> str:
    text = QCoreApplication.translate("Readiness", need.message)
    return text.format(**need.params) if need.params else text


def needs_html(needs: Iterable[Need], done_text: str) -> str:
    """A bullet list: blocking needs in red, warnings in brown; *done_text* when empty."""
    items = []
    for need in needs:
        colour = "#b71c1c" if need.blocking else "#8d6e00"
        items.append(f'<li style="color:{colour}">{html.escape(wrap_hint(need_text(need)))}</li>')
    if not items:
        return f'<p style="color:#1b5e20">✓ {html.escape(done_text)}</p>'
    return "<ul style='margin-left:-20px'>" + "".join(items) + "</ul>"


SECTION_ACTIONS: dict[Section, Action] = {
    Section.PLAN: Action.PLAN_TEXT,
    Section.DO: Action.DO_TEXT,
    Section.CHECK: Action.CHECK_NOTES,
    Section.ACT: Action.ACT_TEXT,
}


def rights_refusal(detail: IndicatorDetail, action: Action, actor: Actor) -> Mk3Error | None:
    """The rights table's refusal of *action* on this indicator for *actor* (the window
    mirrors what the services enforce, the office's self-review setting included), or None."""
    if actor.full_rights:
        return None
    where = standing(
        actor.person_id, actor.roles, detail.owner_id, detail.backup_id, detail.committee
    )
    return where.refusal(action, self_review_allowed=detail.self_review)


def lock_reason(
    detail: IndicatorDetail, section: Section, read_only: bool, actor: Actor | None = None
) -> str | None:
    """Why *section* cannot be edited now (Thai), or None when it can (by *actor*, if given)."""
    if read_only:
        return QCoreApplication.translate(
            "WorkScreen", "เปิดฐานข้อมูลแบบดูอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งใช้อยู่) จึงแก้ไขไม่ได้"
        )
    try:
        check_editable(section, detail.state, detail.code)
    except Mk3Error as error:
        return translate_error(error)
    refused = rights_refusal(detail, SECTION_ACTIONS[section], actor) if actor else None
    return translate_error(refused) if refused is not None else None


def move_refusal(
    detail: IndicatorDetail, target: State, actor: Actor, read_only: bool
) -> str | None:
    """Why the workflow or the rights table refuse the move to *target* now (Thai), or
    None when they allow it (the needs are checked on click)."""
    if read_only:
        return QCoreApplication.translate(
            "WorkScreen", "เปิดฐานข้อมูลแบบดูอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งใช้อยู่) จึงแก้ไขไม่ได้"
        )
    try:
        move = find_move(detail.state, target)
    except Mk3Error as error:
        return translate_error(error)
    refused = rights_refusal(detail, move_action(move.source, move.target), actor)
    if refused is None:
        return None
    if detail.owner_id is None and not only_reads(actor.roles):
        return QCoreApplication.translate(
            "WorkScreen",
            "ยังไม่ได้มอบหมายผู้รับผิดชอบตัวชี้วัดนี้ — ผู้ประสานงานกำหนดผู้รับผิดชอบได้ที่ด้านบน "
            "หรือที่หน้าบุคลากรและผู้รับผิดชอบ",
        )
    return translate_error(refused)


def may_move(detail: IndicatorDetail, target: State, actor: Actor, read_only: bool) -> bool:
    """True when the workflow and the rights table allow the move (needs are checked on click)."""
    return move_refusal(detail, target, actor, read_only) is None


def show_move_reason(label: QLabel, button: QWidget, reason: str | None) -> None:
    """Under a disabled next-step button, why it is disabled (hidden when it is not)."""
    shown = bool(reason) and not button.isHidden() and not button.isEnabled()
    label.setText(wrap_hint(reason or "") if shown else "")
    label.setVisible(shown)


def reason_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #8a4b00;")
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    # Hidden, it keeps its room: the button stays at the right either way.
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.hide()
    return label


def banner(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("lockBanner")
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    label.hide()
    return label


def show_banner(label: QLabel, reason: str | None) -> None:
    label.setText(wrap_hint(reason or ""))
    label.setVisible(bool(reason))


def title_label(text: str, parent: QWidget, point_delta: int = 2) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSize(font.pointSize() + point_delta)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class StepPanel(QWidget):
    """The base of the Plan/Do/Check/Act panels: the work screen they save through, the
    indicator on show, the lock banner, and PDCA text fields saved as typed."""

    def __init__(self, screen: WorkScreen, name: str) -> None:
        super().__init__(screen)
        self.setObjectName(name)
        self.work = screen
        self.detail: IndicatorDetail | None = None
        self.banner = banner(self)

    def autosave(self, edit: QPlainTextEdit, field: PdcaField) -> TextAutosave:
        """Save *edit* into *field* of the indicator on show as it is typed (over the text
        it started from: ``text_save``); the work screen flushes it on leaving."""

        def save(text: str) -> bool:
            if self.detail is None:
                return False
            context, indicator_id = self.work.context, self.detail.indicator_id
            return save_pdca_text(self, context, autosave, indicator_id, field, text)

        autosave = TextAutosave(edit, save, self)
        return self.work.register(autosave, field)
