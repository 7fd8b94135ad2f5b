"""The form of one knowledge session on the knowledge page, and whether the clerk typed
in it since it was shown.

The fields — day (พ.ศ.), kind, topic, speaker, place, the attendees (a person of the
office and whether they came, per row), the indicators it serves, the lessons learned —
are made here and laid out by the page (their texts keep its translation context).
``typed()`` compares what the fields hold with what they held when a session (or an
empty form) was last shown: the page's refresh for
others' changes (ui/live.py) reads the list of sessions again but leaves a form with
typing in it alone, so nothing typed is wiped; its save, over the version the form read,
then shows the keep-mine/use-theirs choice if someone saved the session meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mk3desk.domain.knowledge import KIND_TITLES, SessionDraft, SessionKind
from mk3desk.services.knowledge.read import LinkedIndicator, PersonChoice, SessionView
from mk3desk.ui.widgets.knowledge_lists import AttendeeTable, IndicatorChecklist
from mk3desk.ui.widgets.thai_date_edit import ThaiDateEdit

# What the fields hold, compared to tell typing (see ``SessionForm.state``).
FormState = tuple[object, ...]


def kind_title(kind: SessionKind) -> str:
    return QCoreApplication.translate("Knowledge", KIND_TITLES[kind])


class SessionForm:
    """The fields of one session, children of the page (*parent*), which lays out
    ``form``, ``people_box`` (its button row is ``people_buttons``), ``indicator_box``
    and ``lessons_box``."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.held_on = ThaiDateEdit(parent)
        self.kind = QComboBox(parent)
        self.kind.setObjectName("kindBox")
        for k in SessionKind:
            self.kind.addItem(kind_title(k), k.value)
        self.topic = QLineEdit(parent)
        self.topic.setObjectName("topic")
        self.speaker = QLineEdit(parent)
        self.place = QLineEdit(parent)
        first_row = QHBoxLayout()
        first_row.addWidget(self.held_on, 1)
        first_row.addWidget(QLabel(QCoreApplication.translate("KnowledgePage", "ประเภท"), parent))
        first_row.addWidget(self.kind, 1)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("KnowledgePage", "วันที่"), first_row)
        self.form.addRow(QCoreApplication.translate("KnowledgePage", "หัวข้อ/เรื่อง"), self.topic)
        self.form.addRow(QCoreApplication.translate("KnowledgePage", "วิทยากร/ประธาน"), self.speaker)
        self.form.addRow(QCoreApplication.translate("KnowledgePage", "สถานที่"), self.place)

        self.attendees = AttendeeTable(parent)
        self.add_row_button = QPushButton(
            QCoreApplication.translate("KnowledgePage", "เพิ่มผู้เข้าร่วม"), parent
        )
        self.add_all_button = QPushButton(
            QCoreApplication.translate("KnowledgePage", "เพิ่มทุกคน"), parent
        )
        self.remove_row_button = QPushButton(
            QCoreApplication.translate("KnowledgePage", "นำออก"), parent
        )
        self.people_box = QGroupBox(QCoreApplication.translate("KnowledgePage", "ผู้เข้าร่วม"), parent)
        self.people_buttons = QHBoxLayout()
        self.people_buttons.addWidget(self.add_row_button)
        self.people_buttons.addWidget(self.add_all_button)
        self.people_buttons.addWidget(self.remove_row_button)
        self.people_buttons.addStretch(1)
        people_layout = QVBoxLayout(self.people_box)
        people_layout.addWidget(self.attendees, 1)
        people_layout.addLayout(self.people_buttons)
        self.add_row_button.clicked.connect(lambda: self.attendees.add_row())
        self.add_all_button.clicked.connect(self.attendees.add_everyone)
        self.remove_row_button.clicked.connect(self.attendees.remove_current)

        self.indicators = IndicatorChecklist(parent)
        self.indicator_box = QGroupBox(
            QCoreApplication.translate("KnowledgePage", "ตัวชี้วัดที่เกี่ยวข้อง (นับเป็นหลักฐาน)"), parent
        )
        QVBoxLayout(self.indicator_box).addWidget(self.indicators)

        self.lessons = QPlainTextEdit(parent)
        self.lessons.setObjectName("lessons")
        self.lessons.setPlaceholderText(
            QCoreApplication.translate("KnowledgePage", "สาระสำคัญ ข้อตกลง และบทเรียนที่ได้ บรรทัดละหนึ่งข้อ")
        )
        self.lessons_box = QGroupBox(
            QCoreApplication.translate("KnowledgePage", "สาระสำคัญ/บทเรียนที่ได้รับ"), parent
        )
        QVBoxLayout(self.lessons_box).addWidget(self.lessons)
        self._shown_state: FormState = self.state()

    # -- what the office offers ----------------------------------------------------------
    def offer(self, people: list[PersonChoice], links: list[LinkedIndicator]) -> None:
        """The people rows may name and the year's indicators (the ticks kept)."""
        self.attendees.people = people
        ticked = set(self.indicators.checked_ids())
        self.indicators.fill(links)
        self.indicators.check(ticked)

    # -- showing -------------------------------------------------------------------------
    def show(self, view: SessionView) -> None:
        self.held_on.setDate(view.held_on)
        self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind.value)))
        self.topic.setText(view.topic)
        self.speaker.setText(view.speaker)
        self.place.setText(view.place)
        self.lessons.setPlainText(view.lessons)
        self.attendees.setRowCount(0)
        for a in view.attendees:
            self.attendees.add_row(a.person_id, a.status)
        self.indicators.check({i.indicator_id for i in view.indicators})
        self._shown_state = self.state()

    def clear(self) -> None:
        self.held_on.setDate(None)
        self.kind.setCurrentIndex(0)
        for field in (self.topic, self.speaker, self.place):
            field.clear()
        self.lessons.clear()
        self.attendees.setRowCount(0)
        self.indicators.check(set())
        self._shown_state = self.state()

    # -- reading what is typed -----------------------------------------------------------
    def state(self) -> FormState:
        """What every field holds now (the day as typed, even not yet taken)."""
        return (
            self.held_on.line_edit.text(),
            self.kind.currentData(),
            self.topic.text(),
            self.speaker.text(),
            self.place.text(),
            self.lessons.toPlainText(),
            self.attendees.rowCount(),
            self.attendees.pairs(),
            self.indicators.checked_ids(),
        )

    def typed(self) -> bool:
        """Something was typed or chosen since the form was last shown or saved."""
        return self.state() != self._shown_state

    def may_drop_typing(self) -> bool:
        """Typing not saved yet is dropped only when the clerk says so (Cancel: kept)."""
        if not self.typed():
            return True
        answer = QMessageBox.question(
            self.parent,
            QCoreApplication.translate("KnowledgePage", "ยังไม่ได้บันทึก"),
            QCoreApplication.translate(
                "KnowledgePage", "การประชุม/อบรมที่แก้ไขอยู่ยังไม่ได้บันทึก — ทิ้งการแก้ไขนี้หรือไม่?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def unsaved(self) -> str:
        """What closing the program now would drop (Thai), or ""."""
        if not self.typed():
            return ""
        return QCoreApplication.translate(
            "KnowledgePage", "การประชุม/อบรมที่แก้ไขในหน้าการพัฒนาความรู้ (ยังไม่ได้กดบันทึก)"
        )

    def draft(self) -> SessionDraft | None:
        """The session as typed; None (the clerk told why) without a day."""
        self.held_on.commit_text()
        day = self.held_on.date()
        if day is None:
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("KnowledgePage", "ยังไม่ได้บันทึก"),
                QCoreApplication.translate("KnowledgePage", "กรุณาระบุวันที่จัด"),
            )
            return None
        return SessionDraft(
            held_on=day,
            topic=self.topic.text(),
            kind=SessionKind(self.kind.currentData()),
            speaker=self.speaker.text(),
            place=self.place.text(),
            lessons=self.lessons.toPlainText(),
            attendees=self.attendees.pairs(),
            indicator_ids=self.indicators.checked_ids(),
        )
