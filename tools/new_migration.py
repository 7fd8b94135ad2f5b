#!/usr/bin/env python3
"""Start a new schema migration from the models (the recipe in CONTRIBUTING.md).

    python tools/new_migration.py "what the migration does"

mk3desk runs Alembic itself (``mk3desk.db.migrate``, no alembic.ini): this script
does the same. It brings a throwaway SQLite database up to the newest revision,
lets Alembic compare it with ``mk3desk.db.models`` (autogenerate), and writes
``mk3desk/db/migrations/versions/NNNN_<slug>.py`` with the next number. Read what it
wrote: autogenerate misses renames, data moves, server defaults and the PostgreSQL
collation; then update the schema head the quick start-up look knows (see
``mk3desk/db/schema_head.py`` if present, else ``db/sqlite_file.py``) and run
``python3 -m pytest tests/test_db_migrations.py``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", help="what the migration does (the first line of its docstring)")
    args = parser.parse_args()

    from alembic import command

    from mk3desk.db.migrate import alembic_config, head_revision, open_database

    head = head_revision()
    rev_id = f"{int(head) + 1:04d}"
    slug = re.sub(r"[^a-z0-9]+", "_", args.message.lower()).strip("_")[:40] or "change"
    with tempfile.TemporaryDirectory(prefix="mk3desk-migration-") as folder:
        database = open_database(Path(folder) / "head.sqlite3", create=True)
        try:
            with database.engine.begin() as connection:
                config = alembic_config(connection)
                config.set_main_option("file_template", f"%%(rev)s_{slug}")
                script = command.revision(
                    config, message=args.message, autogenerate=True, rev_id=rev_id
                )
        finally:
            database.close()
    path = getattr(script, "path", None)
    print(f"wrote {path} (revision {rev_id}, after {head}) — read it before you commit")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
