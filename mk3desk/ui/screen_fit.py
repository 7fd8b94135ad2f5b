"""Window and dialog sizes that fit the screen they open on (issue #13).

Office laptops have 1366×768 screens, with a taskbar: a window asked for 1280×820 there
puts its status bar under the taskbar, and a geometry saved on a bigger monitor (or
squeezed by Qt when that monitor is gone) can come back off-screen or a few hundred
pixels tall. Every top-level size therefore goes through ``fit_size`` (a first size, never
larger than the available screen area) or ``restore_or_fit`` (a saved geometry, replaced
when it is off-screen or tiny).

``install_screen_fit`` adds one application-wide event filter (``create_application``
installs it) for what no caller sizes by hand: a dialog about to be shown that is larger
than the available screen area is made to fit it (dialogs from Qt Designer forms carry a
fixed first size), and a message box is made wide enough for its title (QMessageBox sizes
itself for its text and buttons only, so a long Thai title showed cut: "นำเข้าข้อมูลผู้…").

Imported by the window's frame: Qt widgets and GUI only, and no ``Qt.`` enum (see app.py).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

# Room for the window frame a window manager adds around the client area.
FRAME_WIDTH, FRAME_HEIGHT = 16, 40
# A restored window smaller than this is not worth keeping (seen: 899×267).
TINY_WIDTH, TINY_HEIGHT = 640, 420
# A message box's title bar: its icon and the minimise/maximise/close buttons.
TITLE_BAR_EXTRA = 170
_TITLE_ROOM = "mk3deskTitleRoom"


def _screen_of(widget: QWidget) -> QScreen | None:
    parent = widget.parentWidget()
    anchor = parent.window() if parent is not None else widget
    return anchor.screen() or QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect:
    """The part of *widget*'s screen a window may use (without taskbars), as a rectangle."""
    screen = _screen_of(widget)
    if screen is None:  # no screen at all: nothing to fit into
        return QRect(0, 0, 1366, 768)
    return screen.availableGeometry()


def fitted(width: int, height: int, area: QRect) -> tuple[int, int]:
    """*width*×*height*, made smaller where *area* (less a window frame) is smaller."""
    return (
        max(1, min(width, area.width() - FRAME_WIDTH)),
        max(1, min(height, area.height() - FRAME_HEIGHT)),
    )


def fit_size(widget: QWidget, width: int, height: int, *, centre: bool = True) -> None:
    """Resize *widget* to *width*×*height*, or less where its screen is smaller."""
    area = available_area(widget)
    w, h = fitted(width, height, area)
    widget.resize(w, h)
    if centre and widget.isWindow():
        parent = widget.parentWidget()
        middle = parent.window().geometry().center() if parent is not None else area.center()
        left = min(max(area.left(), middle.x() - w // 2), area.right() - w - FRAME_WIDTH // 2)
        top = min(max(area.top(), middle.y() - h // 2), area.bottom() - h - FRAME_HEIGHT)
        widget.move(max(area.left(), left), max(area.top(), top))


def _on_a_screen(rect: QRect) -> QRect | None:
    """The available area of the screen showing most of *rect*, if it shows at least half."""
    best: QRect | None = None
    shown = 0
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        part = area.intersected(rect)
        size = part.width() * part.height() if part.isValid() else 0
        if size > shown:
            best, shown = area, size
    if best is None or shown * 2 < rect.width() * rect.height():
        return None
    return best


def restore_or_fit(widget: QWidget, geometry: object, width: int, height: int) -> bool:
    """Restore a saved *geometry* if it is on a screen and not tiny (made smaller where the
    screen is smaller); otherwise give *widget* the first size. True when restored."""
    if isinstance(geometry, QByteArray) and widget.restoreGeometry(geometry):
        rect = widget.geometry()
        area = _on_a_screen(rect)
        if area is not None and rect.width() >= TINY_WIDTH and rect.height() >= TINY_HEIGHT:
            w, h = fitted(rect.width(), rect.height(), area)
            if (w, h) != (rect.width(), rect.height()):
                widget.resize(w, h)
            return True
    fit_size(widget, width, height)
    return False


def make_room_for_title(box: QMessageBox) -> None:
    """Widen *box* (once per title) so that its window title is not cut; QMessageBox
    still keeps itself within its own limit for the screen."""
    title = box.windowTitle()
    layout = box.layout()
    if not title or not isinstance(layout, QGridLayout) or box.property(_TITLE_ROOM) == title:
        return
    box.setProperty(_TITLE_ROOM, title)
    width = box.fontMetrics().horizontalAdvance(title) * 11 // 10 + TITLE_BAR_EXTRA
    spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
    layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())


class ScreenFit(QObject):
    """Message boxes wide enough for their titles; dialogs no larger than the screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show:
            if isinstance(watched, QMessageBox):
                make_room_for_title(watched)
            elif isinstance(watched, QDialog) and watched.isWindow():
                area = available_area(watched)
                w, h = fitted(watched.width(), watched.height(), area)
                if (w, h) != (watched.width(), watched.height()):
                    fit_size(watched, w, h)
        return False


def install_screen_fit(app: QApplication) -> ScreenFit:
    fit = ScreenFit(app)
    app.installEventFilter(fit)
    return fit
