<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../forms/about_dialog.ui" line="+14" />
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>เกี่ยวกับโปรแกรม</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>ระบบบริหารงานตัวชี้วัด สพท.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>วางแผน ดำเนินงาน ตรวจสอบ และปรับปรุงตัวชี้วัด PMQA 4.0 ของสำนักงานเขตพื้นที่การศึกษา คิดคะแนนตามเกณฑ์ของ สพฐ. และพิมพ์เอกสารภาษาไทย</source>
        <translation>วางแผน ดำเนินงาน ตรวจสอบ และปรับปรุงตัวชี้วัด PMQA 4.0 ของสำนักงานเขตพื้นที่การศึกษา คิดคะแนนตามเกณฑ์ของ สพฐ. และพิมพ์เอกสารภาษาไทย</translation>
    </message>
    <message>
        <location line="+10" />
        <source>รุ่น</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <location line="+7" />
        <source>แบบอักษร Sarabun โดย Cadson Demak ใช้ภายใต้สัญญาอนุญาต SIL Open Font License 1.1</source>
        <translation>แบบอักษร Sarabun โดย Cadson Demak ใช้ภายใต้สัญญาอนุญาต SIL Open Font License 1.1</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <location filename="../mk3desk/services/context.py" line="+30" />
        <source>ผู้ดูแลระบบ (บรรทัดคำสั่ง)</source>
        <translation>ผู้ดูแลระบบ (บรรทัดคำสั่ง)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../mk3desk/ui/app.py" line="+127" />
        <source>ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>ระบบบริหารงานตัวชี้วัด สพท.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../mk3desk/cli/work_cmds.py" line="+65" />
        <source>ไม่พบบุคลากรชื่อ “{name}”</source>
        <translation>ไม่พบบุคลากรชื่อ “{name}”</translation>
    </message>
    <message>
        <location line="+64" />
        <source>ระบุ --met, --unmet หรือ --narrative อย่างน้อยหนึ่งอย่าง</source>
        <translation>ระบุ --met, --unmet หรือ --narrative อย่างน้อยหนึ่งอย่าง</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../mk3desk/db/migrate.py" line="+60" />
        <source>เปิดไฟล์ฐานข้อมูล {path} ไม่ได้: {reason}</source>
        <translation>เปิดไฟล์ฐานข้อมูล {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ mk3desk หรือไฟล์เสียหาย จึงไม่ได้เปิดใช้</source>
        <translation>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ mk3desk หรือไฟล์เสียหาย จึงไม่ได้เปิดใช้</translation>
    </message>
    <message>
        <location line="+39" />
        <source>ไม่พบไฟล์ฐานข้อมูล {path}</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล {path}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason}) — ลองใช้ไฟล์สำรองในโฟลเดอร์ backups</source>
        <translation>ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason}) — ลองใช้ไฟล์สำรองในโฟลเดอร์ backups</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}) โปรดปรับรุ่นโปรแกรมก่อนเปิด — ไม่ได้แก้ไขไฟล์นี้</source>
        <translation>ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}) โปรดปรับรุ่นโปรแกรมก่อนเปิด — ไม่ได้แก้ไขไฟล์นี้</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ mk3desk จึงไม่ได้เปิดใช้</source>
        <translation>ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ mk3desk จึงไม่ได้เปิดใช้</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ฐานข้อมูลต้องปรับรุ่นโครงสร้างก่อน แต่เปิดแบบอ่านอย่างเดียวอยู่</source>
        <translation>ฐานข้อมูลต้องปรับรุ่นโครงสร้างก่อน แต่เปิดแบบอ่านอย่างเดียวอยู่</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../mk3desk/ui/app.py" line="-61" />
        <source>ทำรายการไม่ได้</source>
        <translation>ทำรายการไม่ได้</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เกิดข้อผิดพลาดในโปรแกรม</source>
        <translation>เกิดข้อผิดพลาดในโปรแกรม</translation>
    </message>
    <message>
        <location line="+2" />
        <source>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด งานที่บันทึกแล้วไม่สูญหาย
กรุณาแจ้งผู้ดูแลระบบ พร้อมแฟ้มบันทึกเหตุการณ์: {log}</source>
        <translation>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด งานที่บันทึกแล้วไม่สูญหาย
กรุณาแจ้งผู้ดูแลระบบ พร้อมแฟ้มบันทึกเหตุการณ์: {log}</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../mk3desk/db/evidence_store.py" line="+38" />
        <source>พื้นที่ดิสก์เต็ม บันทึกไฟล์ {path} ไม่ได้ — ข้อมูลเดิมยังอยู่ครบ โปรดลบไฟล์ที่ไม่ใช้แล้วลองใหม่</source>
        <translation>พื้นที่ดิสก์เต็ม บันทึกไฟล์ {path} ไม่ได้ — ข้อมูลเดิมยังอยู่ครบ โปรดลบไฟล์ที่ไม่ใช้แล้วลองใหม่</translation>
    </message>
    <message>
        <location line="+6" />
        <source>อ่านหรือเขียนไฟล์ {path} ไม่ได้: {reason}</source>
        <translation>อ่านหรือเขียนไฟล์ {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+34" />
        <source>เปิดไฟล์ {path} ไม่ได้: {reason}</source>
        <translation>เปิดไฟล์ {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/evidence.py" line="+39" />
        <source>ไม่พบไฟล์ {path} หรือไม่ใช่ไฟล์</source>
        <translation>ไม่พบไฟล์ {path} หรือไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไฟล์ {name} ใหญ่เกิน 1 GB จึงไม่ได้แนบ — โปรดย่อขนาดหรือแบ่งไฟล์</source>
        <translation>ไฟล์ {name} ใหญ่เกิน 1 GB จึงไม่ได้แนบ — โปรดย่อขนาดหรือแบ่งไฟล์</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</source>
        <translation>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>ไม่พบไฟล์หลักฐานรหัส {id}</source>
        <translation>ไม่พบไฟล์หลักฐานรหัส {id}</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../mk3desk/reports/fonts.py" line="+171" />
        <source>อ่านไฟล์ฟอนต์ {path} ไม่ได้ ({reason})</source>
        <translation>อ่านไฟล์ฟอนต์ {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location line="+65" />
        <source>ไม่พบไฟล์ฟอนต์ {path}</source>
        <translation>ไม่พบไฟล์ฟอนต์ {path}</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <location filename="../mk3desk/domain/framework.py" line="+88" />
        <source>ตัวชี้วัด {code}: ต้องมีค่าเกณฑ์ครบ 5 ระดับ (พบ {count} ค่า)</source>
        <translation>ตัวชี้วัด {code}: ต้องมีค่าเกณฑ์ครบ 5 ระดับ (พบ {count} ค่า)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ตัวชี้วัด {code}: ค่าเกณฑ์ระดับ 1–5 ไม่เรียงลำดับ (ค่ายิ่งมากยิ่งดีต้องเรียงจากน้อยไปมาก ค่ายิ่งน้อยยิ่งดีต้องเรียงจากมากไปน้อย)</source>
        <translation>ตัวชี้วัด {code}: ค่าเกณฑ์ระดับ 1–5 ไม่เรียงลำดับ (ค่ายิ่งมากยิ่งดีต้องเรียงจากน้อยไปมาก ค่ายิ่งน้อยยิ่งดีต้องเรียงจากมากไปน้อย)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ตัวชี้วัด {code}: ค่าร้อยละขั้นต่ำต้องน้อยกว่าค่าร้อยละเต็ม</source>
        <translation>ตัวชี้วัด {code}: ค่าร้อยละขั้นต่ำต้องน้อยกว่าค่าร้อยละเต็ม</translation>
    </message>
    <message>
        <location line="+97" />
        <source>กรอบการประเมินไม่มีหมวดใดเลย</source>
        <translation>กรอบการประเมินไม่มีหมวดใดเลย</translation>
    </message>
    <message>
        <location line="+7" />
        <source>น้ำหนักของหมวดรวมกันต้องมากกว่าศูนย์</source>
        <translation>น้ำหนักของหมวดรวมกันต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location line="+6" />
        <source>หมวด {number}: น้ำหนักติดลบไม่ได้</source>
        <translation>หมวด {number}: น้ำหนักติดลบไม่ได้</translation>
    </message>
    <message>
        <location line="+5" />
        <source>หมวด {number}: น้ำหนักของตัวชี้วัดรวมกันต้องมากกว่าศูนย์</source>
        <translation>หมวด {number}: น้ำหนักของตัวชี้วัดรวมกันต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location line="+8" />
        <source>รหัสตัวชี้วัด {code} ซ้ำกัน</source>
        <translation>รหัสตัวชี้วัด {code} ซ้ำกัน</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัด {code}: น้ำหนักติดลบไม่ได้</source>
        <translation>ตัวชี้วัด {code}: น้ำหนักติดลบไม่ได้</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ตัวชี้วัด {code}: ยังไม่ได้กำหนดเกณฑ์การให้คะแนน</source>
        <translation>ตัวชี้วัด {code}: ยังไม่ได้กำหนดเกณฑ์การให้คะแนน</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ระดับผลการประเมินมีเกณฑ์ขั้นต่ำซ้ำกัน ({score})</source>
        <translation>ระดับผลการประเมินมีเกณฑ์ขั้นต่ำซ้ำกัน ({score})</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../mk3desk/services/integrity.py" line="+53" />
        <source>โครงสร้างไฟล์ฐานข้อมูลสมบูรณ์</source>
        <translation>โครงสร้างไฟล์ฐานข้อมูลสมบูรณ์</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์ฐานข้อมูลเสียหาย: {detail}</source>
        <translation>ไฟล์ฐานข้อมูลเสียหาย: {detail}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>รุ่นโครงสร้างฐานข้อมูลเป็นปัจจุบัน ({revision})</source>
        <translation>รุ่นโครงสร้างฐานข้อมูลเป็นปัจจุบัน ({revision})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>รุ่นโครงสร้างฐานข้อมูล {current} ไม่ตรงกับของโปรแกรม ({head})</source>
        <translation>รุ่นโครงสร้างฐานข้อมูล {current} ไม่ตรงกับของโปรแกรม ({head})</translation>
    </message>
    <message>
        <location line="+25" />
        <source>ตัวชี้วัด {code}: ไม่พบไฟล์หลักฐาน “{name}” ในที่เก็บ</source>
        <translation>ตัวชี้วัด {code}: ไม่พบไฟล์หลักฐาน “{name}” ในที่เก็บ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตัวชี้วัด {code}: ไฟล์หลักฐาน “{name}” ถูกแก้ไขหลังแนบ (ค่า SHA-256 ไม่ตรง)</source>
        <translation>ตัวชี้วัด {code}: ไฟล์หลักฐาน “{name}” ถูกแก้ไขหลังแนบ (ค่า SHA-256 ไม่ตรง)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>มีไฟล์ในที่เก็บหลักฐานที่ไม่มีรายการใดอ้างถึง {count} ไฟล์</source>
        <translation>มีไฟล์ในที่เก็บหลักฐานที่ไม่มีรายการใดอ้างถึง {count} ไฟล์</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ไฟล์หลักฐานครบและตรงกับที่แนบไว้ ({count} รายการ)</source>
        <translation>ไฟล์หลักฐานครบและตรงกับที่แนบไว้ ({count} รายการ)</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../mk3desk/domain/framework.py" line="-216" />
        <source>ระดับพื้นฐาน (Basic)</source>
        <translation>ระดับพื้นฐาน (Basic)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ระดับก้าวหน้า (Advance)</source>
        <translation>ระดับก้าวหน้า (Advance)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ระดับพัฒนาจนเกิดผล (Significance)</source>
        <translation>ระดับพัฒนาจนเกิดผล (Significance)</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <location filename="../mk3desk/services/lookup.py" line="+24" />
        <source>ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้ — สร้างสำนักงานใหม่หรือเปิดข้อมูลตัวอย่างก่อน</source>
        <translation>ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้ — สร้างสำนักงานใหม่หรือเปิดข้อมูลตัวอย่างก่อน</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ไม่พบปีงบประมาณ {year} ของ{office} (ปีที่มี: {known})</source>
        <translation>ไม่พบปีงบประมาณ {year} ของ{office} (ปีที่มี: {known})</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ไม่พบตัวชี้วัดรหัสภายใน {id}</source>
        <translation>ไม่พบตัวชี้วัดรหัสภายใน {id}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year}</source>
        <translation>ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่พบบุคลากรรหัสภายใน {id}</source>
        <translation>ไม่พบบุคลากรรหัสภายใน {id}</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../mk3desk/services/years.py" line="+38" />
        <source>กรุณาระบุชื่อสำนักงาน</source>
        <translation>กรุณาระบุชื่อสำนักงาน</translation>
    </message>
    <message>
        <location line="+26" />
        <source>ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (ได้รับ {year})</source>
        <translation>ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (ได้รับ {year})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ปีงบประมาณ {year} มีอยู่แล้วใน{office}</source>
        <translation>ปีงบประมาณ {year} มีอยู่แล้วใน{office}</translation>
    </message>
</context>
<context>
    <name>Official</name>
    <message>
        <location filename="../mk3desk/services/scoring.py" line="+106" />
        <source>ไม่มีหมวด {number} ในกรอบการประเมินปี {year}</source>
        <translation>ไม่มีหมวด {number} ในกรอบการประเมินปี {year}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คะแนนหมวด {number}</source>
        <translation>คะแนนหมวด {number}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>คะแนนรวม</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ลำดับที่ของประเทศต้องเป็นจำนวนเต็มบวก</source>
        <translation>ลำดับที่ของประเทศต้องเป็นจำนวนเต็มบวก</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ไม่มีตัวชี้วัด {code} ในปี {year}</source>
        <translation>ไม่มีตัวชี้วัด {code} ในปี {year}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คะแนนตัวชี้วัด {number}</source>
        <translation>คะแนนตัวชี้วัด {number}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{what} ต้องอยู่ระหว่าง 0 ถึง 5 (ได้รับ {score})</source>
        <translation>{what} ต้องอยู่ระหว่าง 0 ถึง 5 (ได้รับ {score})</translation>
    </message>
</context>
<context>
    <name>Pdca</name>
    <message>
        <location filename="../mk3desk/services/pdca.py" line="+50" />
        <source>ข้อความยาวเกินไป ({length:,} ตัวอักษร สูงสุด {limit:,}) — ยังไม่ได้บันทึก โปรดแบ่งเป็นไฟล์หลักฐานแทน</source>
        <translation>ข้อความยาวเกินไป ({length:,} ตัวอักษร สูงสุด {limit:,}) — ยังไม่ได้บันทึก โปรดแบ่งเป็นไฟล์หลักฐานแทน</translation>
    </message>
    <message>
        <location line="+41" />
        <source>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</source>
        <translation>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ตัวชี้วัด {code} ไม่ใช่ตัวชี้วัดผลลัพธ์ จึงไม่มีค่าผลการดำเนินงาน</source>
        <translation>ตัวชี้วัด {code} ไม่ใช่ตัวชี้วัดผลลัพธ์ จึงไม่มีค่าผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกค่าได้เฉพาะปี {first}–{last} (ได้รับปี {year})</source>
        <translation>บันทึกค่าได้เฉพาะปี {first}–{last} (ได้รับปี {year})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ค่าผลการดำเนินงานต้องเป็นตัวเลข</source>
        <translation>ค่าผลการดำเนินงานต้องเป็นตัวเลข</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../mk3desk/services/people.py" line="+24" />
        <source>กรุณาระบุชื่อกลุ่ม</source>
        <translation>กรุณาระบุชื่อกลุ่ม</translation>
    </message>
    <message>
        <location line="+2" />
        <source>มีกลุ่ม “{name}” อยู่แล้ว</source>
        <translation>มีกลุ่ม “{name}” อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+21" />
        <source>กรุณาระบุชื่อ-นามสกุล</source>
        <translation>กรุณาระบุชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location line="+37" />
        <source>ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน</source>
        <translation>ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../mk3desk/domain/readiness.py" line="+63" />
        <source>บันทึกการสะท้อนผล (Act) ก่อน</source>
        <translation>บันทึกการสะท้อนผล (Act) ก่อน</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ระบุผู้รับผิดชอบตัวชี้วัด (Key Man)</source>
        <translation>ระบุผู้รับผิดชอบตัวชี้วัด (Key Man)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ระบุผู้รับผิดชอบสำรอง</source>
        <translation>ระบุผู้รับผิดชอบสำรอง</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กำหนดวันส่งงาน</source>
        <translation>กำหนดวันส่งงาน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เขียนกิจกรรมที่วางแผนไว้</source>
        <translation>เขียนกิจกรรมที่วางแผนไว้</translation>
    </message>
    <message>
        <location line="+8" />
        <source>บันทึกผลการดำเนินงาน (Do)</source>
        <translation>บันทึกผลการดำเนินงาน (Do)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>กรอกผลการดำเนินงานจริงของปีนี้</source>
        <translation>กรอกผลการดำเนินงานจริงของปีนี้</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยังไม่มีไฟล์หลักฐานประกอบ</source>
        <translation>ยังไม่มีไฟล์หลักฐานประกอบ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ยังไม่ได้ทำเครื่องหมายเกณฑ์ที่ผ่านแม้แต่ข้อเดียว</source>
        <translation>ยังไม่ได้ทำเครื่องหมายเกณฑ์ที่ผ่านแม้แต่ข้อเดียว</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เกณฑ์ {key}: ทำเครื่องหมายแล้วแต่ยังไม่ได้เขียนคำอธิบาย</source>
        <translation>เกณฑ์ {key}: ทำเครื่องหมายแล้วแต่ยังไม่ได้เขียนคำอธิบาย</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เกณฑ์ {key}: ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน</source>
        <translation>เกณฑ์ {key}: ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <location filename="../mk3desk/domain/reconcile.py" line="+121" />
        <source>หมวด {number}: ยังไม่ได้กรอกคะแนนทางการ ใช้คะแนนที่คำนวณได้ {computed} แทน</source>
        <translation>หมวด {number}: ยังไม่ได้กรอกคะแนนทางการ ใช้คะแนนที่คำนวณได้ {computed} แทน</translation>
    </message>
    <message>
        <location line="+48" />
        <source>คะแนนรวมตามสูตรของกรอบการประเมิน เมื่อใช้คะแนนรายหมวดทางการ = {value}</source>
        <translation>คะแนนรวมตามสูตรของกรอบการประเมิน เมื่อใช้คะแนนรายหมวดทางการ = {value}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ลำดับที่ {rank} ของประเทศ (ตามประกาศ ไม่ได้คำนวณในโปรแกรม)</source>
        <translation>ลำดับที่ {rank} ของประเทศ (ตามประกาศ ไม่ได้คำนวณในโปรแกรม)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>หมวด {number}: คะแนนทางการ {official} ตรงกับที่คำนวณได้</source>
        <translation>หมวด {number}: คะแนนทางการ {official} ตรงกับที่คำนวณได้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>หมวด {number}: คะแนนทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff} ทำให้คะแนนรวมเพิ่มขึ้น {effect}</source>
        <translation>หมวด {number}: คะแนนทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff} ทำให้คะแนนรวมเพิ่มขึ้น {effect}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>หมวด {number}: คะแนนทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff} ทำให้คะแนนรวมลดลง {effect}</source>
        <translation>หมวด {number}: คะแนนทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff} ทำให้คะแนนรวมลดลง {effect}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ตัวชี้วัด {code}: คะแนนทางการ {official} ตรงกับที่คำนวณได้</source>
        <translation>ตัวชี้วัด {code}: คะแนนทางการ {official} ตรงกับที่คำนวณได้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตัวชี้วัด {code}: คะแนนทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff} มีผลต่อคะแนนรวม +{effect}</source>
        <translation>ตัวชี้วัด {code}: คะแนนทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff} มีผลต่อคะแนนรวม +{effect}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัด {code}: คะแนนทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff} มีผลต่อคะแนนรวม -{effect}</source>
        <translation>ตัวชี้วัด {code}: คะแนนทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff} มีผลต่อคะแนนรวม -{effect}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>คะแนนรวม: คำนวณได้ {computed} ยังไม่ได้กรอกคะแนนรวมทางการ</source>
        <translation>คะแนนรวม: คำนวณได้ {computed} ยังไม่ได้กรอกคะแนนรวมทางการ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>คะแนนรวม: ทางการ {official} ตรงกับที่คำนวณได้</source>
        <translation>คะแนนรวม: ทางการ {official} ตรงกับที่คำนวณได้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>คะแนนรวม: ทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff}</source>
        <translation>คะแนนรวม: ทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>คะแนนรวม: ทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff}</source>
        <translation>คะแนนรวม: ทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>คะแนนรวมทางการอธิบายได้ครบด้วยคะแนนรายหมวดตามสูตรของกรอบการประเมิน</source>
        <translation>คะแนนรวมทางการอธิบายได้ครบด้วยคะแนนรายหมวดตามสูตรของกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ส่วนต่างที่ไม่มีหมวดใดอธิบายได้ {value} — ต้องกำหนดองค์ประกอบหรือการปรับคะแนนเพิ่มเติมในกรอบการประเมิน จึงจะได้คะแนนรวมตรงกับผลทางการ</source>
        <translation>ส่วนต่างที่ไม่มีหมวดใดอธิบายได้ {value} — ต้องกำหนดองค์ประกอบหรือการปรับคะแนนเพิ่มเติมในกรอบการประเมิน จึงจะได้คะแนนรวมตรงกับผลทางการ</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ระดับผลการประเมินที่คำนวณได้: {computed} (ยังไม่ได้กรอกระดับทางการ)</source>
        <translation>ระดับผลการประเมินที่คำนวณได้: {computed} (ยังไม่ได้กรอกระดับทางการ)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ระดับผลการประเมิน: {official} ตรงกับที่คำนวณได้</source>
        <translation>ระดับผลการประเมิน: {official} ตรงกับที่คำนวณได้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ระดับผลการประเมิน: ทางการ {official} แต่คำนวณได้ {computed}</source>
        <translation>ระดับผลการประเมิน: ทางการ {official} แต่คำนวณได้ {computed}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../mk3desk/reports/page.py" line="+153" />
        <source>บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason}) โปรดตรวจว่าโฟลเดอร์มีอยู่ เขียนได้ และไฟล์ไม่ได้เปิดค้างในโปรแกรมอื่น</source>
        <translation>บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason}) โปรดตรวจว่าโฟลเดอร์มีอยู่ เขียนได้ และไฟล์ไม่ได้เปิดค้างในโปรแกรมอื่น</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../mk3desk/domain/outcomes.py" line="+48" />
        <source>ตัวชี้วัด {code}: ยังไม่ได้กำหนดเกณฑ์การให้คะแนน</source>
        <translation>ตัวชี้วัด {code}: ยังไม่ได้กำหนดเกณฑ์การให้คะแนน</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ตัวชี้วัด {code}: เกณฑ์แบบร้อยละความสำเร็จต้องมีค่าเป้าหมาย กรุณากรอกค่าเป้าหมาย</source>
        <translation>ตัวชี้วัด {code}: เกณฑ์แบบร้อยละความสำเร็จต้องมีค่าเป้าหมาย กรุณากรอกค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัด {code}: ค่าเป้าหมายต้องมากกว่าศูนย์ (พบ {target})</source>
        <translation>ตัวชี้วัด {code}: ค่าเป้าหมายต้องมากกว่าศูนย์ (พบ {target})</translation>
    </message>
    <message>
        <location line="+38" />
        <source>ตัวชี้วัด {code}: ค่าผลการดำเนินงานไม่ใช่ตัวเลข</source>
        <translation>ตัวชี้วัด {code}: ค่าผลการดำเนินงานไม่ใช่ตัวเลข</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../mk3desk/domain/workflow.py" line="+157" />
        <source>การวางแผน (Plan)</source>
        <translation>การวางแผน (Plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การดำเนินงาน (Do)</source>
        <translation>การดำเนินงาน (Do)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การตรวจสอบ (Check)</source>
        <translation>การตรวจสอบ (Check)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การปรับปรุง (Act)</source>
        <translation>การปรับปรุง (Act)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../mk3desk/ui/single_instance.py" line="+107" />
        <source>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine})
เพื่อป้องกันข้อมูลเสียหาย จะเปิดได้เฉพาะแบบดูอย่างเดียว (ดูและพิมพ์ได้ แก้ไขไม่ได้)
หากต้องการแก้ไข กรุณาปิดโปรแกรมอีกชุดหนึ่งก่อน</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine})
เพื่อป้องกันข้อมูลเสียหาย จะเปิดได้เฉพาะแบบดูอย่างเดียว (ดูและพิมพ์ได้ แก้ไขไม่ได้)
หากต้องการแก้ไข กรุณาปิดโปรแกรมอีกชุดหนึ่งก่อน</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../mk3desk/domain/workflow.py" line="-129" />
        <source>ยังไม่เริ่ม</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วางแผน</source>
        <translation>วางแผน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำลังดำเนินการ</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งตรวจสอบ</source>
        <translation>ส่งตรวจสอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งกลับให้แก้ไข</source>
        <translation>ส่งกลับให้แก้ไข</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตรวจสอบแล้ว</source>
        <translation>ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปิดระบบแล้ว</source>
        <translation>ปิดระบบแล้ว</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สะท้อนผลแล้ว</source>
        <translation>สะท้อนผลแล้ว</translation>
    </message>
</context>
<context>
    <name>ThaiCalendar</name>
    <message>
        <location filename="../mk3desk/ui/widgets/thai_date_edit.py" line="+65" />
        <source>เดือนก่อน</source>
        <translation>เดือนก่อน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เดือนถัดไป</source>
        <translation>เดือนถัดไป</translation>
    </message>
    <message>
        <location line="+4" />
        <source>พ.ศ. </source>
        <translation>พ.ศ. </translation>
    </message>
</context>
<context>
    <name>ThaiDate</name>
    <message>
        <location filename="../mk3desk/domain/thaidate.py" line="+146" />
        <source>“{text}” ไม่ใช่วันที่ที่ถูกต้อง (ตัวอย่างที่ใช้ได้: 26/7/2566 หรือ 26 ก.ค. 2566)</source>
        <translation>“{text}” ไม่ใช่วันที่ที่ถูกต้อง (ตัวอย่างที่ใช้ได้: 26/7/2566 หรือ 26 ก.ค. 2566)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ไม่มีวันที่ {text} ในปฏิทิน</source>
        <translation>ไม่มีวันที่ {text} ในปฏิทิน</translation>
    </message>
    <message>
        <location line="+13" />
        <source>กรุณากรอกวันที่</source>
        <translation>กรุณากรอกวันที่</translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <location filename="../mk3desk/ui/widgets/thai_date_edit.py" line="+64" />
        <source>วว/ดด/ปปปป เช่น 26/7/2566</source>
        <translation>วว/ดด/ปปปป เช่น 26/7/2566</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เลือกจากปฏิทิน</source>
        <translation>เลือกจากปฏิทิน</translation>
    </message>
</context>
<context>
    <name>ThaiNumber</name>
    <message>
        <location filename="../mk3desk/domain/thainum.py" line="+86" />
        <source>ค่า “{value}” ไม่ใช่ตัวเลขที่แสดงผลได้</source>
        <translation>ค่า “{value}” ไม่ใช่ตัวเลขที่แสดงผลได้</translation>
    </message>
    <message>
        <location line="+28" />
        <source>กรุณากรอกตัวเลข</source>
        <translation>กรุณากรอกตัวเลข</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <source>“{text}” ไม่ใช่ตัวเลขที่ถูกต้อง</source>
        <translation>“{text}” ไม่ใช่ตัวเลขที่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../mk3desk/domain/whatif.py" line="+49" />
        <source>ทำเกณฑ์ระดับพื้นฐานให้ครบ {count} ข้อที่เหลือ ({keys})</source>
        <translation>ทำเกณฑ์ระดับพื้นฐานให้ครบ {count} ข้อที่เหลือ ({keys})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ทำเกณฑ์ระดับก้าวหน้าให้ครบ {count} ข้อที่เหลือ ({keys})</source>
        <translation>ทำเกณฑ์ระดับก้าวหน้าให้ครบ {count} ข้อที่เหลือ ({keys})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ทำเกณฑ์ระดับพัฒนาจนเกิดผลให้ครบ {count} ข้อที่เหลือ ({keys})</source>
        <translation>ทำเกณฑ์ระดับพัฒนาจนเกิดผลให้ครบ {count} ข้อที่เหลือ ({keys})</translation>
    </message>
    <message>
        <location line="+130" />
        <source>ทำผลการดำเนินงานให้ได้อย่างน้อย {value} {unit} เพื่อให้ถึงระดับ {level}</source>
        <translation>ทำผลการดำเนินงานให้ได้อย่างน้อย {value} {unit} เพื่อให้ถึงระดับ {level}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ทำผลการดำเนินงานให้ไม่เกิน {value} {unit} เพื่อให้ถึงระดับ {level}</source>
        <translation>ทำผลการดำเนินงานให้ไม่เกิน {value} {unit} เพื่อให้ถึงระดับ {level}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ทำผลการดำเนินงานให้ได้อย่างน้อย {value} {unit} (ร้อยละ {ratio} ของค่าเป้าหมาย) เพื่อให้ได้คะแนน {score}</source>
        <translation>ทำผลการดำเนินงานให้ได้อย่างน้อย {value} {unit} (ร้อยละ {ratio} ของค่าเป้าหมาย) เพื่อให้ได้คะแนน {score}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ทำผลการดำเนินงานให้ไม่เกิน {value} {unit} (ความสำเร็จร้อยละ {ratio}) เพื่อให้ได้คะแนน {score}</source>
        <translation>ทำผลการดำเนินงานให้ไม่เกิน {value} {unit} (ความสำเร็จร้อยละ {ratio}) เพื่อให้ได้คะแนน {score}</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../mk3desk/domain/workflow.py" line="+74" />
        <source>เปลี่ยนสถานะจาก “{source}” เป็น “{target}” ไม่ได้ตามขั้นตอน PDCA</source>
        <translation>เปลี่ยนสถานะจาก “{source}” เป็น “{target}” ไม่ได้ตามขั้นตอน PDCA</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ผู้ใช้นี้ไม่มีสิทธิ์เปลี่ยนสถานะเป็น “{target}”</source>
        <translation>ผู้ใช้นี้ไม่มีสิทธิ์เปลี่ยนสถานะเป็น “{target}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>การเปลี่ยนสถานะเป็น “{target}” ต้องระบุเหตุผลหรือข้อเสนอแนะ</source>
        <translation>การเปลี่ยนสถานะเป็น “{target}” ต้องระบุเหตุผลหรือข้อเสนอแนะ</translation>
    </message>
    <message>
        <location line="+42" />
        <source>ตัวชี้วัด {code} ปิดระบบแล้ว แก้ไข{section}ไม่ได้ — ต้องให้ผู้ประสานเปิดระบบอีกครั้งก่อน</source>
        <translation>ตัวชี้วัด {code} ปิดระบบแล้ว แก้ไข{section}ไม่ได้ — ต้องให้ผู้ประสานเปิดระบบอีกครั้งก่อน</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ตัวชี้วัด {code} อยู่ระหว่างการตรวจสอบของคณะกรรมการ แก้ไข{section}ไม่ได้จนกว่าจะถูกส่งกลับ</source>
        <translation>ตัวชี้วัด {code} อยู่ระหว่างการตรวจสอบของคณะกรรมการ แก้ไข{section}ไม่ได้จนกว่าจะถูกส่งกลับ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัด {code}: ยังแก้ไข{section}ในขั้นนี้ไม่ได้</source>
        <translation>ตัวชี้วัด {code}: ยังแก้ไข{section}ในขั้นนี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/workflow.py" line="+66" />
        <source>ตัวชี้วัด {code} ยังไปขั้น “{target}” ไม่ได้ ยังขาด: {needs}</source>
        <translation>ตัวชี้วัด {code} ยังไปขั้น “{target}” ไม่ได้ ยังขาด: {needs}</translation>
    </message>
</context>
</TS>
