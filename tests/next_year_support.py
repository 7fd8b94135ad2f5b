"""An office ready to start its next fiscal year (tests/test_next_year*.py): 2567 with
indicator 1.1 assigned, an Act to carry into the new Plan, and a working committee."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mk3desk.db.engine import Database
from mk3desk.db.models import FiscalYear, PdcaRecord
from mk3desk.domain.committees import CommitteeDraft, CommitteeOrder, CommitteeRole
from mk3desk.services import lookup, people
from mk3desk.services.committees.save import create_committee
from mk3desk.services.context import Actor
from tests.support import fresh_database, office_with_year, staff

IMPROVEMENTS = "- จัดประชุมชี้แจงก่อนเริ่มปี\n- ทบทวนแผนทุกไตรมาส"


def prepared_office(folder: Path) -> tuple[Database, dict[str, Actor]]:
    database = fresh_database(folder)
    year_id = office_with_year(database)
    cast = staff(database)
    system = Actor.system()
    with database.transaction() as s:
        year = s.get(FiscalYear, year_id)
        assert year is not None
        first = lookup.find_indicator(s, year, "1.1")
        people.assign(
            s,
            system,
            first.id,
            owner_id=cast["owner"].person_id,
            backup_id=cast["backup"].person_id,
            deadline=date(2024, 2, 29),
        )
        first.pdca = PdcaRecord(act_improvements=IMPROVEMENTS)
        create_committee(
            s,
            system,
            lookup.office_year_of(year),
            CommitteeDraft(
                name="คณะกรรมการดำเนินงาน",
                order=CommitteeOrder(number="45", signed_on=date(2023, 10, 16), subject="ปี 2567"),
                preamble="ประจำปีงบประมาณ พ.ศ. 2567",
                members=(
                    (int(cast["coordinator"].person_id or 0), CommitteeRole.CHAIR),
                    (int(cast["reviewer"].person_id or 0), CommitteeRole.MEMBER),
                ),
            ),
        )
    return database, cast
