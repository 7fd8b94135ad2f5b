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

import decimal
import logging
import re
from collections.abc import Hashable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

import yaml

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

log = logging.getLogger(__name__)

FORMAT_VERSION = 1  # bump when the schema changes incompatibly
ROUNDINGS = tuple(name for name in dir(decimal) if name.startswith("ROUND_"))
_E = TypeVar("_E", bound=StrEnum)

_T_PREFIX = QT_TRANSLATE_NOOP("Template", "{where} {detail}")
_T_FILE_LEVEL = QT_TRANSLATE_NOOP("Template", "{where}: {detail}")
_T_MISSING = QT_TRANSLATE_NOOP("Template", '{where}: ไม่มีช่อง "{field}" ซึ่งต้องระบุ')
_T_EMPTY = QT_TRANSLATE_NOOP("Template", '{where}: ช่อง "{field}" ต้องไม่ว่าง')
_T_TYPE = QT_TRANSLATE_NOOP("Template", '{where}: ช่อง "{field}" ต้องเป็น{expected} (พบ{found})')
_T_SHAPE = QT_TRANSLATE_NOOP("Template", "{where}: ต้องเป็น{expected} (พบ{found})")
_T_UNKNOWN = QT_TRANSLATE_NOOP("Template", '{where}: ไม่รู้จักช่อง "{field}" (ช่องที่ใช้ได้: {allowed})')
_T_CHOICE = QT_TRANSLATE_NOOP(
    "Template", '{where}: ช่อง "{field}" ใช้ค่า "{value}" ไม่ได้ (ค่าที่ใช้ได้: {allowed})'
)
_T_NUMBER = QT_TRANSLATE_NOOP("Template", '{where}: ช่อง "{field}" ต้องเป็นตัวเลข (พบ "{value}")')
_T_FLOAT = QT_TRANSLATE_NOOP(
    "Template", '{where}: ช่อง "{field}" เป็น float ซึ่งไม่แม่นยำ ให้ใช้ Decimal หรือข้อความ เช่น "4.50000"'
)
_T_RANGE = QT_TRANSLATE_NOOP(
    "Template", '{where}: ช่อง "{field}" ต้องอยู่ระหว่าง {low} ถึง {high} (พบ {value})'
)
_T_YEAR = QT_TRANSLATE_NOOP("Template", "{where}: ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (พบ {value})")
_T_FORMAT = QT_TRANSLATE_NOOP(
    "Template", "{where}: ไฟล์ใช้รูปแบบรุ่น {found} ซึ่งโปรแกรมนี้ไม่รองรับ (รองรับรุ่น {supported})"
)
_T_NOT_FOR = QT_TRANSLATE_NOOP("Template", '{where}: {what}ใช้ช่อง "{field}" ไม่ได้')
_T_NO_CRITERIA = QT_TRANSLATE_NOOP("Template", "{where}: {level} ต้องมีเกณฑ์อย่างน้อย 1 ข้อ")
_T_DUP = QT_TRANSLATE_NOOP("Template", "{where}: {what} ซ้ำกัน")
_T_READ = QT_TRANSLATE_NOOP("Template", "อ่านไฟล์ {file} ไม่ได้: {reason}")
_T_ENCODING = QT_TRANSLATE_NOOP("Template", "ไฟล์ {file} ไม่ได้บันทึกเป็นข้อความ UTF-8")
_T_SYNTAX = QT_TRANSLATE_NOOP("Template", "{where} บรรทัด {line}: รูปแบบ YAML ไม่ถูกต้อง ({problem})")
_T_YAML_DUP = QT_TRANSLATE_NOOP("Template", '{where} บรรทัด {line}: ชื่อช่อง "{field}" ซ้ำกัน')
_T_YAML_NUMBER = QT_TRANSLATE_NOOP(
    "Template", '{where} บรรทัด {line}: ตัวเลข "{value}" ใช้ไม่ได้ (ใช้เลขฐานสิบ เช่น 4.50000)'
)

_TYPE_NAMES: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("Template", "ข้อความ"),
    "int": QT_TRANSLATE_NOOP("Template", "จำนวนเต็ม"),
    "number": QT_TRANSLATE_NOOP("Template", "ตัวเลข"),
    "list": QT_TRANSLATE_NOOP("Template", "รายการ (list)"),
    "mapping": QT_TRANSLATE_NOOP("Template", 'ชุดข้อมูลแบบ "ชื่อช่อง: ค่า" (mapping)'),
    "none": QT_TRANSLATE_NOOP("Template", "ค่าว่าง"),
    "bool": QT_TRANSLATE_NOOP("Template", "ค่าจริง/เท็จ"),
}


@dataclass(frozen=True)
class TemplateInfo:
    """What a template chooser shows before the whole file is loaded."""

    path: Path
    title: str
    fiscal_year: int
    note: str


# ------------------------------------------------------------------------------ YAML


class _YamlSlipError(Exception):
    """Raised inside the loader; becomes a Thai ValidationError with the line number."""

    def __init__(self, template: str, node: yaml.Node, **params: str) -> None:
        super().__init__(template)
        self.template, self.line, self.params = template, node.start_mark.line + 1, params


class _Loader(yaml.SafeLoader):
    """SafeLoader with exact numbers and no silently overwritten duplicate keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise _YamlSlipError(_T_YAML_DUP, key_node, field=key_node.value)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")  # ".inf", "1:30.5": not a number a template needs
    if not value.is_finite():
        raise _YamlSlipError(_T_YAML_NUMBER, node, value=text)
    return value


def _construct_int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    # YAML 1.1 reads 010 as octal 8 and 0x10 as 16: a clerk means base ten, or made a slip.
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    if not re.fullmatch(r"[-+]?[0-9]+", text):
        raise _YamlSlipError(_T_YAML_NUMBER, node, value=text)
    return int(text, 10)


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def parse_yaml(text: str, source: str = "") -> Any:
    """Parse template text with the exact-number loader; errors name the line."""
    where = _file_place(source)
    try:
        return yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader
    except _YamlSlipError as p:
        raise ValidationError(p.template, where=where, line=p.line, **p.params) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line = "?" if mark is None else mark.line + 1
        raise ValidationError(_T_SYNTAX, where=where, line=line, problem=problem) from None


# ------------------------------------------------------------------------------ reading


def _file_place(source: str) -> str:
    if source:
        return QT_TRANSLATE_NOOP("Template", "ไฟล์ {file}").format(file=source)
    return QT_TRANSLATE_NOOP("Template", "กรอบการประเมิน")


def _type_name(value: object) -> str:
    kinds = ((bool, "bool"), (int, "int"), (Decimal | float, "number"), (str, "text"))
    for types, name in (*kinds, (Mapping, "mapping"), (list | tuple, "list")):
        if isinstance(value, types):
            return _TYPE_NAMES[name]
    return _TYPE_NAMES["none"] if value is None else type(value).__name__


def _to_decimal(value: object, where: str, field: str) -> Decimal:
    if isinstance(value, float):
        raise ValidationError(_T_FLOAT, where=where, field=field)
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    result = Decimal("NaN")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, str):
        with suppress(InvalidOperation):  # Decimal also reads Thai digits ("๔.๕๐")
            result = Decimal(value.strip().replace(",", ""))
    if not result.is_finite():
        shown = value if isinstance(value, str | Decimal) else _type_name(value)
        raise ValidationError(_T_NUMBER, where=where, field=field, value=shown)
    return result


class _Fields:
    """One mapping of the file, with its place for error messages."""

    def __init__(self, data: object, where: str, allowed: Sequence[str]) -> None:
        if not isinstance(data, Mapping):
            found = _type_name(data)
            raise ValidationError(
                _T_SHAPE, where=where, expected=_TYPE_NAMES["mapping"], found=found
            )
        self.data: Mapping[str, Any] = data
        self.where = where
        self.allowed = allowed

    def strict(self) -> _Fields:
        """Refuse unknown fields: a typo ("wieght") must not silently change a score."""
        for key in self.data:
            if key not in self.allowed:
                allowed = ", ".join(self.allowed)
                raise ValidationError(_T_UNKNOWN, where=self.where, field=key, allowed=allowed)
        return self

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str) -> Any:
        if not self.has(key):
            template = _T_EMPTY if key in self.data else _T_MISSING
            raise ValidationError(template, where=self.where, field=key)
        return self.data[key]

    def _wrong(self, key: str, expected: str) -> ValidationError:
        found = _type_name(self.data.get(key))
        return ValidationError(
            _T_TYPE, where=self.where, field=key, expected=_TYPE_NAMES[expected], found=found
        )

    def text(self, key: str, default: str | None = None) -> str:
        if default is not None and not self.has(key):
            return default
        value = self.raw(key)
        if key == "code" and isinstance(value, int | Decimal) and not isinstance(value, bool):
            value = str(value)  # "code: 7.1" written without quotes
        if not isinstance(value, str):
            raise self._wrong(key, "text")
        if not value.strip() and default is None:
            raise ValidationError(_T_EMPTY, where=self.where, field=key)
        return value.strip()

    def integer(self, key: str, default: int | None = None) -> int:
        if default is not None and not self.has(key):
            return default
        value = self.raw(key)
        if isinstance(value, str) and value.strip().isdecimal():
            return int(value.strip())  # also Thai digits: "๒๕๖๗"
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._wrong(key, "int")
        return value

    def decimal(self, key: str, default: Decimal | None = None) -> Decimal:
        if default is not None and not self.has(key):
            return default
        return _to_decimal(self.raw(key), self.where, key)

    def optional_decimal(self, key: str) -> Decimal | None:
        return self.decimal(key) if self.has(key) else None

    def items(self, key: str, required: bool = True) -> list[Any]:
        if not required and not self.has(key):
            return []
        value = self.raw(key)
        if not isinstance(value, list):
            raise self._wrong(key, "list")
        return value

    def choice(self, key: str, enum: type[_E], default: _E | None = None) -> _E:
        if default is not None and not self.has(key):
            return default
        value = self.text(key)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise ValidationError(
                _T_CHOICE, where=self.where, field=key, value=value, allowed=allowed
            ) from None

    def refuse(self, keys: Sequence[str], what: str) -> None:
        for key in keys:
            if self.has(key):
                raise ValidationError(_T_NOT_FOR, where=self.where, what=what, field=key)


def _read_policy(data: object, where: str) -> ScoringPolicy:
    f = _Fields(data, where, ("decimals", "rounding", "outcome_min_score")).strict()
    decimals = f.integer("decimals", 5)
    if not 0 <= decimals <= 10:
        raise ValidationError(
            _T_RANGE, where=where, field="decimals", low=0, high=10, value=decimals
        )
    rounding = f.text("rounding", "ROUND_HALF_UP")
    if rounding not in ROUNDINGS:
        allowed = ", ".join(ROUNDINGS)
        raise ValidationError(
            _T_CHOICE, where=where, field="rounding", value=rounding, allowed=allowed
        )
    low = f.decimal("outcome_min_score", Decimal(0))
    if not 0 <= low <= 5:
        raise ValidationError(
            _T_RANGE, where=where, field="outcome_min_score", low=0, high=5, value=low
        )
    return ScoringPolicy(decimals=decimals, rounding=rounding, outcome_min_score=low)


def _read_rule(data: object, where: str) -> OutcomeRule:
    f = _Fields(data, where, ("type", "direction", "thresholds", "floor", "ceiling")).strict()
    rule_type = f.choice("type", OutcomeRuleType)
    direction = f.choice("direction", Direction, Direction.HIGHER_IS_BETTER)
    what = QT_TRANSLATE_NOOP("Template", "เกณฑ์แบบ {type} ").format(type=rule_type.value)
    if rule_type is OutcomeRuleType.THRESHOLDS:
        f.refuse(("floor", "ceiling"), what)
        values = f.items("thresholds")
        thresholds = tuple(
            _to_decimal(v, where, f"thresholds ค่าที่ {i}") for i, v in enumerate(values, 1)
        )
        return OutcomeRule(rule_type, direction, thresholds=thresholds)
    f.refuse(("thresholds",), what)
    return OutcomeRule(rule_type, direction, floor=f.decimal("floor"), ceiling=f.decimal("ceiling"))


def _read_levels(data: object, where: str) -> tuple[tuple[Criterion, ...], dict[Level, str]]:
    levels = _Fields(data, f"{where} levels", [lv.value for lv in LEVEL_ORDER]).strict()
    criteria: list[Criterion] = []
    titles: dict[Level, str] = {}
    for level in LEVEL_ORDER:  # canonical order, whatever the order in the file
        level_where = f"{where} {LEVEL_TITLES_TH[level]}"
        f = _Fields(levels.data.get(level.value) or {}, level_where, ("title", "criteria"))
        f.strict()
        if f.text("title", ""):
            titles[level] = f.text("title")
        texts = f.data.get("criteria") or {}
        if not isinstance(texts, Mapping):
            raise f._wrong("criteria", "mapping")
        if not texts:
            raise ValidationError(_T_NO_CRITERIA, where=where, level=LEVEL_TITLES_TH[level])
        for raw_key, text in texts.items():
            key = str(raw_key).strip()
            if any(c.key == key for c in criteria):
                what = QT_TRANSLATE_NOOP("Template", "รหัสเกณฑ์ {key}").format(key=key)
                raise ValidationError(_T_DUP, where=where, what=what)
            text_field = _Fields({key: text}, level_where + " criteria", (key,)).text(key)
            criteria.append(Criterion(key=key, level=level, text=text_field))
    return tuple(criteria), titles


_INDICATOR_FIELDS = ("code", "kind", "title", "weight", "unit", "target", "levels", "rule", "guide")
_KIND_NAMES: dict[IndicatorKind, str] = {
    IndicatorKind.PROCESS: QT_TRANSLATE_NOOP("Template", "ข้อแบบกระบวนการ (หมวด 1–6) "),
    IndicatorKind.OUTCOME: QT_TRANSLATE_NOOP("Template", "ตัวชี้วัดผลลัพธ์ "),
}


def _read_indicator(data: object, where: str, index: int) -> Indicator:
    nth = QT_TRANSLATE_NOOP("Template", "ตัวชี้วัดลำดับที่ {index}").format(index=index)
    f = _Fields(data, f"{where} {nth}", _INDICATOR_FIELDS)
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
            raise ValidationError(_T_PREFIX, where=where, detail=exc.message) from None
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
    f = _Fields(data, f"{where} {nth}", ("number", "title", "weight", "indicators"))
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


def _read_header(data: object, where: str) -> tuple[_Fields, str, int, str]:
    f = _Fields(data, where, _TOP_FIELDS).strict()
    version = f.integer("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise ValidationError(_T_FORMAT, where=where, found=version, supported=FORMAT_VERSION)
    year = f.integer("fiscal_year")
    if not 2400 <= year <= 2800:  # a Christian-era year (2024) is the usual slip
        raise ValidationError(_T_YEAR, where=where, value=year)
    return f, f.text("title"), year, f.text("note", "")


def _read_list(f: _Fields, key: str, label: str, fields: Sequence[str]) -> list[_Fields]:
    return [
        _Fields(item, f"{f.where} {label.format(index=i)}", fields).strict()
        for i, item in enumerate(f.items(key, required=False), 1)
    ]


def framework_from_dict(data: Mapping[str, Any], source: str = "") -> Framework:
    """Build and validate a framework from template data (as parsed from YAML).

    *source* (usually the file name) starts every error message.
    """
    where = _file_place(source)
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
            raise ValidationError(_T_DUP, where=where, what=what)
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
        raise ValidationError(_T_FILE_LEVEL, where=where, detail=exc.message) from None
    return framework


def parse_framework_yaml(text: str, source: str = "") -> Framework:
    """A framework from template text (e.g. the contents of an imported file)."""
    return framework_from_dict(parse_yaml(text, source), source)


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(_T_READ, file=path.name, reason=exc.strerror or str(exc)) from None
    try:
        return raw.decode("utf-8-sig")  # Notepad on Windows may add a BOM
    except UnicodeDecodeError:
        raise ValidationError(_T_ENCODING, file=path.name) from None


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
            where = _file_place(path.name)
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
