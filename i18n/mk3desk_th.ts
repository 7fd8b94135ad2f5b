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
    <message>
        <location filename="../mk3desk/ui/dialogs/about_dialog.py" line="+16" />
        <source>รุ่น {version}</source>
        <translation>รุ่น {version}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../mk3desk/services/accounts.py" line="+94" />
        <source>รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร</source>
        <translation>รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+9" />
        <source>กรุณาระบุชื่อผู้ใช้ (ไม่มีช่องว่าง)</source>
        <translation>กรุณาระบุชื่อผู้ใช้ (ไม่มีช่องว่าง)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>มีชื่อผู้ใช้ “{name}” ในสำนักงานนี้แล้ว — โปรดเลือกชื่ออื่น</source>
        <translation>มีชื่อผู้ใช้ “{name}” ในสำนักงานนี้แล้ว — โปรดเลือกชื่ออื่น</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{person} มีบัญชีผู้ใช้อยู่แล้ว</source>
        <translation>{person} มีบัญชีผู้ใช้อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+43" />
        <source>ไม่พบบัญชีผู้ใช้ที่เลือก</source>
        <translation>ไม่พบบัญชีผู้ใช้ที่เลือก</translation>
    </message>
    <message>
        <location line="+15" />
        <source>นี่คือผู้ประสานคนสุดท้ายที่เข้าสู่ระบบได้ — สร้างบัญชีผู้ประสานอีกคนก่อน แล้วจึงปิดบัญชีหรือเปลี่ยนบทบาทนี้</source>
        <translation>นี่คือผู้ประสานคนสุดท้ายที่เข้าสู่ระบบได้ — สร้างบัญชีผู้ประสานอีกคนก่อน แล้วจึงปิดบัญชีหรือเปลี่ยนบทบาทนี้</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ผู้ใช้นี้ยังไม่มีบัญชีผู้ใช้</source>
        <translation>ผู้ใช้นี้ยังไม่มีบัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รหัสผ่านเดิมไม่ถูกต้อง — ยังไม่ได้เปลี่ยนรหัสผ่าน</source>
        <translation>รหัสผ่านเดิมไม่ถูกต้อง — ยังไม่ได้เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม</source>
        <translation>รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ใส่รหัสผ่านผิดหลายครั้ง — โปรดรอ {seconds} วินาทีแล้วลองใหม่</source>
        <translation>ใส่รหัสผ่านผิดหลายครั้ง — โปรดรอ {seconds} วินาทีแล้วลองใหม่</translation>
    </message>
    <message>
        <location line="+17" />
        <source>บัญชีผู้ใช้ “{name}” ถูกปิดใช้งาน — โปรดติดต่อผู้ประสาน</source>
        <translation>บัญชีผู้ใช้ “{name}” ถูกปิดใช้งาน — โปรดติดต่อผู้ประสาน</translation>
    </message>
    <message>
        <location line="+29" />
        <source>กรุณาระบุชื่อ-นามสกุลของผู้ประสาน</source>
        <translation>กรุณาระบุชื่อ-นามสกุลของผู้ประสาน</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/accounts_dialog.py" line="+41" />
        <source>บัญชีผู้ใช้</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+25" />
        <source>ชื่อผู้ใช้</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+24" />
        <source>บุคลากร</source>
        <translation>บุคลากร</translation>
    </message>
    <message>
        <location line="-24" />
        <source>สถานะ</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+12" />
        <source>สร้างบัญชี</source>
        <translation>สร้างบัญชี</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปิด / เปิดใช้งานบัญชีที่เลือก</source>
        <translation>ปิด / เปิดใช้งานบัญชีที่เลือก</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รีเซ็ตรหัสผ่านของบัญชีที่เลือก</source>
        <translation>รีเซ็ตรหัสผ่านของบัญชีที่เลือก</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+133" />
        <source>สร้างรหัสกู้คืนใหม่</source>
        <translation>สร้างรหัสกู้คืนใหม่</translation>
    </message>
    <message>
        <location line="-125" />
        <source>รหัสผ่านชั่วคราว</source>
        <translation>รหัสผ่านชั่วคราว</translation>
    </message>
    <message>
        <location line="+17" />
        <source>บัญชีใหม่และการรีเซ็ตใช้รหัสผ่านชั่วคราว: เจ้าของบัญชีต้องตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งถัดไป</source>
        <translation>บัญชีใหม่และการรีเซ็ตใช้รหัสผ่านชั่วคราว: เจ้าของบัญชีต้องตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ปิดใช้งาน</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ใช้งานได้</source>
        <translation>ใช้งานได้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ต้องตั้งรหัสผ่านใหม่</source>
        <translation>ต้องตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ยังไม่มีรหัสกู้คืน: ถ้าผู้ประสานลืมรหัสผ่านจะไม่มีทางตั้งใหม่ — โปรดสร้างและพิมพ์เก็บไว้</source>
        <translation>ยังไม่มีรหัสกู้คืน: ถ้าผู้ประสานลืมรหัสผ่านจะไม่มีทางตั้งใหม่ — โปรดสร้างและพิมพ์เก็บไว้</translation>
    </message>
    <message>
        <location line="+5" />
        <source>รหัสกู้คืนรหัสผ่านผู้ประสาน: สร้างเมื่อ {when}</source>
        <translation>รหัสกู้คืนรหัสผ่านผู้ประสาน: สร้างเมื่อ {when}</translation>
    </message>
    <message>
        <location line="+70" />
        <source>สร้างรหัสกู้คืนใหม่หรือไม่? รหัสเดิม (ถ้ามี) จะใช้ไม่ได้อีก โปรดพิมพ์รหัสใหม่เก็บแทนแผ่นเดิม</source>
        <translation>สร้างรหัสกู้คืนใหม่หรือไม่? รหัสเดิม (ถ้ามี) จะใช้ไม่ได้อีก โปรดพิมพ์รหัสใหม่เก็บแทนแผ่นเดิม</translation>
    </message>
</context>
<context>
    <name>ActPanel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/act_panel.py" line="+23" />
        <source>ปีนี้ทำได้ดีอะไร อะไรยังไม่ได้ผล เพราะอะไร</source>
        <translation>ปีนี้ทำได้ดีอะไร อะไรยังไม่ได้ผล เพราะอะไร</translation>
    </message>
    <message>
        <location line="+3" />
        <source>สิ่งที่จะปรับปรุงในแผนปีหน้า</source>
        <translation>สิ่งที่จะปรับปรุงในแผนปีหน้า</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกการสะท้อนผลเสร็จแล้ว</source>
        <translation>บันทึกการสะท้อนผลเสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+8" />
        <source>การสะท้อนผล (บันทึกอัตโนมัติขณะพิมพ์)</source>
        <translation>การสะท้อนผล (บันทึกอัตโนมัติขณะพิมพ์)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แนวทางปรับปรุงสำหรับปีถัดไป</source>
        <translation>แนวทางปรับปรุงสำหรับปีถัดไป</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ขั้นปรับปรุง (Act) เริ่มได้เมื่อผู้ประสานงานปิดระบบตัวชี้วัดนี้แล้ว</source>
        <translation>ขั้นปรับปรุง (Act) เริ่มได้เมื่อผู้ประสานงานปิดระบบตัวชี้วัดนี้แล้ว</translation>
    </message>
    <message>
        <location line="+7" />
        <source>พร้อมบันทึกว่าสะท้อนผลแล้ว</source>
        <translation>พร้อมบันทึกว่าสะท้อนผลแล้ว</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <location filename="../mk3desk/domain/actor.py" line="+47" />
        <source>ผู้ดูแลระบบ (บรรทัดคำสั่ง)</source>
        <translation>ผู้ดูแลระบบ (บรรทัดคำสั่ง)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ยังไม่ได้เข้าสู่ระบบ</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../mk3desk/ui/context.py" line="+98" />
        <source>เปิดฐานข้อมูลแบบอ่านอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งเปิดไฟล์นี้อยู่) จึงบันทึกไม่ได้</source>
        <translation>เปิดฐานข้อมูลแบบอ่านอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งเปิดไฟล์นี้อยู่) จึงบันทึกไม่ได้</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>ทำรายการไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../mk3desk/ui/app.py" line="+169" />
        <source>ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>ระบบบริหารงานตัวชี้วัด สพท.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/people_dialogs.py" line="+135" />
        <source>— ยังไม่ระบุ —</source>
        <translation>— ยังไม่ระบุ —</translation>
    </message>
    <message>
        <location line="+34" />
        <source>วันส่งงานไม่ถูกต้อง</source>
        <translation>วันส่งงานไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อ่านวันส่งงานที่พิมพ์ไม่ได้: {reason}
แก้วันที่ก่อนบันทึก</source>
        <translation>อ่านวันส่งงานที่พิมพ์ไม่ได้: {reason}
แก้วันที่ก่อนบันทึก</translation>
    </message>
    <message>
        <location filename="../forms/assignment_dialog.ui" line="+14" />
        <source>ผู้รับผิดชอบตัวชี้วัด</source>
        <translation>ผู้รับผิดชอบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+24" />
        <source>ผู้รับผิดชอบหลัก (Key Man)</source>
        <translation>ผู้รับผิดชอบหลัก (Key Man)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>ผู้รับผิดชอบสำรอง</translation>
    </message>
    <message>
        <location line="+13" />
        <source>กำหนดส่งงาน</source>
        <translation>กำหนดส่งงาน</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <location filename="../mk3desk/ui/models/assignment_model.py" line="+55" />
        <source>ข้อ</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบหลัก</source>
        <translation>ผู้รับผิดชอบหลัก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>ผู้รับผิดชอบสำรอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่ง</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <source>— ยังไม่ระบุ —</source>
        <translation>— ยังไม่ระบุ —</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../mk3desk/ui/widgets/knowledge_lists.py" line="+27" />
        <source>ผู้เข้าร่วม</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="+0" />
        <source>การเข้าร่วม</source>
        <translation>การเข้าร่วม</translation>
    </message>
    <message>
        <location line="+13" />
        <source>— เลือกบุคลากร —</source>
        <translation>— เลือกบุคลากร —</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../mk3desk/services/backup.py" line="+95" />
        <source>ไม่พบโฟลเดอร์สำรองข้อมูล {folder}</source>
        <translation>ไม่พบโฟลเดอร์สำรองข้อมูล {folder}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>พื้นที่ในโฟลเดอร์ {folder} ไม่พอ สำรองข้อมูลไม่สำเร็จ — ข้อมูลในโปรแกรมยังอยู่ครบ</source>
        <translation>พื้นที่ในโฟลเดอร์ {folder} ไม่พอ สำรองข้อมูลไม่สำเร็จ — ข้อมูลในโปรแกรมยังอยู่ครบ</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+8" />
        <source>สำรองข้อมูลไปที่ {folder} ไม่สำเร็จ: {reason}</source>
        <translation>สำรองข้อมูลไปที่ {folder} ไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <location line="+104" />
        <source>สร้างโฟลเดอร์สำรองข้อมูล {folder} ไม่ได้: {reason}</source>
        <translation>สร้างโฟลเดอร์สำรองข้อมูล {folder} ไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>BestPractice</name>
    <message>
        <location filename="../mk3desk/services/best_practice.py" line="+29" />
        <source>ชื่อผลงาน</source>
        <translation>ชื่อผลงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ความเป็นมา</source>
        <translation>ความเป็นมา</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วัตถุประสงค์</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เป้าหมายเชิงปริมาณและคุณภาพ</source>
        <translation>เป้าหมายเชิงปริมาณและคุณภาพ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วิธีการดำเนินงาน/กระบวนการ (PDCA)</source>
        <translation>วิธีการดำเนินงาน/กระบวนการ (PDCA)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รูปแบบ/เทคนิคที่ทำให้เกิดความสำเร็จ (MK3 Model)</source>
        <translation>รูปแบบ/เทคนิคที่ทำให้เกิดความสำเร็จ (MK3 Model)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลสำเร็จ</source>
        <translation>ผลสำเร็จ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปัจจัยส่งผลให้เกิดความสำเร็จ</source>
        <translation>ปัจจัยส่งผลให้เกิดความสำเร็จ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การเผยแพร่/ประชาสัมพันธ์</source>
        <translation>การเผยแพร่/ประชาสัมพันธ์</translation>
    </message>
    <message>
        <location line="+83" />
        <source>หัวข้อนี้มีผู้อื่นบันทึกไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</source>
        <translation>หัวข้อนี้มีผู้อื่นบันทึกไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ไม่มีหัวข้อ {keys} ในเอกสาร Best Practice</source>
        <translation>ไม่มีหัวข้อ {keys} ในเอกสาร Best Practice</translation>
    </message>
</context>
<context>
    <name>BestPracticeDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/best_practice_dialog.py" line="+46" />
        <source>ข้อความในเอกสารผลงาน Best Practice</source>
        <translation>ข้อความในเอกสารผลงาน Best Practice</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ข้อความเหล่านี้พิมพ์ในเอกสาร Best Practice ของปีงบประมาณ {year} บันทึกอัตโนมัติขณะพิมพ์ ช่องที่เว้นว่างจะใช้ข้อความเริ่มต้น</source>
        <translation>ข้อความเหล่านี้พิมพ์ในเอกสาร Best Practice ของปีงบประมาณ {year} บันทึกอัตโนมัติขณะพิมพ์ ช่องที่เว้นว่างจะใช้ข้อความเริ่มต้น</translation>
    </message>
    <message>
        <location line="+9" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขข้อความไม่ได้</source>
        <translation>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขข้อความไม่ได้</translation>
    </message>
    <message>
        <location line="+25" />
        <source>เว้นว่างไว้เพื่อใช้ข้อความเริ่มต้น</source>
        <translation>เว้นว่างไว้เพื่อใช้ข้อความเริ่มต้น</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ใช้ข้อความเริ่มต้น</source>
        <translation>ใช้ข้อความเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <location filename="../mk3desk/sync/apply.py" line="+332" />
        <source>ยังมีข้อมูลที่แก้ไขทั้งสองฝั่ง {count} รายการที่ยังไม่ได้เลือกว่าจะใช้ฉบับใด (เช่น {first}) — ยังไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ยังมีข้อมูลที่แก้ไขทั้งสองฝั่ง {count} รายการที่ยังไม่ได้เลือกว่าจะใช้ฉบับใด (เช่น {first}) — ยังไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>ไฟล์หลักฐานเสียหายระหว่างการคัดลอก</source>
        <translation>ไฟล์หลักฐานเสียหายระหว่างการคัดลอก</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/errors.py" line="+47" />
        <source>ไฟล์ส่งงาน {file} เสียหาย อ่านไม่ได้ ({detail}) — ไม่ได้รับข้อมูลใด ๆ โปรดขอให้ผู้ส่งส่งออกไฟล์ใหม่อีกครั้ง</source>
        <translation>ไฟล์ส่งงาน {file} เสียหาย อ่านไม่ได้ ({detail}) — ไม่ได้รับข้อมูลใด ๆ โปรดขอให้ผู้ส่งส่งออกไฟล์ใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ไฟล์หลักฐาน “{name}” มีขนาดไม่ตรงกับที่ระบุไว้ในไฟล์ส่งงาน ({declared} กับ {actual} ไบต์) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์หลักฐาน “{name}” มีขนาดไม่ตรงกับที่ระบุไว้ในไฟล์ส่งงาน ({declared} กับ {actual} ไบต์) — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/checks.py" line="+86" />
        <location filename="../mk3desk/sync/mk3_checks.py" line="+51" />
        <source>ค่า “{value}” ของ {field} ไม่ถูกต้อง</source>
        <translation>ค่า “{value}” ของ {field} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ฐานข้อมูลนี้ยังไม่มีสำนักงาน</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีสำนักงาน</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../mk3desk/sync/mk3_checks.py" line="+174" />
        <source>ไม่พบกลุ่มงานที่อ้างถึง</source>
        <translation>ไม่พบกลุ่มงานที่อ้างถึง</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ไม่พบหมวด {number} ในปีงบประมาณนี้</source>
        <translation>ไม่พบหมวด {number} ในปีงบประมาณนี้</translation>
    </message>
    <message>
        <location line="+30" />
        <location filename="../mk3desk/sync/mk3_checks.py" line="-37" />
        <source>ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year} ของเครื่องนี้</source>
        <translation>ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year} ของเครื่องนี้</translation>
    </message>
    <message>
        <location line="+14" />
        <location filename="../mk3desk/sync/mk3_checks.py" line="-131" />
        <source>ไม่พบบุคลากรที่อ้างถึงในเครื่องนี้</source>
        <translation>ไม่พบบุคลากรที่อ้างถึงในเครื่องนี้</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+9" />
        <source>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</source>
        <translation>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไฟล์ไม่ได้อยู่ในชุดที่ส่งมา และไม่มีในเครื่องนี้</source>
        <translation>ไฟล์ไม่ได้อยู่ในชุดที่ส่งมา และไม่มีในเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/export.py" line="+273" />
        <source>เอกสารประกอบ “{name}” ของการประชุม/อบรม “{topic}” หายไปหรือถูกแก้ไขในที่เก็บ จึงส่งออกไม่ได้ — ตรวจด้วยเมนูตรวจสอบฐานข้อมูลก่อน</source>
        <translation>เอกสารประกอบ “{name}” ของการประชุม/อบรม “{topic}” หายไปหรือถูกแก้ไขในที่เก็บ จึงส่งออกไม่ได้ — ตรวจด้วยเมนูตรวจสอบฐานข้อมูลก่อน</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไฟล์หลักฐาน “{name}” ของตัวชี้วัด {code} หายไปหรือถูกแก้ไขในที่เก็บ จึงส่งออกไม่ได้ — ตรวจด้วยเมนูตรวจสอบฐานข้อมูลก่อน</source>
        <translation>ไฟล์หลักฐาน “{name}” ของตัวชี้วัด {code} หายไปหรือถูกแก้ไขในที่เก็บ จึงส่งออกไม่ได้ — ตรวจด้วยเมนูตรวจสอบฐานข้อมูลก่อน</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/errors.py" line="-28" />
        <source>ไฟล์ {file} ไม่ใช่ไฟล์ส่งงาน mk3desk ที่ถูกต้อง ({detail}) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์ {file} ไม่ใช่ไฟล์ส่งงาน mk3desk ที่ถูกต้อง ({detail}) — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/format.py" line="+92" />
        <source>ไฟล์ {file} มีชื่อไฟล์ข้างในที่ชี้ออกนอกโฟลเดอร์ ({name}) ซึ่งอาจเป็นอันตราย — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์ {file} มีชื่อไฟล์ข้างในที่ชี้ออกนอกโฟลเดอร์ ({name}) ซึ่งอาจเป็นอันตราย — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไฟล์ {file} มีทางลัด (symlink) {name} อยู่ข้างใน — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์ {file} มีทางลัด (symlink) {name} อยู่ข้างใน — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>มีรหัสผ่าน</source>
        <translation>มีรหัสผ่าน</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ไฟล์ {file} ขยายตัวเกินขนาดที่ยอมรับได้ (อาจเป็น zip bomb) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์ {file} ขยายตัวเกินขนาดที่ยอมรับได้ (อาจเป็น zip bomb) — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/validate.py" line="+56" />
        <source>ไฟล์ {file} มีข้อมูล{what}มากเกินกว่าที่สำนักงานหนึ่งจะมีได้ (เกิน {count:,} รายการ) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์ {file} มีข้อมูล{what}มากเกินกว่าที่สำนักงานหนึ่งจะมีได้ (เกิน {count:,} รายการ) — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+56" />
        <source>ไฟล์ {file} สร้างด้วย mk3desk รุ่นอื่น (รูปแบบรุ่น {version}) — โปรดปรับรุ่นโปรแกรมให้ตรงกัน</source>
        <translation>ไฟล์ {file} สร้างด้วย mk3desk รุ่นอื่น (รูปแบบรุ่น {version}) — โปรดปรับรุ่นโปรแกรมให้ตรงกัน</translation>
    </message>
    <message>
        <location line="+67" />
        <source>ชนิดข้อมูลไม่ถูกต้อง</source>
        <translation>ชนิดข้อมูลไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ปี {year}</source>
        <translation>ปี {year}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ช่อง “{field}”</source>
        <translation>ช่อง “{field}”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{what}: ค่าผิดรูปแบบ ยาวเกิน หรือมีหลักมากเกินกว่าที่รับได้</source>
        <translation>{what}: ค่าผิดรูปแบบ ยาวเกิน หรือมีหลักมากเกินกว่าที่รับได้</translation>
    </message>
    <message>
        <location line="+33" />
        <source>ไฟล์ {file} มีข้อมูลของตัวชี้วัด {code} ซึ่งไม่อยู่ในรายการตัวชี้วัดที่ไฟล์นี้ระบุว่าส่งมา ({detail}) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์ {file} มีข้อมูลของตัวชี้วัด {code} ซึ่งไม่อยู่ในรายการตัวชี้วัดที่ไฟล์นี้ระบุว่าส่งมา ({detail}) — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+25" />
        <source>ส่งออกไม่ได้: เครื่องที่รับจะไม่รับไฟล์นี้ — {reason} โปรดแก้ไขข้อมูลนั้นก่อนแล้วส่งออกใหม่</source>
        <translation>ส่งออกไม่ได้: เครื่องที่รับจะไม่รับไฟล์นี้ — {reason} โปรดแก้ไขข้อมูลนั้นก่อนแล้วส่งออกใหม่</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/format.py" line="+43" />
        <source>เปิดไฟล์ {file} ไม่ได้: {reason}</source>
        <translation>เปิดไฟล์ {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์ {file} ใหญ่เกินกว่าที่รับได้ ({size:,} ไบต์)</source>
        <translation>ไฟล์ {file} ใหญ่เกินกว่าที่รับได้ ({size:,} ไบต์)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ไฟล์ {file} มีไฟล์ข้างในมากเกินไป ({count:,} ไฟล์)</source>
        <translation>ไฟล์ {file} มีไฟล์ข้างในมากเกินไป ({count:,} ไฟล์)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>มีชื่อไฟล์ซ้ำกัน</source>
        <translation>มีชื่อไฟล์ซ้ำกัน</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไม่มี manifest.json หรือ records.json</source>
        <translation>ไม่มี manifest.json หรือ records.json</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ไฟล์หลักฐาน {sha} ในไฟล์ {file} ถูกแก้ไขหรือเสียหาย (ค่า SHA-256 ไม่ตรง) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์หลักฐาน {sha} ในไฟล์ {file} ถูกแก้ไขหรือเสียหาย (ค่า SHA-256 ไม่ตรง) — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+35" />
        <source>ไฟล์หลักฐาน {sha} ในไฟล์ {file} ถูกแก้ไขระหว่างการรับ — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์หลักฐาน {sha} ในไฟล์ {file} ถูกแก้ไขระหว่างการรับ — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+27" />
        <source>เขียนไฟล์ {file} ไม่ได้: {reason}</source>
        <translation>เขียนไฟล์ {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/merge.py" line="+116" />
        <location filename="../mk3desk/sync/validate.py" line="-71" />
        <source>ตัวชี้วัด {code}</source>
        <translation>ตัวชี้วัด {code}</translation>
    </message>
    <message>
        <location line="+101" />
        <source>ไฟล์นี้มาจากฐานข้อมูลอื่นของ “{theirs}” ที่ตั้งค่าแยกกัน (รหัสสำนักงานไม่ตรงกัน)</source>
        <translation>ไฟล์นี้มาจากฐานข้อมูลอื่นของ “{theirs}” ที่ตั้งค่าแยกกัน (รหัสสำนักงานไม่ตรงกัน)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไฟล์นี้มาจาก “{theirs}” ไม่ใช่ “{mine}”</source>
        <translation>ไฟล์นี้มาจาก “{theirs}” ไม่ใช่ “{mine}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ไฟล์นี้เป็นงานปีงบประมาณ {theirs} ไม่ใช่ปี {mine}</source>
        <translation>ไฟล์นี้เป็นงานปีงบประมาณ {theirs} ไม่ใช่ปี {mine}</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{reasons} — ยังไม่ได้รับข้อมูล ต้องยืนยันก่อนว่าจะรับไฟล์จากสำนักงานหรือปีอื่น</source>
        <translation>{reasons} — ยังไม่ได้รับข้อมูล ต้องยืนยันก่อนว่าจะรับไฟล์จากสำนักงานหรือปีอื่น</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ฐานข้อมูลนี้ยังไม่มีปีงบประมาณ {year} ของสำนักงาน — รับไฟล์ตั้งค่าจากผู้ประสานก่อน แล้วจึงรับงาน</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีปีงบประมาณ {year} ของสำนักงาน — รับไฟล์ตั้งค่าจากผู้ประสานก่อน แล้วจึงรับงาน</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ไฟล์นี้มีข้อมูลเดียวกันซ้ำสองครั้ง ({title}) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์นี้มีข้อมูลเดียวกันซ้ำสองครั้ง ({title}) — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไฟล์นี้ส่งออกก่อนไฟล์ที่รับจากเครื่องเดียวกันไปแล้ว (เป็นฉบับเก่ากว่า) — ไม่รับ เพื่อไม่ให้ข้อมูลย้อนกลับเป็นฉบับเก่า</source>
        <translation>ไฟล์นี้ส่งออกก่อนไฟล์ที่รับจากเครื่องเดียวกันไปแล้ว (เป็นฉบับเก่ากว่า) — ไม่รับ เพื่อไม่ให้ข้อมูลย้อนกลับเป็นฉบับเก่า</translation>
    </message>
    <message>
        <location line="+60" />
        <source>ลบแล้วในเครื่องที่ส่งมา แต่เครื่องนี้แก้ไขหลังจากนั้น — “ใช้ฉบับที่ส่งมา” จะลบรายการนี้ออกจากเครื่องนี้ด้วย</source>
        <translation>ลบแล้วในเครื่องที่ส่งมา แต่เครื่องนี้แก้ไขหลังจากนั้น — “ใช้ฉบับที่ส่งมา” จะลบรายการนี้ออกจากเครื่องนี้ด้วย</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ลบแล้วในเครื่องนี้ แต่เครื่องที่ส่งมาแก้ไขหลังจากนั้น — “ใช้ฉบับของเครื่องนี้” จะคงการลบไว้</source>
        <translation>ลบแล้วในเครื่องนี้ แต่เครื่องที่ส่งมาแก้ไขหลังจากนั้น — “ใช้ฉบับของเครื่องนี้” จะคงการลบไว้</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/texts.py" line="+18" />
        <source>ข้อมูลสำนักงาน</source>
        <translation>ข้อมูลสำนักงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+25" />
        <source>กลุ่มงาน</source>
        <translation>กลุ่มงาน</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+79" />
        <source>บุคลากร</source>
        <translation>บุคลากร</translation>
    </message>
    <message>
        <location line="-78" />
        <source>ปีงบประมาณและกรอบการประเมิน</source>
        <translation>ปีงบประมาณและกรอบการประเมิน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกณฑ์การประเมิน</source>
        <translation>เกณฑ์การประเมิน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบ</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ PDCA</source>
        <translation>สถานะ PDCA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึก PDCA</source>
        <translation>บันทึก PDCA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลตามเกณฑ์</source>
        <translation>ผลตามเกณฑ์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าผลการดำเนินงาน</source>
        <translation>ค่าผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์หลักฐาน</source>
        <translation>ไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประวัติการเปลี่ยนสถานะ</source>
        <translation>ประวัติการเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คณะกรรมการและคำสั่งแต่งตั้ง</source>
        <translation>คณะกรรมการและคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การวิเคราะห์ SWOT</source>
        <translation>การวิเคราะห์ SWOT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การประชุม/อบรม/ถอดบทเรียน</source>
        <translation>การประชุม/อบรม/ถอดบทเรียน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การยกย่องชมเชย</source>
        <translation>การยกย่องชมเชย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกียรติบัตร</source>
        <translation>เกียรติบัตร</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ชื่อ</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อย่อ</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พื้นที่</source>
        <translation>พื้นที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ที่อยู่</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่ง</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+36" />
        <source>บทบาท</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="-35" />
        <source>ยังปฏิบัติงาน</source>
        <translation>ยังปฏิบัติงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อเรื่อง</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>น้ำหนัก</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าเป้าหมาย</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อความเกณฑ์</source>
        <translation>ข้อความเกณฑ์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบหลัก</source>
        <translation>ผู้รับผิดชอบหลัก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>ผู้รับผิดชอบสำรอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่ง</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การวางแผน (Plan)</source>
        <translation>การวางแผน (Plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการดำเนินงาน (Do)</source>
        <translation>บันทึกการดำเนินงาน (Do)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อสังเกตของคณะกรรมการ (Check)</source>
        <translation>ข้อสังเกตของคณะกรรมการ (Check)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การสะท้อนผล (Act)</source>
        <translation>การสะท้อนผล (Act)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สิ่งที่จะปรับปรุงในปีถัดไป (Act)</source>
        <translation>สิ่งที่จะปรับปรุงในปีถัดไป (Act)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกณฑ์</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผ่านเกณฑ์</source>
        <translation>ผ่านเกณฑ์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบายผลการดำเนินงาน</source>
        <translation>คำอธิบายผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปี</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าที่ได้</source>
        <translation>ค่าที่ได้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หมายเหตุ</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อไฟล์</source>
        <translation>ชื่อไฟล์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบายไฟล์</source>
        <translation>คำอธิบายไฟล์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ย้ายไปถังรีไซเคิลเมื่อ</source>
        <translation>ย้ายไปถังรีไซเคิลเมื่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลายนิ้วมือไฟล์ (SHA-256)</source>
        <translation>ลายนิ้วมือไฟล์ (SHA-256)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ลำดับ</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลขที่คำสั่ง</source>
        <translation>เลขที่คำสั่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่สั่ง</source>
        <translation>วันที่สั่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เรื่อง</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ความเป็นมา</source>
        <translation>ความเป็นมา</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หน้าที่</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>มีผลตั้งแต่</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ลงนาม</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่งผู้ลงนาม</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการ</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>จุดแข็ง</source>
        <translation>จุดแข็ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จุดอ่อน</source>
        <translation>จุดอ่อน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>โอกาส</source>
        <translation>โอกาส</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อุปสรรค</source>
        <translation>อุปสรรค</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ร่วมวิเคราะห์</source>
        <translation>ผู้ร่วมวิเคราะห์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หัวข้อ</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประเภท</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วิทยากร</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานที่</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บทเรียนที่ได้</source>
        <translation>บทเรียนที่ได้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้เข้าร่วม</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การเข้าร่วม</source>
        <translation>การเข้าร่วม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัดที่เกี่ยวข้อง</source>
        <translation>ตัวชี้วัดที่เกี่ยวข้อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เอกสารประกอบ</source>
        <translation>เอกสารประกอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เหตุผล</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่ยกย่อง</source>
        <translation>วันที่ยกย่อง</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เลขที่</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การยกย่อง</source>
        <translation>การยกย่อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อผู้รับ</source>
        <translation>ชื่อผู้รับ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่งผู้รับ</source>
        <translation>ตำแหน่งผู้รับ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่ออก</source>
        <translation>วันที่ออก</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(ไม่มีในเครื่องนี้)</source>
        <translation>(ไม่มีในเครื่องนี้)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(ลบแล้วในเครื่องนี้)</source>
        <translation>(ลบแล้วในเครื่องนี้)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(ลบแล้วในเครื่องที่ส่งมา)</source>
        <translation>(ลบแล้วในเครื่องที่ส่งมา)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ใช่</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่ใช่</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/bundles.py" line="+90" />
        <source>รับข้อมูลแล้ว: เพิ่มใหม่ {added} รายการ, รับฉบับที่แก้ไข {taken} รายการ, ลบตามที่ส่งมา {removed} รายการ, ข้อขัดแย้งใช้ฉบับของเครื่องนี้ {mine} / ใช้ฉบับที่ส่งมา {theirs} รายการ, ไม่รับ {refused} รายการ, ไฟล์หลักฐานใหม่ {files} ไฟล์</source>
        <translation>รับข้อมูลแล้ว: เพิ่มใหม่ {added} รายการ, รับฉบับที่แก้ไข {taken} รายการ, ลบตามที่ส่งมา {removed} รายการ, ข้อขัดแย้งใช้ฉบับของเครื่องนี้ {mine} / ใช้ฉบับที่ส่งมา {theirs} รายการ, ไม่รับ {refused} รายการ, ไฟล์หลักฐานใหม่ {files} ไฟล์</translation>
    </message>
    <message>
        <location line="+69" />
        <source>ยังไม่ได้เลือกตัวชี้วัดที่จะส่ง</source>
        <translation>ยังไม่ได้เลือกตัวชี้วัดที่จะส่ง</translation>
    </message>
    <message>
        <location line="+151" />
        <source>ข้อมูลในไฟล์ {file} ขัดกับข้อมูลในเครื่องนี้ ({detail}) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ข้อมูลในไฟล์ {file} ขัดกับข้อมูลในเครื่องนี้ ({detail}) — ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ไฟล์นี้มี {count} รายการที่ไม่รับ เพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ในฐานข้อมูลนี้ (เช่น {first}: {reason}) — ตรวจดูรายการแล้วยืนยันว่าจะรับเฉพาะส่วนที่เหลือ ยังไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์นี้มี {count} รายการที่ไม่รับ เพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ในฐานข้อมูลนี้ (เช่น {first}: {reason}) — ตรวจดูรายการแล้วยืนยันว่าจะรับเฉพาะส่วนที่เหลือ ยังไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/history.py" line="+57" />
        <source>ไม่เพิ่มประวัตินี้ เพราะสถานะของตัวชี้วัดในเครื่องนี้ไม่ได้เปลี่ยนตามที่ส่งมา</source>
        <translation>ไม่เพิ่มประวัตินี้ เพราะสถานะของตัวชี้วัดในเครื่องนี้ไม่ได้เปลี่ยนตามที่ส่งมา</translation>
    </message>
    <message>
        <location line="+14" />
        <source>“ใช้ฉบับที่ส่งมา” จะเพิ่มประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะนั้น {count} รายการด้วย; “ใช้ฉบับของเครื่องนี้” จะไม่เพิ่ม</source>
        <translation>“ใช้ฉบับที่ส่งมา” จะเพิ่มประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะนั้น {count} รายการด้วย; “ใช้ฉบับของเครื่องนี้” จะไม่เพิ่ม</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/authors.py" line="+224" />
        <source>ไฟล์ตั้งค่านี้ส่งโดย “{who}” ซึ่งไม่ใช่ผู้ประสานในฐานข้อมูลนี้ — ฐานข้อมูลที่มีบัญชีผู้ใช้รับไฟล์ตั้งค่าได้จากผู้ประสานเท่านั้น ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>ไฟล์ตั้งค่านี้ส่งโดย “{who}” ซึ่งไม่ใช่ผู้ประสานในฐานข้อมูลนี้ — ฐานข้อมูลที่มีบัญชีผู้ใช้รับไฟล์ตั้งค่าได้จากผู้ประสานเท่านั้น ไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(ไม่ระบุผู้ส่ง — ส่งออกโดยไม่ได้เข้าสู่ระบบ หรือจากโปรแกรมรุ่นเก่า)</source>
        <translation>(ไม่ระบุผู้ส่ง — ส่งออกโดยไม่ได้เข้าสู่ระบบ หรือจากโปรแกรมรุ่นเก่า)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>ไฟล์งานของตัวชี้วัดเปลี่ยนข้อมูลสำนักงาน บุคลากร กรอบการประเมิน หรือผู้รับผิดชอบไม่ได้ — ข้อมูลเหล่านี้มาได้เฉพาะในไฟล์ตั้งค่าจากผู้ประสาน</source>
        <translation>ไฟล์งานของตัวชี้วัดเปลี่ยนข้อมูลสำนักงาน บุคลากร กรอบการประเมิน หรือผู้รับผิดชอบไม่ได้ — ข้อมูลเหล่านี้มาได้เฉพาะในไฟล์ตั้งค่าจากผู้ประสาน</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์งานเปลี่ยนคณะกรรมการ การวิเคราะห์ SWOT การยกย่อง หรือเกียรติบัตรไม่ได้ — ข้อมูลเหล่านี้มาได้เฉพาะในไฟล์ตั้งค่าจากผู้ประสาน</source>
        <translation>ไฟล์งานเปลี่ยนคณะกรรมการ การวิเคราะห์ SWOT การยกย่อง หรือเกียรติบัตรไม่ได้ — ข้อมูลเหล่านี้มาได้เฉพาะในไฟล์ตั้งค่าจากผู้ประสาน</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ไฟล์ไม่มีประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะ “{state}” — สถานะเปลี่ยนได้ด้วยการเปลี่ยนสถานะที่บันทึกผู้ทำไว้เท่านั้น</source>
        <translation>ไฟล์ไม่มีประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะ “{state}” — สถานะเปลี่ยนได้ด้วยการเปลี่ยนสถานะที่บันทึกผู้ทำไว้เท่านั้น</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่ระบุผู้แก้ไขหรือผู้ส่ง (ไฟล์จากโปรแกรมรุ่นเก่า หรือส่งออกโดยไม่ได้เข้าสู่ระบบ) — ฐานข้อมูลที่มีบัญชีผู้ใช้รับเฉพาะรายการที่ระบุผู้แก้ไขและผู้ส่งซึ่งมีสิทธิ์</source>
        <translation>ไม่ระบุผู้แก้ไขหรือผู้ส่ง (ไฟล์จากโปรแกรมรุ่นเก่า หรือส่งออกโดยไม่ได้เข้าสู่ระบบ) — ฐานข้อมูลที่มีบัญชีผู้ใช้รับเฉพาะรายการที่ระบุผู้แก้ไขและผู้ส่งซึ่งมีสิทธิ์</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ผู้ส่งไฟล์ “{who}” ไม่มีในบุคลากรของฐานข้อมูลนี้ — รับเฉพาะงานของบุคลากรที่รู้จัก</source>
        <translation>ผู้ส่งไฟล์ “{who}” ไม่มีในบุคลากรของฐานข้อมูลนี้ — รับเฉพาะงานของบุคลากรที่รู้จัก</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ผู้แก้ไข “{who}” ไม่มีในบุคลากรของฐานข้อมูลนี้ — รับเฉพาะงานของบุคลากรที่รู้จัก</source>
        <translation>ผู้แก้ไข “{who}” ไม่มีในบุคลากรของฐานข้อมูลนี้ — รับเฉพาะงานของบุคลากรที่รู้จัก</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ผู้ส่งไฟล์คือ “{who}” — {rule} (ผู้ส่งต้องมีสิทธิ์ในทุกรายการที่ส่ง ตามสิทธิ์ในฐานข้อมูลนี้)</source>
        <translation>ผู้ส่งไฟล์คือ “{who}” — {rule} (ผู้ส่งต้องมีสิทธิ์ในทุกรายการที่ส่ง ตามสิทธิ์ในฐานข้อมูลนี้)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ผู้แก้ไขคือ “{who}” — {rule} (ตามสิทธิ์ในฐานข้อมูลนี้)</source>
        <translation>ผู้แก้ไขคือ “{who}” — {rule} (ตามสิทธิ์ในฐานข้อมูลนี้)</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/mk3_checks.py" line="+32" />
        <source>ฐานข้อมูลนี้ยังไม่มีปีงบประมาณ {year}</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+42" />
        <source>ไฟล์นี้มีคณะกรรมการชื่อ “{name}” มากกว่าหนึ่งคณะ</source>
        <translation>ไฟล์นี้มีคณะกรรมการชื่อ “{name}” มากกว่าหนึ่งคณะ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ปีงบประมาณนี้ในเครื่องนี้มีคณะกรรมการชื่อ “{name}” อยู่แล้ว (อีกคณะหนึ่ง)</source>
        <translation>ปีงบประมาณนี้ในเครื่องนี้มีคณะกรรมการชื่อ “{name}” อยู่แล้ว (อีกคณะหนึ่ง)</translation>
    </message>
    <message>
        <location line="+63" />
        <source>ไฟล์ “{name}” ไม่ได้อยู่ในชุดที่ส่งมา และไม่มีในเครื่องนี้</source>
        <translation>ไฟล์ “{name}” ไม่ได้อยู่ในชุดที่ส่งมา และไม่มีในเครื่องนี้</translation>
    </message>
    <message>
        <location line="+39" />
        <source>ไม่พบการยกย่องที่เกียรติบัตรนี้ออกให้</source>
        <translation>ไม่พบการยกย่องที่เกียรติบัตรนี้ออกให้</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เกียรติบัตรเลขที่ {number}/{year} ออกไปแล้ว สิ่งที่พิมพ์ไว้จึงแก้ไขไม่ได้ — ไม่รับการแก้ไขนี้</source>
        <translation>เกียรติบัตรเลขที่ {number}/{year} ออกไปแล้ว สิ่งที่พิมพ์ไว้จึงแก้ไขไม่ได้ — ไม่รับการแก้ไขนี้</translation>
    </message>
    <message>
        <location line="+27" />
        <source>อีกฉบับหนึ่งในไฟล์เดียวกัน</source>
        <translation>อีกฉบับหนึ่งในไฟล์เดียวกัน</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{name}” ในเครื่องนี้</source>
        <translation>“{name}” ในเครื่องนี้</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เกียรติบัตรเลขที่ {number}/{year} ของ “{name}” ในไฟล์นี้ ซ้ำกับเลขที่ของเกียรติบัตรที่ออกให้{other}แล้ว — เลขที่เกียรติบัตรใช้ซ้ำไม่ได้และจะไม่เปลี่ยนเลขให้เอง ไม่ได้รับข้อมูลใด ๆ (ตรวจทะเบียนเกียรติบัตรทั้งสองเครื่อง)</source>
        <translation>เกียรติบัตรเลขที่ {number}/{year} ของ “{name}” ในไฟล์นี้ ซ้ำกับเลขที่ของเกียรติบัตรที่ออกให้{other}แล้ว — เลขที่เกียรติบัตรใช้ซ้ำไม่ได้และจะไม่เปลี่ยนเลขให้เอง ไม่ได้รับข้อมูลใด ๆ (ตรวจทะเบียนเกียรติบัตรทั้งสองเครื่อง)</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../mk3desk/ui/bundle_actions.py" line="+40" />
        <source>ไฟล์ส่งงาน / ชุดตั้งค่า mk3desk (*.mk3)</source>
        <translation>ไฟล์ส่งงาน / ชุดตั้งค่า mk3desk (*.mk3)</translation>
    </message>
    <message>
        <location line="+61" />
        <source>ส่งงานของฉัน (เลือกตัวชี้วัด) (&amp;W)…</source>
        <translation>ส่งงานของฉัน (เลือกตัวชี้วัด) (&amp;W)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งชุดตั้งค่าให้เครื่องผู้รับผิดชอบ (&amp;S)…</source>
        <translation>ส่งชุดตั้งค่าให้เครื่องผู้รับผิดชอบ (&amp;S)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับงาน / รับชุดตั้งค่า (.mk3) (&amp;R)…</source>
        <translation>รับงาน / รับชุดตั้งค่า (.mk3) (&amp;R)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ส่งงาน / รับงาน (&amp;S)</source>
        <translation>ส่งงาน / รับงาน (&amp;S)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{count} ตัวชี้วัด</source>
        <translation>{count} ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+4" />
        <source>งาน</source>
        <translation>งาน</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ส่งงาน / รับงาน</source>
        <translation>ส่งงาน / รับงาน</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ส่งงาน</source>
        <translation>ส่งงาน</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ไฟล์ส่งงาน</source>
        <translation>ไฟล์ส่งงาน</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ส่งชุดตั้งค่า</source>
        <translation>ส่งชุดตั้งค่า</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตั้งค่า</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ชุดตั้งค่า</source>
        <translation>ชุดตั้งค่า</translation>
    </message>
    <message>
        <location line="+14" />
        <source>รับงาน</source>
        <translation>รับงาน</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ไม่มีข้อมูลใหม่</source>
        <translation>ไม่มีข้อมูลใหม่</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ไฟล์ {name} ไม่มีอะไรที่ต่างจากข้อมูลในเครื่องนี้ (อาจรับไฟล์นี้ไปแล้ว) — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</source>
        <translation>ไฟล์ {name} ไม่มีอะไรที่ต่างจากข้อมูลในเครื่องนี้ (อาจรับไฟล์นี้ไปแล้ว) — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+23" />
        <source>ไฟล์จากสำนักงานหรือปีอื่น</source>
        <translation>ไฟล์จากสำนักงานหรือปีอื่น</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ต้องการรับไฟล์นี้ต่อหรือไม่</source>
        <translation>ต้องการรับไฟล์นี้ต่อหรือไม่</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/calendar_page.py" line="+61" />
        <source>&lt;span style='background:#ffcdd2'&gt;&amp;nbsp;แดง&amp;nbsp;&lt;/span&gt; เลยกำหนด &lt;span style='background:#ffe0b2'&gt;&amp;nbsp;ส้ม&amp;nbsp;&lt;/span&gt; ยังไม่ส่ง &lt;span style='background:#c8e6c9'&gt;&amp;nbsp;เขียว&amp;nbsp;&lt;/span&gt; ส่งแล้ว</source>
        <translation>&lt;span style='background:#ffcdd2'&gt;&amp;nbsp;แดง&amp;nbsp;&lt;/span&gt; เลยกำหนด &lt;span style='background:#ffe0b2'&gt;&amp;nbsp;ส้ม&amp;nbsp;&lt;/span&gt; ยังไม่ส่ง &lt;span style='background:#c8e6c9'&gt;&amp;nbsp;เขียว&amp;nbsp;&lt;/span&gt; ส่งแล้ว</translation>
    </message>
    <message>
        <location line="+16" />
        <source>แสดงทั้งเดือน</source>
        <translation>แสดงทั้งเดือน</translation>
    </message>
    <message>
        <location line="+80" />
        <source>กำหนดส่งวันที่ {day}</source>
        <translation>กำหนดส่งวันที่ {day}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>กำหนดส่งเดือน{month} {year}</source>
        <translation>กำหนดส่งเดือน{month} {year}</translation>
    </message>
    <message>
        <location line="+4" />
        <source> — ไม่มีตัวชี้วัดครบกำหนด</source>
        <translation> — ไม่มีตัวชี้วัดครบกำหนด</translation>
    </message>
</context>
<context>
    <name>CarryForward</name>
    <message>
        <location filename="../mk3desk/domain/carry_forward.py" line="+28" />
        <source>ข้อปรับปรุงจากปีงบประมาณ {year} (Act):</source>
        <translation>ข้อปรับปรุงจากปีงบประมาณ {year} (Act):</translation>
    </message>
    <message>
        <location line="+64" />
        <source>ตัวชี้วัด {code} {title}: ไม่มีในปีงบประมาณ {year} — ข้อปรับปรุง {count} ข้อไม่ได้ยกไป</source>
        <translation>ตัวชี้วัด {code} {title}: ไม่มีในปีงบประมาณ {year} — ข้อปรับปรุง {count} ข้อไม่ได้ยกไป</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../mk3desk/ui/login_dialog.py" line="+185" />
        <source>ตั้งรหัสผ่านใหม่</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+17" />
        <source>รหัสผ่านเดิม</source>
        <translation>รหัสผ่านเดิม</translation>
    </message>
    <message>
        <location line="+3" />
        <source>รหัสผ่านใหม่</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์รหัสผ่านใหม่อีกครั้ง</source>
        <translation>พิมพ์รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผู้ประสานรีเซ็ตรหัสผ่านไว้ — โปรดตั้งรหัสผ่านใหม่ของคุณเอง</source>
        <translation>ผู้ประสานรีเซ็ตรหัสผ่านไว้ — โปรดตั้งรหัสผ่านใหม่ของคุณเอง</translation>
    </message>
    <message>
        <location line="+9" />
        <source>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน</source>
        <translation>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../mk3desk/ui/charts.py" line="+74" />
        <source>คะแนนรายหมวด</source>
        <translation>คะแนนรายหมวด</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+57" />
        <source>คำนวณจากข้อมูล</source>
        <translation>คำนวณจากข้อมูล</translation>
    </message>
    <message>
        <location line="-52" />
        <location line="+57" />
        <source>ผลประกาศ สพฐ.</source>
        <translation>ผลประกาศ สพฐ.</translation>
    </message>
    <message>
        <location line="-48" />
        <source>หมวด</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ความก้าวหน้าตามขั้นตอน PDCA</source>
        <translation>ความก้าวหน้าตามขั้นตอน PDCA</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ตัวชี้วัด</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+14" />
        <source>แนวโน้มคะแนนรวมรายปี</source>
        <translation>แนวโน้มคะแนนรวมรายปี</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปี {year}</source>
        <translation>ปี {year}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ค่าเป้าหมาย</source>
        <translation>ค่าเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/check_panel.py" line="+33" />
        <source>บันทึกผลการตรวจของคณะกรรมการ (บันทึกอัตโนมัติ)</source>
        <translation>บันทึกผลการตรวจของคณะกรรมการ (บันทึกอัตโนมัติ)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เหตุผลหรือข้อเสนอแนะ (ต้องกรอกเมื่อส่งกลับให้แก้ไข หรือเปิดระบบอีกครั้ง)</source>
        <translation>เหตุผลหรือข้อเสนอแนะ (ต้องกรอกเมื่อส่งกลับให้แก้ไข หรือเปิดระบบอีกครั้ง)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ส่งกลับให้แก้ไข</source>
        <translation>ส่งกลับให้แก้ไข</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ยืนยันผลการตรวจสอบ</source>
        <translation>ยืนยันผลการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปิดระบบ (ล็อก)</source>
        <translation>ปิดระบบ (ล็อก)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เปิดระบบอีกครั้ง</source>
        <translation>เปิดระบบอีกครั้ง</translation>
    </message>
    <message>
        <location line="+13" />
        <source>สิ่งที่ผู้ตรวจควรดู (ยังขาดหรือยังไม่ครบ):</source>
        <translation>สิ่งที่ผู้ตรวจควรดู (ยังขาดหรือยังไม่ครบ):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกของคณะกรรมการ</source>
        <translation>บันทึกของคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เหตุผล / ข้อเสนอแนะสำหรับการเปลี่ยนสถานะ</source>
        <translation>เหตุผล / ข้อเสนอแนะสำหรับการเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location line="+24" />
        <source>ยังไม่ได้ส่งตรวจสอบ — ผู้รับผิดชอบต้องส่งจากขั้นดำเนินงาน (Do) ก่อน</source>
        <translation>ยังไม่ได้ส่งตรวจสอบ — ผู้รับผิดชอบต้องส่งจากขั้นดำเนินงาน (Do) ก่อน</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไม่พบสิ่งที่ขาด</source>
        <translation>ไม่พบสิ่งที่ขาด</translation>
    </message>
    <message>
        <location line="+23" />
        <source>ผู้ใช้งานขณะนี้: {name} — ส่งกลับ/ยืนยันได้เฉพาะผู้ตรวจสอบ, ปิดระบบ/เปิดระบบได้เฉพาะผู้ประสานงาน</source>
        <translation>ผู้ใช้งานขณะนี้: {name} — ส่งกลับ/ยืนยันได้เฉพาะผู้ตรวจสอบ, ปิดระบบ/เปิดระบบได้เฉพาะผู้ประสานงาน</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../mk3desk/cli/account_cmds.py" line="+73" />
        <source>ไม่มี{what}: ตั้งตัวแปร {variable} หรือรันคำสั่งในหน้าต่างที่พิมพ์ได้</source>
        <translation>ไม่มี{what}: ตั้งตัวแปร {variable} หรือรันคำสั่งในหน้าต่างที่พิมพ์ได้</translation>
    </message>
    <message>
        <location line="+8" />
        <source>รหัสผ่านทั้งสองครั้งไม่ตรงกัน — ยังไม่ได้เปลี่ยนอะไร</source>
        <translation>รหัสผ่านทั้งสองครั้งไม่ตรงกัน — ยังไม่ได้เปลี่ยนอะไร</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ระบุ --user ชื่อผู้ใช้ของบัญชีผู้ประสาน</source>
        <translation>ระบุ --user ชื่อผู้ใช้ของบัญชีผู้ประสาน</translation>
    </message>
    <message>
        <location line="+45" />
        <location filename="../mk3desk/cli/work_cmds.py" line="+77" />
        <source>ไม่พบบุคลากรชื่อ “{name}”</source>
        <translation>ไม่พบบุคลากรชื่อ “{name}”</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ไม่พบบัญชีผู้ใช้ “{name}”</source>
        <translation>ไม่พบบัญชีผู้ใช้ “{name}”</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/work_cmds.py" line="+64" />
        <source>ฐานข้อมูลนี้มีบัญชีผู้ใช้ — ใช้ --user แทน --as-person</source>
        <translation>ฐานข้อมูลนี้มีบัญชีผู้ใช้ — ใช้ --user แทน --as-person</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ระบุ --met, --unmet หรือ --narrative อย่างน้อยหนึ่งอย่าง</source>
        <translation>ระบุ --met, --unmet หรือ --narrative อย่างน้อยหนึ่งอย่าง</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/score_cmds.py" line="+179" />
        <source>รูปแบบ --category ต้องเป็น หมวด=คะแนน เช่น 2=4.75000 (ได้รับ {item})</source>
        <translation>รูปแบบ --category ต้องเป็น หมวด=คะแนน เช่น 2=4.75000 (ได้รับ {item})</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/common.py" line="+135" />
        <source>ไม่มีรหัสผ่านของ “{user}”: ตั้งตัวแปร {variable} หรือรันคำสั่งในหน้าต่างที่พิมพ์รหัสผ่านได้</source>
        <translation>ไม่มีรหัสผ่านของ “{user}”: ตั้งตัวแปร {variable} หรือรันคำสั่งในหน้าต่างที่พิมพ์รหัสผ่านได้</translation>
    </message>
    <message>
        <location line="+25" />
        <source>ฐานข้อมูลนี้มีบัญชีผู้ใช้ — ระบุ --user ชื่อผู้ใช้ (รหัสผ่านจาก {variable} หรือพิมพ์เมื่อถาม) จึงจะบันทึกข้อมูลได้</source>
        <translation>ฐานข้อมูลนี้มีบัญชีผู้ใช้ — ระบุ --user ชื่อผู้ใช้ (รหัสผ่านจาก {variable} หรือพิมพ์เมื่อถาม) จึงจะบันทึกข้อมูลได้</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ต้องตั้งรหัสผ่านใหม่ก่อน (ผู้ประสานรีเซ็ตไว้) — เข้าสู่ระบบในโปรแกรมเพื่อเปลี่ยนรหัสผ่าน</source>
        <translation>ต้องตั้งรหัสผ่านใหม่ก่อน (ผู้ประสานรีเซ็ตไว้) — เข้าสู่ระบบในโปรแกรมเพื่อเปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/recognition_cmds.py" line="+85" />
        <source>ไม่พบกลุ่มงานชื่อ “{name}”</source>
        <translation>ไม่พบกลุ่มงานชื่อ “{name}”</translation>
    </message>
    <message>
        <location line="+109" />
        <source>กรุณาระบุ --pdf หรือ --png (หรือทั้งสองอย่าง)</source>
        <translation>กรุณาระบุ --pdf หรือ --png (หรือทั้งสองอย่าง)</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/swot_cmds.py" line="+98" />
        <source>ใช้ --file หรือระบุรายการทีละข้อ อย่างใดอย่างหนึ่ง ไม่ใช้พร้อมกัน</source>
        <translation>ใช้ --file หรือระบุรายการทีละข้อ อย่างใดอย่างหนึ่ง ไม่ใช้พร้อมกัน</translation>
    </message>
    <message>
        <location line="+6" />
        <source>อ่านไฟล์ {name} ไม่ได้ (ต้องเป็นไฟล์ข้อความ UTF-8): {reason}</source>
        <translation>อ่านไฟล์ {name} ไม่ได้ (ต้องเป็นไฟล์ข้อความ UTF-8): {reason}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไม่มีอะไรจะบันทึก — ระบุ --file หรือ --strength/--weakness/--opportunity/--threat</source>
        <translation>ไม่มีอะไรจะบันทึก — ระบุ --file หรือ --strength/--weakness/--opportunity/--threat</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <location filename="../mk3desk/domain/committees.py" line="+35" />
        <source>ประธานกรรมการ</source>
        <translation>ประธานกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รองประธานกรรมการ</source>
        <translation>รองประธานกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการ</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการและเลขานุการ</source>
        <translation>กรรมการและเลขานุการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการและผู้ช่วยเลขานุการ</source>
        <translation>กรรมการและผู้ช่วยเลขานุการ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>คณะกรรมการดำเนินงานตามคำรับรองการปฏิบัติราชการ (KRS) และ PMQA 4.0</source>
        <translation>คณะกรรมการดำเนินงานตามคำรับรองการปฏิบัติราชการ (KRS) และ PMQA 4.0</translation>
    </message>
    <message>
        <location line="+77" />
        <source>ไม่รู้จักบทบาท “{role}” ในคณะกรรมการ (ที่มี: {known})</source>
        <translation>ไม่รู้จักบทบาท “{role}” ในคณะกรรมการ (ที่มี: {known})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“{name}” เป็น{first}อยู่แล้ว จะเป็น{second}ในคณะกรรมการเดียวกันอีกไม่ได้ — ประธาน รองประธาน และเลขานุการต้องเป็นคนละคน</source>
        <translation>“{name}” เป็น{first}อยู่แล้ว จะเป็น{second}ในคณะกรรมการเดียวกันอีกไม่ได้ — ประธาน รองประธาน และเลขานุการต้องเป็นคนละคน</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“{name}” อยู่ในคณะกรรมการนี้แล้ว (เป็น{role}) หนึ่งคนมีได้หนึ่งบทบาท</source>
        <translation>“{name}” อยู่ในคณะกรรมการนี้แล้ว (เป็น{role}) หนึ่งคนมีได้หนึ่งบทบาท</translation>
    </message>
    <message>
        <location line="+10" />
        <source>คณะกรรมการต้องมีประธานกรรมการหนึ่งคน — โปรดเลือกประธานก่อนบันทึก</source>
        <translation>คณะกรรมการต้องมีประธานกรรมการหนึ่งคน — โปรดเลือกประธานก่อนบันทึก</translation>
    </message>
    <message>
        <location line="+6" />
        <source>คณะกรรมการมีประธานได้คนเดียว แต่เลือกไว้ {count} คน ({names})</source>
        <translation>คณะกรรมการมีประธานได้คนเดียว แต่เลือกไว้ {count} คน ({names})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>คณะกรรมการมีกรรมการและเลขานุการได้คนเดียว ({names}) — คนอื่นให้เป็นผู้ช่วยเลขานุการ</source>
        <translation>คณะกรรมการมีกรรมการและเลขานุการได้คนเดียว ({names}) — คนอื่นให้เป็นผู้ช่วยเลขานุการ</translation>
    </message>
    <message>
        <location line="+17" />
        <source>กรุณาระบุเรื่องของคำสั่ง</source>
        <translation>กรุณาระบุเรื่องของคำสั่ง</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เลขที่คำสั่งยาวเกินไป (ไม่เกิน 40 ตัวอักษร)</source>
        <translation>เลขที่คำสั่งยาวเกินไป (ไม่เกิน 40 ตัวอักษร)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ใส่เฉพาะเลขที่คำสั่ง เช่น ๑๒๓ โดยไม่ต้องพิมพ์คำว่า “ที่” และปี พ.ศ. (เอกสารพิมพ์ “ที่ ๑๒๓/๒๕๖๗” ให้เอง)</source>
        <translation>ใส่เฉพาะเลขที่คำสั่ง เช่น ๑๒๓ โดยไม่ต้องพิมพ์คำว่า “ที่” และปี พ.ศ. (เอกสารพิมพ์ “ที่ ๑๒๓/๒๕๖๗” ให้เอง)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/common.py" line="+35" />
        <location filename="../mk3desk/services/documents/committee.py" line="+47" />
        <source>ไม่พบคณะกรรมการที่เลือกในปีงบประมาณ {year}</source>
        <translation>ไม่พบคณะกรรมการที่เลือกในปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/members.py" line="+35" />
        <source>บุคคลนี้ไม่ได้อยู่ในคณะกรรมการนี้</source>
        <translation>บุคคลนี้ไม่ได้อยู่ในคณะกรรมการนี้</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/order_options.py" line="+83" />
        <source>ไฟล์ภาพ “{name}” ใหญ่เกิน 2 MB — โปรดย่อภาพก่อน</source>
        <translation>ไฟล์ภาพ “{name}” ใหญ่เกิน 2 MB — โปรดย่อภาพก่อน</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{name}” ไม่ใช่ไฟล์ภาพ PNG หรือ JPEG</source>
        <translation>“{name}” ไม่ใช่ไฟล์ภาพ PNG หรือ JPEG</translation>
    </message>
    <message>
        <location line="+9" />
        <source>เปิดไฟล์ภาพ “{name}” ไม่ได้ ไฟล์อาจเสียหาย</source>
        <translation>เปิดไฟล์ภาพ “{name}” ไม่ได้ ไฟล์อาจเสียหาย</translation>
    </message>
    <message>
        <location line="+22" />
        <source>อ่านไฟล์ภาพ “{name}” ไม่ได้ ({reason})</source>
        <translation>อ่านไฟล์ภาพ “{name}” ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/save.py" line="+32" />
        <source>กรุณาระบุชื่อคณะกรรมการ</source>
        <translation>กรุณาระบุชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ปีงบประมาณ {year} มี “{name}” อยู่แล้ว</source>
        <translation>ปีงบประมาณ {year} มี “{name}” อยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/documents/committee.py" line="+4" />
        <source>ปีงบประมาณ {year} ยังไม่มีคณะกรรมการ — เพิ่มคณะกรรมการก่อน (หน้ารายงาน → คณะกรรมการและคำสั่ง… หรือ mk3desk committee add)</source>
        <translation>ปีงบประมาณ {year} ยังไม่มีคณะกรรมการ — เพิ่มคณะกรรมการก่อน (หน้ารายงาน → คณะกรรมการและคำสั่ง… หรือ mk3desk committee add)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/conflict.py" line="+57" />
        <source>ชื่อคณะกรรมการ</source>
        <translation>ชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำสั่งที่</source>
        <translation>คำสั่งที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สั่ง ณ วันที่</source>
        <translation>สั่ง ณ วันที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เรื่อง</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ลงนาม</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตำแหน่งผู้ลงนาม</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+5" />
        <source>มีผลตั้งแต่</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ความนำ</source>
        <translation>ความนำ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>หน้าที่</source>
        <translation>หน้าที่</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รายชื่อกรรมการ</source>
        <translation>รายชื่อกรรมการ</translation>
    </message>
</context>
<context>
    <name>CommitteesDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/committees_dialog.py" line="+67" />
        <source>คณะกรรมการและคำสั่งแต่งตั้ง</source>
        <translation>คณะกรรมการและคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <location line="+15" />
        <source>เพิ่มคณะกรรมการ</source>
        <translation>เพิ่มคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+268" />
        <source>ลบคณะกรรมการ</source>
        <translation>ลบคณะกรรมการ</translation>
    </message>
    <message>
        <location line="-266" />
        <source>คณะกรรมการของปีนี้</source>
        <translation>คณะกรรมการของปีนี้</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เช่น ๑๒๓ (ปี พ.ศ. พิมพ์ตามวันที่สั่ง)</source>
        <translation>เช่น ๑๒๓ (ปี พ.ศ. พิมพ์ตามวันที่สั่ง)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ว่างไว้ = ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป</source>
        <translation>ว่างไว้ = ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เหตุผลของคำสั่ง พิมพ์ก่อนรายชื่อกรรมการ</source>
        <translation>เหตุผลของคำสั่ง พิมพ์ก่อนรายชื่อกรรมการ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ขึ้นบรรทัดใหม่ตรงที่ต้องการให้ตัดเป็นสองบรรทัด</source>
        <translation>ขึ้นบรรทัดใหม่ตรงที่ต้องการให้ตัดเป็นสองบรรทัด</translation>
    </message>
    <message>
        <location line="+3" />
        <source>สั่ง ณ วันที่</source>
        <translation>สั่ง ณ วันที่</translation>
    </message>
    <message>
        <location line="+2" />
        <source>มีผลตั้งแต่</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ชื่อคณะกรรมการ</source>
        <translation>ชื่อคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำสั่งเลขที่</source>
        <translation>คำสั่งเลขที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เรื่อง</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เหตุผล</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ลงนาม</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่งผู้ลงนาม</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ชื่อ - สกุล</source>
        <translation>ชื่อ - สกุล</translation>
    </message>
    <message>
        <location line="+0" />
        <source>บทบาทในคณะกรรมการ</source>
        <translation>บทบาทในคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เพิ่มกรรมการ</source>
        <translation>เพิ่มกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำออก</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กรรมการ</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>รายชื่อกรรมการและหน้าที่ที่บันทึกไว้ของคณะนี้เป็นไฟล์ Excel</source>
        <translation>รายชื่อกรรมการและหน้าที่ที่บันทึกไว้ของคณะนี้เป็นไฟล์ Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แทนที่รายชื่อกรรมการ (และหน้าที่) ของคณะนี้ด้วยไฟล์ Excel ทั้งไฟล์หรือไม่นำเข้าเลย</source>
        <translation>แทนที่รายชื่อกรรมการ (และหน้าที่) ของคณะนี้ด้วยไฟล์ Excel ทั้งไฟล์หรือไม่นำเข้าเลย</translation>
    </message>
    <message>
        <location line="+9" />
        <source>หน้าที่ละหนึ่งบรรทัด</source>
        <translation>หน้าที่ละหนึ่งบรรทัด</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เลือกภาพตราครุฑ…</source>
        <translation>เลือกภาพตราครุฑ…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์รหัสตรวจสอบท้ายคำสั่ง</source>
        <translation>พิมพ์รหัสตรวจสอบท้ายคำสั่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึก</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปิด</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+12" />
        <source>หน้าที่ของคณะกรรมการ</source>
        <translation>หน้าที่ของคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+32" />
        <source>ภาพตราครุฑ: {name}</source>
        <translation>ภาพตราครุฑ: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ยังไม่ได้เลือกภาพตราครุฑ (คำสั่งจะเว้นที่ว่างไว้)</source>
        <translation>ยังไม่ได้เลือกภาพตราครุฑ (คำสั่งจะเว้นที่ว่างไว้)</translation>
    </message>
    <message>
        <location line="+69" />
        <source>— เลือกบุคลากร —</source>
        <translation>— เลือกบุคลากร —</translation>
    </message>
    <message>
        <location line="+4" />
        <source> — พ้นจากสำนักงาน</source>
        <translation> — พ้นจากสำนักงาน</translation>
    </message>
    <message>
        <location line="+75" />
        <source>ลบ “{name}” และรายชื่อกรรมการทั้งหมดของคณะนี้หรือไม่? (บุคลากรยังอยู่)</source>
        <translation>ลบ “{name}” และรายชื่อกรรมการทั้งหมดของคณะนี้หรือไม่? (บุคลากรยังอยู่)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>เลือกภาพตราครุฑ</source>
        <translation>เลือกภาพตราครุฑ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ภาพ (*.png *.jpg *.jpeg)</source>
        <translation>ภาพ (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../mk3desk/services/conflicts.py" line="+29" />
        <source>{what}: มีผู้อื่นบันทึกการแก้ไขไปก่อนแล้วหลังจากที่คุณเปิดดู จึงยังไม่ได้บันทึกของคุณ</source>
        <translation>{what}: มีผู้อื่นบันทึกการแก้ไขไปก่อนแล้วหลังจากที่คุณเปิดดู จึงยังไม่ได้บันทึกของคุณ</translation>
    </message>
    <message>
        <location line="+55" />
        <source>ใช่</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ไม่ใช่</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <location filename="../mk3desk/ui/live.py" line="+173" />
        <source>เชื่อมต่อเซิร์ฟเวอร์ {server}</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ {server}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — งานที่พิมพ์ไว้ยังอยู่ จะบันทึกเมื่อเชื่อมต่อได้</source>
        <translation>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — งานที่พิมพ์ไว้ยังอยู่ จะบันทึกเมื่อเชื่อมต่อได้</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ฐานข้อมูลบนเซิร์ฟเวอร์ {server}</source>
        <translation>ฐานข้อมูลบนเซิร์ฟเวอร์ {server}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ติดต่อเซิร์ฟเวอร์ {server} ไม่ได้ โปรแกรมจะลองใหม่เรื่อย ๆ — ข้อความที่พิมพ์ไว้ยังอยู่ในช่องและเก็บสำรองไว้ในเครื่องนี้ด้วย</source>
        <translation>ติดต่อเซิร์ฟเวอร์ {server} ไม่ได้ โปรแกรมจะลองใหม่เรื่อย ๆ — ข้อความที่พิมพ์ไว้ยังอยู่ในช่องและเก็บสำรองไว้ในเครื่องนี้ด้วย</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../mk3desk/ui/pdca/criteria.py" line="+42" />
        <source>อธิบายว่าทำเกณฑ์นี้อย่างไร (บันทึกอัตโนมัติ)</source>
        <translation>อธิบายว่าทำเกณฑ์นี้อย่างไร (บันทึกอัตโนมัติ)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>แนบหลักฐาน {key}…</source>
        <translation>แนบหลักฐาน {key}…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แนบไฟล์หลักฐานของเกณฑ์ {key}</source>
        <translation>แนบไฟล์หลักฐานของเกณฑ์ {key}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>หลักฐาน {n} ไฟล์</source>
        <translation>หลักฐาน {n} ไฟล์</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน</source>
        <translation>ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยังไม่มีหลักฐาน</source>
        <translation>ยังไม่มีหลักฐาน</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/dashboard_page.py" line="+139" />
        <source>ภาพสรุปสำหรับเผยแพร่…</source>
        <translation>ภาพสรุปสำหรับเผยแพร่…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>คะแนนที่คำนวณจากข้อมูล</source>
        <translation>คะแนนที่คำนวณจากข้อมูล</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ผลประกาศของ สพฐ.</source>
        <translation>ผลประกาศของ สพฐ.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ทำอะไรแล้วคะแนนรวมเพิ่มมากที่สุด (5 อันดับ)</source>
        <translation>ทำอะไรแล้วคะแนนรวมเพิ่มมากที่สุด (5 อันดับ)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>บันทึกภาพสรุปสำหรับเผยแพร่</source>
        <translation>บันทึกภาพสรุปสำหรับเผยแพร่</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ภาพสรุป.png</source>
        <translation>ภาพสรุป.png</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>ภาพสรุปสำหรับเผยแพร่</source>
        <translation>ภาพสรุปสำหรับเผยแพร่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกภาพ {png} และโปสเตอร์ PDF {pdf} แล้ว</source>
        <translation>บันทึกภาพ {png} และโปสเตอร์ PDF {pdf} แล้ว</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ดับเบิลคลิกเพื่อเปิดตัวชี้วัด</source>
        <translation>ดับเบิลคลิกเพื่อเปิดตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ยังไม่ได้เลือกปีงบประมาณ</source>
        <translation>ยังไม่ได้เลือกปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ภาพรวมปีงบประมาณ {year}</source>
        <translation>ภาพรวมปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยังไม่ได้กำหนดค่าเป้าหมาย</source>
        <translation>ยังไม่ได้กำหนดค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ค่าเป้าหมาย {target} — ถึงเป้าหมายแล้ว</source>
        <translation>ค่าเป้าหมาย {target} — ถึงเป้าหมายแล้ว</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ค่าเป้าหมาย {target} — ยังขาดอีก {gap}</source>
        <translation>ค่าเป้าหมาย {target} — ยังขาดอีก {gap}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ยังไม่ถึงระดับใด</source>
        <translation>ยังไม่ถึงระดับใด</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>ระดับ: {band}</source>
        <translation>ระดับ: {band}</translation>
    </message>
    <message>
        <location line="-11" />
        <source> · อีก {gap} ถึงระดับ “{next}”</source>
        <translation> · อีก {gap} ถึงระดับ “{next}”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ยังไม่ได้บันทึกผลประกาศของปีนี้</source>
        <translation>ยังไม่ได้บันทึกผลประกาศของปีนี้</translation>
    </message>
    <message>
        <location line="+6" />
        <source> · ลำดับที่ {rank} ของประเทศ</source>
        <translation> · ลำดับที่ {rank} ของประเทศ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ส่วนต่างที่คะแนนรายหมวดอธิบายไม่ได้: {value}</source>
        <translation>ส่วนต่างที่คะแนนรายหมวดอธิบายไม่ได้: {value}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>เลยกำหนดส่ง ({count})</source>
        <translation>เลยกำหนดส่ง ({count})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ครบกำหนดภายใน 14 วัน ({count})</source>
        <translation>ครบกำหนดภายใน 14 วัน ({count})</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../mk3desk/db/sqlite_file.py" line="+63" />
        <source>เปิดไฟล์ฐานข้อมูล {path} ไม่ได้: {reason}</source>
        <translation>เปิดไฟล์ฐานข้อมูล {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ mk3desk หรือไฟล์เสียหาย จึงไม่ได้เปิดใช้</source>
        <translation>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ mk3desk หรือไฟล์เสียหาย จึงไม่ได้เปิดใช้</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/migrate.py" line="+126" />
        <location filename="../mk3desk/services/integrity.py" line="+71" />
        <source>ไม่พบไฟล์ฐานข้อมูล {path}</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล {path}</translation>
    </message>
    <message>
        <location line="+32" />
        <source>ฐานข้อมูลบนเซิร์ฟเวอร์ยังเป็นโครงสร้างรุ่น {current} แต่โปรแกรมนี้ใช้รุ่น {head} — ให้ผู้ดูแลระบบสั่ง mk3desk server upgrade ก่อน แล้วปรับรุ่นโปรแกรมทุกเครื่องให้ตรงกัน</source>
        <translation>ฐานข้อมูลบนเซิร์ฟเวอร์ยังเป็นโครงสร้างรุ่น {current} แต่โปรแกรมนี้ใช้รุ่น {head} — ให้ผู้ดูแลระบบสั่ง mk3desk server upgrade ก่อน แล้วปรับรุ่นโปรแกรมทุกเครื่องให้ตรงกัน</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/sqlite_file.py" line="-20" />
        <source>ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason}) — ลองใช้ไฟล์สำรองในโฟลเดอร์ backups</source>
        <translation>ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason}) — ลองใช้ไฟล์สำรองในโฟลเดอร์ backups</translation>
    </message>
    <message>
        <location line="-17" />
        <source>ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}) โปรดปรับรุ่นโปรแกรมก่อนเปิด — ไม่ได้แก้ไขไฟล์นี้</source>
        <translation>ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}) โปรดปรับรุ่นโปรแกรมก่อนเปิด — ไม่ได้แก้ไขไฟล์นี้</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ mk3desk จึงไม่ได้เปิดใช้</source>
        <translation>ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ mk3desk จึงไม่ได้เปิดใช้</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/migrate.py" line="+10" />
        <source>ฐานข้อมูลต้องปรับรุ่นโครงสร้างก่อน แต่เปิดแบบอ่านอย่างเดียวอยู่</source>
        <translation>ฐานข้อมูลต้องปรับรุ่นโครงสร้างก่อน แต่เปิดแบบอ่านอย่างเดียวอยู่</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/errors.py" line="+31" />
        <source>มีผู้อื่นแก้ไขรายการเดียวกันนี้ไปก่อนแล้ว จึงยังไม่ได้บันทึก — โปรดดูข้อมูลล่าสุดแล้วทำรายการอีกครั้ง</source>
        <translation>มีผู้อื่นแก้ไขรายการเดียวกันนี้ไปก่อนแล้ว จึงยังไม่ได้บันทึก — โปรดดูข้อมูลล่าสุดแล้วทำรายการอีกครั้ง</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ขาดการเชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล — รายการนี้ยังไม่ได้บันทึก โปรดตรวจสายแลนหรือเครือข่าย แล้วลองอีกครั้งเมื่อเชื่อมต่อได้</source>
        <translation>ขาดการเชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล — รายการนี้ยังไม่ได้บันทึก โปรดตรวจสายแลนหรือเครือข่าย แล้วลองอีกครั้งเมื่อเชื่อมต่อได้</translation>
    </message>
    <message>
        <location line="+21" />
        <source>มีโปรแกรมอื่นกำลังบันทึกข้อมูลลงฐานข้อมูลนี้อยู่ รอแล้ว {seconds} วินาทียังไม่เสร็จ — ยังไม่ได้บันทึก โปรดลองอีกครั้ง</source>
        <translation>มีโปรแกรมอื่นกำลังบันทึกข้อมูลลงฐานข้อมูลนี้อยู่ รอแล้ว {seconds} วินาทียังไม่เสร็จ — ยังไม่ได้บันทึก โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ฐานข้อมูลเปิดแบบอ่านอย่างเดียว จึงบันทึกไม่ได้</source>
        <translation>ฐานข้อมูลเปิดแบบอ่านอย่างเดียว จึงบันทึกไม่ได้</translation>
    </message>
    <message>
        <location line="+3" />
        <source>พื้นที่ดิสก์เต็ม บันทึกไม่ได้ — ยังไม่ได้บันทึก โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</source>
        <translation>พื้นที่ดิสก์เต็ม บันทึกไม่ได้ — ยังไม่ได้บันทึก โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/writer_lock.py" line="+90" />
        <source>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine}) รอแล้ว {seconds} วินาที — ยังไม่ได้บันทึก ปิดโปรแกรมอีกชุดหนึ่งแล้วลองอีกครั้ง</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine}) รอแล้ว {seconds} วินาที — ยังไม่ได้บันทึก ปิดโปรแกรมอีกชุดหนึ่งแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/wal_index.py" line="+73" />
        <source>ไฟล์ว่างเปล่า 0 ไบต์</source>
        <translation>ไฟล์ว่างเปล่า 0 ไบต์</translation>
    </message>
    <message>
        <location line="+3" />
        <source>งานที่บันทึกล่าสุดของฐานข้อมูลนี้หายไปพร้อมไฟล์ {wal} (โปรแกรมปิดไม่ปกติแล้วไฟล์นั้นถูกลบ) จึงยังไม่ได้เปิด — ตรวจด้วย mk3desk check แล้วกู้คืนด้วย mk3desk restore --list หรือถ้ายอมรับข้อมูลที่หายไป ให้ลบไฟล์ {shm} แล้วเปิดใหม่</source>
        <translation>งานที่บันทึกล่าสุดของฐานข้อมูลนี้หายไปพร้อมไฟล์ {wal} (โปรแกรมปิดไม่ปกติแล้วไฟล์นั้นถูกลบ) จึงยังไม่ได้เปิด — ตรวจด้วย mk3desk check แล้วกู้คืนด้วย mk3desk restore --list หรือถ้ายอมรับข้อมูลที่หายไป ให้ลบไฟล์ {shm} แล้วเปิดใหม่</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../mk3desk/services/demo.py" line="+69" />
        <source>ฐานข้อมูลนี้มีข้อมูลสำนักงานอยู่แล้ว จึงไม่ได้สร้างข้อมูลตัวอย่างทับ — ใช้ไฟล์ใหม่ (--db)</source>
        <translation>ฐานข้อมูลนี้มีข้อมูลสำนักงานอยู่แล้ว จึงไม่ได้สร้างข้อมูลตัวอย่างทับ — ใช้ไฟล์ใหม่ (--db)</translation>
    </message>
</context>
<context>
    <name>DemoBuild</name>
    <message>
        <location filename="../mk3desk/ui/demo_building.py" line="+67" />
        <source>กำลังสร้างข้อมูลตัวอย่าง สพป.มหาสารคาม เขต 3 (สามปีงบประมาณ)
ทำครั้งเดียว อาจใช้เวลาสักครู่</source>
        <translation>กำลังสร้างข้อมูลตัวอย่าง สพป.มหาสารคาม เขต 3 (สามปีงบประมาณ)
ทำครั้งเดียว อาจใช้เวลาสักครู่</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ข้อมูลตัวอย่าง</source>
        <translation>ข้อมูลตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>DoPanel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/do_panel.py" line="+57" />
        <source>บันทึกสิ่งที่ทำไปแล้ว เมื่อใด ผลเป็นอย่างไร (บันทึกอัตโนมัติ)</source>
        <translation>บันทึกสิ่งที่ทำไปแล้ว เมื่อใด ผลเป็นอย่างไร (บันทึกอัตโนมัติ)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไฟล์หลักฐาน</source>
        <translation>ไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ส่งตรวจสอบ (Check) →</source>
        <translation>ส่งตรวจสอบ (Check) →</translation>
    </message>
    <message>
        <location line="+12" />
        <source>บันทึกผลการดำเนินงาน</source>
        <translation>บันทึกผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+5" />
        <source>สิ่งที่ต้องมีก่อนส่งตรวจสอบ:</source>
        <translation>สิ่งที่ต้องมีก่อนส่งตรวจสอบ:</translation>
    </message>
    <message>
        <location line="+43" />
        <source>คณะกรรมการส่งกลับให้แก้ไข: {comment}</source>
        <translation>คณะกรรมการส่งกลับให้แก้ไข: {comment}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ผู้ประสานงานเปิดระบบอีกครั้ง ({who} {when}) เหตุผล: {comment}</source>
        <translation>ผู้ประสานงานเปิดระบบอีกครั้ง ({who} {when}) เหตุผล: {comment}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>• {day} {kind}: {topic} (เข้าร่วม {came}/{invited} คน, เอกสาร {files} ไฟล์)</source>
        <translation>• {day} {kind}: {topic} (เข้าร่วม {came}/{invited} คน, เอกสาร {files} ไฟล์)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>การประชุม/อบรมที่เกี่ยวข้อง (นับเป็นหลักฐาน):</source>
        <translation>การประชุม/อบรมที่เกี่ยวข้อง (นับเป็นหลักฐาน):</translation>
    </message>
    <message>
        <location line="-62" />
        <source>คำแนะนำ: {guide}</source>
        <translation>คำแนะนำ: {guide}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>พร้อมส่งตรวจสอบ</source>
        <translation>พร้อมส่งตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>DraftsLabel</name>
    <message>
        <location filename="../mk3desk/ui/live.py" line="+38" />
        <source>ข้อความรอบันทึก: ตัวชี้วัด {codes} และข้อความ Best Practice — เปิดตัวชี้วัดหรือหน้าต่างข้อความ Best Practice เพื่อบันทึก</source>
        <translation>ข้อความรอบันทึก: ตัวชี้วัด {codes} และข้อความ Best Practice — เปิดตัวชี้วัดหรือหน้าต่างข้อความ Best Practice เพื่อบันทึก</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ข้อความรอบันทึก: ตัวชี้วัด {codes} — เปิดตัวชี้วัดเพื่อบันทึก</source>
        <translation>ข้อความรอบันทึก: ตัวชี้วัด {codes} — เปิดตัวชี้วัดเพื่อบันทึก</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ข้อความรอบันทึก: ข้อความ Best Practice — เปิดหน้าต่างข้อความ Best Practice ในหน้ารายงานเพื่อบันทึก</source>
        <translation>ข้อความรอบันทึก: ข้อความ Best Practice — เปิดหน้าต่างข้อความ Best Practice ในหน้ารายงานเพื่อบันทึก</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ข้อความที่พิมพ์ไว้ตอนขาดการเชื่อมต่อเซิร์ฟเวอร์ยังไม่ได้บันทึก — เปิดตัวชี้วัดนั้น (หรือหน้าต่างข้อความ Best Practice) ข้อความจะกลับมาในช่องและบันทึกให้</source>
        <translation>ข้อความที่พิมพ์ไว้ตอนขาดการเชื่อมต่อเซิร์ฟเวอร์ยังไม่ได้บันทึก — เปิดตัวชี้วัดนั้น (หรือหน้าต่างข้อความ Best Practice) ข้อความจะกลับมาในช่องและบันทึกให้</translation>
    </message>
    <message>
        <location line="-18" />
        <source>ข้อความรอบันทึก {n} ช่อง (เก็บไว้ในเครื่องนี้)</source>
        <translation>ข้อความรอบันทึก {n} ช่อง (เก็บไว้ในเครื่องนี้)</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../mk3desk/ui/models/assignment_model.py" line="+48" />
        <source>เลยกำหนด {days} วัน</source>
        <translation>เลยกำหนด {days} วัน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ครบกำหนดวันนี้</source>
        <translation>ครบกำหนดวันนี้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>อีก {days} วัน</source>
        <translation>อีก {days} วัน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยังไม่มีผู้รับผิดชอบ</source>
        <translation>ยังไม่มีผู้รับผิดชอบ</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../mk3desk/ui/app.py" line="-64" />
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
        <location filename="../mk3desk/db/evidence_store.py" line="+48" />
        <source>พื้นที่ดิสก์เต็ม บันทึกไฟล์ {path} ไม่ได้ — ข้อมูลเดิมยังอยู่ครบ โปรดลบไฟล์ที่ไม่ใช้แล้วลองใหม่</source>
        <translation>พื้นที่ดิสก์เต็ม บันทึกไฟล์ {path} ไม่ได้ — ข้อมูลเดิมยังอยู่ครบ โปรดลบไฟล์ที่ไม่ใช้แล้วลองใหม่</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/evidence_blobs.py" line="+108" />
        <source>ไฟล์หลักฐาน {sha} บนเซิร์ฟเวอร์ไม่ตรงกับค่า SHA-256 ที่บันทึกไว้ (ถูกแก้นอกโปรแกรม) จึงไม่ได้เปิด</source>
        <translation>ไฟล์หลักฐาน {sha} บนเซิร์ฟเวอร์ไม่ตรงกับค่า SHA-256 ที่บันทึกไว้ (ถูกแก้นอกโปรแกรม) จึงไม่ได้เปิด</translation>
    </message>
    <message>
        <location line="+32" />
        <location filename="../mk3desk/db/evidence_store.py" line="+6" />
        <source>อ่านหรือเขียนไฟล์ {path} ไม่ได้: {reason}</source>
        <translation>อ่านหรือเขียนไฟล์ {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/evidence_store.py" line="+81" />
        <source>เปิดไฟล์ {path} ไม่ได้: {reason}</source>
        <translation>เปิดไฟล์ {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/evidence.py" line="+48" />
        <location filename="../mk3desk/services/knowledge/materials.py" line="+42" />
        <source>ไม่พบไฟล์ {path} หรือไม่ใช่ไฟล์</source>
        <translation>ไม่พบไฟล์ {path} หรือไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../mk3desk/services/knowledge/materials.py" line="+4" />
        <source>ไฟล์ {name} ใหญ่เกิน 1 GB จึงไม่ได้แนบ — โปรดย่อขนาดหรือแบ่งไฟล์</source>
        <translation>ไฟล์ {name} ใหญ่เกิน 1 GB จึงไม่ได้แนบ — โปรดย่อขนาดหรือแบ่งไฟล์</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</source>
        <translation>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ชื่อไฟล์ {name} ใช้ไม่ได้</source>
        <translation>ชื่อไฟล์ {name} ใช้ไม่ได้</translation>
    </message>
    <message>
        <location line="+5" />
        <source>คัดลอกไฟล์ {name} เพื่อเปิดดูไม่ได้ ({reason})</source>
        <translation>คัดลอกไฟล์ {name} เพื่อเปิดดูไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่พบไฟล์หลักฐานรหัส {id}</source>
        <translation>ไม่พบไฟล์หลักฐานรหัส {id}</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/evidence_opening.py" line="+59" />
        <source>ดึงไฟล์ {name} มาเปิดไม่สำเร็จ ({reason}) — โปรดตรวจการเชื่อมต่อกับเซิร์ฟเวอร์แล้วลองอีกครั้ง</source>
        <translation>ดึงไฟล์ {name} มาเปิดไม่สำเร็จ ({reason}) — โปรดตรวจการเชื่อมต่อกับเซิร์ฟเวอร์แล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../mk3desk/ui/evidence_panel.py" line="+82" />
        <source>{n:.1f} เมกะไบต์</source>
        <translation>{n:.1f} เมกะไบต์</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n:.0f} กิโลไบต์</source>
        <translation>{n:.0f} กิโลไบต์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} ไบต์</source>
        <translation>{n} ไบต์</translation>
    </message>
    <message>
        <location line="+41" />
        <source>ไฟล์</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบาย</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกณฑ์</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ขนาด</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แนบเมื่อ</source>
        <translation>แนบเมื่อ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{name} (ไม่พบไฟล์!)</source>
        <translation>{name} (ไม่พบไฟล์!)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} (ไฟล์ถูกแก้ไข!)</source>
        <translation>{name} (ไฟล์ถูกแก้ไข!)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ทั้งตัวชี้วัด</source>
        <translation>ทั้งตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไฟล์นี้หายไปจากที่เก็บหลักฐาน</source>
        <translation>ไฟล์นี้หายไปจากที่เก็บหลักฐาน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>กรุณาแนบใหม่</source>
        <translation>กรุณาแนบใหม่</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location line="+38" />
        <source>คำอธิบายไฟล์ (เช่น รายงานการประชุม ครั้งที่ 1/2567)</source>
        <translation>คำอธิบายไฟล์ (เช่น รายงานการประชุม ครั้งที่ 1/2567)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แนบไฟล์…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เปิดไฟล์</source>
        <translation>เปิดไฟล์</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ย้ายไปถังขยะ</source>
        <translation>ย้ายไปถังขยะ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ถังขยะ…</source>
        <translation>ถังขยะ…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ไฟล์ที่ย้ายไปถังขยะ นำกลับคืนได้จนกว่าจะล้างถังขยะ</source>
        <translation>ไฟล์ที่ย้ายไปถังขยะ นำกลับคืนได้จนกว่าจะล้างถังขยะ</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+162" />
        <source>ลากไฟล์มาวางที่นี่เพื่อแนบได้</source>
        <translation>ลากไฟล์มาวางที่นี่เพื่อแนบได้</translation>
    </message>
    <message>
        <location line="-155" />
        <source>สำหรับเกณฑ์</source>
        <translation>สำหรับเกณฑ์</translation>
    </message>
    <message>
        <location line="+32" />
        <source>ทั้งตัวชี้วัด</source>
        <translation>ทั้งตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+48" />
        <source>เลือกไฟล์หลักฐาน</source>
        <translation>เลือกไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+42" />
        <source>ไฟล์ขนาดใหญ่</source>
        <translation>ไฟล์ขนาดใหญ่</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ไฟล์ {name} มีขนาด {size} ซึ่งใหญ่มาก ฐานข้อมูลและไฟล์สำรองจะโตขึ้นตาม ต้องการแนบหรือไม่?</source>
        <translation>ไฟล์ {name} มีขนาด {size} ซึ่งใหญ่มาก ฐานข้อมูลและไฟล์สำรองจะโตขึ้นตาม ต้องการแนบหรือไม่?</translation>
    </message>
    <message>
        <location line="+31" />
        <source>กำลังดึงไฟล์มาเปิด…</source>
        <translation>กำลังดึงไฟล์มาเปิด…</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/evidence_opening.py" line="+71" />
        <source>ไม่พบไฟล์</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปิดไฟล์ {name} ไม่ได้ เพราะไฟล์หายไปจากที่เก็บหลักฐาน (อาจถูกลบหรือย้ายออกจากโฟลเดอร์ของโปรแกรม) กรุณาแนบไฟล์นี้ใหม่</source>
        <translation>เปิดไฟล์ {name} ไม่ได้ เพราะไฟล์หายไปจากที่เก็บหลักฐาน (อาจถูกลบหรือย้ายออกจากโฟลเดอร์ของโปรแกรม) กรุณาแนบไฟล์นี้ใหม่</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ไฟล์ถูกแก้ไข</source>
        <translation>ไฟล์ถูกแก้ไข</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์ {name} ถูกแก้ไขหลังจากแนบ จึงอาจไม่ใช่หลักฐานฉบับเดิม ต้องการเปิดดูหรือไม่?</source>
        <translation>ไฟล์ {name} ถูกแก้ไขหลังจากแนบ จึงอาจไม่ใช่หลักฐานฉบับเดิม ต้องการเปิดดูหรือไม่?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไฟล์นี้เป็นโปรแกรม</source>
        <translation>ไฟล์นี้เป็นโปรแกรม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์ {name} เป็นชนิดที่เครื่องจะสั่งทำงานเป็นโปรแกรม ไม่ใช่เอกสาร ถ้าไม่แน่ใจว่ามาจากใคร อย่าเปิด — ต้องการเปิดหรือไม่?</source>
        <translation>ไฟล์ {name} เป็นชนิดที่เครื่องจะสั่งทำงานเป็นโปรแกรม ไม่ใช่เอกสาร ถ้าไม่แน่ใจว่ามาจากใคร อย่าเปิด — ต้องการเปิดหรือไม่?</translation>
    </message>
    <message>
        <location line="-42" />
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>เปิดไฟล์ไม่ได้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เครื่องนี้ไม่มีโปรแกรมที่เปิดไฟล์ {name} ได้ — ไฟล์อยู่ที่ {path} คัดลอกไปเปิดด้วยโปรแกรมอื่นได้</source>
        <translation>เครื่องนี้ไม่มีโปรแกรมที่เปิดไฟล์ {name} ได้ — ไฟล์อยู่ที่ {path} คัดลอกไปเปิดด้วยโปรแกรมอื่นได้</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../mk3desk/services/excel/__init__.py" line="+120" />
        <source>คะแนนรายหมวดและรายตัวชี้วัด</source>
        <translation>คะแนนรายหมวดและรายตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ติดตามความก้าวหน้า (ผู้รับผิดชอบ สถานะ กำหนดส่ง)</source>
        <translation>ติดตามความก้าวหน้า (ผู้รับผิดชอบ สถานะ กำหนดส่ง)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ดัชนีไฟล์หลักฐาน</source>
        <translation>ดัชนีไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+24" />
        <source>ไม่รู้จักชนิดข้อมูล “{kind}” (ใช้ได้: {known})</source>
        <translation>ไม่รู้จักชนิดข้อมูล “{kind}” (ใช้ได้: {known})</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ข้อมูล “{title}” เป็นของปีงบประมาณ กรุณาระบุปี เช่น 2567</source>
        <translation>ข้อมูล “{title}” เป็นของปีงบประมาณ กรุณาระบุปี เช่น 2567</translation>
    </message>
    <message>
        <location line="+23" />
        <source>ข้อมูล “{title}” เป็นของคณะกรรมการหนึ่งคณะ กรุณาเลือกคณะกรรมการ</source>
        <translation>ข้อมูล “{title}” เป็นของคณะกรรมการหนึ่งคณะ กรุณาเลือกคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ข้อมูล “{title}” เป็นของการประชุม/อบรมหนึ่งครั้ง กรุณาเลือกการประชุม</source>
        <translation>ข้อมูล “{title}” เป็นของการประชุม/อบรมหนึ่งครั้ง กรุณาเลือกการประชุม</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../mk3desk/ui/excel_actions.py" line="+296" />
        <source>ส่งออกเป็น Excel</source>
        <translation>ส่งออกเป็น Excel</translation>
    </message>
    <message>
        <location line="-21" />
        <source>บันทึกแม่แบบ Excel</source>
        <translation>บันทึกแม่แบบ Excel</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Excel (&amp;E)</source>
        <translation>Excel (&amp;E)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกแม่แบบสำหรับกรอกข้อมูล (&amp;T)</source>
        <translation>บันทึกแม่แบบสำหรับกรอกข้อมูล (&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าข้อมูลจาก Excel (&amp;I)</source>
        <translation>นำเข้าข้อมูลจาก Excel (&amp;I)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ส่งออกเป็น Excel (&amp;E)</source>
        <translation>ส่งออกเป็น Excel (&amp;E)</translation>
    </message>
    <message>
        <location line="+25" />
        <source>แม่แบบ</source>
        <translation>แม่แบบ</translation>
    </message>
    <message>
        <location line="+20" />
        <source>แม่แบบ Excel</source>
        <translation>แม่แบบ Excel</translation>
    </message>
    <message>
        <location line="+21" />
        <source>ไฟล์ Excel</source>
        <translation>ไฟล์ Excel</translation>
    </message>
    <message>
        <location line="+8" />
        <source>เลือกไฟล์ Excel ที่จะนำเข้า</source>
        <translation>เลือกไฟล์ Excel ที่จะนำเข้า</translation>
    </message>
    <message>
        <location line="+21" />
        <source>กำลังอ่านและตรวจสอบไฟล์ {name} ...</source>
        <translation>กำลังอ่านและตรวจสอบไฟล์ {name} ...</translation>
    </message>
    <message>
        <location line="+47" />
        <source>ผลการนำเข้า: {title}</source>
        <translation>ผลการนำเข้า: {title}</translation>
    </message>
</context>
<context>
    <name>ExcelKinds</name>
    <message>
        <location filename="../mk3desk/excel/kinds/assignments.py" line="+17" />
        <source>ผู้รับผิดชอบตัวชี้วัด</source>
        <translation>ผู้รับผิดชอบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+20" />
        <source>หนึ่งแถวต่อหนึ่งตัวชี้วัด เลือกชื่อจากรายการ (ต้องตรงกับรายชื่อบุคลากรในโปรแกรม) ช่องที่เว้นว่างหมายถึงยังไม่กำหนด ตัวชี้วัดที่ส่งตรวจหรือปิดระบบแล้วเปลี่ยนผู้รับผิดชอบไม่ได้</source>
        <translation>หนึ่งแถวต่อหนึ่งตัวชี้วัด เลือกชื่อจากรายการ (ต้องตรงกับรายชื่อบุคลากรในโปรแกรม) ช่องที่เว้นว่างหมายถึงยังไม่กำหนด ตัวชี้วัดที่ส่งตรวจหรือปิดระบบแล้วเปลี่ยนผู้รับผิดชอบไม่ได้</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/framework.py" line="+35" />
        <source>กรอบการประเมินของปี (หมวด ประเด็น เกณฑ์ ตัวชี้วัดผลลัพธ์)</source>
        <translation>กรอบการประเมินของปี (หมวด ประเด็น เกณฑ์ ตัวชี้วัดผลลัพธ์)</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/official.py" line="+18" />
        <source>ผลการประเมินทางการที่ สพฐ. ประกาศ</source>
        <translation>ผลการประเมินทางการที่ สพฐ. ประกาศ</translation>
    </message>
    <message>
        <location line="+24" />
        <source>กรอกหนึ่งแถว: คะแนนรวม (ทศนิยม 5 ตำแหน่งตามประกาศ) ระดับ และลำดับที่</source>
        <translation>กรอกหนึ่งแถว: คะแนนรวม (ทศนิยม 5 ตำแหน่งตามประกาศ) ระดับ และลำดับที่</translation>
    </message>
    <message>
        <location line="+9" />
        <source>หนึ่งแถวต่อหนึ่งหมวด คะแนน 0–5</source>
        <translation>หนึ่งแถวต่อหนึ่งหมวด คะแนน 0–5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไม่บังคับ: คะแนนที่ผ่านการตรวจสอบรายตัวชี้วัด (ถ้า สพฐ. แจ้ง)</source>
        <translation>ไม่บังคับ: คะแนนที่ผ่านการตรวจสอบรายตัวชี้วัด (ถ้า สพฐ. แจ้ง)</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/outcomes.py" line="+17" />
        <source>ค่าผลการดำเนินงานของตัวชี้วัดผลลัพธ์</source>
        <translation>ค่าผลการดำเนินงานของตัวชี้วัดผลลัพธ์</translation>
    </message>
    <message>
        <location line="+37" />
        <source>หนึ่งแถวต่อหนึ่งตัวชี้วัดต่อหนึ่งปี กรอกได้เฉพาะปีงบประมาณนี้และสองปีก่อนหน้า ค่าที่มีอยู่แล้วจะถูกแทนที่ด้วยค่าในไฟล์ ค่าที่ไม่มีในไฟล์คงไว้ตามเดิม</source>
        <translation>หนึ่งแถวต่อหนึ่งตัวชี้วัดต่อหนึ่งปี กรอกได้เฉพาะปีงบประมาณนี้และสองปีก่อนหน้า ค่าที่มีอยู่แล้วจะถูกแทนที่ด้วยค่าในไฟล์ ค่าที่ไม่มีในไฟล์คงไว้ตามเดิม</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/people.py" line="+20" />
        <source>บุคลากรและกลุ่มงาน</source>
        <translation>บุคลากรและกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+27" />
        <source>กลุ่มงานใหม่ที่ต้องการเพิ่ม (กลุ่มที่มีอยู่แล้วไม่ต้องกรอกซ้ำ)</source>
        <translation>กลุ่มงานใหม่ที่ต้องการเพิ่ม (กลุ่มที่มีอยู่แล้วไม่ต้องกรอกซ้ำ)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>หนึ่งแถวต่อหนึ่งคน ชื่อ-นามสกุลรวมคำนำหน้า จับคู่กับบุคลากรเดิมด้วยชื่อ-นามสกุล ช่องบทบาทกรอก «ใช่» หรือ «ไม่ใช่» ถ้าไม่ได้เลือกบทบาทใดเลยจะเป็นผู้รับผิดชอบตัวชี้วัด</source>
        <translation>หนึ่งแถวต่อหนึ่งคน ชื่อ-นามสกุลรวมคำนำหน้า จับคู่กับบุคลากรเดิมด้วยชื่อ-นามสกุล ช่องบทบาทกรอก «ใช่» หรือ «ไม่ใช่» ถ้าไม่ได้เลือกบทบาทใดเลยจะเป็นผู้รับผิดชอบตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/framework.py" line="+10" />
        <source>กระบวนการ</source>
        <translation>กระบวนการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลลัพธ์</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ค่ายิ่งมากยิ่งดี</source>
        <translation>ค่ายิ่งมากยิ่งดี</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่ายิ่งน้อยยิ่งดี</source>
        <translation>ค่ายิ่งน้อยยิ่งดี</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เกณฑ์ 5 ระดับ</source>
        <translation>เกณฑ์ 5 ระดับ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ร้อยละของค่าเป้าหมาย</source>
        <translation>ร้อยละของค่าเป้าหมาย</translation>
    </message>
    <message>
        <location line="+33" />
        <source>หนึ่งแถวต่อหนึ่งหมวด (หมวด 1–7) พร้อมน้ำหนัก</source>
        <translation>หนึ่งแถวต่อหนึ่งหมวด (หมวด 1–7) พร้อมน้ำหนัก</translation>
    </message>
    <message>
        <location line="+23" />
        <source>หนึ่งแถวต่อหนึ่งประเด็น (หมวด 1–6, ประเภท «กระบวนการ») หรือหนึ่งตัวชี้วัด (หมวด 7, ประเภท «ผลลัพธ์») ตัวชี้วัดผลลัพธ์ต้องระบุทิศทางและวิธีให้คะแนน: «เกณฑ์ 5 ระดับ» กรอกเกณฑ์ระดับ 1–5 (ค่ายิ่งมากยิ่งดีเรียงจากน้อยไปมาก ค่ายิ่งน้อยยิ่งดีเรียงจากมากไปน้อย) «ร้อยละของค่าเป้าหมาย» กรอกค่าเป้าหมาย และร้อยละที่ได้ 0 และ 5 คะแนน</source>
        <translation>หนึ่งแถวต่อหนึ่งประเด็น (หมวด 1–6, ประเภท «กระบวนการ») หรือหนึ่งตัวชี้วัด (หมวด 7, ประเภท «ผลลัพธ์») ตัวชี้วัดผลลัพธ์ต้องระบุทิศทางและวิธีให้คะแนน: «เกณฑ์ 5 ระดับ» กรอกเกณฑ์ระดับ 1–5 (ค่ายิ่งมากยิ่งดีเรียงจากน้อยไปมาก ค่ายิ่งน้อยยิ่งดีเรียงจากมากไปน้อย) «ร้อยละของค่าเป้าหมาย» กรอกค่าเป้าหมาย และร้อยละที่ได้ 0 และ 5 คะแนน</translation>
    </message>
    <message>
        <location line="+18" />
        <source>เกณฑ์ของประเด็นหมวด 1–6 หนึ่งแถวต่อหนึ่งเกณฑ์ รหัสเกณฑ์ เช่น B1, A1, S1</source>
        <translation>เกณฑ์ของประเด็นหมวด 1–6 หนึ่งแถวต่อหนึ่งเกณฑ์ รหัสเกณฑ์ เช่น B1, A1, S1</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/attendance.py" line="+17" />
        <source>รายชื่อผู้เข้าร่วมประชุม/อบรม</source>
        <translation>รายชื่อผู้เข้าร่วมประชุม/อบรม</translation>
    </message>
    <message>
        <location line="+25" />
        <source>หนึ่งแถวต่อหนึ่งคน ชื่อต้องตรงกับรายชื่อบุคลากรในโปรแกรม การเข้าร่วมกรอก «เข้าร่วม» (หรือ «ลงชื่อ») «ขาด» หรือ «ลา» ผู้ที่ยังไม่อยู่ในรายชื่อจะถูกเพิ่ม ผู้ที่อยู่ในรายชื่อแต่ไม่มีในไฟล์คงสถานะเดิม</source>
        <translation>หนึ่งแถวต่อหนึ่งคน ชื่อต้องตรงกับรายชื่อบุคลากรในโปรแกรม การเข้าร่วมกรอก «เข้าร่วม» (หรือ «ลงชื่อ») «ขาด» หรือ «ลา» ผู้ที่ยังไม่อยู่ในรายชื่อจะถูกเพิ่ม ผู้ที่อยู่ในรายชื่อแต่ไม่มีในไฟล์คงสถานะเดิม</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/certificates.py" line="+13" />
        <source>ทะเบียนเกียรติบัตร</source>
        <translation>ทะเบียนเกียรติบัตร</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/committee_members.py" line="+17" />
        <source>รายชื่อกรรมการและหน้าที่ของคณะกรรมการ</source>
        <translation>รายชื่อกรรมการและหน้าที่ของคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+23" />
        <source>หนึ่งแถวต่อกรรมการหนึ่งคน เรียงตามลำดับในคำสั่ง ชื่อต้องตรงกับรายชื่อบุคลากรในโปรแกรม ต้องมีประธานกรรมการหนึ่งคน และประธาน รองประธาน เลขานุการต้องเป็นคนละคน การนำเข้าจะแทนที่รายชื่อกรรมการทั้งหมดของคณะนี้ด้วยรายชื่อในไฟล์</source>
        <translation>หนึ่งแถวต่อกรรมการหนึ่งคน เรียงตามลำดับในคำสั่ง ชื่อต้องตรงกับรายชื่อบุคลากรในโปรแกรม ต้องมีประธานกรรมการหนึ่งคน และประธาน รองประธาน เลขานุการต้องเป็นคนละคน การนำเข้าจะแทนที่รายชื่อกรรมการทั้งหมดของคณะนี้ด้วยรายชื่อในไฟล์</translation>
    </message>
    <message>
        <location line="+11" />
        <source>หน้าที่ของคณะกรรมการ หนึ่งแถวต่อหนึ่งข้อ (ไม่เกิน 1,000 ตัวอักษร) ถ้าแผ่นงานนี้ว่าง หน้าที่เดิมของคณะกรรมการจะคงไว้</source>
        <translation>หน้าที่ของคณะกรรมการ หนึ่งแถวต่อหนึ่งข้อ (ไม่เกิน 1,000 ตัวอักษร) ถ้าแผ่นงานนี้ว่าง หน้าที่เดิมของคณะกรรมการจะคงไว้</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/swot.py" line="+17" />
        <source>การวิเคราะห์ SWOT ของปี</source>
        <translation>การวิเคราะห์ SWOT ของปี</translation>
    </message>
    <message>
        <location line="+34" />
        <source>หนึ่งแถวต่อหนึ่งข้อ เลือกด้าน (จุดแข็ง จุดอ่อน โอกาส อุปสรรค) ข้อความไม่เกิน 500 ตัวอักษร การนำเข้าจะแทนที่การวิเคราะห์ SWOT ทั้งหมดของปีด้วยรายการในไฟล์</source>
        <translation>หนึ่งแถวต่อหนึ่งข้อ เลือกด้าน (จุดแข็ง จุดอ่อน โอกาส อุปสรรค) ข้อความไม่เกิน 500 ตัวอักษร การนำเข้าจะแทนที่การวิเคราะห์ SWOT ทั้งหมดของปีด้วยรายการในไฟล์</translation>
    </message>
    <message>
        <location line="+10" />
        <source>หนึ่งแถวต่อหนึ่งราย: บุคลากร โรงเรียน หรือกลุ่มงานที่ร่วมวิเคราะห์</source>
        <translation>หนึ่งแถวต่อหนึ่งราย: บุคลากร โรงเรียน หรือกลุ่มงานที่ร่วมวิเคราะห์</translation>
    </message>
    <message>
        <location line="+8" />
        <source>วันที่ประชุมวิเคราะห์ SWOT หนึ่งแถว (เช่น 20/11/2566) ต้องไม่เป็นวันในอนาคต</source>
        <translation>วันที่ประชุมวิเคราะห์ SWOT หนึ่งแถว (เช่น 20/11/2566) ต้องไม่เป็นวันในอนาคต</translation>
    </message>
</context>
<context>
    <name>ExcelProblem</name>
    <message>
        <location filename="../mk3desk/excel/columns.py" line="+154" />
        <source>ตัวเลขไม่ถูกต้อง</source>
        <translation>ตัวเลขไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Excel เปลี่ยนข้อความนี้เป็นวันที่ กรุณาจัดรูปแบบเซลล์เป็น «ข้อความ» แล้วพิมพ์ใหม่</source>
        <translation>Excel เปลี่ยนข้อความนี้เป็นวันที่ กรุณาจัดรูปแบบเซลล์เป็น «ข้อความ» แล้วพิมพ์ใหม่</translation>
    </message>
    <message>
        <location line="-21" />
        <source>ข้อความยาว {length} ตัวอักษร เกินกว่าที่รับได้ ({limit})</source>
        <translation>ข้อความยาว {length} ตัวอักษร เกินกว่าที่รับได้ ({limit})</translation>
    </message>
    <message>
        <location line="+38" />
        <source>ต้องเป็นตัวเลข</source>
        <translation>ต้องเป็นตัวเลข</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+4" />
        <source>ต้องเป็นตัวเลข แต่พบ “{text}”</source>
        <translation>ต้องเป็นตัวเลข แต่พบ “{text}”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ต้องเป็นจำนวนเต็ม แต่พบ {value}</source>
        <translation>ต้องเป็นจำนวนเต็ม แต่พบ {value}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>วันที่ไม่ถูกต้อง</source>
        <translation>วันที่ไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ต้องเป็นวันที่ เช่น 26/7/2567 หรือ 26 ก.ค. 2567</source>
        <translation>ต้องเป็นวันที่ เช่น 26/7/2567 หรือ 26 ก.ค. 2567</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ต้องเป็น «ใช่» หรือ «ไม่ใช่» แต่พบ “{text}”</source>
        <translation>ต้องเป็น «ใช่» หรือ «ไม่ใช่» แต่พบ “{text}”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“{text}” ไม่ใช่ค่าที่เลือกได้ (เลือกได้: {allowed})</source>
        <translation>“{text}” ไม่ใช่ค่าที่เลือกได้ (เลือกได้: {allowed})</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/assignments.py" line="+100" />
        <source>ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน</source>
        <translation>ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/base.py" line="+113" />
        <source>ไม่พบตัวชี้วัดรหัส “{code}” ในกรอบการประเมินของปีนี้</source>
        <translation>ไม่พบตัวชี้วัดรหัส “{code}” ในกรอบการประเมินของปีนี้</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไม่พบบุคลากรชื่อ “{name}” ในสำนักงาน (นำเข้ารายชื่อบุคลากรก่อน หรือแก้ชื่อให้ตรงกัน)</source>
        <translation>ไม่พบบุคลากรชื่อ “{name}” ในสำนักงาน (นำเข้ารายชื่อบุคลากรก่อน หรือแก้ชื่อให้ตรงกัน)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/framework.py" line="+124" />
        <source>ปีนี้มีการบันทึกผลงานแล้ว จึง{change}ไม่ได้ (แก้ได้เฉพาะชื่อ น้ำหนัก ค่าเป้าหมาย ค่าเกณฑ์ และข้อความเกณฑ์ของรายการเดิม) หากต้องการเปลี่ยนโครงสร้าง ให้สร้างปีงบประมาณใหม่</source>
        <translation>ปีนี้มีการบันทึกผลงานแล้ว จึง{change}ไม่ได้ (แก้ได้เฉพาะชื่อ น้ำหนัก ค่าเป้าหมาย ค่าเกณฑ์ และข้อความเกณฑ์ของรายการเดิม) หากต้องการเปลี่ยนโครงสร้าง ให้สร้างปีงบประมาณใหม่</translation>
    </message>
    <message>
        <location line="+59" />
        <source>ตัวชี้วัด {code} ปิดระบบแล้ว จึงแก้ไขน้ำหนัก ค่าเกณฑ์ หรือข้อความเกณฑ์ไม่ได้ — ให้ผู้ประสานเปิดระบบอีกครั้งก่อน</source>
        <translation>ตัวชี้วัด {code} ปิดระบบแล้ว จึงแก้ไขน้ำหนัก ค่าเกณฑ์ หรือข้อความเกณฑ์ไม่ได้ — ให้ผู้ประสานเปิดระบบอีกครั้งก่อน</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/framework.py" line="+55" />
        <source>ตัวชี้วัดผลลัพธ์ {code} ต้องเลือกวิธีให้คะแนน</source>
        <translation>ตัวชี้วัดผลลัพธ์ {code} ต้องเลือกวิธีให้คะแนน</translation>
    </message>
    <message>
        <location line="+36" />
        <source>ไม่มีประเด็นรหัส “{code}” ในแผ่นงาน «{other}»</source>
        <translation>ไม่มีประเด็นรหัส “{code}” ในแผ่นงาน «{other}»</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ตัวชี้วัด {code} เป็นตัวชี้วัดผลลัพธ์ จึงไม่มีเกณฑ์รายระดับ</source>
        <translation>ตัวชี้วัด {code} เป็นตัวชี้วัดผลลัพธ์ จึงไม่มีเกณฑ์รายระดับ</translation>
    </message>
    <message>
        <location line="+50" />
        <source>ไม่มีหมวด {number} ในแผ่นงาน «{other}»</source>
        <translation>ไม่มีหมวด {number} ในแผ่นงาน «{other}»</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/official.py" line="+67" />
        <source>คะแนนต้องอยู่ระหว่าง 0 ถึง 5 (พบ {score})</source>
        <translation>คะแนนต้องอยู่ระหว่าง 0 ถึง 5 (พบ {score})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>แผ่นงานนี้กรอกได้เพียงแถวเดียว (ผลรวมของปี)</source>
        <translation>แผ่นงานนี้กรอกได้เพียงแถวเดียว (ผลรวมของปี)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>คะแนนรวมต้องอยู่ระหว่าง 0 ถึง 5 (พบ {score})</source>
        <translation>คะแนนรวมต้องอยู่ระหว่าง 0 ถึง 5 (พบ {score})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ลำดับที่ของประเทศต้องเป็นจำนวนเต็มบวก</source>
        <translation>ลำดับที่ของประเทศต้องเป็นจำนวนเต็มบวก</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไม่มีระดับผลการประเมิน “{band}” ในปีนี้ (มี: {names})</source>
        <translation>ไม่มีระดับผลการประเมิน “{band}” ในปีนี้ (มี: {names})</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ไม่มีหมวด {number} ในกรอบการประเมินปี {year}</source>
        <translation>ไม่มีหมวด {number} ในกรอบการประเมินปี {year}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/outcomes.py" line="+114" />
        <source>ตัวชี้วัด {code} ไม่ใช่ตัวชี้วัดผลลัพธ์ จึงไม่มีค่าผลการดำเนินงาน</source>
        <translation>ตัวชี้วัด {code} ไม่ใช่ตัวชี้วัดผลลัพธ์ จึงไม่มีค่าผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+12" />
        <source>บันทึกค่าได้เฉพาะปี {first}–{last} (พบปี {year})</source>
        <translation>บันทึกค่าได้เฉพาะปี {first}–{last} (พบปี {year})</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/base.py" line="+35" />
        <source>ในฐานข้อมูลมีบุคลากรชื่อ “{name}” มากกว่าหนึ่งคน จึงไม่ทราบว่าแถวนี้หมายถึงใคร</source>
        <translation>ในฐานข้อมูลมีบุคลากรชื่อ “{name}” มากกว่าหนึ่งคน จึงไม่ทราบว่าแถวนี้หมายถึงใคร</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/people.py" line="+90" />
        <source>ไม่พบกลุ่มงาน “{group}” (เพิ่มกลุ่มในแผ่นงาน «{groups}» หรือแก้ชื่อให้ตรงกัน)</source>
        <translation>ไม่พบกลุ่มงาน “{group}” (เพิ่มกลุ่มในแผ่นงาน «{groups}» หรือแก้ชื่อให้ตรงกัน)</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/problems.py" line="+133" />
        <source>พบปัญหา {count} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ
{details}</source>
        <translation>พบปัญหา {count} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ
{details}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>เพิ่ม {added} รายการ แก้ไข {changed} รายการ ไม่เปลี่ยนแปลง {unchanged} รายการ ไม่รับ {refused} รายการ</source>
        <translation>เพิ่ม {added} รายการ แก้ไข {changed} รายการ ไม่เปลี่ยนแปลง {unchanged} รายการ ไม่รับ {refused} รายการ</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/rows.py" line="+37" />
        <source>เซลล์มีสูตรที่ยังไม่ได้คำนวณ กรุณาเปิดไฟล์ใน Excel แล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร</source>
        <translation>เซลล์มีสูตรที่ยังไม่ได้คำนวณ กรุณาเปิดไฟล์ใน Excel แล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เซลล์มีค่าผิดพลาด {value} กรุณาแก้สูตรหรือพิมพ์ค่า</source>
        <translation>เซลล์มีค่าผิดพลาด {value} กรุณาแก้สูตรหรือพิมพ์ค่า</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ต้องกรอกช่องนี้</source>
        <translation>ต้องกรอกช่องนี้</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/reader.py" line="+110" />
        <source>ไฟล์ «{file}» เป็นแม่แบบ «{found}» ไม่ใช่แม่แบบที่ใช้นำเข้าข้อมูลนี้ กรุณาเลือกไฟล์ให้ถูกต้อง</source>
        <translation>ไฟล์ «{file}» เป็นแม่แบบ «{found}» ไม่ใช่แม่แบบที่ใช้นำเข้าข้อมูลนี้ กรุณาเลือกไฟล์ให้ถูกต้อง</translation>
    </message>
    <message>
        <location line="+79" />
        <source>ไม่พบแผ่นงาน «{name}» ในไฟล์ (มีแผ่นงาน: {found})</source>
        <translation>ไม่พบแผ่นงาน «{name}» ในไฟล์ (มีแผ่นงาน: {found})</translation>
    </message>
    <message>
        <location line="+16" />
        <source>แผ่นงาน «{name}» เสียหายหรือมีเนื้อหาที่ไม่ปลอดภัย จึงอ่านไม่ได้</source>
        <translation>แผ่นงาน «{name}» เสียหายหรือมีเนื้อหาที่ไม่ปลอดภัย จึงอ่านไม่ได้</translation>
    </message>
    <message>
        <location line="+27" />
        <source>แผ่นงาน «{name}» ไม่มีข้อมูลใต้แถวหัวตาราง</source>
        <translation>แผ่นงาน «{name}» ไม่มีข้อมูลใต้แถวหัวตาราง</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ไม่พบแถวหัวตารางในแผ่นงาน «{name}» (ต้องมีหัวคอลัมน์ เช่น {headers})</source>
        <translation>ไม่พบแถวหัวตารางในแผ่นงาน «{name}» (ต้องมีหัวคอลัมน์ เช่น {headers})</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ไม่พบคอลัมน์ «{header}» (อาจถูกลบหรือเปลี่ยนชื่อหัวคอลัมน์)</source>
        <translation>ไม่พบคอลัมน์ «{header}» (อาจถูกลบหรือเปลี่ยนชื่อหัวคอลัมน์)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>หัวคอลัมน์ «{header}» ซ้ำกันในคอลัมน์ {letters}</source>
        <translation>หัวคอลัมน์ «{header}» ซ้ำกันในคอลัมน์ {letters}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>เซลล์ {ref} ถูกผสาน (Merge) ในตารางข้อมูล กรุณายกเลิกการผสานเซลล์ แล้วกรอกค่าให้ครบทุกแถว</source>
        <translation>เซลล์ {ref} ถูกผสาน (Merge) ในตารางข้อมูล กรุณายกเลิกการผสานเซลล์ แล้วกรอกค่าให้ครบทุกแถว</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/rows.py" line="+82" />
        <source>มีข้อมูลเกิน {limit} แถว แถวที่เกินไม่ได้ตรวจ กรุณาแบ่งไฟล์</source>
        <translation>มีข้อมูลเกิน {limit} แถว แถวที่เกินไม่ได้ตรวจ กรุณาแบ่งไฟล์</translation>
    </message>
    <message>
        <location line="+87" />
        <source>ข้อมูลซ้ำกับแถว {first} ({values})</source>
        <translation>ข้อมูลซ้ำกับแถว {first} ({values})</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/committee_members.py" line="+109" />
        <source>หน้าที่ข้อนี้ยาว {length} ตัวอักษร เกินที่รับได้ ({limit}) — แบ่งเป็นหลายข้อ</source>
        <translation>หน้าที่ข้อนี้ยาว {length} ตัวอักษร เกินที่รับได้ ({limit}) — แบ่งเป็นหลายข้อ</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/swot.py" line="+75" />
        <source>ด้าน{quadrant}มีเกิน {limit} รายการ</source>
        <translation>ด้าน{quadrant}มีเกิน {limit} รายการ</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ใส่วันที่วิเคราะห์ได้วันเดียว (แถวแรก) ให้ลบแถวนี้</source>
        <translation>ใส่วันที่วิเคราะห์ได้วันเดียว (แถวแรก) ให้ลบแถวนี้</translation>
    </message>
    <message>
        <location line="+40" />
        <source>ระบุผู้ร่วมวิเคราะห์ SWOT อย่างน้อยหนึ่งราย (บุคลากร โรงเรียน หรือกลุ่มงาน)</source>
        <translation>ระบุผู้ร่วมวิเคราะห์ SWOT อย่างน้อยหนึ่งราย (บุคลากร โรงเรียน หรือกลุ่มงาน)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ระบุวันที่วิเคราะห์ SWOT</source>
        <translation>ระบุวันที่วิเคราะห์ SWOT</translation>
    </message>
    <message>
        <location line="+8" />
        <source>วันที่วิเคราะห์ SWOT ต้องไม่เป็นวันในอนาคต</source>
        <translation>วันที่วิเคราะห์ SWOT ต้องไม่เป็นวันในอนาคต</translation>
    </message>
</context>
<context>
    <name>ExcelSafety</name>
    <message>
        <location filename="../mk3desk/excel/safety.py" line="+122" />
        <source>ไม่สามารถเปิดไฟล์ Excel อย่างปลอดภัยได้ เพราะไม่พบชุดโปรแกรม defusedxml กรุณาติดตั้งโปรแกรมใหม่</source>
        <translation>ไม่สามารถเปิดไฟล์ Excel อย่างปลอดภัยได้ เพราะไม่พบชุดโปรแกรม defusedxml กรุณาติดตั้งโปรแกรมใหม่</translation>
    </message>
    <message>
        <location line="+95" />
        <source>เปิดไฟล์ «{file}» ไม่ได้ ({reason})</source>
        <translation>เปิดไฟล์ «{file}» ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์ «{file}» มีขนาด {size} MB เกินกว่าที่รับได้ ({limit} MB)</source>
        <translation>ไฟล์ «{file}» มีขนาด {size} MB เกินกว่าที่รับได้ ({limit} MB)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>ไฟล์ «{file}» ถูกตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ &gt; ข้อมูล &gt; ป้องกันเวิร์กบุ๊ก) แล้วบันทึกใหม่</source>
        <translation>ไฟล์ «{file}» ถูกตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ &gt; ข้อมูล &gt; ป้องกันเวิร์กบุ๊ก) แล้วบันทึกใหม่</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ไฟล์ «{file}» เป็น Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel แล้วบันทึกเป็น «เวิร์กบุ๊ก Excel (.xlsx)»</source>
        <translation>ไฟล์ «{file}» เป็น Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel แล้วบันทึกเป็น «เวิร์กบุ๊ก Excel (.xlsx)»</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ไฟล์ «{file}» ไม่ใช่ไฟล์ Excel (.xlsx) (อาจเป็นไฟล์ .csv หรือไฟล์อื่นที่เปลี่ยนชื่อ) กรุณาบันทึกเป็น «เวิร์กบุ๊ก Excel (.xlsx)»</source>
        <translation>ไฟล์ «{file}» ไม่ใช่ไฟล์ Excel (.xlsx) (อาจเป็นไฟล์ .csv หรือไฟล์อื่นที่เปลี่ยนชื่อ) กรุณาบันทึกเป็น «เวิร์กบุ๊ก Excel (.xlsx)»</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไฟล์ «{file}» เสียหายหรือไม่ใช่เวิร์กบุ๊ก Excel (.xlsx) ที่อ่านได้</source>
        <translation>ไฟล์ «{file}» เสียหายหรือไม่ใช่เวิร์กบุ๊ก Excel (.xlsx) ที่อ่านได้</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไฟล์ «{file}» ขยายตัวเมื่อแตกไฟล์ใหญ่ผิดปกติ (อาจเป็นไฟล์อันตราย) จึงไม่เปิด</source>
        <translation>ไฟล์ «{file}» ขยายตัวเมื่อแตกไฟล์ใหญ่ผิดปกติ (อาจเป็นไฟล์อันตราย) จึงไม่เปิด</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ไฟล์ «{file}» มีข้อมูลมากเกินกว่าที่อ่านได้ในครั้งเดียว: ไฟล์หนึ่งรับได้ประมาณ {rows:,} แถว (สำหรับตาราง 8 คอลัมน์ เช่น รายชื่อบุคลากร ถ้าคอลัมน์น้อยกว่านี้จะรับได้มากกว่า) กรุณาแบ่งข้อมูลเป็นหลายไฟล์ แล้วนำเข้าทีละไฟล์</source>
        <translation>ไฟล์ «{file}» มีข้อมูลมากเกินกว่าที่อ่านได้ในครั้งเดียว: ไฟล์หนึ่งรับได้ประมาณ {rows:,} แถว (สำหรับตาราง 8 คอลัมน์ เช่น รายชื่อบุคลากร ถ้าคอลัมน์น้อยกว่านี้จะรับได้มากกว่า) กรุณาแบ่งข้อมูลเป็นหลายไฟล์ แล้วนำเข้าทีละไฟล์</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ไฟล์ «{file}» ถูกเข้ารหัสไว้ จึงอ่านไม่ได้</source>
        <translation>ไฟล์ «{file}» ถูกเข้ารหัสไว้ จึงอ่านไม่ได้</translation>
    </message>
</context>
<context>
    <name>ExcelWriter</name>
    <message>
        <location filename="../mk3desk/excel/writer.py" line="+68" />
        <source>ข้อความ</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวเลข (ทศนิยมได้)</source>
        <translation>ตัวเลข (ทศนิยมได้)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จำนวนเต็ม</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่ พ.ศ. เช่น 26/7/2567 หรือ 26 ก.ค. 2567</source>
        <translation>วันที่ พ.ศ. เช่น 26/7/2567 หรือ 26 ก.ค. 2567</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลือกจากรายการ</source>
        <translation>เลือกจากรายการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ใช่ / ไม่ใช่</source>
        <translation>ใช่ / ไม่ใช่</translation>
    </message>
    <message>
        <location line="+86" />
        <source>ค่าไม่ถูกต้อง</source>
        <translation>ค่าไม่ถูกต้อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรุณาเลือกจากรายการ</source>
        <translation>กรุณาเลือกจากรายการ</translation>
    </message>
    <message>
        <location line="+55" />
        <source>วิธีใช้: กรอกข้อมูลในแผ่นงานถัดไป เริ่มแถวที่ 2 ใต้หัวตาราง</source>
        <translation>วิธีใช้: กรอกข้อมูลในแผ่นงานถัดไป เริ่มแถวที่ 2 ใต้หัวตาราง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คอลัมน์ที่มีเครื่องหมาย * ต้องกรอกทุกแถว</source>
        <translation>คอลัมน์ที่มีเครื่องหมาย * ต้องกรอกทุกแถว</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แถวตัวอักษรเอียงสีเทาเป็นตัวอย่าง โปรแกรมจะข้ามแถวตัวอย่างที่ไม่ได้แก้ไข (จะลบทิ้งหรือพิมพ์ทับก็ได้)</source>
        <translation>แถวตัวอักษรเอียงสีเทาเป็นตัวอย่าง โปรแกรมจะข้ามแถวตัวอย่างที่ไม่ได้แก้ไข (จะลบทิ้งหรือพิมพ์ทับก็ได้)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ห้ามเปลี่ยนชื่อแผ่นงานหรือหัวคอลัมน์ ห้ามผสานเซลล์ (Merge) ในตารางข้อมูล</source>
        <translation>ห้ามเปลี่ยนชื่อแผ่นงานหรือหัวคอลัมน์ ห้ามผสานเซลล์ (Merge) ในตารางข้อมูล</translation>
    </message>
    <message>
        <location line="+3" />
        <source>วันที่ให้พิมพ์เป็น พ.ศ. เช่น 26/7/2567 หรือ 26 ก.ค. 2567</source>
        <translation>วันที่ให้พิมพ์เป็น พ.ศ. เช่น 26/7/2567 หรือ 26 ก.ค. 2567</translation>
    </message>
    <message>
        <location line="+7" />
        <source>แผ่นงาน «{name}»</source>
        <translation>แผ่นงาน «{name}»</translation>
    </message>
    <message>
        <location line="+7" />
        <source>คอลัมน์</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชนิดข้อมูล</source>
        <translation>ชนิดข้อมูล</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+14" />
        <source>ต้องกรอก</source>
        <translation>ต้องกรอก</translation>
    </message>
    <message>
        <location line="-13" />
        <source>ค่าที่เลือกได้</source>
        <translation>ค่าที่เลือกได้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบาย</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+107" />
        <source>บันทึกไฟล์ «{file}» ไม่ได้ ({reason}) กรุณาตรวจว่าโฟลเดอร์มีอยู่และเขียนได้ และไฟล์ไม่ได้เปิดค้างไว้ใน Excel</source>
        <translation>บันทึกไฟล์ «{file}» ไม่ได้ ({reason}) กรุณาตรวจว่าโฟลเดอร์มีอยู่และเขียนได้ และไฟล์ไม่ได้เปิดค้างไว้ใน Excel</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../mk3desk/ui/first_start.py" line="+31" />
        <source>เข้าสู่ระบบด้วยบัญชีตัวอย่าง {users} รหัสผ่าน {password}</source>
        <translation>เข้าสู่ระบบด้วยบัญชีตัวอย่าง {users} รหัสผ่าน {password}</translation>
    </message>
    <message>
        <location line="+112" />
        <source>รหัสผ่านของผู้ประสานทั้งสองช่องไม่ตรงกัน</source>
        <translation>รหัสผ่านของผู้ประสานทั้งสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location line="-99" />
        <source>เริ่มใช้งาน</source>
        <translation>เริ่มใช้งาน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ปิดโปรแกรม</source>
        <translation>ปิดโปรแกรม</translation>
    </message>
    <message>
        <location line="+13" />
        <source>เชื่อมต่อเซิร์ฟเวอร์ของสำนักงาน…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ของสำนักงาน…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ผู้ประสาน (ชื่อ-นามสกุล)</source>
        <translation>ผู้ประสาน (ชื่อ-นามสกุล)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อผู้ใช้ของผู้ประสาน</source>
        <translation>ชื่อผู้ใช้ของผู้ประสาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่าน</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์รหัสผ่านอีกครั้ง</source>
        <translation>พิมพ์รหัสผ่านอีกครั้ง</translation>
    </message>
    <message>
        <location line="+19" />
        <source>เลือกชุดตั้งค่าจากผู้ประสานงาน</source>
        <translation>เลือกชุดตั้งค่าจากผู้ประสานงาน</translation>
    </message>
    <message>
        <location line="+81" />
        <source>รับชุดตั้งค่าแล้ว</source>
        <translation>รับชุดตั้งค่าแล้ว</translation>
    </message>
    <message>
        <location filename="../forms/first_start_dialog.ui" line="+14" />
        <source>เริ่มใช้งานครั้งแรก</source>
        <translation>เริ่มใช้งานครั้งแรก</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ยินดีต้อนรับสู่ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>ยินดีต้อนรับสู่ระบบบริหารงานตัวชี้วัด สพท.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน เลือกว่าจะสร้างสำนักงานของท่าน รับชุดตั้งค่าที่ผู้ประสานงานส่งมา หรือทดลองใช้กับข้อมูลตัวอย่างก่อน</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน เลือกว่าจะสร้างสำนักงานของท่าน รับชุดตั้งค่าที่ผู้ประสานงานส่งมา หรือทดลองใช้กับข้อมูลตัวอย่างก่อน</translation>
    </message>
    <message>
        <location line="+10" />
        <source>สร้างสำนักงานใหม่ จากแม่แบบตัวชี้วัด PMQA 4.0 ที่มากับโปรแกรม</source>
        <translation>สร้างสำนักงานใหม่ จากแม่แบบตัวชี้วัด PMQA 4.0 ที่มากับโปรแกรม</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ข้อมูลสำนักงาน</source>
        <translation>ข้อมูลสำนักงาน</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ชื่อสำนักงาน</source>
        <translation>ชื่อสำนักงาน</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เช่น สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 3</source>
        <translation>เช่น สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ชื่อย่อ</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เช่น สพป.มหาสารคาม เขต 3</source>
        <translation>เช่น สพป.มหาสารคาม เขต 3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>จังหวัด / เขตพื้นที่</source>
        <translation>จังหวัด / เขตพื้นที่</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ปีงบประมาณ (พ.ศ.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>รับชุดตั้งค่าจากผู้ประสานงาน (.mk3)</source>
        <translation>รับชุดตั้งค่าจากผู้ประสานงาน (.mk3)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ยังไม่ได้เลือกไฟล์ชุดตั้งค่า</source>
        <translation>ยังไม่ได้เลือกไฟล์ชุดตั้งค่า</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เลือกไฟล์…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เปิดข้อมูลตัวอย่าง (สพป.มหาสารคาม เขต 3 ย้อนหลัง 3 ปี) เพื่อทดลองใช้</source>
        <translation>เปิดข้อมูลตัวอย่าง (สพป.มหาสารคาม เขต 3 ย้อนหลัง 3 ปี) เพื่อทดลองใช้</translation>
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
        <location line="+67" />
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
        <location line="+95" />
        <source>กรอบการประเมินไม่มีหมวดใดเลย</source>
        <translation>กรอบการประเมินไม่มีหมวดใดเลย</translation>
    </message>
    <message>
        <location line="+6" />
        <source>น้ำหนักของหมวดรวมกันต้องมากกว่าศูนย์</source>
        <translation>น้ำหนักของหมวดรวมกันต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location line="+5" />
        <source>หมวด {number}: น้ำหนักติดลบไม่ได้</source>
        <translation>หมวด {number}: น้ำหนักติดลบไม่ได้</translation>
    </message>
    <message>
        <location line="+5" />
        <source>หมวด {number}: น้ำหนักของตัวชี้วัดรวมกันต้องมากกว่าศูนย์</source>
        <translation>หมวด {number}: น้ำหนักของตัวชี้วัดรวมกันต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location line="+6" />
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
    <name>HeaderBar</name>
    <message>
        <location filename="../mk3desk/ui/pdca/header.py" line="+108" />
        <source>← กลับไปรายการตัวชี้วัด</source>
        <translation>← กลับไปรายการตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+15" />
        <source>พิมพ์รายงานตัวชี้วัด</source>
        <translation>พิมพ์รายงานตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+2" />
        <source>สร้างรายงานของตัวชี้วัดนี้ แล้วแสดงในหน้ารายงานเพื่อพิมพ์หรือบันทึก</source>
        <translation>สร้างรายงานของตัวชี้วัดนี้ แล้วแสดงในหน้ารายงานเพื่อพิมพ์หรือบันทึก</translation>
    </message>
    <message>
        <location line="+20" />
        <source>หมวด {number} {category} · ปีงบประมาณ {year} · คะแนนประเมินตนเอง {score}</source>
        <translation>หมวด {number} {category} · ปีงบประมาณ {year} · คะแนนประเมินตนเอง {score}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>สถานะ: {state}</source>
        <translation>สถานะ: {state}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/help_dialog.py" line="+30" />
        <source>คู่มือการใช้งาน mk3desk</source>
        <translation>คู่มือการใช้งาน mk3desk</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../mk3desk/services/audit_history.py" line="+33" />
        <source>เริ่มบันทึกประวัติแบบตรวจสอบได้</source>
        <translation>เริ่มบันทึกประวัติแบบตรวจสอบได้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกข้อมูล</source>
        <translation>บันทึกข้อมูล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สร้างสำนักงาน</source>
        <translation>สร้างสำนักงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อมูลสำนักงาน</source>
        <translation>แก้ไขข้อมูลสำนักงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สร้างปีงบประมาณ</source>
        <translation>สร้างปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการตั้งค่า</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เพิ่มกลุ่มงาน</source>
        <translation>เพิ่มกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปลี่ยนชื่อกลุ่มงาน</source>
        <translation>เปลี่ยนชื่อกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เพิ่มบุคลากร</source>
        <translation>เพิ่มบุคลากร</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อมูลบุคลากร</source>
        <translation>แก้ไขข้อมูลบุคลากร</translation>
    </message>
    <message>
        <location line="+1" />
        <source>มอบหมายผู้รับผิดชอบ</source>
        <translation>มอบหมายผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปลี่ยนสถานะ PDCA</source>
        <translation>เปลี่ยนสถานะ PDCA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกผลเกณฑ์</source>
        <translation>บันทึกผลเกณฑ์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกค่าผลการดำเนินงาน</source>
        <translation>บันทึกค่าผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบค่าผลการดำเนินงาน</source>
        <translation>ลบค่าผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขแผน (Plan)</source>
        <translation>แก้ไขแผน (Plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขบันทึกการดำเนินงาน (Do)</source>
        <translation>แก้ไขบันทึกการดำเนินงาน (Do)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขบันทึกของคณะกรรมการ</source>
        <translation>แก้ไขบันทึกของคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อสะท้อน (Act)</source>
        <translation>แก้ไขข้อสะท้อน (Act)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขแนวทางปรับปรุง (Act)</source>
        <translation>แก้ไขแนวทางปรับปรุง (Act)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แนบไฟล์หลักฐาน</source>
        <translation>แนบไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ย้ายไฟล์หลักฐานไปถังขยะ</source>
        <translation>ย้ายไฟล์หลักฐานไปถังขยะ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำไฟล์หลักฐานกลับคืน</source>
        <translation>นำไฟล์หลักฐานกลับคืน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ล้างถังขยะไฟล์หลักฐาน</source>
        <translation>ล้างถังขยะไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกผลคะแนนทางการ</source>
        <translation>บันทึกผลคะแนนทางการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึก Best Practice</source>
        <translation>บันทึก Best Practice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับงานจากแฟ้มส่งงาน</source>
        <translation>รับงานจากแฟ้มส่งงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าค่าผลการดำเนินงานจาก Excel</source>
        <translation>นำเข้าค่าผลการดำเนินงานจาก Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าบุคลากรจาก Excel</source>
        <translation>นำเข้าบุคลากรจาก Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>นำเข้ากรอบการประเมินจาก Excel</source>
        <translation>นำเข้ากรอบการประเมินจาก Excel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผ่านเกณฑ์</source>
        <translation>ผ่านเกณฑ์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบาย</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แผน</source>
        <translation>แผน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การดำเนินงาน</source>
        <translation>การดำเนินงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกของคณะกรรมการ</source>
        <translation>บันทึกของคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อสะท้อน</source>
        <translation>ข้อสะท้อน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แนวทางปรับปรุง</source>
        <translation>แนวทางปรับปรุง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่า</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หมายเหตุ</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบ (รหัส)</source>
        <translation>ผู้รับผิดชอบ (รหัส)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง (รหัส)</source>
        <translation>ผู้รับผิดชอบสำรอง (รหัส)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่ง</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อ</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่ง</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บทบาท</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปฏิบัติงานอยู่</source>
        <translation>ปฏิบัติงานอยู่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ย้ายไปถังขยะเมื่อ</source>
        <translation>ย้ายไปถังขยะเมื่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบายไฟล์</source>
        <translation>คำอธิบายไฟล์</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(ไม่ระบุผู้ทำ)</source>
        <translation>(ไม่ระบุผู้ทำ)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>เพิ่ม{table}</source>
        <translation>เพิ่ม{table}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ลบ{table}</source>
        <translation>ลบ{table}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>แก้ไข{table}</source>
        <translation>แก้ไข{table}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{column}: {old} → {new}</source>
        <translation>{column}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+85" />
        <source>{what} {count} รายการ</source>
        <translation>{what} {count} รายการ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกค่า SHA-256 ของข้อมูลที่มีอยู่ {count} แถว</source>
        <translation>บันทึกค่า SHA-256 ของข้อมูลที่มีอยู่ {count} แถว</translation>
    </message>
    <message>
        <location line="+7" />
        <source>…และอีก {count} รายการ</source>
        <translation>…และอีก {count} รายการ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ประวัติการแก้ไข</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เมื่อ</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ทำ</source>
        <translation>ผู้ทำ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การกระทำ</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เป้าหมาย</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าเดิม → ค่าใหม่</source>
        <translation>ค่าเดิม → ค่าใหม่</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/history_dialog.py" line="+75" />
        <source>ประวัติการแก้ไข</source>
        <translation>ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ประวัติการแก้ไขข้อมูล: ใคร ทำอะไร เมื่อไร ค่าเดิมและค่าใหม่</source>
        <translation>ประวัติการแก้ไขข้อมูล: ใคร ทำอะไร เมื่อไร ค่าเดิมและค่าใหม่</translation>
    </message>
    <message>
        <location line="+13" />
        <source>รหัส เช่น 2.1</source>
        <translation>รหัส เช่น 2.1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>แสดงตามเงื่อนไข</source>
        <translation>แสดงตามเงื่อนไข</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ล้างเงื่อนไข</source>
        <translation>ล้างเงื่อนไข</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผู้ทำ</source>
        <translation>ผู้ทำ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตั้งแต่วันที่</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ถึงวันที่</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <location line="+29" />
        <source>ส่งออกเป็น Excel…</source>
        <translation>ส่งออกเป็น Excel…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปิด</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ทุกคน</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{n} รายการ</source>
        <translation>{n} รายการ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ส่งออกประวัติการแก้ไขเป็น Excel</source>
        <translation>ส่งออกประวัติการแก้ไขเป็น Excel</translation>
    </message>
    <message>
        <location line="+14" />
        <source>บันทึกไฟล์ Excel ไว้ที่ {path}</source>
        <translation>บันทึกไฟล์ Excel ไว้ที่ {path}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/history.py" line="+37" />
        <source>วันเวลา</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การเปลี่ยนสถานะ</source>
        <translation>การเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ดำเนินการ</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เหตุผล / ข้อเสนอแนะ</source>
        <translation>เหตุผล / ข้อเสนอแนะ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/dialogs/history_dialog.py" line="-154" />
        <source>เมื่อ</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ทำ</source>
        <translation>ผู้ทำ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การกระทำ</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เป้าหมาย</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าเดิม → ค่าใหม่</source>
        <translation>ค่าเดิม → ค่าใหม่</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../mk3desk/ui/excel_actions.py" line="-279" />
        <source>นำเข้าเรียบร้อย: เพิ่ม {added} แก้ไข {changed} ไม่เปลี่ยนแปลง {unchanged} ไม่รับ {refused} รายการ</source>
        <translation>นำเข้าเรียบร้อย: เพิ่ม {added} แก้ไข {changed} ไม่เปลี่ยนแปลง {unchanged} ไม่รับ {refused} รายการ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ไม่ได้นำเข้าข้อมูลใด ๆ: พบปัญหา {count} รายการ ใน {rows} แถว กรุณาแก้ไขในไฟล์ Excel แล้วนำเข้าอีกครั้ง</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด ๆ: พบปัญหา {count} รายการ ใน {rows} แถว กรุณาแก้ไขในไฟล์ Excel แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไม่ได้นำเข้าข้อมูลใด ๆ: {reason}</source>
        <translation>ไม่ได้นำเข้าข้อมูลใด ๆ: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>แผ่นงาน</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <location line="+0" />
        <source>แถว</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location line="+0" />
        <source>คอลัมน์</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ปัญหา</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <location line="+27" />
        <source>คัดลอกรายการปัญหา</source>
        <translation>คัดลอกรายการปัญหา</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บันทึกรายการปัญหา…</source>
        <translation>บันทึกรายการปัญหา…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>บันทึกรายการปัญหา</source>
        <translation>บันทึกรายการปัญหา</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปัญหาการนำเข้า.txt</source>
        <translation>ปัญหาการนำเข้า.txt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์ข้อความ (*.txt)</source>
        <translation>ไฟล์ข้อความ (*.txt)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>บันทึกไม่ได้</source>
        <translation>บันทึกไม่ได้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกรายการปัญหาไม่ได้: {reason}</source>
        <translation>บันทึกรายการปัญหาไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>รายการปัญหาการนำเข้า</source>
        <translation>รายการปัญหาการนำเข้า</translation>
    </message>
</context>
<context>
    <name>IndicatorTreeModel</name>
    <message>
        <location filename="../mk3desk/ui/models/indicator_tree.py" line="+118" />
        <source>รหัส</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประเด็น / ตัวชี้วัด</source>
        <translation>ประเด็น / ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบ</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ PDCA</source>
        <translation>สถานะ PDCA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่ง</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คะแนนตนเอง</source>
        <translation>คะแนนตนเอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หลักฐาน (ไฟล์ · เกณฑ์)</source>
        <translation>หลักฐาน (ไฟล์ · เกณฑ์)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>ไฟล์หลักฐาน {files} ไฟล์ · เกณฑ์ที่ทำเครื่องหมายแล้วมีหลักฐาน {with_ev} จาก {met} ข้อ</source>
        <translation>ไฟล์หลักฐาน {files} ไฟล์ · เกณฑ์ที่ทำเครื่องหมายแล้วมีหลักฐาน {with_ev} จาก {met} ข้อ</translation>
    </message>
    <message>
        <location line="+23" />
        <source>หมวด {number}</source>
        <translation>หมวด {number}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>— ยังไม่กำหนด —</source>
        <translation>— ยังไม่กำหนด —</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{date} (เลยกำหนด)</source>
        <translation>{date} (เลยกำหนด)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{files} ไฟล์</source>
        <translation>{files} ไฟล์</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{files} · {with_ev}/{met}</source>
        <translation>{files} · {with_ev}/{met}</translation>
    </message>
    <message>
        <location line="+119" />
        <source>ทุกสถานะ</source>
        <translation>ทุกสถานะ</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/indicators_page.py" line="+79" />
        <source>ค้นหา รหัส ชื่อตัวชี้วัด หรือผู้รับผิดชอบ (Ctrl+F)</source>
        <translation>ค้นหา รหัส ชื่อตัวชี้วัด หรือผู้รับผิดชอบ (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ของฉัน</source>
        <translation>ของฉัน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตัวชี้วัดที่ผู้ใช้งานขณะนี้เป็นผู้รับผิดชอบหรือผู้รับผิดชอบสำรอง</source>
        <translation>ตัวชี้วัดที่ผู้ใช้งานขณะนี้เป็นผู้รับผิดชอบหรือผู้รับผิดชอบสำรอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลยกำหนด</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location line="+98" />
        <source>ทุกกลุ่มงาน</source>
        <translation>ทุกกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+25" />
        <source>แสดง {shown} จาก {total} ตัวชี้วัด</source>
        <translation>แสดง {shown} จาก {total} ตัวชี้วัด</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../mk3desk/services/integrity_db.py" line="+53" />
        <source>โครงสร้างไฟล์ฐานข้อมูลสมบูรณ์</source>
        <translation>โครงสร้างไฟล์ฐานข้อมูลสมบูรณ์</translation>
    </message>
    <message>
        <location line="+27" />
        <source>อ่านรุ่นโครงสร้างฐานข้อมูลไม่ได้: {detail}</source>
        <translation>อ่านรุ่นโครงสร้างฐานข้อมูลไม่ได้: {detail}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไม่พบรุ่นโครงสร้างของ mk3desk ในไฟล์นี้ (ตาราง alembic_version หายไปหรือว่าง)</source>
        <translation>ไม่พบรุ่นโครงสร้างของ mk3desk ในไฟล์นี้ (ตาราง alembic_version หายไปหรือว่าง)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {current}) โปรแกรมนี้รู้จักถึงรุ่น {head} เท่านั้น</source>
        <translation>ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {current}) โปรแกรมนี้รู้จักถึงรุ่น {head} เท่านั้น</translation>
    </message>
    <message>
        <location line="+33" />
        <source>ตาราง {table} หายไปจากฐานข้อมูล</source>
        <translation>ตาราง {table} หายไปจากฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ตาราง {table} ขาดคอลัมน์ {columns}</source>
        <translation>ตาราง {table} ขาดคอลัมน์ {columns}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>มีตารางที่โปรแกรมไม่รู้จัก: {tables}</source>
        <translation>มีตารางที่โปรแกรมไม่รู้จัก: {tables}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>อ่านโครงสร้างตารางไม่ได้: {detail}</source>
        <translation>อ่านโครงสร้างตารางไม่ได้: {detail}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ตารางและคอลัมน์ครบตามรุ่นโครงสร้าง</source>
        <translation>ตารางและคอลัมน์ครบตามรุ่นโครงสร้าง</translation>
    </message>
    <message>
        <location line="+26" />
        <source>มี {count} แถวที่อ้างถึงรายการที่ไม่มีอยู่แล้ว (ตาราง {tables})</source>
        <translation>มี {count} แถวที่อ้างถึงรายการที่ไม่มีอยู่แล้ว (ตาราง {tables})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>อ่านข้อมูลได้ครบทุกแถว ({count} แถว)</source>
        <translation>อ่านข้อมูลได้ครบทุกแถว ({count} แถว)</translation>
    </message>
    <message>
        <location line="+36" />
        <source>ตาราง {table}: อ่านข้อมูลไม่ได้ {count} แถว (แถวที่ {rows}) — {detail}</source>
        <translation>ตาราง {table}: อ่านข้อมูลไม่ได้ {count} แถว (แถวที่ {rows}) — {detail}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ตาราง {table}: อ่านข้อมูลไม่ได้ — {detail}</source>
        <translation>ตาราง {table}: อ่านข้อมูลไม่ได้ — {detail}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/integrity.py" line="+15" />
        <source>ไฟล์ฐานข้อมูลถูกบันทึกระหว่างการตรวจ ผลข้างบนอาจคลาดเคลื่อน โปรดตรวจอีกครั้ง</source>
        <translation>ไฟล์ฐานข้อมูลถูกบันทึกระหว่างการตรวจ ผลข้างบนอาจคลาดเคลื่อน โปรดตรวจอีกครั้ง</translation>
    </message>
    <message>
        <location line="+52" />
        <location filename="../mk3desk/services/integrity_db.py" line="-205" />
        <location line="+7" />
        <source>ไฟล์ฐานข้อมูลเสียหาย: {detail}</source>
        <translation>ไฟล์ฐานข้อมูลเสียหาย: {detail}</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../mk3desk/services/integrity_db.py" line="+39" />
        <source>รุ่นโครงสร้างฐานข้อมูลเป็นปัจจุบัน ({revision})</source>
        <translation>รุ่นโครงสร้างฐานข้อมูลเป็นปัจจุบัน ({revision})</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../mk3desk/services/integrity_db.py" line="-69" />
        <source>รุ่นโครงสร้างฐานข้อมูล {current} ไม่ตรงกับของโปรแกรม ({head})</source>
        <translation>รุ่นโครงสร้างฐานข้อมูล {current} ไม่ตรงกับของโปรแกรม ({head})</translation>
    </message>
    <message>
        <location line="+43" />
        <source>ตัวชี้วัด {code}: ไม่พบไฟล์หลักฐาน “{name}” ในที่เก็บ</source>
        <translation>ตัวชี้วัด {code}: ไม่พบไฟล์หลักฐาน “{name}” ในที่เก็บ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตัวชี้วัด {code}: ไฟล์หลักฐาน “{name}” ถูกแก้ไขหลังแนบ (ค่า SHA-256 ไม่ตรง)</source>
        <translation>ตัวชี้วัด {code}: ไฟล์หลักฐาน “{name}” ถูกแก้ไขหลังแนบ (ค่า SHA-256 ไม่ตรง)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>การประชุม/อบรม “{topic}”: ไฟล์ “{name}” หายไปหรือถูกแก้ไขหลังแนบ</source>
        <translation>การประชุม/อบรม “{topic}”: ไฟล์ “{name}” หายไปหรือถูกแก้ไขหลังแนบ</translation>
    </message>
    <message>
        <location line="+12" />
        <source>มีไฟล์ในที่เก็บหลักฐานที่ไม่มีรายการใดอ้างถึง {count} ไฟล์</source>
        <translation>มีไฟล์ในที่เก็บหลักฐานที่ไม่มีรายการใดอ้างถึง {count} ไฟล์</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ไฟล์หลักฐานครบและตรงกับที่แนบไว้ ({count} รายการ)</source>
        <translation>ไฟล์หลักฐานครบและตรงกับที่แนบไว้ ({count} รายการ)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/integrity_file.py" line="+37" />
        <source>ฐานข้อมูลเสียหาย: ไฟล์ {name} ว่างเปล่า (0 ไบต์) ไม่มีข้อมูลใดเหลืออยู่ — กู้คืนจากข้อมูลสำรองด้วย mk3desk restore --list</source>
        <translation>ฐานข้อมูลเสียหาย: ไฟล์ {name} ว่างเปล่า (0 ไบต์) ไม่มีข้อมูลใดเหลืออยู่ — กู้คืนจากข้อมูลสำรองด้วย mk3desk restore --list</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ฐานข้อมูลเสียหาย: ไฟล์ {name} ไม่ใช่ไฟล์ฐานข้อมูล SQLite — กู้คืนจากข้อมูลสำรองด้วย mk3desk restore --list</source>
        <translation>ฐานข้อมูลเสียหาย: ไฟล์ {name} ไม่ใช่ไฟล์ฐานข้อมูล SQLite — กู้คืนจากข้อมูลสำรองด้วย mk3desk restore --list</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ไฟล์ {wal} ซึ่งเก็บงานที่บันทึกล่าสุดหายไปหลังโปรแกรมปิดไม่ปกติ — งานที่บันทึกแล้ว {frames} หน้าข้อมูลยังไม่ได้รวมเข้าไฟล์หลักและหายไปด้วย ถ้ามีไฟล์นี้อยู่ที่อื่นให้นำกลับมาวางคืนก่อนเปิดโปรแกรม มิฉะนั้นกู้คืนจากข้อมูลสำรอง</source>
        <translation>ไฟล์ {wal} ซึ่งเก็บงานที่บันทึกล่าสุดหายไปหลังโปรแกรมปิดไม่ปกติ — งานที่บันทึกแล้ว {frames} หน้าข้อมูลยังไม่ได้รวมเข้าไฟล์หลักและหายไปด้วย ถ้ามีไฟล์นี้อยู่ที่อื่นให้นำกลับมาวางคืนก่อนเปิดโปรแกรม มิฉะนั้นกู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/leftovers.py" line="+117" />
        <source>มีไฟล์หลักฐานที่คัดลอกค้างไม่เสร็จ {count} ไฟล์ ({size}) ในที่เก็บหลักฐาน — ลบได้ด้วย mk3desk check --clean-leftovers</source>
        <translation>มีไฟล์หลักฐานที่คัดลอกค้างไม่เสร็จ {count} ไฟล์ ({size}) ในที่เก็บหลักฐาน — ลบได้ด้วย mk3desk check --clean-leftovers</translation>
    </message>
    <message>
        <location line="+13" />
        <source>มีข้อมูลสำรองที่เขียนค้างไม่เสร็จ {count} ชุด ({size}) ใน {folders} — ลบได้ด้วย mk3desk check --clean-leftovers</source>
        <translation>มีข้อมูลสำรองที่เขียนค้างไม่เสร็จ {count} ชุด ({size}) ใน {folders} — ลบได้ด้วย mk3desk check --clean-leftovers</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/audit_check.py" line="+35" />
        <source>ข้อมูลสำนักงาน</source>
        <translation>ข้อมูลสำนักงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การตั้งค่าสำนักงาน</source>
        <translation>การตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปีงบประมาณ</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กลุ่มงาน</source>
        <translation>กลุ่มงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บุคลากร</source>
        <translation>บุคลากร</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หมวด</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด (รวมสถานะ PDCA)</source>
        <translation>ตัวชี้วัด (รวมสถานะ PDCA)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกณฑ์ของตัวชี้วัด</source>
        <translation>เกณฑ์ของตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ระดับคะแนน</source>
        <translation>ระดับคะแนน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>องค์ประกอบปรับคะแนน</source>
        <translation>องค์ประกอบปรับคะแนน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การมอบหมายผู้รับผิดชอบ</source>
        <translation>การมอบหมายผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อความ PDCA</source>
        <translation>ข้อความ PDCA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประวัติการเปลี่ยนสถานะ</source>
        <translation>ประวัติการเปลี่ยนสถานะ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลการประเมินเกณฑ์</source>
        <translation>ผลการประเมินเกณฑ์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าผลการดำเนินงาน</source>
        <translation>ค่าผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รายการไฟล์หลักฐาน</source>
        <translation>รายการไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลคะแนนทางการ</source>
        <translation>ผลคะแนนทางการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คะแนนทางการรายหมวด</source>
        <translation>คะแนนทางการรายหมวด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คะแนนทางการรายตัวชี้วัด</source>
        <translation>คะแนนทางการรายตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บัญชีผู้ใช้</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คณะกรรมการและคำสั่งแต่งตั้ง</source>
        <translation>คณะกรรมการและคำสั่งแต่งตั้ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการในคณะกรรมการ</source>
        <translation>กรรมการในคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การยกย่องชมเชยและรางวัล</source>
        <translation>การยกย่องชมเชยและรางวัล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ทะเบียนเกียรติบัตร</source>
        <translation>ทะเบียนเกียรติบัตร</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การประชุม/อบรม/ถอดบทเรียน</source>
        <translation>การประชุม/อบรม/ถอดบทเรียน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้เข้าร่วมการประชุม/อบรม</source>
        <translation>ผู้เข้าร่วมการประชุม/อบรม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัดของการประชุม/อบรม</source>
        <translation>ตัวชี้วัดของการประชุม/อบรม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เอกสารประกอบการประชุม/อบรม</source>
        <translation>เอกสารประกอบการประชุม/อบรม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การวิเคราะห์ SWOT ของปีงบประมาณ</source>
        <translation>การวิเคราะห์ SWOT ของปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+4" />
        <source>ตัวชี้วัด {0} เกณฑ์ {1}</source>
        <translation>ตัวชี้วัด {0} เกณฑ์ {1}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ตัวชี้วัด {0} ค่าของปี {1}</source>
        <translation>ตัวชี้วัด {0} ค่าของปี {1}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ตัวชี้วัด {0} ไฟล์ “{1}”</source>
        <translation>ตัวชี้วัด {0} ไฟล์ “{1}”</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+67" />
        <source>ตัวชี้วัด {0}</source>
        <translation>ตัวชี้วัด {0}</translation>
    </message>
    <message>
        <location line="-63" />
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ค่า “{0}”</source>
        <translation>ค่า “{0}”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ชื่อผู้ใช้ “{0}”</source>
        <translation>ชื่อผู้ใช้ “{0}”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ปี {0}</source>
        <translation>ปี {0}</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+20" />
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
    <message>
        <location line="-15" />
        <location line="+20" />
        <source>{0} ใน “{1}”</source>
        <translation>{0} ใน “{1}”</translation>
    </message>
    <message>
        <location line="-14" />
        <source>การยกย่อง {0} ({1})</source>
        <translation>การยกย่อง {0} ({1})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เกียรติบัตรเลขที่ {0}/{1} ({2})</source>
        <translation>เกียรติบัตรเลขที่ {0}/{1} ({2})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ตัวชี้วัด {0} ของ “{1}”</source>
        <translation>ตัวชี้วัด {0} ของ “{1}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ไฟล์ “{0}” ของ “{1}”</source>
        <translation>ไฟล์ “{0}” ของ “{1}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>SWOT ปี {0}</source>
        <translation>SWOT ปี {0}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>แถวที่ {0}</source>
        <translation>แถวที่ {0}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>…และอีก {count} รายการในทำนองเดียวกัน</source>
        <translation>…และอีก {count} รายการในทำนองเดียวกัน</translation>
    </message>
    <message>
        <location line="+38" />
        <source>ประวัติการแก้ไขรายการที่ {id} ไม่อยู่ในห่วงโซ่ (ถูกเพิ่มหรือแก้นอกโปรแกรม)</source>
        <translation>ประวัติการแก้ไขรายการที่ {id} ไม่อยู่ในห่วงโซ่ (ถูกเพิ่มหรือแก้นอกโปรแกรม)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ห่วงโซ่ประวัติการแก้ไขขาดก่อนรายการที่ {id} (มีรายการถูกลบหรือแทรกนอกโปรแกรม)</source>
        <translation>ห่วงโซ่ประวัติการแก้ไขขาดก่อนรายการที่ {id} (มีรายการถูกลบหรือแทรกนอกโปรแกรม)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ประวัติการแก้ไขรายการที่ {id} ({action}) ถูกแก้นอกโปรแกรม (ค่า SHA-256 ไม่ตรง)</source>
        <translation>ประวัติการแก้ไขรายการที่ {id} ({action}) ถูกแก้นอกโปรแกรม (ค่า SHA-256 ไม่ตรง)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>มีรายละเอียดประวัติที่อ้างถึงรายการที่ {id} ซึ่งไม่อยู่ในห่วงโซ่</source>
        <translation>มีรายละเอียดประวัติที่อ้างถึงรายการที่ {id} ซึ่งไม่อยู่ในห่วงโซ่</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไม่พบจุดเริ่มต้นของห่วงโซ่ประวัติการแก้ไข</source>
        <translation>ไม่พบจุดเริ่มต้นของห่วงโซ่ประวัติการแก้ไข</translation>
    </message>
    <message>
        <location line="+4" />
        <source>รายการท้ายสุดของประวัติการแก้ไขหายไป (ห่วงโซ่จบที่รายการ {id} แต่ควรจบที่อื่น)</source>
        <translation>รายการท้ายสุดของประวัติการแก้ไขหายไป (ห่วงโซ่จบที่รายการ {id} แต่ควรจบที่อื่น)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{table}: {record} ถูกเพิ่มนอกโปรแกรม (ไม่มีในประวัติ)</source>
        <translation>{table}: {record} ถูกเพิ่มนอกโปรแกรม (ไม่มีในประวัติ)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{table}: {record} ถูกลบในโปรแกรมแล้วแต่กลับมีอยู่ (ใส่คืนนอกโปรแกรม)</source>
        <translation>{table}: {record} ถูกลบในโปรแกรมแล้วแต่กลับมีอยู่ (ใส่คืนนอกโปรแกรม)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{table}: {record} ถูกแก้ไขนอกโปรแกรม (ไม่ตรงกับประวัติการแก้ไขครั้งล่าสุด)</source>
        <translation>{table}: {record} ถูกแก้ไขนอกโปรแกรม (ไม่ตรงกับประวัติการแก้ไขครั้งล่าสุด)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{table}: แถวที่ {id} ถูกลบนอกโปรแกรม</source>
        <translation>{table}: แถวที่ {id} ถูกลบนอกโปรแกรม</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ประวัติการแก้ไขครบถ้วนไม่ถูกแก้ไข ({entries} รายการ) และข้อมูล {records} แถวตรงกับประวัติ</source>
        <translation>ประวัติการแก้ไขครบถ้วนไม่ถูกแก้ไข ({entries} รายการ) และข้อมูล {records} แถวตรงกับประวัติ</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../mk3desk/ui/integrity_watch.py" line="+114" />
        <source>พบไฟล์หลักฐานที่หายไปหรือถูกแก้ไข {n} รายการ (แสดงเป็นสีแดงในตัวชี้วัด)</source>
        <translation>พบไฟล์หลักฐานที่หายไปหรือถูกแก้ไข {n} รายการ (แสดงเป็นสีแดงในตัวชี้วัด)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไฟล์หลักฐานครบและตรงกับที่แนบไว้</source>
        <translation>ไฟล์หลักฐานครบและตรงกับที่แนบไว้</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไฟล์ฐานข้อมูลสมบูรณ์ และรุ่นโครงสร้างเป็นปัจจุบัน</source>
        <translation>ไฟล์ฐานข้อมูลสมบูรณ์ และรุ่นโครงสร้างเป็นปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../mk3desk/domain/knowledge.py" line="+34" />
        <source>ประชุมชี้แจง</source>
        <translation>ประชุมชี้แจง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อบรม</source>
        <translation>อบรม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ถอดบทเรียน</source>
        <translation>ถอดบทเรียน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ให้คำปรึกษา/โค้ช</source>
        <translation>ให้คำปรึกษา/โค้ช</translation>
    </message>
    <message>
        <location line="+11" />
        <source>เข้าร่วม</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ขาด</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลา</source>
        <translation>ลา</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่รู้จัก{what} “{value}” (ที่มี: {known})</source>
        <translation>ไม่รู้จัก{what} “{value}” (ที่มี: {known})</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ประเภทการพัฒนาความรู้</source>
        <translation>ประเภทการพัฒนาความรู้</translation>
    </message>
    <message>
        <location line="+6" />
        <source>สถานะการเข้าร่วม</source>
        <translation>สถานะการเข้าร่วม</translation>
    </message>
    <message>
        <location line="+27" />
        <source>กรุณาระบุหัวข้อการประชุม/อบรม ก่อนบันทึก</source>
        <translation>กรุณาระบุหัวข้อการประชุม/อบรม ก่อนบันทึก</translation>
    </message>
    <message>
        <location line="+3" />
        <source>หัวข้อยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)</source>
        <translation>หัวข้อยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ชื่อวิทยากรหรือสถานที่ยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)</source>
        <translation>ชื่อวิทยากรหรือสถานที่ยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ยังไม่มีผู้เข้าร่วม — เลือกบุคลากรที่เข้าร่วม (หรือลา/ขาด) อย่างน้อยหนึ่งคนก่อนบันทึก</source>
        <translation>ยังไม่มีผู้เข้าร่วม — เลือกบุคลากรที่เข้าร่วม (หรือลา/ขาด) อย่างน้อยหนึ่งคนก่อนบันทึก</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“{name}” อยู่ในรายชื่อผู้เข้าร่วมแล้ว ระบุได้ครั้งเดียว</source>
        <translation>“{name}” อยู่ในรายชื่อผู้เข้าร่วมแล้ว ระบุได้ครั้งเดียว</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/documents/knowledge.py" line="+29" />
        <location filename="../mk3desk/services/knowledge/common.py" line="+24" />
        <source>ไม่พบการประชุม/อบรมรหัส {id} ในปีงบประมาณ {year}</source>
        <translation>ไม่พบการประชุม/อบรมรหัส {id} ในปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ปีงบประมาณ {year} ยังไม่มีการประชุม/อบรม — เพิ่มที่หน้า “การพัฒนาความรู้” หรือ mk3desk knowledge add</source>
        <translation>ปีงบประมาณ {year} ยังไม่มีการประชุม/อบรม — เพิ่มที่หน้า “การพัฒนาความรู้” หรือ mk3desk knowledge add</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/knowledge/materials.py" line="+31" />
        <source>ไม่พบเอกสารประกอบรหัส {id}</source>
        <translation>ไม่พบเอกสารประกอบรหัส {id}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/knowledge/save.py" line="+38" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัดที่เลือกไม่ได้อยู่ในปีงบประมาณ {year}</source>
        <translation>ตัวชี้วัดที่เลือกไม่ได้อยู่ในปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/knowledge/conflict.py" line="+53" />
        <source>วันที่</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เรื่อง</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ประเภท</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+4" />
        <source>วิทยากร</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location line="+2" />
        <source>สถานที่</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บทเรียนที่ได้ / บันทึกการประชุม</source>
        <translation>บทเรียนที่ได้ / บันทึกการประชุม</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ผู้เข้าร่วม</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัดที่เกี่ยวข้อง</source>
        <translation>ตัวชี้วัดที่เกี่ยวข้อง</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_page.py" line="+72" />
        <source>เพิ่มการประชุม/อบรม</source>
        <translation>เพิ่มการประชุม/อบรม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบ</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>การประชุม อบรม และถอดบทเรียนของปีนี้</source>
        <translation>การประชุม อบรม และถอดบทเรียนของปีนี้</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_form.py" line="+62" />
        <source>ประเภท</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+3" />
        <source>วันที่</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หัวข้อ/เรื่อง</source>
        <translation>หัวข้อ/เรื่อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วิทยากร/ประธาน</source>
        <translation>วิทยากร/ประธาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานที่</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เพิ่มผู้เข้าร่วม</source>
        <translation>เพิ่มผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เพิ่มทุกคน</source>
        <translation>เพิ่มทุกคน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>นำออก</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ผู้เข้าร่วม</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_page.py" line="+20" />
        <source>รายชื่อผู้เข้าร่วมที่บันทึกไว้ พร้อมสถานะ เป็นไฟล์ Excel</source>
        <translation>รายชื่อผู้เข้าร่วมที่บันทึกไว้ พร้อมสถานะ เป็นไฟล์ Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปรับสถานะเข้าร่วม/ขาด/ลา จากไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)</source>
        <translation>ปรับสถานะเข้าร่วม/ขาด/ลา จากไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_form.py" line="+15" />
        <source>ตัวชี้วัดที่เกี่ยวข้อง (นับเป็นหลักฐาน)</source>
        <translation>ตัวชี้วัดที่เกี่ยวข้อง (นับเป็นหลักฐาน)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>สาระสำคัญ ข้อตกลง และบทเรียนที่ได้ บรรทัดละหนึ่งข้อ</source>
        <translation>สาระสำคัญ ข้อตกลง และบทเรียนที่ได้ บรรทัดละหนึ่งข้อ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>สาระสำคัญ/บทเรียนที่ได้รับ</source>
        <translation>สาระสำคัญ/บทเรียนที่ได้รับ</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_page.py" line="+12" />
        <source>แนบไฟล์…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปิด</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบไฟล์</source>
        <translation>ลบไฟล์</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เอกสารประกอบ</source>
        <translation>เอกสารประกอบ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>บันทึก</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+2" />
        <source>พิมพ์ใบลงทะเบียน…</source>
        <translation>พิมพ์ใบลงทะเบียน…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์บันทึกการประชุม…</source>
        <translation>พิมพ์บันทึกการประชุม…</translation>
    </message>
    <message>
        <location line="+95" />
        <source>การประชุม/อบรมนี้ถูกลบโดยผู้ใช้อื่นแล้ว ข้อความที่พิมพ์ยังอยู่</source>
        <translation>การประชุม/อบรมนี้ถูกลบโดยผู้ใช้อื่นแล้ว ข้อความที่พิมพ์ยังอยู่</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ผู้ใช้อื่นแก้ไขการประชุม/อบรมนี้แล้ว เมื่อบันทึกจะให้เลือกว่าจะเก็บฉบับใด</source>
        <translation>ผู้ใช้อื่นแก้ไขการประชุม/อบรมนี้แล้ว เมื่อบันทึกจะให้เลือกว่าจะเก็บฉบับใด</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_form.py" line="+63" />
        <source>การประชุม/อบรมที่แก้ไขอยู่ยังไม่ได้บันทึก — ทิ้งการแก้ไขนี้หรือไม่?</source>
        <translation>การประชุม/อบรมที่แก้ไขอยู่ยังไม่ได้บันทึก — ทิ้งการแก้ไขนี้หรือไม่?</translation>
    </message>
    <message>
        <location line="+12" />
        <source>การประชุม/อบรมที่แก้ไขในหน้าการพัฒนาความรู้ (ยังไม่ได้กดบันทึก)</source>
        <translation>การประชุม/อบรมที่แก้ไขในหน้าการพัฒนาความรู้ (ยังไม่ได้กดบันทึก)</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+24" />
        <source>ยังไม่ได้บันทึก</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรุณาระบุวันที่จัด</source>
        <translation>กรุณาระบุวันที่จัด</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_page.py" line="+73" />
        <source>บันทึกแล้ว</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ลบการประชุม/อบรม</source>
        <translation>ลบการประชุม/อบรม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบ “{topic}” พร้อมรายชื่อผู้เข้าร่วมและเอกสารประกอบหรือไม่?</source>
        <translation>ลบ “{topic}” พร้อมรายชื่อผู้เข้าร่วมและเอกสารประกอบหรือไม่?</translation>
    </message>
    <message>
        <location line="+24" />
        <source>เลือกไฟล์เอกสารประกอบ</source>
        <translation>เลือกไฟล์เอกสารประกอบ</translation>
    </message>
    <message>
        <location line="+52" />
        <source>บันทึกเป็น PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>บันทึก {path} แล้ว ({pages} หน้า)</source>
        <translation>บันทึก {path} แล้ว ({pages} หน้า)</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../mk3desk/ui/single_instance.py" line="+130" />
        <source>ฐานข้อมูลกำลังถูกใช้งาน</source>
        <translation>ฐานข้อมูลกำลังถูกใช้งาน</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/launch.py" line="+177" />
        <source>เปิดฐานข้อมูลไม่ได้</source>
        <translation>เปิดฐานข้อมูลไม่ได้</translation>
    </message>
    <message>
        <location line="-81" />
        <source>ยังไม่มีข้อมูล</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน และเปิดแบบดูอย่างเดียวอยู่ จึงสร้างใหม่ไม่ได้</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน และเปิดแบบดูอย่างเดียวอยู่ จึงสร้างใหม่ไม่ได้</translation>
    </message>
    <message>
        <location line="+36" />
        <source>สำรองข้อมูลประจำวันแล้วที่ {folder}</source>
        <translation>สำรองข้อมูลประจำวันแล้วที่ {folder}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>สำรองข้อมูลประจำวันไม่สำเร็จ: {reason}</source>
        <translation>สำรองข้อมูลประจำวันไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <location line="+208" />
        <source>สร้างข้อมูลตัวอย่างไม่ได้</source>
        <translation>สร้างข้อมูลตัวอย่างไม่ได้</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../mk3desk/domain/framework.py" line="-210" />
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
    <name>LoginDialog</name>
    <message>
        <location filename="../mk3desk/ui/login_dialog.py" line="-163" />
        <source>หน้าจอถูกล็อก</source>
        <translation>หน้าจอถูกล็อก</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+18" />
        <location line="+97" />
        <source>เข้าสู่ระบบ</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="-108" />
        <source>แป้น Caps Lock เปิดอยู่</source>
        <translation>แป้น Caps Lock เปิดอยู่</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ลืมรหัสผ่านผู้ประสาน?</source>
        <translation>ลืมรหัสผ่านผู้ประสาน?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ชื่อผู้ใช้</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่าน</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location line="+83" />
        <source>รอ {seconds} วินาที</source>
        <translation>รอ {seconds} วินาที</translation>
    </message>
</context>
<context>
    <name>LoginSettingsBox</name>
    <message>
        <location filename="../mk3desk/ui/pages/login_settings.py" line="+25" />
        <source>การเข้าสู่ระบบและสิทธิ์</source>
        <translation>การเข้าสู่ระบบและสิทธิ์</translation>
    </message>
    <message>
        <location line="+6" />
        <source> นาที</source>
        <translation> นาที</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่ล็อกเอง</source>
        <translation>ไม่ล็อกเอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ล็อกหน้าจอเมื่อไม่มีการใช้งาน</source>
        <translation>ล็อกหน้าจอเมื่อไม่มีการใช้งาน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>อนุญาตให้ผู้รับผิดชอบตรวจสอบและปิดระบบตัวชี้วัดของตนเอง (สำนักงานขนาดเล็ก; บันทึกในประวัติ)</source>
        <translation>อนุญาตให้ผู้รับผิดชอบตรวจสอบและปิดระบบตัวชี้วัดของตนเอง (สำนักงานขนาดเล็ก; บันทึกในประวัติ)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บัญชีผู้ใช้…</source>
        <translation>บัญชีผู้ใช้…</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <location filename="../mk3desk/services/lookup.py" line="+21" />
        <source>ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้ — สร้างสำนักงานใหม่หรือเปิดข้อมูลตัวอย่างก่อน</source>
        <translation>ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้ — สร้างสำนักงานใหม่หรือเปิดข้อมูลตัวอย่างก่อน</translation>
    </message>
    <message>
        <location line="+22" />
        <source>ฐานข้อมูลนี้มีหลายสำนักงาน ({offices}) — โปรดระบุสำนักงาน (--office)</source>
        <translation>ฐานข้อมูลนี้มีหลายสำนักงาน ({offices}) — โปรดระบุสำนักงาน (--office)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ไม่พบสำนักงาน “{office}” (ที่มี: {known})</source>
        <translation>ไม่พบสำนักงาน “{office}” (ที่มี: {known})</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ไม่พบปีงบประมาณ {year} ของ{office} ในฐานข้อมูลนี้แล้ว</source>
        <translation>ไม่พบปีงบประมาณ {year} ของ{office} ในฐานข้อมูลนี้แล้ว</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ไม่พบปีงบประมาณ {year} ของ{office} (ปีที่มี: {known})</source>
        <translation>ไม่พบปีงบประมาณ {year} ของ{office} (ปีที่มี: {known})</translation>
    </message>
    <message>
        <location line="+21" />
        <source>ไม่พบตัวชี้วัดรหัสภายใน {id}</source>
        <translation>ไม่พบตัวชี้วัดรหัสภายใน {id}</translation>
    </message>
    <message>
        <location line="+10" />
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
    <name>MainMenus</name>
    <message>
        <location filename="../mk3desk/ui/menus.py" line="+90" />
        <source>แฟ้ม (&amp;F)</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เปิดฐานข้อมูลอื่น (&amp;O)…</source>
        <translation>เปิดฐานข้อมูลอื่น (&amp;O)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ฐานข้อมูลที่เปิดล่าสุด (&amp;R)</source>
        <translation>ฐานข้อมูลที่เปิดล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เริ่มปีงบประมาณใหม่ (&amp;N)…</source>
        <translation>เริ่มปีงบประมาณใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ค้นหาในหน้านี้ (&amp;F)</source>
        <translation>ค้นหาในหน้านี้ (&amp;F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>พิมพ์เอกสาร (&amp;P)…</source>
        <translation>พิมพ์เอกสาร (&amp;P)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ตรวจสอบฐานข้อมูลและไฟล์หลักฐานทั้งหมด (&amp;C)</source>
        <translation>ตรวจสอบฐานข้อมูลและไฟล์หลักฐานทั้งหมด (&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ถังขยะไฟล์หลักฐาน (&amp;T)…</source>
        <translation>ถังขยะไฟล์หลักฐาน (&amp;T)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กู้คืนจากข้อมูลสำรอง (&amp;B)…</source>
        <translation>กู้คืนจากข้อมูลสำรอง (&amp;B)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ประวัติการแก้ไข (&amp;H)…</source>
        <translation>ประวัติการแก้ไข (&amp;H)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ออกจากโปรแกรม (&amp;X)</source>
        <translation>ออกจากโปรแกรม (&amp;X)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Excel (&amp;E)</source>
        <translation>Excel (&amp;E)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ส่งงาน / รับงาน (&amp;S)</source>
        <translation>ส่งงาน / รับงาน (&amp;S)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ช่วยเหลือ (&amp;H)</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คู่มือการใช้งาน (&amp;U)</source>
        <translation>คู่มือการใช้งาน (&amp;U)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เกี่ยวกับโปรแกรม (&amp;A)…</source>
        <translation>เกี่ยวกับโปรแกรม (&amp;A)…</translation>
    </message>
    <message>
        <location line="+96" />
        <source>ยังไม่มี</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+24" />
        <source>เปิดฐานข้อมูล</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <location line="-15" />
        <source>ฐานข้อมูลนี้เปิดอยู่ในหน้าต่างนี้แล้ว</source>
        <translation>ฐานข้อมูลนี้เปิดอยู่ในหน้าต่างนี้แล้ว</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ไม่พบไฟล์ฐานข้อมูล {path}</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล {path}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เปิดโปรแกรมอีกชุดสำหรับ {path} ไม่ได้</source>
        <translation>เปิดโปรแกรมอีกชุดสำหรับ {path} ไม่ได้</translation>
    </message>
    <message>
        <location line="+48" />
        <source>เริ่มปีงบประมาณใหม่</source>
        <translation>เริ่มปีงบประมาณใหม่</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mk3desk/ui/main_window.py" line="+87" />
        <source>ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>ระบบบริหารงานตัวชี้วัด สพท.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>เปิดแบบดูอย่างเดียว: มีโปรแกรมอีกชุดหนึ่งใช้ฐานข้อมูลนี้อยู่ ดูและพิมพ์ได้ แต่แก้ไขไม่ได้ — ปิดโปรแกรมอีกชุดแล้วเปิดใหม่เพื่อแก้ไข</source>
        <translation>เปิดแบบดูอย่างเดียว: มีโปรแกรมอีกชุดหนึ่งใช้ฐานข้อมูลนี้อยู่ ดูและพิมพ์ได้ แต่แก้ไขไม่ได้ — ปิดโปรแกรมอีกชุดแล้วเปิดใหม่เพื่อแก้ไข</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ภาพรวม</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บุคลากรและผู้รับผิดชอบ</source>
        <translation>บุคลากรและผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การพัฒนาความรู้</source>
        <translation>การพัฒนาความรู้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปฏิทินงาน</source>
        <translation>ปฏิทินงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รายงาน</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตั้งค่า</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <location line="+9" />
        <source>สำนักงาน / ปีงบประมาณ</source>
        <translation>สำนักงาน / ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+19" />
        <source>กำลังเปิดฐานข้อมูล…</source>
        <translation>กำลังเปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <location line="+113" />
        <source>กำลังตรวจสอบฐานข้อมูลและไฟล์หลักฐาน…</source>
        <translation>กำลังตรวจสอบฐานข้อมูลและไฟล์หลักฐาน…</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ตรวจสอบฐานข้อมูลและไฟล์หลักฐาน</source>
        <translation>ตรวจสอบฐานข้อมูลและไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+11" />
        <source>หน้านี้ไม่มีช่องค้นหา</source>
        <translation>หน้านี้ไม่มีช่องค้นหา</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เลือกเอกสารที่จะพิมพ์ แล้วกด Ctrl+P อีกครั้ง</source>
        <translation>เลือกเอกสารที่จะพิมพ์ แล้วกด Ctrl+P อีกครั้ง</translation>
    </message>
    <message>
        <location line="+28" />
        <source>{office} · ปีงบประมาณ {year}</source>
        <translation>{office} · ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+78" />
        <source>ยังมีข้อมูลที่ไม่ได้บันทึก</source>
        <translation>ยังมีข้อมูลที่ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ถ้าปิดโปรแกรมตอนนี้ ข้อมูลต่อไปนี้จะไม่ได้บันทึก:
{what}</source>
        <translation>ถ้าปิดโปรแกรมตอนนี้ ข้อมูลต่อไปนี้จะไม่ได้บันทึก:
{what}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เลือก “ยังไม่ปิด” แล้วบันทึกก่อน (ค่าตั้งที่รอเซิร์ฟเวอร์จะบันทึกเองเมื่อเชื่อมต่อได้)</source>
        <translation>เลือก “ยังไม่ปิด” แล้วบันทึกก่อน (ค่าตั้งที่รอเซิร์ฟเวอร์จะบันทึกเองเมื่อเชื่อมต่อได้)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ยังไม่ปิด</source>
        <translation>ยังไม่ปิด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปิดโดยไม่บันทึก</source>
        <translation>ปิดโดยไม่บันทึก</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <location filename="../mk3desk/ui/bundle_dialog.py" line="+50" />
        <source>ข้อมูล</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ฉบับของเครื่องนี้</source>
        <translation>ฉบับของเครื่องนี้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ฉบับที่ส่งมา</source>
        <translation>ฉบับที่ส่งมา</translation>
    </message>
    <message>
        <location line="+24" />
        <source>ใช้ฉบับของเครื่องนี้</source>
        <translation>ใช้ฉบับของเครื่องนี้</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ใช้ฉบับที่ส่งมา</source>
        <translation>ใช้ฉบับที่ส่งมา</translation>
    </message>
    <message>
        <location line="+24" />
        <source>ตรวจสอบก่อนรับข้อมูล</source>
        <translation>ตรวจสอบก่อนรับข้อมูล</translation>
    </message>
    <message>
        <location line="+5" />
        <source>จาก {office} ปีงบประมาณ {year} โดย {who}</source>
        <translation>จาก {office} ปีงบประมาณ {year} โดย {who}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>เพิ่มใหม่ {added} · รับฉบับที่แก้ไข {taken} · ลบตามที่ส่งมา {removed} · แก้ไขทั้งสองฝั่ง {conflicts} · ไม่รับ {refused}</source>
        <translation>เพิ่มใหม่ {added} · รับฉบับที่แก้ไข {taken} · ลบตามที่ส่งมา {removed} · แก้ไขทั้งสองฝั่ง {conflicts} · ไม่รับ {refused}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>เพิ่มใหม่</source>
        <translation>เพิ่มใหม่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับฉบับที่แก้ไข</source>
        <translation>รับฉบับที่แก้ไข</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบตามที่ส่งมา</source>
        <translation>ลบตามที่ส่งมา</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่รับ</source>
        <translation>ไม่รับ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(โดย {who})</source>
        <translation>(โดย {who})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ข้อมูลที่แก้ไขทั้งสองฝั่ง — เลือกฉบับที่จะใช้ทีละรายการ:</source>
        <translation>ข้อมูลที่แก้ไขทั้งสองฝั่ง — เลือกฉบับที่จะใช้ทีละรายการ:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ใช้ฉบับของเครื่องนี้ทั้งหมด</source>
        <translation>ใช้ฉบับของเครื่องนี้ทั้งหมด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ใช้ฉบับที่ส่งมาทั้งหมด</source>
        <translation>ใช้ฉบับที่ส่งมาทั้งหมด</translation>
    </message>
    <message>
        <location line="+10" />
        <source>⚠ {count} รายการในไฟล์นี้ไม่รับ เพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ตามตารางสิทธิ์ของฐานข้อมูลนี้ (ดู “ไม่รับ” ในรายการข้างบน) — รายการเหล่านั้นจะไม่ถูกบันทึก</source>
        <translation>⚠ {count} รายการในไฟล์นี้ไม่รับ เพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ตามตารางสิทธิ์ของฐานข้อมูลนี้ (ดู “ไม่รับ” ในรายการข้างบน) — รายการเหล่านั้นจะไม่ถูกบันทึก</translation>
    </message>
    <message>
        <location line="+9" />
        <source>รับทราบ: รับเฉพาะรายการอื่น ไม่รับรายการที่ผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์</source>
        <translation>รับทราบ: รับเฉพาะรายการอื่น ไม่รับรายการที่ผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์</translation>
    </message>
    <message>
        <location line="+7" />
        <source>รับข้อมูล</source>
        <translation>รับข้อมูล</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยกเลิก</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>NextYear</name>
    <message>
        <location filename="../mk3desk/services/next_year.py" line="+151" />
        <source>ปีงบประมาณ {year} มีอยู่แล้วใน{office} — เลือกปีที่ยังไม่มี หรือเปิดปี {year} จากแถบด้านบน</source>
        <translation>ปีงบประมาณ {year} มีอยู่แล้วใน{office} — เลือกปีที่ยังไม่มี หรือเปิดปี {year} จากแถบด้านบน</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ข้อปรับปรุง (Act) ของตัวชี้วัดต่อไปนี้ไม่มีตัวชี้วัดรหัสเดียวกันในปีใหม่ ยังไม่ได้สร้างปีงบประมาณ — ตรวจรายการแล้วยืนยันว่าจะยกไปเอง:
{lines}</source>
        <translation>ข้อปรับปรุง (Act) ของตัวชี้วัดต่อไปนี้ไม่มีตัวชี้วัดรหัสเดียวกันในปีใหม่ ยังไม่ได้สร้างปีงบประมาณ — ตรวจรายการแล้วยืนยันว่าจะยกไปเอง:
{lines}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ปีงบประมาณใหม่ต้องอยู่หลังปี {source} (ได้รับ {year})</source>
        <translation>ปีงบประมาณใหม่ต้องอยู่หลังปี {source} (ได้รับ {year})</translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/next_year_dialog.py" line="+64" />
        <location line="+73" />
        <source>เริ่มปีงบประมาณใหม่</source>
        <translation>เริ่มปีงบประมาณใหม่</translation>
    </message>
    <message>
        <location line="-68" />
        <source>เริ่มปีงบประมาณถัดไปต่อจากปี {year} ของ{office}: ข้อปรับปรุง (Act) ของแต่ละตัวชี้วัดจะเป็นจุดเริ่มของแผน (Plan) ปีใหม่ในตัวชี้วัดรหัสเดียวกัน บุคลากรและกลุ่มงานเป็นของสำนักงาน ใช้ต่อในปีใหม่ได้ทันที</source>
        <translation>เริ่มปีงบประมาณถัดไปต่อจากปี {year} ของ{office}: ข้อปรับปรุง (Act) ของแต่ละตัวชี้วัดจะเป็นจุดเริ่มของแผน (Plan) ปีใหม่ในตัวชี้วัดรหัสเดียวกัน บุคลากรและกลุ่มงานเป็นของสำนักงาน ใช้ต่อในปีใหม่ได้ทันที</translation>
    </message>
    <message>
        <location line="+14" />
        <source>แม่แบบในโปรแกรม (PMQA 4.0)</source>
        <translation>แม่แบบในโปรแกรม (PMQA 4.0)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ไฟล์กรอบตัวชี้วัด (Excel)</source>
        <translation>ไฟล์กรอบตัวชี้วัด (Excel)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ยังไม่ได้เลือกไฟล์</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลือกไฟล์…</source>
        <translation>เลือกไฟล์…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ปีงบประมาณใหม่ (พ.ศ.)</source>
        <translation>ปีงบประมาณใหม่ (พ.ศ.)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรอบตัวชี้วัด</source>
        <translation>กรอบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เลือกทั้งหมด</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่เลือก</source>
        <translation>ไม่เลือก</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คัดลอกผู้รับผิดชอบ (Key Man และผู้สำรอง) ที่ติ๊กไว้:</source>
        <translation>คัดลอกผู้รับผิดชอบ (Key Man และผู้สำรอง) ที่ติ๊กไว้:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>รับทราบ: ข้อปรับปรุงข้างต้นไม่มีตัวชี้วัดให้ยกไป จะนำไปใส่ในแผนเอง</source>
        <translation>รับทราบ: ข้อปรับปรุงข้างต้นไม่มีตัวชี้วัดให้ยกไป จะนำไปใส่ในแผนเอง</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ยกเลิก</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+28" />
        <source>เลือกไฟล์กรอบตัวชี้วัด</source>
        <translation>เลือกไฟล์กรอบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+16" />
        <source>เลือกไฟล์กรอบตัวชี้วัด (Excel) ก่อน</source>
        <translation>เลือกไฟล์กรอบตัวชี้วัด (Excel) ก่อน</translation>
    </message>
    <message>
        <location line="+20" />
        <source>คัดลอกคณะกรรมการเป็นร่างรอยืนยัน</source>
        <translation>คัดลอกคณะกรรมการเป็นร่างรอยืนยัน</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ปีนี้ยังไม่มีคณะกรรมการ</source>
        <translation>ปีนี้ยังไม่มีคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>คัดลอกคณะกรรมการเป็นร่างรอยืนยัน (ยังไม่มีเลขที่และวันที่คำสั่ง): {names}</source>
        <translation>คัดลอกคณะกรรมการเป็นร่างรอยืนยัน (ยังไม่มีเลขที่และวันที่คำสั่ง): {names}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>จาก {source}: {count} ตัวชี้วัด · ข้อปรับปรุง (Act) ยกไปเป็นจุดเริ่มของแผนปี {year}: {carried} ตัวชี้วัด</source>
        <translation>จาก {source}: {count} ตัวชี้วัด · ข้อปรับปรุง (Act) ยกไปเป็นจุดเริ่มของแผนปี {year}: {carried} ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+66" />
        <source>สร้างปีงบประมาณ {year} แล้ว ({count} ตัวชี้วัด)</source>
        <translation>สร้างปีงบประมาณ {year} แล้ว ({count} ตัวชี้วัด)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ข้อปรับปรุง (Act) ยกไปเป็นจุดเริ่มของแผน: {count} ตัวชี้วัด</source>
        <translation>ข้อปรับปรุง (Act) ยกไปเป็นจุดเริ่มของแผน: {count} ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+3" />
        <source>คัดลอกผู้รับผิดชอบ: {count} ตัวชี้วัด</source>
        <translation>คัดลอกผู้รับผิดชอบ: {count} ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คณะกรรมการ (ร่าง รอเลขที่และวันที่คำสั่ง): {names}</source>
        <translation>คณะกรรมการ (ร่าง รอเลขที่และวันที่คำสั่ง): {names}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไม่ได้คัดลอก {why}</source>
        <translation>ไม่ได้คัดลอก {why}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ข้อปรับปรุงที่ต้องยกไปเอง:</source>
        <translation>ข้อปรับปรุงที่ต้องยกไปเอง:</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../mk3desk/services/office_edit.py" line="+33" />
        <source>ชื่อสำนักงาน</source>
        <translation>ชื่อสำนักงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อย่อ</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จังหวัด / เขตพื้นที่</source>
        <translation>จังหวัด / เขตพื้นที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ที่อยู่</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+23" />
        <location filename="../mk3desk/services/years.py" line="+41" />
        <source>กรุณาระบุชื่อสำนักงาน</source>
        <translation>กรุณาระบุชื่อสำนักงาน</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ข้อมูลสำนักงาน</source>
        <translation>ข้อมูลสำนักงาน</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/years.py" line="+36" />
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
        <location filename="../mk3desk/services/scoring.py" line="+103" />
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
        <location line="+20" />
        <source>ไม่มีตัวชี้วัด {code} ในปี {year}</source>
        <translation>ไม่มีตัวชี้วัด {code} ในปี {year}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คะแนนตัวชี้วัด {number}</source>
        <translation>คะแนนตัวชี้วัด {number}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{what} ต้องอยู่ระหว่าง 0 ถึง 5 (ได้รับ {score})</source>
        <translation>{what} ต้องอยู่ระหว่าง 0 ถึง 5 (ได้รับ {score})</translation>
    </message>
</context>
<context>
    <name>OutcomeEditor</name>
    <message>
        <location filename="../mk3desk/ui/pdca/outcome.py" line="+49" />
        <source>ผลการดำเนินงานจริง 3 ปี</source>
        <translation>ผลการดำเนินงานจริง 3 ปี</translation>
    </message>
    <message>
        <location line="+11" />
        <source>คะแนนจากค่าปีนี้</source>
        <translation>คะแนนจากค่าปีนี้</translation>
    </message>
    <message>
        <location line="+12" />
        <source>หน่วย: {unit} · ค่าเป้าหมาย: {target}</source>
        <translation>หน่วย: {unit} · ค่าเป้าหมาย: {target}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ค่ายิ่งมากยิ่งดี</source>
        <translation>ค่ายิ่งมากยิ่งดี</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ค่ายิ่งน้อยยิ่งดี</source>
        <translation>ค่ายิ่งน้อยยิ่งดี</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ระดับ {n} = {v}</source>
        <translation>ระดับ {n} = {v}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{better}: ร้อยละความสำเร็จ {floor} ได้ 0 คะแนน, {ceiling} ได้ 5 คะแนน</source>
        <translation>{better}: ร้อยละความสำเร็จ {floor} ได้ 0 คะแนน, {ceiling} ได้ 5 คะแนน</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ปี {year} (ปีนี้)</source>
        <translation>ปี {year} (ปีนี้)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปี {year}</source>
        <translation>ปี {year}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>— ตัวเลขไม่ถูกต้อง —</source>
        <translation>— ตัวเลขไม่ถูกต้อง —</translation>
    </message>
    <message>
        <location line="+2" />
        <source>— ยังไม่กรอก —</source>
        <translation>— ยังไม่กรอก —</translation>
    </message>
</context>
<context>
    <name>Pdca</name>
    <message>
        <location filename="../mk3desk/services/pdca.py" line="+81" />
        <source>ข้อความยาวเกินไป ({length:,} ตัวอักษร สูงสุด {limit:,}) — ยังไม่ได้บันทึก โปรดแบ่งเป็นไฟล์หลักฐานแทน</source>
        <translation>ข้อความยาวเกินไป ({length:,} ตัวอักษร สูงสุด {limit:,}) — ยังไม่ได้บันทึก โปรดแบ่งเป็นไฟล์หลักฐานแทน</translation>
    </message>
    <message>
        <location line="+37" />
        <source>ตัวชี้วัด {code}: มีผู้อื่นบันทึกข้อความส่วนนี้ไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</source>
        <translation>ตัวชี้วัด {code}: มีผู้อื่นบันทึกข้อความส่วนนี้ไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</translation>
    </message>
    <message>
        <location line="+42" />
        <source>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</source>
        <translation>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ตัวชี้วัด {code} เกณฑ์ {key}: มีผู้อื่นบันทึกคำอธิบายไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</source>
        <translation>ตัวชี้วัด {code} เกณฑ์ {key}: มีผู้อื่นบันทึกคำอธิบายไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</translation>
    </message>
    <message>
        <location line="+49" />
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
    <message>
        <location line="+7" />
        <source>ตัวชี้วัด {code} ค่าปี {year}: มีผู้อื่นบันทึกเป็น {stored} ไปก่อนแล้ว จึงยังไม่ได้บันทึก {yours} ของคุณ — หน้าจอแสดงค่าล่าสุดแล้ว หากต้องการเปลี่ยนโปรดพิมพ์อีกครั้ง</source>
        <translation>ตัวชี้วัด {code} ค่าปี {year}: มีผู้อื่นบันทึกเป็น {stored} ไปก่อนแล้ว จึงยังไม่ได้บันทึก {yours} ของคุณ — หน้าจอแสดงค่าล่าสุดแล้ว หากต้องการเปลี่ยนโปรดพิมพ์อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../mk3desk/ui/reports/preview.py" line="+135" />
        <source>หน้า {page} / {count}</source>
        <translation>หน้า {page} / {count}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>พอดี</source>
        <translation>พอดี</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.ui" line="+31" />
        <source>ไปหน้าก่อนหน้า (Page Up)</source>
        <translation>ไปหน้าก่อนหน้า (Page Up)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>◀ หน้าก่อน</source>
        <translation>◀ หน้าก่อน</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ไปหน้าถัดไป (Page Down)</source>
        <translation>ไปหน้าถัดไป (Page Down)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>หน้าถัดไป ▶</source>
        <translation>หน้าถัดไป ▶</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไปที่หน้า</source>
        <translation>ไปที่หน้า</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ย่อ (Ctrl+-)</source>
        <translation>ย่อ (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>− ย่อ</source>
        <translation>− ย่อ</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ขยาย (Ctrl++)</source>
        <translation>ขยาย (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>+ ขยาย</source>
        <translation>+ ขยาย</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ปรับขนาดให้หน้ากระดาษพอดีกับความกว้างของช่องแสดง</source>
        <translation>ปรับขนาดให้หน้ากระดาษพอดีกับความกว้างของช่องแสดง</translation>
    </message>
    <message>
        <location line="+3" />
        <source>พอดีความกว้าง</source>
        <translation>พอดีความกว้าง</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../mk3desk/services/people.py" line="+31" />
        <location filename="../mk3desk/services/people_edit.py" line="+206" />
        <source>กรุณาระบุชื่อกลุ่ม</source>
        <translation>กรุณาระบุชื่อกลุ่ม</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../mk3desk/services/people_edit.py" line="+13" />
        <source>มีกลุ่ม “{name}” อยู่แล้ว</source>
        <translation>มีกลุ่ม “{name}” อยู่แล้ว</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../mk3desk/services/people_edit.py" line="-92" />
        <source>กรุณาระบุชื่อ-นามสกุล</source>
        <translation>กรุณาระบุชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location line="+24" />
        <source>มีบุคลากรชื่อ “{name}” อยู่แล้ว{inactive} — ชื่อซ้ำกันจะแยกผู้ลงนามและผู้รับผิดชอบไม่ได้</source>
        <translation>มีบุคลากรชื่อ “{name}” อยู่แล้ว{inactive} — ชื่อซ้ำกันจะแยกผู้ลงนามและผู้รับผิดชอบไม่ได้</translation>
    </message>
    <message>
        <location line="+5" />
        <source> (พ้นจากสำนักงานแล้ว)</source>
        <translation> (พ้นจากสำนักงานแล้ว)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน</source>
        <translation>ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน</translation>
    </message>
    <message>
        <location line="+7" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ยังไม่ระบุ</source>
        <translation>ยังไม่ระบุ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ยังไม่กำหนด</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ผู้รับผิดชอบตัวชี้วัด {code}</source>
        <translation>ผู้รับผิดชอบตัวชี้วัด {code}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผู้รับผิดชอบหลัก</source>
        <translation>ผู้รับผิดชอบหลัก</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>ผู้รับผิดชอบสำรอง</translation>
    </message>
    <message>
        <location line="+5" />
        <source>วันส่งงาน</source>
        <translation>วันส่งงาน</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/people_edit.py" line="-43" />
        <source>ผู้รับผิดชอบตัวชี้วัด (Key Man)</source>
        <translation>ผู้รับผิดชอบตัวชี้วัด (Key Man)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการตรวจสอบ</source>
        <translation>กรรมการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงานตัวชี้วัด</source>
        <translation>ผู้ประสานงานตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้บริหาร</source>
        <translation>ผู้บริหาร</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ดูข้อมูลอย่างเดียว</source>
        <translation>ดูข้อมูลอย่างเดียว</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไม่สังกัดกลุ่ม</source>
        <translation>ไม่สังกัดกลุ่ม</translation>
    </message>
    <message>
        <location line="+34" />
        <source>บุคลากร {name}</source>
        <translation>บุคลากร {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ชื่อ-นามสกุล</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตำแหน่ง</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+3" />
        <source>กลุ่มงาน</source>
        <translation>กลุ่มงาน</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บทบาท</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ยังปฏิบัติงานอยู่ในสำนักงาน</source>
        <translation>ยังปฏิบัติงานอยู่ในสำนักงาน</translation>
    </message>
    <message>
        <location line="+10" />
        <source>กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท</source>
        <translation>กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท</translation>
    </message>
    <message>
        <location line="+4" />
        <source>กลุ่มที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>กลุ่มที่เลือกไม่ได้อยู่ในสำนักงานนี้</translation>
    </message>
    <message>
        <location line="+39" />
        <source>ไม่พบกลุ่มที่เลือก</source>
        <translation>ไม่พบกลุ่มที่เลือก</translation>
    </message>
    <message>
        <location line="+8" />
        <source>กลุ่มงาน {name}</source>
        <translation>กลุ่มงาน {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อกลุ่มงาน</source>
        <translation>ชื่อกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+67" />
        <source>“{name}” มีประวัติการทำงานในระบบแล้ว จึงลบไม่ได้ — ให้บันทึกว่าพ้นจากสำนักงานแล้วแทน (แก้ไขข้อมูล แล้วเอาเครื่องหมาย “ยังปฏิบัติงานอยู่ในสำนักงาน” ออก) ประวัติจะยังแสดงชื่อเดิม</source>
        <translation>“{name}” มีประวัติการทำงานในระบบแล้ว จึงลบไม่ได้ — ให้บันทึกว่าพ้นจากสำนักงานแล้วแทน (แก้ไขข้อมูล แล้วเอาเครื่องหมาย “ยังปฏิบัติงานอยู่ในสำนักงาน” ออก) ประวัติจะยังแสดงชื่อเดิม</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../mk3desk/ui/models/people_model.py" line="+28" />
        <source>ผู้รับผิดชอบตัวชี้วัด</source>
        <translation>ผู้รับผิดชอบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการตรวจสอบ</source>
        <translation>กรรมการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงาน</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้บริหาร</source>
        <translation>ผู้บริหาร</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ดูข้อมูลอย่างเดียว</source>
        <translation>ดูข้อมูลอย่างเดียว</translation>
    </message>
    <message>
        <location line="+12" />
        <source>(สำรอง) {text}</source>
        <translation>(สำรอง) {text}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{text} — เลยกำหนด</source>
        <translation>{text} — เลยกำหนด</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ชื่อ-นามสกุล</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่ง</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กลุ่มงาน</source>
        <translation>กลุ่มงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บทบาท</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับผิดชอบหลัก</source>
        <translation>รับผิดชอบหลัก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สำรอง</source>
        <translation>สำรอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลยกำหนด</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(พ้นจากสำนักงานแล้ว)</source>
        <translation>(พ้นจากสำนักงานแล้ว)</translation>
    </message>
    <message>
        <location line="+49" />
        <source>พ้นจากสำนักงานแล้ว: ยังแสดงในรายชื่อเพราะประวัติและเอกสารใช้ชื่อนี้</source>
        <translation>พ้นจากสำนักงานแล้ว: ยังแสดงในรายชื่อเพราะประวัติและเอกสารใช้ชื่อนี้</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../mk3desk/ui/pages/people_page.py" line="+63" />
        <source>ค้นหา ชื่อ ตำแหน่ง กลุ่มงาน หรือตัวชี้วัด (Ctrl+F)</source>
        <translation>ค้นหา ชื่อ ตำแหน่ง กลุ่มงาน หรือตัวชี้วัด (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>เพิ่มบุคลากร…</source>
        <translation>เพิ่มบุคลากร…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อมูล…</source>
        <translation>แก้ไขข้อมูล…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบบุคลากร…</source>
        <translation>ลบบุคลากร…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ลบผู้ที่เพิ่มไว้ผิด (ยังไม่มีงานในระบบ) — ผู้ที่ย้ายหรือเกษียณ ให้บันทึกว่าพ้นจากสำนักงานแล้วแทน</source>
        <translation>ลบผู้ที่เพิ่มไว้ผิด (ยังไม่มีงานในระบบ) — ผู้ที่ย้ายหรือเกษียณ ให้บันทึกว่าพ้นจากสำนักงานแล้วแทน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เพิ่มกลุ่มงาน…</source>
        <translation>เพิ่มกลุ่มงาน…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปลี่ยนชื่อกลุ่มงาน…</source>
        <translation>เปลี่ยนชื่อกลุ่มงาน…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ยกย่องชมเชย…</source>
        <translation>ยกย่องชมเชย…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>บุคลากรและกลุ่มงาน</source>
        <translation>บุคลากรและกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>กำหนดผู้รับผิดชอบและกำหนดส่ง…</source>
        <translation>กำหนดผู้รับผิดชอบและกำหนดส่ง…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ผู้รับผิดชอบตัวชี้วัด</source>
        <translation>ผู้รับผิดชอบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+99" />
        <source>เลือกบุคลากรเพื่อดูภาระงานตัวชี้วัดของปีนี้</source>
        <translation>เลือกบุคลากรเพื่อดูภาระงานตัวชี้วัดของปีนี้</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name}: ยังไม่ได้รับมอบหมายตัวชี้วัดในปีนี้</source>
        <translation>{name}: ยังไม่ได้รับมอบหมายตัวชี้วัดในปีนี้</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name}: รับผิดชอบหลัก {owned} · สำรอง {backup} · ยังไม่ส่ง {open} · เลยกำหนด {late}</source>
        <translation>{name}: รับผิดชอบหลัก {owned} · สำรอง {backup} · ยังไม่ส่ง {open} · เลยกำหนด {late}</translation>
    </message>
    <message>
        <location line="+88" />
        <source>เพิ่มกลุ่มงาน</source>
        <translation>เพิ่มกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ชื่อกลุ่มงาน</source>
        <translation>ชื่อกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+10" />
        <source>เปลี่ยนชื่อกลุ่มงาน</source>
        <translation>เปลี่ยนชื่อกลุ่มงาน</translation>
    </message>
    <message>
        <location line="-9" />
        <source>กลุ่มงาน</source>
        <translation>กลุ่มงาน</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ชื่อใหม่</source>
        <translation>ชื่อใหม่</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/people_delete.py" line="+31" />
        <source>ลบ “{name}” ออกจากรายชื่อบุคลากรหรือไม่?

ลบแล้วเรียกคืนไม่ได้</source>
        <translation>ลบ “{name}” ออกจากรายชื่อบุคลากรหรือไม่?

ลบแล้วเรียกคืนไม่ได้</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ลบ</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“{name}” มีประวัติการทำงานในระบบแล้ว (งานที่รับผิดชอบ ข้อความ หลักฐาน หรือบัญชีผู้ใช้) จึงลบไม่ได้ เพื่อให้ประวัติและเอกสารยังแสดงชื่อเดิม</source>
        <translation>“{name}” มีประวัติการทำงานในระบบแล้ว (งานที่รับผิดชอบ ข้อความ หลักฐาน หรือบัญชีผู้ใช้) จึงลบไม่ได้ เพื่อให้ประวัติและเอกสารยังแสดงชื่อเดิม</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+23" />
        <source>ลบบุคลากร</source>
        <translation>ลบบุคลากร</translation>
    </message>
    <message>
        <location line="-22" />
        <source>บันทึกไว้แล้วว่าพ้นจากสำนักงาน</source>
        <translation>บันทึกไว้แล้วว่าพ้นจากสำนักงาน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>บันทึกว่า “{name}” พ้นจากสำนักงานแล้วแทนหรือไม่?</source>
        <translation>บันทึกว่า “{name}” พ้นจากสำนักงานแล้วแทนหรือไม่?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกว่าพ้นจากสำนักงานแล้ว</source>
        <translation>บันทึกว่าพ้นจากสำนักงานแล้ว</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ยกเลิก</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/people_dialogs.py" line="-117" />
        <source>ดูข้อมูลอย่างเดียว</source>
        <translation>ดูข้อมูลอย่างเดียว</translation>
    </message>
    <message>
        <location line="+10" />
        <source>— ไม่สังกัดกลุ่ม —</source>
        <translation>— ไม่สังกัดกลุ่ม —</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เพิ่มบุคลากร</source>
        <translation>เพิ่มบุคลากร</translation>
    </message>
    <message>
        <location line="+3" />
        <source>แก้ไขข้อมูลบุคลากร</source>
        <translation>แก้ไขข้อมูลบุคลากร</translation>
    </message>
    <message>
        <location filename="../forms/person_dialog.ui" line="+14" />
        <source>ข้อมูลบุคลากร</source>
        <translation>ข้อมูลบุคลากร</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ชื่อ-นามสกุล (พร้อมคำนำหน้า)</source>
        <translation>ชื่อ-นามสกุล (พร้อมคำนำหน้า)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>เช่น นางสาวสมศรี ใจดี</source>
        <translation>เช่น นางสาวสมศรี ใจดี</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ตำแหน่ง</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ตำแหน่งที่พิมพ์ใต้ลายมือชื่อ</source>
        <translation>ตำแหน่งที่พิมพ์ใต้ลายมือชื่อ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>กลุ่มงาน</source>
        <translation>กลุ่มงาน</translation>
    </message>
    <message>
        <location line="+15" />
        <source>บทบาทในงานตัวชี้วัด</source>
        <translation>บทบาทในงานตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ผู้รับผิดชอบตัวชี้วัด (Key Man)</source>
        <translation>ผู้รับผิดชอบตัวชี้วัด (Key Man)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>กรรมการตรวจสอบ</source>
        <translation>กรรมการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ผู้ประสานงานตัวชี้วัด (ปิดระบบ/เปิดระบบได้)</source>
        <translation>ผู้ประสานงานตัวชี้วัด (ปิดระบบ/เปิดระบบได้)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ผู้บริหาร</source>
        <translation>ผู้บริหาร</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ยังปฏิบัติงานอยู่ในสำนักงาน</source>
        <translation>ยังปฏิบัติงานอยู่ในสำนักงาน</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/plan_panel.py" line="+59" />
        <source>เช่น ประชุมคณะทำงาน เดือนพฤศจิกายน; รวบรวมข้อมูล เดือนธันวาคม; ...</source>
        <translation>เช่น ประชุมคณะทำงาน เดือนพฤศจิกายน; รวบรวมข้อมูล เดือนธันวาคม; ...</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ผู้รับผิดชอบและกำหนดส่ง</source>
        <translation>ผู้รับผิดชอบและกำหนดส่ง</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ผู้รับผิดชอบตัวชี้วัด (Key Man)</source>
        <translation>ผู้รับผิดชอบตัวชี้วัด (Key Man)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>ผู้รับผิดชอบสำรอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่งงาน</source>
        <translation>กำหนดส่งงาน</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เริ่มวางแผน</source>
        <translation>เริ่มวางแผน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>แผนพร้อมแล้ว — เริ่มดำเนินงาน (Do) →</source>
        <translation>แผนพร้อมแล้ว — เริ่มดำเนินงาน (Do) →</translation>
    </message>
    <message>
        <location line="+6" />
        <source>การวิเคราะห์ SWOT ของปี…</source>
        <translation>การวิเคราะห์ SWOT ของปี…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>กิจกรรมที่วางแผนไว้ (บันทึกอัตโนมัติขณะพิมพ์)</source>
        <translation>กิจกรรมที่วางแผนไว้ (บันทึกอัตโนมัติขณะพิมพ์)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>สิ่งที่ต้องมีก่อนเริ่มดำเนินงาน:</source>
        <translation>สิ่งที่ต้องมีก่อนเริ่มดำเนินงาน:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>— ยังไม่กำหนด —</source>
        <translation>— ยังไม่กำหนด —</translation>
    </message>
    <message>
        <location line="+27" />
        <source>แผนครบถ้วนแล้ว</source>
        <translation>แผนครบถ้วนแล้ว</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../mk3desk/services/progress.py" line="+33" />
        <source>ไม่พบปีงบประมาณรหัสภายใน {id}</source>
        <translation>ไม่พบปีงบประมาณรหัสภายใน {id}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../mk3desk/services/publishing.py" line="+42" />
        <source>เครื่องนี้ไม่มีโปรแกรม pdftoppm จึงทำไฟล์ภาพ PNG จากบรรทัดคำสั่งไม่ได้ — ใช้ปุ่ม “ภาพสรุปสำหรับเผยแพร่…” ในหน้าภาพรวมของโปรแกรมแทน (ไฟล์ PDF ทำได้ตามปกติ)</source>
        <translation>เครื่องนี้ไม่มีโปรแกรม pdftoppm จึงทำไฟล์ภาพ PNG จากบรรทัดคำสั่งไม่ได้ — ใช้ปุ่ม “ภาพสรุปสำหรับเผยแพร่…” ในหน้าภาพรวมของโปรแกรมแทน (ไฟล์ PDF ทำได้ตามปกติ)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ทำไฟล์ภาพ PNG ไม่สำเร็จ ({reason})</source>
        <translation>ทำไฟล์ภาพ PNG ไม่สำเร็จ ({reason})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>บันทึกไฟล์ภาพที่ {path} ไม่ได้ ({reason})</source>
        <translation>บันทึกไฟล์ภาพที่ {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/poster_image.py" line="+36" />
        <source>บันทึกไฟล์ภาพที่ {path} ไม่ได้</source>
        <translation>บันทึกไฟล์ภาพที่ {path} ไม่ได้</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../mk3desk/domain/readiness.py" line="+62" />
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
    <name>Recognition</name>
    <message>
        <location filename="../mk3desk/domain/recognition.py" line="+31" />
        <source>ยกย่องชมเชย</source>
        <translation>ยกย่องชมเชย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รางวัล</source>
        <translation>รางวัล</translation>
    </message>
    <message>
        <location line="+28" />
        <source>กรุณาเลือกผู้ได้รับการยกย่อง: บุคลากรหนึ่งคน หรือกลุ่มงานหนึ่งกลุ่ม</source>
        <translation>กรุณาเลือกผู้ได้รับการยกย่อง: บุคลากรหนึ่งคน หรือกลุ่มงานหนึ่งกลุ่ม</translation>
    </message>
    <message>
        <location line="+4" />
        <source>กรุณาระบุเหตุผลของการยกย่อง</source>
        <translation>กรุณาระบุเหตุผลของการยกย่อง</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เหตุผลยาวเกิน {limit} ตัวอักษร (มี {length}) — เกียรติบัตรพิมพ์ได้ราวสามบรรทัด</source>
        <translation>เหตุผลยาวเกิน {limit} ตัวอักษร (มี {length}) — เกียรติบัตรพิมพ์ได้ราวสามบรรทัด</translation>
    </message>
    <message>
        <location line="+7" />
        <source>กรุณาระบุชื่อรางวัล</source>
        <translation>กรุณาระบุชื่อรางวัล</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กรุณาระบุวันที่ยกย่อง</source>
        <translation>กรุณาระบุวันที่ยกย่อง</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ยังไม่ได้ระบุผู้ลงนามในเกียรติบัตร จึงยังไม่ออกเกียรติบัตร — ระบุชื่อผู้ลงนาม (หรือผู้อำนวยการในหน้าตั้งค่า) แล้วลองอีกครั้ง</source>
        <translation>ยังไม่ได้ระบุผู้ลงนามในเกียรติบัตร จึงยังไม่ออกเกียรติบัตร — ระบุชื่อผู้ลงนาม (หรือผู้อำนวยการในหน้าตั้งค่า) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+8" />
        <source>กรุณาระบุตำแหน่งของผู้ลงนามในเกียรติบัตร ({name})</source>
        <translation>กรุณาระบุตำแหน่งของผู้ลงนามในเกียรติบัตร ({name})</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/documents/recognition.py" line="+38" />
        <source>ยังไม่มีเกียรติบัตรที่ออกแล้วในปีงบประมาณ {year}</source>
        <translation>ยังไม่มีเกียรติบัตรที่ออกแล้วในปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>ปีงบประมาณ {year} ยังไม่มีตัวชี้วัด จึงยังทำภาพสรุปไม่ได้</source>
        <translation>ปีงบประมาณ {year} ยังไม่มีตัวชี้วัด จึงยังทำภาพสรุปไม่ได้</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/recognition/certificates.py" line="+48" />
        <source>กรุณาเลือกการยกย่องที่จะออกเกียรติบัตรอย่างน้อยหนึ่งรายการ</source>
        <translation>กรุณาเลือกการยกย่องที่จะออกเกียรติบัตรอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>กลุ่มงาน “{group}” ไม่มีบุคลากร จึงออกเกียรติบัตรให้ไม่ได้</source>
        <translation>กลุ่มงาน “{group}” ไม่มีบุคลากร จึงออกเกียรติบัตรให้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/recognition/save.py" line="+24" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</translation>
    </message>
    <message>
        <location line="+4" />
        <source>กลุ่มงานที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>กลุ่มงานที่เลือกไม่ได้อยู่ในสำนักงานนี้</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ไม่พบการยกย่องที่เลือกในปีงบประมาณ {year}</source>
        <translation>ไม่พบการยกย่องที่เลือกในปีงบประมาณ {year}</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recognition_dialog.py" line="+55" />
        <source>ยกย่องชมเชยและเกียรติบัตร</source>
        <translation>ยกย่องชมเชยและเกียรติบัตร</translation>
    </message>
    <message>
        <location line="+4" />
        <source>บันทึกการยกย่องหรือรางวัล</source>
        <translation>บันทึกการยกย่องหรือรางวัล</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เมื่อเป็นรางวัล เช่น รางวัลบุคลากรดีเด่น</source>
        <translation>เมื่อเป็นรางวัล เช่น รางวัลบุคลากรดีเด่น</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เช่น 20/9/2567</source>
        <translation>เช่น 20/9/2567</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการยกย่อง</source>
        <translation>บันทึกการยกย่อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประเภท</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ผู้ได้รับ (บุคลากรหรือกลุ่มงาน)</source>
        <translation>ผู้ได้รับ (บุคลากรหรือกลุ่มงาน)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+12" />
        <source>วันที่</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="-10" />
        <source>ชื่อรางวัล</source>
        <translation>ชื่อรางวัล</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+8" />
        <source>เหตุผล</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+35" />
        <source>ผู้ได้รับ</source>
        <translation>ผู้ได้รับ</translation>
    </message>
    <message>
        <location line="-35" />
        <source>รางวัล / ยกย่อง</source>
        <translation>รางวัล / ยกย่อง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกียรติบัตร</source>
        <translation>เกียรติบัตร</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ออกเกียรติบัตรให้รายการที่เลือก (หนึ่งหน้าต่อหนึ่งคน ลงทะเบียนเลขที่)</source>
        <translation>ออกเกียรติบัตรให้รายการที่เลือก (หนึ่งหน้าต่อหนึ่งคน ลงทะเบียนเลขที่)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ชื่อผู้ลงนาม</source>
        <translation>ชื่อผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตำแหน่งผู้ลงนาม</source>
        <translation>ตำแหน่งผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+2" />
        <source>วันนี้</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ออกเกียรติบัตร…</source>
        <translation>ออกเกียรติบัตร…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบรายการที่เลือก</source>
        <translation>ลบรายการที่เลือก</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>ผู้ลงนาม</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="-13" />
        <source>ตำแหน่ง</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+11" />
        <source>วันที่ให้ไว้</source>
        <translation>วันที่ให้ไว้</translation>
    </message>
    <message>
        <location line="-3" />
        <source>ทะเบียนเกียรติบัตร</source>
        <translation>ทะเบียนเกียรติบัตร</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เลขที่</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <location line="+4" />
        <source>พิมพ์เกียรติบัตรที่เลือกจากทะเบียน…</source>
        <translation>พิมพ์เกียรติบัตรที่เลือกจากทะเบียน…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งออกทะเบียนเป็น Excel…</source>
        <translation>ส่งออกทะเบียนเป็น Excel…</translation>
    </message>
    <message>
        <location line="+156" />
        <location line="+34" />
        <source>บันทึกเกียรติบัตร</source>
        <translation>บันทึกเกียรติบัตร</translation>
    </message>
    <message>
        <location line="-34" />
        <location line="+34" />
        <source>เกียรติบัตร.pdf</source>
        <translation>เกียรติบัตร.pdf</translation>
    </message>
    <message>
        <location line="-34" />
        <location line="+34" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>บันทึกเกียรติบัตรที่ {path} แล้ว</source>
        <translation>บันทึกเกียรติบัตรที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <location filename="../mk3desk/domain/reconcile.py" line="+122" />
        <source>หมวด {number}: ยังไม่ได้กรอกคะแนนทางการ ใช้คะแนนที่คำนวณได้ {computed} แทน</source>
        <translation>หมวด {number}: ยังไม่ได้กรอกคะแนนทางการ ใช้คะแนนที่คำนวณได้ {computed} แทน</translation>
    </message>
    <message>
        <location line="+49" />
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
        <location line="+50" />
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
    <name>RecordConflictDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/record_conflict_dialog.py" line="+47" />
        <source>มีผู้อื่นแก้ไขข้อมูลนี้ไปก่อน</source>
        <translation>มีผู้อื่นแก้ไขข้อมูลนี้ไปก่อน</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ข้อมูล</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ของคุณ (ยังไม่ได้บันทึก)</source>
        <translation>ของคุณ (ยังไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ที่บันทึกไว้แล้ว (ของผู้อื่น)</source>
        <translation>ที่บันทึกไว้แล้ว (ของผู้อื่น)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>“เก็บของฉัน” บันทึกค่าของคุณทับค่าที่บันทึกไว้ทุกช่องที่แสดง · “ใช้ของเขา” แสดงค่าที่บันทึกไว้ในแบบฟอร์ม ให้ตรวจดูแล้วแก้ไขต่อได้</source>
        <translation>“เก็บของฉัน” บันทึกค่าของคุณทับค่าที่บันทึกไว้ทุกช่องที่แสดง · “ใช้ของเขา” แสดงค่าที่บันทึกไว้ในแบบฟอร์ม ให้ตรวจดูแล้วแก้ไขต่อได้</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เก็บของฉัน</source>
        <translation>เก็บของฉัน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกค่าของคุณแทนค่าที่บันทึกไว้</source>
        <translation>บันทึกค่าของคุณแทนค่าที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ใช้ของเขา</source>
        <translation>ใช้ของเขา</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แสดงค่าที่บันทึกไว้ในแบบฟอร์มแทนค่าของคุณ</source>
        <translation>แสดงค่าที่บันทึกไว้ในแบบฟอร์มแทนค่าของคุณ</translation>
    </message>
</context>
<context>
    <name>RecordExcel</name>
    <message>
        <location filename="../mk3desk/ui/record_excel.py" line="+50" />
        <source>ส่งออก Excel…</source>
        <translation>ส่งออก Excel…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>นำเข้า Excel…</source>
        <translation>นำเข้า Excel…</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recovery_dialogs.py" line="+142" />
        <source>ลืมรหัสผ่านผู้ประสาน</source>
        <translation>ลืมรหัสผ่านผู้ประสาน</translation>
    </message>
    <message>
        <location line="+8" />
        <source>พิมพ์รหัสกู้คืนจากแผ่นที่เก็บในตู้นิรภัย (อักษรภาษาอังกฤษและตัวเลข 20 ตัว) เลือกบัญชีผู้ประสาน แล้วตั้งรหัสผ่านใหม่ รหัสกู้คืนจะใช้ได้ครั้งเดียว แล้วโปรแกรมจะแสดงรหัสใหม่ให้เก็บแทน</source>
        <translation>พิมพ์รหัสกู้คืนจากแผ่นที่เก็บในตู้นิรภัย (อักษรภาษาอังกฤษและตัวเลข 20 ตัว) เลือกบัญชีผู้ประสาน แล้วตั้งรหัสผ่านใหม่ รหัสกู้คืนจะใช้ได้ครั้งเดียว แล้วโปรแกรมจะแสดงรหัสใหม่ให้เก็บแทน</translation>
    </message>
    <message>
        <location line="+28" />
        <source>สำนักงานนี้ยังไม่มีรหัสกู้คืน — ผู้ประสานอีกคนรีเซ็ตรหัสผ่านให้ได้ที่หน้าบัญชีผู้ใช้</source>
        <translation>สำนักงานนี้ยังไม่มีรหัสกู้คืน — ผู้ประสานอีกคนรีเซ็ตรหัสผ่านให้ได้ที่หน้าบัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+64" />
        <source>ตั้งรหัสผ่านใหม่</source>
        <translation>ตั้งรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="-60" />
        <source>รหัสกู้คืน</source>
        <translation>รหัสกู้คืน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บัญชีผู้ประสาน</source>
        <translation>บัญชีผู้ประสาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่านใหม่</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์รหัสผ่านใหม่อีกครั้ง</source>
        <translation>พิมพ์รหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <location line="+21" />
        <source>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน — ยังไม่ได้เปลี่ยนอะไร</source>
        <translation>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน — ยังไม่ได้เปลี่ยนอะไร</translation>
    </message>
    <message>
        <location line="+34" />
        <source>รอ {seconds} วินาที</source>
        <translation>รอ {seconds} วินาที</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../mk3desk/services/recovery.py" line="+80" />
        <source>รหัสกู้คืนมีแต่อักษรภาษาอังกฤษและตัวเลข — โปรดเปลี่ยนแป้นพิมพ์เป็นภาษาอังกฤษแล้วพิมพ์ใหม่</source>
        <translation>รหัสกู้คืนมีแต่อักษรภาษาอังกฤษและตัวเลข — โปรดเปลี่ยนแป้นพิมพ์เป็นภาษาอังกฤษแล้วพิมพ์ใหม่</translation>
    </message>
    <message>
        <location line="+8" />
        <source>รหัสกู้คืนมี {length} ตัวอักษร (4 กลุ่ม กลุ่มละ 5 ตัว) — ที่พิมพ์มามี {typed} ตัว</source>
        <translation>รหัสกู้คืนมี {length} ตัวอักษร (4 กลุ่ม กลุ่มละ 5 ตัว) — ที่พิมพ์มามี {typed} ตัว</translation>
    </message>
    <message>
        <location line="+86" />
        <source>“{name}” ไม่ใช่บัญชีผู้ประสานที่ใช้งานได้ในสำนักงานนี้ — รหัสกู้คืนใช้กับบัญชีผู้ประสานเท่านั้น</source>
        <translation>“{name}” ไม่ใช่บัญชีผู้ประสานที่ใช้งานได้ในสำนักงานนี้ — รหัสกู้คืนใช้กับบัญชีผู้ประสานเท่านั้น</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ใส่รหัสผิดหลายครั้ง — โปรดรอ {seconds} วินาทีแล้วลองใหม่</source>
        <translation>ใส่รหัสผิดหลายครั้ง — โปรดรอ {seconds} วินาทีแล้วลองใหม่</translation>
    </message>
    <message>
        <location line="+10" />
        <source>สำนักงานนี้ยังไม่มีรหัสกู้คืน — ผู้ประสานอีกคนรีเซ็ตรหัสผ่านให้ได้ (หน้าบัญชีผู้ใช้) ถ้าไม่มี โปรดดูหัวข้อ “ลืมรหัสผ่าน” ในคู่มือ</source>
        <translation>สำนักงานนี้ยังไม่มีรหัสกู้คืน — ผู้ประสานอีกคนรีเซ็ตรหัสผ่านให้ได้ (หน้าบัญชีผู้ใช้) ถ้าไม่มี โปรดดูหัวข้อ “ลืมรหัสผ่าน” ในคู่มือ</translation>
    </message>
    <message>
        <location line="+18" />
        <source>รหัสกู้คืนไม่ถูกต้อง — ยังไม่ได้เปลี่ยนรหัสผ่าน</source>
        <translation>รหัสกู้คืนไม่ถูกต้อง — ยังไม่ได้เปลี่ยนรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recovery_dialogs.py" line="-193" />
        <source>รหัสกู้คืนรหัสผ่านผู้ประสาน</source>
        <translation>รหัสกู้คืนรหัสผ่านผู้ประสาน</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ใช้รหัสนี้ตั้งรหัสผ่านใหม่ให้ผู้ประสานเมื่อลืมรหัสผ่าน (หน้าเข้าสู่ระบบ → “ลืมรหัสผ่านผู้ประสาน?”) ใช้ได้ครั้งเดียว</source>
        <translation>ใช้รหัสนี้ตั้งรหัสผ่านใหม่ให้ผู้ประสานเมื่อลืมรหัสผ่าน (หน้าเข้าสู่ระบบ → “ลืมรหัสผ่านผู้ประสาน?”) ใช้ได้ครั้งเดียว</translation>
    </message>
    <message>
        <location line="+20" />
        <source>รหัสนี้แสดงครั้งเดียว โปรแกรมไม่ได้เก็บรหัสไว้ — โปรดพิมพ์หรือจดไว้ แล้วเก็บในตู้นิรภัยของสำนักงาน ใครมีรหัสนี้ก็ตั้งรหัสผ่านของผู้ประสานได้ อย่าถ่ายภาพหรือส่งทางไลน์/อีเมล</source>
        <translation>รหัสนี้แสดงครั้งเดียว โปรแกรมไม่ได้เก็บรหัสไว้ — โปรดพิมพ์หรือจดไว้ แล้วเก็บในตู้นิรภัยของสำนักงาน ใครมีรหัสนี้ก็ตั้งรหัสผ่านของผู้ประสานได้ อย่าถ่ายภาพหรือส่งทางไลน์/อีเมล</translation>
    </message>
    <message>
        <location line="+10" />
        <source>พิมพ์… (บันทึกเป็น PDF)</source>
        <translation>พิมพ์… (บันทึกเป็น PDF)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เก็บรหัสแล้ว ปิดหน้าต่าง</source>
        <translation>เก็บรหัสแล้ว ปิดหน้าต่าง</translation>
    </message>
    <message>
        <location line="+20" />
        <source>บันทึกแผ่นรหัสกู้คืนสำหรับพิมพ์</source>
        <translation>บันทึกแผ่นรหัสกู้คืนสำหรับพิมพ์</translation>
    </message>
    <message>
        <location line="+17" />
        <source>บันทึกไฟล์ไว้ที่ {path} — เปิดแล้วสั่งพิมพ์ จากนั้นลบไฟล์ทิ้ง</source>
        <translation>บันทึกไฟล์ไว้ที่ {path} — เปิดแล้วสั่งพิมพ์ จากนั้นลบไฟล์ทิ้ง</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recycle_dialog.py" line="+72" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงนำไฟล์กลับคืนหรือล้างถังขยะไม่ได้</source>
        <translation>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงนำไฟล์กลับคืนหรือล้างถังขยะไม่ได้</translation>
    </message>
    <message>
        <location line="+48" />
        <source>ล้างถังขยะ</source>
        <translation>ล้างถังขยะ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบไฟล์หลักฐาน {n} ไฟล์ในถังขยะอย่างถาวร? เมื่อลบแล้วจะนำกลับคืนไม่ได้</source>
        <translation>ลบไฟล์หลักฐาน {n} ไฟล์ในถังขยะอย่างถาวร? เมื่อลบแล้วจะนำกลับคืนไม่ได้</translation>
    </message>
    <message>
        <location filename="../forms/recycle_dialog.ui" line="+14" />
        <source>ถังขยะไฟล์หลักฐาน</source>
        <translation>ถังขยะไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์หลักฐานที่ย้ายไปถังขยะยังเก็บไว้จนกว่าจะล้างถังขยะ เลือกไฟล์แล้วกด “นำกลับคืน” เพื่อแนบกลับที่ตัวชี้วัดเดิม</source>
        <translation>ไฟล์หลักฐานที่ย้ายไปถังขยะยังเก็บไว้จนกว่าจะล้างถังขยะ เลือกไฟล์แล้วกด “นำกลับคืน” เพื่อแนบกลับที่ตัวชี้วัดเดิม</translation>
    </message>
    <message>
        <location line="+35" />
        <source>นำกลับคืน</source>
        <translation>นำกลับคืน</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ล้างถังขยะ…</source>
        <translation>ล้างถังขยะ…</translation>
    </message>
</context>
<context>
    <name>RecycleModel</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recycle_dialog.py" line="-81" />
        <source>{code} (ปี {year})</source>
        <translation>{code} (ปี {year})</translation>
    </message>
    <message>
        <location line="-10" />
        <source>ไฟล์</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบาย</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ขนาด</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ย้ายไปถังขยะเมื่อ</source>
        <translation>ย้ายไปถังขยะเมื่อ</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../mk3desk/reports/page.py" line="+180" />
        <source>บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason}) โปรดตรวจว่าโฟลเดอร์มีอยู่ เขียนได้ และไฟล์ไม่ได้เปิดค้างในโปรแกรมอื่น</source>
        <translation>บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason}) โปรดตรวจว่าโฟลเดอร์มีอยู่ เขียนได้ และไฟล์ไม่ได้เปิดค้างในโปรแกรมอื่น</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/documents/common.py" line="+291" />
        <source>ยังไม่ได้ระบุ{who} จึงเว้นบรรทัดชื่อไว้ให้ลงชื่อด้วยมือ</source>
        <translation>ยังไม่ได้ระบุ{who} จึงเว้นบรรทัดชื่อไว้ให้ลงชื่อด้วยมือ</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/documents/year.py" line="+21" />
        <source>ปีงบประมาณ {year} ยังไม่มีตัวชี้วัด จึงยังพิมพ์เอกสารไม่ได้ — สร้างปีงบประมาณจากแม่แบบกรอบการประเมินก่อน</source>
        <translation>ปีงบประมาณ {year} ยังไม่มีตัวชี้วัด จึงยังพิมพ์เอกสารไม่ได้ — สร้างปีงบประมาณจากแม่แบบกรอบการประเมินก่อน</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/documents/indicator_report.py" line="+249" />
        <source>ไม่พบผู้อำนวยการกลุ่มของผู้รับผิดชอบตัวชี้วัด {codes} จึงเว้นบรรทัดชื่อไว้ให้ลงชื่อด้วยมือ (กำหนดบทบาทผู้บริหารให้หัวหน้ากลุ่มที่หน้าบุคลากร)</source>
        <translation>ไม่พบผู้อำนวยการกลุ่มของผู้รับผิดชอบตัวชี้วัด {codes} จึงเว้นบรรทัดชื่อไว้ให้ลงชื่อด้วยมือ (กำหนดบทบาทผู้บริหารให้หัวหน้ากลุ่มที่หน้าบุคลากร)</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/documents/registry.py" line="+26" />
        <source>สรุปผลการประเมินประจำปี</source>
        <translation>สรุปผลการประเมินประจำปี</translation>
    </message>
    <message>
        <location line="+3" />
        <source>รายงานผลการดำเนินงานรายตัวชี้วัด</source>
        <translation>รายงานผลการดำเนินงานรายตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เล่มรายงานประจำปี</source>
        <translation>เล่มรายงานประจำปี</translation>
    </message>
    <message>
        <location line="+3" />
        <source>คำสั่งแต่งตั้งคณะกรรมการ</source>
        <translation>คำสั่งแต่งตั้งคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บัญชีมอบหมายงานและปฏิทินการดำเนินงาน</source>
        <translation>บัญชีมอบหมายงานและปฏิทินการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+4" />
        <source>รายงานการกำกับติดตามสำหรับผู้บริหาร</source>
        <translation>รายงานการกำกับติดตามสำหรับผู้บริหาร</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เอกสารผลงาน Best Practice</source>
        <translation>เอกสารผลงาน Best Practice</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ใบลงทะเบียนผู้เข้าร่วมประชุม/อบรม</source>
        <translation>ใบลงทะเบียนผู้เข้าร่วมประชุม/อบรม</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกการประชุม/รายงานการถอดบทเรียน</source>
        <translation>บันทึกการประชุม/รายงานการถอดบทเรียน</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ไม่รู้จักเอกสารชนิด “{key}” (ที่มี: {known})</source>
        <translation>ไม่รู้จักเอกสารชนิด “{key}” (ที่มี: {known})</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/reports_page.py" line="+322" />
        <source>บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason})</source>
        <translation>บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason})</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/reports/preview.py" line="-82" />
        <source>เปิดไฟล์ PDF {path} เพื่อแสดงตัวอย่างไม่ได้</source>
        <translation>เปิดไฟล์ PDF {path} เพื่อแสดงตัวอย่างไม่ได้</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/reports/printing.py" line="+63" />
        <source>เริ่มพิมพ์ที่ {printer} ไม่ได้</source>
        <translation>เริ่มพิมพ์ที่ {printer} ไม่ได้</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/documents/committee_order.py" line="+74" />
        <source>ยังไม่ได้กำหนดภาพตราครุฑของคำสั่ง จึงเว้นที่ว่างไว้ — เลือกภาพได้ที่หน้ารายงาน → คณะกรรมการและคำสั่ง… → ภาพตราครุฑ</source>
        <translation>ยังไม่ได้กำหนดภาพตราครุฑของคำสั่ง จึงเว้นที่ว่างไว้ — เลือกภาพได้ที่หน้ารายงาน → คณะกรรมการและคำสั่ง… → ภาพตราครุฑ</translation>
    </message>
    <message>
        <location line="+82" />
        <source>ยังไม่ได้ระบุผู้ลงนามในคำสั่ง จึงเว้นบรรทัดชื่อไว้ให้เขียนด้วยมือ</source>
        <translation>ยังไม่ได้ระบุผู้ลงนามในคำสั่ง จึงเว้นบรรทัดชื่อไว้ให้เขียนด้วยมือ</translation>
    </message>
    <message>
        <location line="+100" />
        <source>คำสั่งยังไม่ได้ระบุวันที่สั่ง จึงเว้นวันที่ไว้ให้เขียนด้วยมือ — ระบุได้ในหน้าคณะกรรมการ หรือ --date ในบรรทัดคำสั่ง</source>
        <translation>คำสั่งยังไม่ได้ระบุวันที่สั่ง จึงเว้นวันที่ไว้ให้เขียนด้วยมือ — ระบุได้ในหน้าคณะกรรมการ หรือ --date ในบรรทัดคำสั่ง</translation>
    </message>
    <message>
        <location line="+9" />
        <source>คำสั่งยังไม่มีเลขที่ จึงเว้นเลขที่ไว้ให้เขียนด้วยมือ</source>
        <translation>คำสั่งยังไม่มีเลขที่ จึงเว้นเลขที่ไว้ให้เขียนด้วยมือ</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/table_widths.py" line="+113" />
        <source>ตารางหนึ่งกว้างไม่พอสำหรับข้อความ: คอลัมน์ “{column}” ต้องกว้างอย่างน้อย {need} ซม. บางคำในคอลัมน์นี้จึงถูกตัดขึ้นบรรทัดใหม่กลางคำ</source>
        <translation>ตารางหนึ่งกว้างไม่พอสำหรับข้อความ: คอลัมน์ “{column}” ต้องกว้างอย่างน้อย {need} ซม. บางคำในคอลัมน์นี้จึงถูกตัดขึ้นบรรทัดใหม่กลางคำ</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/certificates.py" line="+143" />
        <source>ยังไม่ได้กำหนดภาพตราของสำนักงาน จึงเว้นที่ว่างไว้ในเกียรติบัตร — เลือกภาพได้ที่หน้ารายงาน → คณะกรรมการและคำสั่ง… → ภาพตราครุฑ</source>
        <translation>ยังไม่ได้กำหนดภาพตราของสำนักงาน จึงเว้นที่ว่างไว้ในเกียรติบัตร — เลือกภาพได้ที่หน้ารายงาน → คณะกรรมการและคำสั่ง… → ภาพตราครุฑ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/reports_page.py" line="-241" />
        <source>สร้างเอกสาร</source>
        <translation>สร้างเอกสาร</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกเป็น…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปิดด้วยโปรแกรมอ่าน PDF</source>
        <translation>เปิดด้วยโปรแกรมอ่าน PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อความ Best Practice…</source>
        <translation>แก้ไขข้อความ Best Practice…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ข้อความบรรยายแต่ละหัวข้อของเอกสารผลงาน Best Practice</source>
        <translation>ข้อความบรรยายแต่ละหัวข้อของเอกสารผลงาน Best Practice</translation>
    </message>
    <message>
        <location line="+19" />
        <source>เอกสาร</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="-31" />
        <source>ตัวชี้วัด</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+14" />
        <source>คณะกรรมการและคำสั่ง…</source>
        <translation>คณะกรรมการและคำสั่ง…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>คณะกรรมการของปี เลขที่และวันที่ของคำสั่ง กรรมการ หน้าที่ และภาพตราครุฑ</source>
        <translation>คณะกรรมการของปี เลขที่และวันที่ของคำสั่ง กรรมการ หน้าที่ และภาพตราครุฑ</translation>
    </message>
    <message>
        <location line="+83" />
        <source>ทุกตัวชี้วัด</source>
        <translation>ทุกตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+16" />
        <source>«{gone}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว — เลือก «{now}» แทน</source>
        <translation>«{gone}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว — เลือก «{now}» แทน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>«{gone}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว — ปีนี้ไม่มีรายการอื่นให้เลือก</source>
        <translation>«{gone}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว — ปีนี้ไม่มีรายการอื่นให้เลือก</translation>
    </message>
    <message>
        <location line="+22" />
        <source>ยังไม่ได้เลือกปีงบประมาณ</source>
        <translation>ยังไม่ได้เลือกปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+22" />
        <source>กำลังสร้าง {title}…</source>
        <translation>กำลังสร้าง {title}…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>สร้างเอกสารไม่สำเร็จ</source>
        <translation>สร้างเอกสารไม่สำเร็จ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>สร้างเอกสารแล้ว {pages} หน้า รหัสตรวจสอบ {code}</source>
        <translation>สร้างเอกสารแล้ว {pages} หน้า รหัสตรวจสอบ {code}</translation>
    </message>
    <message>
        <location line="+61" />
        <source>เอกสาร PDF</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ส่งพิมพ์แล้ว {pages} หน้า</source>
        <translation>ส่งพิมพ์แล้ว {pages} หน้า</translation>
    </message>
    <message>
        <location line="-55" />
        <source>บันทึกเอกสาร PDF</source>
        <translation>บันทึกเอกสาร PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>บันทึกที่ {path} แล้ว</source>
        <translation>บันทึกที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>ReportsPrint</name>
    <message>
        <location filename="../mk3desk/ui/reports/printing.py" line="+59" />
        <location line="+20" />
        <source>พิมพ์เอกสาร</source>
        <translation>พิมพ์เอกสาร</translation>
    </message>
    <message>
        <location line="-6" />
        <source>กำลังพิมพ์…</source>
        <translation>กำลังพิมพ์…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ยกเลิก</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+11" />
        <source>กำลังพิมพ์หน้าที่ {done} จาก {total}</source>
        <translation>กำลังพิมพ์หน้าที่ {done} จาก {total}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../mk3desk/services/restore.py" line="+56" />
        <source>ไม่พบข้อมูลสำรอง {path}</source>
        <translation>ไม่พบข้อมูลสำรอง {path}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไม่พบไฟล์ฐานข้อมูลในข้อมูลสำรอง {path}</source>
        <translation>ไม่พบไฟล์ฐานข้อมูลในข้อมูลสำรอง {path}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ข้อมูลสำรองนี้ใช้กู้คืนไม่ได้ ({problems}) — ไม่ได้เปลี่ยนแปลงข้อมูลใด</source>
        <translation>ข้อมูลสำรองนี้ใช้กู้คืนไม่ได้ ({problems}) — ไม่ได้เปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <location line="+31" />
        <source>คัดลอกข้อมูลสำรองไม่สำเร็จ: {reason} — ไม่ได้เปลี่ยนแปลงข้อมูลใด</source>
        <translation>คัดลอกข้อมูลสำรองไม่สำเร็จ: {reason} — ไม่ได้เปลี่ยนแปลงข้อมูลใด</translation>
    </message>
    <message>
        <location line="+40" />
        <source>ฐานข้อมูลนี้ยังเปิดใช้อยู่ในโปรแกรมอื่น ปิดโปรแกรม mk3desk ทุกหน้าต่างก่อนกู้คืน — ยังไม่ได้กู้คืน</source>
        <translation>ฐานข้อมูลนี้ยังเปิดใช้อยู่ในโปรแกรมอื่น ปิดโปรแกรม mk3desk ทุกหน้าต่างก่อนกู้คืน — ยังไม่ได้กู้คืน</translation>
    </message>
    <message>
        <location line="+25" />
        <source>ย้ายไฟล์ฐานข้อมูลเดิมไปเก็บไว้ไม่สำเร็จ: {reason} — ยังไม่ได้กู้คืน</source>
        <translation>ย้ายไฟล์ฐานข้อมูลเดิมไปเก็บไว้ไม่สำเร็จ: {reason} — ยังไม่ได้กู้คืน</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/restore_dialog.py" line="+41" />
        <source>สำรองเอง</source>
        <translation>สำรองเอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สำรองประจำวัน</source>
        <translation>สำรองประจำวัน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ก่อนรับงาน</source>
        <translation>ก่อนรับงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ก่อนสร้างปีงบประมาณ</source>
        <translation>ก่อนสร้างปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ก่อนกู้คืน</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ก่อนปรับรุ่นฐานข้อมูล</source>
        <translation>ก่อนปรับรุ่นฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{size} เมกะไบต์</source>
        <translation>{size} เมกะไบต์</translation>
    </message>
    <message>
        <location line="+11" />
        <source>กู้คืนจากข้อมูลสำรอง</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เลือกข้อมูลสำรองที่จะกู้คืน ข้อมูลปัจจุบันจะถูกเก็บไว้ข้างไฟล์เดิมพร้อมวันเวลา (ไม่ถูกลบ) แล้วโปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่</source>
        <translation>เลือกข้อมูลสำรองที่จะกู้คืน ข้อมูลปัจจุบันจะถูกเก็บไว้ข้างไฟล์เดิมพร้อมวันเวลา (ไม่ถูกลบ) แล้วโปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่</translation>
    </message>
    <message>
        <location line="+10" />
        <source>วันเวลา</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เหตุที่สำรอง</source>
        <translation>เหตุที่สำรอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สำนักงาน / ปีงบประมาณ</source>
        <translation>สำนักงาน / ปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์หลักฐาน</source>
        <translation>ไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ขนาด</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ยังไม่มีข้อมูลสำรองของฐานข้อมูลนี้</source>
        <translation>ยังไม่มีข้อมูลสำรองของฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กู้คืนข้อมูลสำรองที่เลือก…</source>
        <translation>กู้คืนข้อมูลสำรองที่เลือก…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ยืนยันการกู้คืน</source>
        <translation>ยืนยันการกู้คืน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กู้คืนข้อมูลสำรองเมื่อ {when} แทนข้อมูลปัจจุบัน?
งานที่บันทึกหลังจากนั้นจะไม่อยู่ในข้อมูลที่กู้คืน (ข้อมูลปัจจุบันเก็บไว้เป็นไฟล์แยกข้างไฟล์เดิม)</source>
        <translation>กู้คืนข้อมูลสำรองเมื่อ {when} แทนข้อมูลปัจจุบัน?
งานที่บันทึกหลังจากนั้นจะไม่อยู่ในข้อมูลที่กู้คืน (ข้อมูลปัจจุบันเก็บไว้เป็นไฟล์แยกข้างไฟล์เดิม)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>กู้คืนเรียบร้อย</source>
        <translation>กู้คืนเรียบร้อย</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กู้คืนข้อมูลสำรองเมื่อ {when} แล้ว
ข้อมูลเดิมเก็บไว้ที่ {aside}
โปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่</source>
        <translation>กู้คืนข้อมูลสำรองเมื่อ {when} แล้ว
ข้อมูลเดิมเก็บไว้ที่ {aside}
โปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <location filename="../mk3desk/domain/rights.py" line="+103" />
        <source>แก้ไขข้อมูลสำนักงาน การตั้งค่า และผู้ลงนาม</source>
        <translation>แก้ไขข้อมูลสำนักงาน การตั้งค่า และผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แก้ไขบุคลากรและกลุ่มงาน</source>
        <translation>แก้ไขบุคลากรและกลุ่มงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แต่งตั้งคณะกรรมการและแก้ไขคำสั่ง</source>
        <translation>แต่งตั้งคณะกรรมการและแก้ไขคำสั่ง</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยกย่องชมเชยและออกเกียรติบัตร</source>
        <translation>ยกย่องชมเชยและออกเกียรติบัตร</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บันทึกการประชุม อบรม และถอดบทเรียน</source>
        <translation>บันทึกการประชุม อบรม และถอดบทเรียน</translation>
    </message>
    <message>
        <location line="+3" />
        <source>บันทึกการวิเคราะห์ SWOT ของปีงบประมาณ</source>
        <translation>บันทึกการวิเคราะห์ SWOT ของปีงบประมาณ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จัดการบัญชีผู้ใช้</source>
        <translation>จัดการบัญชีผู้ใช้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตั้งสำนักงาน ปีงบประมาณ และกรอบตัวชี้วัด</source>
        <translation>ตั้งสำนักงาน ปีงบประมาณ และกรอบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>มอบหมายผู้รับผิดชอบตัวชี้วัด</source>
        <translation>มอบหมายผู้รับผิดชอบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกผลคะแนนทางการ</source>
        <translation>บันทึกผลคะแนนทางการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขแบบรายงาน Best Practice</source>
        <translation>แก้ไขแบบรายงาน Best Practice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ล้างถังหลักฐานที่ลบ</source>
        <translation>ล้างถังหลักฐานที่ลบ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สำรองข้อมูล</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กู้คืนข้อมูลจากข้อมูลสำรอง</source>
        <translation>กู้คืนข้อมูลจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ดูและส่งออกประวัติการแก้ไขทั้งหมด</source>
        <translation>ดูและส่งออกประวัติการแก้ไขทั้งหมด</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกการวางแผน (Plan)</source>
        <translation>บันทึกการวางแผน (Plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการดำเนินงาน (Do)</source>
        <translation>บันทึกการดำเนินงาน (Do)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกผลตามเกณฑ์</source>
        <translation>บันทึกผลตามเกณฑ์</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกค่าผลการดำเนินงาน</source>
        <translation>บันทึกค่าผลการดำเนินงาน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เพิ่มหรือลบไฟล์หลักฐาน</source>
        <translation>เพิ่มหรือลบไฟล์หลักฐาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการปรับปรุง (Act)</source>
        <translation>บันทึกการปรับปรุง (Act)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกของคณะกรรมการ (Check)</source>
        <translation>บันทึกของคณะกรรมการ (Check)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เริ่มวางแผนหรือดำเนินงาน</source>
        <translation>เริ่มวางแผนหรือดำเนินงาน</translation>
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
        <location line="+2" />
        <source>รับรองผลการตรวจสอบ</source>
        <translation>รับรองผลการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ปิดระบบตัวชี้วัด</source>
        <translation>ปิดระบบตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปิดระบบอีกครั้ง</source>
        <translation>เปิดระบบอีกครั้ง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สะท้อนผล</source>
        <translation>สะท้อนผล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าบุคลากรจาก Excel</source>
        <translation>นำเข้าบุคลากรจาก Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าการมอบหมายจาก Excel</source>
        <translation>นำเข้าการมอบหมายจาก Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้ากรอบตัวชี้วัดจาก Excel</source>
        <translation>นำเข้ากรอบตัวชี้วัดจาก Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าผลคะแนนทางการจาก Excel</source>
        <translation>นำเข้าผลคะแนนทางการจาก Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าค่าผลการดำเนินงานจาก Excel</source>
        <translation>นำเข้าค่าผลการดำเนินงานจาก Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งออกชุดงานตัวชี้วัด</source>
        <translation>ส่งออกชุดงานตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งออกชุดตั้งค่าสำนักงาน</source>
        <translation>ส่งออกชุดตั้งค่าสำนักงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับชุดข้อมูลเข้าฐานข้อมูล</source>
        <translation>รับชุดข้อมูลเข้าฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+108" />
        <source>ผู้ใช้นี้ดูข้อมูลได้อย่างเดียว จึง{action}ไม่ได้</source>
        <translation>ผู้ใช้นี้ดูข้อมูลได้อย่างเดียว จึง{action}ไม่ได้</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{action}ตัวชี้วัดที่ตนเองรับผิดชอบหรือเป็นผู้รับผิดชอบร่วมไม่ได้ (แบ่งแยกหน้าที่) — ให้ผู้อื่นทำ หรือให้ผู้ประสานอนุญาตในการตั้งค่าสำหรับสำนักงานขนาดเล็ก</source>
        <translation>{action}ตัวชี้วัดที่ตนเองรับผิดชอบหรือเป็นผู้รับผิดชอบร่วมไม่ได้ (แบ่งแยกหน้าที่) — ให้ผู้อื่นทำ หรือให้ผู้ประสานอนุญาตในการตั้งค่าสำหรับสำนักงานขนาดเล็ก</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ผู้ใช้นี้ไม่มีสิทธิ์{action} — ไม่ได้เป็นกรรมการในคณะกรรมการดำเนินงานของปีงบประมาณนี้ (ผู้ตรวจสอบตัวชี้วัดคือกรรมการในคณะนี้ บทบาท “กรรมการตรวจสอบ” อย่างเดียวไม่พอ)</source>
        <translation>ผู้ใช้นี้ไม่มีสิทธิ์{action} — ไม่ได้เป็นกรรมการในคณะกรรมการดำเนินงานของปีงบประมาณนี้ (ผู้ตรวจสอบตัวชี้วัดคือกรรมการในคณะนี้ บทบาท “กรรมการตรวจสอบ” อย่างเดียวไม่พอ)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ผู้ใช้นี้ไม่มีสิทธิ์{action}</source>
        <translation>ผู้ใช้นี้ไม่มีสิทธิ์{action}</translation>
    </message>
</context>
<context>
    <name>Saved</name>
    <message>
        <location filename="../mk3desk/ui/saved.py" line="+25" />
        <source>เปิดโฟลเดอร์ไม่ได้</source>
        <translation>เปิดโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เครื่องนี้เปิดโฟลเดอร์ให้ไม่ได้ — ไฟล์อยู่ที่ {path}</source>
        <translation>เครื่องนี้เปิดโฟลเดอร์ให้ไม่ได้ — ไฟล์อยู่ที่ {path}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>บันทึกเรียบร้อย</source>
        <translation>บันทึกเรียบร้อย</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึก{what} เรียบร้อยแล้ว: {name}</source>
        <translation>บันทึก{what} เรียบร้อยแล้ว: {name}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>อยู่ในโฟลเดอร์ {folder}</source>
        <translation>อยู่ในโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เปิดโฟลเดอร์</source>
        <translation>เปิดโฟลเดอร์</translation>
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
        <location filename="../mk3desk/domain/workflow.py" line="+161" />
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
    <name>Server</name>
    <message>
        <location filename="../mk3desk/services/server.py" line="+64" />
        <source>{target} ไม่ใช่ที่อยู่เซิร์ฟเวอร์ — ใช้รูปแบบ postgresql+psycopg://ผู้ใช้@เครื่อง:5432/ฐานข้อมูล</source>
        <translation>{target} ไม่ใช่ที่อยู่เซิร์ฟเวอร์ — ใช้รูปแบบ postgresql+psycopg://ผู้ใช้@เครื่อง:5432/ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+40" />
        <source>ไม่พบไฟล์ฐานข้อมูล {path}</source>
        <translation>ไม่พบไฟล์ฐานข้อมูล {path}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>เซิร์ฟเวอร์มีข้อมูลของ {name} (รหัส {uid}) อยู่แล้ว จึงไม่ได้นำเข้าซ้ำ — ถ้าต้องการแทนที่ ให้สร้างฐานข้อมูลใหม่บนเซิร์ฟเวอร์แล้วนำเข้าอีกครั้ง</source>
        <translation>เซิร์ฟเวอร์มีข้อมูลของ {name} (รหัส {uid}) อยู่แล้ว จึงไม่ได้นำเข้าซ้ำ — ถ้าต้องการแทนที่ ให้สร้างฐานข้อมูลใหม่บนเซิร์ฟเวอร์แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เซิร์ฟเวอร์มีข้อมูลของ {names} อยู่แล้ว จึงไม่ได้นำเข้า — นำเข้าได้เฉพาะฐานข้อมูลที่ยังว่าง (ประวัติการแก้ไขเป็นห่วงโซ่เดียวทั้งฐานข้อมูล) โปรดสร้างฐานข้อมูลใหม่สำหรับไฟล์นี้</source>
        <translation>เซิร์ฟเวอร์มีข้อมูลของ {names} อยู่แล้ว จึงไม่ได้นำเข้า — นำเข้าได้เฉพาะฐานข้อมูลที่ยังว่าง (ประวัติการแก้ไขเป็นห่วงโซ่เดียวทั้งฐานข้อมูล) โปรดสร้างฐานข้อมูลใหม่สำหรับไฟล์นี้</translation>
    </message>
    <message>
        <location line="+26" />
        <source>มี {path} อยู่แล้ว — โปรดเลือกชื่อไฟล์ใหม่ (ไม่เขียนทับ)</source>
        <translation>มี {path} อยู่แล้ว — โปรดเลือกชื่อไฟล์ใหม่ (ไม่เขียนทับ)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/server_connection.py" line="+44" />
        <source>โปรดกรอกชื่อเครื่องเซิร์ฟเวอร์ ชื่อฐานข้อมูล และชื่อผู้ใช้ให้ครบ</source>
        <translation>โปรดกรอกชื่อเครื่องเซิร์ฟเวอร์ ชื่อฐานข้อมูล และชื่อผู้ใช้ให้ครบ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>หมายเลขพอร์ต {port} ใช้ไม่ได้ (1–65535)</source>
        <translation>หมายเลขพอร์ต {port} ใช้ไม่ได้ (1–65535)</translation>
    </message>
    <message>
        <location line="+115" />
        <source>โปรแกรมชุดนี้ไม่มีตัวเชื่อมต่อ PostgreSQL (psycopg) — ติดตั้งด้วย pip install ".[postgres]"</source>
        <translation>โปรแกรมชุดนี้ไม่มีตัวเชื่อมต่อ PostgreSQL (psycopg) — ติดตั้งด้วย pip install ".[postgres]"</translation>
    </message>
    <message>
        <location line="+18" />
        <source>เชื่อมต่อเซิร์ฟเวอร์ {place} ไม่ได้: {reason}</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ {place} ไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/server_dialog.py" line="+70" />
        <source>รหัสผ่านเซิร์ฟเวอร์</source>
        <translation>รหัสผ่านเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่านของ {place}</source>
        <translation>รหัสผ่านของ {place}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>เซิร์ฟเวอร์ของสำนักงาน</source>
        <translation>เซิร์ฟเวอร์ของสำนักงาน</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ใช้ฐานข้อมูลกลางบนเซิร์ฟเวอร์ PostgreSQL ของสำนักงาน แทนไฟล์บนเครื่องนี้ (ผู้ดูแลระบบเป็นผู้ติดตั้งและบอกค่าต่อไปนี้)</source>
        <translation>ใช้ฐานข้อมูลกลางบนเซิร์ฟเวอร์ PostgreSQL ของสำนักงาน แทนไฟล์บนเครื่องนี้ (ผู้ดูแลระบบเป็นผู้ติดตั้งและบอกค่าต่อไปนี้)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>เครื่องเซิร์ฟเวอร์</source>
        <translation>เครื่องเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พอร์ต</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อฐานข้อมูล</source>
        <translation>ชื่อฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อผู้ใช้ฐานข้อมูล</source>
        <translation>ชื่อผู้ใช้ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่าน</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>จำรหัสผ่านไว้ในที่เก็บรหัสผ่านของระบบ</source>
        <translation>จำรหัสผ่านไว้ในที่เก็บรหัสผ่านของระบบ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เครื่องนี้ไม่มีที่เก็บรหัสผ่านของระบบ — โปรแกรมจะถามรหัสผ่านทุกครั้งที่เปิด</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัสผ่านของระบบ — โปรแกรมจะถามรหัสผ่านทุกครั้งที่เปิด</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เปิดฐานข้อมูลบนเซิร์ฟเวอร์นี้ทุกครั้งที่เปิดโปรแกรม</source>
        <translation>เปิดฐานข้อมูลบนเซิร์ฟเวอร์นี้ทุกครั้งที่เปิดโปรแกรม</translation>
    </message>
    <message>
        <location line="+12" />
        <source>บันทึก</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ยกเลิก</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ทดสอบการเชื่อมต่อ</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+39" />
        <source>เชื่อมต่อได้ แต่ฐานข้อมูลยังว่าง — ให้ผู้ดูแลระบบสั่ง mk3desk server init แล้วย้ายข้อมูลขึ้นด้วย mk3desk server import</source>
        <translation>เชื่อมต่อได้ แต่ฐานข้อมูลยังว่าง — ให้ผู้ดูแลระบบสั่ง mk3desk server init แล้วย้ายข้อมูลขึ้นด้วย mk3desk server import</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เชื่อมต่อได้ — ฐานข้อมูลมี {offices}</source>
        <translation>เชื่อมต่อได้ — ฐานข้อมูลมี {offices}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เชื่อมต่อได้ — ฐานข้อมูลยังไม่มีสำนักงาน</source>
        <translation>เชื่อมต่อได้ — ฐานข้อมูลยังไม่มีสำนักงาน</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../mk3desk/ui/session_bar.py" line="+45" />
        <source>ออกจากระบบ / สลับผู้ใช้</source>
        <translation>ออกจากระบบ / สลับผู้ใช้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ล็อกหน้าจอ</source>
        <translation>ล็อกหน้าจอ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>สร้างบัญชีผู้ใช้…</source>
        <translation>สร้างบัญชีผู้ใช้…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ฐานข้อมูลนี้ยังไม่มีบัญชีผู้ใช้ ใครก็เลือกทำงานแทนผู้ใดก็ได้ — ผู้ประสานโปรดสร้างบัญชีให้บุคลากร แล้วโปรแกรมจะขอให้เข้าสู่ระบบ</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีบัญชีผู้ใช้ ใครก็เลือกทำงานแทนผู้ใดก็ได้ — ผู้ประสานโปรดสร้างบัญชีให้บุคลากร แล้วโปรแกรมจะขอให้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ผู้ใช้งาน</source>
        <translation>ผู้ใช้งาน</translation>
    </message>
    <message>
        <location line="+124" />
        <source>เข้าสู่ระบบเป็น: {name}</source>
        <translation>เข้าสู่ระบบเป็น: {name}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../mk3desk/services/settings.py" line="+78" />
        <source>ผู้อำนวยการ สพท. (ชื่อ)</source>
        <translation>ผู้อำนวยการ สพท. (ชื่อ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้อำนวยการ สพท. (ตำแหน่ง)</source>
        <translation>ผู้อำนวยการ สพท. (ตำแหน่ง)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รองผู้อำนวยการที่กำกับดูแล (ชื่อ)</source>
        <translation>รองผู้อำนวยการที่กำกับดูแล (ชื่อ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รองผู้อำนวยการที่กำกับดูแล (ตำแหน่ง)</source>
        <translation>รองผู้อำนวยการที่กำกับดูแล (ตำแหน่ง)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประธานคณะกรรมการ (ชื่อ)</source>
        <translation>ประธานคณะกรรมการ (ชื่อ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประธานคณะกรรมการ (ตำแหน่ง)</source>
        <translation>ประธานคณะกรรมการ (ตำแหน่ง)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงานตัวชี้วัด (ชื่อ)</source>
        <translation>ผู้ประสานงานตัวชี้วัด (ชื่อ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงานตัวชี้วัด (ตำแหน่ง)</source>
        <translation>ผู้ประสานงานตัวชี้วัด (ตำแหน่ง)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวเลขในเนื้อความ</source>
        <translation>ตัวเลขในเนื้อความ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แบบอักษรของรายงาน</source>
        <translation>แบบอักษรของรายงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อนุญาตให้ผู้รับผิดชอบตรวจสอบและปิดระบบตัวชี้วัดของตนเอง</source>
        <translation>อนุญาตให้ผู้รับผิดชอบตรวจสอบและปิดระบบตัวชี้วัดของตนเอง</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ล็อกหน้าจอเมื่อไม่มีการใช้งาน (นาที)</source>
        <translation>ล็อกหน้าจอเมื่อไม่มีการใช้งาน (นาที)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เลขไทย</source>
        <translation>เลขไทย</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลขอารบิก</source>
        <translation>เลขอารบิก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อนุญาต</source>
        <translation>อนุญาต</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่อนุญาต</source>
        <translation>ไม่อนุญาต</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sarabun (มากับโปรแกรม)</source>
        <translation>Sarabun (มากับโปรแกรม)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>การตั้งค่าของสำนักงาน</source>
        <translation>การตั้งค่าของสำนักงาน</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/settings_page.py" line="+104" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขข้อมูลสำนักงานและผู้ลงนามไม่ได้</source>
        <translation>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขข้อมูลสำนักงานและผู้ลงนามไม่ได้</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ข้อมูลสำนักงาน (พิมพ์ในรายงานทุกฉบับ)</source>
        <translation>ข้อมูลสำนักงาน (พิมพ์ในรายงานทุกฉบับ)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ชื่อสำนักงาน</source>
        <translation>ชื่อสำนักงาน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อย่อ</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จังหวัด / เขตพื้นที่</source>
        <translation>จังหวัด / เขตพื้นที่</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ที่อยู่</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ผู้ลงนามในรายงาน (เลือกจากบุคลากรหรือพิมพ์เอง)</source>
        <translation>ผู้ลงนามในรายงาน (เลือกจากบุคลากรหรือพิมพ์เอง)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผู้อำนวยการ สพท.</source>
        <translation>ผู้อำนวยการ สพท.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รองผู้อำนวยการที่กำกับดูแล</source>
        <translation>รองผู้อำนวยการที่กำกับดูแล</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประธานคณะกรรมการ</source>
        <translation>ประธานคณะกรรมการ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงานตัวชี้วัด</source>
        <translation>ผู้ประสานงานตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ตำแหน่ง</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ชื่อ-นามสกุล</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <location line="+12" />
        <source>การพิมพ์เอกสาร</source>
        <translation>การพิมพ์เอกสาร</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เลขไทย (๑ ๒ ๓)</source>
        <translation>เลขไทย (๑ ๒ ๓)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลขอารบิก (1 2 3)</source>
        <translation>เลขอารบิก (1 2 3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวเลขในเนื้อความ</source>
        <translation>ตัวเลขในเนื้อความ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แบบอักษรของรายงาน</source>
        <translation>แบบอักษรของรายงาน</translation>
    </message>
    <message>
        <location line="+4" />
        <source>บันทึกการตั้งค่า</source>
        <translation>บันทึกการตั้งค่า</translation>
    </message>
    <message>
        <location line="+97" />
        <source>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — จะอ่านข้อมูลใหม่เมื่อเชื่อมต่อได้</source>
        <translation>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — จะอ่านข้อมูลใหม่เมื่อเชื่อมต่อได้</translation>
    </message>
    <message>
        <location line="+108" />
        <source>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — ค่าที่พิมพ์ยังอยู่ จะบันทึกเมื่อเชื่อมต่อได้</source>
        <translation>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — ค่าที่พิมพ์ยังอยู่ จะบันทึกเมื่อเชื่อมต่อได้</translation>
    </message>
    <message>
        <location line="+32" />
        <source>ค่าตั้งในหน้าตั้งค่าที่แก้ไขระหว่างขาดการเชื่อมต่อเซิร์ฟเวอร์</source>
        <translation>ค่าตั้งในหน้าตั้งค่าที่แก้ไขระหว่างขาดการเชื่อมต่อเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/machine_settings.py" line="+58" />
        <source>การตั้งค่าเฉพาะเครื่องนี้</source>
        <translation>การตั้งค่าเฉพาะเครื่องนี้</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ภาษาของโปรแกรม</source>
        <translation>ภาษาของโปรแกรม</translation>
    </message>
    <message>
        <location line="+2" />
        <source>การเปลี่ยนภาษามีผลเมื่อเปิดโปรแกรมใหม่</source>
        <translation>การเปลี่ยนภาษามีผลเมื่อเปิดโปรแกรมใหม่</translation>
    </message>
    <message>
        <location line="+5" />
        <source>แบบอักษรบนหน้าจอ</source>
        <translation>แบบอักษรบนหน้าจอ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เลือกโฟลเดอร์…</source>
        <translation>เลือกโฟลเดอร์…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>โฟลเดอร์สำรองข้อมูล</source>
        <translation>โฟลเดอร์สำรองข้อมูล</translation>
    </message>
    <message>
        <location line="+2" />
        <source>สำรองข้อมูลเดี๋ยวนี้</source>
        <translation>สำรองข้อมูลเดี๋ยวนี้</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไฟล์ฐานข้อมูล</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เซิร์ฟเวอร์ของสำนักงาน…</source>
        <translation>เซิร์ฟเวอร์ของสำนักงาน…</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Sarabun (มากับโปรแกรม)</source>
        <translation>Sarabun (มากับโปรแกรม)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{font} (ไม่พบในเครื่องนี้)</source>
        <translation>{font} (ไม่พบในเครื่องนี้)</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/settings_page.py" line="-6" />
        <source>บันทึกแล้ว</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/machine_settings.py" line="+68" />
        <source>{font} (มากับโปรแกรม)</source>
        <translation>{font} (มากับโปรแกรม)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เซิร์ฟเวอร์ PostgreSQL</source>
        <translation>เซิร์ฟเวอร์ PostgreSQL</translation>
    </message>
    <message>
        <location line="+19" />
        <source>เครื่องนี้จะเปิดฐานข้อมูลบนเซิร์ฟเวอร์ {place} เมื่อเปิดโปรแกรมครั้งต่อไป</source>
        <translation>เครื่องนี้จะเปิดฐานข้อมูลบนเซิร์ฟเวอร์ {place} เมื่อเปิดโปรแกรมครั้งต่อไป</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เครื่องนี้จะเปิดไฟล์ฐานข้อมูลบนเครื่องเหมือนเดิม</source>
        <translation>เครื่องนี้จะเปิดไฟล์ฐานข้อมูลบนเครื่องเหมือนเดิม</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เลือกโฟลเดอร์สำรองข้อมูลก่อน</source>
        <translation>เลือกโฟลเดอร์สำรองข้อมูลก่อน</translation>
    </message>
    <message>
        <location line="+12" />
        <source>สำรองข้อมูลแล้วที่ {folder}</source>
        <translation>สำรองข้อมูลแล้วที่ {folder}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>เลือกโฟลเดอร์สำรองข้อมูล</source>
        <translation>เลือกโฟลเดอร์สำรองข้อมูล</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../mk3desk/ui/single_instance.py" line="-23" />
        <source>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine})
เพื่อป้องกันข้อมูลเสียหาย จะเปิดได้เฉพาะแบบดูอย่างเดียว (ดูและพิมพ์ได้ แก้ไขไม่ได้)
หากต้องการแก้ไข กรุณาปิดโปรแกรมอีกชุดหนึ่งก่อน</source>
        <translation>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine})
เพื่อป้องกันข้อมูลเสียหาย จะเปิดได้เฉพาะแบบดูอย่างเดียว (ดูและพิมพ์ได้ แก้ไขไม่ได้)
หากต้องการแก้ไข กรุณาปิดโปรแกรมอีกชุดหนึ่งก่อน</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ถ้าแน่ใจว่าเครื่อง {machine} ปิดไปแล้ว (เช่น เครื่องค้างหรือไฟดับ) ปลดล็อกเพื่อแก้ไขได้ — ถ้าเครื่องนั้นยังเปิดโปรแกรมอยู่ การปลดล็อกจะทำให้บันทึกทับกันและข้อมูลเสียหายได้</source>
        <translation>ถ้าแน่ใจว่าเครื่อง {machine} ปิดไปแล้ว (เช่น เครื่องค้างหรือไฟดับ) ปลดล็อกเพื่อแก้ไขได้ — ถ้าเครื่องนั้นยังเปิดโปรแกรมอยู่ การปลดล็อกจะทำให้บันทึกทับกันและข้อมูลเสียหายได้</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เปิดแบบดูอย่างเดียว</source>
        <translation>เปิดแบบดูอย่างเดียว</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ปลดล็อก (เครื่องนั้นปิดแล้ว)</source>
        <translation>ปลดล็อก (เครื่องนั้นปิดแล้ว)</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../mk3desk/domain/workflow.py" line="-133" />
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
    <name>Stepper</name>
    <message>
        <location filename="../mk3desk/ui/pdca/header.py" line="-113" />
        <source>1 วางแผน (Plan)</source>
        <translation>1 วางแผน (Plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 ดำเนินงาน (Do)</source>
        <translation>2 ดำเนินงาน (Do)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 ตรวจสอบ (Check)</source>
        <translation>3 ตรวจสอบ (Check)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 ปรับปรุง (Act)</source>
        <translation>4 ปรับปรุง (Act)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ประวัติการดำเนินการ</source>
        <translation>ประวัติการดำเนินการ</translation>
    </message>
    <message>
        <location line="+22" />
        <source>✓ ผ่านแล้ว</source>
        <translation>✓ ผ่านแล้ว</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● ขั้นปัจจุบัน</source>
        <translation>● ขั้นปัจจุบัน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ยังไม่ถึง</source>
        <translation>ยังไม่ถึง</translation>
    </message>
</context>
<context>
    <name>Swot</name>
    <message>
        <location filename="../mk3desk/domain/swot.py" line="+35" />
        <source>จุดแข็ง (Strengths)</source>
        <translation>จุดแข็ง (Strengths)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จุดอ่อน (Weaknesses)</source>
        <translation>จุดอ่อน (Weaknesses)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>โอกาส (Opportunities)</source>
        <translation>โอกาส (Opportunities)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อุปสรรค (Threats)</source>
        <translation>อุปสรรค (Threats)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>รายการ SWOT ต้องไม่เป็นข้อความว่าง</source>
        <translation>รายการ SWOT ต้องไม่เป็นข้อความว่าง</translation>
    </message>
    <message>
        <location line="+3" />
        <source>รายการ SWOT ยาว {length} ตัวอักษร เกินที่รับได้ ({limit}) — ย่อให้เหลือหนึ่งประเด็นสั้น ๆ</source>
        <translation>รายการ SWOT ยาว {length} ตัวอักษร เกินที่รับได้ ({limit}) — ย่อให้เหลือหนึ่งประเด็นสั้น ๆ</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{quadrant} มี {count} รายการ เกินที่รับได้ ({limit})</source>
        <translation>{quadrant} มี {count} รายการ เกินที่รับได้ ({limit})</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ระบุผู้ร่วมวิเคราะห์ SWOT อย่างน้อยหนึ่งราย (บุคลากร โรงเรียน หรือกลุ่มงาน)</source>
        <translation>ระบุผู้ร่วมวิเคราะห์ SWOT อย่างน้อยหนึ่งราย (บุคลากร โรงเรียน หรือกลุ่มงาน)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ระบุวันที่วิเคราะห์ SWOT</source>
        <translation>ระบุวันที่วิเคราะห์ SWOT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>วันที่วิเคราะห์ SWOT ต้องไม่เป็นวันในอนาคต</source>
        <translation>วันที่วิเคราะห์ SWOT ต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <location filename="../mk3desk/domain/swot_text.py" line="+90" />
        <source>บรรทัดที่ {line} “{text}” ไม่อยู่ใต้หัวข้อใด (จุดแข็ง: จุดอ่อน: โอกาส: อุปสรรค: ผู้ร่วมวิเคราะห์: หรือ วันที่วิเคราะห์:)</source>
        <translation>บรรทัดที่ {line} “{text}” ไม่อยู่ใต้หัวข้อใด (จุดแข็ง: จุดอ่อน: โอกาส: อุปสรรค: ผู้ร่วมวิเคราะห์: หรือ วันที่วิเคราะห์:)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/swot.py" line="+63" />
        <source>ผู้ร่วมวิเคราะห์</source>
        <translation>ผู้ร่วมวิเคราะห์</translation>
    </message>
    <message>
        <location line="+9" />
        <source>วันที่วิเคราะห์</source>
        <translation>วันที่วิเคราะห์</translation>
    </message>
    <message>
        <location line="+26" />
        <source>การวิเคราะห์ SWOT ปี {year}</source>
        <translation>การวิเคราะห์ SWOT ปี {year}</translation>
    </message>
</context>
<context>
    <name>SwotDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/swot_dialog.py" line="+50" />
        <source>การวิเคราะห์ SWOT ปีงบประมาณ {year}</source>
        <translation>การวิเคราะห์ SWOT ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ดูได้อย่างเดียว — ผู้ประสานเป็นผู้บันทึกการวิเคราะห์ SWOT ของปี</source>
        <translation>ดูได้อย่างเดียว — ผู้ประสานเป็นผู้บันทึกการวิเคราะห์ SWOT ของปี</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขไม่ได้</source>
        <translation>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขไม่ได้</translation>
    </message>
    <message>
        <location line="+10" />
        <source>หนึ่งข้อต่อหนึ่งบรรทัด</source>
        <translation>หนึ่งข้อต่อหนึ่งบรรทัด</translation>
    </message>
    <message>
        <location line="+11" />
        <source>หนึ่งรายต่อหนึ่งบรรทัด เช่น กลุ่มนโยบายและแผน, โรงเรียนบ้านหนองบัว</source>
        <translation>หนึ่งรายต่อหนึ่งบรรทัด เช่น กลุ่มนโยบายและแผน, โรงเรียนบ้านหนองบัว</translation>
    </message>
    <message>
        <location line="+10" />
        <source>วันที่วิเคราะห์</source>
        <translation>วันที่วิเคราะห์</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ร่วมวิเคราะห์</source>
        <translation>ผู้ร่วมวิเคราะห์</translation>
    </message>
    <message>
        <location line="+4" />
        <source>บันทึก</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+11" />
        <source>บันทึกการวิเคราะห์ SWOT ที่บันทึกไว้แล้วเป็นไฟล์ Excel</source>
        <translation>บันทึกการวิเคราะห์ SWOT ที่บันทึกไว้แล้วเป็นไฟล์ Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แทนที่การวิเคราะห์ SWOT ของปีด้วยไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)</source>
        <translation>แทนที่การวิเคราะห์ SWOT ของปีด้วยไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ปิด</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../mk3desk/domain/template.py" line="+98" />
        <source>เกณฑ์แบบ {type} </source>
        <translation>เกณฑ์แบบ {type} </translation>
    </message>
    <message>
        <location line="+30" />
        <source>รหัสเกณฑ์ {key}</source>
        <translation>รหัสเกณฑ์ {key}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ข้อแบบกระบวนการ (หมวด 1–6) </source>
        <translation>ข้อแบบกระบวนการ (หมวด 1–6) </translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัดผลลัพธ์ </source>
        <translation>ตัวชี้วัดผลลัพธ์ </translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัดลำดับที่ {index}</source>
        <translation>ตัวชี้วัดลำดับที่ {index}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ตัวชี้วัด {code}</source>
        <translation>ตัวชี้วัด {code}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>หมวดลำดับที่ {index}</source>
        <translation>หมวดลำดับที่ {index}</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+62" />
        <source>หมวด {number}</source>
        <translation>หมวด {number}</translation>
    </message>
    <message>
        <location line="-21" />
        <source>ระดับผลการประเมินลำดับที่ {index}</source>
        <translation>ระดับผลการประเมินลำดับที่ {index}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>รายการปรับคะแนนลำดับที่ {index}</source>
        <translation>รายการปรับคะแนนลำดับที่ {index}</translation>
    </message>
    <message>
        <location filename="../mk3desk/domain/template_reader.py" line="+26" />
        <source>{where} {detail}</source>
        <translation>{where} {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: {detail}</source>
        <translation>{where}: {detail}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ไม่มีช่อง "{field}" ซึ่งต้องระบุ</source>
        <translation>{where}: ไม่มีช่อง "{field}" ซึ่งต้องระบุ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ช่อง "{field}" ต้องไม่ว่าง</source>
        <translation>{where}: ช่อง "{field}" ต้องไม่ว่าง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ช่อง "{field}" ต้องเป็น{expected} (พบ{found})</source>
        <translation>{where}: ช่อง "{field}" ต้องเป็น{expected} (พบ{found})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ต้องเป็น{expected} (พบ{found})</source>
        <translation>{where}: ต้องเป็น{expected} (พบ{found})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ไม่รู้จักช่อง "{field}" (ช่องที่ใช้ได้: {allowed})</source>
        <translation>{where}: ไม่รู้จักช่อง "{field}" (ช่องที่ใช้ได้: {allowed})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ช่อง "{field}" ใช้ค่า "{value}" ไม่ได้ (ค่าที่ใช้ได้: {allowed})</source>
        <translation>{where}: ช่อง "{field}" ใช้ค่า "{value}" ไม่ได้ (ค่าที่ใช้ได้: {allowed})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: ช่อง "{field}" ต้องเป็นตัวเลข (พบ "{value}")</source>
        <translation>{where}: ช่อง "{field}" ต้องเป็นตัวเลข (พบ "{value}")</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ช่อง "{field}" เป็น float ซึ่งไม่แม่นยำ ให้ใช้ Decimal หรือข้อความ เช่น "4.50000"</source>
        <translation>{where}: ช่อง "{field}" เป็น float ซึ่งไม่แม่นยำ ให้ใช้ Decimal หรือข้อความ เช่น "4.50000"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: ช่อง "{field}" ต้องอยู่ระหว่าง {low} ถึง {high} (พบ {value})</source>
        <translation>{where}: ช่อง "{field}" ต้องอยู่ระหว่าง {low} ถึง {high} (พบ {value})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (พบ {value})</source>
        <translation>{where}: ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (พบ {value})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ไฟล์ใช้รูปแบบรุ่น {found} ซึ่งโปรแกรมนี้ไม่รองรับ (รองรับรุ่น {supported})</source>
        <translation>{where}: ไฟล์ใช้รูปแบบรุ่น {found} ซึ่งโปรแกรมนี้ไม่รองรับ (รองรับรุ่น {supported})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: {what}ใช้ช่อง "{field}" ไม่ได้</source>
        <translation>{where}: {what}ใช้ช่อง "{field}" ไม่ได้</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: {level} ต้องมีเกณฑ์อย่างน้อย 1 ข้อ</source>
        <translation>{where}: {level} ต้องมีเกณฑ์อย่างน้อย 1 ข้อ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: {what} ซ้ำกัน</source>
        <translation>{where}: {what} ซ้ำกัน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อ่านไฟล์ {file} ไม่ได้: {reason}</source>
        <translation>อ่านไฟล์ {file} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์ {file} ไม่ได้บันทึกเป็นข้อความ UTF-8</source>
        <translation>ไฟล์ {file} ไม่ได้บันทึกเป็นข้อความ UTF-8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where} บรรทัด {line}: รูปแบบ YAML ไม่ถูกต้อง ({problem})</source>
        <translation>{where} บรรทัด {line}: รูปแบบ YAML ไม่ถูกต้อง ({problem})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where} บรรทัด {line}: ชื่อช่อง "{field}" ซ้ำกัน</source>
        <translation>{where} บรรทัด {line}: ชื่อช่อง "{field}" ซ้ำกัน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where} บรรทัด {line}: ตัวเลข "{value}" ใช้ไม่ได้ (ใช้เลขฐานสิบ เช่น 4.50000)</source>
        <translation>{where} บรรทัด {line}: ตัวเลข "{value}" ใช้ไม่ได้ (ใช้เลขฐานสิบ เช่น 4.50000)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ข้อความ</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จำนวนเต็ม</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวเลข</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รายการ (list)</source>
        <translation>รายการ (list)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชุดข้อมูลแบบ "ชื่อช่อง: ค่า" (mapping)</source>
        <translation>ชุดข้อมูลแบบ "ชื่อช่อง: ค่า" (mapping)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าว่าง</source>
        <translation>ค่าว่าง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าจริง/เท็จ</source>
        <translation>ค่าจริง/เท็จ</translation>
    </message>
    <message>
        <location line="+77" />
        <source>ไฟล์ {file}</source>
        <translation>ไฟล์ {file}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรอบการประเมิน</source>
        <translation>กรอบการประเมิน</translation>
    </message>
</context>
<context>
    <name>TextConflictDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/text_conflict_dialog.py" line="+40" />
        <source>มีผู้อื่นแก้ไขข้อความนี้ไปก่อน</source>
        <translation>มีผู้อื่นแก้ไขข้อความนี้ไปก่อน</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ข้อความที่ไม่ได้เลือกจะคัดลอกไว้ในคลิปบอร์ด (วางกลับได้ด้วย Ctrl+V) และหากเลือก “ใช้ของเขา” กด Ctrl+Z ในช่องพิมพ์เพื่อเอาข้อความของคุณกลับมาได้</source>
        <translation>ข้อความที่ไม่ได้เลือกจะคัดลอกไว้ในคลิปบอร์ด (วางกลับได้ด้วย Ctrl+V) และหากเลือก “ใช้ของเขา” กด Ctrl+Z ในช่องพิมพ์เพื่อเอาข้อความของคุณกลับมาได้</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เก็บของฉัน</source>
        <translation>เก็บของฉัน</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกข้อความของคุณแทนข้อความที่บันทึกไว้</source>
        <translation>บันทึกข้อความของคุณแทนข้อความที่บันทึกไว้</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ใช้ของเขา</source>
        <translation>ใช้ของเขา</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แสดงข้อความที่บันทึกไว้ในช่องพิมพ์แทนข้อความของคุณ</source>
        <translation>แสดงข้อความที่บันทึกไว้ในช่องพิมพ์แทนข้อความของคุณ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ข้อความของคุณ (ยังไม่ได้บันทึก)</source>
        <translation>ข้อความของคุณ (ยังไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อความที่บันทึกไว้แล้ว (ของผู้อื่น)</source>
        <translation>ข้อความที่บันทึกไว้แล้ว (ของผู้อื่น)</translation>
    </message>
</context>
<context>
    <name>ThaiCalendar</name>
    <message>
        <location filename="../mk3desk/ui/widgets/thai_date_edit.py" line="+66" />
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
        <location filename="../mk3desk/domain/thainum.py" line="+167" />
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
    <name>Values</name>
    <message>
        <location filename="../mk3desk/domain/values.py" line="+52" />
        <source>ตัวเลขยาว {length} ตัวอักษร เกินกว่าที่รับได้ ({limit} ตัวอักษร)</source>
        <translation>ตัวเลขยาว {length} ตัวอักษร เกินกว่าที่รับได้ ({limit} ตัวอักษร)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวเลขมีหลักมากเกินไป: รับได้ไม่เกิน {digits} หลักก่อนจุดทศนิยม และไม่เกิน {decimals} ตำแหน่งหลังจุดทศนิยม</source>
        <translation>ตัวเลขมีหลักมากเกินไป: รับได้ไม่เกิน {digits} หลักก่อนจุดทศนิยม และไม่เกิน {decimals} ตำแหน่งหลังจุดทศนิยม</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ค่าต้องเป็นตัวเลข</source>
        <translation>ค่าต้องเป็นตัวเลข</translation>
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
        <location line="+131" />
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
    <name>WhatIfModel</name>
    <message>
        <location filename="../mk3desk/ui/pages/dashboard_page.py" line="-239" />
        <source>{code} {title}: {what} → คะแนนรวม {total} (+{gain})</source>
        <translation>{code} {title}: {what} → คะแนนรวม {total} (+{gain})</translation>
    </message>
</context>
<context>
    <name>WorkPicker</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/work_picker.py" line="+33" />
        <source>เลือกตัวชี้วัดที่จะส่ง</source>
        <translation>เลือกตัวชี้วัดที่จะส่ง</translation>
    </message>
    <message>
        <location line="+12" />
        <source>เฉพาะของฉัน</source>
        <translation>เฉพาะของฉัน</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลือกทั้งหมด</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่เลือกเลย</source>
        <translation>ไม่เลือกเลย</translation>
    </message>
    <message>
        <location line="+41" />
        <source>เลือกแล้ว {count} ตัวชี้วัด</source>
        <translation>เลือกแล้ว {count} ตัวชี้วัด</translation>
    </message>
</context>
<context>
    <name>WorkScreen</name>
    <message>
        <location filename="../mk3desk/ui/pdca/common.py" line="+70" />
        <location line="+17" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งใช้อยู่) จึงแก้ไขไม่ได้</source>
        <translation>เปิดฐานข้อมูลแบบดูอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งใช้อยู่) จึงแก้ไขไม่ได้</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ยังไม่ได้มอบหมายผู้รับผิดชอบตัวชี้วัดนี้ — ผู้ประสานงานกำหนดผู้รับผิดชอบได้ที่ด้านบน หรือที่หน้าบุคลากรและผู้รับผิดชอบ</source>
        <translation>ยังไม่ได้มอบหมายผู้รับผิดชอบตัวชี้วัดนี้ — ผู้ประสานงานกำหนดผู้รับผิดชอบได้ที่ด้านบน หรือที่หน้าบุคลากรและผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pdca/work_screen.py" line="+213" />
        <source>ตัวชี้วัด {code}</source>
        <translation>ตัวชี้วัด {code}</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../mk3desk/domain/workflow.py" line="+75" />
        <source>เปลี่ยนสถานะจาก “{source}” เป็น “{target}” ไม่ได้ตามขั้นตอน PDCA</source>
        <translation>เปลี่ยนสถานะจาก “{source}” เป็น “{target}” ไม่ได้ตามขั้นตอน PDCA</translation>
    </message>
    <message>
        <location line="+14" />
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
        <location filename="../mk3desk/services/workflow.py" line="+70" />
        <source>[ทำกับตัวชี้วัดที่ตนเป็น{relation} — สำนักงานอนุญาตในการตั้งค่า]</source>
        <translation>[ทำกับตัวชี้วัดที่ตนเป็น{relation} — สำนักงานอนุญาตในการตั้งค่า]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ผู้รับผิดชอบหลัก</source>
        <translation>ผู้รับผิดชอบหลัก</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>ผู้รับผิดชอบสำรอง</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการตรวจสอบ</source>
        <translation>กรรมการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัด {code} ไม่ได้อยู่ในขั้น “{expected}” แล้ว แต่อยู่ในขั้น “{now}”{by} จึงยังไม่ได้ย้ายไปขั้น “{target}” — โปรดดูสถานะล่าสุดแล้วทำอีกครั้ง</source>
        <translation>ตัวชี้วัด {code} ไม่ได้อยู่ในขั้น “{expected}” แล้ว แต่อยู่ในขั้น “{now}”{by} จึงยังไม่ได้ย้ายไปขั้น “{target}” — โปรดดูสถานะล่าสุดแล้วทำอีกครั้ง</translation>
    </message>
    <message>
        <location line="+5" />
        <source> ({name} ย้ายเมื่อ {when})</source>
        <translation> ({name} ย้ายเมื่อ {when})</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ตัวชี้วัด {code} ยังไปขั้น “{target}” ไม่ได้ ยังขาด: {needs}</source>
        <translation>ตัวชี้วัด {code} ยังไปขั้น “{target}” ไม่ได้ ยังขาด: {needs}</translation>
    </message>
</context>
</TS>
