"""What a clerk sees before any page exists: Thai Qt dialogs, the font, wrapping, dates, locks."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mk3desk.domain.errors import Mk3Error, ValidationError
from mk3desk.ui import app as app_module
from mk3desk.ui import i18n, single_instance
from mk3desk.ui.fonts import BUNDLED_FAMILY, ui_font
from mk3desk.ui.thai_wrap import ZWSP, strip_hints, wrap_hint
from mk3desk.ui.widgets import ThaiDateEdit
from tests.qt_support import type_text

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent
STACKED = "ผู้ใหญ่ปู่ย่าญี่ปุ่นฎีกาฐานปั้นน้ำ"


def plain(action_text: str) -> str:
    """Menu text without the mnemonic and the shortcut column."""
    return action_text.split("\t")[0].replace("&", "")


# -- Qt's own strings in Thai ---------------------------------------------------------
def test_dialog_buttons_are_thai(qapp: QApplication) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok is not None and cancel is not None
    assert (ok.text(), cancel.text()) == ("ตกลง", "ยกเลิก")


def test_line_edit_context_menu_is_thai(qapp: QApplication) -> None:
    edit = QLineEdit("สวัสดี")
    menu = edit.createStandardContextMenu()
    texts = [plain(a.text()) for a in menu.actions() if not a.isSeparator()]
    for expected in ("เลิกทำ(U)", "ทำซ้ำ(R)", "ตัด(T)", "คัดลอก(C)", "วาง(P)", "ลบ", "เลือกทั้งหมด"):
        assert expected in texts


def test_message_box_details_button_is_thai(qapp: QApplication) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "x", "y")
    box.setDetailedText("traceback")
    box.show()
    labels = [b.text() for b in box.buttons()]
    box.close()
    assert "แสดงรายละเอียด..." in labels


def test_english_leaves_qt_strings_in_english_and_thai_comes_back(qapp: QApplication) -> None:
    try:
        i18n.install_translators(qapp, "en")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None and ok.text() == "OK"
    finally:
        i18n.install_translators(qapp, "th")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.text() == "ตกลง"


# -- translate_error -----------------------------------------------------------------
class _Marked(str):
    """The template type proposed for errors.py: text that remembers its context."""

    context: str

    def __new__(cls, context: str, text: str) -> _Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked


@pytest.fixture
def english_errors(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    ts = tmp_path / "errors_en.ts"
    ts.write_text(
        textwrap.dedent(
            """\
            <?xml version="1.0" encoding="utf-8"?>
            <TS version="2.1" language="en" sourcelanguage="th_TH">
            <context><name>Mk3Error</name>
              <message><source>ไม่พบตัวชี้วัด {code}</source>
                <translation>Indicator {code} not found</translation></message>
            </context>
            <context><name>Framework</name>
              <message><source>น้ำหนักรวมต้องเท่ากับ {total}</source>
                <translation>The weights must add up to {total}</translation></message>
            </context>
            </TS>
            """
        ),
        encoding="utf-8",
    )
    i18n.compile_catalogues([ts])
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_translate_error_uses_the_error_class_context(english_errors: None) -> None:
    error = ValidationError("ไม่พบตัวชี้วัด {code}", code="1.2")
    assert i18n.translate_error(error) == "Indicator 1.2 not found"


def test_translate_error_uses_the_context_the_template_was_marked_with(
    english_errors: None,
) -> None:
    error = ValidationError(_Marked("Framework", "น้ำหนักรวมต้องเท่ากับ {total}"), total="100")
    assert i18n.translate_error(error) == "The weights must add up to 100"


def test_translate_error_without_translation_is_the_thai_message(qapp: QApplication) -> None:
    error = Mk3Error("ปีงบประมาณ {year} ปิดแล้ว", year="2567")
    assert i18n.translate_error(error) == "ปีงบประมาณ 2567 ปิดแล้ว"


# -- application and fonts -------------------------------------------------------------
def test_application_is_configured(qapp: QApplication) -> None:
    assert QCoreApplication.applicationName() == "mk3desk"
    assert qapp.style().name().lower() == "fusion"
    assert qapp.font().family() == BUNDLED_FAMILY


def test_unavailable_or_foreign_font_choice_falls_back_to_sarabun(qapp: QApplication) -> None:
    assert ui_font("TH Sarabun New").family() == BUNDLED_FAMILY  # not installed here
    assert ui_font("Laksaman").family() == BUNDLED_FAMILY  # installed, but not a choice


def test_table_rows_do_not_clip_stacked_thai_marks(qapp: QApplication, qtbot: QtBot) -> None:
    model = QStandardItemModel(3, 1)
    for row in range(3):
        model.setItem(row, 0, QStandardItem(STACKED))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(500, 200)
    view.show()
    view.resizeColumnsToContents()
    image = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(1, 0))
    ink_rows = [
        y
        for y in range(rect.top(), rect.bottom() + 1)
        if any(
            QColor(image.pixel(x, y)).lightness() < 100
            for x in range(rect.left(), rect.right() + 1)
        )
    ]
    assert ink_rows, "the cell shows no text"
    # Ink must not touch the cell's edges: touching means the marks were cut off.
    assert ink_rows[0] > rect.top() and ink_rows[-1] < rect.bottom() - 1
    fm = QFontMetrics(view.font())
    assert view.rowHeight(1) >= fm.tightBoundingRect(STACKED).height()


# -- Thai wrapping ---------------------------------------------------------------------
SENTENCE = "สำนักงานเขตพื้นที่การศึกษาต้องรายงานผลการดำเนินงานตามตัวชี้วัดทุกไตรมาส"


def test_wrap_hint_marks_word_boundaries_and_strip_restores_the_text() -> None:
    hinted = wrap_hint(SENTENCE)
    assert hinted.count(ZWSP) >= 5
    assert strip_hints(hinted) == SENTENCE
    assert wrap_hint(hinted) == hinted  # idempotent: safe on text already hinted


def test_wrap_hints_never_fall_inside_a_name_or_a_label_and_its_number() -> None:
    """Issue #13 item 8: the window wrapped "นางสาวณัฐ|ธิดา" in Dashboard and Calendar."""
    hinted = wrap_hint("ส่งงานโดยนางสาวณัฐธิดา คำภูเมือง ฉบับที่ ๒ กำหนดส่ง ๑๖ ก.ค. ๖๗")
    for unit in ("นางสาวณัฐธิดา", "คำภูเมือง", "ฉบับที่ ๒", "๑๖ ก.ค. ๖๗"):
        assert unit in hinted, unit
    assert strip_hints(hinted).count("ณัฐธิดา") == 1


def test_a_long_compound_wraps_between_its_words_never_inside_one() -> None:
    """A committee's name in a narrow list broke "ปฏิบั|ติ": the office dictionary holds
    "คำรับรองการปฏิบัติราชการ" whole, so Qt found no hint inside it and cut anywhere."""
    pieces = wrap_hint("คณะกรรมการดำเนินงานตามคำรับรองการปฏิบัติราชการ (KRS)").split(ZWSP)
    assert "คำรับรอง" in pieces and any(p.endswith("ปฏิบัติ") for p in pieces)
    assert pieces[-1].startswith("ราชการ")
    # A person's name is no dictionary word: never hinted inside, however long.
    assert ZWSP not in wrap_hint("นางสาวกนกวรรณ พลศรีเมืองสุวรรณ")


def test_wrap_hint_leaves_spaces_digits_and_latin_alone() -> None:
    assert wrap_hint("PMQA 4.0") == "PMQA 4.0"
    assert ZWSP + " " not in wrap_hint("ตัวชี้วัด 1.2 ผ่าน")
    assert ZWSP not in wrap_hint("ปีงบประมาณ2567").split("ปีงบประมาณ")[1]


_LAYOUT_CHILD = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextLayout, QTextOption
app = QGuiApplication([])
for name in os.listdir(sys.argv[1]):
    if name.endswith(".ttf"):
        QFontDatabase.addApplicationFont(os.path.join(sys.argv[1], name))
font = QFont("Sarabun", 11)
out = []
for text in json.load(sys.stdin):
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(130)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    out.append(lines)
json.dump(out, sys.stdout)
"""


def windows_like_lines(texts: list[str], tmp_path: Path) -> list[list[str]]:
    """Lines Qt makes for *texts* in a process without libthai, as on Windows."""
    env = dict(os.environ)
    if sys.platform.startswith("linux"):
        # A library named libthai.so.0 without libthai's functions, found first:
        # Qt's lookup of th_brk fails and it falls back to breaking at spaces only.
        fake = tmp_path / "nothai"
        fake.mkdir()
        donor = next(
            p
            for p in (Path("/lib/x86_64-linux-gnu/libutil.so.1"), Path("/usr/lib64/libutil.so.1"))
            if p.exists()
        )
        (fake / "libthai.so.0").write_bytes(donor.read_bytes())
        env["LD_LIBRARY_PATH"] = f"{fake}:{env.get('LD_LIBRARY_PATH', '')}"
    done = subprocess.run(
        [sys.executable, "-c", _LAYOUT_CHILD, str(ROOT / "resources" / "fonts")],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_without_libthai_only_hints_let_thai_lines_wrap_and_only_between_words(
    tmp_path: Path,
) -> None:
    from mk3desk.domain.thaiwords import break_opportunities, inner_word_ends, segment

    hinted = wrap_hint(SENTENCE)
    plain_lines, hinted_lines = windows_like_lines([SENTENCE, hinted], tmp_path)
    assert plain_lines == [SENTENCE]  # the Windows problem: one overflowing line
    assert len(hinted_lines) >= 3
    breaks, offset = [], 0
    for line in hinted_lines[:-1]:
        offset += len(strip_hints(line))
        breaks.append(offset)
    # Between line units, or between the words of a long compound the dictionary holds
    # whole ("สำนักงานเขตพื้นที่|การศึกษา"): never inside a word.
    between_words, position = set(break_opportunities(SENTENCE)), 0
    for unit in segment(SENTENCE):
        between_words |= {position + end for end in inner_word_ends(unit)}
        position += len(unit)
    assert set(breaks) <= between_words
    assert strip_hints("".join(hinted_lines)) == SENTENCE


# -- ThaiDateEdit ----------------------------------------------------------------------
@pytest.fixture
def date_edit(qtbot: QtBot) -> ThaiDateEdit:
    edit = ThaiDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    return edit


def test_typing_a_be_date_gives_the_ce_date_and_thai_display(date_edit: ThaiDateEdit) -> None:
    changed: list[object] = []
    date_edit.dateChanged.connect(changed.append)
    type_text(date_edit.line_edit, "26/7/2566")
    QTest.keyClick(date_edit.line_edit, Qt.Key.Key_Return)
    assert date_edit.date() == date(2023, 7, 26)
    assert date_edit.line_edit.text() == "26 กรกฎาคม 2566"
    assert changed == [date(2023, 7, 26)]


def test_typing_thai_month_and_thai_digits(date_edit: ThaiDateEdit) -> None:
    type_text(date_edit.line_edit, "๒๖ ก.ค. ๖๖")
    QTest.keyClick(date_edit.line_edit, Qt.Key.Key_Return)
    assert date_edit.date() == date(2023, 7, 26)


def test_impossible_date_is_marked_and_keeps_the_last_good_date(date_edit: ThaiDateEdit) -> None:
    date_edit.setDate(date(2024, 1, 15))
    date_edit.line_edit.clear()
    type_text(date_edit.line_edit, "31/2/2567")
    QTest.keyClick(date_edit.line_edit, Qt.Key.Key_Return)
    assert not date_edit.is_valid()
    assert "31/2/2567" in date_edit.line_edit.toolTip()
    assert date_edit.date() == date(2024, 1, 15)


def test_calendar_popup_shows_be_years_and_thai_months(
    date_edit: ThaiDateEdit, qtbot: QtBot
) -> None:
    date_edit.setDate(date(2023, 7, 26))
    date_edit.show_popup()
    calendar = date_edit.calendar
    assert calendar.month.currentText() == "กรกฎาคม"
    assert calendar.year.text() == "พ.ศ. 2566"
    calendar.next.click()
    assert calendar.shown_page() == (2566, 8)
    calendar.year.setValue(2567)
    assert calendar.calendar.yearShown() == 2024

    calendar.set_selected(date(2023, 7, 26))
    view = calendar.calendar.findChild(QWidget, "qt_calendar_calendarview")
    assert view is not None
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert date_edit.date() == date(2023, 7, 27)
    assert date_edit.line_edit.text() == "27 กรกฎาคม 2566"
    assert not date_edit.popup.isVisible()
    assert isinstance(calendar.calendar, QCalendarWidget)


# -- single instance -------------------------------------------------------------------
def test_second_lock_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    first = single_instance.acquire(db)
    assert first is not None
    assert single_instance.acquire(db) is None
    assert single_instance.acquire(tmp_path / "other.sqlite3") is not None
    assert "ดูอย่างเดียว" in single_instance.busy_message(db)
    first.release()
    again = single_instance.acquire(db)
    assert again is not None
    again.release()


_LOCK_CHILD = """
import sys
from pathlib import Path
from mk3desk.ui.single_instance import acquire
lock = acquire(Path(sys.argv[1]))
print("locked" if lock else "refused", flush=True)
sys.stdin.readline()
"""


def test_lock_held_by_another_process_and_taken_over_after_it_dies(tmp_path: Path) -> None:
    db = tmp_path / "office.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", _LOCK_CHILD, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        assert single_instance.acquire(db) is None
        who = single_instance.holder(db)
        assert who is not None and who.pid == child.pid
    finally:
        child.kill()  # no clean release: the lock file stays behind, stale
        child.wait(timeout=10)
    taken = single_instance.acquire(db)
    assert taken is not None
    taken.release()


# -- exception hook --------------------------------------------------------------------
def _boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "ErrorDialog"
    ]


def test_unexpected_error_is_logged_and_shown_in_thai(qapp: QApplication, tmp_path: Path) -> None:
    log_file = app_module.configure_logging(tmp_path)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as exc:
            app_module.handle_exception(RuntimeError, exc, exc.__traceback__)
        shown = _boxes()
        assert len(shown) == 1
        assert shown[0].windowTitle() == "เกิดข้อผิดพลาดในโปรแกรม"
        assert "boom in a slot" in shown[0].detailedText()
        shown[0].close()
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert "RuntimeError: boom in a slot" in log_file.read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                root.removeHandler(handler)
                handler.close()
        QCoreApplication.processEvents()


def test_refusal_escaping_a_slot_is_a_warning_with_its_message(qapp: QApplication) -> None:
    error = ValidationError("น้ำหนักต้องไม่ติดลบ")
    app_module.handle_exception(ValidationError, error, None)
    shown = _boxes()
    assert len(shown) == 1
    assert shown[0].icon() == QMessageBox.Icon.Warning
    assert shown[0].text() == "น้ำหนักต้องไม่ติดลบ"
    shown[0].close()
    QCoreApplication.processEvents()


def test_what_is_logged_before_the_log_file_opens_is_written_to_it(tmp_path: Path) -> None:
    # The program opens its log once the window is on screen; nothing said before is lost.
    app_module.hold_early_records()
    logging.getLogger("mk3desk.startup").info("เปิดฐานข้อมูลแบบดูอย่างเดียว")
    log_file = app_module.configure_logging(tmp_path)
    root = logging.getLogger()
    try:
        logging.getLogger("mk3desk.startup").info("หน้าต่างหลักแสดงแล้ว")
        for handler in root.handlers:
            handler.flush()
        lines = log_file.read_text(encoding="utf-8").splitlines()
        assert [line.split(": ", 1)[1] for line in lines[-2:]] == [
            "เปิดฐานข้อมูลแบบดูอย่างเดียว",
            "หน้าต่างหลักแสดงแล้ว",
        ]
        assert not any(type(h).__name__ == "_EarlyRecords" for h in root.handlers)
    finally:
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                root.removeHandler(handler)
                handler.close()


def test_fractional_windows_scaling_is_used_as_is(qapp: QApplication) -> None:
    # 125 % / 150 % are not rounded to 100 % / 200 % (blurry or oversized Thai text).
    from PySide6.QtGui import QGuiApplication

    policy = QGuiApplication.highDpiScaleFactorRoundingPolicy()
    assert policy == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough


def _click_next_box_button(text: str, seen: list[str]) -> None:
    """Click the button labelled *text* on the next modal message box."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        chosen = next(b for b in box.buttons() if b.text() == text)
        chosen.click()

    QTimer.singleShot(0, click)


def test_a_lock_left_by_another_machine_can_be_broken_after_a_warning(
    qapp: QApplication, tmp_path: Path
) -> None:
    db = tmp_path / "office.sqlite3"
    # A laptop on the shared drive crashed while it had the file open.
    single_instance.lock_path(db).write_text("4242\nmk3desk\nlaptop-kru-somsri\n")
    assert single_instance.acquire(db) is None  # Qt cannot tell whether it still runs
    assert single_instance.held_elsewhere(db)
    seen: list[str] = []
    _click_next_box_button("เปิดแบบดูอย่างเดียว", seen)
    assert single_instance.ask_about_lock(db) == "read_only"
    assert single_instance.lock_path(db).exists()  # reading changes nothing
    _click_next_box_button("ปลดล็อก (เครื่องนั้นปิดแล้ว)", seen)
    assert single_instance.ask_about_lock(db) == "break"
    assert "laptop-kru-somsri" in seen[0] and "ข้อมูลเสียหาย" in seen[0]
    taken = single_instance.acquire(db)
    assert taken is not None
    taken.release()
