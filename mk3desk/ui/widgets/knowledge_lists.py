"""The two pickers of a knowledge session's form: attendees with their status, indicators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QWidget,
)

from mk3desk.domain.knowledge import ATTENDANCE_TITLES, Attendance
from mk3desk.services.knowledge.read import LinkedIndicator, PersonChoice
from mk3desk.ui.thai_wrap import wrap_hint


class AttendeeTable(QTableWidget):
    """One row per person invited: a person of the office and whether they came."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("attendeeTable")
        self.people: list[PersonChoice] = []  # whom the rows may name
        self.setHorizontalHeaderLabels([self.tr("ผู้เข้าร่วม"), self.tr("การเข้าร่วม")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setDefaultSectionSize(32)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def add_row(
        self, person_id: int | None = None, status: Attendance = Attendance.ATTENDED
    ) -> int:
        row = self.rowCount()
        self.insertRow(row)
        person_box = QComboBox(self)
        person_box.addItem(self.tr("— เลือกบุคลากร —"), None)
        for p in self.people:  # those who left only where an old session lists them
            if p.active or p.person_id == person_id:
                person_box.addItem(p.name, p.person_id)
        person_box.setCurrentIndex(max(0, person_box.findData(person_id)))
        status_box = QComboBox(self)
        for s in Attendance:
            status_box.addItem(
                QCoreApplication.translate("Knowledge", ATTENDANCE_TITLES[s]), s.value
            )
        status_box.setCurrentIndex(max(0, status_box.findData(status.value)))
        self.setCellWidget(row, 0, person_box)
        self.setCellWidget(row, 1, status_box)
        return row

    def add_everyone(self) -> None:
        """Every active person of the office not listed yet, as attending."""
        listed = {pid for pid, _ in self.pairs()}
        for p in self.people:
            if p.active and p.person_id not in listed:
                self.add_row(p.person_id)

    def remove_current(self) -> None:
        if self.currentRow() >= 0:
            self.removeRow(self.currentRow())

    def pairs(self) -> tuple[tuple[int, Attendance], ...]:
        """(person id, status) of the rows with a person chosen, in order."""
        found: list[tuple[int, Attendance]] = []
        for row in range(self.rowCount()):
            person_box, status_box = self.cellWidget(row, 0), self.cellWidget(row, 1)
            assert isinstance(person_box, QComboBox) and isinstance(status_box, QComboBox)
            if person_box.currentData() is not None:
                found.append((int(person_box.currentData()), Attendance(status_box.currentData())))
        return tuple(found)


class IndicatorChecklist(QListWidget):
    """The year's indicators, ticked where the session serves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorList")
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fill(self, links: list[LinkedIndicator]) -> None:
        self.clear()
        for link in links:
            item = QListWidgetItem(wrap_hint(f"{link.code} {link.title}"))
            item.setData(Qt.ItemDataRole.UserRole, link.indicator_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)

    def check(self, linked: set[int]) -> None:
        for n in range(self.count()):
            item = self.item(n)
            on = item.data(Qt.ItemDataRole.UserRole) in linked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(n).data(Qt.ItemDataRole.UserRole))
            for n in range(self.count())
            if self.item(n).checkState() == Qt.CheckState.Checked
        )
