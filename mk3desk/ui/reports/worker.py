"""Making a document off the UI thread: a QRunnable that reports back through signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from mk3desk.domain.errors import Mk3Error
from mk3desk.domain.office_year import OfficeYear
from mk3desk.ui.context import AppContext


class JobSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # ReportResult
    failed = Signal(object)  # Mk3Error


class ReportJob(QRunnable):
    """services.reports.generate() in a pool thread (it opens its own database session)."""

    def __init__(
        self,
        context: AppContext,
        kind: str,
        office_year: OfficeYear,
        out: Path,
        code: str | None,
        committee_id: int | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.kind = kind
        self.office_year = office_year
        self.out = out
        self.code = code
        self.committee_id = committee_id  # the committee order: which committee
        self.signals = JobSignals()

    def run(self) -> None:
        # Imported here: reportlab is loaded only when the first document is made.
        from mk3desk.services.reports import generate

        try:
            result = generate(
                self.context.database,
                self.kind,
                self.office_year,
                self.out,
                indicator_code=self.code,
                committee_id=self.committee_id,
                progress=self.signals.progress.emit,
            )
        except Mk3Error as error:
            self.signals.failed.emit(error)
            return
        self.signals.finished.emit(result)
