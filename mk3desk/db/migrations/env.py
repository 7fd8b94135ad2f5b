"""Alembic environment. mk3desk runs migrations itself (mk3desk.db.migrate), handing over
an open connection, so there is no alembic.ini and no URL here."""

from __future__ import annotations

from alembic import context

from mk3desk.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: Alembic copies the table instead
    compare_type=True,
    # Each step commits on its own: a failure leaves the last good revision.
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
