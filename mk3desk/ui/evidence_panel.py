"""The evidence files of one indicator: attach (dialog or drag and drop), open, remove.

Removing moves a file to the recycle list (services.evidence); the bytes stay in the
evidence store until the list is emptied. A file whose bytes are gone from the store,
or were changed after attaching (the integrity check, integrity_watch.py), is shown in
red with a Thai tooltip so the clerk can attach it again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mk3desk.services import evidence
from mk3desk.services.indicator_view import EvidenceView
from mk3desk.ui.actions import try_change
from mk3desk.ui.context import AppContext, Topic
from mk3desk.ui.dates import shown_datetime
from mk3desk.ui.evidence_opening import EvidenceOpener
from mk3desk.ui.integrity_watch import integrity_watch
from mk3desk.ui.thai_wrap import strip_hints, wrap_hint
from mk3desk.ui.widgets.column_fit import fit_columns
from mk3desk.ui.widgets.thai_cells import use_thai_cells

AnyIndex = QModelIndex | QPersistentModelIndex
TOOLTIP = Qt.ItemDataRole.ToolTipRole
# How much of a criterion's text its choice in "สำหรับเกณฑ์" shows (the tooltip has all).
CHOICE_CHARS = 60


def criterion_choice(key: str, text: str) -> str:
    """ "B2 — <the criterion's text, shortened>" (just the key when there is no text)."""
    if not text:
        return key
    if len(text) > CHOICE_CHARS:
        text = text[: CHOICE_CHARS - 1].rstrip() + "…"
    return f"{key} — {text}"


class EvidenceColumn(IntEnum):
    NAME = 0
    DESCRIPTION = 1
    CRITERION = 2
    SIZE = 3
    ADDED = 4


def format_size(size: int) -> str:
    """A file's size in Thai units, Arabic digits (as the restore list shows backups)."""
    if size >= 1024 * 1024:
        return QCoreApplication.translate("EvidenceModel", "{n:.1f} เมกะไบต์").format(
            n=size / (1024 * 1024)
        )
    if size >= 1024:
        return QCoreApplication.translate("EvidenceModel", "{n:.0f} กิโลไบต์").format(n=size / 1024)
    return QCoreApplication.translate("EvidenceModel", "{n} ไบต์").format(n=size)


class EvidenceModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files: list[EvidenceView] = []
        self._missing: set[int] = set()  # evidence ids whose bytes are gone
        self._notes: dict[int, str] = {}  # evidence id -> why it is flagged (missing or altered)

    def set_files(
        self,
        files: Sequence[EvidenceView],
        missing: set[int],
        notes: dict[int, str] | None = None,
    ) -> None:
        self.beginResetModel()
        self._files, self._missing, self._notes = list(files), set(missing), dict(notes or {})
        self.endResetModel()

    def flag(self, evidence_id: int) -> str | None:
        """None for a sound file, else "missing" or "altered"."""
        if evidence_id in self._missing:
            return "missing"
        return "altered" if evidence_id in self._notes else None

    def file_at(self, row: int) -> EvidenceView:
        return self._files[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._files)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(EvidenceColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            QCoreApplication.translate("EvidenceModel", "ไฟล์"),
            QCoreApplication.translate("EvidenceModel", "คำอธิบาย"),
            QCoreApplication.translate("EvidenceModel", "เกณฑ์"),
            QCoreApplication.translate("EvidenceModel", "ขนาด"),
            QCoreApplication.translate("EvidenceModel", "แนบเมื่อ"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._files[index.row()]
        column = EvidenceColumn(index.column())
        flag = self.flag(f.evidence_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is EvidenceColumn.NAME:
                if flag == "missing":
                    return QCoreApplication.translate("EvidenceModel", "{name} (ไม่พบไฟล์!)").format(
                        name=f.file_name
                    )
                if flag == "altered":
                    return QCoreApplication.translate(
                        "EvidenceModel", "{name} (ไฟล์ถูกแก้ไข!)"
                    ).format(name=f.file_name)
                return f.file_name
            if column is EvidenceColumn.DESCRIPTION:
                return wrap_hint(f.description)
            if column is EvidenceColumn.CRITERION:
                return f.criterion_key or QCoreApplication.translate("EvidenceModel", "ทั้งตัวชี้วัด")
            if column is EvidenceColumn.SIZE:
                return format_size(f.size)
            return shown_datetime(f.added_at)
        if role == Qt.ItemDataRole.ForegroundRole and flag:
            return QBrush(QColor("#b71c1c"))
        if role == Qt.ItemDataRole.ToolTipRole and flag:
            note = self._notes.get(f.evidence_id) or QCoreApplication.translate(
                "EvidenceModel", "ไฟล์นี้หายไปจากที่เก็บหลักฐาน"
            )
            return note + " — " + QCoreApplication.translate("EvidenceModel", "กรุณาแนบใหม่")
        return None


class EvidencePanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EvidencePanel")
        self.context = context
        self.indicator_id: int | None = None
        self.files: list[EvidenceView] = []
        self.editable = False
        self.setAcceptDrops(True)
        self.watch = integrity_watch(context)
        self.watch.finished.connect(self._mark)

        self.model = EvidenceModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("evidenceTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        use_thai_cells(self.table)
        self.table.setMinimumHeight(140)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())

        self.criterion = QComboBox(self)
        self.criterion.setObjectName("evidenceCriterion")
        # Its width follows the row, not its longest choice (the list opens wider).
        self.criterion.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.criterion.setMinimumContentsLength(20)
        self.description = QLineEdit(self)
        self.description.setObjectName("evidenceDescription")
        self.description.setPlaceholderText(self.tr("คำอธิบายไฟล์ (เช่น รายงานการประชุม ครั้งที่ 1/2567)"))
        self.attach_button = QPushButton(self.tr("แนบไฟล์…"), self)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(lambda: self.choose_and_attach())
        self.open_button = QPushButton(self.tr("เปิดไฟล์"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("ย้ายไปถังขยะ"), self)
        self.remove_button.setObjectName("removeEvidenceButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.recycle_button = QPushButton(self.tr("ถังขยะ…"), self)
        self.recycle_button.setObjectName("recycleButton")
        self.recycle_button.setToolTip(self.tr("ไฟล์ที่ย้ายไปถังขยะ นำกลับคืนได้จนกว่าจะล้างถังขยะ"))
        self.recycle_button.clicked.connect(self.show_recycle_list)
        self.hint = hint = QLabel(self.tr("ลากไฟล์มาวางที่นี่เพื่อแนบได้"), self)
        hint.setObjectName("evidenceHint")
        hint.setStyleSheet("color: #616161")
        self.opener = EvidenceOpener(self, context)
        self.opener.busy.connect(self._show_busy)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("สำหรับเกณฑ์"), self))
        row.addWidget(self.criterion, 2)
        row.addWidget(self.description, 3)
        row.addWidget(self.attach_button)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.recycle_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_evidence(
        self,
        indicator_id: int,
        files: Sequence[EvidenceView],
        criterion_keys: Sequence[str],
        *,
        editable: bool,
        criterion_texts: Mapping[str, str] | None = None,
    ) -> None:
        """Show *files*; the criterion choice lists *criterion_keys*, each as
        "B2 — <its text, shortened>" when *criterion_texts* gives the text."""
        self.indicator_id = indicator_id
        self.editable = editable
        self.files = list(files)
        self._mark()
        chosen = self.criterion.currentData()
        self.criterion.clear()
        self.criterion.addItem(self.tr("ทั้งตัวชี้วัด"), None)
        texts = criterion_texts or {}
        for key in criterion_keys:
            text = " ".join(strip_hints(texts.get(key, "")).split())
            self.criterion.addItem(criterion_choice(key, text), key)
            if text:
                self.criterion.setItemData(
                    self.criterion.count() - 1, wrap_hint(f"{key} — {text}"), TOOLTIP
                )
        # The list may be wider than the box: it shows the whole (shortened) choice.
        view = self.criterion.view()
        view.setMinimumWidth(min(view.sizeHintForColumn(0) + 24, 900))
        self.criterion.setCurrentIndex(max(0, self.criterion.findData(chosen)))
        for widget in (self.criterion, self.description, self.attach_button, self.remove_button):
            widget.setEnabled(editable)
        self.setAcceptDrops(editable)

    def _mark(self) -> None:
        """Flag missing files (looked up now) and altered ones (the last integrity check)."""
        store = self.context.store
        missing = {f.evidence_id for f in self.files if not store.has(f.sha256)}
        notes = {
            f.evidence_id: note
            for f in self.files
            if (note := self.watch.problem(f.evidence_id)) is not None
        }
        self.model.set_files(self.files, missing, notes)
        # Every column from its content (the name with its mark "ไม่พบไฟล์!" up to a limit,
        # then wrapped); the description takes the rest: the table never scrolls sideways.
        fit_columns(self.table, EvidenceColumn.DESCRIPTION, cap=340, least=160)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.files:
            fit_columns(self.table, EvidenceColumn.DESCRIPTION, cap=340, least=160)

    def show_recycle_list(self) -> QWidget:
        from mk3desk.ui.dialogs.recycle_dialog import RecycleDialog

        dialog = RecycleDialog(self.context, self)
        dialog.open()
        return dialog

    # -- attaching ----------------------------------------------------------------
    def choose_and_attach(self, criterion_key: str | None = None) -> None:
        if criterion_key is not None:
            self.criterion.setCurrentIndex(max(0, self.criterion.findData(criterion_key)))
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("เลือกไฟล์หลักฐาน"))
        if names:
            self.attach_files([Path(n) for n in names])

    def attach_files(self, sources: Sequence[Path]) -> int:
        """Attach *sources* with the chosen criterion and description; return how many."""
        if self.indicator_id is None or not self.editable:
            return 0
        indicator_id = self.indicator_id
        key: str | None = self.criterion.currentData()
        description = self.description.text()
        done = 0
        for source in sources:
            if not self._size_ok(source):
                continue
            if not self._attach(indicator_id, source, key, description):
                break  # the refusal was shown; the files after it are not tried
            done += 1
        if done:
            self.description.clear()
        return done

    def _attach(self, indicator_id: int, source: Path, key: str | None, description: str) -> bool:
        store = self.context.store
        return try_change(
            self,
            self.context,
            lambda s, a: evidence.add_evidence(
                s, store, a, indicator_id, source, description=description, criterion_key=key
            ),
            Topic.EVIDENCE,
        )

    def _size_ok(self, source: Path) -> bool:
        try:
            size = source.stat().st_size
        except OSError:
            return True  # the service says the file cannot be read, in Thai
        if size <= evidence.LARGE_FILE_BYTES:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("ไฟล์ขนาดใหญ่"),
            self.tr(
                "ไฟล์ {name} มีขนาด {size} ซึ่งใหญ่มาก ฐานข้อมูลและไฟล์สำรองจะโตขึ้นตาม ต้องการแนบหรือไม่?"
            ).format(name=source.name, size=format_size(size)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)

    # -- the selected file --------------------------------------------------------
    def selected(self) -> EvidenceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.file_at(rows[0].row()) if rows else None

    def open_selected(self) -> None:
        """Open a copy under the file's own name (the store names files by hash), fetched
        off the UI thread (evidence_opening.py: a server's file comes from the database)."""
        chosen = self.selected()
        if chosen is None:
            return
        altered = self.model.flag(chosen.evidence_id) == "altered"
        self.opener.open(chosen.sha256, chosen.file_name, altered=altered)

    def _show_busy(self, busy: bool) -> None:
        self.open_button.setEnabled(not busy)
        self.hint.setText(self.tr("กำลังดึงไฟล์มาเปิด…") if busy else self.tr("ลากไฟล์มาวางที่นี่เพื่อแนบได้"))

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not self.editable:
            return
        evidence_id = chosen.evidence_id
        try_change(
            self,
            self.context,
            lambda s, a: evidence.remove_evidence(s, a, evidence_id),
            Topic.EVIDENCE,
        )
