"""Who is acting (``Actor``, defined in the domain) and the audit trail (``audit``, in
mk3desk.db.audit), re-exported here where the services have always found them."""

from __future__ import annotations

from mk3desk.db.audit import audit
from mk3desk.domain.actor import Actor, format_roles, parse_roles

__all__ = ["Actor", "audit", "format_roles", "parse_roles"]
