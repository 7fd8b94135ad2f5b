"""Document 7: the Best Practice write-up in the structure of the source story.

Numbered sections (ชื่อผลงาน … การเผยแพร่) with the office's own narrative texts
(edited in ``services.best_practice``), and the results section filled with
the year's figures: the announced table of หมวด ๑-๗, the weighted score, the
band, the target and the national rank.
"""

from __future__ import annotations

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.domain.year_result import YearResult
from mk3desk.reports.documents import year_summary
from mk3desk.reports.documents.common import DocumentContext
from mk3desk.reports.documents.data import BestPracticeData

# Sections whose lines are a numbered list rather than running paragraphs.
LISTED = {"objectives", "targets", "process", "factors", "success", "dissemination"}


def _results_summary(ctx: DocumentContext, result: YearResult) -> str:
    official = result.official
    total = official.total if official and official.total is not None else result.score.total
    text = f"ผลการประเมินประจำปีงบประมาณ {ctx.year.be_year} ได้คะแนนถ่วงน้ำหนักรวม {ctx.score(total)}"
    if official is not None and official.rank is not None:
        text += f" (ลำดับที่ {official.rank} ของประเทศ)"
    target = result.score.target
    if target is not None:
        higher = total >= target
        text += f" {'สูงกว่า' if higher else 'ต่ำกว่า'}ค่าเป้าหมาย {ctx.score(target)} ที่กำหนดไว้"
    return text


def build(ctx: DocumentContext, data: BestPracticeData) -> list[Flowable]:
    ctx.step(0, 1, "เอกสารผลงาน Best Practice")
    items: list[Flowable] = [
        ctx.title(f"ผลงาน Best Practice ประจำปีงบประมาณ พ.ศ. {ctx.year.be_year}"),
        ctx.para(ctx.office.name, ctx.centre),
        Spacer(1, 6),
    ]
    for n, section in enumerate(data.sections, 1):
        key = section.key
        items += ctx.heading(f"{n}. {section.heading}", 0)
        lines = [line.strip() for line in section.text.splitlines() if line.strip()]
        if key in LISTED:
            items += [ctx.para(f"{n}.{i} {line}") for i, line in enumerate(lines, 1)] or [
                ctx.para(None)
            ]
        else:
            items += ctx.paras(section.text)
        if key == "results":
            items += [
                ctx.para(_results_summary(ctx, data.result)),
                Spacer(1, 4),
                year_summary.score_table(ctx, data.result),
                Spacer(1, 4),
            ]
    items.append(ctx.signed_right(ctx.director(), "ขอรับรองว่าผลงานข้างต้นเป็นความจริง"))
    return [*items, ctx.end()]
