"""The office's people as a table: name, position, group, roles and this year's load."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from mk3desk.domain.workflow import Role
from mk3desk.services.people_edit import PersonRow
from mk3desk.services.progress import Workload
from mk3desk.ui.thai_wrap import wrap_hint

Index = QModelIndex | QPersistentModelIndex

# Order in which roles are listed in a cell (most specific first).
ROLE_ORDER = (Role.COORDINATOR, Role.EXECUTIVE, Role.REVIEWER, Role.STAFF)


def role_title(role: Role) -> str:
    titles = {
        Role.STAFF: QCoreApplication.translate("PeopleModel", "ผู้รับผิดชอบตัวชี้วัด"),
        Role.REVIEWER: QCoreApplication.translate("PeopleModel", "กรรมการตรวจสอบ"),
        Role.COORDINATOR: QCoreApplication.translate("PeopleModel", "ผู้ประสานงาน"),
        Role.EXECUTIVE: QCoreApplication.translate("PeopleModel", "ผู้บริหาร"),
    }
    return titles[role]


class PeopleModel(QAbstractTableModel):
    NAME, POSITION, GROUP, ROLES, OWNED, BACKUP = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._load: dict[int, Workload] = {}
        self._display: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[PersonRow], load: Sequence[Workload] = ()) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._load = {w.person_id: w for w in load}
        # Hints computed once here, not in data(): segmenting Thai on every paint is slow.
        self._display = [
            (
                r.name,
                wrap_hint(r.position),
                wrap_hint(r.group_name),
                ", ".join(role_title(role) for role in ROLE_ORDER if role in r.roles),
            )
            for r in self._rows
        ]
        self.endResetModel()

    def person_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        for n, r in enumerate(self._rows):
            if r.person_id == person_id:
                return n
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("ชื่อ-นามสกุล"),
            self.tr("ตำแหน่ง"),
            self.tr("กลุ่มงาน"),
            self.tr("บทบาท"),
            self.tr("รับผิดชอบหลัก"),
            self.tr("สำรอง"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column < 4:
                return self._display[index.row()][column]
            load = self._load.get(person.person_id)
            if column == self.OWNED:
                return str(load.owned if load else 0)
            if column == self.BACKUP:
                return str(load.backup if load else 0)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.POSITION, self.GROUP):
            return self._display[index.row()][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.OWNED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.UserRole:
            return person.person_id
        return None
