"""The Excel menu: save a template, import a workbook, export data or a report.

An import runs off the UI thread (reading and checking 10,000 rows takes a
moment) behind a busy progress dialog, inside one ``AppContext.run``
transaction: any problem refuses the whole file and nothing is written. The
result dialog lists rows added/changed/unchanged/refused and every problem with
its sheet, row and column. The lead wires ``menu()`` into the main window.

The record kinds (a committee's members, a session's attendance) are not in the
menu: the window showing the record makes its own ``ExcelActions`` (itself as the
parent) and calls ``export``/``choose_import`` with the record's id and the
version it read, so an import over a record changed since is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.errors import Mk3Error
from mk3desk.domain.file_names import proposed_file_name
from mk3desk.excel.problems import Problem
from mk3desk.safe_write import replaced_atomically
from mk3desk.services import excel
from mk3desk.services.excel import ImportRefused, ImportReport
from mk3desk.services.excel.kind import RECORD_SCOPES, UNCHECKED, ReadVersion
from mk3desk.ui.actions import run_action
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.saved import show_saved
from mk3desk.ui.screen_fit import fit_size
from mk3desk.ui.thai_wrap import wrap_hint
from mk3desk.ui.widgets.column_fit import fit_columns
from mk3desk.ui.widgets.thai_cells import use_thai_cells

TOPICS = {
    "framework": Topic.FRAMEWORK,
    "people": Topic.PEOPLE,
    "assignments": Topic.INDICATOR,
    "outcomes": Topic.INDICATOR,
    "official": Topic.OFFICIAL,
    "swot": Topic.SWOT,
    "committee-members": Topic.PEOPLE,  # as the committees dialog saves
    "attendance": Topic.EVIDENCE,  # as the knowledge page saves (sessions are evidence)
}
_FILTER = "Excel (*.xlsx)"


def problem_text(problem: Problem) -> str:
    """The problem's message in the UI language (its template translated, then filled)."""
    translated = QCoreApplication.translate(problem.context, problem.template or problem.message)
    try:
        return translated.format(**dict(problem.params)) if problem.params else translated
    except (KeyError, IndexError, ValueError):
        return problem.message


def kind_title(key: str) -> str:
    title = excel.KINDS[key].title_th
    return QCoreApplication.translate(getattr(title, "context", "Excel"), title)


class _Relay(QObject):
    """Carries a worker's result back to the UI thread (queued signal)."""

    done = Signal(object)


class ImportResultDialog(QDialog):
    """What an import did, or why nothing was imported, with every problem in a table."""

    def __init__(
        self,
        title: str,
        report: ImportReport | None,
        error: Mk3Error | None,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportResultDialog")
        self.setWindowTitle(title)
        self.setSizeGripEnabled(True)
        fit_size(self, 900, 480)
        layout = QVBoxLayout(self)
        problems: tuple[Problem, ...] = ()
        if report is not None:
            text = self.tr(
                "นำเข้าเรียบร้อย: เพิ่ม {added} แก้ไข {changed} ไม่เปลี่ยนแปลง {unchanged}"
                " ไม่รับ {refused} รายการ"
            ).format(
                added=report.added,
                changed=report.changed,
                unchanged=report.unchanged,
                refused=report.refused,
            )
            problems = report.problems
        elif isinstance(error, ImportRefused):
            problems = error.problems
            rows = len({(p.sheet, p.row) for p in problems if p.row is not None})
            text = self.tr(
                "ไม่ได้นำเข้าข้อมูลใด ๆ: พบปัญหา {count} รายการ ใน {rows} แถว"
                " กรุณาแก้ไขในไฟล์ Excel แล้วนำเข้าอีกครั้ง"
            ).format(count=len(problems), rows=rows)
        else:
            text = self.tr("ไม่ได้นำเข้าข้อมูลใด ๆ: {reason}").format(reason=str(error) if error else "")
        self.summary = QLabel(text, self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(problems), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("แผ่นงาน"), self.tr("แถว"), self.tr("คอลัมน์"), self.tr("ปัญหา")]
        )
        self.rows: list[tuple[str, str, str, str]] = []
        for index, problem in enumerate(problems):
            values = (
                problem.sheet,
                "" if problem.row is None else str(problem.row),
                problem.column or "",
                problem_text(problem),
            )
            self.rows.append(values)
            for column, value in enumerate(values):
                # The problem wraps between Thai words (hinted when painted: the text
                # stays as written, to copy); its tooltip holds it whole.
                item = QTableWidgetItem(value)
                item.setToolTip(wrap_hint(value) if column == 3 else "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(index, column, item)
        self.table.verticalHeader().setVisible(False)
        use_thai_cells(self.table, hint_words=True)
        fit_columns(self.table, 3, cap=220, least=300)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(problems))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.copy_button = buttons.addButton(
            self.tr("คัดลอกรายการปัญหา"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyProblems")
        self.copy_button.clicked.connect(self.copy_problems)
        self.save_button = buttons.addButton(
            self.tr("บันทึกรายการปัญหา…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveProblems")
        self.save_button.clicked.connect(lambda: self.save_problems())
        for button in (self.copy_button, self.save_button):
            button.setVisible(bool(problems))
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        # Measured again at the size shown (the table had no width of its own before).
        fit_columns(self.table, 3, cap=220, least=300)
        self.table.resizeRowsToContents()

    def problems_text(self) -> str:
        """The problems as tab-separated lines with a header (pastes into Excel as columns)."""
        headers = [
            str(self.table.model().headerData(n, Qt.Orientation.Horizontal))
            for n in range(self.table.columnCount())
        ]
        lines = ["\t".join(headers)]
        lines += ["\t".join(" ".join(v.split()) for v in row) for row in self.rows]
        return "\n".join(lines) + "\n"

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText(self.problems_text())

    def save_problems(self, path: Path | None = None) -> Path | None:
        """Save the problems as a UTF-8 text file (Excel and Notepad open it); returns it."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("บันทึกรายการปัญหา"),
                self.tr("ปัญหาการนำเข้า.txt"),
                self.tr("ไฟล์ข้อความ (*.txt)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            with replaced_atomically(path) as temporary:
                temporary.write_text(self.problems_text(), encoding="utf-8-sig")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("บันทึกไม่ได้"),
                self.tr("บันทึกรายการปัญหาไม่ได้: {reason}").format(reason=exc.strerror or str(exc)),
            )
            return None
        show_saved(self, self.tr("รายการปัญหาการนำเข้า"), path)
        return path


# One key per entry of a kinds menu (Thai titles have no Latin letter to underline):
# 1-9, then letters, so a tenth kind does not get "&10" (which Qt cannot type).
_MNEMONICS = "123456789ABCDFGHJKLMNOPQRSUVWXYZ"


class ExcelActions(QObject):
    """Builds the Excel menu and runs its actions for the office-year in view."""

    import_finished = Signal(object)  # ImportReport, or the Mk3Error that refused it

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.progress: QProgressDialog | None = None
        self.result_dialog: ImportResultDialog | None = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._import_done)
        self._kind = ""
        self.import_menu: QMenu | None = None  # disabled in a read-only copy

    def menu(self) -> QMenu:
        menu = QMenu(self.tr("Excel (&E)"), self.window)
        menu.setObjectName("excelMenu")
        templates = menu.addMenu(self.tr("บันทึกแม่แบบสำหรับกรอกข้อมูล (&T)"))
        imports = menu.addMenu(self.tr("นำเข้าข้อมูลจาก Excel (&I)"))
        imports.setObjectName("excelImportMenu")
        imports.menuAction().setEnabled(not self.context.read_only)
        self.import_menu = imports
        exports = menu.addMenu(self.tr("ส่งออกเป็น Excel (&E)"))
        # A committee's or a session's sheet is reached from the window showing it.
        shown = [key for key, info in excel.KINDS.items() if info.scope not in RECORD_SCOPES]
        importable = [key for key in shown if excel.KINDS[key].importable]
        for number, key in enumerate(importable):
            title = f"{kind_title(key)} (&{_MNEMONICS[number]})"  # the titles are Thai
            templates.addAction(title, partial(self.save_template, key))
            imports.addAction(title, partial(self.choose_import, key))
        for number, key in enumerate(shown):
            exports.addAction(
                f"{kind_title(key)} (&{_MNEMONICS[number]})", partial(self.export, key)
            )
        return menu

    # -- helpers -------------------------------------------------------------------

    def _guarded(self, action: Callable[[], Any]) -> Any:
        return run_action(self.window, action, busy=True)

    # -- actions -------------------------------------------------------------------

    def proposed_name(self, kind: str, *, template: bool = False) -> str:
        """ "แม่แบบ-บุคลากรและกลุ่มงาน-2570.xlsx", "คะแนนรายหมวดและรายตัวชี้วัด-2570.xlsx"."""
        office_year = self.context.office_year
        year = office_year.be_year if office_year is not None else None
        prefix = self.tr("แม่แบบ") if template else None
        return proposed_file_name([prefix, kind_title(kind), year], ".xlsx")

    def save_template(self, kind: str, path: str | None = None) -> Path | None:
        path = (
            path
            or QFileDialog.getSaveFileName(
                self.window,
                self.tr("บันทึกแม่แบบ Excel"),
                self.proposed_name(kind, template=True),
                _FILTER,
            )[0]
        )
        if not path:
            return None
        office_year = self.context.office_year
        result: Path | None = self._guarded(
            lambda: self.context.read(lambda s: excel.save_template(kind, path, s, office_year))
        )
        if result is not None:
            show_saved(self.window, self.tr("แม่แบบ Excel"), Path(result))
        return result

    def export(
        self, kind: str, path: str | None = None, *, record_id: int | None = None
    ) -> Path | None:
        path = (
            path
            or QFileDialog.getSaveFileName(
                self.window, self.tr("ส่งออกเป็น Excel"), self.proposed_name(kind), _FILTER
            )[0]
        )
        if not path:
            return None
        office_year = self.context.office_year
        result: Path | None = self._guarded(
            lambda: self.context.read(
                lambda s: excel.export_session(s, kind, office_year, path, record_id=record_id)
            )
        )
        if result is not None:
            show_saved(self.window, self.tr("ไฟล์ Excel"), Path(result))
        return result

    def choose_import(
        self, kind: str, *, record_id: int | None = None, version: ReadVersion = UNCHECKED
    ) -> bool:
        """Ask for a file and start importing it (False: the clerk cancelled)."""
        path = QFileDialog.getOpenFileName(
            self.window, self.tr("เลือกไฟล์ Excel ที่จะนำเข้า"), "", _FILTER
        )[0]
        if path:
            self.start_import(kind, path, record_id=record_id, version=version)
        return bool(path)

    def start_import(
        self,
        kind: str,
        path: str | Path,
        *,
        dry_run: bool = False,
        record_id: int | None = None,
        version: ReadVersion = UNCHECKED,
    ) -> None:
        """Read, check and import *path* on a worker thread; the result dialog follows.

        *record_id* names the committee or session of a record kind; *version* is the
        version of the record (or of the year's SWOT, None: it had none) the window read."""
        office_year = self.context.office_year
        self.progress = QProgressDialog(
            self.tr("กำลังอ่านและตรวจสอบไฟล์ {name} ...").format(name=Path(path).name),
            "",
            0,
            0,
            self.window,
        )
        self.progress.setCancelButton(None)  # all-or-nothing: there is no half to cancel
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self._kind = kind
        context, relay = self.context, self._relay

        def work() -> None:
            try:
                rows, problems = excel.read_rows(kind, path)

                def do(session: Any, actor: Any) -> ImportReport:
                    return excel.import_rows(
                        session,
                        actor,
                        kind,
                        office_year,
                        rows,
                        tuple(problems),
                        record_id=record_id,
                        version=version,
                        dry_run=dry_run,
                    )

                result: object = (
                    context.read(lambda s: do(s, context.actor))
                    if dry_run
                    else context.run(do, TOPICS[kind])
                )
            except Mk3Error as error:
                result = error
            relay.done.emit(result)

        QThreadPool.globalInstance().start(work)

    def _import_done(self, result: object) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        report = result if isinstance(result, ImportReport) else None
        error = result if isinstance(result, Mk3Error) else None
        title = self.tr("ผลการนำเข้า: {title}").format(title=kind_title(self._kind))
        self.result_dialog = ImportResultDialog(title, report, error, self.window)
        self.result_dialog.open()
        self.import_finished.emit(result)
