"""First start on a new laptop: receive the coordinator's setup bundle instead of
creating a dummy office. Driven through the real dialog, offscreen; only the file
dialog is replaced."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from mk3desk.db.engine import Database
from mk3desk.db.models import FiscalYear, Office, Person, YearIndicator
from mk3desk.domain.thaidate import fiscal_year_of
from mk3desk.services import bundles, lookup
from mk3desk.services.context import Actor
from mk3desk.services.demo_data import OFFICE_NAME, OFFICE_SHORT
from mk3desk.ui.context import AppContext
from mk3desk.ui.first_start import FirstStartDialog
from tests import prebuilt
from tests.bundle_support import dump
from tests.qt_support import answer_next_box
from tests.support import fresh_database

pytestmark = pytest.mark.gui

TODAY = date(2025, 3, 1)  # the day the GUI and Excel tests use too: one prebuilt demo
CURRENT = max(fiscal_year_of(TODAY), 2568)  # the demo's year under way


@dataclass(frozen=True)
class Coordinator:
    """What the coordinator's demo office holds, and the bundles it sent."""

    setup: Path
    work: Path
    people: int
    indicators: int


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory: pytest.TempPathFactory) -> Coordinator:
    folder = tmp_path_factory.mktemp("coordinator")
    database = prebuilt.demo_office(folder / "office.sqlite3", TODAY)
    setup, work = folder / f"ตั้งค่า-{CURRENT}.mk3", folder / f"งาน-{CURRENT}.mk3"
    with database.session() as s:
        current = lookup.resolve_year(s, CURRENT)
    bundles.export_setup(database, current, setup, Actor.system())
    bundles.export_work(database, current, ["1.1"], work, Actor.system())
    with database.session() as s:
        people = s.scalar(select(func.count()).select_from(Person)) or 0
        year = s.scalars(select(FiscalYear).where(FiscalYear.be_year == CURRENT)).one()
        indicators = len(year.indicators)
    database.close()
    return Coordinator(setup, work, people, indicators)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Database]:
    database = fresh_database(tmp_path, "laptop.sqlite3")
    yield database
    database.close()


def open_dialog(qtbot: QtBot, database: Database) -> FirstStartDialog:
    dialog = FirstStartDialog(AppContext(database))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_in_file_dialog(
    monkeypatch: pytest.MonkeyPatch, path: Path | None, asked: list[tuple[str, str]]
) -> None:
    def get_open_file_name(
        parent: QWidget | None, caption: str, folder: str, filter: str
    ) -> tuple[str, str]:
        asked.append((caption, filter))
        return (str(path), filter) if path is not None else ("", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(radio: QRadioButton) -> None:
    """Click on the radio's circle (its middle may lie past the end of its text)."""
    QTest.mouseClick(
        radio,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(8, radio.height() // 2),
    )


def start_button(dialog: FirstStartDialog) -> QWidget:
    return dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_the_setup_bundle_fills_the_empty_database_and_the_dialog_closes(
    qtbot: QtBot,
    coordinator: Coordinator,
    laptop: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, laptop)
    form = dialog.form
    assert form.bundleRadio.text() == "รับชุดตั้งค่าจากผู้ประสานงาน (.mk3)"
    assert not form.bundleBox.isEnabled()
    choose(form.bundleRadio)
    assert form.bundleRadio.isChecked()
    assert form.bundleBox.isEnabled() and not form.officeBox.isEnabled()
    # The whole choice is readable: no radio is narrower than its Thai text.
    for radio in (form.createRadio, form.bundleRadio, form.demoRadio):
        assert radio.width() >= radio.sizeHint().width(), radio.text()

    asked: list[tuple[str, str]] = []
    choose_in_file_dialog(monkeypatch, coordinator.setup, asked)
    click(form.chooseBundleButton)
    assert asked == [("เลือกชุดตั้งค่าจากผู้ประสานงาน", "ไฟล์ส่งงาน / ชุดตั้งค่า mk3desk (*.mk3)")]
    assert form.bundleEdit.text() == str(coordinator.setup)

    click(start_button(dialog))
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert len(asked) == 1  # the file already chosen was used, not asked for again

    with laptop.session() as s:
        office = s.scalars(select(Office)).one()
        assert (office.name, office.short_name) == (OFFICE_NAME, OFFICE_SHORT)
        year = s.scalars(select(FiscalYear)).one()
        assert year.be_year == CURRENT and year.office_id == office.id
        assert len(year.indicators) == coordinator.indicators
        owners = {
            i.assignment.owner.name for i in year.indicators if i.assignment and i.assignment.owner
        }
        assert owners and s.scalar(select(func.count()).select_from(Person)) == coordinator.people


def test_start_without_a_chosen_file_asks_for_one(
    qtbot: QtBot,
    coordinator: Coordinator,
    laptop: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, laptop)
    choose(dialog.form.bundleRadio)
    asked: list[tuple[str, str]] = []
    choose_in_file_dialog(monkeypatch, None, asked)  # the clerk cancels the file dialog
    before = dump(laptop)
    click(start_button(dialog))
    assert len(asked) == 1 and dialog.isVisible() and dump(laptop) == before

    choose_in_file_dialog(monkeypatch, coordinator.setup, asked)
    click(start_button(dialog))
    assert len(asked) == 2 and not dialog.isVisible()
    with laptop.session() as s:
        assert s.scalars(select(YearIndicator)).first() is not None


def _not_a_bundle(folder: Path, coordinator: Coordinator) -> Path:
    path = folder / "รายชื่อ.mk3"
    path.write_text("ชื่อ,ตำแหน่ง\nนางสาวสมศรี ใจดี,ครู\n", encoding="utf-8")
    return path


def _damaged(folder: Path, coordinator: Coordinator) -> Path:
    path = folder / "ตั้งค่า-เสีย.mk3"
    whole = coordinator.setup.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])  # a copy cut off half-way
    return path


def _work_bundle(folder: Path, coordinator: Coordinator) -> Path:
    return coordinator.work


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_not_a_bundle, "ไม่ใช่ไฟล์ส่งงาน mk3desk ที่ถูกต้อง"),
        (_damaged, "ไม่ใช่ไฟล์ส่งงาน mk3desk ที่ถูกต้อง"),
        (_work_bundle, "รับไฟล์ตั้งค่าจากผู้ประสานก่อน แล้วจึงรับงาน"),
    ],
    ids=["not-a-bundle", "damaged", "work-bundle"],
)
def test_a_wrong_file_is_refused_the_dialog_stays_and_nothing_is_written(
    qtbot: QtBot,
    coordinator: Coordinator,
    laptop: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    make: Callable[[Path, Coordinator], Path],
    message: str,
) -> None:
    wrong = make(tmp_path, coordinator)
    dialog = open_dialog(qtbot, laptop)
    choose(dialog.form.bundleRadio)
    choose_in_file_dialog(monkeypatch, wrong, [])
    click(dialog.form.chooseBundleButton)
    before = dump(laptop)
    seen: list[str] = []
    answer_next_box(seen)
    click(start_button(dialog))
    assert len(seen) == 1 and message in seen[0]
    assert dialog.isVisible() and dialog.form.bundleRadio.isChecked()
    assert dump(laptop) == before
    evidence = laptop.evidence_dir
    assert not evidence.exists() or not any(p.is_file() for p in evidence.rglob("*"))
