"""The main window's menu bar: แฟ้ม (open a database, recent, find, print, check, recycle
list, quit), Excel, ส่งงาน / รับงาน, and ช่วยเหลือ (guide, about).

Every menu and item has a Latin mnemonic in brackets, as Windows programs in Thai do
("แฟ้ม (&F)", Alt+F): a Thai letter after "&" does not work as a mnemonic. Items of the
Excel submenus, whose titles are all Thai, are numbered ("บุคลากรและกลุ่มงาน (&2)").

The Excel and bundle menus pull in openpyxl and the Excel and bundle code (≈0.3 s): they are
filled the first time they are opened, not at start-up.

"Open database…" starts a new copy of the program on the chosen file instead of
swapping the database under the open pages: each copy holds its own single-writer
lock (launch.py), so a second window on the same file opens read-only exactly as a
second start would.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

# Dialogs (about, file chooser, messages) are imported when first used: this module is
# part of the window frame, built before anything else at start-up (launch.py).
if TYPE_CHECKING:
    from mk3desk.ui.bundle_actions import BundleActions
    from mk3desk.ui.context import AppContext
    from mk3desk.ui.dialogs.about_dialog import AboutDialog
    from mk3desk.ui.excel_actions import ExcelActions

RECENT_KEY = "main/recent"
RECENT_MAX = 6
DB_FILTER = "mk3desk (*.sqlite3 *.db)"

Launcher = Callable[[str, list[str]], bool]


# -- recent databases -----------------------------------------------------------------


def recent_databases(settings: QSettings) -> list[Path]:
    value = settings.value(RECENT_KEY, [])
    # An INI file gives back a one-item list as a plain string.
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [Path(str(v)) for v in items if str(v)]


def remember_database(settings: QSettings, path: Path) -> None:
    """Put *path* first in the recent list (no duplicates, at most RECENT_MAX)."""
    resolved = str(path.resolve())
    rest = [str(p) for p in recent_databases(settings) if str(p) != resolved]
    settings.setValue(RECENT_KEY, [resolved, *rest][:RECENT_MAX])


def launch_command(db_path: Path) -> tuple[str, list[str]]:
    """The program and arguments that open *db_path* in a new copy of mk3desk."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: the executable is mk3desk
        return sys.executable, ["--db", str(db_path)]
    return sys.executable, ["-m", "mk3desk", "--db", str(db_path)]


def _start_detached(program: str, arguments: list[str]) -> bool:
    from PySide6.QtCore import QProcess

    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


class MainMenus(QObject):
    """The menu bar of *window*; what works on data is enabled once ``attach`` gives a database."""

    def __init__(self, window: QMainWindow, settings: QSettings, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self._context: AppContext | None = None
        self.settings = settings
        self.launcher: Launcher = _start_detached
        self._excel: ExcelActions | None = None
        self._bundles: BundleActions | None = None
        self.about: AboutDialog | None = None
        self.help: QWidget | None = None
        self.restore_dialog: QWidget | None = None

        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("แฟ้ม (&F)"))
        self.file_menu.setObjectName("fileMenu")
        self.open_action = self.file_menu.addAction(self.tr("เปิดฐานข้อมูลอื่น (&O)…"))
        self.open_action.triggered.connect(lambda: self.choose_database())
        self.recent_menu = self.file_menu.addMenu(self.tr("ฐานข้อมูลที่เปิดล่าสุด (&R)"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self.next_year_action = self.file_menu.addAction(self.tr("เริ่มปีงบประมาณใหม่ (&N)…"))
        self.next_year_action.triggered.connect(lambda: self.show_next_year())
        # Ctrl+F and Ctrl+P act on the page on show (the window connects them).
        self.find_action = self.file_menu.addAction(self.tr("ค้นหาในหน้านี้ (&F)"))
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.print_action = self.file_menu.addAction(self.tr("พิมพ์เอกสาร (&P)…"))
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.file_menu.addSeparator()
        self.check_action = self.file_menu.addAction(
            self.tr("ตรวจสอบฐานข้อมูลและไฟล์หลักฐานทั้งหมด (&C)")
        )
        self.recycle_action = self.file_menu.addAction(self.tr("ถังขยะไฟล์หลักฐาน (&T)…"))
        self.restore_action = self.file_menu.addAction(self.tr("กู้คืนจากข้อมูลสำรอง (&B)…"))
        self.restore_action.triggered.connect(lambda: self.show_restore())
        self.history_action = self.file_menu.addAction(self.tr("ประวัติการแก้ไข (&H)…"))
        self.history_action.triggered.connect(lambda: self.show_history())
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction(self.tr("ออกจากโปรแกรม (&X)"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(window.close)

        self.file_menu.aboutToShow.connect(self._mirror_rights)

        self.excel_menu = bar.addMenu(self.tr("Excel (&E)"))
        self.excel_menu.setObjectName("excelMenu")
        self.excel_menu.aboutToShow.connect(self._fill_excel)
        self.bundle_menu = bar.addMenu(self.tr("ส่งงาน / รับงาน (&S)"))
        self.bundle_menu.setObjectName("bundleMenu")
        self.bundle_menu.aboutToShow.connect(self._fill_bundles)

        help_menu = bar.addMenu(self.tr("ช่วยเหลือ (&H)"))
        self.help_action = help_menu.addAction(self.tr("คู่มือการใช้งาน (&U)"))
        self.help_action.setShortcut(QKeySequence("F1"))
        self.help_action.triggered.connect(lambda: self.show_help())
        self.about_action = help_menu.addAction(self.tr("เกี่ยวกับโปรแกรม (&A)…"))
        self.about_action.triggered.connect(self.show_about)
        # Until the database is open (attach), only what needs no data is enabled.
        self._needs_data = (
            self.find_action,
            self.print_action,
            self.next_year_action,
            self.check_action,
            self.recycle_action,
            self.restore_action,
            self.history_action,
            self.excel_menu.menuAction(),
            self.bundle_menu.menuAction(),
        )
        for needs in self._needs_data:
            needs.setEnabled(False)

    @property
    def context(self) -> AppContext:
        assert self._context is not None, "the menus are used before the database is open"
        return self._context

    def attach(self, context: AppContext) -> None:
        """The database is open: enable what works on it, remember it among the recent ones."""
        self._context = context
        path = context.database.path
        if path is not None:
            remember_database(self.settings, path)
        for needs in self._needs_data:
            needs.setEnabled(True)

    def _current_path(self) -> Path | None:
        return self._context.database.path if self._context is not None else None

    # -- lazily built menus ----------------------------------------------------------
    def excel_actions(self) -> ExcelActions:
        if self._excel is None:
            from mk3desk.ui.excel_actions import ExcelActions

            self._excel = ExcelActions(self.context, self.window)
        return self._excel

    def bundle_actions(self) -> BundleActions:
        if self._bundles is None:
            from mk3desk.ui.bundle_actions import BundleActions

            self._bundles = BundleActions(self.context, self.window)
        return self._bundles

    def _mirror_rights(self) -> None:
        """Restore and the whole history are for whom the rights table allows (the
        services refuse the others anyway)."""
        from mk3desk.domain.rights import Action, Relation, allowed

        if self._context is None:
            return
        actor = self._context.actor
        for action, right in (
            (self.restore_action, Action.RESTORE),
            (self.history_action, Action.HISTORY),
            (self.next_year_action, Action.FRAMEWORK),
        ):
            action.setEnabled(actor.full_rights or allowed(right, actor.roles, Relation.NONE))
        if self._context.read_only or self._context.office_year is None:
            self.next_year_action.setEnabled(False)

    def _fill_excel(self) -> None:
        if not self.excel_menu.actions():
            _adopt(self.excel_menu, self.excel_actions().menu())
        imports = self.excel_actions().import_menu
        if imports is not None:  # a read-only copy may export, never import
            imports.menuAction().setEnabled(not self.context.read_only)

    def _fill_bundles(self) -> None:
        if not self.bundle_menu.actions():
            _adopt(self.bundle_menu, self.bundle_actions().menu())
        self.bundle_actions().import_action.setEnabled(not self.context.read_only)

    def fill_all(self) -> None:
        """Build the lazy menus now (tests, screenshots)."""
        self._fill_excel()
        self._fill_bundles()

    # -- แฟ้ม ------------------------------------------------------------------------
    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self._current_path()
        shown = 0
        for path in recent_databases(self.settings):
            if current is not None and path == current.resolve():
                continue
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_database(p))
            action.setEnabled(path.exists())
            shown += 1
        if not shown:
            self.recent_menu.addAction(self.tr("ยังไม่มี")).setEnabled(False)

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("เปิดฐานข้อมูล"), str(Path.home()), DB_FILTER
        )
        if name:
            self.open_database(Path(name))

    def open_database(self, path: Path) -> bool:
        """Open *path* in a new copy of the program; False (said why) when it cannot be."""
        current = self._current_path()
        if current is not None and path.resolve() == current.resolve():
            self._tell(self.tr("ฐานข้อมูลนี้เปิดอยู่ในหน้าต่างนี้แล้ว"))
            return False
        if not path.is_file():
            self._tell(self.tr("ไม่พบไฟล์ฐานข้อมูล {path}").format(path=str(path)))
            return False
        program, arguments = launch_command(path)
        if not self.launcher(program, arguments):
            self._tell(self.tr("เปิดโปรแกรมอีกชุดสำหรับ {path} ไม่ได้").format(path=str(path)))
            return False
        remember_database(self.settings, path)
        return True

    def _tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, self.tr("เปิดฐานข้อมูล"), text)

    # -- แฟ้ม ------------------------------------------------------------------------
    def show_restore(self) -> QWidget | None:
        """The backups of this database, to restore one (the program then reopens it)."""
        from mk3desk.ui.dialogs.restore_dialog import RestoreDialog
        from mk3desk.ui.preferences import PREF_BACKUP_DIR

        if self._context is None:
            return None
        second = str(self.settings.value(PREF_BACKUP_DIR, "") or "")
        extra = (Path(second),) if second else ()
        self.restore_dialog = RestoreDialog(self._context, self.window, extra)
        self.restore_dialog.open()
        return self.restore_dialog

    def show_next_year(self) -> QWidget | None:
        """แฟ้ม → เริ่มปีงบประมาณใหม่…: the next fiscal year; then it is the one in view."""
        from mk3desk.ui.dialogs.next_year_dialog import NextYearDialog

        if self._context is None or self._context.office_year is None:
            return None
        dialog = NextYearDialog(self._context, self.window)
        dialog.finished.connect(lambda _code: self._next_year_done(dialog))
        dialog.open()
        return dialog

    def _next_year_done(self, dialog: QWidget) -> None:
        from PySide6.QtWidgets import QComboBox, QMessageBox

        from mk3desk.ui.dialogs.next_year_dialog import NextYearDialog

        assert isinstance(dialog, NextYearDialog)
        if dialog.outcome is None:
            return
        combo = self.window.findChild(QComboBox, "yearCombo")
        if combo is not None:
            found = combo.findData(dialog.outcome.office_year.key)
            if found >= 0:
                combo.setCurrentIndex(found)
        QMessageBox.information(self.window, self.tr("เริ่มปีงบประมาณใหม่"), dialog.summary())

    def show_history(self) -> QWidget:
        from mk3desk.ui.dialogs.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.context, self.window)
        dialog.open()
        return dialog

    # -- ช่วยเหลือ ---------------------------------------------------------------------
    def show_help(self, section: str = "") -> QWidget:
        """The user guide (F1), opened at *section* (an anchor of the guide) if given."""
        from mk3desk.ui.dialogs.help_dialog import HelpDialog

        self.help = HelpDialog(self.window, section)
        self.help.show()
        return self.help

    def show_about(self) -> AboutDialog:
        from mk3desk.ui.dialogs.about_dialog import AboutDialog

        self.about = AboutDialog(self.window)
        self.about.open()
        return self.about


def _adopt(target: QMenu, built: QMenu) -> None:
    """Show the actions of a menu built elsewhere inside *target* (already in the bar)."""
    for action in built.actions():
        target.addAction(action)
