"""The database models. Import them from here."""

from mk3desk.db.models.account import Account
from mk3desk.db.models.audit import AuditChainHead, AuditRow
from mk3desk.db.models.base import THAI_COLLATION, Base
from mk3desk.db.models.committee import Committee, CommitteeMember
from mk3desk.db.models.evidence_blob import EvidenceBlob
from mk3desk.db.models.framework import (
    YearAdjustment,
    YearBand,
    YearCategory,
    YearCriterion,
    YearIndicator,
)
from mk3desk.db.models.knowledge import (
    KnowledgeAttendee,
    KnowledgeIndicator,
    KnowledgeMaterial,
    KnowledgeSession,
)
from mk3desk.db.models.office import FiscalYear, Group, Office, OfficeSetting, Person
from mk3desk.db.models.recognition import Certificate, Recognition
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
    "Certificate",
    "Committee",
    "CommitteeMember",
    "CriterionResult",
    "EvidenceBlob",
    "EvidenceFile",
    "FiscalYear",
    "Group",
    "KnowledgeAttendee",
    "KnowledgeIndicator",
    "KnowledgeMaterial",
    "KnowledgeSession",
    "Office",
    "OfficeSetting",
    "OfficialCategoryScore",
    "OfficialIndicatorScore",
    "OfficialResult",
    "OutcomeValue",
    "PdcaRecord",
    "Person",
    "Recognition",
    "SwotAnalysis",
    "SyncState",
    "Transition",
    "YearAdjustment",
    "YearBand",
    "YearCategory",
    "YearCriterion",
    "YearIndicator",
]
