"""Act feeds the next year: the carry-forward matching rule (domain.carry_forward)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mk3desk.domain.carry_forward import (
    ActItems,
    code_key,
    improvement_items,
    match_items,
    starting_plan,
    unmatched_lines,
)
from mk3desk.domain.thainum import to_thai_digits


def test_items_are_lines_without_bullets_or_numbering() -> None:
    text = "- ปรับปฏิทินให้เร็วขึ้น\n\n• เพิ่มการนิเทศ\n1. ประชุมทุกเดือน\n๒) สรุปบทเรียน\n1.1 ยังเป็นข้อความ"
    assert improvement_items(text) == (
        "ปรับปฏิทินให้เร็วขึ้น",
        "เพิ่มการนิเทศ",
        "ประชุมทุกเดือน",
        "สรุปบทเรียน",
        "1.1 ยังเป็นข้อความ",
    )


def test_items_go_to_the_same_code_and_the_rest_are_listed() -> None:
    plan = match_items(
        [
            ActItems("1.1", "การวางแผน", ("ก", "ข")),
            ActItems("๒.๔", "ข้อมูล", ("ค",)),
            ActItems("3.9", "ตัวที่เลิกใช้", ("ง",)),
            ActItems("4.1", "ไม่มีข้อปรับปรุง", ()),
        ],
        ["1.1", "2.4", "4.1"],
    )
    assert plan.matched == {"1.1": ("ก", "ข"), "2.4": ("ค",)}
    assert [a.code for a in plan.unmatched] == ["3.9"]
    (line,) = unmatched_lines(plan, 2568)
    assert "3.9" in line and "ไม่มีในปีงบประมาณ 2568" in line and "1 ข้อ" in line


def test_the_starting_plan_heads_the_items_above_what_is_there() -> None:
    assert starting_plan(("ก", "ข"), 2567) == "ข้อปรับปรุงจากปีงบประมาณ 2567 (Act):\n- ก\n- ข"
    assert starting_plan(("ก",), 2567, "แผนเดิม").endswith("\n- ก\n\nแผนเดิม")
    assert starting_plan((), 2567, "แผนเดิม") == "แผนเดิม"


_pool = [f"{c}.{n}" for c in range(1, 8) for n in range(1, 10)]
_codes = st.lists(st.sampled_from(_pool), max_size=12, unique=True)
_items = st.lists(st.sampled_from(["ก", "ข ค", "ปรับแผน"]), max_size=3).map(tuple)
# The machine running the suite is shared: no timing health checks.
_patient = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60)


@_patient
@given(old=st.dictionaries(st.sampled_from(_pool), _items, max_size=10), new=_codes)
def test_every_item_lands_once(old: dict[str, tuple[str, ...]], new: list[str]) -> None:
    acts = [ActItems(code, "", items) for code, items in old.items()]
    plan = match_items(acts, new)
    # Every non-empty indicator is either matched to a code of next year or listed.
    assert set(plan.matched) <= set(new)
    listed = {a.code for a in plan.unmatched}
    for act in acts:
        if not act.items:
            assert act.code not in plan.matched and act.code not in listed
        elif act.code in new:
            assert plan.matched[act.code] == act.items and act.code not in listed
        else:
            assert act.code in listed and act.code not in plan.matched


@_patient
@given(code=st.from_regex(r"[1-7]\.[0-9](\.[0-9])?", fullmatch=True))
def test_thai_digits_and_spaces_do_not_break_a_match(code: str) -> None:
    written = " " + to_thai_digits(code).replace(".", " .") + " "
    assert code_key(written) == code_key(code)
    plan = match_items([ActItems(written, "", ("ก",))], [code])
    assert plan.matched == {code: ("ก",)} and not plan.unmatched


@_patient
@given(st.lists(st.text(alphabet="กขค ปรับ", min_size=1, max_size=8), max_size=6))
def test_items_survive_a_round_trip_through_the_plan(items: list[str]) -> None:
    cleaned = tuple(i for i in (" ".join(x.split()) for x in items) if i)
    text = starting_plan(cleaned, 2567)
    assert improvement_items(text)[1:] == cleaned
