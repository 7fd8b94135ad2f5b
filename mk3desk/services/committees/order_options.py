"""How the office prints its orders: the emblem (ครุฑ) image, and the verification code.

Office settings of their own (rows of ``office_setting`` under ``orders.*``), set once
from the committees window or ``mk3desk committee emblem``. The image is the office's
own file (the program ships no Garuda): PNG or JPEG, kept in the database as base64 so
it travels with backups. An order printed without it says so in the build's warnings.
The verification code is off for orders by default: an original order carries none.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mk3desk.db.models import OfficeSetting
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.rights import Action
from mk3desk.services.context import Actor, audit
from mk3desk.services.lookup import get_office
from mk3desk.services.rights import require

EMBLEM_KEY = "orders.emblem"
EMBLEM_NAME_KEY = "orders.emblem_name"
CODE_KEY = "orders.verification_code"
MAX_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class OrderOptions:
    emblem: bytes | None = None  # PNG or JPEG bytes
    emblem_name: str = ""  # the file it was read from, to show the clerk
    verification_code: bool = False  # print the code (small, at the foot) on orders


def _stored(session: Session, office_id: int) -> dict[str, OfficeSetting]:
    rows = session.scalars(
        select(OfficeSetting).where(
            OfficeSetting.office_id == office_id,
            OfficeSetting.key.in_((EMBLEM_KEY, EMBLEM_NAME_KEY, CODE_KEY)),
        )
    )
    return {row.key: row for row in rows}


def load_order_options(session: Session, office_id: int | None = None) -> OrderOptions:
    office = get_office(session, office_id)
    stored = _stored(session, office.id)
    emblem: bytes | None = None
    if EMBLEM_KEY in stored and stored[EMBLEM_KEY].value:
        try:
            emblem = base64.b64decode(stored[EMBLEM_KEY].value, validate=True)
        except (binascii.Error, ValueError):
            emblem = None  # damaged: printed as missing, with the warning
    name_row = stored.get(EMBLEM_NAME_KEY)
    code_row = stored.get(CODE_KEY)
    return OrderOptions(
        emblem=emblem,
        emblem_name=name_row.value if name_row is not None and emblem else "",
        verification_code=code_row is not None and code_row.value == "1",
    )


def _put(
    session: Session, office_id: int, stored: dict[str, OfficeSetting], key: str, value: str
) -> None:
    row = stored.get(key)
    if row is None:
        session.add(OfficeSetting(office_id=office_id, key=key, value=value))
    elif row.value != value:
        row.value = value


def checked_image(data: bytes, name: str) -> bytes:
    """*data* if it is a PNG or JPEG image Pillow can read, not over 2 MB."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Committee", "ไฟล์ภาพ “{name}” ใหญ่เกิน 2 MB — โปรดย่อภาพก่อน"), name=name
        )
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Committee", "“{name}” ไม่ใช่ไฟล์ภาพ PNG หรือ JPEG"), name=name
        )
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Committee", "เปิดไฟล์ภาพ “{name}” ไม่ได้ ไฟล์อาจเสียหาย"), name=name
        ) from exc
    return data


def set_emblem(
    session: Session, actor: Actor, path: Path | None, office_id: int | None = None
) -> None:
    """Keep the image at *path* as the emblem orders print; None removes it."""
    require(session, actor, Action.OFFICE_SETTINGS)
    office = get_office(session, office_id)
    stored = _stored(session, office.id)
    if path is None:
        _put(session, office.id, stored, EMBLEM_KEY, "")
        _put(session, office.id, stored, EMBLEM_NAME_KEY, "")
        session.flush()
        audit(session, actor, "orders.emblem_remove", office.name)
        return
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Committee", "อ่านไฟล์ภาพ “{name}” ไม่ได้ ({reason})"),
            name=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    checked_image(data, Path(path).name)
    _put(session, office.id, stored, EMBLEM_KEY, base64.b64encode(data).decode("ascii"))
    _put(session, office.id, stored, EMBLEM_NAME_KEY, Path(path).name)
    session.flush()
    audit(session, actor, "orders.emblem_set", office.name, Path(path).name)


def set_verification_code(
    session: Session, actor: Actor, on: bool, office_id: int | None = None
) -> None:
    """Print (or not) the verification code at the foot of orders."""
    require(session, actor, Action.OFFICE_SETTINGS)
    office = get_office(session, office_id)
    _put(session, office.id, _stored(session, office.id), CODE_KEY, "1" if on else "0")
    session.flush()
    audit(session, actor, "orders.verification_code", office.name, "on" if on else "off")
