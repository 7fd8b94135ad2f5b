"""The editable narrative texts of the Best Practice write-up (document 7).

Stored as office settings ``bp.<section>`` (OfficeSetting rows, no migration).
A section never saved gets its default: the wording of the source story with
the office's name and the fiscal year put in. ``{office}`` and ``{year}`` in a
saved text are filled in the same way when the document is printed.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from mk3desk.db.models import OfficeSetting
from mk3desk.domain.errors import QT_TRANSLATE_NOOP, ConflictError, ValidationError
from mk3desk.domain.rights import Action
from mk3desk.domain.text import normalise_text
from mk3desk.services.conflicts import read_locked
from mk3desk.services.context import Actor, audit
from mk3desk.services.lookup import get_office
from mk3desk.services.rights import require

PREFIX = "bp."

# (key, Thai heading) in the order of the write-up; the results table and the
# scores come from the database, not from these texts.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("BestPractice", "ชื่อผลงาน")),
    ("background", QT_TRANSLATE_NOOP("BestPractice", "ความเป็นมา")),
    ("objectives", QT_TRANSLATE_NOOP("BestPractice", "วัตถุประสงค์")),
    ("targets", QT_TRANSLATE_NOOP("BestPractice", "เป้าหมายเชิงปริมาณและคุณภาพ")),
    ("process", QT_TRANSLATE_NOOP("BestPractice", "วิธีการดำเนินงาน/กระบวนการ (PDCA)")),
    ("factors", QT_TRANSLATE_NOOP("BestPractice", "รูปแบบ/เทคนิคที่ทำให้เกิดความสำเร็จ (MK3 Model)")),
    ("results", QT_TRANSLATE_NOOP("BestPractice", "ผลสำเร็จ")),
    ("success", QT_TRANSLATE_NOOP("BestPractice", "ปัจจัยส่งผลให้เกิดความสำเร็จ")),
    ("dissemination", QT_TRANSLATE_NOOP("BestPractice", "การเผยแพร่/ประชาสัมพันธ์")),
)
SECTION_KEYS = tuple(key for key, _ in SECTIONS)

DEFAULTS: dict[str, str] = {
    "title": (
        "รายงานผลการปฏิบัติราชการตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ "
        "และรายงานผลการดำเนินงานตามตัวชี้วัดในการเป็นระบบราชการ 4.0 (PMQA 4.0) "
        "ของ{office} ด้วยนวัตกรรม MK3 Model ประจำปีงบประมาณ {year}"
    ),
    "background": (
        "ทรัพยากรมนุษย์เป็นหัวใจสำคัญต่อการเปลี่ยนแปลงองค์กร จึงจำเป็นต้องได้รับการพัฒนาอย่างต่อเนื่อง "
        "เพื่อให้มีความคิดสร้างสรรค์ในการพัฒนางานให้เกิดองค์ความรู้ใหม่ มุ่งสู่ความเป็นเลิศในการบริหารกิจการบ้านเมืองที่ดี\n"
        "{office} นำนโยบายจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานสู่การปฏิบัติ "
        "ขับเคลื่อนการดำเนินงานให้เป็นไปตามคำรับรองมาตรการปรับปรุงประสิทธิภาพในการปฏิบัติราชการ (KRS) "
        "และมุ่งเป้าสู่การเป็นหน่วยงานในการเป็นระบบราชการ 4.0 (PMQA 4.0) "
        "ภายใต้วงจรคุณภาพ PDCA โดยใช้นวัตกรรม MK3 Model เป็นกรอบในการพัฒนากระบวนการดำเนินงาน"
    ),
    "objectives": (
        "เพื่อพัฒนารูปแบบในการขับเคลื่อนการดำเนินงานให้มีประสิทธิภาพ\n"
        "เพื่อขับเคลื่อนการดำเนินงานให้มีระดับคะแนนเพิ่มขึ้นอย่างต่อเนื่อง\n"
        "เพื่อยกระดับผลสัมฤทธิ์ในการพัฒนาคุณภาพการจัดการศึกษา"
    ),
    "targets": (
        "เชิงปริมาณ: ผลคะแนนการดำเนินงานประจำปีงบประมาณ {year} สูงกว่าค่าเป้าหมายที่กำหนด\n"
        "เชิงคุณภาพ: มีรูปแบบการขับเคลื่อนการดำเนินงานที่มีประสิทธิภาพ "
        "และบุคลากรมีความรู้ความเข้าใจในแนวทางการปฏิบัติงานที่ถูกต้อง"
    ),
    "process": (
        "ระยะที่ 1 วางแผน (Plan): จัดทำแผนและปฏิทินการดำเนินงาน แต่งตั้งคณะกรรมการ "
        "และมอบหมายผู้รับผิดชอบตัวชี้วัด\n"
        "ระยะที่ 2 ดำเนินการ (Do): ประชุมชี้แจงแนวทาง ดำเนินกิจกรรมตามแผน และจัดเก็บหลักฐาน\n"
        "ระยะที่ 3 ตรวจสอบ (Check): คณะกรรมการตรวจสอบความถูกต้องครบถ้วนก่อนรายงานในระบบ KRS\n"
        "ระยะที่ 4 สะท้อนผล (Act): ประชุมสรุปผลการดำเนินงานและกำหนดแนวทางพัฒนาในปีต่อไป"
    ),
    "factors": (
        "M = Management การให้บุคลากรทุกกลุ่มมีส่วนร่วมทำงานตามที่ได้รับมอบหมาย "
        "ภายใต้การกำกับของผู้บริหาร\n"
        "K = Knowledge การจัดประชุมสร้างเสริมองค์ความรู้เพื่อรายงานข้อมูลได้ถูกต้องครบถ้วนตามประเด็นตัวชี้วัด\n"
        "K = Kindness การมีน้ำใจและร่วมมือกัน สร้างขวัญกำลังใจด้วยการยกย่องชมเชย\n"
        "K = Key Man ผู้รับผิดชอบตัวชี้วัดที่ศึกษารายละเอียด สรุปผล และรายงานได้อย่างเป็นระบบ"
    ),
    "results": (
        "{office} มีรูปแบบการขับเคลื่อนการดำเนินงานที่ชัดเจนเป็นระบบ "
        "บุคลากรรายงานข้อมูลได้ถูกต้อง ตรงตามประเด็นและทันกำหนดเวลา ผลคะแนนดังตารางต่อไปนี้"
    ),
    "success": (
        "ด้านบุคลากร: แต่งตั้งคณะกรรมการ มอบหมายผู้รับผิดชอบตามประเด็นตัวชี้วัด และสร้างขวัญกำลังใจ\n"
        "ด้านการวางแผน: วางแผนร่วมกันในรูปแบบองค์คณะ ศึกษาคู่มือการดำเนินงานอย่างละเอียด\n"
        "ด้านกระบวนการ: ประชุมชี้แจง ดำเนินการตามแผน และส่งข้อมูลตามกำหนด\n"
        "ด้านผลลัพธ์: กำกับ ติดตาม ประเมินผล และนำผลการประเมินไปพัฒนาต่อไป"
    ),
    "dissemination": ("เผยแพร่ผ่านเว็บไซต์และสื่อสังคมออนไลน์ของ{office} และในการประชุมผู้บริหารสถานศึกษา"),
}


def _fill(text: str, office: str, be_year: int) -> str:
    return text.replace("{office}", office).replace("{year}", str(be_year))


def load_best_practice(
    session: Session, be_year: int, office_id: int | None = None
) -> dict[str, str]:
    """Every section's text (saved, else the default), with {office}/{year} filled in."""
    office = get_office(session, office_id)
    stored = {s.key[len(PREFIX) :]: s.value for s in office.settings if s.key.startswith(PREFIX)}
    return {
        key: _fill(stored.get(key) or DEFAULTS[key], office.name, be_year) for key in SECTION_KEYS
    }


def _refuse_if_saved_since(
    session: Session,
    office_id: int,
    texts: Mapping[str, str],
    base: Mapping[str, str],
    be_year: int,
) -> None:
    shown = load_best_practice(session, be_year, office_id)
    for key, text in texts.items():
        mine = normalise_text(text)
        if key in base and shown[key] not in (base[key], mine):
            raise ConflictError(
                QT_TRANSLATE_NOOP(
                    "BestPractice",
                    "หัวข้อนี้มีผู้อื่นบันทึกไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด",
                ),
                mine=mine,
                theirs=shown[key],
            )


def save_best_practice(
    session: Session,
    actor: Actor,
    texts: Mapping[str, str],
    office_id: int | None = None,
    *,
    base: Mapping[str, str] | None = None,
    be_year: int = 0,
) -> None:
    """Save the sections in *texts*; an empty text goes back to the default.

    *base* holds, per section, the text its editor started from, as shown for *be_year*
    (the default text has the year in it): when the stored section is no longer it,
    someone saved it in between and the save is refused with both texts (None skips the
    check)."""
    require(session, actor, Action.BEST_PRACTICE)
    unknown = sorted(set(texts) - set(SECTION_KEYS))
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("BestPractice", "ไม่มีหัวข้อ {keys} ในเอกสาร Best Practice"),
            keys=", ".join(unknown),
        )
    office = get_office(session, office_id)
    if base is not None:
        read_locked(session, office)
        _refuse_if_saved_since(session, office.id, texts, base, be_year)
    existing = {s.key: s for s in office.settings}
    for key, text in texts.items():
        # normalise_text keeps line breaks: each line is a paragraph when printed.
        value = normalise_text(text)
        row = existing.get(PREFIX + key)
        if row is None:
            office.settings.append(OfficeSetting(key=PREFIX + key, value=value))
        else:
            row.value = value
    session.flush()
    audit(session, actor, "best_practice.save", office.name, ", ".join(sorted(texts)))
