"""One name, one person; a person entered by mistake can be deleted, one with history cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from mk3desk.db.models import Person
from mk3desk.domain.errors import ValidationError
from mk3desk.domain.workflow import Role
from mk3desk.services import lookup, people, people_edit
from mk3desk.services.context import Actor
from tests.support import DEADLINE, fresh_database, office_with_year


def test_the_same_full_name_cannot_be_added_twice(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as session:
        people.add_person(session, Actor.system(), name="นางสาวกนกวรรณ พลศรีเมือง")
    with pytest.raises(ValidationError) as raised, database.transaction() as session:
        people.add_person(session, Actor.system(), name="  นางสาวกนกวรรณ   พลศรีเมือง ")
    assert "มีบุคลากรชื่อ" in raised.value.message
    with database.session() as session:
        names = session.scalars(select(Person.name)).all()
    assert names == ["นางสาวกนกวรรณ พลศรีเมือง"]
    database.close()


def test_renaming_onto_another_persons_name_is_refused(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as session:
        first = people.add_person(session, Actor.system(), name="นายหนึ่ง ใจดี")
        second = people.add_person(session, Actor.system(), name="นายสอง ใจดี")
        ids = (first.id, second.id)
    with pytest.raises(ValidationError), database.transaction() as session:
        people_edit.update_person(
            session,
            Actor.system(),
            ids[1],
            name="นายหนึ่ง ใจดี",
            position="",
            group_id=None,
            roles=[Role.STAFF],
        )
    with database.transaction() as session:  # keeping one's own name is fine
        people_edit.update_person(
            session,
            Actor.system(),
            ids[0],
            name="นายหนึ่ง ใจดี",
            position="ครู",
            group_id=None,
            roles=[Role.STAFF],
        )
    database.close()


def test_a_mistaken_person_is_deleted_one_with_history_is_kept(tmp_path: Path) -> None:
    database = fresh_database(tmp_path)
    office_with_year(database)
    with database.transaction() as session:
        mistake = people.add_person(session, Actor.system(), name="นายพิมพ์ ผิดชื่อ")
        owner = people.add_person(session, Actor.system(), name="นางสาวมี งานทำ")
        indicator = lookup.find_indicator(session, lookup.find_year(session, 2567), "1.1")
        people.assign(session, Actor.system(), indicator.id, owner_id=owner.id, deadline=DEADLINE)
        ids = (mistake.id, owner.id)
    with database.transaction() as session:
        assert people_edit.delete_person(session, Actor.system(), ids[0]) == "นายพิมพ์ ผิดชื่อ"
    with pytest.raises(ValidationError) as raised, database.transaction() as session:
        people_edit.delete_person(session, Actor.system(), ids[1])
    assert "พ้นจากสำนักงาน" in raised.value.message
    with database.session() as session:
        assert session.get(Person, ids[0]) is None
        assert session.get(Person, ids[1]) is not None
    database.close()
