"""Document 4: the order (คำสั่ง) appointing the year's committee, signed by the director.

Chair: the committee-chair setting, else the director. Vice chair: the deputy
setting, when set. Members: the office's reviewers. Secretary: the coordinator
setting, else the person with the coordinator role. The order number is left
for the registry clerk to fill in (ที่ …/๒๕๖๗), after the office's prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.office_settings import Signatory
from mk3desk.domain.workflow import Role
from mk3desk.reports.blocks import thai_table
from mk3desk.reports.documents.common import DocumentContext, cells, column_widths
from mk3desk.reports.documents.data import CommitteeData
from mk3desk.reports.thai_text import Align

DUTIES = (
    "ศึกษาคู่มือ ประเด็นการพิจารณา และเกณฑ์การประเมินของตัวชี้วัดแต่ละตัว "
    "แล้วชี้แจงแนวทางการดำเนินงานแก่ผู้รับผิดชอบตัวชี้วัด",
    "กำกับ ติดตาม และให้คำแนะนำการดำเนินงานตามวงจรคุณภาพ PDCA ให้เป็นไปตามปฏิทินการดำเนินงาน",
    "ตรวจสอบความถูกต้อง ครบถ้วนของผลการดำเนินงานและหลักฐานประกอบก่อนรายงานในระบบ KRS "
    "และส่งกลับให้แก้ไขพร้อมข้อเสนอแนะเมื่อจำเป็น",
    "สรุปผลการดำเนินงาน สะท้อนผล และเสนอแนวทางการพัฒนาในปีงบประมาณต่อไป "
    "รายงานผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาทราบ",
)


@dataclass(frozen=True)
class Member:
    name: str
    position: str
    role: str  # in the committee: ประธานกรรมการ, กรรมการ, ...


def members(ctx: DocumentContext, committee: CommitteeData) -> list[Member]:
    settings = ctx.settings
    office_people = committee.people

    def from_setting(s: Signatory, role: str) -> Member | None:
        return Member(s.name, s.position, role) if s.is_set else None

    chair = from_setting(settings.committee_chair, "ประธานกรรมการ") or from_setting(
        settings.director, "ประธานกรรมการ"
    )
    if chair is None:
        ctx.signer(None, missing="ประธานกรรมการ (ตั้งค่าได้ที่หน้าตั้งค่าสำนักงาน)", position="")
        chair = Member("." * 30, "", "ประธานกรรมการ")
    vice = from_setting(settings.deputy, "รองประธานกรรมการ")
    secretary = from_setting(settings.coordinator, "กรรมการและเลขานุการ")
    if secretary is None:
        coordinator = next((p for p in office_people if Role.COORDINATOR in p.roles), None)
        if coordinator is not None:
            secretary = Member(coordinator.name, coordinator.position, "กรรมการและเลขานุการ")
    taken = {m.name for m in (chair, vice, secretary) if m is not None}
    reviewers = [
        Member(p.name, p.position, "กรรมการ")
        for p in office_people
        if Role.REVIEWER in p.roles and p.name not in taken
    ]
    listed = [chair, *([vice] if vice else []), *reviewers, *([secretary] if secretary else [])]
    return listed


def member_table(ctx: DocumentContext, committee: CommitteeData) -> Flowable:
    rows: list[list[object]] = [["ที่", "ชื่อ - สกุล", "ตำแหน่ง", "หน้าที่ในคณะกรรมการ"]]
    for n, m in enumerate(members(ctx, committee), 1):
        rows.append(cells(ctx, [str(n), m.name, m.position or None, m.role]))
    return thai_table(
        rows,
        column_widths(0.9, 4.3, 7.0, 3.8),
        cell_style=ctx.styles.table_cell,
        header_style=ctx.styles.table_header,
        column_align=[Align.CENTER, None, None, None],
    )


def build(ctx: DocumentContext, data: CommitteeData) -> list[Flowable]:
    ctx.step(0, 1, "คำสั่งแต่งตั้งคณะกรรมการ")
    be = ctx.year.be_year
    prefix = ctx.settings.order_number_prefix.strip()
    subject = (
        "แต่งตั้งคณะกรรมการดำเนินงานตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ (KRS) "
        f"และตัวชี้วัดการเป็นระบบราชการ 4.0 (PMQA 4.0) ประจำปีงบประมาณ พ.ศ. {be}"
    )
    body = (
        f"เพื่อให้การดำเนินงานตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการของ{ctx.office.name} "
        f"ประจำปีงบประมาณ พ.ศ. {be} เป็นไปอย่างมีประสิทธิภาพ เป็นระบบตามวงจรคุณภาพ PDCA "
        "และรายงานผลได้ถูกต้อง ครบถ้วน ทันตามกำหนดเวลาที่สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานกำหนด "
        "จึงแต่งตั้งคณะกรรมการ ดังรายชื่อต่อไปนี้"
    )
    items: list[Flowable] = [
        ctx.title(f"คำสั่ง{ctx.office.name}"),
        ctx.para(f"ที่ {prefix} ........../{be}" if prefix else f"ที่ ........../{be}", ctx.centre),
        ctx.para(f"เรื่อง {subject}", ctx.centre),
        ctx.para("-" * 20, ctx.centre),
        ctx.para(body, ctx.styles.body),
        Spacer(1, 4),
        member_table(ctx, data),
        Spacer(1, 4),
        ctx.para("ให้คณะกรรมการมีหน้าที่ ดังนี้", ctx.styles.body),
    ]
    items += [ctx.para(f"{n}. {duty}", ctx.styles.body) for n, duty in enumerate(DUTIES, 1)]
    items += [
        ctx.para(
            "ให้ผู้ที่ได้รับการแต่งตั้งปฏิบัติหน้าที่ที่ได้รับมอบหมายอย่างเคร่งครัด เพื่อให้เกิดประโยชน์สูงสุดต่อทางราชการ",
            ctx.styles.body,
        ),
        ctx.signed_right(ctx.director(), "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", f"สั่ง ณ วันที่ {ctx.date(ctx.today)}"),
        ctx.end(),
    ]
    return items
