"""Who owns which indicator until when: the assignment list and the monitoring report.

The rows come from :mod:`mk3desk.services.progress` (the one rule of "late"),
counted on the day the document is printed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear
from mk3desk.reports.documents.data import (
    AssignedIndicator,
    AssignmentsData,
    DueDate,
    LoadedIndicator,
    MonitoringData,
    PersonLoad,
)
from mk3desk.services import progress


def assigned(session: Session, year: FiscalYear) -> tuple[AssignedIndicator, ...]:
    return tuple(
        AssignedIndicator(r.code, r.title, r.owner_name, r.backup_name, r.deadline, r.state)
        for r in progress.assignment_rows(session, year.id)
    )


def _due(items: list[progress.DueItem]) -> tuple[DueDate, ...]:
    return tuple(
        DueDate(i.code, i.title, i.owner_name, i.deadline, i.state, i.days_left, i.late)
        for i in items
    )


def assignments_data(session: Session, year: FiscalYear, today: date) -> AssignmentsData:
    return AssignmentsData(
        rows=assigned(session, year), deadlines=_due(progress.deadlines(session, year.id, today))
    )


def monitoring_data(session: Session, year: FiscalYear, today: date) -> MonitoringData:
    return MonitoringData(
        states=progress.progress_by_state(session, year.id),
        late=_due(progress.late_items(session, year.id, today)),
        loads=tuple(
            PersonLoad(
                w.name,
                w.owned,
                w.backup,
                w.open,
                w.late,
                tuple(LoadedIndicator(i.code, i.state, i.as_backup, i.late) for i in w.items),
            )
            for w in progress.workload(session, year.id, today)
        ),
        rows=assigned(session, year),
    )
