"""What the documents print, as plain frozen values (no database, no session).

``services.documents`` gathers a :class:`DocumentData` in one read
session; the builders lay it out, after the session may be closed. Light on
purpose (no reportlab): the services import these types without loading the
layout engine.

The shared part is :class:`YearData` (the office, the fiscal year, its
settings and the day the document is printed as); ``DocumentData.content`` is
the kind's own part: :class:`SummaryData`, :class:`IndicatorsData`,
:class:`BookData`, :class:`CommitteeData`, :class:`AssignmentsData`,
:class:`MonitoringData` or :class:`BestPracticeData`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from mk3desk.domain.office_settings import OfficeSettings, Signatory
from mk3desk.domain.swot import Swot
from mk3desk.domain.workflow import State
from mk3desk.domain.year_result import YearResult
from mk3desk.reports.documents.knowledge_data import KnowledgeData

# -- shared ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeData:
    name: str
    short_name: str


@dataclass(frozen=True)
class YearData:
    """One fiscal year of one office, as every document heads and signs it."""

    office: OfficeData
    be_year: int
    settings: OfficeSettings
    today: date  # the day the document is printed as ("late" is counted on it)


@dataclass(frozen=True)
class DocumentData:
    """Everything one document prints: the shared year and the kind's own part."""

    year: YearData
    content: DocumentContent  # the kind's own part


# -- summary (and the results part of the book and of the Best Practice) ----------------------


@dataclass(frozen=True)
class SummaryData:
    result: YearResult


# -- indicators -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CriterionData:
    level: str  # Level value
    key: str
    text: str
    met: bool
    narrative: str


@dataclass(frozen=True)
class PdcaTexts:
    plan: str = ""
    do: str = ""
    check: str = ""
    act: str = ""
    improvements: str = ""


@dataclass(frozen=True)
class CommentData:
    """A committee member's comment when the indicator was sent back or passed."""

    on: date
    by: str  # the actor's name as recorded ("" unknown)
    text: str


@dataclass(frozen=True)
class EvidenceData:
    file_name: str
    description: str
    criterion_key: str | None
    added_on: date


@dataclass(frozen=True)
class IndicatorData:
    """One indicator of the year with everything its report shows."""

    code: str
    title: str
    category_number: int
    category_title: str
    kind: str  # IndicatorKind value
    state: str
    guide: str
    level_titles: dict[str, str]  # Level value -> the level's own title ("" none)
    criteria: tuple[CriterionData, ...]
    unit: str
    target: Decimal | None
    outcome_values: dict[int, Decimal]  # พ.ศ. -> value
    pdca: PdcaTexts
    comments: tuple[CommentData, ...]  # only those with a comment, in order
    evidence: tuple[EvidenceData, ...]  # not removed, in order
    owner: Signatory | None  # the Key Man (name, own position)
    backup_name: str | None
    deadline: date | None
    group_head: Signatory | None  # the executive of the owner's group who signs
    group_name: str  # the owner's group ("" none)


@dataclass(frozen=True)
class IndicatorsData:
    indicators: tuple[IndicatorData, ...]
    result: YearResult


# -- committee --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberData:
    name: str
    position: str
    role: str  # CommitteeRole value


@dataclass(frozen=True)
class CommitteeData:
    """One committee and the order that appoints it, as the order prints it."""

    name: str
    number: str  # the order's own number, without the year ("" not given yet)
    signed_on: date | None  # สั่ง ณ วันที่ (None: left blank to write in)
    subject: str
    preamble: str
    duties: tuple[str, ...]
    effective_from: date | None  # None: ตั้งแต่บัดนี้เป็นต้นไป
    signer: Signatory
    members: tuple[MemberData, ...]  # chair, vice chairs, members, secretary, assistants
    emblem: bytes | None = None  # the office's ครุฑ / emblem image (PNG or JPEG)
    verification_code: bool = False  # print the code at the foot (off for originals)


# -- assignments and monitoring ---------------------------------------------------------------


@dataclass(frozen=True)
class AssignedIndicator:
    code: str
    title: str
    owner_name: str  # "" not assigned
    backup_name: str
    deadline: date | None
    state: State


@dataclass(frozen=True)
class DueDate:
    code: str
    title: str
    owner_name: str
    deadline: date
    state: State
    days_left: int  # negative: that many days late
    late: bool


@dataclass(frozen=True)
class LoadedIndicator:
    """One indicator of a person's load: its code, state, as backup or Key Man, late."""

    code: str
    state: State
    as_backup: bool
    late: bool


@dataclass(frozen=True)
class PersonLoad:
    name: str
    owned: int
    backup: int
    open: int
    late: int
    indicators: tuple[LoadedIndicator, ...] = ()  # owned first, then backed up


@dataclass(frozen=True)
class AssignmentsData:
    rows: tuple[AssignedIndicator, ...]  # framework order
    deadlines: tuple[DueDate, ...]  # earliest first


@dataclass(frozen=True)
class MonitoringData:
    states: dict[State, int]  # every state, in order
    late: tuple[DueDate, ...]
    loads: tuple[PersonLoad, ...]  # Thai name order
    rows: tuple[AssignedIndicator, ...]


# -- the annual book and the Best Practice ----------------------------------------------------


@dataclass(frozen=True)
class BookData:
    indicators: IndicatorsData  # every indicator, and the year's result
    assignments: AssignmentsData
    committee: CommitteeData | None  # the year's first (working) committee, if any
    swot: Swot | None = None  # the year's SWOT analysis, if it has one


@dataclass(frozen=True)
class BestPracticeSection:
    key: str
    heading: str  # Thai
    text: str  # the office's text (or the default), {office}/{year} filled in


@dataclass(frozen=True)
class BestPracticeData:
    sections: tuple[BestPracticeSection, ...]
    result: YearResult


DocumentContent = (
    SummaryData
    | IndicatorsData
    | BookData
    | CommitteeData
    | AssignmentsData
    | MonitoringData
    | BestPracticeData
    | KnowledgeData
)


# -- certificates (เกียรติบัตร) and the year's poster: drawn on the page, not a story ------------


@dataclass(frozen=True)
class CertificateData:
    """One certificate as it is printed (the register keeps these very values)."""

    number: int
    be_year: int  # the register's year: "เลขที่ <number>/<be_year>"
    recipient_name: str
    recipient_position: str
    title: str  # the award's name, or "" (praise)
    reason: str
    issued_on: date
    signer: Signatory


@dataclass(frozen=True)
class CertificatesData:
    """A batch of certificates: one landscape page each."""

    office: OfficeData
    settings: OfficeSettings
    emblem: bytes | None  # the office's emblem image (PNG/JPEG), from the order options
    certificates: tuple[CertificateData, ...]


@dataclass(frozen=True)
class PosterCategory:
    number: int  # 1..7
    name: str  # "การนำองค์การ"
    score: Decimal | None  # 0..5; None when nothing is scored yet


@dataclass(frozen=True)
class PosterData:
    """The one-page summary of the year for publishing (PDF poster and PNG)."""

    office: OfficeData
    settings: OfficeSettings
    be_year: int
    total: Decimal | None  # the official total when recorded, else the computed one
    official: bool  # True: the figures are the published (official) ones
    target: Decimal | None
    band: str  # "" when no band is reached or none is defined
    rank: int | None  # national rank, only from the official results
    categories: tuple[PosterCategory, ...]
    mk3_line: str
    emblem: bytes | None
