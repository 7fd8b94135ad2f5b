"""The sheets of a framework workbook and their conversion to and from domain values.

Four sheets: categories, items/indicators (with the outcome rule on the same
row: unit, direction, target, thresholds T1-T5 or floor/ceiling), criteria per
level, and result bands. Enumerations are Thai drop-down labels; the rows are
turned into a :class:`~mk3desk.domain.framework.Framework` whose own validation
(thresholds in order, weights) is the one the rest of the program uses.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.framework import (
    LEVEL_TITLES_TH,
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
)
from mk3desk.excel.columns import Column, ColumnKind, SheetSpec
from mk3desk.excel.kinds.base import Row, Rows, add_error, add_problem
from mk3desk.excel.problems import Problem, ProblemList

KEY = "framework"
TITLE_TH = QT_TRANSLATE_NOOP("ExcelKinds", "กรอบการประเมินของปี (หมวด ประเด็น เกณฑ์ ตัวชี้วัดผลลัพธ์)")
CATEGORY_SHEET = "หมวด"
INDICATOR_SHEET = "ตัวชี้วัด"
CRITERIA_SHEET = "เกณฑ์"
BAND_SHEET = "ระดับผลการประเมิน"
H_CODE = "รหัสตัวชี้วัด"
H_CATEGORY = "หมวดที่"
H_RULE = "วิธีให้คะแนน"

KIND_LABELS = {
    IndicatorKind.PROCESS: QT_TRANSLATE_NOOP("ExcelKinds", "กระบวนการ"),
    IndicatorKind.OUTCOME: QT_TRANSLATE_NOOP("ExcelKinds", "ผลลัพธ์"),
}
DIRECTION_LABELS = {
    Direction.HIGHER_IS_BETTER: QT_TRANSLATE_NOOP("ExcelKinds", "ค่ายิ่งมากยิ่งดี"),
    Direction.LOWER_IS_BETTER: QT_TRANSLATE_NOOP("ExcelKinds", "ค่ายิ่งน้อยยิ่งดี"),
}
RULE_LABELS = {
    OutcomeRuleType.THRESHOLDS: QT_TRANSLATE_NOOP("ExcelKinds", "เกณฑ์ 5 ระดับ"),
    OutcomeRuleType.RATIO: QT_TRANSLATE_NOOP("ExcelKinds", "ร้อยละของค่าเป้าหมาย"),
}
LEVEL_LABELS = dict(LEVEL_TITLES_TH)
THRESHOLD_KEYS = ("t1", "t2", "t3", "t4", "t5")
_LEVEL_TITLE_KEYS = {
    Level.BASIC: "basic_title",
    Level.ADVANCE: "advance_title",
    Level.SIGNIFICANCE: "significance_title",
}


def _reverse(labels: dict[Any, str]) -> dict[str, Any]:
    return {label: value for value, label in labels.items()}


def _dec(key: str, header: str, *, required: bool = False, fmt: str | None = None) -> Column:
    return Column(key, header, ColumnKind.DECIMAL, required, width=11, number_format=fmt)


def _choice(key: str, header: str, labels: dict[Any, str], *, required: bool = False) -> Column:
    return Column(key, header, ColumnKind.CHOICE, required, tuple(labels.values()), width=20)


def specs() -> tuple[SheetSpec, ...]:
    return (
        SheetSpec(
            CATEGORY_SHEET,
            (
                Column("number", H_CATEGORY, ColumnKind.INTEGER, True, width=8),
                Column("title", "ชื่อหมวด", required=True, width=40),
                _dec("weight", "น้ำหนัก", required=True),
            ),
            key_columns=("number",),
            instructions_th=QT_TRANSLATE_NOOP("ExcelKinds", "หนึ่งแถวต่อหนึ่งหมวด (หมวด 1–7) พร้อมน้ำหนัก"),
        ),
        SheetSpec(
            INDICATOR_SHEET,
            (
                Column("code", H_CODE, required=True, width=10),
                Column("category", H_CATEGORY, ColumnKind.INTEGER, True, width=8),
                Column("title", "ชื่อประเด็น / ตัวชี้วัด", required=True, width=50),
                _choice("kind", "ประเภท", KIND_LABELS, required=True),
                _dec("weight", "น้ำหนัก", required=True),
                Column("unit", "หน่วยนับ", width=12),
                _dec("target", "ค่าเป้าหมาย"),
                _choice("direction", "ทิศทาง", DIRECTION_LABELS),
                _choice("rule_type", H_RULE, RULE_LABELS),
                *(_dec(key, f"เกณฑ์ระดับ {n}") for n, key in enumerate(THRESHOLD_KEYS, 1)),
                _dec("floor", "ร้อยละที่ได้ 0 คะแนน"),
                _dec("ceiling", "ร้อยละที่ได้ 5 คะแนน"),
                Column("basic_title", "คำอธิบายระดับพื้นฐาน", width=30),
                Column("advance_title", "คำอธิบายระดับก้าวหน้า", width=30),
                Column("significance_title", "คำอธิบายระดับพัฒนาจนเกิดผล", width=30),
                Column("guide", "คำแนะนำการรายงาน", width=30),
            ),
            key_columns=("code",),
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds",
                "หนึ่งแถวต่อหนึ่งประเด็น (หมวด 1–6, ประเภท «กระบวนการ») หรือหนึ่งตัวชี้วัด (หมวด 7,"
                " ประเภท «ผลลัพธ์») ตัวชี้วัดผลลัพธ์ต้องระบุทิศทางและวิธีให้คะแนน: «เกณฑ์ 5 ระดับ»"
                " กรอกเกณฑ์ระดับ 1–5 (ค่ายิ่งมากยิ่งดีเรียงจากน้อยไปมาก ค่ายิ่งน้อยยิ่งดีเรียงจากมากไปน้อย)"
                " «ร้อยละของค่าเป้าหมาย» กรอกค่าเป้าหมาย และร้อยละที่ได้ 0 และ 5 คะแนน",
            ),
        ),
        SheetSpec(
            CRITERIA_SHEET,
            (
                Column("code", H_CODE, required=True, width=10),
                Column("key", "รหัสเกณฑ์", required=True, width=10),
                _choice("level", "ระดับ", LEVEL_LABELS, required=True),
                Column("text", "เกณฑ์", required=True, width=80),
            ),
            key_columns=("code", "key"),
            allow_empty=True,
            instructions_th=QT_TRANSLATE_NOOP(
                "ExcelKinds", "เกณฑ์ของประเด็นหมวด 1–6 หนึ่งแถวต่อหนึ่งเกณฑ์ รหัสเกณฑ์ เช่น B1, A1, S1"
            ),
        ),
        SheetSpec(
            BAND_SHEET,
            (
                Column("name", "ชื่อระดับ", required=True, width=30),
                _dec("min_score", "คะแนนรวมขั้นต่ำ", required=True, fmt="0.00000"),
            ),
            key_columns=("name",),
            allow_empty=True,
        ),
    )


def examples() -> dict[str, list[Row]]:
    outcome = DIRECTION_LABELS[Direction.HIGHER_IS_BETTER]
    return {
        CATEGORY_SHEET: [{"number": 1, "title": "การนำองค์การ", "weight": Decimal(1)}],
        INDICATOR_SHEET: [
            {
                "code": "7.1.1",
                "category": 7,
                "title": "ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ตามเกณฑ์",
                "kind": KIND_LABELS[IndicatorKind.OUTCOME],
                "weight": Decimal(1),
                "unit": "ร้อยละ",
                "target": Decimal(80),
                "direction": outcome,
                "rule_type": RULE_LABELS[OutcomeRuleType.THRESHOLDS],
                **dict(zip(THRESHOLD_KEYS, (60, 65, 70, 75, 80), strict=True)),
            }
        ],
        CRITERIA_SHEET: [
            {
                "code": "1.1",
                "key": "B1",
                "level": LEVEL_LABELS[Level.BASIC],
                "text": "ผู้บริหารกำหนดวิสัยทัศน์ ยุทธศาสตร์ เป้าหมายและตัวชี้วัด",
            }
        ],
        BAND_SHEET: [{"name": "มุ่งสู่ระบบราชการ 4.0", "min_score": Decimal("4.5")}],
    }


def _rule(row: Row, problems: ProblemList) -> OutcomeRule | None:
    direction = _reverse(DIRECTION_LABELS).get(str(row.get("direction")))
    rule_type = _reverse(RULE_LABELS).get(str(row.get("rule_type")))
    if rule_type is None:
        add_problem(
            problems,
            INDICATOR_SHEET,
            row,
            H_RULE,
            QT_TRANSLATE_NOOP("ExcelProblem", "ตัวชี้วัดผลลัพธ์ {code} ต้องเลือกวิธีให้คะแนน"),
            code=row["code"],
        )
        return None
    thresholds = tuple(row[k] for k in THRESHOLD_KEYS if row.get(k) is not None)
    rule = OutcomeRule(
        rule_type=rule_type,
        direction=direction or Direction.HIGHER_IS_BETTER,
        thresholds=thresholds if rule_type is OutcomeRuleType.THRESHOLDS else (),
        floor=row.get("floor") if rule_type is OutcomeRuleType.RATIO else None,
        ceiling=row.get("ceiling") if rule_type is OutcomeRuleType.RATIO else None,
    )
    try:
        rule.validate(row["code"])  # thresholds out of order, floor above ceiling
    except ValidationError as error:
        add_error(problems, INDICATOR_SHEET, row, H_RULE, error)
        return None
    return rule


def _criteria(
    rows: Rows, codes: dict[str, Row], problems: ProblemList
) -> dict[str, list[Criterion]]:
    levels = _reverse(LEVEL_LABELS)
    found: dict[str, list[Criterion]] = defaultdict(list)
    for row in rows.get(CRITERIA_SHEET, ()):
        code, key, level, text = (row.get(k) for k in ("code", "key", "level", "text"))
        if code is None or key is None or level is None or text is None:
            continue
        owner = codes.get(code)
        if owner is None:
            add_problem(
                problems,
                CRITERIA_SHEET,
                row,
                H_CODE,
                QT_TRANSLATE_NOOP("ExcelProblem", "ไม่มีประเด็นรหัส “{code}” ในแผ่นงาน «{other}»"),
                code=code,
                other=INDICATOR_SHEET,
            )
        elif owner.get("kind") == KIND_LABELS[IndicatorKind.OUTCOME]:
            add_problem(
                problems,
                CRITERIA_SHEET,
                row,
                H_CODE,
                QT_TRANSLATE_NOOP("ExcelProblem", "ตัวชี้วัด {code} เป็นตัวชี้วัดผลลัพธ์ จึงไม่มีเกณฑ์รายระดับ"),
                code=code,
            )
        else:
            found[code].append(Criterion(key, levels[level], text))
    return found


def _indicator(row: Row, criteria: list[Criterion], problems: ProblemList) -> Indicator | None:
    kind = _reverse(KIND_LABELS)[row["kind"]]
    rule = _rule(row, problems) if kind is IndicatorKind.OUTCOME else None
    if kind is IndicatorKind.OUTCOME and rule is None:
        return None
    titles = {lv: row[key] for lv, key in _LEVEL_TITLE_KEYS.items() if row.get(key)}
    return Indicator(
        code=row["code"],
        title=row["title"],
        kind=kind,
        weight=row["weight"],
        criteria=tuple(criteria),
        level_titles=titles,
        unit=row.get("unit") or "",
        target=row.get("target"),
        rule=rule,
        guide=row.get("guide") or "",
    )


def rows_to_framework(base: Framework, rows: Rows, problems: ProblemList) -> Framework | None:
    """The framework the rows describe (title and policy from *base*), or None with problems."""
    start = len(problems)
    required_ind = ("code", "category", "title", "kind", "weight")
    ind_rows = [
        r for r in rows.get(INDICATOR_SHEET, ()) if all(r.get(k) is not None for k in required_ind)
    ]
    codes = {r["code"]: r for r in ind_rows}
    criteria = _criteria(rows, codes, problems)
    categories = {
        r["number"]: r
        for r in rows.get(CATEGORY_SHEET, ())
        if all(r.get(k) is not None for k in ("number", "title", "weight"))
    }
    per_category: dict[int, list[Indicator]] = defaultdict(list)
    for row in ind_rows:
        if row["category"] not in categories:
            add_problem(
                problems,
                INDICATOR_SHEET,
                row,
                H_CATEGORY,
                QT_TRANSLATE_NOOP("ExcelProblem", "ไม่มีหมวด {number} ในแผ่นงาน «{other}»"),
                number=row["category"],
                other=CATEGORY_SHEET,
            )
            continue
        indicator = _indicator(row, criteria.get(row["code"], []), problems)
        if indicator is not None:
            per_category[row["category"]].append(indicator)
    bands = tuple(
        Band(r["name"], r["min_score"])
        for r in rows.get(BAND_SHEET, ())
        if r.get("name") is not None and r.get("min_score") is not None
    )
    framework = Framework(
        fiscal_year=base.fiscal_year,
        title=base.title,
        categories=tuple(
            Category(n, r["title"], r["weight"], tuple(per_category[n]))
            for n, r in sorted(categories.items())
        ),
        bands=tuple(sorted(bands, key=lambda b: b.min_score)),
        target=base.target,
        policy=base.policy,
        adjustments=base.adjustments,
        note=base.note,
    )
    if len(problems) > start:
        return None
    try:
        framework.validate()  # weights, duplicate codes, band minimums
    except ValidationError as error:
        problems.append(Problem.from_error("", None, None, error))
        return None
    return framework


def framework_to_rows(framework: Framework) -> dict[str, list[Row]]:
    categories, indicators, criteria = [], [], []
    for cat in framework.categories:
        categories.append({"number": cat.number, "title": cat.title, "weight": cat.weight})
        for ind in cat.indicators:
            row: Row = {
                "code": ind.code,
                "category": cat.number,
                "title": ind.title,
                "kind": KIND_LABELS[ind.kind],
                "weight": ind.weight,
                "unit": ind.unit or None,
                "target": ind.target,
                "guide": ind.guide or None,
            }
            for level, key in _LEVEL_TITLE_KEYS.items():
                row[key] = ind.level_titles.get(level) or None
            if ind.rule is not None:
                row["direction"] = DIRECTION_LABELS[ind.rule.direction]
                row["rule_type"] = RULE_LABELS[ind.rule.rule_type]
                row.update(zip(THRESHOLD_KEYS, ind.rule.thresholds, strict=False))
                row["floor"], row["ceiling"] = ind.rule.floor, ind.rule.ceiling
            indicators.append(row)
            for crit in ind.criteria:
                criteria.append(
                    {
                        "code": ind.code,
                        "key": crit.key,
                        "level": LEVEL_LABELS[crit.level],
                        "text": crit.text,
                    }
                )
    bands = [{"name": b.name, "min_score": b.min_score} for b in framework.bands]
    return {
        CATEGORY_SHEET: categories,
        INDICATOR_SHEET: indicators,
        CRITERIA_SHEET: criteria,
        BAND_SHEET: bands,
    }
