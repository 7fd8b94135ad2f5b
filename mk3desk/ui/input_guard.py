"""Two habits of a well-made Windows program, for every widget at once.

* **The mouse wheel does not change a field the clerk is not in.** Rolling the wheel
  to scroll a page passed over a combo box and changed it — the signatory printed
  under a signature, the language — with nobody noticing. A combo box or spin box
  without focus hands the wheel to the page's scroll area instead.
* **Tab leaves a multi-line text field** (Shift+Tab goes back), as in every form; it
  no longer types a tab character that is then saved.

One application-wide event filter (installed by ``create_application``) rather than a
subclass of every field, so forms made in Qt Designer get it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class InputGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, (QComboBox, QAbstractSpinBox)) and not watched.hasFocus():
                area = _scroll_area_of(watched)
                if area is not None:
                    QCoreApplication.sendEvent(area.viewport(), event)
                return True  # the unfocused field is not changed
        elif kind == QEvent.Type.Polish and isinstance(watched, (QPlainTextEdit, QTextEdit)):
            watched.setTabChangesFocus(True)
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install_input_guard(app: QCoreApplication) -> InputGuard:
    guard = InputGuard(app)
    app.installEventFilter(guard)
    return guard
