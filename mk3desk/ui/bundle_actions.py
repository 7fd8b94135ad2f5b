"""The "ส่งงาน / รับงาน" menu: export my work, export a set-up for a laptop, import a bundle.

Import: inspect (a bundle from another office or year is confirmed first) → the
merge review dialog → apply in one transaction → every page refreshes. The steps
take optional arguments (codes, paths) so they can be driven without file dialogs.
``choose_bundle`` and ``receive_bundle`` are shared with the first-start dialog,
which takes a setup bundle into an empty database.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from mk3desk.domain.file_names import proposed_file_name
from mk3desk.domain.office_year import OfficeYear
from mk3desk.domain.thaisort import given_name
from mk3desk.services import bundles
from mk3desk.services.backup import BackupReason, backup_before
from mk3desk.services.bundles import Decision, ForeignBundleError, MergePlan, MergeReport, Outcome
from mk3desk.ui.actions import run_action
from mk3desk.ui.bundle_dialog import MergeReviewDialog
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.i18n import translate_marked
from mk3desk.ui.saved import show_saved


def bundle_filter() -> str:
    """The file dialogs' filter for bundles, in the user's language."""
    return QCoreApplication.translate("BundleActions", "ไฟล์ส่งงาน / ชุดตั้งค่า mk3desk (*.mk3)")


def choose_bundle(parent: QWidget | None, title: str) -> Path | None:
    """The ``.mk3`` file the user picks to receive; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", bundle_filter())
    return Path(name) if name else None


def report_text(report: MergeReport) -> str:
    """What a bundle brought, in the user's language."""
    template, numbers = report.summary_message()
    return translate_marked(template).format(**numbers)


def receive_bundle(
    context: AppContext,
    path: Path,
    decisions: Mapping[str, Decision],
    *,
    accept_foreign: bool = False,
    office_year: OfficeYear | None = None,
    skip_refused: bool = False,
) -> MergeReport:
    """Apply *path* in one transaction, then tell every page what changed.

    *office_year*: the one in view (None in an empty database, at first start).

    Raises Mk3Error (nothing written) for the caller to show with show_error().
    """
    context.require_writable()
    # A received bundle can change much at once: a backup first, to undo it by restoring
    # (none in an empty database: nothing to lose). A failed backup stops the import.
    backup_before(context.database, BackupReason.BEFORE_IMPORT)
    report = bundles.apply_bundle(
        context.database,
        path,
        decisions,
        accept_foreign=accept_foreign,
        office_year=office_year,
        actor=context.actor,
        skip_refused=skip_refused,
    )
    for topic in (Topic.PEOPLE, Topic.FRAMEWORK, Topic.INDICATOR, Topic.EVIDENCE):
        context.changed.emit(topic.value)
    return report


BUNDLE_SUFFIX = ".mk3"


class BundleActions(QObject):
    imported = Signal(str)  # the Thai summary of an applied bundle
    exported = Signal(str)  # the path written

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.review: MergeReviewDialog | None = None
        self.notice: QMessageBox | None = None  # "nothing new" (held while shown)
        self.picker: QDialog | None = None  # choosing what to send (tests drive it)
        self.export_work_action = QAction(self.tr("ส่งงานของฉัน (เลือกตัวชี้วัด) (&W)…"), self)
        self.export_setup_action = QAction(self.tr("ส่งชุดตั้งค่าให้เครื่องผู้รับผิดชอบ (&S)…"), self)
        self.import_action = QAction(self.tr("รับงาน / รับชุดตั้งค่า (.mk3) (&R)…"), self)
        self.export_work_action.triggered.connect(lambda: self.export_work())
        self.export_setup_action.triggered.connect(lambda: self.export_setup())
        self.import_action.triggered.connect(lambda: self.import_bundle())
        self.import_action.setEnabled(not context.read_only)  # a read-only copy writes nothing

    def menu(self) -> QMenu:
        menu = QMenu(self.tr("ส่งงาน / รับงาน (&S)"), self._window())
        menu.addAction(self.export_work_action)
        menu.addAction(self.export_setup_action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        return menu

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _codes(self, office_year: OfficeYear) -> list[bundles.WorkChoice]:
        """The indicators of the year in view, those of the person working marked."""
        return bundles.work_choices(
            self.context.database, office_year, self.context.actor.person_id
        )

    def _save_path(self, title: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._window(), title, suggested, bundle_filter())
        return Path(name) if name else None

    def work_file_name(self, office_year: OfficeYear, codes: list[str]) -> str:
        """Who sent what: "งาน-2570-กนกวรรณ-1.1.mk3" (the sender's given name; up to three
        codes, else how many)."""
        what = (
            "-".join(codes)
            if len(codes) <= 3
            else self.tr("{count} ตัวชี้วัด").format(count=len(codes))
        )
        sender = given_name(self.context.actor.name)
        return proposed_file_name(
            [self.tr("งาน"), office_year.be_year, sender, what], BUNDLE_SUFFIX
        )

    def _notify(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("ส่งงาน / รับงาน"), text)
        box.setParent(self._window(), box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def export_work(self, codes: list[str] | None = None, out: Path | None = None) -> None:
        office_year = self.context.office_year
        if office_year is None:
            return
        if codes is None:
            codes = run_action(self._window(), lambda: self._choose_codes(office_year))
            if not codes:
                return
        out = out or self._save_path(self.tr("ส่งงาน"), self.work_file_name(office_year, codes))
        if out is None:
            return
        chosen, target = codes, out
        summary = run_action(
            self._window(),
            lambda: bundles.export_work(
                self.context.database, office_year, chosen, target, self.context.actor
            ),
            busy=True,
        )
        if summary is not None:
            show_saved(self._window(), self.tr("ไฟล์ส่งงาน"), Path(summary.path))
            self.exported.emit(str(summary.path))

    def export_setup(self, out: Path | None = None) -> None:
        office_year = self.context.office_year
        if office_year is None:
            return
        out = out or self._save_path(
            self.tr("ส่งชุดตั้งค่า"),
            proposed_file_name(
                [self.tr("ตั้งค่า"), office_year.be_year, office_year.label_office], BUNDLE_SUFFIX
            ),
        )
        if out is None:
            return
        target = out
        summary = run_action(
            self._window(),
            lambda: bundles.export_setup(
                self.context.database, office_year, target, self.context.actor
            ),
            busy=True,
        )
        if summary is not None:
            show_saved(self._window(), self.tr("ชุดตั้งค่า"), Path(summary.path))
            self.exported.emit(str(summary.path))

    def _choose_codes(self, office_year: OfficeYear) -> list[str]:
        from mk3desk.ui.dialogs.work_picker import WorkPicker

        self.picker = WorkPicker(self._codes(office_year), self._window())
        if self.picker.exec() != QDialog.DialogCode.Accepted:
            return []
        return self.picker.chosen()

    def import_bundle(self, path: Path | None = None) -> MergeReviewDialog | None:
        """Inspect *path* and open the review; returns the dialog (already shown)."""
        if path is None:
            path = choose_bundle(self._window(), self.tr("รับงาน"))
            if path is None:
                return None
        office_year = self.context.office_year
        accept_foreign = False

        def inspect(accept: bool) -> MergePlan | ForeignBundleError:
            try:
                return bundles.inspect_bundle(
                    self.context.database, path, accept_foreign=accept, office_year=office_year
                )
            except ForeignBundleError as foreign:  # not a refusal: a question for the clerk
                return foreign

        found = run_action(self._window(), lambda: inspect(False), busy=True)
        if isinstance(found, ForeignBundleError):
            if not self._confirm_foreign(found):
                return None
            accept_foreign = True
            found = run_action(self._window(), lambda: inspect(True), busy=True)
        if found is None or isinstance(found, ForeignBundleError):
            return None
        plan = found
        if all(item.outcome is Outcome.UNCHANGED for item in plan.items):
            # Nothing to review: say so instead of showing an empty list.
            notice = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("ไม่มีข้อมูลใหม่"),
                self.tr(
                    "ไฟล์ {name} ไม่มีอะไรที่ต่างจากข้อมูลในเครื่องนี้ (อาจรับไฟล์นี้ไปแล้ว) — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ"
                ).format(name=path.name),
                QMessageBox.StandardButton.Ok,
                self._window(),
            )
            notice.setObjectName("NothingNewMessage")
            notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            notice.open()
            self.notice = notice  # held: without a parent window it would be collected at once
            return None
        dialog = MergeReviewDialog(self.context, plan, self._window())
        dialog.accepted.connect(
            lambda: self._apply(path, plan, dialog, accept_foreign, office_year)
        )
        self.review = dialog
        dialog.open()
        return dialog

    def _confirm_foreign(self, error: ForeignBundleError) -> bool:
        from mk3desk.ui.i18n import translate_error

        answer = QMessageBox.question(
            self._window(),
            self.tr("ไฟล์จากสำนักงานหรือปีอื่น"),
            translate_error(error) + "\n\n" + self.tr("ต้องการรับไฟล์นี้ต่อหรือไม่"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _apply(
        self,
        path: Path,
        plan: MergePlan,
        dialog: MergeReviewDialog,
        accept_foreign: bool,
        office_year: OfficeYear | None,
    ) -> None:
        report = run_action(
            self._window(),
            lambda: receive_bundle(
                self.context,
                path,
                dialog.decisions(),
                accept_foreign=accept_foreign,
                office_year=office_year,
                skip_refused=dialog.refusals_accepted(),
            ),
            busy=True,
        )
        if report is None:
            return
        summary = report_text(report)
        self.imported.emit(summary)
        self._notify(summary)
