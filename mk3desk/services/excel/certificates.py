"""The certificate register of a year as a workbook (export only: numbers are never typed in).

The sheet is :mod:`mk3desk.excel.kinds.certificates`; the rows are the year's
register as ``recognition.read.register`` gives it, in number order.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mk3desk.db.models import FiscalYear
from mk3desk.excel.kinds.certificates import KEY, REGISTER, TITLE_TH
from mk3desk.excel.kinds.reports import Sheets
from mk3desk.services.lookup import office_year_of
from mk3desk.services.recognition.read import register

__all__ = ["KEY", "TITLE_TH", "register_sheets"]


def register_sheets(session: Session, year: FiscalYear) -> Sheets:
    rows = [
        {
            "number": f"{c.number}/{c.be_year}",
            "issued_on": c.issued_on,
            "name": c.recipient_name,
            "position": c.recipient_position,
            "title": c.title,
            "reason": c.reason,
            "signer": c.signer.name,
            "signer_position": " ".join(c.signer.position.split()),
        }
        for c in register(session, office_year_of(year))
    ]
    return [(REGISTER, rows)]
