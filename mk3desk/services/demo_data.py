"""The fictional people and texts of the demo office (สพป.มหาสารคาม เขต 3).

The office and its FY2567 published figures come from the seed story; every
person, text and FY2566 figure here is invented for demonstration.
"""

from __future__ import annotations

from decimal import Decimal

from mk3desk.domain.workflow import Role

OFFICE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 3"
OFFICE_SHORT = "สพป.มหาสารคาม เขต 3"
OFFICE_AREA = "จังหวัดมหาสารคาม"

GROUPS = (
    "กลุ่มอำนวยการ",
    "กลุ่มนโยบายและแผน",
    "กลุ่มบริหารงานบุคคล",
    "กลุ่มส่งเสริมการจัดการศึกษา",
    "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
    "กลุ่มบริหารงานการเงินและสินทรัพย์",
    "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
    "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
    "กลุ่มกฎหมายและคดี",
    "หน่วยตรวจสอบภายใน",
)

_EXEC = (Role.EXECUTIVE,)
_HEAD = (Role.EXECUTIVE, Role.REVIEWER)
_COORD = (Role.COORDINATOR, Role.REVIEWER, Role.STAFF)
_STAFF = (Role.STAFF,)

# (name, position, group index or None, roles). Every group has a head with the
# executive role: the indicator report takes its "ผู้ตรวจสอบ" signer from there
# (mk3desk.services.documents.indicators.group_head). New people go at the end,
# so the indexes below stay put.
PEOPLE: tuple[tuple[str, str, int | None, tuple[Role, ...]], ...] = (
    ("นายประเสริฐ วงศ์ศรีสุข", f"ผู้อำนวยการ{OFFICE_NAME}", None, _EXEC),
    ("นางวิไลวรรณ ทองประเสริฐ", f"รองผู้อำนวยการ{OFFICE_NAME}", None, _HEAD),
    ("นายสมพงษ์ แก้วมณีวงศ์", f"รองผู้อำนวยการ{OFFICE_NAME}", None, _HEAD),
    ("นางสาวกนกวรรณ พลศรีเมือง", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", 1, _COORD),
    ("นางพรทิพย์ ศรีวงศ์ไชย", "ผู้อำนวยการกลุ่มนโยบายและแผน", 1, _HEAD),
    ("นายธีรวัฒน์ บุญมาก", "ผู้อำนวยการกลุ่มบริหารงานบุคคล", 2, _HEAD),
    ("นางเสาวลักษณ์ ไชยมงคล", "ผู้อำนวยการกลุ่มส่งเสริมการจัดการศึกษา", 3, _HEAD),
    ("นายไพโรจน์ ภูมิสถาน", "ผู้อำนวยการกลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", 4, _HEAD),
    ("นางแสงเดือน จันทร์หอม", "นักวิเคราะห์นโยบายและแผนชำนาญการ", 1, _STAFF),
    ("นายอนุชา สุขประเสริฐ", "นักวิชาการคอมพิวเตอร์ชำนาญการ", 6, _STAFF),
    ("นางสาวปิยะนุช ทองคำ", "นักทรัพยากรบุคคลชำนาญการ", 2, _STAFF),
    ("นางอรุณี ศรีสวัสดิ์", "นักวิชาการเงินและบัญชีชำนาญการ", 5, _STAFF),
    ("นายวีระพงษ์ แสนสุข", "นิติกรชำนาญการ", 8, _STAFF),
    ("นางสาวจิราพร ใจดี", "นักประชาสัมพันธ์ปฏิบัติการ", 0, _STAFF),
    ("นางบุษบา มณีรัตน์", "ศึกษานิเทศก์ชำนาญการพิเศษ", 4, _STAFF),
    ("นายเกียรติศักดิ์ พรหมวงศ์", "นักวิชาการศึกษาชำนาญการ", 3, _STAFF),
    ("นางสาวณัฐธิดา คำภูเมือง", "นักวิชาการตรวจสอบภายในชำนาญการ", 9, _STAFF),
    ("นายสุริยา โคตรวงศ์", "นักวิชาการพัสดุชำนาญการ", 5, _STAFF),
    ("นางรัตนา ภูผาลี", "เจ้าพนักงานธุรการชำนาญงาน", 0, _STAFF),
    ("นางสาวศิริพร ดวงแก้ว", "นักทรัพยากรบุคคลปฏิบัติการ", 7, _STAFF),
    # The heads of the other groups: every Key Man's report has a group head to sign it.
    ("นางจันทร์เพ็ญ ศรีบุญเรือง", "ผู้อำนวยการกลุ่มอำนวยการ", 0, _HEAD),
    ("นายสมศักดิ์ ทองดีวงศ์", "ผู้อำนวยการกลุ่มบริหารงานการเงินและสินทรัพย์", 5, _HEAD),
    (
        "นายวิทยา ศรีโคตร",
        "ผู้อำนวยการกลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
        6,
        _HEAD,
    ),
    ("นางนงลักษณ์ พิมพ์ศรี", "ผู้อำนวยการกลุ่มพัฒนาครูและบุคลากรทางการศึกษา", 7, _HEAD),
    ("นายชัยวัฒน์ นามวงศ์", "ผู้อำนวยการกลุ่มกฎหมายและคดี", 8, _HEAD),
    ("นางสุภาพร แสงอรุณ", "ผู้อำนวยการหน่วยตรวจสอบภายใน", 9, _HEAD),
    # Reads only: the demo's viewer account.
    ("นางสาวมาลัย ศรีสมบูรณ์", "เจ้าพนักงานธุรการปฏิบัติงาน", 0, (Role.VIEWER,)),
)

DIRECTOR = 0
COORDINATOR = 3
REVIEWERS = (1, 2, 4, 5, 6, 7)
KEY_MEN = (3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)
VIEWER = 26

# The demo's logins, one per role, all with DEMO_PASSWORD (README, first-start text).
DEMO_PASSWORD = "demo1234"
DEMO_ACCOUNTS: tuple[tuple[str, int], ...] = (
    ("coordinator", COORDINATOR),  # ผู้ประสาน (also a Key Man and a reviewer)
    ("director", DIRECTOR),  # ผู้บริหาร
    ("reviewer", 4),  # กรรมการตรวจสอบ (a group head: executive and reviewer)
    ("keyman", 8),  # Key Man: owns and backs up indicators
    ("viewer", VIEWER),  # ดูอย่างเดียว
)

# The figures OBEC published for FY2567 (the seed story's table).
PUBLISHED_2567 = {
    1: Decimal("5.00000"),
    2: Decimal("4.75000"),
    3: Decimal("5.00000"),
    4: Decimal("5.00000"),
    5: Decimal("5.00000"),
    6: Decimal("5.00000"),
    7: Decimal("4.80653"),
}
PUBLISHED_2567_TOTAL = Decimal("4.74511")
PUBLISHED_2567_RANK = 38
PUBLISHED_2567_BAND = "มุ่งสู่ระบบราชการ 4.0"

PLAN_TEXT = (
    "1) ศึกษาคู่มือการประเมินและประเด็นการพิจารณาของตัวชี้วัด {code} ร่วมกับคณะกรรมการ\n"
    "2) จัดทำแผนการดำเนินงานและปฏิทินการรายงานผล กำหนดวันส่งงานให้ชัดเจน\n"
    "3) รวบรวมข้อมูลปีที่ผ่านมาและผลการประเมินตนเองเพื่อวิเคราะห์จุดที่ต้องพัฒนา"
)
DO_LOG = (
    "ประชุมชี้แจงแนวทางการรายงานตัวชี้วัด {code} ให้ผู้เกี่ยวข้องทุกกลุ่มทราบ\n"
    "ดำเนินกิจกรรมตามแผนและเก็บรวบรวมหลักฐานอย่างเป็นระบบ\n"
    "สรุปผลการดำเนินงานเทียบกับประเด็นการพิจารณาทุกข้อก่อนรายงานเข้าระบบ KRS"
)
NARRATIVE = (
    "สำนักงานเขตพื้นที่การศึกษาดำเนินการตามเกณฑ์ข้อ {key} ครบถ้วนตามประเด็นการพิจารณา "
    "มีหลักฐานเชิงประจักษ์ประกอบ และผ่านการตรวจสอบของคณะกรรมการกำกับ ติดตาม"
)
CHECK_NOTES = "คณะกรรมการตรวจสอบข้อมูลแล้ว ถูกต้อง ชัดเจน ครบถ้วนตรงตามประเด็น"
RETURN_COMMENT = "โปรดเพิ่มหลักฐานการประชุมและเขียนคำอธิบายให้ตรงประเด็นการพิจารณามากขึ้น"
REFLECTION = (
    "จากการประชุมสะท้อนผล ผู้รับผิดชอบรายงานข้อมูลได้ครบถ้วนและทันกำหนด "
    "จุดที่ควรพัฒนาคือการจัดเก็บหลักฐานให้เป็นระบบตั้งแต่ต้นปี"
)
IMPROVEMENTS = "นำแนวทาง MK3 Model ไปใช้ต่อเนื่อง จัดอบรมผู้รับผิดชอบตัวชี้วัดรายใหม่ตั้งแต่ไตรมาสแรก"

# The FY working committee: the director chairs it, the two deputies are vice chairs,
# the heads of the groups are members, the coordinator is secretary and an analyst of
# the policy group assists — one role each (indexes into PEOPLE).
COMMITTEE: tuple[tuple[int, str], ...] = (
    (0, "chair"),
    (1, "vice_chair"),
    (2, "vice_chair"),
    (20, "member"),
    (4, "member"),
    (5, "member"),
    (6, "member"),
    (7, "member"),
    (21, "member"),
    (22, "member"),
    (23, "member"),
    (24, "member"),
    (25, "member"),
    (3, "secretary"),
    (8, "assistant_secretary"),
)
COMMITTEE_NUMBERS = {2566: "215", 2567: "123"}  # other years: "98"

# Recognition of FY2567 (K – Kindness): (kind, person index or None, group index or None,
# award name, reason, day). The first four get certificates numbered 1-… in the register.
RECOGNITIONS: tuple[tuple[str, int | None, int | None, str, str, tuple[int, int, int]], ...] = (
    (
        "award",
        3,
        None,
        "รางวัลผู้ประสานงานดีเด่น ด้านการพัฒนาคุณภาพการบริหารจัดการภาครัฐ",
        "เป็นผู้ประสานงานการรายงานตัวชี้วัด PMQA 4.0 และคำรับรองการปฏิบัติราชการ "
        "จนสำนักงานได้คะแนน 4.74511 ผ่านเป้าหมายที่กำหนด",
        (2024, 9, 20),
    ),
    (
        "praise",
        8,
        None,
        "",
        "เป็นผู้รับผิดชอบตัวชี้วัด (Key Man) ที่รายงานครบถ้วนก่อนกำหนด และช่วยแนะนำเพื่อนร่วมงานในการจัดทำหลักฐาน",
        (2024, 9, 20),
    ),
    (
        "award",
        None,
        1,
        "รางวัลกลุ่มงานร่วมใจ MK3 Model",
        "ร่วมกันวางแผน ติดตาม และตรวจสอบข้อมูลตัวชี้วัดอย่างเป็นระบบตามวงจร PDCA",
        (2024, 9, 20),
    ),
    (
        "praise",
        9,
        None,
        "",
        "ช่วยเหลือเพื่อนร่วมงานด้านระบบสารสนเทศในการรายงานผลการดำเนินงาน",
        (2024, 7, 15),
    ),
)
RECOGNITION_CERTIFIED = 3  # certificates for the first three (the group's goes to each member)
# FY2567 knowledge sessions (K – Knowledge): (month, day in CE of the fiscal year,
# kind, topic, speaker, place, lessons, linked indicator codes, attendees as
# (PEOPLE index, status), material file name from demo_files.DOCUMENTS or "").
_ALL_KEY_MEN = tuple((i, "attended") for i in (3, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19))
KNOWLEDGE_SESSIONS: tuple[
    tuple[int, int, str, str, str, str, str, tuple[str, ...], tuple[tuple[int, str], ...], str],
    ...,
] = (
    (
        11,
        8,
        "briefing",
        "ชี้แจงแนวทางการดำเนินงานและการรายงานตัวชี้วัดตามคำรับรองการปฏิบัติราชการ (KRS) ปีงบประมาณ พ.ศ. 2567",
        "นางวิไลวรรณ ทองประเสริฐ รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        "ห้องประชุมพระธาตุนาดูน สพป.มหาสารคาม เขต 3",
        "ผู้รับผิดชอบตัวชี้วัดทุกคนได้รับคู่มือการประเมินและปฏิทินการรายงานผลประจำปี\n"
        "ที่ประชุมตกลงให้ส่งร่างผลการดำเนินงานให้คณะกรรมการตรวจก่อนรายงานในระบบ KRS อย่างน้อย 7 วัน\n"
        "ให้จัดเก็บหลักฐานเป็นแฟ้มอิเล็กทรอนิกส์ตามรหัสตัวชี้วัดตั้งแต่ต้นปี",
        ("1.1", "2.1", "2.4"),
        (
            (1, "attended"),
            (4, "attended"),
            (5, "attended"),
            (6, "leave"),
            (7, "attended"),
            *_ALL_KEY_MEN[:-2],
            (18, "absent"),
            (19, "attended"),
        ),
        "meeting-minutes-2567.pdf",
    ),
    (
        12,
        14,
        "training",
        "อบรมเชิงปฏิบัติการการประเมินสถานะการเป็นระบบราชการ 4.0 (PMQA 4.0) "
        "และการเขียนผลการดำเนินงานตามวงจร PDCA",
        "นางสาวกนกวรรณ พลศรีเมือง นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ",
        "ห้องประชุมกันทรวิชัย สพป.มหาสารคาม เขต 3",
        "ผู้เข้าอบรมฝึกเขียนผลการดำเนินงานตามเกณฑ์ระดับพื้นฐาน ก้าวหน้า และพัฒนาจนเกิดผล\n"
        "เน้นการเชื่อมโยงหลักฐานกับประเด็นการพิจารณาทุกข้อ และการอ้างอิงข้อมูลเชิงตัวเลข\n"
        "ผู้รับผิดชอบที่มีประสบการณ์เป็นพี่เลี้ยงให้ผู้รับผิดชอบรายใหม่ (Key Man coaching)",
        ("4.3", "5.4", "6.1"),
        (
            (4, "attended"),
            (7, "attended"),
            (23, "attended"),
            *_ALL_KEY_MEN[:6],
            (13, "leave"),
            *_ALL_KEY_MEN[7:],
        ),
        "training-report-2567.pdf",
    ),
    (
        9,
        20,
        "lessons",
        "ถอดบทเรียนการดำเนินงานตามคำรับรองการปฏิบัติราชการ ปีงบประมาณ พ.ศ. 2567 (MK3 Model)",
        "นายประเสริฐ วงศ์ศรีสุข ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
        "ห้องประชุมพระธาตุนาดูน สพป.มหาสารคาม เขต 3",
        "ปัจจัยความสำเร็จคือการมอบหมายผู้รับผิดชอบหลัก (Key Man) ที่ชัดเจนและมีผู้รับผิดชอบสำรองทุกตัวชี้วัด\n"
        "การประชุมชี้แจงตั้งแต่ต้นปีและการตรวจร่างก่อนรายงานช่วยลดการแก้ไขในระบบ KRS\n"
        "ข้อควรพัฒนา: จัดเก็บหลักฐานให้ครบตั้งแต่ไตรมาสแรก และแลกเปลี่ยนเรียนรู้ข้ามกลุ่มงานทุกไตรมาส",
        ("4.3", "7.6.2"),
        (
            (0, "attended"),
            (1, "attended"),
            (2, "attended"),
            (4, "attended"),
            (5, "attended"),
            (6, "attended"),
            (7, "absent"),
            *_ALL_KEY_MEN,
        ),
        "",
    ),
)
