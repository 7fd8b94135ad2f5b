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
from mk3desk.domain.errors import ConflictError, Mk3Error
from mk3desk.services import pdca
from mk3desk.services.audit_check import check_audit_trail
from mk3desk.services.context import Actor
from tests.pg_support import new_database, wait_for_a_lock_wait
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
            # B waits for the chain head A holds (the server shows it waiting), unsaved.
            assert wait_for_a_lock_wait(url, saved_b.is_set) and not saved_b.is_set(), (
                "B's entry must not be chained before A's"
            )
        other.join(30)
        assert saved_b.is_set()
        findings = check_audit_trail(client_a)
        assert [f.severity.value for f in findings] == ["ok"], [f.text() for f in findings]
    finally:
        client_a.close()
        client_b.close()


def test_two_clients_deadlocked_on_the_server_get_a_thai_conflict_not_damage(
    pg_server: str,
) -> None:
    """A clerk's unit of work holds the chain head from its first audit entry; another
    that wrote a record first and waits for the head, while the first then needs that
    record, is a deadlock: the server rolls one back. That one is a "changed by someone
    else, do it again" conflict (nothing written), never the "database damaged" message."""
    url = new_database(pg_server, "deadlock")
    client_a, client_b = open_database(url), open_database(url)
    try:
        office_with_year(client_a)
        with client_a.session() as session:
            query = select(YearIndicator.id).order_by(YearIndicator.id).limit(2)
            first, second = session.scalars(query)
        with client_a.transaction() as session:  # both records exist: saves update them
            for indicator in (first, second):
                pdca.save_text(session, Actor.system(), indicator, pdca.PdcaField.PLAN, "เดิม")
        outcomes: dict[str, object] = {}
        b_waits = threading.Event()

        def save_on_b() -> None:
            try:
                with client_b.transaction() as session:
                    pdca.save_text(session, Actor.system(), second, pdca.PdcaField.PLAN, "แผนของ ข")
                    b_waits.set()  # (only reached if B was not the one rolled back)
                outcomes["b"] = "saved"
            except Mk3Error as error:
                outcomes["b"] = error

        other = threading.Thread(target=save_on_b)
        try:
            with client_a.transaction() as session:
                pdca.save_text(session, Actor.system(), first, pdca.PdcaField.PLAN, "แผนของ ก")
                other.start()  # B updates `second`, then waits for the head A holds
                wait_for_a_lock_wait(url, b_waits.is_set)
                pdca.save_text(session, Actor.system(), second, pdca.PdcaField.PLAN, "ก แก้ ข")
            outcomes["a"] = "saved"
        except Mk3Error as error:
            outcomes["a"] = error
        other.join(30)
        refused = [o for o in outcomes.values() if isinstance(o, Mk3Error)]
        assert sorted(outcomes) == ["a", "b"] and len(refused) == 1, outcomes
        assert isinstance(refused[0], ConflictError), refused[0]
        assert "มีผู้อื่นแก้ไขรายการเดียวกันนี้ไปก่อนแล้ว" in str(refused[0].template)
        findings = check_audit_trail(client_a)
        assert [f.severity.value for f in findings] == ["ok"], [f.text() for f in findings]
    finally:
        client_a.close()
        client_b.close()
