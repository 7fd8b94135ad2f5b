"""The audit chain with many clients on one PostgreSQL server.

Entry ids come from a sequence as entries are inserted; the chain is appended under
the head row's lock. bench/server.py found the two out of step: with clients saving at
once, an entry with a higher id could be chained before a lower one, and ``mk3desk
check`` then reported the chain broken though nothing was tampered with.
"""

from __future__ import annotations

import threading

from sqlalchemy import select

from mk3desk.db.migrate import open_database
from mk3desk.db.models import YearIndicator
from mk3desk.services import pdca
from mk3desk.services.audit_check import check_audit_trail
from mk3desk.services.context import Actor
from tests.pg_support import new_database
from tests.support import office_with_year


def test_two_clients_saving_at_once_leave_an_unbroken_chain(pg_server: str) -> None:
    url = new_database(pg_server, "chain")
    client_a, client_b = open_database(url), open_database(url)
    try:
        office_with_year(client_a)
        with client_a.session() as session:
            # two indicators: neither save waits for the other's record
            query = select(YearIndicator.id).order_by(YearIndicator.id).limit(2)
            first, second = session.scalars(query)
        saved_b = threading.Event()

        def save_on_b() -> None:
            with client_b.transaction() as session:
                pdca.save_text(session, Actor.system(), second, pdca.PdcaField.PLAN, "แผนของ ข")
            saved_b.set()

        other = threading.Thread(target=save_on_b)
        with client_a.transaction() as session:
            pdca.save_text(session, Actor.system(), first, pdca.PdcaField.PLAN, "แผนของ ก")
            other.start()  # A's entry has its id; B's save comes while A has not committed
            assert not saved_b.wait(1.0), "B's entry must not be chained before A's"
        other.join(30)
        assert saved_b.is_set()
        findings = check_audit_trail(client_a)
        assert [f.severity.value for f in findings] == ["ok"], [f.text() for f in findings]
    finally:
        client_a.close()
        client_b.close()
