"""The guided work on one indicator: header with the four steps, a panel per step, history.

Shown as a page of the Indicators page's stack (not a separate window): a clerk works
one indicator at a time, "back" returns to the list with the filters as they were, and
there is no second window to lose behind the first. Panels read one ``IndicatorDetail``
and change data only through ``save()`` / ``move()`` (services, one transaction each);
``context.changed`` then refreshes every panel — also when someone else saved
(``Topic.ELSEWHERE``, ui/live.py), keeping any typing not saved yet. Texts typed while
the office server is lost wait in their fields and are saved when it is back; those
kept on this machine from an earlier run (ui/drafts.py) come back when the indicator
is opened.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from mk3desk.domain.errors import ConnectionLostError, Mk3Error
from mk3desk.domain.workflow import PHASE_OF, State
from mk3desk.services import workflow
from mk3desk.services.indicator_view import IndicatorDetail, indicator_detail
from mk3desk.services.pdca import PdcaField
from mk3desk.ui.actions import run_action, try_change
from mk3desk.ui.context import AppContext, Change, Topic, show_error
from mk3desk.ui.pdca.act_panel import ActPanel
from mk3desk.ui.pdca.check_panel import CheckPanel
from mk3desk.ui.pdca.do_panel import DoPanel
from mk3desk.ui.pdca.header import PHASES, HeaderBar
from mk3desk.ui.pdca.history import HistoryView
from mk3desk.ui.pdca.plan_panel import PlanPanel
from mk3desk.ui.pdca.text_save import drafts_of
from mk3desk.ui.widgets.autosave import TextAutosave

# ELSEWHERE: another client saved; typing not yet saved stays (TextAutosave.load), the
# other fields show what is stored now.
_REFRESH_TOPICS = {
    Topic.INDICATOR,
    Topic.EVIDENCE,
    Topic.ACTOR,
    Topic.PEOPLE,
    Topic.FRAMEWORK,
    Topic.ELSEWHERE,
}


class WorkScreen(QWidget):
    back_requested = Signal()
    report_requested = Signal(str)  # the indicator's code: print its report

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WorkScreen")
        self.context = context
        self.detail: IndicatorDetail | None = None
        self.autosaves: list[TextAutosave] = []
        self.text_fields: dict[PdcaField, TextAutosave] = {}  # the PDCA texts
        # Every text kept as a draft while the server is lost, by its drafts key.
        self.draft_fields: dict[str, TextAutosave] = {}
        self.today = date.today()

        self.header = HeaderBar(self)
        self.header.back_requested.connect(self._back)
        self.header.report_requested.connect(self.print_report)
        self.plan = PlanPanel(self)
        self.do = DoPanel(self)
        self.check = CheckPanel(self)
        self.act = ActPanel(self)
        self.history = HistoryView(self)
        self.panels: list[PlanPanel | DoPanel | CheckPanel | ActPanel] = [
            self.plan,
            self.do,
            self.check,
            self.act,
        ]
        self.stack = QStackedWidget(self)
        for panel in [*self.panels, self.history]:
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setWidget(panel)
            self.stack.addWidget(scroll)
        self.header.stepper.step_chosen.connect(self.show_step)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        context.changed.connect(self._changed)
        context.connection.connect(self._connection_changed)

    # -- what panels call ----------------------------------------------------------
    def register(
        self,
        autosave: TextAutosave,
        field: PdcaField | None = None,
        *,
        draft_key: str | None = None,
    ) -> TextAutosave:
        """Flush *autosave* with the screen; a PDCA *field* (or any text with a
        *draft_key*, a criterion's narrative) is also put back from a kept draft."""
        self.autosaves.append(autosave)
        if field is not None:
            self.text_fields[field] = autosave
            draft_key = field.value
        if draft_key is not None:
            self.draft_fields[draft_key] = autosave
        return autosave

    def unregister(self, autosave: TextAutosave) -> None:
        """*autosave*'s field is gone (the criteria of another indicator are shown)."""
        self.autosaves.remove(autosave)
        for key in [k for k, kept in self.draft_fields.items() if kept is autosave]:
            del self.draft_fields[key]

    def save(
        self,
        fn: Change[object],
        topic: Topic = Topic.INDICATOR,
        *,
        typed: TextAutosave | None = None,
    ) -> bool:
        """Run one change; a refusal is shown in Thai and nothing is written.

        *typed*: the change saves that field's typing; a lost server is then not a
        dialog (the status bar says it) and the text waits to be saved when it is back."""

        def refused(error: Mk3Error) -> None:
            if typed is not None and isinstance(error, ConnectionLostError):
                typed.wait_for_connection()
            else:
                show_error(self, error)

        if typed is not None and not self.context.online:
            typed.wait_for_connection()
            return False
        return try_change(self, self.context, fn, topic, on_refused=refused)

    def move_to(self, target: State, comment: str = "") -> bool:
        if self.detail is None:
            return False
        self.flush()
        indicator_id, source = self.detail.indicator_id, self.detail.state
        before = PHASE_OF[source]
        if not self.save(
            lambda s, a: workflow.move_indicator(s, a, indicator_id, target, comment, source=source)
        ):
            # Moved by someone else since it was shown: the refusal named the state it is
            # in now; the screen shows it too.
            self.refresh()
            return False
        if self.detail is not None and PHASE_OF[self.detail.state] is not before:
            # Guide the clerk to the step the indicator has just entered.
            self.show_step(PHASES.index(PHASE_OF[self.detail.state]))
        return True

    def flush(self) -> None:
        """Save every text field that holds unsaved typing."""
        for autosave in self.autosaves:
            autosave.flush()

    # -- showing -------------------------------------------------------------------
    def open_indicator(self, indicator_id: int) -> None:
        self.flush()
        self._load(indicator_id, fresh=True)
        if self.detail is not None:
            self.show_step(PHASES.index(PHASE_OF[self.detail.state]))

    def show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.header.stepper.select(index)

    def current_step(self) -> int:
        return self.stack.currentIndex()

    def refresh(self) -> None:
        # (Not while the server is lost: the fields keep what they show, typing included.)
        if self.detail is not None and self.context.online:
            self._load(self.detail.indicator_id, fresh=False)

    def _connection_changed(self, online: bool) -> None:
        if online:  # the server is back: save what waited for it
            for autosave in list(self.autosaves):
                autosave.retry()

    def _restore_drafts(self, indicator_id: int) -> None:
        """Texts of this indicator typed while the server was lost and never saved (the
        program closed meanwhile): back in their editors, saved as typing is."""
        drafts = drafts_of(self.context)
        for key, autosave in self.draft_fields.items():
            draft = drafts.get(indicator_id, key)
            if draft is None:
                continue
            if draft.text == autosave.text():
                drafts.drop(indicator_id, key)  # saved after all
            elif not autosave.edit.isReadOnly():
                autosave.restore(draft.text, draft.base)

    def _load(self, indicator_id: int, *, fresh: bool) -> None:
        detail = run_action(
            self, lambda: self.context.read(lambda s: indicator_detail(s, indicator_id))
        )
        if detail is None:
            return
        self.detail = detail
        self.header.show_detail(detail)
        for panel in self.panels:
            panel.show_detail(detail, fresh=fresh)
        if fresh:
            self._restore_drafts(indicator_id)
        self.history.set_transitions(detail.transitions)
        self.setWindowTitle(
            QCoreApplication.translate("WorkScreen", "ตัวชี้วัด {code}").format(code=detail.code)
        )

    def _changed(self, topic: str) -> None:
        if topic == Topic.YEAR.value:
            self.detail = None
            return
        if topic in _REFRESH_TOPICS and self.detail is not None and self.isVisible():
            self.refresh()

    def showEvent(self, event: object) -> None:  # noqa: N802
        # Changes made while the list was shown (another page, another person) appear here.
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def print_report(self) -> None:
        """The indicator's report on the Reports page (its button, Ctrl+P)."""
        if self.detail is not None:
            self.flush()  # the report shows what was typed a second ago
            self.report_requested.emit(self.detail.code)

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()
