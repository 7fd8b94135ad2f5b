"""Framework template files: YAML in, :class:`Framework` out, and back.

A template is a data file a coordinator can read and edit (Thai text as plain
UTF-8). Its schema maps one to one onto ``framework.py``; the shipped example is
``resources/frameworks/pmqa40-fy2567.yaml``. Every mistake in a file becomes a
:class:`ValidationError` naming the file and the place ("ไฟล์ x.yaml หมวด 7
ตัวชี้วัด 7.2.1: ...") so that a clerk can find and fix it.

Numbers never pass through ``float``: the YAML loader builds ``Decimal`` from
the digits as written (``4.50000`` keeps its five decimals), and a ``float``
handed to :func:`framework_from_dict` is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.framework import (
    LEVEL_ORDER,
    LEVEL_TITLES_TH,
    Adjustment,
    AdjustmentKind,
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
from mk3desk.domain.template_reader import (
    FORMAT_VERSION,
    ROUNDINGS,
    T_CHOICE,
    T_DUP,
    T_ENCODING,
    T_FILE_LEVEL,
    T_FORMAT,
    T_NO_CRITERIA,
    T_PREFIX,
    T_RANGE,
    T_READ,
    T_YEAR,
    Fields,
    file_place,
    parse_yaml,
    to_decimal,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TemplateInfo:
    """What a template chooser shows before the whole file is loaded."""

    path: Path
    title: str
    fiscal_year: int
    note: str


def _read_policy(data: object, where: str) -> ScoringPolicy:
    f = Fields(data, where, ("decimals", "rounding", "outcome_min_score")).strict()
    decimals = f.integer("decimals", 5)
    if not 0 <= decimals <= 10:
        raise ValidationError(
            T_RANGE, where=where, field="decimals", low=0, high=10, value=decimals
        )
    rounding = f.text("rounding", "ROUND_HALF_UP")
    if rounding not in ROUNDINGS:
        allowed = ", ".join(ROUNDINGS)
        raise ValidationError(
            T_CHOICE, where=where, field="rounding", value=rounding, allowed=allowed
        )
    low = f.decimal("outcome_min_score", Decimal(0))
    if not 0 <= low <= 5:
        raise ValidationError(
            T_RANGE, where=where, field="outcome_min_score", low=0, high=5, value=low
        )
    return ScoringPolicy(decimals=decimals, rounding=rounding, outcome_min_score=low)


def _read_rule(data: object, where: str) -> OutcomeRule:
    f = Fields(data, where, ("type", "direction", "thresholds", "floor", "ceiling")).strict()
    rule_type = f.choice("type", OutcomeRuleType)
    direction = f.choice("direction", Direction, Direction.HIGHER_IS_BETTER)
    what = QT_TRANSLATE_NOOP("Template", "เกณฑ์แบบ {type} ").format(type=rule_type.value)
    if rule_type is OutcomeRuleType.THRESHOLDS:
        f.refuse(("floor", "ceiling"), what)
        values = f.items("thresholds")
        thresholds = tuple(
            to_decimal(v, where, f"thresholds ค่าที่ {i}") for i, v in enumerate(values, 1)
        )
        return OutcomeRule(rule_type, direction, thresholds=thresholds)
    f.refuse(("thresholds",), what)
    return OutcomeRule(rule_type, direction, floor=f.decimal("floor"), ceiling=f.decimal("ceiling"))


def _read_levels(data: object, where: str) -> tuple[tuple[Criterion, ...], dict[Level, str]]:
    levels = Fields(data, f"{where} levels", [lv.value for lv in LEVEL_ORDER]).strict()
    criteria: list[Criterion] = []
    titles: dict[Level, str] = {}
    for level in LEVEL_ORDER:  # canonical order, whatever the order in the file
        level_where = f"{where} {LEVEL_TITLES_TH[level]}"
        f = Fields(levels.data.get(level.value) or {}, level_where, ("title", "criteria"))
        f.strict()
        if f.text("title", ""):
            titles[level] = f.text("title")
        texts = f.data.get("criteria") or {}
        if not isinstance(texts, Mapping):
            raise f._wrong("criteria", "mapping")
        if not texts:
            raise ValidationError(T_NO_CRITERIA, where=where, level=LEVEL_TITLES_TH[level])
        for raw_key, text in texts.items():
            key = str(raw_key).strip()
            if any(c.key == key for c in criteria):
                what = QT_TRANSLATE_NOOP("Template", "รหัสเกณฑ์ {key}").format(key=key)
                raise ValidationError(T_DUP, where=where, what=what)
            text_field = Fields({key: text}, level_where + " criteria", (key,)).text(key)
            criteria.append(Criterion(key=key, level=level, text=text_field))
    return tuple(criteria), titles


_INDICATOR_FIELDS = ("code", "kind", "title", "weight", "unit", "target", "levels", "rule", "guide")
_KIND_NAMES: dict[IndicatorKind, str] = {
    IndicatorKind.PROCESS: QT_TRANSLATE_NOOP("Template", "ข้อแบบกระบวนการ (หมวด 1–6) "),
    IndicatorKind.OUTCOME: QT_TRANSLATE_NOOP("Template", "ตัวชี้วัดผลลัพธ์ "),
}


def _read_indicator(data: object, where: str, index: int) -> Indicator:
    nth = QT_TRANSLATE_NOOP("Template", "ตัวชี้วัดลำดับที่ {index}").format(index=index)
    f = Fields(data, f"{where} {nth}", _INDICATOR_FIELDS)
    code = f.text("code")
    f.where = f"{where} " + QT_TRANSLATE_NOOP("Template", "ตัวชี้วัด {code}").format(code=code)
    f.strict()
    kind = f.choice(
        "kind", IndicatorKind, IndicatorKind.OUTCOME if f.has("rule") else IndicatorKind.PROCESS
    )
    criteria: tuple[Criterion, ...] = ()
    titles: dict[Level, str] = {}
    rule: OutcomeRule | None = None
    if kind is IndicatorKind.PROCESS:
        f.refuse(("rule",), _KIND_NAMES[kind])
        criteria, titles = _read_levels(f.raw("levels"), f.where)
    else:
        f.refuse(("levels",), _KIND_NAMES[kind])
        rule = _read_rule(f.raw("rule"), f"{f.where} rule")
        try:
            rule.validate(code)
        except ValidationError as exc:  # framework.py names the code; add file and category
            raise ValidationError(T_PREFIX, where=where, detail=exc.message) from None
    return Indicator(
        code=code,
        title=f.text("title"),
        kind=kind,
        weight=f.decimal("weight", Decimal(1)),
        criteria=criteria,
        level_titles=titles,
        unit=f.text("unit", ""),
        target=f.optional_decimal("target"),
        rule=rule,
        guide=f.text("guide", ""),
    )


def _read_category(data: object, where: str, index: int) -> Category:
    nth = QT_TRANSLATE_NOOP("Template", "หมวดลำดับที่ {index}").format(index=index)
    f = Fields(data, f"{where} {nth}", ("number", "title", "weight", "indicators"))
    number = f.integer("number")
    f.where = f"{where} " + QT_TRANSLATE_NOOP("Template", "หมวด {number}").format(number=number)
    f.strict()
    indicators = f.items("indicators", required=False)
    return Category(
        number=number,
        title=f.text("title"),
        weight=f.decimal("weight", Decimal(1)),
        indicators=tuple(_read_indicator(d, f.where, i) for i, d in enumerate(indicators, 1)),
    )


_TOP_FIELDS: tuple[str, ...] = ("format", "title", "fiscal_year", "note", "target", "policy")
_TOP_FIELDS += ("bands", "adjustments", "categories")


def _read_header(data: object, where: str) -> tuple[Fields, str, int, str]:
    f = Fields(data, where, _TOP_FIELDS).strict()
    version = f.integer("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise ValidationError(T_FORMAT, where=where, found=version, supported=FORMAT_VERSION)
    year = f.integer("fiscal_year")
    if not 2400 <= year <= 2800:  # a Christian-era year (2024) is the usual slip
        raise ValidationError(T_YEAR, where=where, value=year)
    return f, f.text("title"), year, f.text("note", "")


def _read_list(f: Fields, key: str, label: str, fields: Sequence[str]) -> list[Fields]:
    return [
        Fields(item, f"{f.where} {label.format(index=i)}", fields).strict()
        for i, item in enumerate(f.items(key, required=False), 1)
    ]


def framework_from_dict(data: Mapping[str, Any], source: str = "") -> Framework:
    """Build and validate a framework from template data (as parsed from YAML).

    *source* (usually the file name) starts every error message.
    """
    where = file_place(source)
    f, title, year, note = _read_header(data, where)
    policy = _read_policy(f.data["policy"], f"{where} policy") if f.has("policy") else None
    band_label = QT_TRANSLATE_NOOP("Template", "ระดับผลการประเมินลำดับที่ {index}")
    bands = [
        Band(name=b.text("name"), min_score=b.decimal("min_score"))
        for b in _read_list(f, "bands", band_label, ("name", "min_score"))
    ]
    adjust_label = QT_TRANSLATE_NOOP("Template", "รายการปรับคะแนนลำดับที่ {index}")
    adjust_fields = ("label", "kind", "weight", "score", "note")
    adjustments = [
        Adjustment(
            label=a.text("label"),
            kind=a.choice("kind", AdjustmentKind),
            weight=a.decimal("weight", Decimal(0)),
            score=a.decimal("score", Decimal(0)),
            note=a.text("note", ""),
        )
        for a in _read_list(f, "adjustments", adjust_label, adjust_fields)
    ]
    categories: list[Category] = []
    for i, item in enumerate(f.items("categories"), 1):
        category = _read_category(item, where, i)
        if any(c.number == category.number for c in categories):
            what = QT_TRANSLATE_NOOP("Template", "หมวด {number}").format(number=category.number)
            raise ValidationError(T_DUP, where=where, what=what)
        categories.append(category)
    framework = Framework(
        fiscal_year=year,
        title=title,
        categories=tuple(categories),
        bands=tuple(bands),
        target=f.optional_decimal("target"),
        policy=policy or ScoringPolicy(),
        adjustments=tuple(adjustments),
        note=note,
    )
    try:
        framework.validate()
    except ValidationError as exc:
        raise ValidationError(T_FILE_LEVEL, where=where, detail=exc.message) from None
    return framework


def parse_framework_yaml(text: str, source: str = "") -> Framework:
    """A framework from template text (e.g. the contents of an imported file)."""
    return framework_from_dict(parse_yaml(text, source), source)


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(T_READ, file=path.name, reason=exc.strerror or str(exc)) from None
    try:
        return raw.decode("utf-8-sig")  # Notepad on Windows may add a BOM
    except UnicodeDecodeError:
        raise ValidationError(T_ENCODING, file=path.name) from None


def load_framework(path: Path) -> Framework:
    """Read and validate one template file; any problem is a Thai ValidationError."""
    return parse_framework_yaml(_read_text(path), path.name)


def list_templates(folder: Path | None = None) -> list[TemplateInfo]:
    """The template files in *folder* (default: the shipped ones), newest year first.

    A file whose header cannot be read is left out (and logged): the chooser
    offers what it can; :func:`load_framework` explains what is wrong with a file.
    """
    if folder is None:
        from mk3desk.paths import frameworks_dir

        folder = frameworks_dir()
    infos: list[TemplateInfo] = []
    for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]):
        try:
            where = file_place(path.name)
            _, title, year, note = _read_header(parse_yaml(_read_text(path), path.name), where)
        except ValidationError as exc:
            log.warning("skipping framework template %s: %s", path, exc)
            continue
        infos.append(TemplateInfo(path=path, title=title, fiscal_year=year, note=note))
    infos.sort(key=lambda info: (-info.fiscal_year, info.path.name))
    return infos


# ------------------------------------------------------------------------------ writing


def _indicator_to_dict(ind: Indicator) -> dict[str, Any]:
    out: dict[str, Any] = {"code": ind.code, "kind": ind.kind.value, "title": ind.title}
    out["weight"] = str(ind.weight)
    if ind.unit:
        out["unit"] = ind.unit
    if ind.target is not None:
        out["target"] = str(ind.target)
    if ind.kind is IndicatorKind.PROCESS:
        out["levels"] = {
            level.value: {
                **({"title": ind.level_titles[level]} if level in ind.level_titles else {}),
                "criteria": {c.key: c.text for c in ind.criteria_at(level)},
            }
            for level in LEVEL_ORDER
        }
    elif ind.rule is not None:
        rule = ind.rule
        out["rule"] = {"type": rule.rule_type.value, "direction": rule.direction.value}
        if rule.rule_type is OutcomeRuleType.THRESHOLDS:
            out["rule"]["thresholds"] = [str(t) for t in rule.thresholds]
        else:
            out["rule"]["floor"] = None if rule.floor is None else str(rule.floor)
            out["rule"]["ceiling"] = None if rule.ceiling is None else str(rule.ceiling)
    if ind.guide:
        out["guide"] = ind.guide
    return out


def framework_to_dict(framework: Framework) -> dict[str, Any]:
    """Template data for *framework*: plain types, decimals as exact strings ("4.50000")."""
    out: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "title": framework.title,
        "fiscal_year": framework.fiscal_year,
    }
    if framework.note:
        out["note"] = framework.note
    if framework.target is not None:
        out["target"] = str(framework.target)
    out["policy"] = {
        "decimals": framework.policy.decimals,
        "rounding": framework.policy.rounding,
        "outcome_min_score": str(framework.policy.outcome_min_score),
    }
    out["bands"] = [{"name": b.name, "min_score": str(b.min_score)} for b in framework.bands]
    out["adjustments"] = [
        {"label": a.label, "kind": a.kind.value, "weight": str(a.weight), "score": str(a.score)}
        | ({"note": a.note} if a.note else {})
        for a in framework.adjustments
    ]
    out["categories"] = [
        {
            "number": c.number,
            "title": c.title,
            "weight": str(c.weight),
            "indicators": [_indicator_to_dict(ind) for ind in c.indicators],
        }
        for c in framework.categories
    ]
    return out
