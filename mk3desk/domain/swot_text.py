"""A SWOT analysis as plain text: what ``mk3desk swot show`` prints and ``swot set --file`` reads.

One format both ways, so a clerk can print the year's analysis to a file, edit it in
Notepad and set it back::

    # การวิเคราะห์ SWOT ปีงบประมาณ 2567          (lines starting with # are notes)
    จุดแข็ง (Strengths):
    - บุคลากรมีความมุ่งมั่น
    จุดอ่อน (Weaknesses):
    - ...
    โอกาส (Opportunities):
    อุปสรรค (Threats):
    ผู้ร่วมวิเคราะห์:
    - กลุ่มนโยบายและแผน
    วันที่วิเคราะห์: 20/11/2566

A heading is a line ending with ":" whose words start with จุดแข็ง, จุดอ่อน, โอกาส,
อุปสรรค or ผู้ร่วมวิเคราะห์ (the English word in brackets may be left out); the lines
under it are its items, one a line, bullets optional. The day follows
"วันที่วิเคราะห์:" on its own line (26/7/2566, 26 ก.ค. 2566, or as printed).
"""

from __future__ import annotations

from datetime import date

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from mk3desk.domain.swot import QUADRANT_TITLES, Quadrant, Swot, lines
from mk3desk.domain.text import normalise_text
from mk3desk.domain.thaidate import format_thai_date, parse_thai_date

PARTICIPANTS = "ผู้ร่วมวิเคราะห์"
DAY = "วันที่วิเคราะห์"
_WORDS: dict[str, Quadrant] = {
    "จุดแข็ง": Quadrant.STRENGTHS,
    "จุดอ่อน": Quadrant.WEAKNESSES,
    "โอกาส": Quadrant.OPPORTUNITIES,
    "อุปสรรค": Quadrant.THREATS,
}


def swot_text(swot: Swot, heading: str = "") -> str:
    """*swot* in the format above (*heading*, if any, as a # note first)."""
    out = [f"# {heading}"] if heading else []
    for quadrant in Quadrant:
        out.append(f"{QUADRANT_TITLES[quadrant]}:")
        out += [f"- {item}" for item in swot.items(quadrant)]
    out.append(f"{PARTICIPANTS}:")
    out += [f"- {name}" for name in swot.participants]
    out.append(f"{DAY}: {format_thai_date(swot.held_on) if swot.held_on else '-'}")
    return "\n".join(out) + "\n"


def _heading(line: str) -> str | Quadrant | None:
    """The section a heading line opens (a quadrant or PARTICIPANTS), else None."""
    if not line.endswith(":"):
        return None
    words = line[:-1].split()
    if not words:
        return None
    if words[0] == PARTICIPANTS and len(words) == 1:
        return PARTICIPANTS
    quadrant = _WORDS.get(words[0])
    if quadrant is not None and (len(words) == 1 or words[1].startswith("(")):
        return quadrant
    return None


def parse_swot_text(text: str) -> Swot:
    """The analysis a text in the format above holds; a line outside any heading is refused."""
    sections: dict[str | Quadrant, list[str]] = {}
    current: str | Quadrant | None = None
    held_on: date | None = None
    for number, raw in enumerate(normalise_text(text).splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(f"{DAY}:"):
            value = line[len(DAY) + 1 :].strip()
            held_on = parse_thai_date(value) if value not in ("", "-") else None
            current = None
            continue
        heading = _heading(line)
        if heading is not None:
            current = heading
            sections.setdefault(current, [])
            continue
        if current is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Swot",
                    "บรรทัดที่ {line} “{text}” ไม่อยู่ใต้หัวข้อใด (จุดแข็ง: จุดอ่อน: โอกาส: อุปสรรค: "
                    "ผู้ร่วมวิเคราะห์: หรือ วันที่วิเคราะห์:)",
                ),
                line=number,
                text=line[:60],
            )
        sections[current].append(line)

    def items(key: str | Quadrant) -> tuple[str, ...]:
        return lines("\n".join(sections.get(key, [])))

    return Swot(
        items(Quadrant.STRENGTHS),
        items(Quadrant.WEAKNESSES),
        items(Quadrant.OPPORTUNITIES),
        items(Quadrant.THREATS),
        items(PARTICIPANTS),
        held_on,
    )
