#!/usr/bin/env python3
"""Write resources/frameworks/pmqa40-fy2567.yaml, the FY 2567 framework template.

Items 1.1-6.4 and their checklists come from the transcription
``tools/data/pmqa40-checklists.txt`` (kept in the repository, corrected spelling);
the header, the bands and the category-7 outcome indicators are written here.
The YAML is committed, so the product never needs the transcription at run
time: this script is kept for provenance and for regenerating after a fix.

    python tools/make_fy2567_template.py            # write the YAML
    python tools/make_fy2567_template.py --check    # exit 1 if the YAML is stale
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mk3desk.domain.framework import (  # noqa: E402 - after the path fix above
    Band,
    Category,
    Criterion,
    Direction,
    Framework,
    Indicator,
    IndicatorKind,
    Level,
    OutcomeRule,
    OutcomeRuleType,
    ScoringPolicy,
)
from mk3desk.domain.template import framework_to_dict, load_framework  # noqa: E402
from mk3desk.domain.text import normalise_text  # noqa: E402

SOURCE = REPO / "tools" / "data" / "pmqa40-checklists.txt"
OUTPUT = REPO / "resources" / "frameworks" / "pmqa40-fy2567.yaml"

# DOMAIN.md spells the category titles this way (the official PMQA 4.0 names).
CATEGORY_TITLES = {
    1: "การนำองค์การ",
    2: "การวางแผนเชิงยุทธศาสตร์",
    3: "การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย",
    4: "การวัด การวิเคราะห์ และการจัดการความรู้",
    5: "การมุ่งเน้นบุคลากร",
    6: "การมุ่งเน้นระบบปฏิบัติการ",
    7: "ผลลัพธ์การดำเนินการ",
}
KEY_PREFIX = {Level.BASIC: "B", Level.ADVANCE: "A", Level.SIGNIFICANCE: "S"}

TITLE = (
    "การประเมินสถานะการเป็นระบบราชการ 4.0 (PMQA 4.0) และตัวชี้วัดผลลัพธ์ "
    "ของสำนักงานเขตพื้นที่การศึกษา ปีงบประมาณ พ.ศ. 2567 (แม่แบบ)"
)
NOTE = "\n".join(
    [
        "แม่แบบกรอบการประเมิน ปีงบประมาณ พ.ศ. 2567 โปรดตรวจสอบกับคู่มือการประเมินของ สพฐ. ประจำปี ก่อนใช้งาน",
        "- ข้อ 1.1–6.4 และเกณฑ์ทั้ง 3 ระดับ ถอดความจากระบบงาน PMQA 4.0 ของส่วนราชการแห่งหนึ่ง "
        "(ฉบับไม่เป็นทางการ) ถ้อยคำอาจต่างจากคู่มือของ สพฐ.",
        "- ตัวชี้วัดหมวด 7 เป็นชุดตัวอย่าง ให้แก้ชื่อ หน่วย ค่าเป้าหมาย และค่าเกณฑ์ให้ตรงกับตัวชี้วัดของสำนักงานในปีนั้น",
        "- น้ำหนักหมวดละ 1 ระดับผลการประเมิน และค่าเป้าหมาย 4.50000 ยังไม่ได้ยืนยันกับสูตรทางการของ สพฐ.",
    ]
)

BANDS = (
    ("ต่ำกว่าเกณฑ์", "0.00"),
    ("ระดับพื้นฐาน", "3.00"),
    ("ระดับก้าวหน้า", "4.00"),
    ("มุ่งสู่ระบบราชการ 4.0", "4.50"),
)

# (code, title, unit, target, rule, guide); a rule is ("thresholds", direction, T1..T5)
# or ("ratio", direction, floor, ceiling). Targets of threshold rules sit at level 3,
# the usual convention of Thai public-sector KPIs (unverified for OBEC).
OUTCOMES: tuple[tuple[str, str, str, str, tuple[str, ...], str], ...] = (
    (
        "7.1.1",
        "ร้อยละของนักเรียนชั้นประถมศึกษาปีที่ 1 ที่มีผลการประเมินความสามารถด้านการอ่าน (RT) ระดับดีขึ้นไป",
        "ร้อยละ",
        "70",
        ("thresholds", "higher", "60", "65", "70", "75", "80"),
        "ใช้ผลการประเมิน RT ปีการศึกษาล่าสุดจากระบบของ สพฐ. คำนวณ = จำนวนนักเรียนที่ได้ระดับดีขึ้นไป × 100 ÷ "
        "จำนวนนักเรียนที่เข้ารับการประเมิน แสดงข้อมูลย้อนหลัง 3 ปี อธิบายแนวโน้ม "
        "และโครงการที่ทำให้ผลดีขึ้น แนบรายงานผลจากระบบเป็นหลักฐาน",
    ),
    (
        "7.1.2",
        "ร้อยละของการเบิกจ่ายงบประมาณภาพรวมของ สพท. เทียบกับเป้าหมายการเบิกจ่าย",
        "ร้อยละ",
        "98",
        ("ratio", "higher", "80", "100"),
        "ใช้ข้อมูลจากระบบ GFMIS ณ วันสิ้นปีงบประมาณ (30 กันยายน) คะแนนคิดจากร้อยละความสำเร็จ "
        "(ผลการเบิกจ่าย ÷ ค่าเป้าหมาย) ระหว่างค่าขั้นต่ำกับค่าเต็ม แนบรายงานผลการเบิกจ่ายรายไตรมาส "
        "และอธิบายเหตุผลของรายการที่เบิกจ่ายไม่ทัน",
    ),
    (
        "7.2.1",
        "ระดับความพึงพอใจของผู้รับบริการต่อการให้บริการของ สพท.",
        "คะแนน (เต็ม 5)",
        "4.00",
        ("thresholds", "higher", "3.50", "3.75", "4.00", "4.25", "4.50"),
        "สำรวจด้วยแบบสอบถามมาตราส่วน 5 ระดับ ให้ครอบคลุมผู้รับบริการทุกกลุ่ม (สถานศึกษา ครู "
        "บุคลากร ผู้ปกครอง ประชาชน) ระบุจำนวนผู้ตอบ วิธีเลือกกลุ่มตัวอย่าง และช่วงเวลาเก็บข้อมูล "
        "รายงานค่าเฉลี่ยพร้อมข้อเสนอแนะ และการนำผลไปปรับปรุงบริการ",
    ),
    (
        "7.2.2",
        "ระยะเวลาเฉลี่ยในการจัดการเรื่องร้องเรียนจนแจ้งผลแก่ผู้ร้องเรียน",
        "วัน",
        "9",
        ("thresholds", "lower", "15", "12", "9", "6", "3"),
        "ยิ่งน้อยยิ่งดี นับจากวันที่ลงทะเบียนรับเรื่องจนถึงวันที่แจ้งผลแก่ผู้ร้องเรียน "
        "แล้วเฉลี่ยทุกเรื่องในปีงบประมาณ แนบทะเบียนรับเรื่องร้องเรียนและหลักฐานการแจ้งผล "
        "หากไม่มีเรื่องร้องเรียน ให้บันทึกไว้พร้อมหลักฐานว่าช่องทางรับเรื่องเปิดให้บริการตลอดปี",
    ),
    (
        "7.3.1",
        "ร้อยละของบุคลากรใน สพท. ที่ได้รับการพัฒนาตามแผนพัฒนาบุคลากรไม่น้อยกว่า 20 ชั่วโมงต่อปี",
        "ร้อยละ",
        "90",
        ("thresholds", "higher", "80", "85", "90", "95", "100"),
        "ใช้ข้อมูลการพัฒนารายบุคคล (ID Plan) นับเฉพาะการพัฒนาที่มีหลักฐาน เช่น เกียรติบัตร "
        "คำสั่งไปราชการ หรือรายงานการอบรม หารด้วยจำนวนบุคลากรที่ปฏิบัติงานจริง ณ วันสิ้นปีงบประมาณ",
    ),
    (
        "7.4.1",
        "คะแนนผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
        "คะแนน (เต็ม 100)",
        "85",
        ("thresholds", "higher", "75", "80", "85", "90", "95"),
        "ใช้คะแนน ITA ที่ประกาศสำหรับ สพท. ในปีงบประมาณนั้น ตรวจการเผยแพร่ข้อมูลสาธารณะ (OIT) "
        "บนเว็บไซต์ให้ครบทุกข้อก่อนปิดระบบ แนบประกาศผลคะแนนและสรุปข้อเสนอแนะเพื่อการพัฒนา",
    ),
    (
        "7.5.1",
        "ร้อยละของสถานศึกษาในสังกัดที่มีผลการประเมินคุณภาพภายในระดับดีเลิศขึ้นไป",
        "ร้อยละ",
        "70",
        ("thresholds", "higher", "60", "65", "70", "75", "80"),
        "ใช้รายงานการประเมินตนเองของสถานศึกษา (SAR) ปีการศึกษาล่าสุด นับสถานศึกษาที่ได้ระดับดีเลิศขึ้นไป "
        "ในภาพรวม หารด้วยจำนวนสถานศึกษาในสังกัดทั้งหมด แนบตารางสรุปรายโรงเรียน "
        "และผลการนิเทศ ติดตามที่เกี่ยวข้อง",
    ),
    (
        "7.5.2",
        "ร้อยละของนักเรียนในสังกัดที่ออกกลางคัน",
        "ร้อยละ",
        "0.30",
        ("thresholds", "lower", "0.50", "0.40", "0.30", "0.20", "0.10"),
        "ยิ่งน้อยยิ่งดี ใช้ข้อมูลนักเรียนรายบุคคล (DMC) ต้นปีและปลายปีการศึกษา คำนวณ = จำนวนนักเรียนออกกลางคัน "
        "× 100 ÷ จำนวนนักเรียนต้นปีการศึกษา จำแนกสาเหตุ และแนบมาตรการติดตามช่วยเหลือนักเรียนกลุ่มเสี่ยง",
    ),
    (
        "7.6.1",
        "จำนวนเงินค่าสาธารณูปโภค (ไฟฟ้า น้ำประปา โทรศัพท์) ของ สพท. ที่ลดลงเมื่อเทียบกับปีงบประมาณก่อน",
        "บาท",
        "20000",
        ("ratio", "higher", "0", "100"),
        "เปรียบเทียบใบแจ้งหนี้ทั้ง 12 เดือนกับปีงบประมาณก่อน คะแนนคิดจากร้อยละของเงินที่ลดได้เทียบกับค่าเป้าหมาย "
        "บันทึกมาตรการประหยัดที่ใช้ (เช่น ปิดไฟและเครื่องปรับอากาศช่วงพักกลางวัน) "
        "และแนบตารางสรุปค่าใช้จ่ายรายเดือน",
    ),
    (
        "7.6.2",
        "จำนวนนวัตกรรมหรือแนวปฏิบัติที่ดีด้านการบริหารจัดการที่ สพท. พัฒนาและนำไปใช้จริง",
        "เรื่อง",
        "3",
        ("thresholds", "higher", "1", "2", "3", "4", "5"),
        "นับเฉพาะนวัตกรรมที่ใช้งานจริงในปีงบประมาณ เขียนสรุปแต่ละเรื่องตามวงจร PDCA: ปัญหา แนวคิด "
        "วิธีดำเนินการ ผลก่อนและหลังใช้ และหลักฐาน (ตัวอย่าง: MK3 Model ของ สพป.มหาสารคาม เขต 3)",
    ),
)


# ------------------------------------------------------------------------------ parsing

CATEGORY_RE = re.compile(r"=====หมวด (\d)")
ITEM_RE = re.compile(r"## (\d)\.(\d) (.+)")
LEVEL_RE = re.compile(r"  \[(basic|advance|significance)\]")
TITLE_RE = re.compile(r"    title: (.+)")
CRITERION_RE = re.compile(r"     -  (.+)")
SUB_POINT_RE = re.compile(r"\s+/\s*-\s*")  # " / - " and " / -" start a sub-point


class SourceError(Exception):
    def __init__(self, line_no: int, message: str) -> None:
        super().__init__(f"{SOURCE.name}:{line_no}: {message}")


def clean(text: str) -> str:
    # normalise_text also puts marks typed in the wrong order right (e.g. a tone before a vowel).
    return normalise_text(re.sub(r"\s+", " ", text))


def with_sub_points(text: str) -> str:
    """Put each " / - " sub-point on its own line, as the printed checklist shows it."""
    parts = [clean(part) for part in SUB_POINT_RE.split(clean(text))]
    dashed = parts[0].startswith("-")
    first = re.sub(r"^-\s*", "", parts[0])
    if len(parts) == 1:
        return first
    subs = [f"- {part}" for part in parts[1:]]
    return "\n".join([f"- {first}" if dashed else first, *subs])


@dataclass
class ParsedItem:
    code: str
    title: str
    titles: dict[Level, str] = field(default_factory=dict)
    criteria: dict[Level, list[str]] = field(default_factory=dict)


def parse_checklists(text: str) -> dict[int, list[ParsedItem]]:
    """Items per category; refuses any line that is not in the usual pattern."""
    categories: dict[int, list[ParsedItem]] = {}
    category: int | None = None
    item: ParsedItem | None = None
    level: Level | None = None
    for no, line in enumerate(text.splitlines(), start=1):
        line = line.rstrip()
        if not line.strip() or line.startswith("# "):
            continue
        if m := CATEGORY_RE.fullmatch(line):
            category, item, level = int(m[1]), None, None
            if category in categories:
                raise SourceError(no, f"category {category} appears twice")
            categories[category] = []
        elif m := ITEM_RE.fullmatch(line):
            if category is None or int(m[1]) != category:
                raise SourceError(no, f"item {m[1]}.{m[2]} outside its category")
            if int(m[2]) != len(categories[category]) + 1:
                raise SourceError(no, f"item {m[1]}.{m[2]} out of sequence")
            item, level = ParsedItem(code=f"{m[1]}.{m[2]}", title=clean(m[3])), None
            categories[category].append(item)
        elif m := LEVEL_RE.fullmatch(line):
            if item is None:
                raise SourceError(no, "level outside an item")
            level = Level(m[1])
            expected = [lv for lv in Level if lv not in item.titles][:1]
            if [level] != expected:
                raise SourceError(no, f"level {level} out of order in {item.code}")
        elif m := TITLE_RE.fullmatch(line):
            if item is None or level is None or level in item.titles:
                raise SourceError(no, "unexpected level title")
            item.titles[level] = with_sub_points(m[1])
            item.criteria[level] = []
        elif m := CRITERION_RE.fullmatch(line):
            if item is None or level is None or level not in item.titles:
                raise SourceError(no, "criterion before its level title")
            item.criteria[level].append(with_sub_points(m[1]))
        else:
            raise SourceError(no, f"line not in the usual pattern: {line!r}")
    for items in categories.values():
        for parsed in items:
            for lv in Level:
                if not parsed.criteria.get(lv):
                    raise SourceError(0, f"{parsed.code} has no criteria at level {lv}")
    return categories


# ------------------------------------------------------------------------------ building


def process_item(parsed: ParsedItem) -> Indicator:
    criteria = tuple(
        Criterion(key=f"{KEY_PREFIX[lv]}{n}", level=lv, text=text)
        for lv in Level
        for n, text in enumerate(parsed.criteria[lv], start=1)
    )
    return Indicator(
        code=parsed.code,
        title=parsed.title,
        kind=IndicatorKind.PROCESS,
        criteria=criteria,
        level_titles=dict(parsed.titles),
    )


def outcome_indicator(spec: tuple[str, str, str, str, tuple[str, ...], str]) -> Indicator:
    code, title, unit, target, rule_spec, guide = spec
    rule_type, direction, *values = rule_spec
    if rule_type == "thresholds":
        rule = OutcomeRule(
            OutcomeRuleType.THRESHOLDS,
            Direction(direction),
            thresholds=tuple(Decimal(v) for v in values),
        )
    else:
        floor, ceiling = values
        rule = OutcomeRule(
            OutcomeRuleType.RATIO,
            Direction(direction),
            floor=Decimal(floor),
            ceiling=Decimal(ceiling),
        )
    return Indicator(
        code=code,
        title=title,
        kind=IndicatorKind.OUTCOME,
        unit=unit,
        target=Decimal(target),
        rule=rule,
        guide=guide,
    )


def build_framework(checklists: str) -> Framework:
    parsed = parse_checklists(checklists)
    if sorted(parsed) != [1, 2, 3, 4, 5, 6]:
        raise SourceError(0, f"expected categories 1-6, found {sorted(parsed)}")
    categories = [
        Category(
            number=n,
            title=CATEGORY_TITLES[n],
            weight=Decimal(1),
            indicators=tuple(process_item(p) for p in parsed[n]),
        )
        for n in range(1, 7)
    ]
    categories.append(
        Category(
            number=7,
            title=CATEGORY_TITLES[7],
            weight=Decimal(1),
            indicators=tuple(outcome_indicator(spec) for spec in OUTCOMES),
        )
    )
    framework = Framework(
        fiscal_year=2567,
        title=TITLE,
        categories=tuple(categories),
        bands=tuple(Band(name=name, min_score=Decimal(score)) for name, score in BANDS),
        target=Decimal("4.50000"),
        policy=ScoringPolicy(decimals=5, rounding="ROUND_HALF_UP", outcome_min_score=Decimal(0)),
        note=NOTE,
    )
    framework.validate()
    return framework


# ------------------------------------------------------------------------------ writing


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None  # sub-points: one a line
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.SequenceNode:
    flow = all(isinstance(v, str) and "\n" not in v for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


Dumper.add_representer(str, _represent_str)
Dumper.add_representer(list, _represent_list)


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)


HEADER = """\
# แม่แบบกรอบการประเมิน PMQA 4.0 และตัวชี้วัดผลลัพธ์ ของ สพท. ปีงบประมาณ พ.ศ. 2567
# สร้างด้วย tools/make_fy2567_template.py จาก pmqa40-checklists.txt (ฉบับถอดความ ไม่เป็นทางการ)
# แก้ไขได้ด้วยโปรแกรมแก้ข้อความทั่วไป บันทึกเป็น UTF-8 แล้วนำเข้าในโปรแกรม
#
# วิธีอ่านไฟล์นี้
# - ตัวเลขเขียนในเครื่องหมายคำพูด เช่น "4.50000" หรือเขียนเป็นตัวเลขธรรมดาก็ได้
#   โปรแกรมอ่านเป็นทศนิยมตรงตามที่เขียน ไม่มีการปัดเศษ
# - หมวด 1–6: แต่ละข้อ (code) มีเกณฑ์ 3 ระดับ  basic = ระดับพื้นฐาน  advance = ระดับก้าวหน้า
#   significance = ระดับพัฒนาจนเกิดผล  รหัสเกณฑ์ B1, A1, S1 ...  บรรทัดที่ขึ้นต้นด้วย "- " คือประเด็นย่อย
# - หมวด 7: ตัวชี้วัดผลลัพธ์  rule.type = thresholds (ค่าเกณฑ์ระดับ 1–5)
#   หรือ ratio (ร้อยละความสำเร็จเทียบค่าเป้าหมาย floor = ได้ 0 คะแนน, ceiling = ได้ 5 คะแนน)
#   direction: higher = ยิ่งมากยิ่งดี, lower = ยิ่งน้อยยิ่งดี (ค่าเกณฑ์เรียงจากมากไปน้อย)
# - policy: ทศนิยม 5 ตำแหน่ง ปัดแบบ ROUND_HALF_UP; outcome_min_score = คะแนนต่ำสุดของตัวชี้วัดผลลัพธ์ (0 หรือ 1)

"""
BANDS_COMMENT = """\

# ระดับผลการประเมิน (min_score = คะแนนรวมขั้นต่ำ) — ยังไม่ได้ยืนยัน โปรดตรวจสอบกับคู่มือของ สพฐ.
"""
ADJUSTMENTS_COMMENT = """\

# ส่วนปรับคะแนนตามสูตรทางการ (kind: component = ส่วนที่มีน้ำหนักของตนเอง, offset = บวกเพิ่มจากคะแนนรวม)
# แม่แบบไม่มีรายการใด: ผู้ประสานเพิ่มเองเมื่อทราบสูตรของปีนั้น
"""
CATEGORIES_COMMENT = """\

# หมวด 1–7 (น้ำหนักหมวดละ 1 และข้อละ 1: ยังไม่ทราบน้ำหนักทางการของ สพฐ. โปรดตรวจสอบ)
"""
OUTCOMES_COMMENT = """\

# หมวด 7: ตัวชี้วัดผลลัพธ์ชุดตัวอย่าง (แม่แบบ) 7.1 พันธกิจ · 7.2 ผู้รับบริการ · 7.3 การพัฒนาบุคลากร
# · 7.4 การเป็นแบบอย่าง/ITA · 7.5 ผลกระทบ · 7.6 การลดต้นทุนและนวัตกรรม
# แก้ชื่อ หน่วย ค่าเป้าหมาย (target) และค่าเกณฑ์ให้ตรงกับตัวชี้วัดของสำนักงานในปีนั้น
# ค่าเป้าหมายของเกณฑ์แบบ thresholds ตั้งไว้ที่ระดับ 3 (แนวปฏิบัติทั่วไป ยังไม่ได้ยืนยัน)
"""


def render(framework: Framework) -> str:
    data = framework_to_dict(framework)
    head = {k: v for k, v in data.items() if k not in ("bands", "adjustments", "categories")}
    process = data["categories"][:6]
    outcome = data["categories"][6:]
    return "".join(
        [
            HEADER,
            dump(head),
            BANDS_COMMENT,
            dump({"bands": data["bands"]}),
            ADJUSTMENTS_COMMENT,
            dump({"adjustments": data["adjustments"]}),
            CATEGORIES_COMMENT,
            "categories:\n",
            dump(process),
            OUTCOMES_COMMENT,
            dump(outcome),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    framework = build_framework(args.source.read_text(encoding="utf-8"))
    text = render(framework)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    loaded = load_framework(args.out)
    if loaded != framework:  # the file must say exactly what was built
        print(f"{args.out} does not load back to the same framework", file=sys.stderr)
        return 1
    items = sum(len(c.indicators) for c in framework.categories[:6])
    print(f"wrote {args.out} ({items} process items, {len(OUTCOMES)} outcome indicators)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
