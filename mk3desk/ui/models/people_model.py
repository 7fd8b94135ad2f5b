"""The office's people as a table: name, position, group, roles and this year's load
(Key Man, backup, late; the tooltip lists the indicators with their states)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mk3desk.domain.workflow import STATE_TITLES, Role
from mk3desk.services.people_edit import PersonRow
from mk3desk.services.progress import Workload
from mk3desk.ui.models.row_table import Index, RowTableModel
from mk3desk.ui.thai_wrap import wrap_hint

# Someone who has left the office: greyed and italic, their name marked (they stay listed
# because history and documents keep their name).
LEFT_COLOUR = QColor("#8a8a8a")


# Order in which roles are listed in a cell (most specific first).
ROLE_ORDER = (Role.COORDINATOR, Role.EXECUTIVE, Role.REVIEWER, Role.STAFF, Role.VIEWER)


def role_title(role: Role) -> str:
    titles = {
        Role.STAFF: QCoreApplication.translate("PeopleModel", "ผู้รับผิดชอบตัวชี้วัด"),
        Role.REVIEWER: QCoreApplication.translate("PeopleModel", "กรรมการตรวจสอบ"),
        Role.COORDINATOR: QCoreApplication.translate("PeopleModel", "ผู้ประสานงาน"),
        Role.EXECUTIVE: QCoreApplication.translate("PeopleModel", "ผู้บริหาร"),
        Role.VIEWER: QCoreApplication.translate("PeopleModel", "ดูข้อมูลอย่างเดียว"),
    }
    return titles[role]


def load_text(load: Workload) -> str:
    """A person's indicators, one a line: code, state, as backup, late (Thai, plain)."""
    lines = []
    for item in load.items:
        state = QCoreApplication.translate("State", STATE_TITLES[item.state])
        text = f"{item.code} {state}"
        if item.as_backup:
            text = QCoreApplication.translate("PeopleModel", "(สำรอง) {text}").format(text=text)
        if item.late:
            text = QCoreApplication.translate("PeopleModel", "{text} — เลยกำหนด").format(text=text)
        lines.append(text)
    return "\n".join(lines)


class PeopleModel(RowTableModel[PersonRow]):
    NAME, POSITION, GROUP, ROLES, OWNED, BACKUP, LATE = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load: dict[int, Workload] = {}

    def set_rows(self, rows: Sequence[PersonRow], load: Sequence[Workload] = ()) -> None:
        self._load = {w.person_id: w for w in load}
        super().set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("ชื่อ-นามสกุล"),
            self.tr("ตำแหน่ง"),
            self.tr("กลุ่มงาน"),
            self.tr("บทบาท"),
            self.tr("รับผิดชอบหลัก"),
            self.tr("สำรอง"),
            self.tr("เลยกำหนด"),
        )

    def display(self, row: PersonRow) -> tuple[str, ...]:
        load = self._load.get(row.person_id)
        name = row.name if row.active else row.name + " " + self.tr("(พ้นจากสำนักงานแล้ว)")
        return (
            name,
            wrap_hint(row.position),
            wrap_hint(row.group_name),
            ", ".join(role_title(role) for role in ROLE_ORDER if role in row.roles),
            str(load.owned if load else 0),
            str(load.backup if load else 0),
            str(load.late if load else 0),
        )

    def load_of(self, person_id: int) -> Workload | None:
        """The person's indicators this year (None: they have none)."""
        return self._load.get(person_id)

    def person_at(self, row: int) -> PersonRow:
        return self.row_at(row)

    def row_of(self, person_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.person_id == person_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self.valid(index):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.POSITION, self.GROUP):
            return self.text(index)
        if role == Qt.ItemDataRole.ToolTipRole and column >= self.OWNED:
            load = self._load.get(person.person_id)
            return load_text(load) if load is not None else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.LATE
            and (load := self._load.get(person.person_id)) is not None
            and load.late
        ):
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.OWNED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QBrush(LEFT_COLOUR)
        if role == Qt.ItemDataRole.FontRole and not person.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and not person.active:
            return self.tr("พ้นจากสำนักงานแล้ว: ยังแสดงในรายชื่อเพราะประวัติและเอกสารใช้ชื่อนี้")
        if role == Qt.ItemDataRole.UserRole:
            return person.person_id
        return None
