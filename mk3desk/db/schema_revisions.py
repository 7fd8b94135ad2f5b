"""The schema revisions this program ships (db/migrations/versions/), oldest first.

The start-up check (``sqlite_file``) compares a database's revision with these
using the plain ``sqlite3`` module, without importing Alembic: a revision not
listed here was written by a newer mk3desk and is refused; one other than
:data:`SCHEMA_HEAD` is upgraded by Alembic.

When you add a migration, append its revision id here. tests/test_db_migrations.py
holds this list equal to Alembic's own chain (and the chain linear), so a migration
added without it fails that test, naming the revision to add.
"""

from __future__ import annotations

SCHEMA_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
)
SCHEMA_HEAD: str = SCHEMA_REVISIONS[-1]
