"""Texts typed while the office server was out of reach, kept on this machine until saved.

A PDCA text, a criterion's narrative or a Best Practice text whose save failed for a
lost connection stays in its editor and is saved when the server answers again
(ui/pdca/text_save.py). So that closing the program (or a crash) meanwhile loses
nothing either, the text is also written here at once: one JSON file per database
under the data folder's ``drafts/``, each draft under the record it belongs to (an
indicator's id, or ``best_practice(office, year)``) and its field, with the text it
was typed over (its *base*, for the same "someone saved first" check as any save). A
saved text's draft is removed.

When the work screen opens an indicator that has a draft (or the Best Practice
dialog opens with one), the draft is put back into its editor as typing not yet saved
(``TextAutosave.restore``), and saved from there.

Plain Python (no Qt): the window's own small state, like its QSettings.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from mk3desk.paths import data_dir
from mk3desk.safe_write import replaced_atomically

if TYPE_CHECKING:
    from mk3desk.db.engine import Database

log = logging.getLogger(__name__)


# What a draft belongs to: an indicator's id, or ``Drafts.best_practice(…)``.
Owner: TypeAlias = int | str

BEST_PRACTICE = "best-practice"


@dataclass(frozen=True)
class Draft:
    text: str
    base: str  # the stored text the clerk typed over


class Drafts:
    """The drafts kept for one database (named by *database_name*: a file or a server URL
    without its password)."""

    def __init__(self, database_name: str, folder: Path | None = None) -> None:
        digest = sha256(database_name.encode("utf-8")).hexdigest()[:16]
        self.path = (folder or data_dir() / "drafts") / f"{digest}.json"
        self.database_name = database_name

    @classmethod
    def of(cls, database: Database) -> Drafts:
        """The drafts of *database* (named by its URL, never with a password)."""
        return cls(database.engine.url.render_as_string(hide_password=True))

    @staticmethod
    def key(owner: Owner, field: str) -> str:
        return f"{owner}/{field}"

    @staticmethod
    def best_practice(office_id: int | None, be_year: int) -> str:
        """The owner of the Best Practice texts of one office-year (no indicator)."""
        return f"{BEST_PRACTICE}:{office_id or 0}:{be_year}"

    @staticmethod
    def indicator_of(key: str) -> int | None:
        """The indicator a drafts key belongs to; None for a Best Practice text."""
        owner = key.partition("/")[0]
        return int(owner) if owner.isdigit() else None

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            # Kept aside, never overwritten by the next draft: what it holds can still be
            # read by hand (a text editor shows the JSON).
            aside = self.path.with_name(f"{self.path.stem}.damaged{self.path.suffix}")
            log.warning("unreadable drafts file %s, moved to %s", self.path, aside, exc_info=True)
            with contextlib.suppress(OSError):
                self.path.replace(aside)
            return {}
        drafts = data.get("drafts", {}) if isinstance(data, dict) else {}
        if not isinstance(drafts, dict):
            return {}
        return {k: v for k, v in drafts.items() if isinstance(k, str) and isinstance(v, dict)}

    def _write(self, drafts: dict[str, dict[str, str]]) -> None:
        if not drafts:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {"database": self.database_name, "drafts": drafts}
        with replaced_atomically(self.path) as part:
            part.write_text(json.dumps(body, ensure_ascii=False, indent=1), encoding="utf-8")

    def all(self) -> dict[str, Draft]:
        return {
            key: Draft(str(value.get("text", "")), str(value.get("base", "")))
            for key, value in self._read().items()
        }

    def get(self, owner: Owner, field: str) -> Draft | None:
        return self.all().get(self.key(owner, field))

    def keep(self, owner: Owner, field: str, draft: Draft) -> None:
        drafts = self._read()
        drafts[self.key(owner, field)] = {"text": draft.text, "base": draft.base}
        self._write(drafts)

    def drop(self, owner: Owner, field: str) -> None:
        drafts = self._read()
        if drafts.pop(self.key(owner, field), None) is not None:
            self._write(drafts)
