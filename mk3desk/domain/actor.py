"""Who is acting: a person of the office and the roles they hold.

Every service takes an Actor so permissions and the audit trail have one place to
hook in: the window and the CLI act as the logged-in person; set-up tasks (the CLI on a
database without accounts, migrations, building the demo) act as the system, which keeps
full rights (``full_rights``) and is never what the window acts as once accounts
exist. Plain Python (no SQL, no Qt), so the window can know who works before the
database layer is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from mk3desk.domain.errors import QT_TRANSLATE_NOOP
from mk3desk.domain.workflow import Role


class PersonRecord(Protocol):
    """What an Actor is made from: a stored person (roles as comma-separated text)."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def roles(self) -> str: ...


@dataclass(frozen=True)
class Actor:
    person_id: int | None
    name: str
    roles: frozenset[Role]
    full_rights: bool = False  # the system: set-up tasks, outside the rights table

    @classmethod
    def of(cls, person: PersonRecord) -> Actor:
        return cls(person_id=person.id, name=person.name, roles=parse_roles(person.roles))

    @classmethod
    def system(cls) -> Actor:
        """The command line and set-up tasks: acts as the coordinator."""
        return cls(
            person_id=None,
            name=QT_TRANSLATE_NOOP("Actor", "ผู้ดูแลระบบ (บรรทัดคำสั่ง)"),
            roles=frozenset({Role.COORDINATOR, Role.REVIEWER}),
            full_rights=True,
        )

    @classmethod
    def nobody(cls) -> Actor:
        """The window before anyone has logged in (or while it is locked): reads only."""
        return cls(
            person_id=None,
            name=QT_TRANSLATE_NOOP("Actor", "ยังไม่ได้เข้าสู่ระบบ"),
            roles=frozenset({Role.VIEWER}),
        )

    def has(self, role: Role) -> bool:
        return role in self.roles


def parse_roles(text: str) -> frozenset[Role]:
    values = {part.strip() for part in text.split(",") if part.strip()}
    return frozenset(Role(v) for v in values if v in Role._value2member_map_)


def format_roles(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))
