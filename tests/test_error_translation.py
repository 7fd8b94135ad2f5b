"""A refusal shown in English carries no Thai: marked parameters are translated too."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
from PySide6.QtWidgets import QApplication
from mk3desk.domain.errors import WorkflowError
from mk3desk.domain.workflow import Section, State, check_editable, find_move
from mk3desk.ui.i18n import install_translators, translate_error
app = QApplication([])
install_translators(app, "en")
for call in (lambda: check_editable(Section.PLAN, State.LOCKED, "1.1"),
             lambda: find_move(State.NOT_STARTED, State.LOCKED)):
    try:
        call()
    except WorkflowError as error:
        print(translate_error(error))
"""


def printed_lines(script: str) -> list[str]:
    """The non-empty lines *script* prints, run in a fresh Qt program (translators are
    per application: the English run must not leak into the other tests)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return [line for line in out.splitlines() if line.strip()]


def test_workflow_refusals_in_english_have_no_thai_words() -> None:
    lines = printed_lines(SCRIPT)
    assert len(lines) == 2
    assert "1.1" in lines[0]
    for line in lines:
        assert not re.search(r"[\u0E00-\u0E7F]", line), line


SUMMARY_SCRIPT = """
from PySide6.QtWidgets import QApplication
from mk3desk.sync.apply import Applied
from mk3desk.services.bundles import MergeReport
from mk3desk.ui.bundle_actions import report_text
from mk3desk.ui.i18n import install_translators
app = QApplication([])
report = MergeReport(plan=None, applied=Applied(added=12, taken=3, removed=2, files=4))
print(report.summary())
install_translators(app, "en")
print(report_text(report))
"""


def test_what_a_bundle_brought_is_said_in_the_users_language() -> None:
    thai, english = printed_lines(SUMMARY_SCRIPT)
    assert thai.startswith("รับข้อมูลแล้ว: เพิ่มใหม่ 12 รายการ, รับฉบับที่แก้ไข 3 รายการ, ลบตามที่ส่งมา 2")
    assert english.startswith("Received: 12 new, 3 edited copies taken, 2 deleted as received")
    assert "4 new evidence file(s)" in english
    assert not re.search(r"[\u0E00-\u0E7F]", english), english
