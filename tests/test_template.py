"""The FY 2567 framework template and its loader (mk3desk.domain.template)."""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from mk3desk.domain.errors import ValidationError
from mk3desk.domain.framework import (
    Direction,
    Framework,
    IndicatorKind,
    Level,
    OutcomeRuleType,
)
from mk3desk.domain.template import (
    framework_from_dict,
    framework_to_dict,
    list_templates,
    load_framework,
    parse_framework_yaml,
)
from mk3desk.paths import frameworks_dir

REPO = Path(__file__).resolve().parent.parent
# libyaml's dumper when present: the test data are 100 kB and the pure-Python one is slow.
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
SHIPPED = frameworks_dir() / "pmqa40-fy2567.yaml"
CHECKLISTS = REPO / "tools" / "data" / "pmqa40-checklists.txt"

# Criteria per level (basic, advance, significance), counted in pmqa40-checklists.txt.
EXPECTED_COUNTS: dict[str, tuple[int, int, int]] = {
    "1.1": (3, 1, 1), "1.2": (3, 3, 3), "1.3": (3, 2, 1), "1.4": (4, 2, 2),
    "2.1": (4, 2, 1), "2.2": (2, 1, 2), "2.3": (3, 2, 3), "2.4": (1, 3, 3),
    "3.1": (1, 1, 1), "3.2": (1, 1, 1), "3.3": (3, 1, 2), "3.4": (3, 2, 2),
    "4.1": (3, 2, 2), "4.2": (2, 2, 2), "4.3": (2, 2, 2), "4.4": (2, 3, 1),
    "5.1": (2, 3, 3), "5.2": (4, 4, 2), "5.3": (2, 3, 3), "5.4": (3, 2, 2),
    "6.1": (2, 2, 2), "6.2": (3, 4, 2), "6.3": (2, 2, 2), "6.4": (2, 3, 2),
}  # fmt: skip

CATEGORY_TITLES = {
    1: "การนำองค์การ",
    2: "การวางแผนเชิงยุทธศาสตร์",
    3: "การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย",
    4: "การวัด การวิเคราะห์ และการจัดการความรู้",
    5: "การมุ่งเน้นบุคลากร",
    6: "การมุ่งเน้นระบบปฏิบัติการ",
    7: "ผลลัพธ์การดำเนินการ",
}


@pytest.fixture(scope="module")
def shipped() -> Framework:
    return load_framework(SHIPPED)


@pytest.fixture(scope="module")
def _shipped_data() -> dict[str, Any]:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def data(_shipped_data: dict[str, Any]) -> dict[str, Any]:
    """A fresh, editable copy of the shipped template as plain YAML data."""
    return copy.deepcopy(_shipped_data)


def write(tmp_path: Path, data: Any, name: str = "bad.yaml") -> Path:
    path = tmp_path / name
    path.write_text(
        yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return path


def load_error(path: Path) -> str:
    with pytest.raises(ValidationError) as info:
        load_framework(path)
    return str(info.value)


def outcome(data: dict[str, Any], code: str) -> dict[str, Any]:
    category_7 = next(c for c in data["categories"] if c["number"] == 7)
    return next(i for i in category_7["indicators"] if i["code"] == code)


# ------------------------------------------------------------------------------ shipped file


def test_shipped_template_header(shipped: Framework) -> None:
    assert shipped.fiscal_year == 2567
    assert "PMQA 4.0" in shipped.title
    assert "แม่แบบ" in shipped.note
    assert "โปรดตรวจสอบกับคู่มือการประเมินของ สพฐ. ประจำปี" in shipped.note
    assert shipped.target == Decimal("4.50000") and str(shipped.target) == "4.50000"
    assert shipped.policy.decimals == 5
    assert shipped.policy.rounding == "ROUND_HALF_UP"
    assert shipped.adjustments == ()
    assert [(b.name, b.min_score) for b in shipped.bands] == [
        ("ต่ำกว่าเกณฑ์", Decimal(0)),
        ("ระดับพื้นฐาน", Decimal(3)),
        ("ระดับก้าวหน้า", Decimal(4)),
        ("มุ่งสู่ระบบราชการ 4.0", Decimal("4.5")),
    ]


def test_shipped_template_keeps_thai_readable() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert "\\u0e" not in text.lower()  # Thai written as itself, not escaped
    assert "title: การนำองค์การ" in text
    assert "ยังไม่ได้ยืนยัน" in text  # bands and weights are marked as to check


def test_category_titles_and_weights(shipped: Framework) -> None:
    assert {c.number: c.title for c in shipped.categories} == CATEGORY_TITLES
    assert all(c.weight == 1 for c in shipped.categories)


def test_twenty_four_process_items_with_three_levels(shipped: Framework) -> None:
    process = [i for i in shipped.indicators() if i.kind is IndicatorKind.PROCESS]
    assert [i.code for i in process] == list(EXPECTED_COUNTS)
    for item in process:
        assert item.title and item.weight == 1
        assert set(item.level_titles) == set(Level), item.code
        for level, prefix in zip(Level, "BAS", strict=True):
            keys = [c.key for c in item.criteria_at(level)]
            assert keys == [f"{prefix}{n}" for n in range(1, len(keys) + 1)], item.code
            assert keys, f"{item.code} has no {level} criteria"


def test_criteria_counts_match_the_checklists(shipped: Framework) -> None:
    for code, counts in EXPECTED_COUNTS.items():
        item = shipped.indicator(code)
        assert tuple(len(item.criteria_at(level)) for level in Level) == counts, code


def test_criteria_texts_are_clean_and_sub_points_on_their_own_lines(shipped: Framework) -> None:
    item_52 = shipped.indicator("5.2")
    assert item_52.level_titles[Level.BASIC] == (
        "สภาพแวดล้อมในการทำงานที่\n- ปลอดภัย\n- สนับสนุนการทำงานที่มีประสิทธิภาพ"
        "\n- คล่องตัว\n- ร่วมกันทำงานให้เกิดประสิทธิผล"
    )
    assert shipped.indicator("1.1").criteria[0].text == (
        "ผู้บริหารกำหนดวิสัยทัศน์ ยุทธศาสตร์ เป้าหมายและตัวชี้วัด ชัดเจนตอบสนอง ต่อพันธกิจและภาระหน้าที่ของส่วนราชการ"
    )
    for item in shipped.indicators():
        for text in [c.text for c in item.criteria] + list(item.level_titles.values()):
            assert text == text.strip() and "  " not in text, item.code
            assert " / -" not in text, item.code


def test_criteria_counts_equal_the_checklist_source(shipped: Framework) -> None:
    counts: dict[str, list[int]] = {}
    code, level = "", 0
    for line in CHECKLISTS.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"## (\d\.\d) ", line):
            code = m[1]
            counts[code] = [0, 0, 0]
        elif m := re.match(r"  \[(basic|advance|significance)\]", line):
            level = [lv.value for lv in Level].index(m[1])
        elif line.startswith("     -  "):
            counts[code][level] += 1
    assert {k: tuple(v) for k, v in counts.items()} == EXPECTED_COUNTS
    for code, (basic, advance, significance) in EXPECTED_COUNTS.items():
        item = shipped.indicator(code)
        assert len(item.criteria) == basic + advance + significance


def test_committed_yaml_is_what_the_generator_writes() -> None:
    script = REPO / "tools" / "make_fy2567_template.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_outcome_indicators_are_a_valid_representative_set(shipped: Framework) -> None:
    category_7 = next(c for c in shipped.categories if c.number == 7)
    indicators = category_7.indicators
    assert 8 <= len(indicators) <= 10
    assert {i.code.rsplit(".", 1)[0] for i in indicators} == {f"7.{n}" for n in range(1, 7)}
    for ind in indicators:
        assert ind.kind is IndicatorKind.OUTCOME and ind.rule is not None
        assert ind.unit and ind.guide and ind.target is not None, ind.code
        ind.rule.validate(ind.code)
    rules = [i.rule for i in indicators if i.rule is not None]
    assert any(r.direction is Direction.LOWER_IS_BETTER for r in rules)
    assert any(r.rule_type is OutcomeRuleType.RATIO for r in rules)
    lower = next(r for r in rules if r.direction is Direction.LOWER_IS_BETTER)
    assert list(lower.thresholds) == sorted(lower.thresholds, reverse=True)
    assert {i.unit for i in indicators} >= {"ร้อยละ", "บาท"}


def test_list_templates_offers_the_shipped_file() -> None:
    infos = list_templates()
    shipped = next(info for info in infos if info.path.name == "pmqa40-fy2567.yaml")
    assert shipped.fiscal_year == 2567 and "PMQA 4.0" in shipped.title
    assert shipped.note.startswith("แม่แบบ")


def test_list_templates_newest_first_and_skips_broken_files(
    tmp_path: Path, data: dict[str, Any]
) -> None:
    write(tmp_path, data, "a-2567.yaml")
    data["fiscal_year"] = 2568
    write(tmp_path, data, "b-2568.yml")
    (tmp_path / "broken.yaml").write_text("title: [ไม่ปิดวงเล็บ\n", encoding="utf-8")
    (tmp_path / "readme.txt").write_text("not a template", encoding="utf-8")
    infos = list_templates(tmp_path)
    assert [(i.path.name, i.fiscal_year) for i in infos] == [
        ("b-2568.yml", 2568),
        ("a-2567.yaml", 2567),
    ]


# ------------------------------------------------------------------------------ round trip


def test_dict_round_trip_is_equal(shipped: Framework) -> None:
    assert framework_from_dict(framework_to_dict(shipped)) == shipped


def test_dict_is_plain_yaml_data_and_survives_a_text_round_trip(shipped: Framework) -> None:
    text = yaml.dump(framework_to_dict(shipped), Dumper=DUMPER, allow_unicode=True, sort_keys=False)
    again = parse_framework_yaml(text, "copy.yaml")
    assert again == shipped
    assert str(again.indicator("7.2.1").rule.thresholds[0]) == "3.50"  # type: ignore[union-attr]


# ------------------------------------------------------------------------------ exact numbers


def yaml_with_plain_numbers(data: dict[str, Any], numbers: dict[str, str]) -> str:
    """Dump *data*, then put each placeholder's number back unquoted, as a clerk types it."""
    text = yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False)
    for placeholder, number in numbers.items():
        text = text.replace(f"'{placeholder}'", number)
    return text


def test_plain_yaml_numbers_are_exact_decimals(data: dict[str, Any]) -> None:
    data["target"] = "@target"
    outcome(data, "7.5.2")["rule"]["thresholds"] = [f"@t{n}" for n in range(1, 6)]
    numbers = {"@target": "4.50000", "@t1": "0.5", "@t2": "0.4", "@t3": "0.3"}
    text = yaml_with_plain_numbers(data, numbers | {"@t4": "0.2", "@t5": "0.1"})
    assert "target: 4.50000\n" in text
    framework = parse_framework_yaml(text, "plain.yaml")
    assert str(framework.target) == "4.50000"
    rule = framework.indicator("7.5.2").rule
    assert rule is not None
    assert rule.thresholds == tuple(Decimal(s) for s in ("0.5", "0.4", "0.3", "0.2", "0.1"))
    assert all(isinstance(t, Decimal) for t in rule.thresholds)
    # 0.1 + 0.2 is 0.30000000000000004 in float; the template's numbers add up exactly.
    assert rule.thresholds[4] + rule.thresholds[3] == rule.thresholds[2]


def test_leading_zero_is_base_ten_not_octal(data: dict[str, Any]) -> None:
    outcome(data, "7.6.2")["rule"]["thresholds"] = [f"@t{n}" for n in range(1, 6)]
    numbers = {"@t1": "01", "@t2": "02", "@t3": "03", "@t4": "04", "@t5": "010"}
    rule = parse_framework_yaml(yaml_with_plain_numbers(data, numbers)).indicator("7.6.2").rule
    assert rule is not None and rule.thresholds[-1] == Decimal(10)


def test_float_in_a_dict_is_refused(data: dict[str, Any]) -> None:
    data["target"] = 4.5
    with pytest.raises(ValidationError, match='ช่อง "target" เป็น float'):
        framework_from_dict(data, "code.yaml")


def test_infinity_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "inf.yaml"
    path.write_text("title: x\nfiscal_year: 2567\ntarget: .inf\ncategories: []\n", encoding="utf-8")
    message = load_error(path)
    assert "ไฟล์ inf.yaml บรรทัด 3" in message and ".inf" in message


# ------------------------------------------------------------------------------ bad files


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "syntax.yaml"
    path.write_text("title: แม่แบบ\nfiscal_year: 2567\ncategories: [\n  - number: 1\n", "utf-8")
    message = load_error(path)
    assert message.startswith("ไฟล์ syntax.yaml บรรทัด ")
    assert "รูปแบบ YAML ไม่ถูกต้อง" in message


def test_duplicate_key_is_an_error_not_a_silent_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text("title: a\nfiscal_year: 2567\ntitle: b\ncategories: []\n", "utf-8")
    assert load_error(path) == 'ไฟล์ dup.yaml บรรทัด 3: ชื่อช่อง "title" ซ้ำกัน'


def test_thresholds_out_of_order_names_category_and_indicator(
    tmp_path: Path, data: dict[str, Any]
) -> None:
    outcome(data, "7.2.1")["rule"]["thresholds"] = ["3.50", "4.00", "3.75", "4.25", "4.50"]
    message = load_error(write(tmp_path, data))
    assert message.startswith("ไฟล์ bad.yaml หมวด 7 ตัวชี้วัด 7.2.1: ")
    assert "ไม่เรียงลำดับ" in message


def test_lower_is_better_needs_descending_thresholds(tmp_path: Path, data: dict[str, Any]) -> None:
    outcome(data, "7.2.2")["rule"]["thresholds"] = ["3", "6", "9", "12", "15"]
    assert "หมวด 7 ตัวชี้วัด 7.2.2: " in load_error(write(tmp_path, data))


def test_missing_code_names_the_position(tmp_path: Path, data: dict[str, Any]) -> None:
    del data["categories"][1]["indicators"][2]["code"]
    message = load_error(write(tmp_path, data))
    assert message == 'ไฟล์ bad.yaml หมวด 2 ตัวชี้วัดลำดับที่ 3: ไม่มีช่อง "code" ซึ่งต้องระบุ'


def test_unknown_rule_type(tmp_path: Path, data: dict[str, Any]) -> None:
    outcome(data, "7.1.1")["rule"]["type"] = "curve"
    message = load_error(write(tmp_path, data))
    assert message.startswith("ไฟล์ bad.yaml หมวด 7 ตัวชี้วัด 7.1.1 rule: ")
    assert '"curve"' in message and "thresholds, ratio" in message


def test_unknown_level(tmp_path: Path, data: dict[str, Any]) -> None:
    levels = data["categories"][0]["indicators"][0]["levels"]
    levels["expert"] = levels.pop("significance")
    message = load_error(write(tmp_path, data))
    assert "หมวด 1 ตัวชี้วัด 1.1" in message and '"expert"' in message
    assert "basic, advance, significance" in message


def test_level_without_criteria(tmp_path: Path, data: dict[str, Any]) -> None:
    data["categories"][2]["indicators"][0]["levels"]["advance"]["criteria"] = {}
    message = load_error(write(tmp_path, data))
    assert message == "ไฟล์ bad.yaml หมวด 3 ตัวชี้วัด 3.1: ระดับก้าวหน้า (Advance) ต้องมีเกณฑ์อย่างน้อย 1 ข้อ"


def test_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    message = load_error(write(tmp_path, ["หมวด 1", "หมวด 2"]))
    assert message.startswith("ไฟล์ bad.yaml: ต้องเป็นชุดข้อมูลแบบ")
    assert "รายการ (list)" in message


def test_wrong_type_and_typo_in_a_field_name(tmp_path: Path, data: dict[str, Any]) -> None:
    data["categories"][0]["weight"] = "หนึ่ง"
    assert 'หมวด 1: ช่อง "weight" ต้องเป็นตัวเลข (พบ "หนึ่ง")' in load_error(write(tmp_path, data))
    data["categories"][0]["weight"] = "1"
    data["categories"][0]["indicators"][1]["wieght"] = "2"
    message = load_error(write(tmp_path, data))
    assert 'หมวด 1 ตัวชี้วัด 1.2: ไม่รู้จักช่อง "wieght"' in message


def test_christian_era_year_is_caught(tmp_path: Path, data: dict[str, Any]) -> None:
    data["fiscal_year"] = 2024
    assert "ปี พ.ศ." in load_error(write(tmp_path, data))


def test_duplicate_indicator_code(tmp_path: Path, data: dict[str, Any]) -> None:
    data["categories"][1]["indicators"][0]["code"] = "1.1"
    assert load_error(write(tmp_path, data)) == "ไฟล์ bad.yaml: รหัสตัวชี้วัด 1.1 ซ้ำกัน"


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    assert load_error(tmp_path / "missing.yaml").startswith("อ่านไฟล์ missing.yaml ไม่ได้")
    path = tmp_path / "tis620.yaml"
    path.write_bytes("title: แม่แบบ\n".encode("tis-620"))
    assert load_error(path) == "ไฟล์ tis620.yaml ไม่ได้บันทึกเป็นข้อความ UTF-8"


def test_utf8_bom_from_notepad_is_accepted(tmp_path: Path, data: dict[str, Any]) -> None:
    path = write(tmp_path, data, "bom.yaml")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_framework(path).fiscal_year == 2567
