"""Reading template files: an exact-number YAML loader and a field reader with Thai messages.

Split from template.py (which maps the data onto the framework types). Every
problem becomes a ValidationError naming the file and the place.
"""

from __future__ import annotations

import decimal
import re
from collections.abc import Hashable, Mapping, Sequence
from contextlib import suppress
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

import yaml

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.text import normalise_text

FORMAT_VERSION = 1  # bump when the schema changes incompatibly
ROUNDINGS = tuple(name for name in dir(decimal) if name.startswith("ROUND_"))
_E = TypeVar("_E", bound=StrEnum)

T_PREFIX = QT_TRANSLATE_NOOP("Template", "{where} {detail}")
T_FILE_LEVEL = QT_TRANSLATE_NOOP("Template", "{where}: {detail}")
T_MISSING = QT_TRANSLATE_NOOP("Template", '{where}: ไม่มีช่อง "{field}" ซึ่งต้องระบุ')
T_EMPTY = QT_TRANSLATE_NOOP("Template", '{where}: ช่อง "{field}" ต้องไม่ว่าง')
T_TYPE = QT_TRANSLATE_NOOP("Template", '{where}: ช่อง "{field}" ต้องเป็น{expected} (พบ{found})')
T_SHAPE = QT_TRANSLATE_NOOP("Template", "{where}: ต้องเป็น{expected} (พบ{found})")
T_UNKNOWN = QT_TRANSLATE_NOOP("Template", '{where}: ไม่รู้จักช่อง "{field}" (ช่องที่ใช้ได้: {allowed})')
T_CHOICE = QT_TRANSLATE_NOOP(
    "Template", '{where}: ช่อง "{field}" ใช้ค่า "{value}" ไม่ได้ (ค่าที่ใช้ได้: {allowed})'
)
T_NUMBER = QT_TRANSLATE_NOOP("Template", '{where}: ช่อง "{field}" ต้องเป็นตัวเลข (พบ "{value}")')
T_FLOAT = QT_TRANSLATE_NOOP(
    "Template", '{where}: ช่อง "{field}" เป็น float ซึ่งไม่แม่นยำ ให้ใช้ Decimal หรือข้อความ เช่น "4.50000"'
)
T_RANGE = QT_TRANSLATE_NOOP(
    "Template", '{where}: ช่อง "{field}" ต้องอยู่ระหว่าง {low} ถึง {high} (พบ {value})'
)
T_YEAR = QT_TRANSLATE_NOOP("Template", "{where}: ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (พบ {value})")
T_FORMAT = QT_TRANSLATE_NOOP(
    "Template", "{where}: ไฟล์ใช้รูปแบบรุ่น {found} ซึ่งโปรแกรมนี้ไม่รองรับ (รองรับรุ่น {supported})"
)
T_NOT_FOR = QT_TRANSLATE_NOOP("Template", '{where}: {what}ใช้ช่อง "{field}" ไม่ได้')
T_NO_CRITERIA = QT_TRANSLATE_NOOP("Template", "{where}: {level} ต้องมีเกณฑ์อย่างน้อย 1 ข้อ")
T_DUP = QT_TRANSLATE_NOOP("Template", "{where}: {what} ซ้ำกัน")
T_READ = QT_TRANSLATE_NOOP("Template", "อ่านไฟล์ {file} ไม่ได้: {reason}")
T_ENCODING = QT_TRANSLATE_NOOP("Template", "ไฟล์ {file} ไม่ได้บันทึกเป็นข้อความ UTF-8")
T_SYNTAX = QT_TRANSLATE_NOOP("Template", "{where} บรรทัด {line}: รูปแบบ YAML ไม่ถูกต้อง ({problem})")
T_YAML_DUP = QT_TRANSLATE_NOOP("Template", '{where} บรรทัด {line}: ชื่อช่อง "{field}" ซ้ำกัน')
T_YAML_NUMBER = QT_TRANSLATE_NOOP(
    "Template", '{where} บรรทัด {line}: ตัวเลข "{value}" ใช้ไม่ได้ (ใช้เลขฐานสิบ เช่น 4.50000)'
)

TYPE_NAMES: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("Template", "ข้อความ"),
    "int": QT_TRANSLATE_NOOP("Template", "จำนวนเต็ม"),
    "number": QT_TRANSLATE_NOOP("Template", "ตัวเลข"),
    "list": QT_TRANSLATE_NOOP("Template", "รายการ (list)"),
    "mapping": QT_TRANSLATE_NOOP("Template", 'ชุดข้อมูลแบบ "ชื่อช่อง: ค่า" (mapping)'),
    "none": QT_TRANSLATE_NOOP("Template", "ค่าว่าง"),
    "bool": QT_TRANSLATE_NOOP("Template", "ค่าจริง/เท็จ"),
}


# ------------------------------------------------------------------------------ YAML


class _YamlSlipError(Exception):
    """Raised inside the loader; becomes a Thai ValidationError with the line number."""

    def __init__(self, template: str, node: yaml.Node, **params: str) -> None:
        super().__init__(template)
        self.template, self.line, self.params = template, node.start_mark.line + 1, params


# libyaml's parser (PyYAML's C extension, in its wheels for Windows and Linux) reads a
# template about five times as fast as the pure-Python one; both give the same nodes,
# and the constructors below (Python either way) make the values.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A safe loader with exact numbers and no silently overwritten duplicate keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Hashable, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    raise _YamlSlipError(T_YAML_DUP, key_node, field=key_node.value)
                seen.add(key_node.value)
        mapping: dict[Hashable, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal("NaN")  # ".inf", "1:30.5": not a number a template needs
    if not value.is_finite():
        raise _YamlSlipError(T_YAML_NUMBER, node, value=text)
    return value


def _construct_int(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    # YAML 1.1 reads 010 as octal 8 and 0x10 as 16: a clerk means base ten, or made a slip.
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    if not re.fullmatch(r"[-+]?[0-9]+", text):
        raise _YamlSlipError(T_YAML_NUMBER, node, value=text)
    return int(text, 10)


_Loader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def parse_yaml(text: str, source: str = "") -> Any:
    """Parse template text with the exact-number loader; errors name the line."""
    where = file_place(source)
    try:
        return yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader
    except _YamlSlipError as p:
        raise ValidationError(p.template, where=where, line=p.line, **p.params) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line = "?" if mark is None else mark.line + 1
        raise ValidationError(T_SYNTAX, where=where, line=line, problem=problem) from None


# ------------------------------------------------------------------------------ reading


def file_place(source: str) -> str:
    if source:
        return QT_TRANSLATE_NOOP("Template", "ไฟล์ {file}").format(file=source)
    return QT_TRANSLATE_NOOP("Template", "กรอบการประเมิน")


def type_name(value: object) -> str:
    kinds = ((bool, "bool"), (int, "int"), (Decimal | float, "number"), (str, "text"))
    for types, name in (*kinds, (Mapping, "mapping"), (list | tuple, "list")):
        if isinstance(value, types):
            return TYPE_NAMES[name]
    return TYPE_NAMES["none"] if value is None else type(value).__name__


def to_decimal(value: object, where: str, field: str) -> Decimal:
    if isinstance(value, float):
        raise ValidationError(T_FLOAT, where=where, field=field)
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    result = Decimal("NaN")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, str):
        with suppress(InvalidOperation):  # Decimal also reads Thai digits ("๔.๕๐")
            result = Decimal(value.strip().replace(",", ""))
    if not result.is_finite():
        shown = value if isinstance(value, str | Decimal) else type_name(value)
        raise ValidationError(T_NUMBER, where=where, field=field, value=shown)
    return result


class Fields:
    """One mapping of the file, with its place for error messages."""

    def __init__(self, data: object, where: str, allowed: Sequence[str]) -> None:
        if not isinstance(data, Mapping):
            found = type_name(data)
            raise ValidationError(T_SHAPE, where=where, expected=TYPE_NAMES["mapping"], found=found)
        self.data: Mapping[str, Any] = data
        self.where = where
        self.allowed = allowed

    def strict(self) -> Fields:
        """Refuse unknown fields: a typo ("wieght") must not silently change a score."""
        for key in self.data:
            if key not in self.allowed:
                allowed = ", ".join(self.allowed)
                raise ValidationError(T_UNKNOWN, where=self.where, field=key, allowed=allowed)
        return self

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def raw(self, key: str) -> Any:
        if not self.has(key):
            template = T_EMPTY if key in self.data else T_MISSING
            raise ValidationError(template, where=self.where, field=key)
        return self.data[key]

    def _wrong(self, key: str, expected: str) -> ValidationError:
        found = type_name(self.data.get(key))
        return ValidationError(
            T_TYPE, where=self.where, field=key, expected=TYPE_NAMES[expected], found=found
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
            raise ValidationError(T_EMPTY, where=self.where, field=key)
        return normalise_text(value)

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
        return to_decimal(self.raw(key), self.where, key)

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
                T_CHOICE, where=self.where, field=key, value=value, allowed=allowed
            ) from None

    def refuse(self, keys: Sequence[str], what: str) -> None:
        for key in keys:
            if self.has(key):
                raise ValidationError(T_NOT_FOR, where=self.where, what=what, field=key)
