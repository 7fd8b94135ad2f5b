"""The English catalogue ``i18n/mk3desk_en.ts``: complete, faithful to its Thai sources,
compilable by lrelease, and really used by the widgets when the UI language is English.

Thai is the source language; an English user sees Thai wherever a message is unfinished,
and a broken ``{placeholder}`` makes ``str.format`` fail at the very moment an error should
be shown. These tests read the catalogue the way lrelease and the running program do.
"""

from __future__ import annotations

import ast
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from mk3desk.ui.i18n import compile_catalogues, qt_tool

ROOT = Path(__file__).resolve().parent.parent
EN_TS = ROOT / "i18n" / "mk3desk_en.ts"

THAI = re.compile("[\u0e00-\u0e7f]")
THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")
# str.format fields ({code}, {length:,}) and Qt's %1 / %n / %L1 arguments.
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")
TAG = re.compile(r"<[^<>]+>")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str | None  # None: no text at all
    kind: str | None  # the translation's type attribute (None = finished)
    forms: tuple[str, ...]  # numerus forms, if any

    @property
    def texts(self) -> tuple[str, ...]:
        """Every English text of the message (one, or one per plural form)."""
        return self.forms or ((self.translation,) if self.translation is not None else ())

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_catalogue(ts: Path) -> list[Message]:
    """Live messages of *ts*; ``vanished``/``obsolete`` ones are lupdate's memory, not shown."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            kind = element.get("type") if element is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = (
                tuple(f.text or "" for f in element.iter("numerusform"))
                if element is not None
                else ()
            )
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=element.text if element is not None else None,
                    kind=kind,
                    forms=forms,
                )
            )
    return messages


MESSAGES = read_catalogue(EN_TS)


def test_the_catalogue_holds_the_whole_program() -> None:
    contexts = {m.context for m in MESSAGES}
    # Spot checks across layers: forms, Qt widgets, domain errors, services.
    assert {"AboutDialog", "MainWindow", "State", "Workflow", "Template", "Reports"} <= contexts
    assert len(MESSAGES) > 400


def test_every_message_is_finished_and_not_empty() -> None:
    unfinished = [str(m) for m in MESSAGES if m.kind is not None]
    empty = [str(m) for m in MESSAGES if not m.texts or not all(t.strip() for t in m.texts)]
    assert unfinished == []
    assert empty == []


def test_placeholders_are_kept_exactly() -> None:
    broken = [
        f"{m}: {text!r}"
        for m in MESSAGES
        for text in m.texts
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(m.source))
    ]
    assert broken == []


def test_translations_format_with_the_source_parameters() -> None:
    # What translate_error does: format the English with the parameters of the Thai.
    failures = []
    for m in MESSAGES:
        names = {f.strip("{}").split(":")[0] for f in PLACEHOLDER.findall(m.source)}
        if not names or any(not n.isidentifier() for n in names):
            continue
        params = {n: 1234 for n in names}
        for text in m.texts:
            try:
                text.format(**params)
            except (KeyError, IndexError, ValueError) as exc:
                failures.append(f"{m}: {exc!r}")
    assert failures == []


# A word the user must type in Thai (the program reads only Thai there), quoted «so».
QUOTED = re.compile("«([^»]*)»")


def _unquoted(text: str, source: str) -> str:
    """*text* without the «quoted» Thai words that the source names too."""
    return QUOTED.sub(lambda q: "" if q.group(1) in source else q.group(0), text)


def test_no_thai_is_left_in_the_english() -> None:
    # Thai digits may stay where the source shows them as such (the "๑ ๒ ๓" numeral choice);
    # a Thai word the user has to type stays, quoted «เข้าร่วม», when the source names it.
    leftovers = [
        f"{m}: {text!r}"
        for m in MESSAGES
        for text in m.texts
        if set(THAI.findall(_unquoted(text, m.source))) - (THAI_DIGITS & set(m.source))
    ]
    assert leftovers == []


def test_edges_and_markup_survive() -> None:
    # Pieces joined by code (" · ranked 3 nationwide", "B.E. 2567") rely on their edge
    # spaces; rich text must keep its tags.
    damaged = [
        f"{m}: {text!r}"
        for m in MESSAGES
        for text in m.texts
        if text[:1].isspace() != m.source[:1].isspace()
        or text[-1:].isspace() != m.source[-1:].isspace()
        or sorted(TAG.findall(text)) != sorted(TAG.findall(m.source))
    ]
    assert damaged == []


@functools.cache
def _syntax_tree(path: Path) -> ast.Module:
    """*path* parsed once per test run (the tests below walk every module, some per string)."""
    return ast.parse(path.read_text(encoding="utf-8"))


@functools.cache
def marked_strings(root: Path) -> tuple[tuple[str | None, str, str], ...]:
    """(context or None, Thai text, file) of every string the code asks Qt to translate
    (found once per run: the tests below read the same list).

    Read from the syntax tree, not the way lupdate reads it: ``QT_TRANSLATE_NOOP(ctx, text)``,
    ``translate(ctx, text)``, ``tr(text)`` and local wrappers named ``_tr…(text)``.
    """
    found = []
    for path in sorted((root / "mk3desk").rglob("*.py")):
        if "generated" in path.parts:
            continue
        for node in ast.walk(_syntax_tree(path)):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            args = node.args
            if name in ("QT_TRANSLATE_NOOP", "translate") and len(args) >= 2:
                context, text = args[0], args[1]
            elif (name == "tr" or name.startswith("_tr")) and args:
                context, text = None, args[0]
            else:
                continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            if not THAI.search(text.value):
                continue
            literal = isinstance(context, ast.Constant) and isinstance(context.value, str)
            found.append(
                (
                    context.value if literal else None,  # type: ignore[union-attr]
                    text.value,
                    str(path.relative_to(root)),
                )
            )
    return tuple(found)


def test_every_string_marked_in_the_code_reaches_the_catalogue() -> None:
    by_context = {(m.context, m.source) for m in MESSAGES}
    sources = {m.source for m in MESSAGES}
    lost = sorted(
        f"{where}: {text!r}"
        for context, text, where in marked_strings(ROOT)
        if ((context, text) not in by_context if context else text not in sources)
    )
    assert lost == []


def test_marks_are_written_the_way_lupdate_reads_them() -> None:
    # lupdate takes only a literal context, and never follows a call through a wrapper:
    # such a string would pass the test above whenever its Thai happens to be marked
    # elsewhere, yet be looked up at run time in a context the catalogue does not have.
    hidden = sorted(
        f"{where}: {text!r}"
        for context, text, where in marked_strings(ROOT)
        if context is None and not _is_tr_call(where, text)
    )
    assert hidden == []


def _is_tr_call(where: str, text: str) -> bool:
    """Whether *text* is marked in *where* by ``self.tr("...")`` (context: the class)."""
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == text
        for node in ast.walk(_syntax_tree(ROOT / where))
    )


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogue compiled by the same code as ``tools/build_i18n.py release``."""
    folder = tmp_path_factory.mktemp("i18n")
    shutil.copy(EN_TS, folder / EN_TS.name)
    (qm,) = compile_catalogues([folder / EN_TS.name])
    return qm


def test_lrelease_compiles_every_message_as_finished(tmp_path: Path) -> None:
    copy = tmp_path / EN_TS.name
    shutil.copy(EN_TS, copy)
    done = subprocess.run(
        [str(qt_tool("lrelease")), str(copy), "-qm", str(tmp_path / "en.qm")],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(
        r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", done.stdout
    )
    assert found, done.stdout
    assert (int(found[1]), int(found[2]), int(found[3])) == (len(MESSAGES), len(MESSAGES), 0)


def test_the_compiled_file_gives_back_every_translation(compiled: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled))
    wrong = [
        str(m)
        for m in MESSAGES
        if not m.forms and translator.translate(m.context, m.source) != m.translation
    ]
    assert wrong == []


WIDGET_SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from mk3desk.db.migrate import open_database
from mk3desk.domain.errors import Mk3Error
from mk3desk.domain.thaidate import parse_thai_date
from mk3desk.domain.workflow import STATE_TITLES, State
from mk3desk.services import years
from mk3desk.services.context import Actor
from mk3desk.ui.context import AppContext
from mk3desk.ui.first_start import FirstStartDialog
from mk3desk.ui.i18n import install_translators, translate_error
from mk3desk.ui.main_window import MainWindow
from mk3desk.ui.dates import shown_date, shown_datetime
from datetime import date, datetime

i18n_dir, work = Path(sys.argv[1]), Path(sys.argv[2])
app = QApplication(["mk3desk-english"])
install_translators(app, "en", i18n_dir)
database = open_database(work / "office.sqlite3")
context = AppContext(database)
seen = {"first_start": FirstStartDialog(context).windowTitle()}
with database.transaction() as s:
    years.create_office(s, Actor.system(), name="สำนักงานเขตทดสอบ", short_name="สพป.ทดสอบ")
    years.create_year(s, Actor.system(), be_year=2569)
window = MainWindow(context, QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
seen["title"] = window.windowTitle()
seen["nav"] = [window.nav.item(n).text() for n in range(window.nav.count())]
seen["year"] = window.year_combo.currentText()
seen["state"] = QCoreApplication.translate("State", STATE_TITLES[State.RETURNED])
seen["dates"] = [
    shown_date(date(2026, 12, 7)),
    shown_date(date(2026, 12, 7), "long"),
    shown_datetime(datetime(2026, 12, 7, 14, 5)),
]
from mk3desk.ui.widgets.thai_date_edit import ThaiDateEdit
edit = ThaiDateEdit()
edit.setDate(date(2026, 12, 7))
seen["date_edit"] = [edit.line_edit.text(), edit.calendar.month.itemText(11)]
try:
    parse_thai_date("31/2/2567")
except Mk3Error as error:
    seen["error"] = translate_error(error)
# A reason filled in deep in Qt-free code (a bundle record refused): Thai for the CLI,
# English in the window, its parameters kept.
from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.ui.i18n import translate_marked
reason = QT_TRANSLATE_NOOP(
    "Bundle", "ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year} ของเครื่องนี้"
).format(code="1.1", year=2569)
seen["bundle_reason"] = [str(reason), translate_marked(reason)]
# A move refused with the list of what it still needs: each need in English too.
from mk3desk.services import lookup, workflow
from mk3desk.domain.workflow import State
try:
    with database.transaction() as s:
        code_11 = lookup.find_indicator(s, lookup.find_year(s, 2569), "1.1").id
        workflow.move_indicator(s, Actor.system(), code_11, State.PLANNING)
        workflow.move_indicator(s, Actor.system(), code_11, State.IN_PROGRESS)
except Mk3Error as error:
    seen["move_refused"] = [str(error), translate_error(error)]
database.close()
print(json.dumps(seen))
"""


def test_a_real_window_speaks_english(compiled: Path, tmp_path: Path) -> None:
    # A process of its own: the test session's application keeps its Thai translators.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", WIDGET_SCRIPT, str(compiled.parent), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["title"] == "ESAO Indicator Management System"
    assert seen["nav"] == [
        "Overview",
        "Indicators",
        "Staff and owners",
        "Knowledge development",
        "Calendar",
        "Reports",
        "Settings",
    ]
    # The office's own name stays as the clerk typed it; the words around it are English.
    assert seen["year"] == "สพป.ทดสอบ · Fiscal year 2569"
    assert seen["state"] == "Returned for revision"
    # Dates: English months, the Buddhist Era year the whole program counts in.
    assert seen["dates"] == ["7 Dec 2569", "7 December 2569", "7 Dec 2569 14:05"]
    assert seen["date_edit"] == ["07/12/2569", "December"]  # typed back in either language
    assert seen["error"] == "There is no date 31/2/2567 in the calendar"
    assert seen["first_start"] == "First start"
    thai, english = seen["move_refused"]
    assert "ระบุผู้รับผิดชอบตัวชี้วัด (Key Man)" in thai  # the CLI's Thai, unchanged
    assert english.startswith("Indicator 1.1 cannot move to")
    assert "Name the indicator owner (Key Man)" in english and not THAI.search(english)
    assert seen["bundle_reason"] == [
        "ไม่พบตัวชี้วัด 1.1 ในปีงบประมาณ 2569 ของเครื่องนี้",
        "Indicator 1.1 of fiscal year 2569 is not on this computer",
    ]
