"""Message boxes wide enough for their title (issue #13).

QMessageBox sizes itself for its text and buttons only; a box with a short text and a
long Thai title ("นำเข้าข้อมูลผู้รับผิดชอบจากไฟล์ Excel ไม่สำเร็จ") shows its title cut to
"นำเข้าข้อมูลผู้…" by the window manager. Every message box about to be shown gets a spacer
as wide as its title (plus room for the title bar's icon and buttons); QMessageBox still
keeps itself no wider than its own limit for the screen. One application-wide event
filter (installed by ``create_application``), so every ``QMessageBox.warning(...)`` gets it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QGridLayout, QMessageBox, QSizePolicy, QSpacerItem

# The title bar's icon and its minimise/maximise/close buttons.
TITLE_BAR_EXTRA = 170
_DONE = "mk3deskTitleRoom"


def make_room_for_title(box: QMessageBox) -> None:
    """Widen *box* (once) so that its window title is not cut."""
    title = box.windowTitle()
    layout = box.layout()
    if not title or not isinstance(layout, QGridLayout) or box.property(_DONE) == title:
        return
    box.setProperty(_DONE, title)
    width = box.fontMetrics().horizontalAdvance(title) * 11 // 10 + TITLE_BAR_EXTRA
    spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
    layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())


class TitleRoom(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            make_room_for_title(watched)
        return False


def install_title_room(app: QApplication) -> TitleRoom:
    room = TitleRoom(app)
    app.installEventFilter(room)
    return room
