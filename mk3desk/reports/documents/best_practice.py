"""Document 7: the Best Practice write-up in the structure of the source story.

Numbered sections (ชื่อผลงาน … การเผยแพร่) with the office's own narrative texts
(mk3desk.services.best_practice, editable), and the results section filled with
the year's figures: the announced table of หมวด ๑-๗, the weighted score, the
band, the target and the national rank.
"""

from __future__ import annotations

from reportlab.platypus import Spacer
from reportlab.platypus.flowables import Flowable

from mk3desk.reports.documents import year_summary
from mk3desk.reports.documents.common import DocumentContext
from mk3desk.services.best_practice import SECTIONS, load_best_practice

# Sections whose lines are a numbered list rather than running paragraphs.
LISTED = {"objectives", "targets", "process", "factors", "success", "dissemination"}


def _results_summary(ctx: DocumentContext) -> str:
    result = ctx.result()
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


def build(ctx: DocumentContext) -> list[Flowable]:
    ctx.step(0, 1, "เอกสารผลงาน Best Practice")
    texts = load_best_practice(ctx.session, ctx.year.be_year, ctx.office.id)
    items: list[Flowable] = [
        ctx.title(f"ผลงาน Best Practice ประจำปีงบประมาณ พ.ศ. {ctx.year.be_year}"),
        ctx.para(ctx.office.name, ctx.centre),
        Spacer(1, 6),
    ]
    for n, (key, heading) in enumerate(SECTIONS, 1):
        items += ctx.heading(f"{n}. {heading}", 0)
        lines = [line.strip() for line in texts[key].splitlines() if line.strip()]
        if key in LISTED:
            items += [ctx.para(f"{n}.{i} {line}") for i, line in enumerate(lines, 1)] or [
                ctx.para(None)
            ]
        else:
            items += ctx.paras(texts[key])
        if key == "results":
            items += [
                ctx.para(_results_summary(ctx)),
                Spacer(1, 4),
                year_summary.score_table(ctx),
                Spacer(1, 4),
            ]
    items.append(ctx.signed_right(ctx.director(), "ขอรับรองว่าผลงานข้างต้นเป็นความจริง"))
    return [*items, ctx.end()]
