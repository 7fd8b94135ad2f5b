"""The ส่งงาน / รับงาน menu and the merge review dialog, driven offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from mk3desk.db.engine import Database
from mk3desk.domain.actor import Actor
from mk3desk.domain.workflow import Role
from mk3desk.services import bundles as bundles_module
from mk3desk.services import pdca
from mk3desk.ui.bundle_actions import BundleActions
from mk3desk.ui.dialogs.work_picker import WorkPicker
from mk3desk.ui.thai_wrap import strip_hints
from tests.bundle_support import edit, pair_in, text_of
from tests.qt_support import answer_next_dialog, plain, year_context

pytestmark = pytest.mark.gui


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    coord, laptop = pair_in(tmp_path)
    yield coord, laptop
    coord.close()
    laptop.close()


def test_the_menu_offers_export_and_import(qapp: object, pair: tuple[Database, Database]) -> None:
    actions = BundleActions(year_context(pair[0]))
    menu = actions.menu()
    assert plain(menu.title()) == "ส่งงาน / รับงาน"
    titles = [plain(a.text()) for a in menu.actions() if not a.isSeparator()]
    assert titles == [
        "ส่งงานของฉัน (เลือกตัวชี้วัด)…",
        "ส่งชุดตั้งค่าให้เครื่องผู้รับผิดชอบ…",
        "รับงาน / รับชุดตั้งค่า (.mk3)…",
    ]


def test_a_conflict_is_decided_side_by_side_then_applied(
    qapp: object, qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "ฉบับแล็ปท็อป")
    edit(laptop, "1.2", pdca.PdcaField.PLAN, "แผนใหม่ 1.2")
    edit(coord, "1.1", pdca.PdcaField.PLAN, "ฉบับผู้ประสาน")
    laptop_actions = BundleActions(year_context(laptop))
    work = tmp_path / "งาน.mk3"
    with qtbot.waitSignal(laptop_actions.exported):
        laptop_actions.export_work(["1.1", "1.2"], work)
    assert work.exists()

    actions = BundleActions(year_context(coord))
    dialog = actions.import_bundle(work)
    assert dialog is not None
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "diffTable")
    assert table is not None
    # Shown with word-break hints (U+200B) for Thai; what the user reads is the text.
    assert [strip_hints(table.item(0, c).text()) for c in range(3)] == [  # type: ignore[union-attr]
        "การวางแผน (Plan)",
        "ฉบับผู้ประสาน",
        "ฉบับแล็ปท็อป",
    ]
    assert "เพิ่มใหม่: บันทึก PDCA — ตัวชี้วัด 1.2 (โดย ผู้ดูแลระบบ (บรรทัดคำสั่ง))" in [
        dialog.changes.item(i).text() for i in range(dialog.changes.count())
    ]
    apply, theirs = dialog.findChild(QPushButton, "apply"), dialog.findChild(QRadioButton, "theirs")
    assert apply is not None and theirs is not None
    assert not apply.isEnabled()  # a conflict is never decided for the user
    theirs.click()  # scrolled out of view offscreen
    assert apply.isEnabled()
    with qtbot.waitSignal(actions.imported) as signal:
        qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert "ใช้ฉบับที่ส่งมา 1 รายการ" in signal.args[0]
    assert text_of(coord, "1.1", pdca.PdcaField.PLAN) == "ฉบับแล็ปท็อป"
    assert text_of(coord, "1.2", pdca.PdcaField.PLAN) == "แผนใหม่ 1.2"
    # The same file again: nothing to review, and the clerk is told so (no empty list).
    assert actions.import_bundle(work) is None
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "NothingNewMessage" and w.isVisible()
    ]
    assert shown and work.name in shown[-1].text()
    shown[-1].close()


def test_cancelling_the_review_writes_nothing(
    qapp: object, qtbot: QtBot, pair: tuple[Database, Database], tmp_path: Path
) -> None:
    coord, laptop = pair
    edit(laptop, "1.1", pdca.PdcaField.PLAN, "ฉบับแล็ปท็อป")
    work = tmp_path / "งาน.mk3"
    BundleActions(year_context(laptop)).export_work(["1.1"], work)
    dialog = BundleActions(year_context(coord)).import_bundle(work)
    assert dialog is not None
    qtbot.addWidget(dialog)
    cancel = dialog.findChild(QPushButton, "cancel")
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert text_of(coord, "1.1", pdca.PdcaField.PLAN) == "แผนเดิม"


def test_the_bundle_name_says_who_sent_what(
    qapp: object, pair: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    proposed: list[str] = []

    def chooser(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        proposed.append(name)
        return "", ""  # the clerk cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    context = year_context(pair[1])
    context.set_actor(
        Actor(person_id=None, name="นางสาวกนกวรรณ พลศรีเมือง", roles=frozenset({Role.STAFF}))
    )
    actions = BundleActions(context)
    actions.export_work(["1.1"])
    actions.export_work(["1.1", "1.2", "2.1", "2.2"])
    actions.export_setup()
    office = context.office_year
    assert office is not None
    assert proposed == [
        "งาน-2567-กนกวรรณ-1.1.mk3",
        "งาน-2567-กนกวรรณ-4 ตัวชี้วัด.mk3",
        f"ตั้งค่า-2567-{office.label_office}.mk3",
    ]


def test_the_picker_shows_full_titles_and_ticks_mine_all_or_none(
    qapp: object,
    qtbot: QtBot,
    pair: tuple[Database, Database],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    actions = BundleActions(year_context(pair[1]))
    office = actions.context.office_year
    assert office is not None
    # The person working owns the first indicator only.
    choices = [
        bundles_module.WorkChoice(c.code, c.title, n == 0)
        for n, c in enumerate(actions._codes(office))
    ]
    monkeypatch.setattr(actions, "_codes", lambda _office: choices)
    picked: list[list[str]] = []

    def choose(picker: WorkPicker) -> None:
        assert picker.chosen() == [choices[0].code]  # mine, ticked at first
        titles = [picker.listing.item(n).text() for n in range(picker.listing.count())]
        assert all("…" not in t for t in titles)  # nothing elided
        assert picker.isSizeGripEnabled()
        QTest.mouseClick(picker.all_button, Qt.MouseButton.LeftButton)
        picked.append(picker.chosen())
        QTest.mouseClick(picker.none_button, Qt.MouseButton.LeftButton)
        assert picker.chosen() == []
        assert not picker.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        QTest.mouseClick(picker.mine_button, Qt.MouseButton.LeftButton)
        picked.append(picker.chosen())
        picker.accept()

    answer_next_dialog(WorkPicker, choose)
    actions.export_work(out=tmp_path / "sent.mk3")
    assert picked == [[c.code for c in choices], [choices[0].code]]
    assert (tmp_path / "sent.mk3").is_file()
