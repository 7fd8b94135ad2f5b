"""The database models. Import them from here."""

from mk3desk.db.models.account import Account
from mk3desk.db.models.audit import AuditChainHead, AuditRow
from mk3desk.db.models.base import THAI_COLLATION, Base
from mk3desk.db.models.committee import Committee, CommitteeMember
from mk3desk.db.models.framework import (
    YearAdjustment,
    YearBand,
    YearCategory,
    YearCriterion,
    YearIndicator,
)
from mk3desk.db.models.office import FiscalYear, Group, Office, OfficeSetting, Person
from mk3desk.db.models.swot import SwotAnalysis
from mk3desk.db.models.sync import SyncState
from mk3desk.db.models.work import (
    Assignment,
    AuditEntry,
    CriterionResult,
    EvidenceFile,
    OfficialCategoryScore,
    OfficialIndicatorScore,
    OfficialResult,
    OutcomeValue,
    PdcaRecord,
    Transition,
)

__all__ = [
    "THAI_COLLATION",
    "Account",
    "Assignment",
    "AuditChainHead",
    "AuditEntry",
    "AuditRow",
    "Base",
    "Committee",
    "CommitteeMember",
    "CriterionResult",
    "EvidenceFile",
    "FiscalYear",
    "Group",
    "Office",
    "OfficeSetting",
    "OfficialCategoryScore",
    "OfficialIndicatorScore",
    "OfficialResult",
    "OutcomeValue",
    "PdcaRecord",
    "Person",
    "SwotAnalysis",
    "SyncState",
    "Transition",
    "YearAdjustment",
    "YearBand",
    "YearCategory",
    "YearCriterion",
    "YearIndicator",
]
