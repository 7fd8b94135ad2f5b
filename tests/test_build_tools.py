"""The build tools: forms compile into committed modules; strings reach the catalogues."""

from __future__ import annotations

import importlib.util
import os
import shutil
import struct
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import build_i18n  # noqa: E402
import build_ui  # noqa: E402

from mk3desk.ui import i18n  # noqa: E402


# -- forms ------------------------------------------------------------------------------
def test_committed_form_modules_are_up_to_date() -> None:
    assert build_ui.main(["--check"]) == 0


@pytest.fixture
def forms(tmp_path: Path) -> tuple[Path, Path]:
    folder, out = tmp_path / "forms", tmp_path / "generated"
    folder.mkdir()
    out.mkdir()
    shutil.copy(ROOT / "forms" / "about_dialog.ui", folder / "about_dialog.ui")
    return folder, out


def test_build_writes_a_module_with_header_that_builds_the_dialog(
    forms: tuple[Path, Path], qtbot: QtBot
) -> None:
    folder, out = forms
    assert build_ui.main(["--forms", str(folder), "--out", str(out)]) == 0
    module_file = out / "ui_about_dialog.py"
    assert module_file.read_text(encoding="utf-8").startswith(
        "# Generated from forms/about_dialog.ui by tools/build_ui.py — do not edit.\n"
    )
    spec = importlib.util.spec_from_file_location("ui_about_dialog_test", module_file)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = module.Ui_AboutDialog()
    form.setupUi(dialog)
    assert dialog.windowTitle() == "เกี่ยวกับโปรแกรม"
    assert form.titleLabel.text() == "ระบบบริหารงานตัวชี้วัด สพท."


def test_build_skips_forms_older_than_their_module(forms: tuple[Path, Path]) -> None:
    folder, out = forms
    ui_file = folder / "about_dialog.ui"
    assert build_ui.build([ui_file], out, force=False) == [out / "ui_about_dialog.py"]
    assert build_ui.build([ui_file], out, force=False) == []
    later = time.time() + 5
    os.utime(ui_file, (later, later))
    assert build_ui.build([ui_file], out, force=False) == [out / "ui_about_dialog.py"]


def test_check_fails_on_missing_and_stale_modules(
    forms: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = forms
    assert build_ui.main(["--check", "--forms", str(folder), "--out", str(out)]) == 1
    assert "missing" in capsys.readouterr().err
    build_ui.main(["--forms", str(folder), "--out", str(out)])
    ui_file = folder / "about_dialog.ui"
    ui_file.write_text(
        ui_file.read_text(encoding="utf-8").replace("เกี่ยวกับโปรแกรม", "เกี่ยวกับ"),
        encoding="utf-8",
    )
    assert build_ui.main(["--check", "--forms", str(folder), "--out", str(out)]) == 1
    assert "differs" in capsys.readouterr().err


def test_two_forms_with_one_root_name_are_refused(
    forms: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = forms
    shutil.copy(folder / "about_dialog.ui", folder / "copy_dialog.ui")
    assert build_ui.main(["--forms", str(folder), "--out", str(out)]) == 1
    assert "AboutDialog" in capsys.readouterr().err


# -- translations -----------------------------------------------------------------------
def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_lupdate_finds_tr_calls_and_translate_noop_marks_in_python(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "from mk3desk.domain.errors import QT_TRANSLATE_NOOP\n"
        'WEIGHT = QT_TRANSLATE_NOOP("Framework", "น้ำหนักรวมต้องเท่ากับ {total}")\n'
        "class Page:\n"
        "    def title(self):\n"
        '        return self.tr("ตัวชี้วัด")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "sample_th.ts"
    build_i18n.run_lupdate([source], ts, "th_TH", drop_obsolete=True)
    assert build_i18n.make_identity(ts) == 2
    messages = _messages(ts)
    weight = messages[("Framework", "น้ำหนักรวมต้องเท่ากับ {total}")]
    title = messages[("Page", "ตัวชี้วัด")]
    for message in (weight, title):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        assert translation.text == message.findtext("source")


def test_update_keeps_english_already_written(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text('class Page:\n    def t(self):\n        return self.tr("ตัวชี้วัด")\n')
    ts = tmp_path / "sample_en.ts"
    build_i18n.run_lupdate([source], ts, "en", drop_obsolete=False)
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            '<translation type="unfinished"></translation>', "<translation>Indicator</translation>"
        ),
        encoding="utf-8",
    )
    source.write_text(source.read_text() + '    def u(self):\n        return self.tr("คะแนน")\n')
    build_i18n.run_lupdate([source], ts, "en", drop_obsolete=False)
    messages = _messages(ts)
    assert messages[("Page", "ตัวชี้วัด")].findtext("translation") == "Indicator"
    new = messages[("Page", "คะแนน")].find("translation")
    assert new is not None and new.get("type") == "unfinished"


def test_sources_skip_generated_modules_and_include_forms() -> None:
    sources = build_i18n.source_files()
    assert ROOT / "forms" / "about_dialog.ui" in sources
    assert not any("generated" in p.parts for p in sources)


def test_ensure_compiled_builds_missing_and_stale_catalogues_only(tmp_path: Path) -> None:
    shutil.copy(ROOT / "i18n" / "qtbase_th.ts", tmp_path / "qtbase_th.ts")
    assert i18n.ensure_compiled(tmp_path) == [tmp_path / "qtbase_th.qm"]
    assert i18n.ensure_compiled(tmp_path) == []
    later = time.time() + 5
    os.utime(tmp_path / "qtbase_th.ts", (later, later))
    assert i18n.ensure_compiled(tmp_path) == [tmp_path / "qtbase_th.qm"]


def _qt_catalogue_sources(qm: Path) -> set[tuple[str, str]]:
    """(context, source) pairs stored in one of Qt's own .qm files."""
    data = qm.read_bytes()
    position, messages = 16, b""
    while position < len(data):
        tag, length = data[position], struct.unpack(">I", data[position + 1 : position + 5])[0]
        if tag == 0x69:  # the messages section
            messages = data[position + 5 : position + 5 + length]
        position += 5 + length
    pairs: set[tuple[str, str]] = set()
    current: dict[int, str] = {}
    i = 0
    while i < len(messages):
        tag = messages[i]
        i += 1
        if tag == 1:  # end of one message
            pairs.add((current.get(7, ""), current.get(6, "")))
            current = {}
            continue
        if tag == 5:
            i += 4
            continue
        length = struct.unpack(">I", messages[i : i + 4])[0]
        i += 4
        if length == 0xFFFFFFFF:
            continue
        if tag in (6, 7):
            current[tag] = messages[i : i + length].decode("utf-8")
        i += length
    return pairs


def test_qtbase_thai_uses_the_exact_strings_of_the_installed_qt() -> None:
    # A source string that differs by one character from Qt's is silently never used.
    import PySide6

    qm = Path(PySide6.__file__).parent / "Qt" / "translations" / "qtbase_de.qm"
    if not qm.exists():
        pytest.skip("this PySide6 ships no Qt catalogues to compare with")
    known = _qt_catalogue_sources(qm)
    ours = set(_messages(ROOT / "i18n" / "qtbase_th.ts"))
    assert len(ours) > 200
    assert ours - known == set()
