"""The main window: which office-year, who is working, and the navigation between pages.

At start-up the window is shown before the database layer is loaded: the frame —
menus, navigation, the office-years read with plain sqlite3 (``sqlite_file.quick_look``)
and the read-only banner — is built without SQLAlchemy, and ``attach`` gives it the
open database when the loading is done (``mk3desk.ui.launch``); until then the page
area says the database is being opened. Built with a context (tests, tools), the
window is attached at once.

Pages are built the first time they are shown (start-up pays only for the first one)
and refresh themselves from ``AppContext.changed``; before the window closes each
saves its typing and finishes its work (``pages/base.py``). Window geometry, the last
page, office-year and person are remembered with QSettings. The window also connects
the pages to each other (``pages/build.py``: a deadline on the dashboard opens that
indicator's work screen, the work screen's print button opens the Reports page) and
holds the menu bar (menus.py) and the evidence check (integrity_watch.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import (
    QSettings,
    QSignalBlocker,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.office_year import OfficeYear
from mk3desk.ui.menus import MainMenus
from mk3desk.ui.pages.base import Page
from mk3desk.ui.pages.build import PAGES, build_page
from mk3desk.ui.screen_fit import restore_or_fit
from mk3desk.ui.session_bar import SessionBar
from mk3desk.ui.styles import BANNER_STYLE
from mk3desk.ui.topics import Topic

# The frame is built from this module before anything else is loaded (launch.py): what
# only attached windows use — the database layer, the domain, dialogs — is imported in
# the methods that need it, after the window is on screen.
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from mk3desk.ui.context import AppContext
    from mk3desk.ui.integrity_watch import IntegrityWatch
    from mk3desk.ui.live import LiveWatch

__all__ = ["PAGES", "MainWindow"]

W = TypeVar("W", bound=QWidget)


class MainWindow(QMainWindow):
    # The database is open and the first page shows its data.
    attached = Signal()

    def __init__(
        self,
        context: AppContext | None,
        settings: QSettings | None = None,
        *,
        years: Sequence[OfficeYear] = (),
        read_only: bool = False,
    ) -> None:
        """A window on *context*; without one, the frame naming *years* until ``attach``."""
        super().__init__()
        self.setObjectName("MainWindow")
        self._context: AppContext | None = None
        self.integrity: IntegrityWatch | None = None
        self.live: LiveWatch | None = None
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("ระบบบริหารงานตัวชี้วัด สพท."))
        self.pages: dict[str, QWidget] = {}
        self._choices: list[OfficeYear] = []
        self._report_check = False
        read_only = context.read_only if context is not None else read_only

        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setMinimumWidth(360)
        self.session = SessionBar(self.settings, self)
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setVisible(read_only)
        self.banner.setText(
            self.tr(
                "เปิดแบบดูอย่างเดียว: มีโปรแกรมอีกชุดหนึ่งใช้ฐานข้อมูลนี้อยู่ "
                "ดูและพิมพ์ได้ แต่แก้ไขไม่ได้ — ปิดโปรแกรมอีกชุดแล้วเปิดใหม่เพื่อแก้ไข"
            )
        )

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        font = QFont(self.nav.font())
        font.setPointSize(font.pointSize() + 3)
        self.nav.setFont(font)
        self.nav.setSpacing(4)
        self.nav.setFixedWidth(250)
        titles = {
            "dashboard": self.tr("ภาพรวม"),
            "indicators": self.tr("ตัวชี้วัด"),
            "people": self.tr("บุคลากรและผู้รับผิดชอบ"),
            "knowledge": self.tr("การพัฒนาความรู้"),
            "calendar": self.tr("ปฏิทินงาน"),
            "reports": self.tr("รายงาน"),
            "settings": self.tr("ตั้งค่า"),
        }
        for key in PAGES:
            item = QListWidgetItem(titles[key])  # row n shows PAGES[n]
            item.setSizeHint(QSize(0, 48))
            self.nav.addItem(item)
        self.stack = QStackedWidget(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("สำนักงาน / ปีงบประมาณ"), self))
        top.addWidget(self.year_combo, 2)
        top.addSpacing(16)
        top.addWidget(self.session, 1)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        # The page area until the database is open: a line in the middle. (Centred with
        # stretches, not setAlignment: naming ``Qt.`` anything builds every enum of the
        # Qt namespace, ≈15 ms the frame does not otherwise need; see app.py.)
        self.opening = QWidget(self.stack)
        self.opening.setObjectName("opening")
        label = QLabel(self.tr("กำลังเปิดฐานข้อมูล…"), self.opening)
        label.setObjectName("openingLabel")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column = QVBoxLayout(self.opening)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.stack.addWidget(self.opening)

        self.menus = MainMenus(self, self.settings, self)
        self.menus.recycle_action.triggered.connect(lambda: self.show_recycle_list())
        self.menus.check_action.triggered.connect(lambda: self.check_evidence())
        self.menus.find_action.triggered.connect(lambda: self.find_in_page())
        self.menus.print_action.triggered.connect(lambda: self.print_page())

        self.nav.currentRowChanged.connect(self._show_row)
        self.year_combo.currentIndexChanged.connect(self._year_chosen)

        # The status bar is part of the frame from the start (attach puts the server's
        # connection in it): a remembered height then means the same window.
        self.statusBar()
        # The first size fits the screen (a 1366×768 laptop too); a saved geometry that is
        # off-screen or tiny is replaced by it.
        restore_or_fit(self, self.settings.value("main/geometry"), 1280, 820)
        last = str(self.settings.value("main/page", "dashboard"))
        self.nav.setCurrentRow(PAGES.index(last if last in PAGES else "dashboard"))
        if context is not None:
            self.attach(context)
        else:
            self._fill_years(years)
            self.session.combo.setEnabled(False)

    @property
    def context(self) -> AppContext:
        assert self._context is not None, "the window is used before the database is open"
        return self._context

    @property
    def is_attached(self) -> bool:
        return self._context is not None

    def attach(self, context: AppContext) -> None:
        """The database is open: fill the office-years, people and the page in view."""
        from mk3desk.ui.drafts import Drafts
        from mk3desk.ui.integrity_watch import integrity_watch
        from mk3desk.ui.live import ConnectionLabel, DraftsLabel, LiveWatch

        self._context = context
        self.menus.attach(context)
        self.integrity = integrity_watch(context)
        self.integrity.finished.connect(self._integrity_checked)
        context.changed.connect(self._changed)
        context.connection.connect(self._connection_changed)
        self.session.attach(context)
        self.load_years()
        self._show_row(self.nav.currentRow())
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        # The quick evidence check waits until the window is up, and runs off the UI thread.
        QTimer.singleShot(1000, self.integrity.start)
        # Others' changes appear within seconds; a server's connection is named (live.py).
        drafts = DraftsLabel(context, Drafts.of(context.database), self)
        self.statusBar().addPermanentWidget(drafts)
        self.statusBar().addPermanentWidget(ConnectionLabel(context, self))
        self.live = LiveWatch(context, self)
        self.live.answered.connect(drafts.look)
        self.live.start()
        self.attached.emit()

    # -- pages --------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page *key*, built on first use."""
        if key not in self.pages:
            page = build_page(key, self)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def _show(self, key: str, kind: type[W]) -> W:
        page = self.show_page(key)
        assert isinstance(page, kind), (key, page)
        return page

    def open_indicator(self, indicator_id: int) -> None:
        """Show the work screen of *indicator_id* (from the dashboard, calendar, ...)."""
        from mk3desk.ui.pages.indicators_page import IndicatorsPage

        self._show("indicators", IndicatorsPage).open_indicator(indicator_id)

    def print_indicator(self, code: str) -> QWidget:
        """The Reports page making the indicator report of *code* (no second click needed)."""
        from mk3desk.ui.pages.reports_page import ReportsPage

        page = self._show("reports", ReportsPage)
        page.select_kind("indicator", code)
        page.make()
        return page

    def show_recycle_list(self) -> QWidget:
        from mk3desk.ui.dialogs.recycle_dialog import RecycleDialog

        dialog = RecycleDialog(self.context, self)
        dialog.open()
        return dialog

    def check_evidence(self) -> None:
        """Check the database and every evidence file now (menu): the result is shown when done."""
        if self.integrity is None:
            return
        self._report_check = True
        self.statusBar().showMessage(self.tr("กำลังตรวจสอบฐานข้อมูลและไฟล์หลักฐาน…"))
        self.integrity.start(full=True)

    def _integrity_checked(self) -> None:
        from mk3desk.ui.integrity_watch import evidence_summary, full_check_report

        assert self.integrity is not None
        text, problems = evidence_summary(self.integrity)
        self.statusBar().showMessage(text, 0 if problems else 8000)
        if self._report_check and self.integrity.last_full:  # not a quick check run meanwhile
            from PySide6.QtWidgets import QMessageBox

            self._report_check = False
            report, trouble = full_check_report(self.integrity)
            box = QMessageBox.warning if trouble else QMessageBox.information
            box(self, self.tr("ตรวจสอบฐานข้อมูลและไฟล์หลักฐาน"), report)

    def current_page(self) -> Page | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, Page) else None

    def find_in_page(self) -> bool:
        """Ctrl+F: the search box of the page on show; a page without one says so."""
        page = self.current_page()
        if page is not None and page.focus_search():
            return True
        self.statusBar().showMessage(self.tr("หน้านี้ไม่มีช่องค้นหา"), 5000)
        return False

    def print_page(self) -> bool:
        """Ctrl+P: the page's document (an indicator's report, the Reports page's document);
        elsewhere the Reports page is opened to choose one."""
        page = self.current_page()
        if page is not None and page.print_current():
            return True
        self.show_page("reports")
        self.statusBar().showMessage(self.tr("เลือกเอกสารที่จะพิมพ์ แล้วกด Ctrl+P อีกครั้ง"), 8000)
        return False

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(PAGES.index(key))
        return self.page(key)

    def _show_row(self, row: int) -> None:
        # Before the database is open the choice is kept; attach shows that page.
        if self.is_attached and 0 <= row < len(PAGES):
            self.stack.setCurrentWidget(self.page(PAGES[row]))

    # -- office-year and person ---------------------------------------------------
    def load_years(self) -> None:
        from mk3desk.services.indicator_view import year_choices

        self._fill_years(self.context.read(year_choices))
        self._year_chosen()

    def _fill_years(self, choices: Sequence[OfficeYear]) -> None:
        # Remembered by the office's uid and the พ.ศ. year (OfficeYear.key), not by row
        # ids: another database, or a restored copy, must not open on a wrong year.
        shown = self._context.office_year if self._context is not None else None
        wanted = shown.key if shown is not None else self.settings.value("main/office_year")
        self._choices = list(choices)
        with QSignalBlocker(self.year_combo):
            self.year_combo.clear()
            for c in choices:
                label = self.tr("{office} · ปีงบประมาณ {year}").format(
                    office=c.label_office, year=c.be_year
                )
                self.year_combo.addItem(label, c.key)
            found = next((n for n, c in enumerate(choices) if c.key == wanted), 0)
            self.year_combo.setCurrentIndex(found if choices else -1)

    def _year_chosen(self, *_args: object) -> None:
        row = self.year_combo.currentIndex()
        if not 0 <= row < len(self._choices):
            return
        office_year = self._choices[row]
        self.settings.setValue("main/office_year", office_year.key)
        if self._context is None:
            return  # chosen while the database opens: attach takes it from the settings
        changed_office = office_year.office_id != self.context.office_id
        self.context.office_year = office_year
        if changed_office or not self.session.people:
            self.load_people()
        self.context.set_year(office_year)

    @property
    def actor_combo(self) -> QComboBox:
        """The person picked from a list (a database without accounts)."""
        return self.session.combo

    def load_people(self) -> None:
        self.session.load_people()

    def choose_actor(self, person_id: int) -> None:
        self.session.choose_actor(person_id)

    def _changed(self, topic: str) -> None:
        if topic == Topic.PEOPLE.value:
            self.load_people()
        if topic in (Topic.FRAMEWORK.value, Topic.ELSEWHERE.value) and self._years_differ():
            # A set-up bundle (or another import) brought an office-year this window lacks:
            # pick it up; in a database that had no office, it becomes the one in view.
            self.load_years()

    def _connection_changed(self, online: bool) -> None:
        page = self.current_page()
        if online and page is not None and page.stale:
            page.mark_stale()  # shown while the server was lost: read it now

    def _years_differ(self) -> bool:
        from mk3desk.services.indicator_view import year_choices

        return self._choices != self.context.read(year_choices)

    # -- closing ------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._may_close():
            event.ignore()
            return
        # Typing of the last seconds is saved, and work off the UI thread (a document
        # being made) finishes, before the database goes.
        for page in self.pages.values():
            if isinstance(page, Page):
                page.flush()
                page.wait()
        if self.integrity is not None:
            self.integrity.wait()
        if self.live is not None:
            self.live.stop()
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/page", PAGES[max(0, self.nav.currentRow())])
        super().closeEvent(event)

    def _may_close(self) -> bool:
        """Closing would lose typed work no page can keep (a form saved by its button,
        values waiting for a lost server): the clerk chooses, not closing is the default."""
        lost = [page.unsaved() for page in self.pages.values() if isinstance(page, Page)]
        lost = [text for text in lost if text]
        if not lost:
            return True
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("ยังมีข้อมูลที่ไม่ได้บันทึก"), "", parent=self)
        box.setText(
            self.tr("ถ้าปิดโปรแกรมตอนนี้ ข้อมูลต่อไปนี้จะไม่ได้บันทึก:\n{what}").format(
                what="\n".join(f"• {text}" for text in lost)
            )
        )
        box.setInformativeText(
            self.tr("เลือก “ยังไม่ปิด” แล้วบันทึกก่อน (ค่าตั้งที่รอเซิร์ฟเวอร์จะบันทึกเองเมื่อเชื่อมต่อได้)")
        )
        wait = box.addButton(self.tr("ยังไม่ปิด"), QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(self.tr("ปิดโดยไม่บันทึก"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(wait)
        box.setEscapeButton(wait)
        box.exec()
        return box.clickedButton() is close  # Escape, the title bar's ×: not closed
