"""Deleting a person from the People page: one entered by mistake goes after a
confirmation; one with work in the system cannot go (history and documents keep their
name), and the clerk is offered to record that they left the office instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mk3desk.services import people_edit
from mk3desk.services.people_edit import PersonRow
from mk3desk.ui.actions import run_action, try_change
from mk3desk.ui.context import AppContext, Topic

__all__ = ["delete_or_retire"]


# Every text is marked where it is written (lupdate follows no wrapper), in the page's
# context.
def delete_or_retire(parent: QWidget, context: AppContext, person: PersonRow) -> bool:
    """Delete *person* after a confirmation, or (with history) offer to record that they
    left; True when something was changed."""
    person_id = person.person_id
    traced = run_action(
        parent, lambda: context.read(lambda s: people_edit.has_traces(s, person_id))
    )
    if traced is None:
        return False
    if traced:
        return _offer_left(parent, context, person)
    question = QCoreApplication.translate(
        "PeoplePage", "ลบ “{name}” ออกจากรายชื่อบุคลากรหรือไม่?\n\nลบแล้วเรียกคืนไม่ได้"
    )
    if not _ask(
        parent, question.format(name=person.name), QCoreApplication.translate("PeoplePage", "ลบ")
    ):
        return False
    return try_change(
        parent, context, lambda s, a: people_edit.delete_person(s, a, person_id), Topic.PEOPLE
    )


def _offer_left(parent: QWidget, context: AppContext, person: PersonRow) -> bool:
    text = QCoreApplication.translate(
        "PeoplePage",
        "“{name}” มีประวัติการทำงานในระบบแล้ว (งานที่รับผิดชอบ ข้อความ หลักฐาน หรือบัญชีผู้ใช้) "
        "จึงลบไม่ได้ เพื่อให้ประวัติและเอกสารยังแสดงชื่อเดิม",
    ).format(name=person.name)
    if not person.active:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PeoplePage", "ลบบุคลากร"),
            text + "\n\n" + QCoreApplication.translate("PeoplePage", "บันทึกไว้แล้วว่าพ้นจากสำนักงาน"),
        )
        return False
    offer = QCoreApplication.translate(
        "PeoplePage", "บันทึกว่า “{name}” พ้นจากสำนักงานแล้วแทนหรือไม่?"
    ).format(name=person.name)
    if not _ask(
        parent,
        text + "\n\n" + offer,
        QCoreApplication.translate("PeoplePage", "บันทึกว่าพ้นจากสำนักงานแล้ว"),
    ):
        return False
    person_id = person.person_id
    return try_change(
        parent, context, lambda s, a: people_edit.retire_person(s, a, person_id), Topic.PEOPLE
    )


def _ask(parent: QWidget, text: str, yes: str) -> bool:
    """A question whose Yes button says *yes*; ยกเลิก is the default. True for Yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("PeoplePage", "ลบบุคลากร"),
        text,
        parent=parent,
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("PeoplePage", "ยกเลิก")
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
