"""The drafts file (ui/drafts.py) when it is damaged: what it held is kept aside, never
overwritten by the next draft, and the program goes on."""

from __future__ import annotations

from pathlib import Path

from mk3desk.ui.drafts import Draft, Drafts


def test_a_damaged_drafts_file_is_kept_aside_and_new_drafts_still_kept(tmp_path: Path) -> None:
    drafts = Drafts("sqlite:///office.sqlite3", tmp_path)
    drafts.keep(7, "plan_text", Draft("แผนที่พิมพ์ไว้", ""))
    damaged = '{"drafts": {"7/plan_text": {"text": "แผนที่พิมพ์ไว้"'  # cut off mid-write
    drafts.path.write_text(damaged, encoding="utf-8")
    assert drafts.all() == {}
    aside = drafts.path.with_name(f"{drafts.path.stem}.damaged.json")
    assert aside.read_text(encoding="utf-8") == damaged
    drafts.keep(8, "do_log", Draft("บันทึกใหม่", "เดิม"))
    assert drafts.get(8, "do_log") == Draft("บันทึกใหม่", "เดิม")
    assert aside.read_text(encoding="utf-8") == damaged  # not overwritten


def test_entries_of_the_wrong_shape_are_passed_over(tmp_path: Path) -> None:
    drafts = Drafts("sqlite:///office.sqlite3", tmp_path)
    drafts.path.write_text(
        '{"drafts": {"7/plan_text": "not a draft", "8/do_log": {"text": "ข้อความ", "base": ""}}}',
        encoding="utf-8",
    )
    assert drafts.all() == {"8/do_log": Draft("ข้อความ", "")}
