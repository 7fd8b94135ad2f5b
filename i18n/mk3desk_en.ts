<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="th_TH">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../forms/about_dialog.ui" line="+14" />
        <source>เกี่ยวกับโปรแกรม</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>ESAO Indicator Management System</translation>
    </message>
    <message>
        <location line="+7" />
        <source>วางแผน ดำเนินงาน ตรวจสอบ และปรับปรุงตัวชี้วัด PMQA 4.0 ของสำนักงานเขตพื้นที่การศึกษา คิดคะแนนตามเกณฑ์ของ สพฐ. และพิมพ์เอกสารภาษาไทย</source>
        <translation>Plan, do, check and act on the PMQA 4.0 indicators of an Educational Service Area Office, compute the score by OBEC criteria, and print Thai documents</translation>
    </message>
    <message>
        <location line="+10" />
        <source>รุ่น</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+7" />
        <source>แบบอักษร Sarabun โดย Cadson Demak ใช้ภายใต้สัญญาอนุญาต SIL Open Font License 1.1</source>
        <translation>Sarabun font by Cadson Demak, used under the SIL Open Font License 1.1</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/dialogs/about_dialog.py" line="+16" />
        <source>รุ่น {version}</source>
        <translation>Version {version}</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../mk3desk/services/accounts.py" line="+94" />
        <source>รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร</source>
        <translation>The password must be at least {length} characters long</translation>
    </message>
    <message>
        <location line="+9" />
        <source>กรุณาระบุชื่อผู้ใช้ (ไม่มีช่องว่าง)</source>
        <translation>Please enter a user name (without spaces)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>มีชื่อผู้ใช้ “{name}” ในสำนักงานนี้แล้ว — โปรดเลือกชื่ออื่น</source>
        <translation>The user name “{name}” is already used in this office — please choose another</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{person} มีบัญชีผู้ใช้อยู่แล้ว</source>
        <translation>{person} already has an account</translation>
    </message>
    <message>
        <location line="+43" />
        <source>ไม่พบบัญชีผู้ใช้ที่เลือก</source>
        <translation>The selected account was not found</translation>
    </message>
    <message>
        <location line="+15" />
        <source>นี่คือผู้ประสานคนสุดท้ายที่เข้าสู่ระบบได้ — สร้างบัญชีผู้ประสานอีกคนก่อน แล้วจึงปิดบัญชีหรือเปลี่ยนบทบาทนี้</source>
        <translation>This is the last coordinator who can log in — create another coordinator's account first, then disable this account or change this role</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ผู้ใช้นี้ยังไม่มีบัญชีผู้ใช้</source>
        <translation>This user has no account yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รหัสผ่านเดิมไม่ถูกต้อง — ยังไม่ได้เปลี่ยนรหัสผ่าน</source>
        <translation>The current password is wrong — the password was not changed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านเดิม</source>
        <translation>The new password must differ from the current one</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</source>
        <translation>Wrong user name or password</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ใส่รหัสผ่านผิดหลายครั้ง — โปรดรอ {seconds} วินาทีแล้วลองใหม่</source>
        <translation>Too many wrong passwords — please wait {seconds} seconds and try again</translation>
    </message>
    <message>
        <location line="+17" />
        <source>บัญชีผู้ใช้ “{name}” ถูกปิดใช้งาน — โปรดติดต่อผู้ประสาน</source>
        <translation>The account “{name}” is disabled — please contact the coordinator</translation>
    </message>
    <message>
        <location line="+29" />
        <source>กรุณาระบุชื่อ-นามสกุลของผู้ประสาน</source>
        <translation>Please enter the coordinator's full name</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/accounts_dialog.py" line="+41" />
        <source>บัญชีผู้ใช้</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+25" />
        <source>ชื่อผู้ใช้</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="-25" />
        <location line="+24" />
        <source>บุคลากร</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-24" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12" />
        <source>สร้างบัญชี</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปิด / เปิดใช้งานบัญชีที่เลือก</source>
        <translation>Disable / enable the selected account</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รีเซ็ตรหัสผ่านของบัญชีที่เลือก</source>
        <translation>Reset the selected account's password</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+133" />
        <source>สร้างรหัสกู้คืนใหม่</source>
        <translation>Create a new recovery code</translation>
    </message>
    <message>
        <location line="-125" />
        <source>รหัสผ่านชั่วคราว</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location line="+17" />
        <source>บัญชีใหม่และการรีเซ็ตใช้รหัสผ่านชั่วคราว: เจ้าของบัญชีต้องตั้งรหัสผ่านใหม่เมื่อเข้าสู่ระบบครั้งถัดไป</source>
        <translation>New accounts and resets use a temporary password: its owner must choose a new one at the next login</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ปิดใช้งาน</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ใช้งานได้</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ต้องตั้งรหัสผ่านใหม่</source>
        <translation>must choose a new password</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ยังไม่มีรหัสกู้คืน: ถ้าผู้ประสานลืมรหัสผ่านจะไม่มีทางตั้งใหม่ — โปรดสร้างและพิมพ์เก็บไว้</source>
        <translation>No recovery code yet: if the coordinators forget their password, there is no way to set a new one — please create one and print it for safekeeping</translation>
    </message>
    <message>
        <location line="+5" />
        <source>รหัสกู้คืนรหัสผ่านผู้ประสาน: สร้างเมื่อ {when}</source>
        <translation>Coordinator password recovery code: created {when}</translation>
    </message>
    <message>
        <location line="+70" />
        <source>สร้างรหัสกู้คืนใหม่หรือไม่? รหัสเดิม (ถ้ามี) จะใช้ไม่ได้อีก โปรดพิมพ์รหัสใหม่เก็บแทนแผ่นเดิม</source>
        <translation>Create a new recovery code? The old code (if any) will stop working. Please print the new code and keep it in place of the old sheet</translation>
    </message>
</context>
<context>
    <name>ActPanel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/act_panel.py" line="+23" />
        <source>ปีนี้ทำได้ดีอะไร อะไรยังไม่ได้ผล เพราะอะไร</source>
        <translation>What went well this year, what did not work, and why</translation>
    </message>
    <message>
        <location line="+3" />
        <source>สิ่งที่จะปรับปรุงในแผนปีหน้า</source>
        <translation>What to improve in next year's plan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกการสะท้อนผลเสร็จแล้ว</source>
        <translation>Reflection finished</translation>
    </message>
    <message>
        <location line="+8" />
        <source>การสะท้อนผล (บันทึกอัตโนมัติขณะพิมพ์)</source>
        <translation>Reflection (saved automatically as you type)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แนวทางปรับปรุงสำหรับปีถัดไป</source>
        <translation>Improvements for next year</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ขั้นปรับปรุง (Act) เริ่มได้เมื่อผู้ประสานงานปิดระบบตัวชี้วัดนี้แล้ว</source>
        <translation>The Act step can start once the coordinator has locked this indicator</translation>
    </message>
    <message>
        <location line="+7" />
        <source>พร้อมบันทึกว่าสะท้อนผลแล้ว</source>
        <translation>Ready to mark as reflected</translation>
    </message>
</context>
<context>
    <name>Actor</name>
    <message>
        <location filename="../mk3desk/domain/actor.py" line="+47" />
        <source>ผู้ดูแลระบบ (บรรทัดคำสั่ง)</source>
        <translation>Administrator (command line)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ยังไม่ได้เข้าสู่ระบบ</source>
        <translation>Not logged in</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../mk3desk/ui/context.py" line="+98" />
        <source>เปิดฐานข้อมูลแบบอ่านอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งเปิดไฟล์นี้อยู่) จึงบันทึกไม่ได้</source>
        <translation>The database is open read-only (another copy of the program has this file open), so nothing can be saved</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>The action failed</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../mk3desk/ui/app.py" line="+169" />
        <source>ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>ESAO Indicator Management System</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/people_dialogs.py" line="+135" />
        <source>— ยังไม่ระบุ —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <location line="+34" />
        <source>วันส่งงานไม่ถูกต้อง</source>
        <translation>Deadline not valid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อ่านวันส่งงานที่พิมพ์ไม่ได้: {reason}
แก้วันที่ก่อนบันทึก</source>
        <translation>The deadline typed cannot be read: {reason}
Correct the date before saving</translation>
    </message>
    <message>
        <location filename="../forms/assignment_dialog.ui" line="+14" />
        <source>ผู้รับผิดชอบตัวชี้วัด</source>
        <translation>Indicator owners</translation>
    </message>
    <message>
        <location line="+24" />
        <source>ผู้รับผิดชอบหลัก (Key Man)</source>
        <translation>Main owner (Key Man)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>Backup owner</translation>
    </message>
    <message>
        <location line="+13" />
        <source>กำหนดส่งงาน</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <location filename="../mk3desk/ui/models/assignment_model.py" line="+55" />
        <source>ข้อ</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบหลัก</source>
        <translation>Main owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>Backup owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่ง</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+1" />
        <source>— ยังไม่ระบุ —</source>
        <translation>— not set —</translation>
    </message>
</context>
<context>
    <name>AttendeeTable</name>
    <message>
        <location filename="../mk3desk/ui/widgets/knowledge_lists.py" line="+27" />
        <source>ผู้เข้าร่วม</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <location line="+0" />
        <source>การเข้าร่วม</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+13" />
        <source>— เลือกบุคลากร —</source>
        <translation>— Choose a staff member —</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>ฐานข้อมูลอยู่บนเซิร์ฟเวอร์ PostgreSQL — ให้ผู้ดูแลเซิร์ฟเวอร์สำรองข้อมูลด้วย pg_dump</source>
        <translation type="vanished">The database is on a PostgreSQL server — ask the server administrator to back it up with pg_dump</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/backup.py" line="+95" />
        <source>ไม่พบโฟลเดอร์สำรองข้อมูล {folder}</source>
        <translation>Backup folder {folder} not found</translation>
    </message>
    <message>
        <location line="+29" />
        <source>พื้นที่ในโฟลเดอร์ {folder} ไม่พอ สำรองข้อมูลไม่สำเร็จ — ข้อมูลในโปรแกรมยังอยู่ครบ</source>
        <translation>Not enough space in {folder}; the backup failed — the data in the program is intact</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+8" />
        <source>สำรองข้อมูลไปที่ {folder} ไม่สำเร็จ: {reason}</source>
        <translation>Backup to {folder} failed: {reason}</translation>
    </message>
    <message>
        <location line="+104" />
        <source>สร้างโฟลเดอร์สำรองข้อมูล {folder} ไม่ได้: {reason}</source>
        <translation>Cannot create the backup folder {folder}: {reason}</translation>
    </message>
</context>
<context>
    <name>BestPractice</name>
    <message>
        <location filename="../mk3desk/services/best_practice.py" line="+29" />
        <source>ชื่อผลงาน</source>
        <translation>Title of the work</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ความเป็นมา</source>
        <translation>Background</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วัตถุประสงค์</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เป้าหมายเชิงปริมาณและคุณภาพ</source>
        <translation>Quantitative and qualitative targets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วิธีการดำเนินงาน/กระบวนการ (PDCA)</source>
        <translation>Method / process (PDCA)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รูปแบบ/เทคนิคที่ทำให้เกิดความสำเร็จ (MK3 Model)</source>
        <translation>Model / technique behind the success (MK3 Model)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลสำเร็จ</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปัจจัยส่งผลให้เกิดความสำเร็จ</source>
        <translation>Success factors</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การเผยแพร่/ประชาสัมพันธ์</source>
        <translation>Dissemination / publicity</translation>
    </message>
    <message>
        <location line="+83" />
        <source>หัวข้อนี้มีผู้อื่นบันทึกไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</source>
        <translation>Someone else saved this section first, so your text was not saved — choose which text to keep</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ไม่มีหัวข้อ {keys} ในเอกสาร Best Practice</source>
        <translation>The Best Practice document has no section {keys}</translation>
    </message>
</context>
<context>
    <name>BestPracticeDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/best_practice_dialog.py" line="+46" />
        <source>ข้อความในเอกสารผลงาน Best Practice</source>
        <translation>Best Practice write-up text</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ข้อความเหล่านี้พิมพ์ในเอกสาร Best Practice ของปีงบประมาณ {year} บันทึกอัตโนมัติขณะพิมพ์ ช่องที่เว้นว่างจะใช้ข้อความเริ่มต้น</source>
        <translation>These texts are printed in the Best Practice write-up for fiscal year {year}. They are saved automatically as you type; blank boxes use the default text</translation>
    </message>
    <message>
        <location line="+9" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขข้อความไม่ได้</source>
        <translation>The database is open view-only, so the text cannot be edited</translation>
    </message>
    <message>
        <location line="+25" />
        <source>เว้นว่างไว้เพื่อใช้ข้อความเริ่มต้น</source>
        <translation>Leave blank to use the default text</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ใช้ข้อความเริ่มต้น</source>
        <translation>Use the default text</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <location filename="../mk3desk/sync/apply.py" line="+332" />
        <source>ยังมีข้อมูลที่แก้ไขทั้งสองฝั่ง {count} รายการที่ยังไม่ได้เลือกว่าจะใช้ฉบับใด (เช่น {first}) — ยังไม่ได้รับข้อมูลใด ๆ</source>
        <translation>{count} item(s) edited on both sides still have no copy chosen (e.g. {first}) — nothing was received</translation>
    </message>
    <message>
        <location line="+21" />
        <source>ไฟล์หลักฐานเสียหายระหว่างการคัดลอก</source>
        <translation>An evidence file was damaged while copying</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/errors.py" line="+47" />
        <source>ไฟล์ส่งงาน {file} เสียหาย อ่านไม่ได้ ({detail}) — ไม่ได้รับข้อมูลใด ๆ โปรดขอให้ผู้ส่งส่งออกไฟล์ใหม่อีกครั้ง</source>
        <translation>The bundle {file} is damaged and cannot be read ({detail}) — nothing was received; ask the sender to export it again</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ไฟล์หลักฐาน “{name}” มีขนาดไม่ตรงกับที่ระบุไว้ในไฟล์ส่งงาน ({declared} กับ {actual} ไบต์) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>Evidence file “{name}” does not have the size the bundle declares ({declared} vs {actual} bytes) — nothing was received</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/checks.py" line="+100" />
        <source>ฐานข้อมูลนี้ยังไม่มีสำนักงาน</source>
        <translation>This database has no office yet</translation>
    </message>
    <message>
        <location line="-14" />
        <location filename="../mk3desk/sync/mk3_checks.py" line="+51" />
        <source>ค่า “{value}” ของ {field} ไม่ถูกต้อง</source>
        <translation>The value “{value}” of {field} is not valid</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../mk3desk/sync/mk3_checks.py" line="+174" />
        <source>ไม่พบกลุ่มงานที่อ้างถึง</source>
        <translation>The work group referred to was not found</translation>
    </message>
    <message>
        <location line="+82" />
        <source>ไฟล์ไม่ได้อยู่ในชุดที่ส่งมา และไม่มีในเครื่องนี้</source>
        <translation>The file is neither in the received bundle nor on this computer</translation>
    </message>
    <message>
        <location line="-35" />
        <location filename="../mk3desk/sync/mk3_checks.py" line="-37" />
        <source>ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year} ของเครื่องนี้</source>
        <translation>Indicator {code} of fiscal year {year} is not on this computer</translation>
    </message>
    <message>
        <location line="+14" />
        <location filename="../mk3desk/sync/mk3_checks.py" line="-131" />
        <source>ไม่พบบุคลากรที่อ้างถึงในเครื่องนี้</source>
        <translation>The staff member referred to is not on this computer</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+9" />
        <source>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</source>
        <translation>Indicator {code} has no criterion {key}</translation>
    </message>
    <message>
        <location line="-61" />
        <source>ไม่พบหมวด {number} ในปีงบประมาณนี้</source>
        <translation>Category {number} is not in this fiscal year</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/export.py" line="+273" />
        <source>เอกสารประกอบ “{name}” ของการประชุม/อบรม “{topic}” หายไปหรือถูกแก้ไขในที่เก็บ จึงส่งออกไม่ได้ — ตรวจด้วยเมนูตรวจสอบฐานข้อมูลก่อน</source>
        <translation>Document “{name}” of meeting/training “{topic}” is missing or was changed in storage, so it cannot be exported — check it with the database check menu first</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไฟล์หลักฐาน “{name}” ของตัวชี้วัด {code} หายไปหรือถูกแก้ไขในที่เก็บ จึงส่งออกไม่ได้ — ตรวจด้วยเมนูตรวจสอบฐานข้อมูลก่อน</source>
        <translation>Evidence file “{name}” of indicator {code} is missing or was changed in the store, so it cannot be exported — check the database from the menu first</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/errors.py" line="-28" />
        <source>ไฟล์ {file} ไม่ใช่ไฟล์ส่งงาน mk3desk ที่ถูกต้อง ({detail}) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>{file} is not a valid mk3desk work bundle ({detail}) — nothing was received</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/format.py" line="+122" />
        <source>ไฟล์ {file} ขยายตัวเกินขนาดที่ยอมรับได้ (อาจเป็น zip bomb) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>{file} expands beyond the accepted size (possibly a zip bomb) — nothing was received</translation>
    </message>
    <message>
        <location line="-30" />
        <source>ไฟล์ {file} มีชื่อไฟล์ข้างในที่ชี้ออกนอกโฟลเดอร์ ({name}) ซึ่งอาจเป็นอันตราย — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>{file} contains a file name pointing outside its folder ({name}), which may be dangerous — nothing was received</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไฟล์ {file} มีทางลัด (symlink) {name} อยู่ข้างใน — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>{file} contains a shortcut (symlink) {name} — nothing was received</translation>
    </message>
    <message>
        <location line="+7" />
        <source>มีรหัสผ่าน</source>
        <translation>password-protected</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/validate.py" line="+56" />
        <source>ไฟล์ {file} มีข้อมูล{what}มากเกินกว่าที่สำนักงานหนึ่งจะมีได้ (เกิน {count:,} รายการ) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>{file} holds more {what} than one office can have (over {count:,} records) — nothing was received</translation>
    </message>
    <message>
        <location line="+56" />
        <source>ไฟล์ {file} สร้างด้วย mk3desk รุ่นอื่น (รูปแบบรุ่น {version}) — โปรดปรับรุ่นโปรแกรมให้ตรงกัน</source>
        <translation>{file} was made by another mk3desk version (format version {version}) — please bring the programs to the same version</translation>
    </message>
    <message>
        <location line="+67" />
        <source>ชนิดข้อมูลไม่ถูกต้อง</source>
        <translation>wrong kind of data</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ปี {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ช่อง “{field}”</source>
        <translation>field “{field}”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{what}: ค่าผิดรูปแบบ ยาวเกิน หรือมีหลักมากเกินกว่าที่รับได้</source>
        <translation>{what}: the value is malformed, too long or has too many digits</translation>
    </message>
    <message>
        <location line="+33" />
        <source>ไฟล์ {file} มีข้อมูลของตัวชี้วัด {code} ซึ่งไม่อยู่ในรายการตัวชี้วัดที่ไฟล์นี้ระบุว่าส่งมา ({detail}) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>{file} holds data of indicator {code}, which is not among the indicators it says it sends ({detail}) — nothing was received</translation>
    </message>
    <message>
        <location line="+25" />
        <source>ส่งออกไม่ได้: เครื่องที่รับจะไม่รับไฟล์นี้ — {reason} โปรดแก้ไขข้อมูลนั้นก่อนแล้วส่งออกใหม่</source>
        <translation>Cannot export: the receiving computer would refuse this file — {reason}. Correct that data first, then export again</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/format.py" line="+63" />
        <source>ไฟล์ {file} ใหญ่เกินกว่าที่รับได้ ({size:,} ไบต์)</source>
        <translation>{file} is larger than can be accepted ({size:,} bytes)</translation>
    </message>
    <message>
        <location line="+79" />
        <source>ไฟล์หลักฐาน {sha} ในไฟล์ {file} ถูกแก้ไขระหว่างการรับ — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>Evidence file {sha} in {file} changed while being received — nothing was received</translation>
    </message>
    <message>
        <location line="-85" />
        <source>เปิดไฟล์ {file} ไม่ได้: {reason}</source>
        <translation>Cannot open {file}: {reason}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ไฟล์ {file} มีไฟล์ข้างในมากเกินไป ({count:,} ไฟล์)</source>
        <translation>{file} contains too many files ({count:,})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>มีชื่อไฟล์ซ้ำกัน</source>
        <translation>duplicate file names</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไม่มี manifest.json หรือ records.json</source>
        <translation>no manifest.json or records.json</translation>
    </message>
    <message>
        <location line="+79" />
        <source>เขียนไฟล์ {file} ไม่ได้: {reason}</source>
        <translation>Cannot write {file}: {reason}</translation>
    </message>
    <message>
        <location line="-62" />
        <source>ไฟล์หลักฐาน {sha} ในไฟล์ {file} ถูกแก้ไขหรือเสียหาย (ค่า SHA-256 ไม่ตรง) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>Evidence file {sha} in {file} was changed or damaged (SHA-256 does not match) — nothing was received</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/merge.py" line="+217" />
        <source>ไฟล์นี้มาจากฐานข้อมูลอื่นของ “{theirs}” ที่ตั้งค่าแยกกัน (รหัสสำนักงานไม่ตรงกัน)</source>
        <translation>This file comes from a separately set-up database of “{theirs}” (the office IDs differ)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไฟล์นี้มาจาก “{theirs}” ไม่ใช่ “{mine}”</source>
        <translation>This file comes from “{theirs}”, not “{mine}”</translation>
    </message>
    <message>
        <location line="+29" />
        <source>{reasons} — ยังไม่ได้รับข้อมูล ต้องยืนยันก่อนว่าจะรับไฟล์จากสำนักงานหรือปีอื่น</source>
        <translation>{reasons} — nothing received yet; confirm first that you want a file from another office or year</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ฐานข้อมูลนี้ยังไม่มีปีงบประมาณ {year} ของสำนักงาน — รับไฟล์ตั้งค่าจากผู้ประสานก่อน แล้วจึงรับงาน</source>
        <translation>This database does not have the office's fiscal year {year} — receive the setup bundle from the coordinator first, then the work</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ไฟล์นี้มีข้อมูลเดียวกันซ้ำสองครั้ง ({title}) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>This file holds the same record twice ({title}) — nothing was received</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไฟล์นี้ส่งออกก่อนไฟล์ที่รับจากเครื่องเดียวกันไปแล้ว (เป็นฉบับเก่ากว่า) — ไม่รับ เพื่อไม่ให้ข้อมูลย้อนกลับเป็นฉบับเก่า</source>
        <translation>This file was exported before one already received from the same computer (it is older) — refused, so the data does not go back to an older version</translation>
    </message>
    <message>
        <location line="+60" />
        <source>ลบแล้วในเครื่องที่ส่งมา แต่เครื่องนี้แก้ไขหลังจากนั้น — “ใช้ฉบับที่ส่งมา” จะลบรายการนี้ออกจากเครื่องนี้ด้วย</source>
        <translation>Deleted on the sending computer but changed on this one since — “Take the received copy” deletes it here too</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ลบแล้วในเครื่องนี้ แต่เครื่องที่ส่งมาแก้ไขหลังจากนั้น — “ใช้ฉบับของเครื่องนี้” จะคงการลบไว้</source>
        <translation>Deleted on this computer but changed on the sending one since — “Keep this computer's copy” keeps it deleted</translation>
    </message>
    <message>
        <location line="-250" />
        <location filename="../mk3desk/sync/validate.py" line="-71" />
        <source>ตัวชี้วัด {code}</source>
        <translation>Indicator {code}</translation>
    </message>
    <message>
        <location line="+110" />
        <source>ไฟล์นี้เป็นงานปีงบประมาณ {theirs} ไม่ใช่ปี {mine}</source>
        <translation>This file is work of fiscal year {theirs}, not {mine}</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/texts.py" line="+111" />
        <source>(ไม่มีในเครื่องนี้)</source>
        <translation>(not on this computer)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(ลบแล้วในเครื่องนี้)</source>
        <translation>(deleted on this computer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>(ลบแล้วในเครื่องที่ส่งมา)</source>
        <translation>(deleted on the sending computer)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ใช่</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่ใช่</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-98" />
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+25" />
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location line="-24" />
        <location line="+79" />
        <source>บุคลากร</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="-78" />
        <source>ปีงบประมาณและกรอบการประเมิน</source>
        <translation>Fiscal year and framework</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกณฑ์การประเมิน</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบ</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ PDCA</source>
        <translation>PDCA status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึก PDCA</source>
        <translation>PDCA notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลตามเกณฑ์</source>
        <translation>Criterion results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าผลการดำเนินงาน</source>
        <translation>Performance values</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์หลักฐาน</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประวัติการเปลี่ยนสถานะ</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คณะกรรมการและคำสั่งแต่งตั้ง</source>
        <translation>Committees and appointment orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การวิเคราะห์ SWOT</source>
        <translation>SWOT analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การประชุม/อบรม/ถอดบทเรียน</source>
        <translation>Meetings/training/lessons learned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การยกย่องชมเชย</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกียรติบัตร</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อย่อ</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พื้นที่</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+36" />
        <source>บทบาท</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="-35" />
        <source>ยังปฏิบัติงาน</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อเรื่อง</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>น้ำหนัก</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าเป้าหมาย</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อความเกณฑ์</source>
        <translation>Criterion text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบหลัก</source>
        <translation>Main owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>Backup owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่ง</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การวางแผน (Plan)</source>
        <translation>Planning (Plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการดำเนินงาน (Do)</source>
        <translation>Work log (Do)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อสังเกตของคณะกรรมการ (Check)</source>
        <translation>Committee's observations (Check)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การสะท้อนผล (Act)</source>
        <translation>Reflection (Act)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สิ่งที่จะปรับปรุงในปีถัดไป (Act)</source>
        <translation>Improvements for next year (Act)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกณฑ์</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผ่านเกณฑ์</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบายผลการดำเนินงาน</source>
        <translation>Description of the work</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปี</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าที่ได้</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อไฟล์</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบายไฟล์</source>
        <translation>File description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ย้ายไปถังรีไซเคิลเมื่อ</source>
        <translation>Moved to trash on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลายนิ้วมือไฟล์ (SHA-256)</source>
        <translation>File fingerprint (SHA-256)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ลำดับ</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลขที่คำสั่ง</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่สั่ง</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ความเป็นมา</source>
        <translation>Background</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หน้าที่</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location line="+1" />
        <source>มีผลตั้งแต่</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ลงนาม</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่งผู้ลงนาม</source>
        <translation>Signer's position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการ</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+2" />
        <source>จุดแข็ง</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จุดอ่อน</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>โอกาส</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อุปสรรค</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ร่วมวิเคราะห์</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หัวข้อ</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วิทยากร</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานที่</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บทเรียนที่ได้</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้เข้าร่วม</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การเข้าร่วม</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัดที่เกี่ยวข้อง</source>
        <translation>Related indicators</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เอกสารประกอบ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่ยกย่อง</source>
        <translation>Date recognized</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เลขที่</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การยกย่อง</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อผู้รับ</source>
        <translation>Recipient name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่งผู้รับ</source>
        <translation>Recipient's position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่ออก</source>
        <translation>Date issued</translation>
    </message>
    <message>
        <source>รับข้อมูลแล้ว: เพิ่มใหม่ {added} รายการ, รับฉบับที่แก้ไข {taken} รายการ, ข้อขัดแย้งใช้ฉบับของเครื่องนี้ {mine} / ใช้ฉบับที่ส่งมา {theirs} รายการ, ไม่รับ {refused} รายการ, ไฟล์หลักฐานใหม่ {files} ไฟล์</source>
        <translation type="vanished">Received: {added} new, {taken} edited copies taken, conflicts kept this computer's copy {mine} / took the received copy {theirs}, {refused} refused, {files} new evidence file(s)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/bundles.py" line="+90" />
        <source>รับข้อมูลแล้ว: เพิ่มใหม่ {added} รายการ, รับฉบับที่แก้ไข {taken} รายการ, ลบตามที่ส่งมา {removed} รายการ, ข้อขัดแย้งใช้ฉบับของเครื่องนี้ {mine} / ใช้ฉบับที่ส่งมา {theirs} รายการ, ไม่รับ {refused} รายการ, ไฟล์หลักฐานใหม่ {files} ไฟล์</source>
        <translation>Received: {added} new, {taken} edited copies taken, {removed} deleted as received, conflicts kept this computer's copy {mine} / took the received copy {theirs}, {refused} refused, {files} new evidence file(s)</translation>
    </message>
    <message>
        <location line="+220" />
        <source>ข้อมูลในไฟล์ {file} ขัดกับข้อมูลในเครื่องนี้ ({detail}) — ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>The data in {file} conflicts with the data on this computer ({detail}) — nothing was received</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ไฟล์นี้มี {count} รายการที่ไม่รับ เพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ในฐานข้อมูลนี้ (เช่น {first}: {reason}) — ตรวจดูรายการแล้วยืนยันว่าจะรับเฉพาะส่วนที่เหลือ ยังไม่ได้รับข้อมูลใด ๆ</source>
        <translation>This file has {count} changes that are not taken because their author or sender has no right to make them in this database (e.g. {first}: {reason}) — check the list and confirm to take only the rest. Nothing has been taken yet</translation>
    </message>
    <message>
        <location line="-169" />
        <source>ยังไม่ได้เลือกตัวชี้วัดที่จะส่ง</source>
        <translation>No indicators chosen to send</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/history.py" line="+57" />
        <source>ไม่เพิ่มประวัตินี้ เพราะสถานะของตัวชี้วัดในเครื่องนี้ไม่ได้เปลี่ยนตามที่ส่งมา</source>
        <translation>Not added to the history: the indicator's status on this computer did not change to the one received</translation>
    </message>
    <message>
        <location line="+14" />
        <source>“ใช้ฉบับที่ส่งมา” จะเพิ่มประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะนั้น {count} รายการด้วย; “ใช้ฉบับของเครื่องนี้” จะไม่เพิ่ม</source>
        <translation>“Take the received copy” also adds the {count} status change(s) that led to it; “Keep this computer's copy” adds none</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/authors.py" line="+224" />
        <source>ไฟล์ตั้งค่านี้ส่งโดย “{who}” ซึ่งไม่ใช่ผู้ประสานในฐานข้อมูลนี้ — ฐานข้อมูลที่มีบัญชีผู้ใช้รับไฟล์ตั้งค่าได้จากผู้ประสานเท่านั้น ไม่ได้รับข้อมูลใด ๆ</source>
        <translation>This setup file was sent by “{who}”, who is not a coordinator in this database — a database with user accounts takes setup files only from a coordinator. Nothing was taken</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(ไม่ระบุผู้ส่ง — ส่งออกโดยไม่ได้เข้าสู่ระบบ หรือจากโปรแกรมรุ่นเก่า)</source>
        <translation>(no sender named — exported without logging in, or by an older version)</translation>
    </message>
    <message>
        <location line="+39" />
        <source>ไฟล์งานของตัวชี้วัดเปลี่ยนข้อมูลสำนักงาน บุคลากร กรอบการประเมิน หรือผู้รับผิดชอบไม่ได้ — ข้อมูลเหล่านี้มาได้เฉพาะในไฟล์ตั้งค่าจากผู้ประสาน</source>
        <translation>A work file cannot change the office, its people, the framework or the assignments — these come only in a setup file from the coordinator</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์งานเปลี่ยนคณะกรรมการ การวิเคราะห์ SWOT การยกย่อง หรือเกียรติบัตรไม่ได้ — ข้อมูลเหล่านี้มาได้เฉพาะในไฟล์ตั้งค่าจากผู้ประสาน</source>
        <translation>A work bundle cannot change committees, SWOT analyses, recognitions or certificates — these come only in a setup bundle from the coordinator</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ไฟล์ไม่มีประวัติการเปลี่ยนสถานะที่นำไปสู่สถานะ “{state}” — สถานะเปลี่ยนได้ด้วยการเปลี่ยนสถานะที่บันทึกผู้ทำไว้เท่านั้น</source>
        <translation>The file holds no recorded move into the state “{state}” — a state changes only through a move that names who made it</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่ระบุผู้แก้ไขหรือผู้ส่ง (ไฟล์จากโปรแกรมรุ่นเก่า หรือส่งออกโดยไม่ได้เข้าสู่ระบบ) — ฐานข้อมูลที่มีบัญชีผู้ใช้รับเฉพาะรายการที่ระบุผู้แก้ไขและผู้ส่งซึ่งมีสิทธิ์</source>
        <translation>No author or sender named (a file from an older version, or exported without logging in) — a database with user accounts takes only changes whose named author and sender have the right</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ผู้ส่งไฟล์ “{who}” ไม่มีในบุคลากรของฐานข้อมูลนี้ — รับเฉพาะงานของบุคลากรที่รู้จัก</source>
        <translation>The sender “{who}” is not among the people of this database — only work of known people is taken</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ผู้แก้ไข “{who}” ไม่มีในบุคลากรของฐานข้อมูลนี้ — รับเฉพาะงานของบุคลากรที่รู้จัก</source>
        <translation>The author “{who}” is not among the people of this database — only work of known people is taken</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ผู้ส่งไฟล์คือ “{who}” — {rule} (ผู้ส่งต้องมีสิทธิ์ในทุกรายการที่ส่ง ตามสิทธิ์ในฐานข้อมูลนี้)</source>
        <translation>Sent by “{who}” — {rule} (the sender needs the right for every change sent, as this database grants it)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ผู้แก้ไขคือ “{who}” — {rule} (ตามสิทธิ์ในฐานข้อมูลนี้)</source>
        <translation>Written by “{who}” — {rule} (as this database grants rights)</translation>
    </message>
    <message>
        <location filename="../mk3desk/sync/mk3_checks.py" line="+32" />
        <source>ฐานข้อมูลนี้ยังไม่มีปีงบประมาณ {year}</source>
        <translation>This database has no fiscal year {year} yet</translation>
    </message>
    <message>
        <location line="+42" />
        <source>ไฟล์นี้มีคณะกรรมการชื่อ “{name}” มากกว่าหนึ่งคณะ</source>
        <translation>This file has more than one committee named “{name}”</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ปีงบประมาณนี้ในเครื่องนี้มีคณะกรรมการชื่อ “{name}” อยู่แล้ว (อีกคณะหนึ่ง)</source>
        <translation>This fiscal year on this computer already has a committee named “{name}” (a different one)</translation>
    </message>
    <message>
        <location line="+63" />
        <source>ไฟล์ “{name}” ไม่ได้อยู่ในชุดที่ส่งมา และไม่มีในเครื่องนี้</source>
        <translation>File “{name}” is not in the bundle sent and not on this computer</translation>
    </message>
    <message>
        <location line="+39" />
        <source>ไม่พบการยกย่องที่เกียรติบัตรนี้ออกให้</source>
        <translation>The recognition this certificate was issued for was not found</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เกียรติบัตรเลขที่ {number}/{year} ออกไปแล้ว สิ่งที่พิมพ์ไว้จึงแก้ไขไม่ได้ — ไม่รับการแก้ไขนี้</source>
        <translation>Certificate No. {number}/{year} has already been issued, so what was printed cannot be changed — this change is refused</translation>
    </message>
    <message>
        <location line="+27" />
        <source>อีกฉบับหนึ่งในไฟล์เดียวกัน</source>
        <translation>another recipient in the same file</translation>
    </message>
    <message>
        <location line="+5" />
        <source>“{name}” ในเครื่องนี้</source>
        <translation>“{name}” on this computer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เกียรติบัตรเลขที่ {number}/{year} ของ “{name}” ในไฟล์นี้ ซ้ำกับเลขที่ของเกียรติบัตรที่ออกให้{other}แล้ว — เลขที่เกียรติบัตรใช้ซ้ำไม่ได้และจะไม่เปลี่ยนเลขให้เอง ไม่ได้รับข้อมูลใด ๆ (ตรวจทะเบียนเกียรติบัตรทั้งสองเครื่อง)</source>
        <translation>Certificate No. {number}/{year} for “{name}” in this file has the same number as a certificate already issued to {other} — certificate numbers cannot be reused and are not renumbered automatically. Nothing was received (check the certificate registers on both computers)</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../mk3desk/ui/bundle_actions.py" line="+40" />
        <source>ไฟล์ส่งงาน / ชุดตั้งค่า mk3desk (*.mk3)</source>
        <translation>mk3desk work / setup bundles (*.mk3)</translation>
    </message>
    <message>
        <source>ส่งงานของฉัน (เลือกตัวชี้วัด)…</source>
        <translation type="vanished">Send my work (choose indicators)…</translation>
    </message>
    <message>
        <source>ส่งชุดตั้งค่าให้เครื่องผู้รับผิดชอบ…</source>
        <translation type="vanished">Send a setup bundle to an owner's computer…</translation>
    </message>
    <message>
        <source>รับงาน / รับชุดตั้งค่า (.mk3)…</source>
        <translation type="vanished">Receive work / setup bundle (.mk3)…</translation>
    </message>
    <message>
        <location line="+61" />
        <source>ส่งงานของฉัน (เลือกตัวชี้วัด) (&amp;W)…</source>
        <translation>Send my &amp;work (choose indicators)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งชุดตั้งค่าให้เครื่องผู้รับผิดชอบ (&amp;S)…</source>
        <translation>&amp;Send a setup bundle to an owner's computer…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับงาน / รับชุดตั้งค่า (.mk3) (&amp;R)…</source>
        <translation>&amp;Receive work / setup bundle (.mk3)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ส่งงาน / รับงาน (&amp;S)</source>
        <translation>&amp;Send / receive work</translation>
    </message>
    <message>
        <location line="+27" />
        <source>{count} ตัวชี้วัด</source>
        <translation>{count} indicators</translation>
    </message>
    <message>
        <location line="+4" />
        <source>งาน</source>
        <translation>work</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ส่งงาน / รับงาน</source>
        <translation>Send / receive work</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ส่งงาน</source>
        <translation>Send work</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ไฟล์ส่งงาน</source>
        <translation>the work bundle</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ส่งชุดตั้งค่า</source>
        <translation>Send setup bundle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตั้งค่า</source>
        <translation>setup</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ชุดตั้งค่า</source>
        <translation>the setup bundle</translation>
    </message>
    <message>
        <source>เลือกตัวชี้วัดที่จะส่ง</source>
        <translation type="vanished">Choose the indicators to send</translation>
    </message>
    <message>
        <location line="+14" />
        <source>รับงาน</source>
        <translation>Receive work</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ไม่มีข้อมูลใหม่</source>
        <translation>Nothing new</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ไฟล์ {name} ไม่มีอะไรที่ต่างจากข้อมูลในเครื่องนี้ (อาจรับไฟล์นี้ไปแล้ว) — ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ</source>
        <translation>{name} holds nothing that differs from the data on this computer (it may have been received already) — nothing was changed</translation>
    </message>
    <message>
        <location line="+23" />
        <source>ไฟล์จากสำนักงานหรือปีอื่น</source>
        <translation>File from another office or year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ต้องการรับไฟล์นี้ต่อหรือไม่</source>
        <translation>Do you still want to receive this file?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/calendar_page.py" line="+61" />
        <source>&lt;span style='background:#ffcdd2'&gt;&amp;nbsp;แดง&amp;nbsp;&lt;/span&gt; เลยกำหนด &lt;span style='background:#ffe0b2'&gt;&amp;nbsp;ส้ม&amp;nbsp;&lt;/span&gt; ยังไม่ส่ง &lt;span style='background:#c8e6c9'&gt;&amp;nbsp;เขียว&amp;nbsp;&lt;/span&gt; ส่งแล้ว</source>
        <translation>&lt;span style='background:#ffcdd2'&gt;&amp;nbsp;Red&amp;nbsp;&lt;/span&gt; overdue &lt;span style='background:#ffe0b2'&gt;&amp;nbsp;Orange&amp;nbsp;&lt;/span&gt; not submitted &lt;span style='background:#c8e6c9'&gt;&amp;nbsp;Green&amp;nbsp;&lt;/span&gt; submitted</translation>
    </message>
    <message>
        <location line="+16" />
        <source>แสดงทั้งเดือน</source>
        <translation>Show the whole month</translation>
    </message>
    <message>
        <location line="+80" />
        <source>กำหนดส่งวันที่ {day}</source>
        <translation>Due on {day}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>กำหนดส่งเดือน{month} {year}</source>
        <translation>Due in {month} {year}</translation>
    </message>
    <message>
        <location line="+4" />
        <source> — ไม่มีตัวชี้วัดครบกำหนด</source>
        <translation> — no indicators due</translation>
    </message>
</context>
<context>
    <name>CarryForward</name>
    <message>
        <location filename="../mk3desk/domain/carry_forward.py" line="+28" />
        <source>ข้อปรับปรุงจากปีงบประมาณ {year} (Act):</source>
        <translation>Improvements from fiscal year {year} (Act):</translation>
    </message>
    <message>
        <location line="+64" />
        <source>ตัวชี้วัด {code} {title}: ไม่มีในปีงบประมาณ {year} — ข้อปรับปรุง {count} ข้อไม่ได้ยกไป</source>
        <translation>Indicator {code} {title}: not in fiscal year {year} — {count} improvement(s) not carried over</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../mk3desk/ui/login_dialog.py" line="+185" />
        <source>ตั้งรหัสผ่านใหม่</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location line="+17" />
        <source>รหัสผ่านเดิม</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>รหัสผ่านใหม่</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์รหัสผ่านใหม่อีกครั้ง</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผู้ประสานรีเซ็ตรหัสผ่านไว้ — โปรดตั้งรหัสผ่านใหม่ของคุณเอง</source>
        <translation>The coordinator reset your password — please choose your own new password</translation>
    </message>
    <message>
        <location line="+9" />
        <source>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน</source>
        <translation>The two new passwords differ</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../mk3desk/ui/charts.py" line="+74" />
        <source>คะแนนรายหมวด</source>
        <translation>Scores by category</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+57" />
        <source>คำนวณจากข้อมูล</source>
        <translation>Computed from the data</translation>
    </message>
    <message>
        <location line="-43" />
        <source>หมวด</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ความก้าวหน้าตามขั้นตอน PDCA</source>
        <translation>Progress through the PDCA steps</translation>
    </message>
    <message>
        <location line="+26" />
        <source>แนวโน้มคะแนนรวมรายปี</source>
        <translation>Total score by year</translation>
    </message>
    <message>
        <location line="-46" />
        <location line="+57" />
        <source>ผลประกาศ สพฐ.</source>
        <translation>Announced by OBEC</translation>
    </message>
    <message>
        <location line="-25" />
        <source>ตัวชี้วัด</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ค่าเป้าหมาย</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="-14" />
        <source>ปี {year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>หมวด {n}</source>
        <translation type="vanished">Category {n}</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/check_panel.py" line="+33" />
        <source>บันทึกผลการตรวจของคณะกรรมการ (บันทึกอัตโนมัติ)</source>
        <translation>Committee's review notes (saved automatically)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เหตุผลหรือข้อเสนอแนะ (ต้องกรอกเมื่อส่งกลับให้แก้ไข หรือเปิดระบบอีกครั้ง)</source>
        <translation>Reason or suggestions (required when returning for revision or reopening)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ส่งกลับให้แก้ไข</source>
        <translation>Return for revision</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ยืนยันผลการตรวจสอบ</source>
        <translation>Confirm review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปิดระบบ (ล็อก)</source>
        <translation>Lock (close)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เปิดระบบอีกครั้ง</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>สิ่งที่ผู้ตรวจควรดู (ยังขาดหรือยังไม่ครบ):</source>
        <translation>For the reviewer to look at (missing or incomplete):</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกของคณะกรรมการ</source>
        <translation>Committee's notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เหตุผล / ข้อเสนอแนะสำหรับการเปลี่ยนสถานะ</source>
        <translation>Reason / suggestions for the status change</translation>
    </message>
    <message>
        <location line="+24" />
        <source>ยังไม่ได้ส่งตรวจสอบ — ผู้รับผิดชอบต้องส่งจากขั้นดำเนินงาน (Do) ก่อน</source>
        <translation>Not submitted for review yet — the owner must submit it from the Do step first</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไม่พบสิ่งที่ขาด</source>
        <translation>Nothing missing</translation>
    </message>
    <message>
        <location line="+23" />
        <source>ผู้ใช้งานขณะนี้: {name} — ส่งกลับ/ยืนยันได้เฉพาะผู้ตรวจสอบ, ปิดระบบ/เปิดระบบได้เฉพาะผู้ประสานงาน</source>
        <translation>Current user: {name} — only reviewers can return/confirm; only coordinators can lock/reopen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../mk3desk/cli/account_cmds.py" line="+73" />
        <source>ไม่มี{what}: ตั้งตัวแปร {variable} หรือรันคำสั่งในหน้าต่างที่พิมพ์ได้</source>
        <translation>No {what}: set {variable} or run the command in a terminal where it can be typed</translation>
    </message>
    <message>
        <location line="+8" />
        <source>รหัสผ่านทั้งสองครั้งไม่ตรงกัน — ยังไม่ได้เปลี่ยนอะไร</source>
        <translation>The two passwords differ — nothing was changed</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ระบุ --user ชื่อผู้ใช้ของบัญชีผู้ประสาน</source>
        <translation>Give --user, the user name of a coordinator's account</translation>
    </message>
    <message>
        <location line="+45" />
        <location filename="../mk3desk/cli/work_cmds.py" line="+77" />
        <source>ไม่พบบุคลากรชื่อ “{name}”</source>
        <translation>No staff member named “{name}”</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ไม่พบบัญชีผู้ใช้ “{name}”</source>
        <translation>No user account “{name}”</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/work_cmds.py" line="+64" />
        <source>ฐานข้อมูลนี้มีบัญชีผู้ใช้ — ใช้ --user แทน --as-person</source>
        <translation>This database has accounts — use --user instead of --as-person</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ระบุ --met, --unmet หรือ --narrative อย่างน้อยหนึ่งอย่าง</source>
        <translation>Give at least one of --met, --unmet or --narrative</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/score_cmds.py" line="+179" />
        <source>รูปแบบ --category ต้องเป็น หมวด=คะแนน เช่น 2=4.75000 (ได้รับ {item})</source>
        <translation>--category must be category=score, e.g. 2=4.75000 (got {item})</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/common.py" line="+135" />
        <source>ไม่มีรหัสผ่านของ “{user}”: ตั้งตัวแปร {variable} หรือรันคำสั่งในหน้าต่างที่พิมพ์รหัสผ่านได้</source>
        <translation>No password for “{user}”: set {variable} or run the command in a terminal where a password can be typed</translation>
    </message>
    <message>
        <location line="+25" />
        <source>ฐานข้อมูลนี้มีบัญชีผู้ใช้ — ระบุ --user ชื่อผู้ใช้ (รหัสผ่านจาก {variable} หรือพิมพ์เมื่อถาม) จึงจะบันทึกข้อมูลได้</source>
        <translation>This database has accounts — give --user NAME (the password from {variable} or typed when asked) to save anything</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ต้องตั้งรหัสผ่านใหม่ก่อน (ผู้ประสานรีเซ็ตไว้) — เข้าสู่ระบบในโปรแกรมเพื่อเปลี่ยนรหัสผ่าน</source>
        <translation>A new password must be chosen first (the coordinator reset it) — log in to the program to change it</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/recognition_cmds.py" line="+85" />
        <source>ไม่พบกลุ่มงานชื่อ “{name}”</source>
        <translation>No work group named “{name}”</translation>
    </message>
    <message>
        <location line="+109" />
        <source>กรุณาระบุ --pdf หรือ --png (หรือทั้งสองอย่าง)</source>
        <translation>Please give --pdf or --png (or both)</translation>
    </message>
    <message>
        <location filename="../mk3desk/cli/swot_cmds.py" line="+98" />
        <source>ใช้ --file หรือระบุรายการทีละข้อ อย่างใดอย่างหนึ่ง ไม่ใช้พร้อมกัน</source>
        <translation>Use either --file or list the items one by one, not both</translation>
    </message>
    <message>
        <location line="+6" />
        <source>อ่านไฟล์ {name} ไม่ได้ (ต้องเป็นไฟล์ข้อความ UTF-8): {reason}</source>
        <translation>Cannot read file {name} (it must be a UTF-8 text file): {reason}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไม่มีอะไรจะบันทึก — ระบุ --file หรือ --strength/--weakness/--opportunity/--threat</source>
        <translation>Nothing to save — give --file or --strength/--weakness/--opportunity/--threat</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>เอกสารรายงานจะมาในรุ่นถัดไป</source>
        <translation type="vanished">Report documents are coming in the next version</translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <location filename="../mk3desk/domain/committees.py" line="+35" />
        <source>ประธานกรรมการ</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รองประธานกรรมการ</source>
        <translation>Vice chair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการ</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการและเลขานุการ</source>
        <translation>Member and secretary</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการและผู้ช่วยเลขานุการ</source>
        <translation>Member and assistant secretary</translation>
    </message>
    <message>
        <location line="+5" />
        <source>คณะกรรมการดำเนินงานตามคำรับรองการปฏิบัติราชการ (KRS) และ PMQA 4.0</source>
        <translation>Committee for the Performance Agreement (KRS) and PMQA 4.0</translation>
    </message>
    <message>
        <location line="+77" />
        <source>ไม่รู้จักบทบาท “{role}” ในคณะกรรมการ (ที่มี: {known})</source>
        <translation>Unknown committee role “{role}” (there are: {known})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>“{name}” เป็น{first}อยู่แล้ว จะเป็น{second}ในคณะกรรมการเดียวกันอีกไม่ได้ — ประธาน รองประธาน และเลขานุการต้องเป็นคนละคน</source>
        <translation>“{name}” is already {first} and cannot also be {second} in the same committee — the chair, vice chair and secretary must be different people</translation>
    </message>
    <message>
        <location line="+10" />
        <source>“{name}” อยู่ในคณะกรรมการนี้แล้ว (เป็น{role}) หนึ่งคนมีได้หนึ่งบทบาท</source>
        <translation>“{name}” is already in this committee (as {role}); one person can have only one role</translation>
    </message>
    <message>
        <location line="+10" />
        <source>คณะกรรมการต้องมีประธานกรรมการหนึ่งคน — โปรดเลือกประธานก่อนบันทึก</source>
        <translation>A committee needs one chair — please choose the chair before saving</translation>
    </message>
    <message>
        <location line="+6" />
        <source>คณะกรรมการมีประธานได้คนเดียว แต่เลือกไว้ {count} คน ({names})</source>
        <translation>A committee can have only one chair, but {count} are chosen ({names})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>คณะกรรมการมีกรรมการและเลขานุการได้คนเดียว ({names}) — คนอื่นให้เป็นผู้ช่วยเลขานุการ</source>
        <translation>A committee can have only one member and secretary ({names}) — make the others assistant secretaries</translation>
    </message>
    <message>
        <location line="+17" />
        <source>กรุณาระบุเรื่องของคำสั่ง</source>
        <translation>Please enter the subject of the order</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เลขที่คำสั่งยาวเกินไป (ไม่เกิน 40 ตัวอักษร)</source>
        <translation>The order number is too long (40 characters at most)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ใส่เฉพาะเลขที่คำสั่ง เช่น ๑๒๓ โดยไม่ต้องพิมพ์คำว่า “ที่” และปี พ.ศ. (เอกสารพิมพ์ “ที่ ๑๒๓/๒๕๖๗” ให้เอง)</source>
        <translation>Enter only the order number, e.g. 123, without the word “No.” or the B.E. year (the document prints “No. 123/2567” itself)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/common.py" line="+35" />
        <location filename="../mk3desk/services/documents/committee.py" line="+47" />
        <source>ไม่พบคณะกรรมการที่เลือกในปีงบประมาณ {year}</source>
        <translation>The chosen committee was not found in fiscal year {year}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>The chosen staff member is not in this office</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/members.py" line="+35" />
        <source>บุคคลนี้ไม่ได้อยู่ในคณะกรรมการนี้</source>
        <translation>This person is not in this committee</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/order_options.py" line="+83" />
        <source>ไฟล์ภาพ “{name}” ใหญ่เกิน 2 MB — โปรดย่อภาพก่อน</source>
        <translation>The image file “{name}” is larger than 2 MB — please make the image smaller first</translation>
    </message>
    <message>
        <location line="+4" />
        <source>“{name}” ไม่ใช่ไฟล์ภาพ PNG หรือ JPEG</source>
        <translation>“{name}” is not a PNG or JPEG image file</translation>
    </message>
    <message>
        <location line="+9" />
        <source>เปิดไฟล์ภาพ “{name}” ไม่ได้ ไฟล์อาจเสียหาย</source>
        <translation>Cannot open the image file “{name}”; the file may be damaged</translation>
    </message>
    <message>
        <location line="+22" />
        <source>อ่านไฟล์ภาพ “{name}” ไม่ได้ ({reason})</source>
        <translation>Cannot read the image file “{name}” ({reason})</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/save.py" line="+32" />
        <source>กรุณาระบุชื่อคณะกรรมการ</source>
        <translation>Please enter the committee name</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ปีงบประมาณ {year} มี “{name}” อยู่แล้ว</source>
        <translation>Fiscal year {year} already has “{name}”</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/documents/committee.py" line="+4" />
        <source>ปีงบประมาณ {year} ยังไม่มีคณะกรรมการ — เพิ่มคณะกรรมการก่อน (หน้ารายงาน → คณะกรรมการและคำสั่ง… หรือ mk3desk committee add)</source>
        <translation>Fiscal year {year} has no committee yet — add a committee first (Reports page → Committees and orders… or mk3desk committee add)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/committees/conflict.py" line="+57" />
        <source>ชื่อคณะกรรมการ</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำสั่งที่</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สั่ง ณ วันที่</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ลงนาม</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตำแหน่งผู้ลงนาม</source>
        <translation>Signer's position</translation>
    </message>
    <message>
        <location line="+5" />
        <source>มีผลตั้งแต่</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ความนำ</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location line="+4" />
        <source>หน้าที่</source>
        <translation>Duties</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รายชื่อกรรมการ</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>CommitteesDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/committees_dialog.py" line="+67" />
        <source>คณะกรรมการและคำสั่งแต่งตั้ง</source>
        <translation>Committees and appointment orders</translation>
    </message>
    <message>
        <location line="+15" />
        <source>เพิ่มคณะกรรมการ</source>
        <translation>Add committee</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+268" />
        <source>ลบคณะกรรมการ</source>
        <translation>Delete committee</translation>
    </message>
    <message>
        <location line="-266" />
        <source>คณะกรรมการของปีนี้</source>
        <translation>This year's committees</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เช่น ๑๒๓ (ปี พ.ศ. พิมพ์ตามวันที่สั่ง)</source>
        <translation>e.g. 123 (the B.E. year is printed from the order date)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ว่างไว้ = ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป</source>
        <translation>Leave blank for “effective from now on”</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เหตุผลของคำสั่ง พิมพ์ก่อนรายชื่อกรรมการ</source>
        <translation>Reason for the order, printed before the list of members</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ขึ้นบรรทัดใหม่ตรงที่ต้องการให้ตัดเป็นสองบรรทัด</source>
        <translation>Press Enter where the line should break in two</translation>
    </message>
    <message>
        <location line="+3" />
        <source>สั่ง ณ วันที่</source>
        <translation>Ordered on</translation>
    </message>
    <message>
        <location line="+2" />
        <source>มีผลตั้งแต่</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ชื่อคณะกรรมการ</source>
        <translation>Committee name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำสั่งเลขที่</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ลงนาม</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่งผู้ลงนาม</source>
        <translation>Signer's position</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ชื่อ - สกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>บทบาทในคณะกรรมการ</source>
        <translation>Role in the committee</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เพิ่มกรรมการ</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำออก</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กรรมการ</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+10" />
        <source>รายชื่อกรรมการและหน้าที่ที่บันทึกไว้ของคณะนี้เป็นไฟล์ Excel</source>
        <translation>The saved members and duties of this committee as an Excel file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แทนที่รายชื่อกรรมการ (และหน้าที่) ของคณะนี้ด้วยไฟล์ Excel ทั้งไฟล์หรือไม่นำเข้าเลย</source>
        <translation>Replace this committee's members (and duties) with an Excel file — the whole file or nothing</translation>
    </message>
    <message>
        <location line="+9" />
        <source>หน้าที่ละหนึ่งบรรทัด</source>
        <translation>One duty per line</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เลือกภาพตราครุฑ…</source>
        <translation>Choose the Garuda emblem image…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์รหัสตรวจสอบท้ายคำสั่ง</source>
        <translation>Print a verification code at the end of the order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+12" />
        <source>หน้าที่ของคณะกรรมการ</source>
        <translation>Committee duties</translation>
    </message>
    <message>
        <location line="+32" />
        <source>ภาพตราครุฑ: {name}</source>
        <translation>Garuda emblem image: {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ยังไม่ได้เลือกภาพตราครุฑ (คำสั่งจะเว้นที่ว่างไว้)</source>
        <translation>No Garuda emblem image chosen yet (the order leaves a blank space)</translation>
    </message>
    <message>
        <location line="+69" />
        <source>— เลือกบุคลากร —</source>
        <translation>— Choose a staff member —</translation>
    </message>
    <message>
        <location line="+4" />
        <source> — พ้นจากสำนักงาน</source>
        <translation> — has left the office</translation>
    </message>
    <message>
        <location line="+75" />
        <source>ลบ “{name}” และรายชื่อกรรมการทั้งหมดของคณะนี้หรือไม่? (บุคลากรยังอยู่)</source>
        <translation>Delete “{name}” and all the members of this committee? (The staff stay)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>เลือกภาพตราครุฑ</source>
        <translation>Choose the Garuda emblem image</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ภาพ (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../mk3desk/services/conflicts.py" line="+29" />
        <source>{what}: มีผู้อื่นบันทึกการแก้ไขไปก่อนแล้วหลังจากที่คุณเปิดดู จึงยังไม่ได้บันทึกของคุณ</source>
        <translation>{what}: someone else saved changes after you opened it, so yours were not saved</translation>
    </message>
    <message>
        <location line="+55" />
        <source>ใช่</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ไม่ใช่</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <location filename="../mk3desk/ui/live.py" line="+173" />
        <source>เชื่อมต่อเซิร์ฟเวอร์ {server}</source>
        <translation>Connected to server {server}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — งานที่พิมพ์ไว้ยังอยู่ จะบันทึกเมื่อเชื่อมต่อได้</source>
        <translation>Server connection lost — what you typed is kept and will be saved when the connection returns</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ฐานข้อมูลบนเซิร์ฟเวอร์ {server}</source>
        <translation>Database on server {server}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ติดต่อเซิร์ฟเวอร์ {server} ไม่ได้ โปรแกรมจะลองใหม่เรื่อย ๆ — ข้อความที่พิมพ์ไว้ยังอยู่ในช่องและเก็บสำรองไว้ในเครื่องนี้ด้วย</source>
        <translation>Cannot reach server {server}; the program keeps retrying — what you typed stays in the boxes and is also backed up on this computer</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../mk3desk/ui/pdca/criteria.py" line="+42" />
        <source>อธิบายว่าทำเกณฑ์นี้อย่างไร (บันทึกอัตโนมัติ)</source>
        <translation>Describe how this criterion was met (saved automatically)</translation>
    </message>
    <message>
        <source>แนบหลักฐาน…</source>
        <translation type="vanished">Attach evidence…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>แนบหลักฐาน {key}…</source>
        <translation>Attach evidence {key}…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แนบไฟล์หลักฐานของเกณฑ์ {key}</source>
        <translation>Attach an evidence file for criterion {key}</translation>
    </message>
    <message>
        <location line="+26" />
        <source>หลักฐาน {n} ไฟล์</source>
        <translation>Evidence: {n} file(s)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน</source>
        <translation>Ticked but no evidence yet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยังไม่มีหลักฐาน</source>
        <translation>No evidence yet</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/dashboard_page.py" line="+139" />
        <source>ภาพสรุปสำหรับเผยแพร่…</source>
        <translation>Summary image for publishing…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>คะแนนที่คำนวณจากข้อมูล</source>
        <translation>Score computed from the data</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ผลประกาศของ สพฐ.</source>
        <translation>Result announced by OBEC</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ทำอะไรแล้วคะแนนรวมเพิ่มมากที่สุด (5 อันดับ)</source>
        <translation>What raises the total score most (top 5)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>บันทึกภาพสรุปสำหรับเผยแพร่</source>
        <translation>Save the summary image for publishing</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ภาพสรุป.png</source>
        <translation>summary.png</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>ภาพสรุปสำหรับเผยแพร่</source>
        <translation>Summary image for publishing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกภาพ {png} และโปสเตอร์ PDF {pdf} แล้ว</source>
        <translation>Saved the image {png} and the PDF poster {pdf}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ดับเบิลคลิกเพื่อเปิดตัวชี้วัด</source>
        <translation>Double-click to open the indicator</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ยังไม่ได้เลือกปีงบประมาณ</source>
        <translation>No fiscal year selected</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ภาพรวมปีงบประมาณ {year}</source>
        <translation>Overview of fiscal year {year}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยังไม่ได้กำหนดค่าเป้าหมาย</source>
        <translation>No target set yet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ค่าเป้าหมาย {target} — ถึงเป้าหมายแล้ว</source>
        <translation>Target {target} — reached</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ค่าเป้าหมาย {target} — ยังขาดอีก {gap}</source>
        <translation>Target {target} — {gap} short</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ยังไม่ถึงระดับใด</source>
        <translation>No band reached yet</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>ระดับ: {band}</source>
        <translation>Band: {band}</translation>
    </message>
    <message>
        <location line="-11" />
        <source> · อีก {gap} ถึงระดับ “{next}”</source>
        <translation> · {gap} more to reach “{next}”</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ยังไม่ได้บันทึกผลประกาศของปีนี้</source>
        <translation>This year's official result has not been entered</translation>
    </message>
    <message>
        <location line="+6" />
        <source> · ลำดับที่ {rank} ของประเทศ</source>
        <translation> · ranked {rank} nationwide</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ส่วนต่างที่คะแนนรายหมวดอธิบายไม่ได้: {value}</source>
        <translation>Difference not explained by the category scores: {value}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>เลยกำหนดส่ง ({count})</source>
        <translation>Overdue ({count})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ครบกำหนดภายใน 14 วัน ({count})</source>
        <translation>Due within 14 days ({count})</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../mk3desk/db/sqlite_file.py" line="+63" />
        <source>เปิดไฟล์ฐานข้อมูล {path} ไม่ได้: {reason}</source>
        <translation>Cannot open the database file {path}: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์ {path} ไม่ใช่ฐานข้อมูลของ mk3desk หรือไฟล์เสียหาย จึงไม่ได้เปิดใช้</source>
        <translation>The file {path} is not an mk3desk database or is damaged, so it was not opened</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/migrate.py" line="+126" />
        <location filename="../mk3desk/services/integrity.py" line="+71" />
        <source>ไม่พบไฟล์ฐานข้อมูล {path}</source>
        <translation>Database file {path} not found</translation>
    </message>
    <message>
        <location line="+32" />
        <source>ฐานข้อมูลบนเซิร์ฟเวอร์ยังเป็นโครงสร้างรุ่น {current} แต่โปรแกรมนี้ใช้รุ่น {head} — ให้ผู้ดูแลระบบสั่ง mk3desk server upgrade ก่อน แล้วปรับรุ่นโปรแกรมทุกเครื่องให้ตรงกัน</source>
        <translation>The database on the server still has schema revision {current}, but this program uses {head} — ask the system administrator to run mk3desk server upgrade first, then bring the program on every computer to the same version</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/sqlite_file.py" line="-20" />
        <source>ฐานข้อมูลเสียหาย อ่านไม่ได้ ({reason}) — ลองใช้ไฟล์สำรองในโฟลเดอร์ backups</source>
        <translation>The database is damaged and cannot be read ({reason}) — try a backup from the backups folder</translation>
    </message>
    <message>
        <location line="-17" />
        <source>ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {revision}) โปรดปรับรุ่นโปรแกรมก่อนเปิด — ไม่ได้แก้ไขไฟล์นี้</source>
        <translation>This database was made by a newer mk3desk (schema revision {revision}). Please update the program before opening it — the file was not changed</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไฟล์นี้เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ของ mk3desk จึงไม่ได้เปิดใช้</source>
        <translation>This file is another program's database, not mk3desk's, so it was not opened</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/migrate.py" line="+10" />
        <source>ฐานข้อมูลต้องปรับรุ่นโครงสร้างก่อน แต่เปิดแบบอ่านอย่างเดียวอยู่</source>
        <translation>The database schema needs upgrading first, but the database is open read-only</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/errors.py" line="+31" />
        <source>มีผู้อื่นแก้ไขรายการเดียวกันนี้ไปก่อนแล้ว จึงยังไม่ได้บันทึก — โปรดดูข้อมูลล่าสุดแล้วทำรายการอีกครั้ง</source>
        <translation>Someone else changed the same record first, so this was not saved — look at the latest data and try again</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ขาดการเชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูล — รายการนี้ยังไม่ได้บันทึก โปรดตรวจสายแลนหรือเครือข่าย แล้วลองอีกครั้งเมื่อเชื่อมต่อได้</source>
        <translation>Lost connection to the database server — this entry has not been saved. Please check the LAN cable or network, then try again once connected</translation>
    </message>
    <message>
        <location line="+21" />
        <source>มีโปรแกรมอื่นกำลังบันทึกข้อมูลลงฐานข้อมูลนี้อยู่ รอแล้ว {seconds} วินาทียังไม่เสร็จ — ยังไม่ได้บันทึก โปรดลองอีกครั้ง</source>
        <translation>Another program is saving to this database and has not finished after {seconds} seconds — not saved, please try again</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ฐานข้อมูลเปิดแบบอ่านอย่างเดียว จึงบันทึกไม่ได้</source>
        <translation>The database is open read-only, so nothing can be saved</translation>
    </message>
    <message>
        <location line="+3" />
        <source>พื้นที่ดิสก์เต็ม บันทึกไม่ได้ — ยังไม่ได้บันทึก โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</source>
        <translation>The disk is full — not saved; free some space and try again</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/writer_lock.py" line="+90" />
        <source>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine}) รอแล้ว {seconds} วินาที — ยังไม่ได้บันทึก ปิดโปรแกรมอีกชุดหนึ่งแล้วลองอีกครั้ง</source>
        <translation>The database {path} is in use by another copy of the program (computer {machine}); waited {seconds} seconds — not saved. Close the other copy and try again</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/wal_index.py" line="+73" />
        <source>ไฟล์ว่างเปล่า 0 ไบต์</source>
        <translation>an empty file of 0 bytes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>งานที่บันทึกล่าสุดของฐานข้อมูลนี้หายไปพร้อมไฟล์ {wal} (โปรแกรมปิดไม่ปกติแล้วไฟล์นั้นถูกลบ) จึงยังไม่ได้เปิด — ตรวจด้วย mk3desk check แล้วกู้คืนด้วย mk3desk restore --list หรือถ้ายอมรับข้อมูลที่หายไป ให้ลบไฟล์ {shm} แล้วเปิดใหม่</source>
        <translation>The latest saved work of this database was lost with the file {wal} (the program did not close normally and that file was deleted), so it was not opened — check it with mk3desk check and restore with mk3desk restore --list, or, to accept the loss, delete {shm} and open it again</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../mk3desk/services/demo.py" line="+69" />
        <source>ฐานข้อมูลนี้มีข้อมูลสำนักงานอยู่แล้ว จึงไม่ได้สร้างข้อมูลตัวอย่างทับ — ใช้ไฟล์ใหม่ (--db)</source>
        <translation>This database already holds office data, so the demo data was not written over it — use a new file (--db)</translation>
    </message>
</context>
<context>
    <name>DemoBuild</name>
    <message>
        <location filename="../mk3desk/ui/demo_building.py" line="+67" />
        <source>กำลังสร้างข้อมูลตัวอย่าง สพป.มหาสารคาม เขต 3 (สามปีงบประมาณ)
ทำครั้งเดียว อาจใช้เวลาสักครู่</source>
        <translation>Building the demo office, Maha Sarakham PESAO 3 (three fiscal years)
This happens once and may take a moment</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ข้อมูลตัวอย่าง</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>DoPanel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/do_panel.py" line="+57" />
        <source>บันทึกสิ่งที่ทำไปแล้ว เมื่อใด ผลเป็นอย่างไร (บันทึกอัตโนมัติ)</source>
        <translation>Record what was done, when, and with what result (saved automatically)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไฟล์หลักฐาน</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ส่งตรวจสอบ (Check) →</source>
        <translation>Submit for review (Check) →</translation>
    </message>
    <message>
        <location line="+12" />
        <source>บันทึกผลการดำเนินงาน</source>
        <translation>Work log</translation>
    </message>
    <message>
        <location line="+5" />
        <source>สิ่งที่ต้องมีก่อนส่งตรวจสอบ:</source>
        <translation>Needed before submitting for review:</translation>
    </message>
    <message>
        <location line="+43" />
        <source>คณะกรรมการส่งกลับให้แก้ไข: {comment}</source>
        <translation>Returned for revision by the committee: {comment}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ผู้ประสานงานเปิดระบบอีกครั้ง ({who} {when}) เหตุผล: {comment}</source>
        <translation>Reopened by the coordinator ({who} {when}). Reason: {comment}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>• {day} {kind}: {topic} (เข้าร่วม {came}/{invited} คน, เอกสาร {files} ไฟล์)</source>
        <translation>• {day} {kind}: {topic} ({came}/{invited} attended, {files} document(s))</translation>
    </message>
    <message>
        <location line="+11" />
        <source>การประชุม/อบรมที่เกี่ยวข้อง (นับเป็นหลักฐาน):</source>
        <translation>Related meetings/trainings (count as evidence):</translation>
    </message>
    <message>
        <location line="-62" />
        <source>คำแนะนำ: {guide}</source>
        <translation>Guidance: {guide}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>พร้อมส่งตรวจสอบ</source>
        <translation>Ready to submit for review</translation>
    </message>
</context>
<context>
    <name>DraftsLabel</name>
    <message>
        <location filename="../mk3desk/ui/live.py" line="+38" />
        <source>ข้อความรอบันทึก: ตัวชี้วัด {codes} และข้อความ Best Practice — เปิดตัวชี้วัดหรือหน้าต่างข้อความ Best Practice เพื่อบันทึก</source>
        <translation>Texts waiting to be saved: indicators {codes} and the Best Practice texts — open the indicator or the Best Practice texts window to save them</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ข้อความรอบันทึก: ตัวชี้วัด {codes} — เปิดตัวชี้วัดเพื่อบันทึก</source>
        <translation>Unsaved text: indicator {codes} — open the indicator to save it</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ข้อความรอบันทึก: ข้อความ Best Practice — เปิดหน้าต่างข้อความ Best Practice ในหน้ารายงานเพื่อบันทึก</source>
        <translation>Texts waiting to be saved: the Best Practice texts — open the Best Practice texts window on the Reports page to save them</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ข้อความที่พิมพ์ไว้ตอนขาดการเชื่อมต่อเซิร์ฟเวอร์ยังไม่ได้บันทึก — เปิดตัวชี้วัดนั้น (หรือหน้าต่างข้อความ Best Practice) ข้อความจะกลับมาในช่องและบันทึกให้</source>
        <translation>Texts typed while the server connection was lost are not saved yet — open that indicator (or the Best Practice texts window): the text comes back into its field and is saved</translation>
    </message>
    <message>
        <location line="-18" />
        <source>ข้อความรอบันทึก {n} ช่อง (เก็บไว้ในเครื่องนี้)</source>
        <translation>Unsaved text in {n} box(es) (kept on this computer)</translation>
    </message>
    <message>
        <source>ข้อความที่พิมพ์ไว้ตอนขาดการเชื่อมต่อเซิร์ฟเวอร์ยังไม่ได้บันทึก — เปิดตัวชี้วัดนั้น ข้อความจะกลับมาในช่องและบันทึกให้</source>
        <translation type="vanished">Text typed while the server connection was lost has not been saved yet — open that indicator; the text returns to its box and is saved</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../mk3desk/ui/models/assignment_model.py" line="+48" />
        <source>เลยกำหนด {days} วัน</source>
        <translation>{days} day(s) overdue</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ครบกำหนดวันนี้</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location line="+2" />
        <source>อีก {days} วัน</source>
        <translation>In {days} day(s)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยังไม่มีผู้รับผิดชอบ</source>
        <translation>No owner yet</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../mk3desk/ui/app.py" line="-64" />
        <source>ทำรายการไม่ได้</source>
        <translation>Could not complete the action</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เกิดข้อผิดพลาดในโปรแกรม</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location line="+2" />
        <source>โปรแกรมพบข้อผิดพลาดที่ไม่คาดคิด งานที่บันทึกแล้วไม่สูญหาย
กรุณาแจ้งผู้ดูแลระบบ พร้อมแฟ้มบันทึกเหตุการณ์: {log}</source>
        <translation>The program hit an unexpected error. Work already saved is not lost.
Please tell your system administrator and send the log file: {log}</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../mk3desk/db/evidence_store.py" line="+48" />
        <source>พื้นที่ดิสก์เต็ม บันทึกไฟล์ {path} ไม่ได้ — ข้อมูลเดิมยังอยู่ครบ โปรดลบไฟล์ที่ไม่ใช้แล้วลองใหม่</source>
        <translation>The disk is full; cannot save {path} — existing data is intact. Please delete unused files and try again</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/evidence_blobs.py" line="+108" />
        <source>ไฟล์หลักฐาน {sha} บนเซิร์ฟเวอร์ไม่ตรงกับค่า SHA-256 ที่บันทึกไว้ (ถูกแก้นอกโปรแกรม) จึงไม่ได้เปิด</source>
        <translation>Evidence file {sha} on the server does not match its recorded SHA-256 (changed outside the program), so it was not opened</translation>
    </message>
    <message>
        <location line="+32" />
        <location filename="../mk3desk/db/evidence_store.py" line="+6" />
        <source>อ่านหรือเขียนไฟล์ {path} ไม่ได้: {reason}</source>
        <translation>Cannot read or write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../mk3desk/db/evidence_store.py" line="+81" />
        <source>เปิดไฟล์ {path} ไม่ได้: {reason}</source>
        <translation>Cannot open {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/evidence.py" line="+48" />
        <location filename="../mk3desk/services/knowledge/materials.py" line="+42" />
        <source>ไม่พบไฟล์ {path} หรือไม่ใช่ไฟล์</source>
        <translation>{path} not found or is not a file</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../mk3desk/services/knowledge/materials.py" line="+4" />
        <source>ไฟล์ {name} ใหญ่เกิน 1 GB จึงไม่ได้แนบ — โปรดย่อขนาดหรือแบ่งไฟล์</source>
        <translation>{name} is larger than 1 GB, so it was not attached — please shrink or split it</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</source>
        <translation>Indicator {code} has no criterion {key}</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ชื่อไฟล์ {name} ใช้ไม่ได้</source>
        <translation>The file name {name} cannot be used</translation>
    </message>
    <message>
        <location line="+5" />
        <source>คัดลอกไฟล์ {name} เพื่อเปิดดูไม่ได้ ({reason})</source>
        <translation>Cannot copy {name} to open it ({reason})</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่พบไฟล์หลักฐานรหัส {id}</source>
        <translation>Evidence file with ID {id} not found</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/evidence_opening.py" line="+59" />
        <source>ดึงไฟล์ {name} มาเปิดไม่สำเร็จ ({reason}) — โปรดตรวจการเชื่อมต่อกับเซิร์ฟเวอร์แล้วลองอีกครั้ง</source>
        <translation>Could not fetch file {name} to open ({reason}) — please check the connection to the server and try again</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../mk3desk/ui/evidence_panel.py" line="+82" />
        <source>{n:.1f} เมกะไบต์</source>
        <translation>{n:.1f} MB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{n:.0f} กิโลไบต์</source>
        <translation>{n:.0f} KB</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} ไบต์</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location line="+41" />
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบาย</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกณฑ์</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ขนาด</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แนบเมื่อ</source>
        <translation>Attached on</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ไฟล์นี้หายไปจากที่เก็บหลักฐาน</source>
        <translation>This file is missing from the evidence store</translation>
    </message>
    <message>
        <location line="+3" />
        <source>กรุณาแนบใหม่</source>
        <translation>Please attach it again</translation>
    </message>
    <message>
        <location line="-10" />
        <source>ทั้งตัวชี้วัด</source>
        <translation>Whole indicator</translation>
    </message>
    <message>
        <source>{n:.1f} MB</source>
        <translation type="vanished">{n:.1f} MB</translation>
    </message>
    <message>
        <source>{n:.0f} KB</source>
        <translation type="vanished">{n:.0f} KB</translation>
    </message>
    <message>
        <location line="-11" />
        <source>{name} (ไม่พบไฟล์!)</source>
        <translation>{name} (file missing!)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} (ไฟล์ถูกแก้ไข!)</source>
        <translation>{name} (file changed!)</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location line="+55" />
        <source>คำอธิบายไฟล์ (เช่น รายงานการประชุม ครั้งที่ 1/2567)</source>
        <translation>File description (e.g. Minutes of meeting no. 1/2567)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แนบไฟล์…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เปิดไฟล์</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ย้ายไปถังขยะ</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ถังขยะ…</source>
        <translation>Trash…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ไฟล์ที่ย้ายไปถังขยะ นำกลับคืนได้จนกว่าจะล้างถังขยะ</source>
        <translation>Files moved to the trash can be restored until the trash is emptied</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+162" />
        <source>ลากไฟล์มาวางที่นี่เพื่อแนบได้</source>
        <translation>You can drag files here to attach them</translation>
    </message>
    <message>
        <location line="-155" />
        <source>สำหรับเกณฑ์</source>
        <translation>For criterion</translation>
    </message>
    <message>
        <location line="+32" />
        <source>ทั้งตัวชี้วัด</source>
        <translation>Whole indicator</translation>
    </message>
    <message>
        <location line="+48" />
        <source>เลือกไฟล์หลักฐาน</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location line="+42" />
        <source>ไฟล์ขนาดใหญ่</source>
        <translation>Large file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ไฟล์ {name} มีขนาด {size} ซึ่งใหญ่มาก ฐานข้อมูลและไฟล์สำรองจะโตขึ้นตาม ต้องการแนบหรือไม่?</source>
        <translation>{name} is {size}, which is very large; the database and its backups will grow accordingly. Attach it anyway?</translation>
    </message>
    <message>
        <location line="+31" />
        <source>กำลังดึงไฟล์มาเปิด…</source>
        <translation>Fetching the file to open…</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/evidence_opening.py" line="+71" />
        <source>ไม่พบไฟล์</source>
        <translation>File not found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปิดไฟล์ {name} ไม่ได้ เพราะไฟล์หายไปจากที่เก็บหลักฐาน (อาจถูกลบหรือย้ายออกจากโฟลเดอร์ของโปรแกรม) กรุณาแนบไฟล์นี้ใหม่</source>
        <translation>Cannot open {name}: it is missing from the evidence store (it may have been deleted or moved out of the program's folder). Please attach it again</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ไฟล์ถูกแก้ไข</source>
        <translation>File changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์ {name} ถูกแก้ไขหลังจากแนบ จึงอาจไม่ใช่หลักฐานฉบับเดิม ต้องการเปิดดูหรือไม่?</source>
        <translation>{name} was changed after it was attached, so it may not be the original evidence. Open it anyway?</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไฟล์นี้เป็นโปรแกรม</source>
        <translation>This file is a program</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์ {name} เป็นชนิดที่เครื่องจะสั่งทำงานเป็นโปรแกรม ไม่ใช่เอกสาร ถ้าไม่แน่ใจว่ามาจากใคร อย่าเปิด — ต้องการเปิดหรือไม่?</source>
        <translation>{name} is a kind of file the computer runs as a program, not a document. If you are not sure where it came from, do not open it — open it anyway?</translation>
    </message>
    <message>
        <location line="-42" />
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เครื่องนี้ไม่มีโปรแกรมที่เปิดไฟล์ {name} ได้ — ไฟล์อยู่ที่ {path} คัดลอกไปเปิดด้วยโปรแกรมอื่นได้</source>
        <translation>No program on this computer opens {name} — the file is at {path}; copy it and open it with another program</translation>
    </message>
    <message>
        <source>ไฟล์ {name} หายไปจากที่เก็บหลักฐาน กรุณาแนบใหม่</source>
        <translation type="vanished">{name} is missing from the evidence store. Please attach it again</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../mk3desk/services/excel/__init__.py" line="+152" />
        <source>ไม่รู้จักชนิดข้อมูล “{kind}” (ใช้ได้: {known})</source>
        <translation>Unknown data kind “{kind}” (available: {known})</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ข้อมูล “{title}” เป็นของปีงบประมาณ กรุณาระบุปี เช่น 2567</source>
        <translation>“{title}” belongs to a fiscal year; please give the year, e.g. 2567</translation>
    </message>
    <message>
        <source>กรุณาเลือกปีงบประมาณก่อน</source>
        <translation type="vanished">Please choose a fiscal year first</translation>
    </message>
    <message>
        <location line="-48" />
        <source>คะแนนรายหมวดและรายตัวชี้วัด</source>
        <translation>Scores by category and indicator</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ติดตามความก้าวหน้า (ผู้รับผิดชอบ สถานะ กำหนดส่ง)</source>
        <translation>Progress tracker (owners, status, due dates)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ดัชนีไฟล์หลักฐาน</source>
        <translation>Evidence file index</translation>
    </message>
    <message>
        <location line="+63" />
        <source>ข้อมูล “{title}” เป็นของคณะกรรมการหนึ่งคณะ กรุณาเลือกคณะกรรมการ</source>
        <translation>“{title}” data belongs to one committee; please choose a committee</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ข้อมูล “{title}” เป็นของการประชุม/อบรมหนึ่งครั้ง กรุณาเลือกการประชุม</source>
        <translation>“{title}” data belongs to one meeting/training; please choose a meeting</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <source>Excel</source>
        <translation type="vanished">Excel</translation>
    </message>
    <message>
        <source>บันทึกแม่แบบสำหรับกรอกข้อมูล</source>
        <translation type="vanished">Save a template for data entry</translation>
    </message>
    <message>
        <source>นำเข้าข้อมูลจาก Excel</source>
        <translation type="vanished">Import from Excel</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/excel_actions.py" line="+296" />
        <source>ส่งออกเป็น Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="-21" />
        <source>บันทึกแม่แบบ Excel</source>
        <translation>Save Excel template</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Excel (&amp;E)</source>
        <translation>&amp;Excel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกแม่แบบสำหรับกรอกข้อมูล (&amp;T)</source>
        <translation>Save a &amp;template for data entry</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าข้อมูลจาก Excel (&amp;I)</source>
        <translation>&amp;Import from Excel</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ส่งออกเป็น Excel (&amp;E)</source>
        <translation>&amp;Export to Excel</translation>
    </message>
    <message>
        <location line="+25" />
        <source>แม่แบบ</source>
        <translation>template</translation>
    </message>
    <message>
        <location line="+20" />
        <source>แม่แบบ Excel</source>
        <translation>the Excel template</translation>
    </message>
    <message>
        <location line="+21" />
        <source>ไฟล์ Excel</source>
        <translation>the Excel file</translation>
    </message>
    <message>
        <location line="+8" />
        <source>เลือกไฟล์ Excel ที่จะนำเข้า</source>
        <translation>Choose the Excel file to import</translation>
    </message>
    <message>
        <location line="+21" />
        <source>กำลังอ่านและตรวจสอบไฟล์ {name} ...</source>
        <translation>Reading and checking {name} ...</translation>
    </message>
    <message>
        <location line="+47" />
        <source>ผลการนำเข้า: {title}</source>
        <translation>Import result: {title}</translation>
    </message>
</context>
<context>
    <name>ExcelKinds</name>
    <message>
        <location filename="../mk3desk/excel/kinds/assignments.py" line="+17" />
        <source>ผู้รับผิดชอบตัวชี้วัด</source>
        <translation>Indicator owners</translation>
    </message>
    <message>
        <location line="+20" />
        <source>หนึ่งแถวต่อหนึ่งตัวชี้วัด เลือกชื่อจากรายการ (ต้องตรงกับรายชื่อบุคลากรในโปรแกรม) ช่องที่เว้นว่างหมายถึงยังไม่กำหนด ตัวชี้วัดที่ส่งตรวจหรือปิดระบบแล้วเปลี่ยนผู้รับผิดชอบไม่ได้</source>
        <translation>One row per indicator. Pick names from the list (they must match the staff names in the program). A blank cell means not yet assigned. Indicators already submitted for review or locked cannot change owner</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/framework.py" line="+35" />
        <source>กรอบการประเมินของปี (หมวด ประเด็น เกณฑ์ ตัวชี้วัดผลลัพธ์)</source>
        <translation>The year's assessment framework (categories, assessment items, criteria, outcome indicators)</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/official.py" line="+18" />
        <source>ผลการประเมินทางการที่ สพฐ. ประกาศ</source>
        <translation>Official assessment results announced by OBEC</translation>
    </message>
    <message>
        <location line="+24" />
        <source>กรอกหนึ่งแถว: คะแนนรวม (ทศนิยม 5 ตำแหน่งตามประกาศ) ระดับ และลำดับที่</source>
        <translation>Fill in one row: total score (5 decimal places, as announced), band and rank</translation>
    </message>
    <message>
        <location line="+9" />
        <source>หนึ่งแถวต่อหนึ่งหมวด คะแนน 0–5</source>
        <translation>One row per category, score 0–5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไม่บังคับ: คะแนนที่ผ่านการตรวจสอบรายตัวชี้วัด (ถ้า สพฐ. แจ้ง)</source>
        <translation>Optional: verified score per indicator (if OBEC provides it)</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/outcomes.py" line="+17" />
        <source>ค่าผลการดำเนินงานของตัวชี้วัดผลลัพธ์</source>
        <translation>Performance values of outcome indicators</translation>
    </message>
    <message>
        <location line="+37" />
        <source>หนึ่งแถวต่อหนึ่งตัวชี้วัดต่อหนึ่งปี กรอกได้เฉพาะปีงบประมาณนี้และสองปีก่อนหน้า ค่าที่มีอยู่แล้วจะถูกแทนที่ด้วยค่าในไฟล์ ค่าที่ไม่มีในไฟล์คงไว้ตามเดิม</source>
        <translation>One row per indicator per year; only this fiscal year and the two before it. Values in the file replace existing ones; values not in the file are kept</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/people.py" line="+20" />
        <source>บุคลากรและกลุ่มงาน</source>
        <translation>Staff and work groups</translation>
    </message>
    <message>
        <location line="+27" />
        <source>กลุ่มงานใหม่ที่ต้องการเพิ่ม (กลุ่มที่มีอยู่แล้วไม่ต้องกรอกซ้ำ)</source>
        <translation>New work groups to add (no need to repeat existing groups)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>หนึ่งแถวต่อหนึ่งคน ชื่อ-นามสกุลรวมคำนำหน้า จับคู่กับบุคลากรเดิมด้วยชื่อ-นามสกุล ช่องบทบาทกรอก «ใช่» หรือ «ไม่ใช่» ถ้าไม่ได้เลือกบทบาทใดเลยจะเป็นผู้รับผิดชอบตัวชี้วัด</source>
        <translation>One row per person; full name with title, matched to existing staff by full name. Role columns take «yes» or «no»; a person with no role ticked becomes an indicator owner</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/framework.py" line="+10" />
        <source>กระบวนการ</source>
        <translation>Process</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลลัพธ์</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ค่ายิ่งมากยิ่งดี</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่ายิ่งน้อยยิ่งดี</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เกณฑ์ 5 ระดับ</source>
        <translation>5-level thresholds</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ร้อยละของค่าเป้าหมาย</source>
        <translation>Percent of target</translation>
    </message>
    <message>
        <location line="+33" />
        <source>หนึ่งแถวต่อหนึ่งหมวด (หมวด 1–7) พร้อมน้ำหนัก</source>
        <translation>One row per category (categories 1–7) with its weight</translation>
    </message>
    <message>
        <location line="+23" />
        <source>หนึ่งแถวต่อหนึ่งประเด็น (หมวด 1–6, ประเภท «กระบวนการ») หรือหนึ่งตัวชี้วัด (หมวด 7, ประเภท «ผลลัพธ์») ตัวชี้วัดผลลัพธ์ต้องระบุทิศทางและวิธีให้คะแนน: «เกณฑ์ 5 ระดับ» กรอกเกณฑ์ระดับ 1–5 (ค่ายิ่งมากยิ่งดีเรียงจากน้อยไปมาก ค่ายิ่งน้อยยิ่งดีเรียงจากมากไปน้อย) «ร้อยละของค่าเป้าหมาย» กรอกค่าเป้าหมาย และร้อยละที่ได้ 0 และ 5 คะแนน</source>
        <translation>One row per assessment item (categories 1–6, type «Process») or per indicator (category 7, type «Outcome»). Outcome indicators need a direction and a scoring method: «5-level thresholds» — fill in levels 1–5 (ascending when higher is better, descending when lower is better); «Percent of target» — fill in the target and the percentages that score 0 and 5</translation>
    </message>
    <message>
        <location line="+18" />
        <source>เกณฑ์ของประเด็นหมวด 1–6 หนึ่งแถวต่อหนึ่งเกณฑ์ รหัสเกณฑ์ เช่น B1, A1, S1</source>
        <translation>Criteria of the category 1–6 assessment items, one row per criterion; criterion keys such as B1, A1, S1</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/attendance.py" line="+17" />
        <source>รายชื่อผู้เข้าร่วมประชุม/อบรม</source>
        <translation>Meeting/training attendees</translation>
    </message>
    <message>
        <location line="+25" />
        <source>หนึ่งแถวต่อหนึ่งคน ชื่อต้องตรงกับรายชื่อบุคลากรในโปรแกรม การเข้าร่วมกรอก «เข้าร่วม» (หรือ «ลงชื่อ») «ขาด» หรือ «ลา» ผู้ที่ยังไม่อยู่ในรายชื่อจะถูกเพิ่ม ผู้ที่อยู่ในรายชื่อแต่ไม่มีในไฟล์คงสถานะเดิม</source>
        <translation>One row per person; names must match the staff list in the program. For attendance enter «เข้าร่วม» (attended; or «ลงชื่อ», signed), «ขาด» (absent) or «ลา» (on leave). People not yet on the list are added; people on the list but not in the file keep their status</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/certificates.py" line="+13" />
        <source>ทะเบียนเกียรติบัตร</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/committee_members.py" line="+17" />
        <source>รายชื่อกรรมการและหน้าที่ของคณะกรรมการ</source>
        <translation>Committee members and duties</translation>
    </message>
    <message>
        <location line="+23" />
        <source>หนึ่งแถวต่อกรรมการหนึ่งคน เรียงตามลำดับในคำสั่ง ชื่อต้องตรงกับรายชื่อบุคลากรในโปรแกรม ต้องมีประธานกรรมการหนึ่งคน และประธาน รองประธาน เลขานุการต้องเป็นคนละคน การนำเข้าจะแทนที่รายชื่อกรรมการทั้งหมดของคณะนี้ด้วยรายชื่อในไฟล์</source>
        <translation>One row per member, in the order of the appointment order; names must match the staff list in the program. There must be one chair, and the chair, vice chair and secretary must be different people. Importing replaces all of this committee's members with those in the file</translation>
    </message>
    <message>
        <location line="+11" />
        <source>หน้าที่ของคณะกรรมการ หนึ่งแถวต่อหนึ่งข้อ (ไม่เกิน 1,000 ตัวอักษร) ถ้าแผ่นงานนี้ว่าง หน้าที่เดิมของคณะกรรมการจะคงไว้</source>
        <translation>The committee's duties, one row per duty (1,000 characters at most). If this sheet is empty, the committee's existing duties are kept</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/swot.py" line="+17" />
        <source>การวิเคราะห์ SWOT ของปี</source>
        <translation>Year's SWOT analysis</translation>
    </message>
    <message>
        <location line="+34" />
        <source>หนึ่งแถวต่อหนึ่งข้อ เลือกด้าน (จุดแข็ง จุดอ่อน โอกาส อุปสรรค) ข้อความไม่เกิน 500 ตัวอักษร การนำเข้าจะแทนที่การวิเคราะห์ SWOT ทั้งหมดของปีด้วยรายการในไฟล์</source>
        <translation>One row per item; choose the quadrant («จุดแข็ง» strengths, «จุดอ่อน» weaknesses, «โอกาส» opportunities, «อุปสรรค» threats); text 500 characters at most. Importing replaces the year's whole SWOT analysis with the items in the file</translation>
    </message>
    <message>
        <location line="+10" />
        <source>หนึ่งแถวต่อหนึ่งราย: บุคลากร โรงเรียน หรือกลุ่มงานที่ร่วมวิเคราะห์</source>
        <translation>One row per participant: a staff member, school or work group that took part in the analysis</translation>
    </message>
    <message>
        <location line="+8" />
        <source>วันที่ประชุมวิเคราะห์ SWOT หนึ่งแถว (เช่น 20/11/2566) ต้องไม่เป็นวันในอนาคต</source>
        <translation>The date of the SWOT meeting, one row (e.g. 20/11/2566); it cannot be in the future</translation>
    </message>
</context>
<context>
    <name>ExcelProblem</name>
    <message>
        <location filename="../mk3desk/excel/columns.py" line="+311" />
        <source>ต้องเป็น «ใช่» หรือ «ไม่ใช่» แต่พบ “{text}”</source>
        <translation>Must be «yes» or «no», but found “{text}”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>“{text}” ไม่ใช่ค่าที่เลือกได้ (เลือกได้: {allowed})</source>
        <translation>“{text}” is not one of the choices (choices: {allowed})</translation>
    </message>
    <message>
        <location line="-170" />
        <source>ตัวเลขไม่ถูกต้อง</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <location line="+41" />
        <source>ข้อความยาว {length} ตัวอักษร เกินกว่าที่รับได้ ({limit})</source>
        <translation>The text is {length} characters long, more than allowed ({limit})</translation>
    </message>
    <message>
        <location line="+38" />
        <source>ต้องเป็นตัวเลข</source>
        <translation>Must be a number</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+4" />
        <source>ต้องเป็นตัวเลข แต่พบ “{text}”</source>
        <translation>Must be a number, but found “{text}”</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ต้องเป็นจำนวนเต็ม แต่พบ {value}</source>
        <translation>Must be a whole number, but found {value}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ต้องเป็นวันที่ เช่น 26/7/2567 หรือ 26 ก.ค. 2567</source>
        <translation>Must be a date, e.g. 26/7/2567 or 26 Jul 2567</translation>
    </message>
    <message>
        <location line="-4" />
        <source>วันที่ไม่ถูกต้อง</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <location line="-64" />
        <source>Excel เปลี่ยนข้อความนี้เป็นวันที่ กรุณาจัดรูปแบบเซลล์เป็น «ข้อความ» แล้วพิมพ์ใหม่</source>
        <translation>Excel turned this text into a date. Please format the cell as «Text» and type it again</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/assignments.py" line="+100" />
        <source>ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน</source>
        <translation>The main owner and the backup owner must be different people</translation>
    </message>
    <message>
        <source>ในฐานข้อมูลมีบุคลากรชื่อ “{name}” มากกว่าหนึ่งคน</source>
        <translation type="vanished">The database has more than one staff member named “{name}”</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/base.py" line="+113" />
        <source>ไม่พบตัวชี้วัดรหัส “{code}” ในกรอบการประเมินของปีนี้</source>
        <translation>No indicator with code “{code}” in this year's framework</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไม่พบบุคลากรชื่อ “{name}” ในสำนักงาน (นำเข้ารายชื่อบุคลากรก่อน หรือแก้ชื่อให้ตรงกัน)</source>
        <translation>No staff member named “{name}” in the office (import the staff list first, or correct the name)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/framework.py" line="+124" />
        <source>ปีนี้มีการบันทึกผลงานแล้ว จึง{change}ไม่ได้ (แก้ได้เฉพาะชื่อ น้ำหนัก ค่าเป้าหมาย ค่าเกณฑ์ และข้อความเกณฑ์ของรายการเดิม) หากต้องการเปลี่ยนโครงสร้าง ให้สร้างปีงบประมาณใหม่</source>
        <translation>Work has already been recorded this year, so you cannot {change} (only names, weights, targets, thresholds and criterion texts of existing items can be edited). To change the structure, create a new fiscal year</translation>
    </message>
    <message>
        <location line="+59" />
        <source>ตัวชี้วัด {code} ปิดระบบแล้ว จึงแก้ไขน้ำหนัก ค่าเกณฑ์ หรือข้อความเกณฑ์ไม่ได้ — ให้ผู้ประสานเปิดระบบอีกครั้งก่อน</source>
        <translation>Indicator {code} is locked, so its weight, thresholds and criterion texts cannot be edited — ask the coordinator to reopen it first</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/framework.py" line="+55" />
        <source>ตัวชี้วัดผลลัพธ์ {code} ต้องเลือกวิธีให้คะแนน</source>
        <translation>Outcome indicator {code} needs a scoring method</translation>
    </message>
    <message>
        <location line="+36" />
        <source>ไม่มีประเด็นรหัส “{code}” ในแผ่นงาน «{other}»</source>
        <translation>No assessment item with code “{code}” in sheet «{other}»</translation>
    </message>
    <message>
        <location line="+60" />
        <source>ไม่มีหมวด {number} ในแผ่นงาน «{other}»</source>
        <translation>No category {number} in sheet «{other}»</translation>
    </message>
    <message>
        <location line="-50" />
        <source>ตัวชี้วัด {code} เป็นตัวชี้วัดผลลัพธ์ จึงไม่มีเกณฑ์รายระดับ</source>
        <translation>Indicator {code} is an outcome indicator, so it has no criteria per level</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/official.py" line="+67" />
        <source>คะแนนต้องอยู่ระหว่าง 0 ถึง 5 (พบ {score})</source>
        <translation>The score must be between 0 and 5 (found {score})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>แผ่นงานนี้กรอกได้เพียงแถวเดียว (ผลรวมของปี)</source>
        <translation>This sheet takes a single row (the year's overall result)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>คะแนนรวมต้องอยู่ระหว่าง 0 ถึง 5 (พบ {score})</source>
        <translation>The total score must be between 0 and 5 (found {score})</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ลำดับที่ของประเทศต้องเป็นจำนวนเต็มบวก</source>
        <translation>The national rank must be a positive whole number</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไม่มีระดับผลการประเมิน “{band}” ในปีนี้ (มี: {names})</source>
        <translation>No result band “{band}” this year (available: {names})</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ไม่มีหมวด {number} ในกรอบการประเมินปี {year}</source>
        <translation>There is no category {number} in the {year} assessment framework</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/outcomes.py" line="+114" />
        <source>ตัวชี้วัด {code} ไม่ใช่ตัวชี้วัดผลลัพธ์ จึงไม่มีค่าผลการดำเนินงาน</source>
        <translation>Indicator {code} is not an outcome indicator, so it has no performance value</translation>
    </message>
    <message>
        <location line="+12" />
        <source>บันทึกค่าได้เฉพาะปี {first}–{last} (พบปี {year})</source>
        <translation>Values can only be recorded for {first}–{last} (found {year})</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/kinds/base.py" line="+35" />
        <source>ในฐานข้อมูลมีบุคลากรชื่อ “{name}” มากกว่าหนึ่งคน จึงไม่ทราบว่าแถวนี้หมายถึงใคร</source>
        <translation>The database has more than one staff member named “{name}”, so it is unclear who this row means</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/people.py" line="+90" />
        <source>ไม่พบกลุ่มงาน “{group}” (เพิ่มกลุ่มในแผ่นงาน «{groups}» หรือแก้ชื่อให้ตรงกัน)</source>
        <translation>Work group “{group}” not found (add it in sheet «{groups}» or correct the name)</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/problems.py" line="+133" />
        <source>พบปัญหา {count} รายการ ยังไม่ได้นำเข้าข้อมูลใด ๆ
{details}</source>
        <translation>{count} problem(s) found; nothing was imported
{details}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>เพิ่ม {added} รายการ แก้ไข {changed} รายการ ไม่เปลี่ยนแปลง {unchanged} รายการ ไม่รับ {refused} รายการ</source>
        <translation>{added} added, {changed} changed, {unchanged} unchanged, {refused} refused</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/rows.py" line="+37" />
        <source>เซลล์มีสูตรที่ยังไม่ได้คำนวณ กรุณาเปิดไฟล์ใน Excel แล้วบันทึกใหม่ หรือพิมพ์ค่าแทนสูตร</source>
        <translation>The cell has a formula that was never calculated. Please open the file in Excel and save it again, or type the value instead of the formula</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เซลล์มีค่าผิดพลาด {value} กรุณาแก้สูตรหรือพิมพ์ค่า</source>
        <translation>The cell holds the error {value}. Please fix the formula or type the value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ต้องกรอกช่องนี้</source>
        <translation>This cell is required</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/reader.py" line="+110" />
        <source>ไฟล์ «{file}» เป็นแม่แบบ «{found}» ไม่ใช่แม่แบบที่ใช้นำเข้าข้อมูลนี้ กรุณาเลือกไฟล์ให้ถูกต้อง</source>
        <translation>«{file}» is a «{found}» template, not the template for this import. Please choose the right file</translation>
    </message>
    <message>
        <location line="+79" />
        <source>ไม่พบแผ่นงาน «{name}» ในไฟล์ (มีแผ่นงาน: {found})</source>
        <translation>Sheet «{name}» not found in the file (sheets: {found})</translation>
    </message>
    <message>
        <location line="+43" />
        <source>แผ่นงาน «{name}» ไม่มีข้อมูลใต้แถวหัวตาราง</source>
        <translation>Sheet «{name}» has no data below the header row</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ไม่พบแถวหัวตารางในแผ่นงาน «{name}» (ต้องมีหัวคอลัมน์ เช่น {headers})</source>
        <translation>No header row found in sheet «{name}» (column headers such as {headers} are needed)</translation>
    </message>
    <message>
        <location line="-55" />
        <source>แผ่นงาน «{name}» เสียหายหรือมีเนื้อหาที่ไม่ปลอดภัย จึงอ่านไม่ได้</source>
        <translation>Sheet «{name}» is damaged or has unsafe content, so it cannot be read</translation>
    </message>
    <message>
        <location line="+84" />
        <source>หัวคอลัมน์ «{header}» ซ้ำกันในคอลัมน์ {letters}</source>
        <translation>Column header «{header}» appears more than once (columns {letters})</translation>
    </message>
    <message>
        <location line="+23" />
        <source>เซลล์ {ref} ถูกผสาน (Merge) ในตารางข้อมูล กรุณายกเลิกการผสานเซลล์ แล้วกรอกค่าให้ครบทุกแถว</source>
        <translation>Cell {ref} is merged inside the data table. Please unmerge the cells and fill in every row</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/rows.py" line="+169" />
        <source>ข้อมูลซ้ำกับแถว {first} ({values})</source>
        <translation>Same data as row {first} ({values})</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/reader.py" line="-35" />
        <source>ไม่พบคอลัมน์ «{header}» (อาจถูกลบหรือเปลี่ยนชื่อหัวคอลัมน์)</source>
        <translation>Column «{header}» not found (it may have been deleted or its header renamed)</translation>
    </message>
    <message>
        <location filename="../mk3desk/excel/rows.py" line="-87" />
        <source>มีข้อมูลเกิน {limit} แถว แถวที่เกินไม่ได้ตรวจ กรุณาแบ่งไฟล์</source>
        <translation>There are more than {limit} rows; the extra rows were not checked. Please split the file</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/committee_members.py" line="+109" />
        <source>หน้าที่ข้อนี้ยาว {length} ตัวอักษร เกินที่รับได้ ({limit}) — แบ่งเป็นหลายข้อ</source>
        <translation>This duty is {length} characters long, more than allowed ({limit}) — split it into several duties</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/excel/swot.py" line="+75" />
        <source>ด้าน{quadrant}มีเกิน {limit} รายการ</source>
        <translation>{quadrant} has more than {limit} items</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ใส่วันที่วิเคราะห์ได้วันเดียว (แถวแรก) ให้ลบแถวนี้</source>
        <translation>Only one analysis date is allowed (the first row); delete this row</translation>
    </message>
    <message>
        <location line="+40" />
        <source>ระบุผู้ร่วมวิเคราะห์ SWOT อย่างน้อยหนึ่งราย (บุคลากร โรงเรียน หรือกลุ่มงาน)</source>
        <translation>Name at least one participant in the SWOT analysis (staff member, school or work group)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ระบุวันที่วิเคราะห์ SWOT</source>
        <translation>Enter the date of the SWOT analysis</translation>
    </message>
    <message>
        <location line="+8" />
        <source>วันที่วิเคราะห์ SWOT ต้องไม่เป็นวันในอนาคต</source>
        <translation>The date of the SWOT analysis cannot be in the future</translation>
    </message>
</context>
<context>
    <name>ExcelSafety</name>
    <message>
        <location filename="../mk3desk/excel/safety.py" line="+287" />
        <source>ไฟล์ «{file}» ไม่ใช่ไฟล์ Excel (.xlsx) (อาจเป็นไฟล์ .csv หรือไฟล์อื่นที่เปลี่ยนชื่อ) กรุณาบันทึกเป็น «เวิร์กบุ๊ก Excel (.xlsx)»</source>
        <translation>«{file}» is not an Excel file (.xlsx) (it may be a .csv or another renamed file). Please save it as «Excel Workbook (.xlsx)»</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไฟล์ «{file}» เสียหายหรือไม่ใช่เวิร์กบุ๊ก Excel (.xlsx) ที่อ่านได้</source>
        <translation>«{file}» is damaged or not a readable Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไฟล์ «{file}» ขยายตัวเมื่อแตกไฟล์ใหญ่ผิดปกติ (อาจเป็นไฟล์อันตราย) จึงไม่เปิด</source>
        <translation>«{file}» expands to an abnormal size when unpacked (it may be dangerous), so it was not opened</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ไฟล์ «{file}» มีข้อมูลมากเกินกว่าที่อ่านได้ในครั้งเดียว: ไฟล์หนึ่งรับได้ประมาณ {rows:,} แถว (สำหรับตาราง 8 คอลัมน์ เช่น รายชื่อบุคลากร ถ้าคอลัมน์น้อยกว่านี้จะรับได้มากกว่า) กรุณาแบ่งข้อมูลเป็นหลายไฟล์ แล้วนำเข้าทีละไฟล์</source>
        <translation>The file «{file}» holds more data than can be read at once: one file takes about {rows:,} rows (for a table of 8 columns such as the people list; more with fewer columns). Please split the data into several files and import them one at a time</translation>
    </message>
    <message>
        <location line="-199" />
        <source>ไม่สามารถเปิดไฟล์ Excel อย่างปลอดภัยได้ เพราะไม่พบชุดโปรแกรม defusedxml กรุณาติดตั้งโปรแกรมใหม่</source>
        <translation>Excel files cannot be opened safely because the defusedxml package is missing. Please reinstall the program</translation>
    </message>
    <message>
        <location line="+101" />
        <source>ไฟล์ «{file}» มีขนาด {size} MB เกินกว่าที่รับได้ ({limit} MB)</source>
        <translation>«{file}» is {size} MB, more than allowed ({limit} MB)</translation>
    </message>
    <message>
        <location line="+56" />
        <source>ไฟล์ «{file}» เป็น Excel รุ่นเก่า (.xls) กรุณาเปิดใน Excel แล้วบันทึกเป็น «เวิร์กบุ๊ก Excel (.xlsx)»</source>
        <translation>«{file}» is an old Excel file (.xls). Please open it in Excel and save it as «Excel Workbook (.xlsx)»</translation>
    </message>
    <message>
        <location line="-62" />
        <source>เปิดไฟล์ «{file}» ไม่ได้ ({reason})</source>
        <translation>Cannot open «{file}» ({reason})</translation>
    </message>
    <message>
        <location line="+54" />
        <source>ไฟล์ «{file}» ถูกตั้งรหัสผ่านไว้ กรุณาเปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ &gt; ข้อมูล &gt; ป้องกันเวิร์กบุ๊ก) แล้วบันทึกใหม่</source>
        <translation>«{file}» is password-protected. Please open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again</translation>
    </message>
    <message>
        <source>ไฟล์ «{file}» มีข้อมูลมากเกินกว่าที่อ่านได้ในครั้งเดียว กรุณาแบ่งข้อมูลเป็นหลายไฟล์</source>
        <translation type="vanished">«{file}» holds more data than can be read at once. Please split the data into several files</translation>
    </message>
    <message>
        <location line="+77" />
        <source>ไฟล์ «{file}» ถูกเข้ารหัสไว้ จึงอ่านไม่ได้</source>
        <translation>«{file}» is encrypted, so it cannot be read</translation>
    </message>
</context>
<context>
    <name>ExcelWriter</name>
    <message>
        <location filename="../mk3desk/excel/writer.py" line="+68" />
        <source>ข้อความ</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวเลข (ทศนิยมได้)</source>
        <translation>Number (decimals allowed)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จำนวนเต็ม</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วันที่ พ.ศ. เช่น 26/7/2567 หรือ 26 ก.ค. 2567</source>
        <translation>B.E. date, e.g. 26/7/2567 or 26 Jul 2567</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลือกจากรายการ</source>
        <translation>Choose from the list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ใช่ / ไม่ใช่</source>
        <translation>yes / no</translation>
    </message>
    <message>
        <location line="+142" />
        <source>วิธีใช้: กรอกข้อมูลในแผ่นงานถัดไป เริ่มแถวที่ 2 ใต้หัวตาราง</source>
        <translation>How to use: fill in the next sheets, starting at row 2 under the header</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คอลัมน์ที่มีเครื่องหมาย * ต้องกรอกทุกแถว</source>
        <translation>Columns marked * must be filled in on every row</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แถวตัวอักษรเอียงสีเทาเป็นตัวอย่าง โปรแกรมจะข้ามแถวตัวอย่างที่ไม่ได้แก้ไข (จะลบทิ้งหรือพิมพ์ทับก็ได้)</source>
        <translation>Rows in grey italics are examples; the program skips unchanged example rows (you may delete or overwrite them)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ห้ามเปลี่ยนชื่อแผ่นงานหรือหัวคอลัมน์ ห้ามผสานเซลล์ (Merge) ในตารางข้อมูล</source>
        <translation>Do not rename sheets or column headers; do not merge cells in the data table</translation>
    </message>
    <message>
        <location line="+3" />
        <source>วันที่ให้พิมพ์เป็น พ.ศ. เช่น 26/7/2567 หรือ 26 ก.ค. 2567</source>
        <translation>Type dates in B.E., e.g. 26/7/2567 or 26 Jul 2567</translation>
    </message>
    <message>
        <location line="+125" />
        <source>บันทึกไฟล์ «{file}» ไม่ได้ ({reason}) กรุณาตรวจว่าโฟลเดอร์มีอยู่และเขียนได้ และไฟล์ไม่ได้เปิดค้างไว้ใน Excel</source>
        <translation>Cannot save «{file}» ({reason}). Check that the folder exists and is writable and that the file is not open in Excel</translation>
    </message>
    <message>
        <location line="-111" />
        <source>คอลัมน์</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชนิดข้อมูล</source>
        <translation>Data type</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+14" />
        <source>ต้องกรอก</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="-13" />
        <source>ค่าที่เลือกได้</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบาย</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="-83" />
        <source>ค่าไม่ถูกต้อง</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรุณาเลือกจากรายการ</source>
        <translation>Please choose from the list</translation>
    </message>
    <message>
        <location line="+71" />
        <source>แผ่นงาน «{name}»</source>
        <translation>Sheet «{name}»</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../mk3desk/ui/first_start.py" line="+31" />
        <source>เข้าสู่ระบบด้วยบัญชีตัวอย่าง {users} รหัสผ่าน {password}</source>
        <translation>Log in with a demo account {users}, password {password}</translation>
    </message>
    <message>
        <location line="+112" />
        <source>รหัสผ่านของผู้ประสานทั้งสองช่องไม่ตรงกัน</source>
        <translation>The coordinator's two passwords differ</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location line="-99" />
        <source>เริ่มใช้งาน</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ปิดโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+13" />
        <source>เชื่อมต่อเซิร์ฟเวอร์ของสำนักงาน…</source>
        <translation>Connect to the office server…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ผู้ประสาน (ชื่อ-นามสกุล)</source>
        <translation>Coordinator (full name)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อผู้ใช้ของผู้ประสาน</source>
        <translation>Coordinator's user name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่าน</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์รหัสผ่านอีกครั้ง</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location line="+19" />
        <source>เลือกชุดตั้งค่าจากผู้ประสานงาน</source>
        <translation>Choose the coordinator's setup bundle</translation>
    </message>
    <message>
        <location line="+81" />
        <source>รับชุดตั้งค่าแล้ว</source>
        <translation>Setup bundle received</translation>
    </message>
    <message>
        <location filename="../forms/first_start_dialog.ui" line="+14" />
        <source>เริ่มใช้งานครั้งแรก</source>
        <translation>First start</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ยินดีต้อนรับสู่ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>Welcome to the ESAO Indicator Management System</translation>
    </message>
    <message>
        <source>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน เลือกว่าจะสร้างสำนักงานของท่าน หรือทดลองใช้กับข้อมูลตัวอย่างก่อน</source>
        <translation type="vanished">This database has no office yet. Choose whether to create your office or to try the program with demo data first</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน เลือกว่าจะสร้างสำนักงานของท่าน รับชุดตั้งค่าที่ผู้ประสานงานส่งมา หรือทดลองใช้กับข้อมูลตัวอย่างก่อน</source>
        <translation>This database has no office yet. Choose whether to create your office, receive the setup bundle your coordinator sent, or try the program with the demo data first.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>สร้างสำนักงานใหม่ จากแม่แบบตัวชี้วัด PMQA 4.0 ที่มากับโปรแกรม</source>
        <translation>Create a new office from the PMQA 4.0 indicator template that comes with the program</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เช่น สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต 3</source>
        <translation>e.g. Maha Sarakham Primary Educational Service Area Office 3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ชื่อย่อ</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เช่น สพป.มหาสารคาม เขต 3</source>
        <translation>e.g. Maha Sarakham PESAO 3</translation>
    </message>
    <message>
        <location line="+7" />
        <source>จังหวัด / เขตพื้นที่</source>
        <translation>Province / area</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ปีงบประมาณ (พ.ศ.)</source>
        <translation>Fiscal year (B.E.)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>รับชุดตั้งค่าจากผู้ประสานงาน (.mk3)</source>
        <translation>Receive a setup bundle from the coordinator (.mk3)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ยังไม่ได้เลือกไฟล์ชุดตั้งค่า</source>
        <translation>No setup bundle chosen yet</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เลือกไฟล์…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เปิดข้อมูลตัวอย่าง (สพป.มหาสารคาม เขต 3 ย้อนหลัง 3 ปี) เพื่อทดลองใช้</source>
        <translation>Open the demo data (Maha Sarakham PESAO 3, last 3 years) to try the program</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../mk3desk/reports/fonts.py" line="+171" />
        <source>อ่านไฟล์ฟอนต์ {path} ไม่ได้ ({reason})</source>
        <translation>Cannot read the font file {path} ({reason})</translation>
    </message>
    <message>
        <location line="+67" />
        <source>ไม่พบไฟล์ฟอนต์ {path}</source>
        <translation>Font file {path} not found</translation>
    </message>
</context>
<context>
    <name>Framework</name>
    <message>
        <location filename="../mk3desk/domain/framework.py" line="+88" />
        <source>ตัวชี้วัด {code}: ต้องมีค่าเกณฑ์ครบ 5 ระดับ (พบ {count} ค่า)</source>
        <translation>Indicator {code}: needs threshold values for all 5 levels (found {count})</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ตัวชี้วัด {code}: ค่าเกณฑ์ระดับ 1–5 ไม่เรียงลำดับ (ค่ายิ่งมากยิ่งดีต้องเรียงจากน้อยไปมาก ค่ายิ่งน้อยยิ่งดีต้องเรียงจากมากไปน้อย)</source>
        <translation>Indicator {code}: the level 1–5 thresholds are out of order (ascending when higher is better, descending when lower is better)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ตัวชี้วัด {code}: ค่าร้อยละขั้นต่ำต้องน้อยกว่าค่าร้อยละเต็ม</source>
        <translation>Indicator {code}: the minimum percentage must be less than the full-score percentage</translation>
    </message>
    <message>
        <location line="+95" />
        <source>กรอบการประเมินไม่มีหมวดใดเลย</source>
        <translation>The assessment framework has no categories</translation>
    </message>
    <message>
        <location line="+6" />
        <source>น้ำหนักของหมวดรวมกันต้องมากกว่าศูนย์</source>
        <translation>The category weights must add up to more than zero</translation>
    </message>
    <message>
        <location line="+5" />
        <source>หมวด {number}: น้ำหนักติดลบไม่ได้</source>
        <translation>Category {number}: the weight cannot be negative</translation>
    </message>
    <message>
        <location line="+5" />
        <source>หมวด {number}: น้ำหนักของตัวชี้วัดรวมกันต้องมากกว่าศูนย์</source>
        <translation>Category {number}: the indicator weights must add up to more than zero</translation>
    </message>
    <message>
        <location line="+6" />
        <source>รหัสตัวชี้วัด {code} ซ้ำกัน</source>
        <translation>Indicator code {code} is duplicated</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัด {code}: น้ำหนักติดลบไม่ได้</source>
        <translation>Indicator {code}: the weight cannot be negative</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ตัวชี้วัด {code}: ยังไม่ได้กำหนดเกณฑ์การให้คะแนน</source>
        <translation>Indicator {code}: no scoring criteria defined</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ระดับผลการประเมินมีเกณฑ์ขั้นต่ำซ้ำกัน ({score})</source>
        <translation>Two result bands have the same minimum score ({score})</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../mk3desk/ui/pdca/header.py" line="+108" />
        <source>← กลับไปรายการตัวชี้วัด</source>
        <translation>← Back to the indicator list</translation>
    </message>
    <message>
        <location line="+15" />
        <source>พิมพ์รายงานตัวชี้วัด</source>
        <translation>Print indicator report</translation>
    </message>
    <message>
        <location line="+2" />
        <source>สร้างรายงานของตัวชี้วัดนี้ แล้วแสดงในหน้ารายงานเพื่อพิมพ์หรือบันทึก</source>
        <translation>Make this indicator's report and show it on the Reports page to print or save</translation>
    </message>
    <message>
        <source>เปิดหน้ารายงานโดยเลือกรายงานของตัวชี้วัดนี้ไว้ให้</source>
        <translation type="vanished">Open the Reports page with this indicator's report selected</translation>
    </message>
    <message>
        <location line="+20" />
        <source>หมวด {number} {category} · ปีงบประมาณ {year} · คะแนนประเมินตนเอง {score}</source>
        <translation>Category {number} {category} · Fiscal year {year} · Self-assessment score {score}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>สถานะ: {state}</source>
        <translation>Status: {state}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/help_dialog.py" line="+30" />
        <source>คู่มือการใช้งาน mk3desk</source>
        <translation>mk3desk user guide</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../mk3desk/services/audit_history.py" line="+33" />
        <source>เริ่มบันทึกประวัติแบบตรวจสอบได้</source>
        <translation>Tamper-evident history started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกข้อมูล</source>
        <translation>Data written</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สร้างสำนักงาน</source>
        <translation>Office created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อมูลสำนักงาน</source>
        <translation>Office details changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สร้างปีงบประมาณ</source>
        <translation>Fiscal year created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการตั้งค่า</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เพิ่มกลุ่มงาน</source>
        <translation>Group added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปลี่ยนชื่อกลุ่มงาน</source>
        <translation>Group renamed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เพิ่มบุคลากร</source>
        <translation>Person added</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อมูลบุคลากร</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>มอบหมายผู้รับผิดชอบ</source>
        <translation>Owner assigned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปลี่ยนสถานะ PDCA</source>
        <translation>PDCA state changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกผลเกณฑ์</source>
        <translation>Criterion result saved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกค่าผลการดำเนินงาน</source>
        <translation>Outcome value saved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบค่าผลการดำเนินงาน</source>
        <translation>Outcome value cleared</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขแผน (Plan)</source>
        <translation>Plan changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขบันทึกการดำเนินงาน (Do)</source>
        <translation>Do log changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขบันทึกของคณะกรรมการ</source>
        <translation>Committee notes changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อสะท้อน (Act)</source>
        <translation>Reflection (Act) changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขแนวทางปรับปรุง (Act)</source>
        <translation>Improvements (Act) changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แนบไฟล์หลักฐาน</source>
        <translation>Evidence file attached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ย้ายไฟล์หลักฐานไปถังขยะ</source>
        <translation>Evidence file moved to the recycle list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำไฟล์หลักฐานกลับคืน</source>
        <translation>Evidence file restored</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ล้างถังขยะไฟล์หลักฐาน</source>
        <translation>Evidence recycle list emptied</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกผลคะแนนทางการ</source>
        <translation>Official result recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึก Best Practice</source>
        <translation>Best Practice saved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับงานจากแฟ้มส่งงาน</source>
        <translation>Work bundle received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าค่าผลการดำเนินงานจาก Excel</source>
        <translation>Outcome values imported from Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าบุคลากรจาก Excel</source>
        <translation>People imported from Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>นำเข้ากรอบการประเมินจาก Excel</source>
        <translation>Framework imported from Excel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผ่านเกณฑ์</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบาย</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แผน</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การดำเนินงาน</source>
        <translation>Do log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกของคณะกรรมการ</source>
        <translation>Committee notes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อสะท้อน</source>
        <translation>Reflection</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แนวทางปรับปรุง</source>
        <translation>Improvements</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่า</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หมายเหตุ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบ (รหัส)</source>
        <translation>Owner (id)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง (รหัส)</source>
        <translation>Backup (id)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่ง</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บทบาท</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปฏิบัติงานอยู่</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ย้ายไปถังขยะเมื่อ</source>
        <translation>Moved to the recycle list on</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบายไฟล์</source>
        <translation>File description</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(ไม่ระบุผู้ทำ)</source>
        <translation>(no one named)</translation>
    </message>
    <message>
        <location line="+40" />
        <source>เพิ่ม{table}</source>
        <translation>Added: {table}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ลบ{table}</source>
        <translation>Deleted: {table}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>แก้ไข{table}</source>
        <translation>Changed: {table}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{column}: {old} → {new}</source>
        <translation>{column}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+85" />
        <source>{what} {count} รายการ</source>
        <translation>{what} ({count} records)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกค่า SHA-256 ของข้อมูลที่มีอยู่ {count} แถว</source>
        <translation>SHA-256 of the {count} existing records recorded</translation>
    </message>
    <message>
        <location line="+7" />
        <source>…และอีก {count} รายการ</source>
        <translation>…and {count} more</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ประวัติการแก้ไข</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เมื่อ</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ทำ</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การกระทำ</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เป้าหมาย</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าเดิม → ค่าใหม่</source>
        <translation>Old → new</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/history_dialog.py" line="+75" />
        <source>ประวัติการแก้ไข</source>
        <translation>History of changes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ประวัติการแก้ไขข้อมูล: ใคร ทำอะไร เมื่อไร ค่าเดิมและค่าใหม่</source>
        <translation>History of changes: who did what, when, old and new values</translation>
    </message>
    <message>
        <location line="+13" />
        <source>รหัส เช่น 2.1</source>
        <translation>Code, e.g. 2.1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>แสดงตามเงื่อนไข</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ล้างเงื่อนไข</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผู้ทำ</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตั้งแต่วันที่</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ถึงวันที่</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+29" />
        <source>ส่งออกเป็น Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ทุกคน</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+26" />
        <source>{n} รายการ</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ส่งออกประวัติการแก้ไขเป็น Excel</source>
        <translation>Export the history to Excel</translation>
    </message>
    <message>
        <location line="+14" />
        <source>บันทึกไฟล์ Excel ไว้ที่ {path}</source>
        <translation>Excel file saved as {path}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/history.py" line="+37" />
        <source>วันเวลา</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การเปลี่ยนสถานะ</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ดำเนินการ</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เหตุผล / ข้อเสนอแนะ</source>
        <translation>Reason / suggestions</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/dialogs/history_dialog.py" line="-154" />
        <source>เมื่อ</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ทำ</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การกระทำ</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เป้าหมาย</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าเดิม → ค่าใหม่</source>
        <translation>Old → new</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../mk3desk/ui/excel_actions.py" line="-279" />
        <source>นำเข้าเรียบร้อย: เพิ่ม {added} แก้ไข {changed} ไม่เปลี่ยนแปลง {unchanged} ไม่รับ {refused} รายการ</source>
        <translation>Import complete: {added} added, {changed} changed, {unchanged} unchanged, {refused} refused</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ไม่ได้นำเข้าข้อมูลใด ๆ: พบปัญหา {count} รายการ ใน {rows} แถว กรุณาแก้ไขในไฟล์ Excel แล้วนำเข้าอีกครั้ง</source>
        <translation>Nothing was imported: {count} problem(s) in {rows} row(s). Please fix them in the Excel file and import again</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไม่ได้นำเข้าข้อมูลใด ๆ: {reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>แผ่นงาน</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0" />
        <source>คอลัมน์</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ปัญหา</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+27" />
        <source>คัดลอกรายการปัญหา</source>
        <translation>Copy the problems</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บันทึกรายการปัญหา…</source>
        <translation>Save the problems…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>บันทึกรายการปัญหา</source>
        <translation>Save the problems</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปัญหาการนำเข้า.txt</source>
        <translation>import-problems.txt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์ข้อความ (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>บันทึกไม่ได้</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกรายการปัญหาไม่ได้: {reason}</source>
        <translation>Cannot save the problems: {reason}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>รายการปัญหาการนำเข้า</source>
        <translation>the list of import problems</translation>
    </message>
</context>
<context>
    <name>IndicatorTreeModel</name>
    <message>
        <location filename="../mk3desk/ui/models/indicator_tree.py" line="+118" />
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประเด็น / ตัวชี้วัด</source>
        <translation>Assessment item / indicator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบ</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานะ PDCA</source>
        <translation>PDCA status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่ง</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คะแนนตนเอง</source>
        <translation>Self score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หลักฐาน (ไฟล์ · เกณฑ์)</source>
        <translation>Evidence (files · criteria)</translation>
    </message>
    <message>
        <location line="+78" />
        <source>— ยังไม่กำหนด —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{files} · {with_ev}/{met}</source>
        <translation>{files} · {with_ev}/{met}</translation>
    </message>
    <message>
        <location line="+119" />
        <source>ทุกสถานะ</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="-191" />
        <source>ไฟล์หลักฐาน {files} ไฟล์ · เกณฑ์ที่ทำเครื่องหมายแล้วมีหลักฐาน {with_ev} จาก {met} ข้อ</source>
        <translation>{files} evidence file(s) · {with_ev} of {met} ticked criteria have evidence</translation>
    </message>
    <message>
        <location line="+23" />
        <source>หมวด {number}</source>
        <translation>Category {number}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{date} (เลยกำหนด)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{files} ไฟล์</source>
        <translation>{files} file(s)</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>ค้นหา รหัส ชื่อตัวชี้วัด หรือผู้รับผิดชอบ</source>
        <translation type="vanished">Search code, indicator name or owner</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/indicators_page.py" line="+79" />
        <source>ค้นหา รหัส ชื่อตัวชี้วัด หรือผู้รับผิดชอบ (Ctrl+F)</source>
        <translation>Search code, indicator name or owner (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ของฉัน</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตัวชี้วัดที่ผู้ใช้งานขณะนี้เป็นผู้รับผิดชอบหรือผู้รับผิดชอบสำรอง</source>
        <translation>Indicators the current user owns or backs up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลยกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+98" />
        <source>ทุกกลุ่มงาน</source>
        <translation>All work groups</translation>
    </message>
    <message>
        <location line="+25" />
        <source>แสดง {shown} จาก {total} ตัวชี้วัด</source>
        <translation>Showing {shown} of {total} indicators</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../mk3desk/services/integrity_db.py" line="+53" />
        <source>โครงสร้างไฟล์ฐานข้อมูลสมบูรณ์</source>
        <translation>The database file structure is intact</translation>
    </message>
    <message>
        <location line="+27" />
        <source>อ่านรุ่นโครงสร้างฐานข้อมูลไม่ได้: {detail}</source>
        <translation>Cannot read the database schema version: {detail}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไม่พบรุ่นโครงสร้างของ mk3desk ในไฟล์นี้ (ตาราง alembic_version หายไปหรือว่าง)</source>
        <translation>No mk3desk schema version in this file (the alembic_version table is missing or empty)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ฐานข้อมูลนี้สร้างด้วย mk3desk รุ่นที่ใหม่กว่า (รุ่นโครงสร้าง {current}) โปรแกรมนี้รู้จักถึงรุ่น {head} เท่านั้น</source>
        <translation>This database was made by a newer mk3desk (schema {current}); this program knows schemas up to {head} only</translation>
    </message>
    <message>
        <location line="+33" />
        <source>ตาราง {table} หายไปจากฐานข้อมูล</source>
        <translation>Table {table} is missing from the database</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ตาราง {table} ขาดคอลัมน์ {columns}</source>
        <translation>Table {table} lacks the columns {columns}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>มีตารางที่โปรแกรมไม่รู้จัก: {tables}</source>
        <translation>Tables the program does not know: {tables}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>อ่านโครงสร้างตารางไม่ได้: {detail}</source>
        <translation>Cannot read the table structure: {detail}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ตารางและคอลัมน์ครบตามรุ่นโครงสร้าง</source>
        <translation>Tables and columns match the schema version</translation>
    </message>
    <message>
        <location line="+26" />
        <source>มี {count} แถวที่อ้างถึงรายการที่ไม่มีอยู่แล้ว (ตาราง {tables})</source>
        <translation>{count} rows refer to records that no longer exist (tables {tables})</translation>
    </message>
    <message>
        <location line="+11" />
        <source>อ่านข้อมูลได้ครบทุกแถว ({count} แถว)</source>
        <translation>Every row could be read ({count} rows)</translation>
    </message>
    <message>
        <location line="+36" />
        <source>ตาราง {table}: อ่านข้อมูลไม่ได้ {count} แถว (แถวที่ {rows}) — {detail}</source>
        <translation>Table {table}: {count} rows cannot be read (rows {rows}) — {detail}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ตาราง {table}: อ่านข้อมูลไม่ได้ — {detail}</source>
        <translation>Table {table}: cannot be read — {detail}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/integrity.py" line="+15" />
        <source>ไฟล์ฐานข้อมูลถูกบันทึกระหว่างการตรวจ ผลข้างบนอาจคลาดเคลื่อน โปรดตรวจอีกครั้ง</source>
        <translation>The database was written to during the check; the results above may be off — please check again</translation>
    </message>
    <message>
        <location line="+52" />
        <location filename="../mk3desk/services/integrity_db.py" line="-205" />
        <location line="+7" />
        <source>ไฟล์ฐานข้อมูลเสียหาย: {detail}</source>
        <translation>The database file is damaged: {detail}</translation>
    </message>
    <message>
        <location line="+13" />
        <location filename="../mk3desk/services/integrity_db.py" line="+39" />
        <source>รุ่นโครงสร้างฐานข้อมูลเป็นปัจจุบัน ({revision})</source>
        <translation>The database schema is up to date ({revision})</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../mk3desk/services/integrity_db.py" line="-69" />
        <source>รุ่นโครงสร้างฐานข้อมูล {current} ไม่ตรงกับของโปรแกรม ({head})</source>
        <translation>Database schema revision {current} does not match the program's ({head})</translation>
    </message>
    <message>
        <location line="+43" />
        <source>ตัวชี้วัด {code}: ไม่พบไฟล์หลักฐาน “{name}” ในที่เก็บ</source>
        <translation>Indicator {code}: evidence file “{name}” is missing from the store</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตัวชี้วัด {code}: ไฟล์หลักฐาน “{name}” ถูกแก้ไขหลังแนบ (ค่า SHA-256 ไม่ตรง)</source>
        <translation>Indicator {code}: evidence file “{name}” was changed after it was attached (SHA-256 does not match)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>การประชุม/อบรม “{topic}”: ไฟล์ “{name}” หายไปหรือถูกแก้ไขหลังแนบ</source>
        <translation>Meeting/training “{topic}”: file “{name}” is missing or was changed after it was attached</translation>
    </message>
    <message>
        <location line="+12" />
        <source>มีไฟล์ในที่เก็บหลักฐานที่ไม่มีรายการใดอ้างถึง {count} ไฟล์</source>
        <translation>The evidence store holds {count} file(s) that nothing refers to</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ไฟล์หลักฐานครบและตรงกับที่แนบไว้ ({count} รายการ)</source>
        <translation>All evidence files are present and match what was attached ({count})</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/integrity_file.py" line="+37" />
        <source>ฐานข้อมูลเสียหาย: ไฟล์ {name} ว่างเปล่า (0 ไบต์) ไม่มีข้อมูลใดเหลืออยู่ — กู้คืนจากข้อมูลสำรองด้วย mk3desk restore --list</source>
        <translation>The database is damaged: {name} is empty (0 bytes), nothing is left in it — restore from a backup with mk3desk restore --list</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ฐานข้อมูลเสียหาย: ไฟล์ {name} ไม่ใช่ไฟล์ฐานข้อมูล SQLite — กู้คืนจากข้อมูลสำรองด้วย mk3desk restore --list</source>
        <translation>The database is damaged: {name} is not an SQLite database file — restore from a backup with mk3desk restore --list</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ไฟล์ {wal} ซึ่งเก็บงานที่บันทึกล่าสุดหายไปหลังโปรแกรมปิดไม่ปกติ — งานที่บันทึกแล้ว {frames} หน้าข้อมูลยังไม่ได้รวมเข้าไฟล์หลักและหายไปด้วย ถ้ามีไฟล์นี้อยู่ที่อื่นให้นำกลับมาวางคืนก่อนเปิดโปรแกรม มิฉะนั้นกู้คืนจากข้อมูลสำรอง</source>
        <translation>The file {wal}, which held the latest saved work, is missing after the program closed abnormally — {frames} pages of saved work had not been merged into the main file and are lost with it. If you have that file elsewhere, put it back before opening the program; otherwise restore from a backup</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/leftovers.py" line="+117" />
        <source>มีไฟล์หลักฐานที่คัดลอกค้างไม่เสร็จ {count} ไฟล์ ({size}) ในที่เก็บหลักฐาน — ลบได้ด้วย mk3desk check --clean-leftovers</source>
        <translation>{count} unfinished evidence copies ({size}) are left in the evidence store — remove them with mk3desk check --clean-leftovers</translation>
    </message>
    <message>
        <location line="+13" />
        <source>มีข้อมูลสำรองที่เขียนค้างไม่เสร็จ {count} ชุด ({size}) ใน {folders} — ลบได้ด้วย mk3desk check --clean-leftovers</source>
        <translation>{count} unfinished backups ({size}) are left in {folders} — remove them with mk3desk check --clean-leftovers</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/audit_check.py" line="+35" />
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การตั้งค่าสำนักงาน</source>
        <translation>Office setting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปีงบประมาณ</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กลุ่มงาน</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บุคลากร</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หมวด</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด (รวมสถานะ PDCA)</source>
        <translation>Indicator (with its PDCA state)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกณฑ์ของตัวชี้วัด</source>
        <translation>Indicator criterion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ระดับคะแนน</source>
        <translation>Score band</translation>
    </message>
    <message>
        <location line="+1" />
        <source>องค์ประกอบปรับคะแนน</source>
        <translation>Score adjustment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การมอบหมายผู้รับผิดชอบ</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อความ PDCA</source>
        <translation>PDCA texts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประวัติการเปลี่ยนสถานะ</source>
        <translation>State history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลการประเมินเกณฑ์</source>
        <translation>Criterion result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าผลการดำเนินงาน</source>
        <translation>Outcome value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รายการไฟล์หลักฐาน</source>
        <translation>Evidence record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผลคะแนนทางการ</source>
        <translation>Official result</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คะแนนทางการรายหมวด</source>
        <translation>Official category score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คะแนนทางการรายตัวชี้วัด</source>
        <translation>Official indicator score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บัญชีผู้ใช้</source>
        <translation>user account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คณะกรรมการและคำสั่งแต่งตั้ง</source>
        <translation>Committees and appointment orders</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการในคณะกรรมการ</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การยกย่องชมเชยและรางวัล</source>
        <translation>Recognition and awards</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ทะเบียนเกียรติบัตร</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การประชุม/อบรม/ถอดบทเรียน</source>
        <translation>Meetings, trainings and lessons learned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้เข้าร่วมการประชุม/อบรม</source>
        <translation>Meeting/training attendee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัดของการประชุม/อบรม</source>
        <translation>Meeting/training indicator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เอกสารประกอบการประชุม/อบรม</source>
        <translation>Meeting/training document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การวิเคราะห์ SWOT ของปีงบประมาณ</source>
        <translation>Fiscal year SWOT analysis</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+4" />
        <source>ตัวชี้วัด {0} เกณฑ์ {1}</source>
        <translation>indicator {0} criterion {1}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ตัวชี้วัด {0} ค่าของปี {1}</source>
        <translation>indicator {0} value of {1}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ตัวชี้วัด {0} ไฟล์ “{1}”</source>
        <translation>indicator {0} file “{1}”</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+67" />
        <source>ตัวชี้วัด {0}</source>
        <translation>indicator {0}</translation>
    </message>
    <message>
        <location line="-63" />
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ค่า “{0}”</source>
        <translation>setting “{0}”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ชื่อผู้ใช้ “{0}”</source>
        <translation>user name “{0}”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ปี {0}</source>
        <translation>year {0}</translation>
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
        <translation>{0} in “{1}”</translation>
    </message>
    <message>
        <location line="-14" />
        <source>การยกย่อง {0} ({1})</source>
        <translation>recognition of {0} ({1})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เกียรติบัตรเลขที่ {0}/{1} ({2})</source>
        <translation>certificate No. {0}/{1} ({2})</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ตัวชี้วัด {0} ของ “{1}”</source>
        <translation>indicator {0} of “{1}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ไฟล์ “{0}” ของ “{1}”</source>
        <translation>file “{0}” of “{1}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>SWOT ปี {0}</source>
        <translation>SWOT analysis of {0}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>แถวที่ {0}</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>…และอีก {count} รายการในทำนองเดียวกัน</source>
        <translation>…and {count} more of the same kind</translation>
    </message>
    <message>
        <location line="+38" />
        <source>ประวัติการแก้ไขรายการที่ {id} ไม่อยู่ในห่วงโซ่ (ถูกเพิ่มหรือแก้นอกโปรแกรม)</source>
        <translation>History entry {id} is not in the chain (added or changed outside the program)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ห่วงโซ่ประวัติการแก้ไขขาดก่อนรายการที่ {id} (มีรายการถูกลบหรือแทรกนอกโปรแกรม)</source>
        <translation>The history chain is broken before entry {id} (an entry was deleted or inserted outside the program)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ประวัติการแก้ไขรายการที่ {id} ({action}) ถูกแก้นอกโปรแกรม (ค่า SHA-256 ไม่ตรง)</source>
        <translation>History entry {id} ({action}) was changed outside the program (its SHA-256 does not match)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>มีรายละเอียดประวัติที่อ้างถึงรายการที่ {id} ซึ่งไม่อยู่ในห่วงโซ่</source>
        <translation>History details refer to entry {id}, which is not in the chain</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไม่พบจุดเริ่มต้นของห่วงโซ่ประวัติการแก้ไข</source>
        <translation>The start of the history chain is missing</translation>
    </message>
    <message>
        <location line="+4" />
        <source>รายการท้ายสุดของประวัติการแก้ไขหายไป (ห่วงโซ่จบที่รายการ {id} แต่ควรจบที่อื่น)</source>
        <translation>The last history entries are missing (the chain ends at entry {id}, not where it should)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{table}: {record} ถูกเพิ่มนอกโปรแกรม (ไม่มีในประวัติ)</source>
        <translation>{table}: {record} was added outside the program (not in the history)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{table}: {record} ถูกลบในโปรแกรมแล้วแต่กลับมีอยู่ (ใส่คืนนอกโปรแกรม)</source>
        <translation>{table}: {record} was deleted in the program but is there again (put back outside the program)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{table}: {record} ถูกแก้ไขนอกโปรแกรม (ไม่ตรงกับประวัติการแก้ไขครั้งล่าสุด)</source>
        <translation>{table}: {record} was changed outside the program (it differs from its last history entry)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{table}: แถวที่ {id} ถูกลบนอกโปรแกรม</source>
        <translation>{table}: row {id} was deleted outside the program</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ประวัติการแก้ไขครบถ้วนไม่ถูกแก้ไข ({entries} รายการ) และข้อมูล {records} แถวตรงกับประวัติ</source>
        <translation>The history is whole and unaltered ({entries} entries) and {records} records match it</translation>
    </message>
</context>
<context>
    <name>IntegrityWatch</name>
    <message>
        <location filename="../mk3desk/ui/integrity_watch.py" line="+114" />
        <source>พบไฟล์หลักฐานที่หายไปหรือถูกแก้ไข {n} รายการ (แสดงเป็นสีแดงในตัวชี้วัด)</source>
        <translation>{n} evidence file(s) missing or changed (shown in red in the indicators)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไฟล์หลักฐานครบและตรงกับที่แนบไว้</source>
        <translation>All evidence files are present and match what was attached</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ไฟล์ฐานข้อมูลสมบูรณ์ และรุ่นโครงสร้างเป็นปัจจุบัน</source>
        <translation>The database file is sound and its schema is up to date</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <location filename="../mk3desk/domain/knowledge.py" line="+34" />
        <source>ประชุมชี้แจง</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อบรม</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ถอดบทเรียน</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ให้คำปรึกษา/โค้ช</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location line="+11" />
        <source>เข้าร่วม</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ขาด</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลา</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่รู้จัก{what} “{value}” (ที่มี: {known})</source>
        <translation>Unknown {what} “{value}” (available: {known})</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ประเภทการพัฒนาความรู้</source>
        <translation>knowledge activity type</translation>
    </message>
    <message>
        <location line="+6" />
        <source>สถานะการเข้าร่วม</source>
        <translation>attendance status</translation>
    </message>
    <message>
        <location line="+27" />
        <source>กรุณาระบุหัวข้อการประชุม/อบรม ก่อนบันทึก</source>
        <translation>Please enter the meeting/training topic before saving</translation>
    </message>
    <message>
        <location line="+3" />
        <source>หัวข้อยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)</source>
        <translation>The topic is too long ({limit} characters at most)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ชื่อวิทยากรหรือสถานที่ยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)</source>
        <translation>The speaker or place name is too long ({limit} characters at most)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ยังไม่มีผู้เข้าร่วม — เลือกบุคลากรที่เข้าร่วม (หรือลา/ขาด) อย่างน้อยหนึ่งคนก่อนบันทึก</source>
        <translation>No attendees yet — choose at least one staff member who attended (or was on leave/absent) before saving</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“{name}” อยู่ในรายชื่อผู้เข้าร่วมแล้ว ระบุได้ครั้งเดียว</source>
        <translation>“{name}” is already in the attendee list; each person can be listed only once</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/documents/knowledge.py" line="+29" />
        <location filename="../mk3desk/services/knowledge/common.py" line="+24" />
        <source>ไม่พบการประชุม/อบรมรหัส {id} ในปีงบประมาณ {year}</source>
        <translation>Meeting/training with ID {id} not found in fiscal year {year}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ปีงบประมาณ {year} ยังไม่มีการประชุม/อบรม — เพิ่มที่หน้า “การพัฒนาความรู้” หรือ mk3desk knowledge add</source>
        <translation>Fiscal year {year} has no meetings/trainings yet — add them on the “Knowledge development” page or with mk3desk knowledge add</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/knowledge/materials.py" line="+31" />
        <source>ไม่พบเอกสารประกอบรหัส {id}</source>
        <translation>Document with ID {id} not found</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/knowledge/save.py" line="+38" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>The chosen staff member is not in this office</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัดที่เลือกไม่ได้อยู่ในปีงบประมาณ {year}</source>
        <translation>The chosen indicator is not in fiscal year {year}</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/knowledge/conflict.py" line="+53" />
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4" />
        <source>วิทยากร</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+2" />
        <source>สถานที่</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บทเรียนที่ได้ / บันทึกการประชุม</source>
        <translation>Lessons learned / minutes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ผู้เข้าร่วม</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัดที่เกี่ยวข้อง</source>
        <translation>Related indicators</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_page.py" line="+72" />
        <source>เพิ่มการประชุม/อบรม</source>
        <translation>Add meeting/training</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2" />
        <source>การประชุม อบรม และถอดบทเรียนของปีนี้</source>
        <translation>This year's meetings, trainings and lessons learned</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_form.py" line="+62" />
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3" />
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>หัวข้อ/เรื่อง</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วิทยากร/ประธาน</source>
        <translation>Speaker/chair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สถานที่</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เพิ่มผู้เข้าร่วม</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เพิ่มทุกคน</source>
        <translation>Add everyone</translation>
    </message>
    <message>
        <location line="+3" />
        <source>นำออก</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ผู้เข้าร่วม</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_page.py" line="+20" />
        <source>รายชื่อผู้เข้าร่วมที่บันทึกไว้ พร้อมสถานะ เป็นไฟล์ Excel</source>
        <translation>The saved attendee list with each person's status as an Excel file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปรับสถานะเข้าร่วม/ขาด/ลา จากไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)</source>
        <translation>Update attended/absent/on leave from an Excel file (the whole file or nothing)</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_form.py" line="+15" />
        <source>ตัวชี้วัดที่เกี่ยวข้อง (นับเป็นหลักฐาน)</source>
        <translation>Related indicators (count as evidence)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>สาระสำคัญ ข้อตกลง และบทเรียนที่ได้ บรรทัดละหนึ่งข้อ</source>
        <translation>Key points, agreements and lessons learned, one per line</translation>
    </message>
    <message>
        <location line="+3" />
        <source>สาระสำคัญ/บทเรียนที่ได้รับ</source>
        <translation>Key points/lessons learned</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_page.py" line="+12" />
        <source>แนบไฟล์…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปิด</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบไฟล์</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เอกสารประกอบ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+8" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>พิมพ์ใบลงทะเบียน…</source>
        <translation>Print attendance sheet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์บันทึกการประชุม…</source>
        <translation>Print minutes…</translation>
    </message>
    <message>
        <location line="+95" />
        <source>การประชุม/อบรมนี้ถูกลบโดยผู้ใช้อื่นแล้ว ข้อความที่พิมพ์ยังอยู่</source>
        <translation>Another user has deleted this meeting/training; what you typed is still here</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ผู้ใช้อื่นแก้ไขการประชุม/อบรมนี้แล้ว เมื่อบันทึกจะให้เลือกว่าจะเก็บฉบับใด</source>
        <translation>Another user has changed this meeting/training; when you save, you will choose which version to keep</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_form.py" line="+63" />
        <source>การประชุม/อบรมที่แก้ไขอยู่ยังไม่ได้บันทึก — ทิ้งการแก้ไขนี้หรือไม่?</source>
        <translation>The meeting/training you are editing is not saved — discard your changes?</translation>
    </message>
    <message>
        <location line="+12" />
        <source>การประชุม/อบรมที่แก้ไขในหน้าการพัฒนาความรู้ (ยังไม่ได้กดบันทึก)</source>
        <translation>The meeting/training being edited on the Knowledge development page (Save not pressed yet)</translation>
    </message>
    <message>
        <location line="-13" />
        <location line="+24" />
        <source>ยังไม่ได้บันทึก</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรุณาระบุวันที่จัด</source>
        <translation>Please enter the date held</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/knowledge_page.py" line="+73" />
        <source>บันทึกแล้ว</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ลบการประชุม/อบรม</source>
        <translation>Delete meeting/training</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบ “{topic}” พร้อมรายชื่อผู้เข้าร่วมและเอกสารประกอบหรือไม่?</source>
        <translation>Delete “{topic}” with its attendee list and documents?</translation>
    </message>
    <message>
        <location line="+24" />
        <source>เลือกไฟล์เอกสารประกอบ</source>
        <translation>Choose a document file</translation>
    </message>
    <message>
        <location line="+52" />
        <source>บันทึกเป็น PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>บันทึก {path} แล้ว ({pages} หน้า)</source>
        <translation>Saved {path} ({pages} pages)</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../mk3desk/ui/single_instance.py" line="+130" />
        <source>ฐานข้อมูลกำลังถูกใช้งาน</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/launch.py" line="+96" />
        <source>ยังไม่มีข้อมูล</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ฐานข้อมูลนี้ยังไม่มีข้อมูลสำนักงาน และเปิดแบบดูอย่างเดียวอยู่ จึงสร้างใหม่ไม่ได้</source>
        <translation>This database has no office yet and is open view-only, so none can be created</translation>
    </message>
    <message>
        <location line="+36" />
        <source>สำรองข้อมูลประจำวันแล้วที่ {folder}</source>
        <translation>Today's backup was saved in {folder}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>สำรองข้อมูลประจำวันไม่สำเร็จ: {reason}</source>
        <translation>Today's backup failed: {reason}</translation>
    </message>
    <message>
        <location line="+39" />
        <source>เปิดฐานข้อมูลไม่ได้</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+169" />
        <source>สร้างข้อมูลตัวอย่างไม่ได้</source>
        <translation>Cannot create the demo data</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../mk3desk/domain/framework.py" line="-210" />
        <source>ระดับพื้นฐาน (Basic)</source>
        <translation>Basic level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ระดับก้าวหน้า (Advance)</source>
        <translation>Advance level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ระดับพัฒนาจนเกิดผล (Significance)</source>
        <translation>Significance level</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../mk3desk/ui/login_dialog.py" line="-163" />
        <source>หน้าจอถูกล็อก</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+18" />
        <location line="+97" />
        <source>เข้าสู่ระบบ</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="-108" />
        <source>แป้น Caps Lock เปิดอยู่</source>
        <translation>Caps Lock is on</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ลืมรหัสผ่านผู้ประสาน?</source>
        <translation>Forgot the coordinator's password?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ชื่อผู้ใช้</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่าน</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+83" />
        <source>รอ {seconds} วินาที</source>
        <translation>Wait {seconds} s</translation>
    </message>
</context>
<context>
    <name>LoginSettingsBox</name>
    <message>
        <location filename="../mk3desk/ui/pages/login_settings.py" line="+25" />
        <source>การเข้าสู่ระบบและสิทธิ์</source>
        <translation>Logging in and rights</translation>
    </message>
    <message>
        <location line="+6" />
        <source> นาที</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่ล็อกเอง</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ล็อกหน้าจอเมื่อไม่มีการใช้งาน</source>
        <translation>Lock the screen when idle for</translation>
    </message>
    <message>
        <location line="+2" />
        <source>อนุญาตให้ผู้รับผิดชอบตรวจสอบและปิดระบบตัวชี้วัดของตนเอง (สำนักงานขนาดเล็ก; บันทึกในประวัติ)</source>
        <translation>Let owners verify and lock their own indicators (small offices; recorded in the history)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บัญชีผู้ใช้…</source>
        <translation>Accounts…</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <location filename="../mk3desk/services/lookup.py" line="+21" />
        <source>ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้ — สร้างสำนักงานใหม่หรือเปิดข้อมูลตัวอย่างก่อน</source>
        <translation>This database has no office yet — create a new office or open the demo data first</translation>
    </message>
    <message>
        <location line="+22" />
        <source>ฐานข้อมูลนี้มีหลายสำนักงาน ({offices}) — โปรดระบุสำนักงาน (--office)</source>
        <translation>This database holds several offices ({offices}) — say which one (--office)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ไม่พบสำนักงาน “{office}” (ที่มี: {known})</source>
        <translation>No office “{office}” (there are: {known})</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ไม่พบปีงบประมาณ {year} ของ{office} ในฐานข้อมูลนี้แล้ว</source>
        <translation>Fiscal year {year} of {office} is no longer in this database</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ไม่พบปีงบประมาณ {year} ของ{office} (ปีที่มี: {known})</source>
        <translation>Fiscal year {year} of {office} not found (years available: {known})</translation>
    </message>
    <message>
        <location line="+21" />
        <source>ไม่พบตัวชี้วัดรหัสภายใน {id}</source>
        <translation>No indicator with internal ID {id}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่พบตัวชี้วัด {code} ในปีงบประมาณ {year}</source>
        <translation>Indicator {code} not found in fiscal year {year}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ไม่พบบุคลากรรหัสภายใน {id}</source>
        <translation>No staff member with internal ID {id}</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>แฟ้ม</source>
        <translation type="vanished">File</translation>
    </message>
    <message>
        <source>เปิดฐานข้อมูลอื่น…</source>
        <translation type="vanished">Open another database…</translation>
    </message>
    <message>
        <source>ฐานข้อมูลที่เปิดล่าสุด</source>
        <translation type="vanished">Recent databases</translation>
    </message>
    <message>
        <source>ตรวจสอบไฟล์หลักฐานทั้งหมด</source>
        <translation type="vanished">Check all evidence files</translation>
    </message>
    <message>
        <source>ตรวจสอบฐานข้อมูลและไฟล์หลักฐานทั้งหมด</source>
        <translation type="vanished">Check the database and all evidence files</translation>
    </message>
    <message>
        <source>ถังขยะไฟล์หลักฐาน…</source>
        <translation type="vanished">Evidence trash…</translation>
    </message>
    <message>
        <source>กู้คืนจากข้อมูลสำรอง…</source>
        <translation type="vanished">Restore from a backup…</translation>
    </message>
    <message>
        <source>ประวัติการแก้ไข…</source>
        <translation type="vanished">History of changes…</translation>
    </message>
    <message>
        <source>ออกจากโปรแกรม</source>
        <translation type="vanished">Exit</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation type="vanished">Excel</translation>
    </message>
    <message>
        <source>ส่งงาน / รับงาน</source>
        <translation type="vanished">Send / receive work</translation>
    </message>
    <message>
        <source>ช่วยเหลือ</source>
        <translation type="vanished">Help</translation>
    </message>
    <message>
        <source>คู่มือการใช้งาน</source>
        <translation type="vanished">User guide</translation>
    </message>
    <message>
        <source>เกี่ยวกับโปรแกรม…</source>
        <translation type="vanished">About…</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/menus.py" line="+90" />
        <source>แฟ้ม (&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เปิดฐานข้อมูลอื่น (&amp;O)…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ฐานข้อมูลที่เปิดล่าสุด (&amp;R)</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เริ่มปีงบประมาณใหม่ (&amp;N)…</source>
        <translation>Start a &amp;new fiscal year…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ค้นหาในหน้านี้ (&amp;F)</source>
        <translation>&amp;Find on this page</translation>
    </message>
    <message>
        <location line="+2" />
        <source>พิมพ์เอกสาร (&amp;P)…</source>
        <translation>&amp;Print document…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ตรวจสอบฐานข้อมูลและไฟล์หลักฐานทั้งหมด (&amp;C)</source>
        <translation>&amp;Check the database and all evidence files</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ถังขยะไฟล์หลักฐาน (&amp;T)…</source>
        <translation>Evidence &amp;trash…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กู้คืนจากข้อมูลสำรอง (&amp;B)…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ประวัติการแก้ไข (&amp;H)…</source>
        <translation>&amp;History of changes…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ออกจากโปรแกรม (&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Excel (&amp;E)</source>
        <translation>&amp;Excel</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ส่งงาน / รับงาน (&amp;S)</source>
        <translation>&amp;Send / receive work</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ช่วยเหลือ (&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คู่มือการใช้งาน (&amp;U)</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เกี่ยวกับโปรแกรม (&amp;A)…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location line="+96" />
        <source>ยังไม่มี</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+24" />
        <source>เปิดฐานข้อมูล</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="-15" />
        <source>ฐานข้อมูลนี้เปิดอยู่ในหน้าต่างนี้แล้ว</source>
        <translation>This database is already open in this window</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ไม่พบไฟล์ฐานข้อมูล {path}</source>
        <translation>Database file {path} not found</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เปิดโปรแกรมอีกชุดสำหรับ {path} ไม่ได้</source>
        <translation>Cannot start another copy of the program for {path}</translation>
    </message>
    <message>
        <location line="+48" />
        <source>เริ่มปีงบประมาณใหม่</source>
        <translation>Start a new fiscal year</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mk3desk/ui/main_window.py" line="+87" />
        <source>ระบบบริหารงานตัวชี้วัด สพท.</source>
        <translation>ESAO Indicator Management System</translation>
    </message>
    <message>
        <location line="+17" />
        <source>เปิดแบบดูอย่างเดียว: มีโปรแกรมอีกชุดหนึ่งใช้ฐานข้อมูลนี้อยู่ ดูและพิมพ์ได้ แต่แก้ไขไม่ได้ — ปิดโปรแกรมอีกชุดแล้วเปิดใหม่เพื่อแก้ไข</source>
        <translation>View-only: another copy of the program is using this database. You can view and print but not edit — close the other copy and reopen to edit</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ภาพรวม</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บุคลากรและผู้รับผิดชอบ</source>
        <translation>Staff and owners</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การพัฒนาความรู้</source>
        <translation>Knowledge development</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปฏิทินงาน</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รายงาน</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+9" />
        <source>สำนักงาน / ปีงบประมาณ</source>
        <translation>Office / fiscal year</translation>
    </message>
    <message>
        <location line="+158" />
        <source>หน้านี้ไม่มีช่องค้นหา</source>
        <translation>This page has no search box</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เลือกเอกสารที่จะพิมพ์ แล้วกด Ctrl+P อีกครั้ง</source>
        <translation>Choose the document to print, then press Ctrl+P again</translation>
    </message>
    <message>
        <location line="+106" />
        <source>ยังมีข้อมูลที่ไม่ได้บันทึก</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ถ้าปิดโปรแกรมตอนนี้ ข้อมูลต่อไปนี้จะไม่ได้บันทึก:
{what}</source>
        <translation>If you close the program now, the following will not be saved:
{what}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เลือก “ยังไม่ปิด” แล้วบันทึกก่อน (ค่าตั้งที่รอเซิร์ฟเวอร์จะบันทึกเองเมื่อเชื่อมต่อได้)</source>
        <translation>Choose “Do not close yet” and save first (settings waiting for the server are saved by themselves once it is back)</translation>
    </message>
    <message>
        <source>รอให้เชื่อมต่อเซิร์ฟเวอร์ได้ แล้วข้อมูลจะบันทึกเอง จากนั้นจึงปิดโปรแกรม</source>
        <translation type="vanished">Wait until the server connection is back: the changes are saved by themselves. Then close the program.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ยังไม่ปิด</source>
        <translation>Do not close yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปิดโดยไม่บันทึก</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>ผู้ใช้งาน</source>
        <translation type="vanished">User</translation>
    </message>
    <message>
        <location line="-265" />
        <source>กำลังเปิดฐานข้อมูล…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+113" />
        <source>กำลังตรวจสอบฐานข้อมูลและไฟล์หลักฐาน…</source>
        <translation>Checking the database and evidence files…</translation>
    </message>
    <message>
        <source>• ไฟล์ฐานข้อมูลสมบูรณ์ และรุ่นโครงสร้างเป็นปัจจุบัน</source>
        <translation type="vanished">• The database file is sound and its schema is up to date</translation>
    </message>
    <message>
        <location line="+15" />
        <source>ตรวจสอบฐานข้อมูลและไฟล์หลักฐาน</source>
        <translation>Check the database and evidence files</translation>
    </message>
    <message>
        <source>กำลังตรวจสอบไฟล์หลักฐาน…</source>
        <translation type="vanished">Checking evidence files…</translation>
    </message>
    <message>
        <source>พบไฟล์หลักฐานที่หายไปหรือถูกแก้ไข {n} รายการ (แสดงเป็นสีแดงในตัวชี้วัด)</source>
        <translation type="vanished">{n} evidence file(s) missing or changed (shown in red in the indicators)</translation>
    </message>
    <message>
        <source>ไฟล์หลักฐานครบและตรงกับที่แนบไว้</source>
        <translation type="vanished">All evidence files are present and match what was attached</translation>
    </message>
    <message>
        <source>ตรวจสอบไฟล์หลักฐาน</source>
        <translation type="vanished">Check evidence files</translation>
    </message>
    <message>
        <location line="+49" />
        <source>{office} · ปีงบประมาณ {year}</source>
        <translation>{office} · Fiscal year {year}</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <location filename="../mk3desk/ui/bundle_dialog.py" line="+103" />
        <source>ตรวจสอบก่อนรับข้อมูล</source>
        <translation>Review before receiving</translation>
    </message>
    <message>
        <location line="+5" />
        <source>จาก {office} ปีงบประมาณ {year} โดย {who}</source>
        <translation>From {office}, fiscal year {year}, by {who}</translation>
    </message>
    <message>
        <source>เพิ่มใหม่ {added} · รับฉบับที่แก้ไข {taken} · แก้ไขทั้งสองฝั่ง {conflicts} · ไม่รับ {refused}</source>
        <translation type="vanished">New {added} · Edited copies taken {taken} · Edited on both sides {conflicts} · Refused {refused}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>เพิ่มใหม่ {added} · รับฉบับที่แก้ไข {taken} · ลบตามที่ส่งมา {removed} · แก้ไขทั้งสองฝั่ง {conflicts} · ไม่รับ {refused}</source>
        <translation>New {added} · Edited copies taken {taken} · Deleted as received {removed} · Edited on both sides {conflicts} · Refused {refused}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>เพิ่มใหม่</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับฉบับที่แก้ไข</source>
        <translation>Edited copy taken</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบตามที่ส่งมา</source>
        <translation>Deleted as received</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่รับ</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(โดย {who})</source>
        <translation>(by {who})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ข้อมูลที่แก้ไขทั้งสองฝั่ง — เลือกฉบับที่จะใช้ทีละรายการ:</source>
        <translation>Edited on both sides — choose which copy to keep, item by item:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ใช้ฉบับของเครื่องนี้ทั้งหมด</source>
        <translation>Keep all of this computer's copies</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ใช้ฉบับที่ส่งมาทั้งหมด</source>
        <translation>Take all of the received copies</translation>
    </message>
    <message>
        <location line="+10" />
        <source>⚠ {count} รายการในไฟล์นี้ไม่รับ เพราะผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์ตามตารางสิทธิ์ของฐานข้อมูลนี้ (ดู “ไม่รับ” ในรายการข้างบน) — รายการเหล่านั้นจะไม่ถูกบันทึก</source>
        <translation>⚠ {count} changes in this file are not taken because their author or sender has no right to make them in this database (see “Refused” in the list above) — they will not be saved</translation>
    </message>
    <message>
        <location line="+9" />
        <source>รับทราบ: รับเฉพาะรายการอื่น ไม่รับรายการที่ผู้แก้ไขหรือผู้ส่งไม่มีสิทธิ์</source>
        <translation>Understood: take only the other changes, not those whose author or sender has no right</translation>
    </message>
    <message>
        <location line="+7" />
        <source>รับข้อมูล</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-125" />
        <source>ใช้ฉบับของเครื่องนี้</source>
        <translation>Keep this computer's copy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ใช้ฉบับที่ส่งมา</source>
        <translation>Take the received copy</translation>
    </message>
    <message>
        <location line="-29" />
        <source>ข้อมูล</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ฉบับของเครื่องนี้</source>
        <translation>This computer's copy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ฉบับที่ส่งมา</source>
        <translation>Received copy</translation>
    </message>
</context>
<context>
    <name>NextYear</name>
    <message>
        <location filename="../mk3desk/services/next_year.py" line="+151" />
        <source>ปีงบประมาณ {year} มีอยู่แล้วใน{office} — เลือกปีที่ยังไม่มี หรือเปิดปี {year} จากแถบด้านบน</source>
        <translation>{office} already has fiscal year {year} — choose a year it does not have yet, or open {year} from the bar at the top</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ข้อปรับปรุง (Act) ของตัวชี้วัดต่อไปนี้ไม่มีตัวชี้วัดรหัสเดียวกันในปีใหม่ ยังไม่ได้สร้างปีงบประมาณ — ตรวจรายการแล้วยืนยันว่าจะยกไปเอง:
{lines}</source>
        <translation>The improvements (Act) of the following indicators have no indicator with the same code in the new year. The fiscal year was not created — check the list and confirm that you will carry them over yourself:
{lines}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ปีงบประมาณใหม่ต้องอยู่หลังปี {source} (ได้รับ {year})</source>
        <translation>The new fiscal year must come after {source} (got {year})</translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/next_year_dialog.py" line="+64" />
        <location line="+73" />
        <source>เริ่มปีงบประมาณใหม่</source>
        <translation>Start a new fiscal year</translation>
    </message>
    <message>
        <location line="-68" />
        <source>เริ่มปีงบประมาณถัดไปต่อจากปี {year} ของ{office}: ข้อปรับปรุง (Act) ของแต่ละตัวชี้วัดจะเป็นจุดเริ่มของแผน (Plan) ปีใหม่ในตัวชี้วัดรหัสเดียวกัน บุคลากรและกลุ่มงานเป็นของสำนักงาน ใช้ต่อในปีใหม่ได้ทันที</source>
        <translation>Start the fiscal year after {year} of {office}: each indicator's improvements (Act) become the starting point of the new year's plan (Plan) for the indicator with the same code. Staff and work groups belong to the office and carry on into the new year as they are</translation>
    </message>
    <message>
        <location line="+14" />
        <source>แม่แบบในโปรแกรม (PMQA 4.0)</source>
        <translation>Built-in template (PMQA 4.0)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ไฟล์กรอบตัวชี้วัด (Excel)</source>
        <translation>Indicator framework file (Excel)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ยังไม่ได้เลือกไฟล์</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลือกไฟล์…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ปีงบประมาณใหม่ (พ.ศ.)</source>
        <translation>New fiscal year (B.E.)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรอบตัวชี้วัด</source>
        <translation>Indicator framework</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เลือกทั้งหมด</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่เลือก</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คัดลอกผู้รับผิดชอบ (Key Man และผู้สำรอง) ที่ติ๊กไว้:</source>
        <translation>Copy the owners (Key Man and backup) of the ticked indicators:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>รับทราบ: ข้อปรับปรุงข้างต้นไม่มีตัวชี้วัดให้ยกไป จะนำไปใส่ในแผนเอง</source>
        <translation>Understood: the improvements above have no indicator to go to; I will add them to the plan myself</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+28" />
        <source>เลือกไฟล์กรอบตัวชี้วัด</source>
        <translation>Choose the indicator framework file</translation>
    </message>
    <message>
        <location line="+16" />
        <source>เลือกไฟล์กรอบตัวชี้วัด (Excel) ก่อน</source>
        <translation>Choose the indicator framework file (Excel) first</translation>
    </message>
    <message>
        <location line="+20" />
        <source>คัดลอกคณะกรรมการเป็นร่างรอยืนยัน</source>
        <translation>Copy the committees as drafts to confirm</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ปีนี้ยังไม่มีคณะกรรมการ</source>
        <translation>no committees this year yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>คัดลอกคณะกรรมการเป็นร่างรอยืนยัน (ยังไม่มีเลขที่และวันที่คำสั่ง): {names}</source>
        <translation>Copy the committees as drafts to confirm (no order number or date yet): {names}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>จาก {source}: {count} ตัวชี้วัด · ข้อปรับปรุง (Act) ยกไปเป็นจุดเริ่มของแผนปี {year}: {carried} ตัวชี้วัด</source>
        <translation>From {source}: {count} indicators · improvements (Act) carried into the {year} plan: {carried} indicators</translation>
    </message>
    <message>
        <location line="+66" />
        <source>สร้างปีงบประมาณ {year} แล้ว ({count} ตัวชี้วัด)</source>
        <translation>Fiscal year {year} created ({count} indicators)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ข้อปรับปรุง (Act) ยกไปเป็นจุดเริ่มของแผน: {count} ตัวชี้วัด</source>
        <translation>Improvements (Act) carried into the plan: {count} indicators</translation>
    </message>
    <message>
        <location line="+3" />
        <source>คัดลอกผู้รับผิดชอบ: {count} ตัวชี้วัด</source>
        <translation>Owners copied: {count} indicators</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คณะกรรมการ (ร่าง รอเลขที่และวันที่คำสั่ง): {names}</source>
        <translation>Committees (drafts awaiting an order number and date): {names}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ไม่ได้คัดลอก {why}</source>
        <translation>Not copied: {why}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ข้อปรับปรุงที่ต้องยกไปเอง:</source>
        <translation>Improvements to carry over yourself:</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../mk3desk/services/office_edit.py" line="+33" />
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อย่อ</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จังหวัด / เขตพื้นที่</source>
        <translation>Province / area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+23" />
        <location filename="../mk3desk/services/years.py" line="+41" />
        <source>กรุณาระบุชื่อสำนักงาน</source>
        <translation>Please enter the office name</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/years.py" line="+36" />
        <source>ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (ได้รับ {year})</source>
        <translation>The fiscal year must be a B.E. year, e.g. 2567 (got {year})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ปีงบประมาณ {year} มีอยู่แล้วใน{office}</source>
        <translation>Fiscal year {year} already exists in {office}</translation>
    </message>
</context>
<context>
    <name>Official</name>
    <message>
        <location filename="../mk3desk/services/scoring.py" line="+103" />
        <source>ไม่มีหมวด {number} ในกรอบการประเมินปี {year}</source>
        <translation>There is no category {number} in the {year} assessment framework</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คะแนนหมวด {number}</source>
        <translation>Category {number} score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>คะแนนรวม</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ลำดับที่ของประเทศต้องเป็นจำนวนเต็มบวก</source>
        <translation>The national rank must be a positive whole number</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ไม่มีตัวชี้วัด {code} ในปี {year}</source>
        <translation>There is no indicator {code} in {year}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>คะแนนตัวชี้วัด {number}</source>
        <translation>Indicator {number} score</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{what} ต้องอยู่ระหว่าง 0 ถึง 5 (ได้รับ {score})</source>
        <translation>{what} must be between 0 and 5 (got {score})</translation>
    </message>
</context>
<context>
    <name>OutcomeEditor</name>
    <message>
        <location filename="../mk3desk/ui/pdca/outcome.py" line="+49" />
        <source>ผลการดำเนินงานจริง 3 ปี</source>
        <translation>Actual performance, 3 years</translation>
    </message>
    <message>
        <location line="+11" />
        <source>คะแนนจากค่าปีนี้</source>
        <translation>Score from this year's value</translation>
    </message>
    <message>
        <location line="+12" />
        <source>หน่วย: {unit} · ค่าเป้าหมาย: {target}</source>
        <translation>Unit: {unit} · Target: {target}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ค่ายิ่งมากยิ่งดี</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ค่ายิ่งน้อยยิ่งดี</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ระดับ {n} = {v}</source>
        <translation>Level {n} = {v}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{better}: ร้อยละความสำเร็จ {floor} ได้ 0 คะแนน, {ceiling} ได้ 5 คะแนน</source>
        <translation>{better}: {floor}% achievement scores 0, {ceiling}% scores 5</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ปี {year} (ปีนี้)</source>
        <translation>{year} (this year)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ปี {year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>— ตัวเลขไม่ถูกต้อง —</source>
        <translation>— invalid number —</translation>
    </message>
    <message>
        <location line="+2" />
        <source>— ยังไม่กรอก —</source>
        <translation>— not entered —</translation>
    </message>
</context>
<context>
    <name>Pdca</name>
    <message>
        <location filename="../mk3desk/services/pdca.py" line="+81" />
        <source>ข้อความยาวเกินไป ({length:,} ตัวอักษร สูงสุด {limit:,}) — ยังไม่ได้บันทึก โปรดแบ่งเป็นไฟล์หลักฐานแทน</source>
        <translation>The text is too long ({length:,} characters, at most {limit:,}) — not saved. Please put it in an evidence file instead</translation>
    </message>
    <message>
        <location line="+37" />
        <source>ตัวชี้วัด {code}: มีผู้อื่นบันทึกข้อความส่วนนี้ไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</source>
        <translation>Indicator {code}: someone else saved this text first, so yours was not saved — choose which text to keep</translation>
    </message>
    <message>
        <location line="+42" />
        <source>ตัวชี้วัด {code} ไม่มีเกณฑ์ {key}</source>
        <translation>Indicator {code} has no criterion {key}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ตัวชี้วัด {code} เกณฑ์ {key}: มีผู้อื่นบันทึกคำอธิบายไปก่อนแล้ว จึงยังไม่ได้บันทึกข้อความของคุณ — โปรดเลือกว่าจะใช้ข้อความใด</source>
        <translation>Indicator {code}, criterion {key}: someone else saved the description first, so your text was not saved — choose which text to keep</translation>
    </message>
    <message>
        <location line="+49" />
        <source>ตัวชี้วัด {code} ไม่ใช่ตัวชี้วัดผลลัพธ์ จึงไม่มีค่าผลการดำเนินงาน</source>
        <translation>Indicator {code} is not an outcome indicator, so it has no performance value</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกค่าได้เฉพาะปี {first}–{last} (ได้รับปี {year})</source>
        <translation>Values can only be recorded for {first}–{last} (got {year})</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ค่าผลการดำเนินงานต้องเป็นตัวเลข</source>
        <translation>The performance value must be a number</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ตัวชี้วัด {code} ค่าปี {year}: มีผู้อื่นบันทึกเป็น {stored} ไปก่อนแล้ว จึงยังไม่ได้บันทึก {yours} ของคุณ — หน้าจอแสดงค่าล่าสุดแล้ว หากต้องการเปลี่ยนโปรดพิมพ์อีกครั้ง</source>
        <translation>Indicator {code}, value for {year}: someone else saved {stored} first, so your {yours} was not saved — the screen now shows the latest value; to change it, type it again</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../mk3desk/ui/reports/preview.py" line="+135" />
        <source>หน้า {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>พอดี</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../forms/pdf_preview.ui" line="+31" />
        <source>ไปหน้าก่อนหน้า (Page Up)</source>
        <translation>Go to the previous page (Page Up)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>◀ หน้าก่อน</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ไปหน้าถัดไป (Page Down)</source>
        <translation>Go to the next page (Page Down)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>หน้าถัดไป ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไปที่หน้า</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ย่อ (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>− ย่อ</source>
        <translation>− Zoom out</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ขยาย (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>+ ขยาย</source>
        <translation>+ Zoom in</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ปรับขนาดให้หน้ากระดาษพอดีกับความกว้างของช่องแสดง</source>
        <translation>Scale the page to fit the width of the view</translation>
    </message>
    <message>
        <location line="+3" />
        <source>พอดีความกว้าง</source>
        <translation>Fit width</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../mk3desk/services/people.py" line="+31" />
        <location filename="../mk3desk/services/people_edit.py" line="+206" />
        <source>กรุณาระบุชื่อกลุ่ม</source>
        <translation>Please enter the group name</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../mk3desk/services/people_edit.py" line="+13" />
        <source>มีกลุ่ม “{name}” อยู่แล้ว</source>
        <translation>The group “{name}” already exists</translation>
    </message>
    <message>
        <location line="+21" />
        <location filename="../mk3desk/services/people_edit.py" line="-92" />
        <source>กรุณาระบุชื่อ-นามสกุล</source>
        <translation>Please enter the full name</translation>
    </message>
    <message>
        <location line="+24" />
        <source>มีบุคลากรชื่อ “{name}” อยู่แล้ว{inactive} — ชื่อซ้ำกันจะแยกผู้ลงนามและผู้รับผิดชอบไม่ได้</source>
        <translation>There is already a person named “{name}”{inactive} — with the same name, signers and owners could not be told apart</translation>
    </message>
    <message>
        <location line="+5" />
        <source> (พ้นจากสำนักงานแล้ว)</source>
        <translation> (has left the office)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>ผู้รับผิดชอบหลักและผู้รับผิดชอบสำรองต้องเป็นคนละคนกัน</source>
        <translation>The main owner and the backup owner must be different people</translation>
    </message>
    <message>
        <location line="+7" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>The chosen staff member is not in this office</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ยังไม่ระบุ</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ยังไม่กำหนด</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+16" />
        <source>ผู้รับผิดชอบตัวชี้วัด {code}</source>
        <translation>Owners of indicator {code}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผู้รับผิดชอบหลัก</source>
        <translation>Main owner</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>Backup owner</translation>
    </message>
    <message>
        <location line="+5" />
        <source>วันส่งงาน</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/people_edit.py" line="-43" />
        <source>ผู้รับผิดชอบตัวชี้วัด (Key Man)</source>
        <translation>Indicator owner (Key Man)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการตรวจสอบ</source>
        <translation>Committee reviewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงานตัวชี้วัด</source>
        <translation>Indicator coordinator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้บริหาร</source>
        <translation>Executive</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ดูข้อมูลอย่างเดียว</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ไม่สังกัดกลุ่ม</source>
        <translation>No group</translation>
    </message>
    <message>
        <location line="+34" />
        <source>บุคลากร {name}</source>
        <translation>Staff member {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ชื่อ-นามสกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+3" />
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บทบาท</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ยังปฏิบัติงานอยู่ในสำนักงาน</source>
        <translation>Still working in this office</translation>
    </message>
    <message>
        <location line="+10" />
        <source>กรุณาเลือกบทบาทอย่างน้อยหนึ่งบทบาท</source>
        <translation>Please choose at least one role</translation>
    </message>
    <message>
        <location line="+4" />
        <source>กลุ่มที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>The chosen group is not in this office</translation>
    </message>
    <message>
        <location line="+39" />
        <source>ไม่พบกลุ่มที่เลือก</source>
        <translation>The chosen group was not found</translation>
    </message>
    <message>
        <location line="+8" />
        <source>กลุ่มงาน {name}</source>
        <translation>Work group {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อกลุ่มงาน</source>
        <translation>Work group name</translation>
    </message>
    <message>
        <location line="+67" />
        <source>“{name}” มีประวัติการทำงานในระบบแล้ว จึงลบไม่ได้ — ให้บันทึกว่าพ้นจากสำนักงานแล้วแทน (แก้ไขข้อมูล แล้วเอาเครื่องหมาย “ยังปฏิบัติงานอยู่ในสำนักงาน” ออก) ประวัติจะยังแสดงชื่อเดิม</source>
        <translation>“{name}” has work recorded in the program, so cannot be deleted — record that they have left the office instead (Edit, then clear “Still working in this office”); the history keeps the name</translation>
    </message>
    <message>
        <source>“{name}” มีประวัติการทำงานในระบบแล้ว จึงลบไม่ได้ — ให้แก้ไขเป็น “พ้นจากสำนักงาน” แทน ประวัติจะยังแสดงชื่อเดิม</source>
        <translation type="vanished">“{name}” has work recorded in the program, so cannot be deleted — mark them as “has left the office” instead; the history keeps the name</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../mk3desk/ui/models/people_model.py" line="+28" />
        <source>ผู้รับผิดชอบตัวชี้วัด</source>
        <translation>Indicator owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการตรวจสอบ</source>
        <translation>Committee reviewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงาน</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้บริหาร</source>
        <translation>Executive</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ดูข้อมูลอย่างเดียว</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location line="+12" />
        <source>(สำรอง) {text}</source>
        <translation>(backup) {text}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{text} — เลยกำหนด</source>
        <translation>{text} — overdue</translation>
    </message>
    <message>
        <location line="+18" />
        <source>ชื่อ-นามสกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บทบาท</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับผิดชอบหลัก</source>
        <translation>As main owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สำรอง</source>
        <translation>As backup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลยกำหนด</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+5" />
        <source>(พ้นจากสำนักงานแล้ว)</source>
        <translation>(has left the office)</translation>
    </message>
    <message>
        <location line="+49" />
        <source>พ้นจากสำนักงานแล้ว: ยังแสดงในรายชื่อเพราะประวัติและเอกสารใช้ชื่อนี้</source>
        <translation>Has left the office: still listed because the history and documents use this name</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../mk3desk/ui/pages/people_page.py" line="+63" />
        <source>ค้นหา ชื่อ ตำแหน่ง กลุ่มงาน หรือตัวชี้วัด (Ctrl+F)</source>
        <translation>Search name, position, work group or indicator (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>เพิ่มบุคลากร…</source>
        <translation>Add staff member…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อมูล…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบบุคลากร…</source>
        <translation>Delete staff member…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ลบผู้ที่เพิ่มไว้ผิด (ยังไม่มีงานในระบบ) — ผู้ที่ย้ายหรือเกษียณ ให้บันทึกว่าพ้นจากสำนักงานแล้วแทน</source>
        <translation>Delete someone added by mistake (with no work in the program yet) — for someone who moved or retired, record that they have left the office instead</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เพิ่มกลุ่มงาน…</source>
        <translation>Add work group…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปลี่ยนชื่อกลุ่มงาน…</source>
        <translation>Rename work group…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ยกย่องชมเชย…</source>
        <translation>Recognition…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>บุคลากรและกลุ่มงาน</source>
        <translation>Staff and work groups</translation>
    </message>
    <message>
        <location line="+3" />
        <source>กำหนดผู้รับผิดชอบและกำหนดส่ง…</source>
        <translation>Set owners and due date…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ผู้รับผิดชอบตัวชี้วัด</source>
        <translation>Indicator owners</translation>
    </message>
    <message>
        <location line="+99" />
        <source>เลือกบุคลากรเพื่อดูภาระงานตัวชี้วัดของปีนี้</source>
        <translation>Select a staff member to see this year's indicator workload</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name}: ยังไม่ได้รับมอบหมายตัวชี้วัดในปีนี้</source>
        <translation>{name}: no indicators assigned this year</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{name}: รับผิดชอบหลัก {owned} · สำรอง {backup} · ยังไม่ส่ง {open} · เลยกำหนด {late}</source>
        <translation>{name}: main owner {owned} · backup {backup} · not submitted {open} · overdue {late}</translation>
    </message>
    <message>
        <location line="+88" />
        <source>เพิ่มกลุ่มงาน</source>
        <translation>Add work group</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ชื่อกลุ่มงาน</source>
        <translation>Work group name</translation>
    </message>
    <message>
        <location line="+18" />
        <location line="+10" />
        <source>เปลี่ยนชื่อกลุ่มงาน</source>
        <translation>Rename work group</translation>
    </message>
    <message>
        <location line="-9" />
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ชื่อใหม่</source>
        <translation>New name</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/people_delete.py" line="+31" />
        <source>ลบ “{name}” ออกจากรายชื่อบุคลากรหรือไม่?

ลบแล้วเรียกคืนไม่ได้</source>
        <translation>Delete “{name}” from the staff list?

This cannot be undone</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+9" />
        <source>“{name}” มีประวัติการทำงานในระบบแล้ว (งานที่รับผิดชอบ ข้อความ หลักฐาน หรือบัญชีผู้ใช้) จึงลบไม่ได้ เพื่อให้ประวัติและเอกสารยังแสดงชื่อเดิม</source>
        <translation>“{name}” has work recorded in the program (owned indicators, texts, evidence or a user account), so cannot be deleted; this way the history and documents keep the name</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+23" />
        <source>ลบบุคลากร</source>
        <translation>Delete staff member</translation>
    </message>
    <message>
        <location line="-22" />
        <source>บันทึกไว้แล้วว่าพ้นจากสำนักงาน</source>
        <translation>Already recorded as having left the office</translation>
    </message>
    <message>
        <location line="+3" />
        <source>บันทึกว่า “{name}” พ้นจากสำนักงานแล้วแทนหรือไม่?</source>
        <translation>Record that “{name}” has left the office instead?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกว่าพ้นจากสำนักงานแล้ว</source>
        <translation>Record as left the office</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/people_dialogs.py" line="-117" />
        <source>ดูข้อมูลอย่างเดียว</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location line="+10" />
        <source>— ไม่สังกัดกลุ่ม —</source>
        <translation>— no group —</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เพิ่มบุคลากร</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location line="+3" />
        <source>แก้ไขข้อมูลบุคลากร</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location filename="../forms/person_dialog.ui" line="+14" />
        <source>ข้อมูลบุคลากร</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ชื่อ-นามสกุล (พร้อมคำนำหน้า)</source>
        <translation>Full name (with title)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>เช่น นางสาวสมศรี ใจดี</source>
        <translation>e.g. Miss Somsri Jaidee</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ตำแหน่งที่พิมพ์ใต้ลายมือชื่อ</source>
        <translation>Position printed under the signature</translation>
    </message>
    <message>
        <location line="+7" />
        <source>กลุ่มงาน</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location line="+15" />
        <source>บทบาทในงานตัวชี้วัด</source>
        <translation>Roles in indicator work</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ผู้รับผิดชอบตัวชี้วัด (Key Man)</source>
        <translation>Indicator owner (Key Man)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>กรรมการตรวจสอบ</source>
        <translation>Committee reviewer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ผู้ประสานงานตัวชี้วัด (ปิดระบบ/เปิดระบบได้)</source>
        <translation>Indicator coordinator (can lock/reopen)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ผู้บริหาร</source>
        <translation>Executive</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ยังปฏิบัติงานอยู่ในสำนักงาน</source>
        <translation>Still working in this office</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../mk3desk/ui/pdca/plan_panel.py" line="+59" />
        <source>เช่น ประชุมคณะทำงาน เดือนพฤศจิกายน; รวบรวมข้อมูล เดือนธันวาคม; ...</source>
        <translation>e.g. Working-group meeting in November; collect data in December; ...</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ผู้รับผิดชอบและกำหนดส่ง</source>
        <translation>Owners and due date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ผู้รับผิดชอบตัวชี้วัด (Key Man)</source>
        <translation>Indicator owner (Key Man)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>Backup owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำหนดส่งงาน</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เริ่มวางแผน</source>
        <translation>Start planning</translation>
    </message>
    <message>
        <location line="+3" />
        <source>แผนพร้อมแล้ว — เริ่มดำเนินงาน (Do) →</source>
        <translation>Plan ready — start doing (Do) →</translation>
    </message>
    <message>
        <location line="+6" />
        <source>การวิเคราะห์ SWOT ของปี…</source>
        <translation>The year's SWOT analysis…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>กิจกรรมที่วางแผนไว้ (บันทึกอัตโนมัติขณะพิมพ์)</source>
        <translation>Planned activities (saved automatically as you type)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>สิ่งที่ต้องมีก่อนเริ่มดำเนินงาน:</source>
        <translation>Needed before starting the work:</translation>
    </message>
    <message>
        <location line="+13" />
        <source>— ยังไม่กำหนด —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <location line="+27" />
        <source>แผนครบถ้วนแล้ว</source>
        <translation>The plan is complete</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../mk3desk/services/progress.py" line="+33" />
        <source>ไม่พบปีงบประมาณรหัสภายใน {id}</source>
        <translation>No fiscal year with internal ID {id}</translation>
    </message>
</context>
<context>
    <name>Publishing</name>
    <message>
        <location filename="../mk3desk/services/publishing.py" line="+42" />
        <source>เครื่องนี้ไม่มีโปรแกรม pdftoppm จึงทำไฟล์ภาพ PNG จากบรรทัดคำสั่งไม่ได้ — ใช้ปุ่ม “ภาพสรุปสำหรับเผยแพร่…” ในหน้าภาพรวมของโปรแกรมแทน (ไฟล์ PDF ทำได้ตามปกติ)</source>
        <translation>This computer has no pdftoppm, so PNG images cannot be made from the command line — use the “Summary image for publishing…” button on the program's Overview page instead (PDF files work as usual)</translation>
    </message>
    <message>
        <location line="+19" />
        <source>ทำไฟล์ภาพ PNG ไม่สำเร็จ ({reason})</source>
        <translation>Could not make the PNG image ({reason})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>บันทึกไฟล์ภาพที่ {path} ไม่ได้ ({reason})</source>
        <translation>Cannot save the image to {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/poster_image.py" line="+36" />
        <source>บันทึกไฟล์ภาพที่ {path} ไม่ได้</source>
        <translation>Cannot save the image to {path}</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <location filename="../mk3desk/domain/readiness.py" line="+62" />
        <source>บันทึกการสะท้อนผล (Act) ก่อน</source>
        <translation>Record the reflection (Act) first</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ระบุผู้รับผิดชอบตัวชี้วัด (Key Man)</source>
        <translation>Name the indicator owner (Key Man)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ระบุผู้รับผิดชอบสำรอง</source>
        <translation>Name the backup owner</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กำหนดวันส่งงาน</source>
        <translation>Set the due date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เขียนกิจกรรมที่วางแผนไว้</source>
        <translation>Write the planned activities</translation>
    </message>
    <message>
        <location line="+8" />
        <source>บันทึกผลการดำเนินงาน (Do)</source>
        <translation>Record the work done (Do)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>กรอกผลการดำเนินงานจริงของปีนี้</source>
        <translation>Enter this year's actual performance</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยังไม่มีไฟล์หลักฐานประกอบ</source>
        <translation>No evidence files attached yet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ยังไม่ได้ทำเครื่องหมายเกณฑ์ที่ผ่านแม้แต่ข้อเดียว</source>
        <translation>Not a single criterion is ticked as met yet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เกณฑ์ {key}: ทำเครื่องหมายแล้วแต่ยังไม่ได้เขียนคำอธิบาย</source>
        <translation>Criterion {key}: ticked but not described</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เกณฑ์ {key}: ทำเครื่องหมายแล้วแต่ยังไม่มีหลักฐาน</source>
        <translation>Criterion {key}: ticked but no evidence</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <location filename="../mk3desk/domain/recognition.py" line="+31" />
        <source>ยกย่องชมเชย</source>
        <translation>Praise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รางวัล</source>
        <translation>Award</translation>
    </message>
    <message>
        <location line="+28" />
        <source>กรุณาเลือกผู้ได้รับการยกย่อง: บุคลากรหนึ่งคน หรือกลุ่มงานหนึ่งกลุ่ม</source>
        <translation>Please choose who is recognized: one staff member or one work group</translation>
    </message>
    <message>
        <location line="+4" />
        <source>กรุณาระบุเหตุผลของการยกย่อง</source>
        <translation>Please enter the reason for the recognition</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เหตุผลยาวเกิน {limit} ตัวอักษร (มี {length}) — เกียรติบัตรพิมพ์ได้ราวสามบรรทัด</source>
        <translation>The reason is longer than {limit} characters (it has {length}) — a certificate fits about three lines</translation>
    </message>
    <message>
        <location line="+7" />
        <source>กรุณาระบุชื่อรางวัล</source>
        <translation>Please enter the award name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กรุณาระบุวันที่ยกย่อง</source>
        <translation>Please enter the date of the recognition</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ยังไม่ได้ระบุผู้ลงนามในเกียรติบัตร จึงยังไม่ออกเกียรติบัตร — ระบุชื่อผู้ลงนาม (หรือผู้อำนวยการในหน้าตั้งค่า) แล้วลองอีกครั้ง</source>
        <translation>No signer is given for the certificates, so none were issued — enter the signer's name (or the director on the Settings page) and try again</translation>
    </message>
    <message>
        <location line="+8" />
        <source>กรุณาระบุตำแหน่งของผู้ลงนามในเกียรติบัตร ({name})</source>
        <translation>Please enter the position of the certificate signer ({name})</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/documents/recognition.py" line="+38" />
        <source>ยังไม่มีเกียรติบัตรที่ออกแล้วในปีงบประมาณ {year}</source>
        <translation>No certificates have been issued in fiscal year {year} yet</translation>
    </message>
    <message>
        <location line="+29" />
        <source>ปีงบประมาณ {year} ยังไม่มีตัวชี้วัด จึงยังทำภาพสรุปไม่ได้</source>
        <translation>Fiscal year {year} has no indicators yet, so no summary image can be made</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/recognition/certificates.py" line="+48" />
        <source>กรุณาเลือกการยกย่องที่จะออกเกียรติบัตรอย่างน้อยหนึ่งรายการ</source>
        <translation>Please choose at least one recognition to issue a certificate for</translation>
    </message>
    <message>
        <location line="+11" />
        <source>กลุ่มงาน “{group}” ไม่มีบุคลากร จึงออกเกียรติบัตรให้ไม่ได้</source>
        <translation>Work group “{group}” has no staff, so no certificates can be issued for it</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/recognition/save.py" line="+24" />
        <source>บุคลากรที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>The chosen staff member is not in this office</translation>
    </message>
    <message>
        <location line="+4" />
        <source>กลุ่มงานที่เลือกไม่ได้อยู่ในสำนักงานนี้</source>
        <translation>The chosen work group is not in this office</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ไม่พบการยกย่องที่เลือกในปีงบประมาณ {year}</source>
        <translation>The chosen recognition was not found in fiscal year {year}</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recognition_dialog.py" line="+55" />
        <source>ยกย่องชมเชยและเกียรติบัตร</source>
        <translation>Recognition and certificates</translation>
    </message>
    <message>
        <location line="+4" />
        <source>บันทึกการยกย่องหรือรางวัล</source>
        <translation>Record praise or an award</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เมื่อเป็นรางวัล เช่น รางวัลบุคลากรดีเด่น</source>
        <translation>For an award, e.g. Outstanding Staff Award</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เช่น 20/9/2567</source>
        <translation>e.g. 20/9/2567</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการยกย่อง</source>
        <translation>Save recognition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ผู้ได้รับ (บุคลากรหรือกลุ่มงาน)</source>
        <translation>Recipient (staff member or work group)</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+12" />
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-10" />
        <source>ชื่อรางวัล</source>
        <translation>Award name</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+8" />
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+35" />
        <source>ผู้ได้รับ</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="-35" />
        <source>รางวัล / ยกย่อง</source>
        <translation>Award / praise</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เกียรติบัตร</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ออกเกียรติบัตรให้รายการที่เลือก (หนึ่งหน้าต่อหนึ่งคน ลงทะเบียนเลขที่)</source>
        <translation>Issue certificates for the selected entries (one page per person, numbered in the register)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ชื่อผู้ลงนาม</source>
        <translation>Signer's name</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตำแหน่งผู้ลงนาม</source>
        <translation>Signer's position</translation>
    </message>
    <message>
        <location line="+2" />
        <source>วันนี้</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ออกเกียรติบัตร…</source>
        <translation>Issue certificates…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบรายการที่เลือก</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+15" />
        <source>ผู้ลงนาม</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="-13" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+11" />
        <source>วันที่ให้ไว้</source>
        <translation>Date given</translation>
    </message>
    <message>
        <location line="-3" />
        <source>ทะเบียนเกียรติบัตร</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เลขที่</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>พิมพ์เกียรติบัตรที่เลือกจากทะเบียน…</source>
        <translation>Print the selected certificates from the register…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งออกทะเบียนเป็น Excel…</source>
        <translation>Export register to Excel…</translation>
    </message>
    <message>
        <location line="+156" />
        <location line="+34" />
        <source>บันทึกเกียรติบัตร</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <location line="-34" />
        <location line="+34" />
        <source>เกียรติบัตร.pdf</source>
        <translation>certificates.pdf</translation>
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
        <translation>Certificates saved to {path}</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <location filename="../mk3desk/domain/reconcile.py" line="+122" />
        <source>หมวด {number}: ยังไม่ได้กรอกคะแนนทางการ ใช้คะแนนที่คำนวณได้ {computed} แทน</source>
        <translation>Category {number}: no official score entered; using the computed score {computed} instead</translation>
    </message>
    <message>
        <location line="+49" />
        <source>คะแนนรวมตามสูตรของกรอบการประเมิน เมื่อใช้คะแนนรายหมวดทางการ = {value}</source>
        <translation>Total score by the framework's formula, using the official category scores = {value}</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ลำดับที่ {rank} ของประเทศ (ตามประกาศ ไม่ได้คำนวณในโปรแกรม)</source>
        <translation>Ranked {rank} nationwide (as announced; not computed by the program)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>หมวด {number}: คะแนนทางการ {official} ตรงกับที่คำนวณได้</source>
        <translation>Category {number}: official score {official} matches the computed score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>หมวด {number}: คะแนนทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff} ทำให้คะแนนรวมเพิ่มขึ้น {effect}</source>
        <translation>Category {number}: official score {official} is {diff} higher than computed ({computed}), raising the total score by {effect}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>หมวด {number}: คะแนนทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff} ทำให้คะแนนรวมลดลง {effect}</source>
        <translation>Category {number}: official score {official} is {diff} lower than computed ({computed}), lowering the total score by {effect}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ตัวชี้วัด {code}: คะแนนทางการ {official} ตรงกับที่คำนวณได้</source>
        <translation>Indicator {code}: official score {official} matches the computed score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ตัวชี้วัด {code}: คะแนนทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff} มีผลต่อคะแนนรวม +{effect}</source>
        <translation>Indicator {code}: official score {official} is {diff} higher than computed ({computed}); effect on the total score +{effect}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัด {code}: คะแนนทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff} มีผลต่อคะแนนรวม -{effect}</source>
        <translation>Indicator {code}: official score {official} is {diff} lower than computed ({computed}); effect on the total score -{effect}</translation>
    </message>
    <message>
        <location line="+50" />
        <source>คะแนนรวม: คำนวณได้ {computed} ยังไม่ได้กรอกคะแนนรวมทางการ</source>
        <translation>Total score: computed {computed}; no official total entered</translation>
    </message>
    <message>
        <location line="+6" />
        <source>คะแนนรวม: ทางการ {official} ตรงกับที่คำนวณได้</source>
        <translation>Total score: official {official} matches the computed score</translation>
    </message>
    <message>
        <location line="+2" />
        <source>คะแนนรวม: ทางการ {official} สูงกว่าที่คำนวณได้ ({computed}) {diff}</source>
        <translation>Total score: official {official} is {diff} higher than computed ({computed})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>คะแนนรวม: ทางการ {official} ต่ำกว่าที่คำนวณได้ ({computed}) {diff}</source>
        <translation>Total score: official {official} is {diff} lower than computed ({computed})</translation>
    </message>
    <message>
        <location line="+10" />
        <source>คะแนนรวมทางการอธิบายได้ครบด้วยคะแนนรายหมวดตามสูตรของกรอบการประเมิน</source>
        <translation>The official total is fully explained by the category scores under the framework's formula</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ส่วนต่างที่ไม่มีหมวดใดอธิบายได้ {value} — ต้องกำหนดองค์ประกอบหรือการปรับคะแนนเพิ่มเติมในกรอบการประเมิน จึงจะได้คะแนนรวมตรงกับผลทางการ</source>
        <translation>A difference of {value} is not explained by any category — the framework needs further components or score adjustments for the total to match the official result</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ระดับผลการประเมินที่คำนวณได้: {computed} (ยังไม่ได้กรอกระดับทางการ)</source>
        <translation>Computed result band: {computed} (no official band entered)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ระดับผลการประเมิน: {official} ตรงกับที่คำนวณได้</source>
        <translation>Result band: {official} matches the computed band</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ระดับผลการประเมิน: ทางการ {official} แต่คำนวณได้ {computed}</source>
        <translation>Result band: official {official}, but computed {computed}</translation>
    </message>
</context>
<context>
    <name>RecordConflictDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/record_conflict_dialog.py" line="+47" />
        <source>มีผู้อื่นแก้ไขข้อมูลนี้ไปก่อน</source>
        <translation>Someone else changed this record first</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ข้อมูล</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ของคุณ (ยังไม่ได้บันทึก)</source>
        <translation>Yours (not saved)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ที่บันทึกไว้แล้ว (ของผู้อื่น)</source>
        <translation>Stored (someone else's)</translation>
    </message>
    <message>
        <location line="+31" />
        <source>“เก็บของฉัน” บันทึกค่าของคุณทับค่าที่บันทึกไว้ทุกช่องที่แสดง · “ใช้ของเขา” แสดงค่าที่บันทึกไว้ในแบบฟอร์ม ให้ตรวจดูแล้วแก้ไขต่อได้</source>
        <translation>“Keep mine” saves your values over the stored ones in every field shown · “Use theirs” puts the stored values in the form for you to check and keep editing</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เก็บของฉัน</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกค่าของคุณแทนค่าที่บันทึกไว้</source>
        <translation>Save your values over the stored ones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ใช้ของเขา</source>
        <translation>Use theirs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แสดงค่าที่บันทึกไว้ในแบบฟอร์มแทนค่าของคุณ</source>
        <translation>Put the stored values in the form instead of yours</translation>
    </message>
</context>
<context>
    <name>RecordExcel</name>
    <message>
        <location filename="../mk3desk/ui/record_excel.py" line="+50" />
        <source>ส่งออก Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>นำเข้า Excel…</source>
        <translation>Import Excel…</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recovery_dialogs.py" line="+142" />
        <source>ลืมรหัสผ่านผู้ประสาน</source>
        <translation>Forgot the coordinator's password</translation>
    </message>
    <message>
        <location line="+8" />
        <source>พิมพ์รหัสกู้คืนจากแผ่นที่เก็บในตู้นิรภัย (อักษรภาษาอังกฤษและตัวเลข 20 ตัว) เลือกบัญชีผู้ประสาน แล้วตั้งรหัสผ่านใหม่ รหัสกู้คืนจะใช้ได้ครั้งเดียว แล้วโปรแกรมจะแสดงรหัสใหม่ให้เก็บแทน</source>
        <translation>Type the recovery code from the sheet kept in the safe (20 English letters and digits), choose the coordinator's account, then set a new password. A recovery code works only once; the program then shows a new code to keep instead</translation>
    </message>
    <message>
        <location line="+28" />
        <source>สำนักงานนี้ยังไม่มีรหัสกู้คืน — ผู้ประสานอีกคนรีเซ็ตรหัสผ่านให้ได้ที่หน้าบัญชีผู้ใช้</source>
        <translation>This office has no recovery code yet — another coordinator can reset the password on the User accounts page</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+64" />
        <source>ตั้งรหัสผ่านใหม่</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <location line="-60" />
        <source>รหัสกู้คืน</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บัญชีผู้ประสาน</source>
        <translation>Coordinator's account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่านใหม่</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์รหัสผ่านใหม่อีกครั้ง</source>
        <translation>Type the new password again</translation>
    </message>
    <message>
        <location line="+21" />
        <source>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน — ยังไม่ได้เปลี่ยนอะไร</source>
        <translation>The two new passwords differ — nothing was changed</translation>
    </message>
    <message>
        <location line="+34" />
        <source>รอ {seconds} วินาที</source>
        <translation>Wait {seconds} seconds</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../mk3desk/services/recovery.py" line="+80" />
        <source>รหัสกู้คืนมีแต่อักษรภาษาอังกฤษและตัวเลข — โปรดเปลี่ยนแป้นพิมพ์เป็นภาษาอังกฤษแล้วพิมพ์ใหม่</source>
        <translation>A recovery code has only English letters and digits — please switch the keyboard to English and type it again</translation>
    </message>
    <message>
        <location line="+8" />
        <source>รหัสกู้คืนมี {length} ตัวอักษร (4 กลุ่ม กลุ่มละ 5 ตัว) — ที่พิมพ์มามี {typed} ตัว</source>
        <translation>A recovery code has {length} characters (4 groups of 5) — you typed {typed}</translation>
    </message>
    <message>
        <location line="+86" />
        <source>“{name}” ไม่ใช่บัญชีผู้ประสานที่ใช้งานได้ในสำนักงานนี้ — รหัสกู้คืนใช้กับบัญชีผู้ประสานเท่านั้น</source>
        <translation>“{name}” is not an active coordinator's account in this office — the recovery code works only for coordinators' accounts</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ใส่รหัสผิดหลายครั้ง — โปรดรอ {seconds} วินาทีแล้วลองใหม่</source>
        <translation>Too many wrong codes — please wait {seconds} seconds and try again</translation>
    </message>
    <message>
        <location line="+10" />
        <source>สำนักงานนี้ยังไม่มีรหัสกู้คืน — ผู้ประสานอีกคนรีเซ็ตรหัสผ่านให้ได้ (หน้าบัญชีผู้ใช้) ถ้าไม่มี โปรดดูหัวข้อ “ลืมรหัสผ่าน” ในคู่มือ</source>
        <translation>This office has no recovery code yet — another coordinator can reset the password (User accounts page); if there is none, see “Forgotten password” in the manual</translation>
    </message>
    <message>
        <location line="+18" />
        <source>รหัสกู้คืนไม่ถูกต้อง — ยังไม่ได้เปลี่ยนรหัสผ่าน</source>
        <translation>The recovery code is not correct — the password was not changed</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recovery_dialogs.py" line="-193" />
        <source>รหัสกู้คืนรหัสผ่านผู้ประสาน</source>
        <translation>Coordinator password recovery code</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ใช้รหัสนี้ตั้งรหัสผ่านใหม่ให้ผู้ประสานเมื่อลืมรหัสผ่าน (หน้าเข้าสู่ระบบ → “ลืมรหัสผ่านผู้ประสาน?”) ใช้ได้ครั้งเดียว</source>
        <translation>Use this code to set a new password for a coordinator who forgot it (login window → “Forgot the coordinator's password?”). It works only once</translation>
    </message>
    <message>
        <location line="+20" />
        <source>รหัสนี้แสดงครั้งเดียว โปรแกรมไม่ได้เก็บรหัสไว้ — โปรดพิมพ์หรือจดไว้ แล้วเก็บในตู้นิรภัยของสำนักงาน ใครมีรหัสนี้ก็ตั้งรหัสผ่านของผู้ประสานได้ อย่าถ่ายภาพหรือส่งทางไลน์/อีเมล</source>
        <translation>This code is shown only once; the program does not keep it — please print it or write it down and keep it in the office safe. Anyone with this code can set a coordinator's password. Do not photograph it or send it by LINE/e-mail</translation>
    </message>
    <message>
        <location line="+10" />
        <source>พิมพ์… (บันทึกเป็น PDF)</source>
        <translation>Print… (save as PDF)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เก็บรหัสแล้ว ปิดหน้าต่าง</source>
        <translation>I have kept the code, close</translation>
    </message>
    <message>
        <location line="+20" />
        <source>บันทึกแผ่นรหัสกู้คืนสำหรับพิมพ์</source>
        <translation>Save the recovery code sheet for printing</translation>
    </message>
    <message>
        <location line="+17" />
        <source>บันทึกไฟล์ไว้ที่ {path} — เปิดแล้วสั่งพิมพ์ จากนั้นลบไฟล์ทิ้ง</source>
        <translation>File saved at {path} — open it and print it, then delete the file</translation>
    </message>
</context>
<context>
    <name>RecycleDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recycle_dialog.py" line="+72" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงนำไฟล์กลับคืนหรือล้างถังขยะไม่ได้</source>
        <translation>The database is open view-only, so files cannot be restored and the trash cannot be emptied</translation>
    </message>
    <message>
        <location line="+48" />
        <source>ล้างถังขยะ</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ลบไฟล์หลักฐาน {n} ไฟล์ในถังขยะอย่างถาวร? เมื่อลบแล้วจะนำกลับคืนไม่ได้</source>
        <translation>Permanently delete the {n} evidence file(s) in the trash? They cannot be restored afterwards</translation>
    </message>
    <message>
        <location filename="../forms/recycle_dialog.ui" line="+14" />
        <source>ถังขยะไฟล์หลักฐาน</source>
        <translation>Evidence trash</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ไฟล์หลักฐานที่ย้ายไปถังขยะยังเก็บไว้จนกว่าจะล้างถังขยะ เลือกไฟล์แล้วกด “นำกลับคืน” เพื่อแนบกลับที่ตัวชี้วัดเดิม</source>
        <translation>Evidence files moved to the trash are kept until the trash is emptied. Select files and press “Restore” to attach them back to their indicator</translation>
    </message>
    <message>
        <location line="+35" />
        <source>นำกลับคืน</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ล้างถังขยะ…</source>
        <translation>Empty trash…</translation>
    </message>
</context>
<context>
    <name>RecycleModel</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/recycle_dialog.py" line="-81" />
        <source>{code} (ปี {year})</source>
        <translation>{code} ({year})</translation>
    </message>
    <message>
        <location line="-10" />
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัด</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>คำอธิบาย</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ขนาด</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ย้ายไปถังขยะเมื่อ</source>
        <translation>Moved to trash on</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../mk3desk/reports/page.py" line="+180" />
        <source>บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason}) โปรดตรวจว่าโฟลเดอร์มีอยู่ เขียนได้ และไฟล์ไม่ได้เปิดค้างในโปรแกรมอื่น</source>
        <translation>Cannot save the PDF to {path} ({reason}). Check that the folder exists and is writable and that the file is not open in another program</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/documents/common.py" line="+291" />
        <source>ยังไม่ได้ระบุ{who} จึงเว้นบรรทัดชื่อไว้ให้ลงชื่อด้วยมือ</source>
        <translation>No {who} is set, so the name line is left blank to sign by hand</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/documents/year.py" line="+21" />
        <source>ปีงบประมาณ {year} ยังไม่มีตัวชี้วัด จึงยังพิมพ์เอกสารไม่ได้ — สร้างปีงบประมาณจากแม่แบบกรอบการประเมินก่อน</source>
        <translation>Fiscal year {year} has no indicators yet, so no documents can be printed — create the fiscal year from a framework template first</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/documents/indicator_report.py" line="+249" />
        <source>ไม่พบผู้อำนวยการกลุ่มของผู้รับผิดชอบตัวชี้วัด {codes} จึงเว้นบรรทัดชื่อไว้ให้ลงชื่อด้วยมือ (กำหนดบทบาทผู้บริหารให้หัวหน้ากลุ่มที่หน้าบุคลากร)</source>
        <translation>No group director found for the owners of indicators {codes}, so the name line is left blank to sign by hand (give the group heads the Executive role on the Staff page)</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/documents/registry.py" line="+26" />
        <source>สรุปผลการประเมินประจำปี</source>
        <translation>Annual assessment summary</translation>
    </message>
    <message>
        <location line="+3" />
        <source>รายงานผลการดำเนินงานรายตัวชี้วัด</source>
        <translation>Indicator performance report</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เล่มรายงานประจำปี</source>
        <translation>Annual report book</translation>
    </message>
    <message>
        <location line="+3" />
        <source>คำสั่งแต่งตั้งคณะกรรมการ</source>
        <translation>Committee appointment order</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บัญชีมอบหมายงานและปฏิทินการดำเนินงาน</source>
        <translation>Assignment list and work calendar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>รายงานการกำกับติดตามสำหรับผู้บริหาร</source>
        <translation>Monitoring report for executives</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เอกสารผลงาน Best Practice</source>
        <translation>Best Practice write-up</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ใบลงทะเบียนผู้เข้าร่วมประชุม/อบรม</source>
        <translation>Meeting/training attendance sheet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>บันทึกการประชุม/รายงานการถอดบทเรียน</source>
        <translation>Meeting minutes / lessons-learned report</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ไม่รู้จักเอกสารชนิด “{key}” (ที่มี: {known})</source>
        <translation>Unknown document kind “{key}” (available: {known})</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/reports_page.py" line="+322" />
        <source>บันทึกไฟล์ PDF ที่ {path} ไม่ได้ ({reason})</source>
        <translation>Cannot save the PDF to {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/reports/preview.py" line="-82" />
        <source>เปิดไฟล์ PDF {path} เพื่อแสดงตัวอย่างไม่ได้</source>
        <translation>Cannot open the PDF {path} for preview</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/reports/printing.py" line="+63" />
        <source>เริ่มพิมพ์ที่ {printer} ไม่ได้</source>
        <translation>Cannot start printing on {printer}</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/documents/committee_order.py" line="+74" />
        <source>ยังไม่ได้กำหนดภาพตราครุฑของคำสั่ง จึงเว้นที่ว่างไว้ — เลือกภาพได้ที่หน้ารายงาน → คณะกรรมการและคำสั่ง… → ภาพตราครุฑ</source>
        <translation>No Garuda emblem image is set for orders, so a blank space is left — choose the image on the Reports page → Committees and orders… → Garuda emblem image</translation>
    </message>
    <message>
        <location line="+82" />
        <source>ยังไม่ได้ระบุผู้ลงนามในคำสั่ง จึงเว้นบรรทัดชื่อไว้ให้เขียนด้วยมือ</source>
        <translation>No signer is given for the order, so the name line is left blank to fill in by hand</translation>
    </message>
    <message>
        <location line="+100" />
        <source>คำสั่งยังไม่ได้ระบุวันที่สั่ง จึงเว้นวันที่ไว้ให้เขียนด้วยมือ — ระบุได้ในหน้าคณะกรรมการ หรือ --date ในบรรทัดคำสั่ง</source>
        <translation>The order has no date, so the date is left blank to fill in by hand — set it on the Committees page, or with --date on the command line</translation>
    </message>
    <message>
        <location line="+9" />
        <source>คำสั่งยังไม่มีเลขที่ จึงเว้นเลขที่ไว้ให้เขียนด้วยมือ</source>
        <translation>The order has no number yet, so the number is left blank to fill in by hand</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/table_widths.py" line="+113" />
        <source>ตารางหนึ่งกว้างไม่พอสำหรับข้อความ: คอลัมน์ “{column}” ต้องกว้างอย่างน้อย {need} ซม. บางคำในคอลัมน์นี้จึงถูกตัดขึ้นบรรทัดใหม่กลางคำ</source>
        <translation>A table is too narrow for its text: the column “{column}” needs at least {need} cm, so some words in it are broken across lines</translation>
    </message>
    <message>
        <location filename="../mk3desk/reports/certificates.py" line="+143" />
        <source>ยังไม่ได้กำหนดภาพตราของสำนักงาน จึงเว้นที่ว่างไว้ในเกียรติบัตร — เลือกภาพได้ที่หน้ารายงาน → คณะกรรมการและคำสั่ง… → ภาพตราครุฑ</source>
        <translation>No emblem image is set for the office, so a blank space is left on the certificate — choose the image on the Reports page → Committees and orders… → Garuda emblem image</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/reports_page.py" line="-241" />
        <source>สร้างเอกสาร</source>
        <translation>Create document</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกเป็น…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปิดด้วยโปรแกรมอ่าน PDF</source>
        <translation>Open in PDF reader</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขข้อความ Best Practice…</source>
        <translation>Edit Best Practice text…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ข้อความบรรยายแต่ละหัวข้อของเอกสารผลงาน Best Practice</source>
        <translation>The narrative text of each section of the Best Practice write-up</translation>
    </message>
    <message>
        <location line="+19" />
        <source>เอกสาร</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="-31" />
        <source>ตัวชี้วัด</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+14" />
        <source>คณะกรรมการและคำสั่ง…</source>
        <translation>Committees and orders…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>คณะกรรมการของปี เลขที่และวันที่ของคำสั่ง กรรมการ หน้าที่ และภาพตราครุฑ</source>
        <translation>The year's committees, order numbers and dates, members, duties and the Garuda emblem image</translation>
    </message>
    <message>
        <location line="+83" />
        <source>ทุกตัวชี้วัด</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <location line="+16" />
        <source>«{gone}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว — เลือก «{now}» แทน</source>
        <translation>“{gone}”, which you chose, was deleted by another user — “{now}” is chosen instead</translation>
    </message>
    <message>
        <location line="+2" />
        <source>«{gone}» ที่เลือกไว้ถูกลบโดยผู้ใช้อื่นแล้ว — ปีนี้ไม่มีรายการอื่นให้เลือก</source>
        <translation>“{gone}”, which you chose, was deleted by another user — this year has nothing else to choose</translation>
    </message>
    <message>
        <location line="+22" />
        <source>ยังไม่ได้เลือกปีงบประมาณ</source>
        <translation>No fiscal year selected</translation>
    </message>
    <message>
        <location line="+22" />
        <source>กำลังสร้าง {title}…</source>
        <translation>Creating {title}…</translation>
    </message>
    <message>
        <location line="+18" />
        <source>สร้างเอกสารไม่สำเร็จ</source>
        <translation>Could not create the document</translation>
    </message>
    <message>
        <location line="+10" />
        <source>สร้างเอกสารแล้ว {pages} หน้า รหัสตรวจสอบ {code}</source>
        <translation>Document created: {pages} page(s), check code {code}</translation>
    </message>
    <message>
        <location line="+61" />
        <source>เอกสาร PDF</source>
        <translation>the PDF document</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ส่งพิมพ์แล้ว {pages} หน้า</source>
        <translation>Sent {pages} page(s) to the printer</translation>
    </message>
    <message>
        <source>เครื่องนี้ไม่มีส่วนแสดงตัวอย่าง PDF ของโปรแกรม กด “เปิดด้วยโปรแกรมอ่าน PDF” เพื่อดูหรือพิมพ์เอกสาร</source>
        <translation type="vanished">This computer lacks the built-in PDF preview. Press “Open in PDF reader” to view or print the document</translation>
    </message>
    <message>
        <location line="-55" />
        <source>บันทึกเอกสาร PDF</source>
        <translation>Save PDF document</translation>
    </message>
    <message>
        <location line="+0" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>บันทึกที่ {path} แล้ว</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>พิมพ์จากโปรแกรมนี้ไม่ได้บนเครื่องนี้ จึงเปิดเอกสารด้วยโปรแกรมอ่าน PDF ให้พิมพ์จากที่นั่น</source>
        <translation type="vanished">Printing from this program is not available on this computer, so the document was opened in the PDF reader for you to print from there</translation>
    </message>
</context>
<context>
    <name>ReportsPrint</name>
    <message>
        <location filename="../mk3desk/ui/reports/printing.py" line="+59" />
        <location line="+20" />
        <source>พิมพ์เอกสาร</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location line="-6" />
        <source>กำลังพิมพ์…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11" />
        <source>กำลังพิมพ์หน้าที่ {done} จาก {total}</source>
        <translation>Printing page {done} of {total}</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../mk3desk/services/restore.py" line="+56" />
        <source>ไม่พบข้อมูลสำรอง {path}</source>
        <translation>No backup at {path}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไม่พบไฟล์ฐานข้อมูลในข้อมูลสำรอง {path}</source>
        <translation>No database file in the backup {path}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ข้อมูลสำรองนี้ใช้กู้คืนไม่ได้ ({problems}) — ไม่ได้เปลี่ยนแปลงข้อมูลใด</source>
        <translation>This backup cannot be restored ({problems}) — nothing was changed</translation>
    </message>
    <message>
        <location line="+31" />
        <source>คัดลอกข้อมูลสำรองไม่สำเร็จ: {reason} — ไม่ได้เปลี่ยนแปลงข้อมูลใด</source>
        <translation>Copying the backup failed: {reason} — nothing was changed</translation>
    </message>
    <message>
        <location line="+40" />
        <source>ฐานข้อมูลนี้ยังเปิดใช้อยู่ในโปรแกรมอื่น ปิดโปรแกรม mk3desk ทุกหน้าต่างก่อนกู้คืน — ยังไม่ได้กู้คืน</source>
        <translation>This database is still open in another program; close every mk3desk window before restoring — not restored</translation>
    </message>
    <message>
        <location line="+25" />
        <source>ย้ายไฟล์ฐานข้อมูลเดิมไปเก็บไว้ไม่สำเร็จ: {reason} — ยังไม่ได้กู้คืน</source>
        <translation>Could not move the current database aside: {reason} — not restored</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/restore_dialog.py" line="+41" />
        <source>สำรองเอง</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สำรองประจำวัน</source>
        <translation>daily</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ก่อนรับงาน</source>
        <translation>before receiving a bundle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ก่อนสร้างปีงบประมาณ</source>
        <translation>before creating a fiscal year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ก่อนกู้คืน</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ก่อนปรับรุ่นฐานข้อมูล</source>
        <translation>before a database upgrade</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{size} เมกะไบต์</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+11" />
        <source>กู้คืนจากข้อมูลสำรอง</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เลือกข้อมูลสำรองที่จะกู้คืน ข้อมูลปัจจุบันจะถูกเก็บไว้ข้างไฟล์เดิมพร้อมวันเวลา (ไม่ถูกลบ) แล้วโปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่</source>
        <translation>Choose the backup to restore. The current data is kept beside the file under a dated name (not deleted), then the program opens the restored data</translation>
    </message>
    <message>
        <location line="+10" />
        <source>วันเวลา</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เหตุที่สำรอง</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สำนักงาน / ปีงบประมาณ</source>
        <translation>Offices / fiscal years</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์หลักฐาน</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ขนาด</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+28" />
        <source>ยังไม่มีข้อมูลสำรองของฐานข้อมูลนี้</source>
        <translation>There is no backup of this database yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กู้คืนข้อมูลสำรองที่เลือก…</source>
        <translation>Restore the chosen backup…</translation>
    </message>
    <message>
        <location line="+31" />
        <source>ยืนยันการกู้คืน</source>
        <translation>Confirm the restore</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กู้คืนข้อมูลสำรองเมื่อ {when} แทนข้อมูลปัจจุบัน?
งานที่บันทึกหลังจากนั้นจะไม่อยู่ในข้อมูลที่กู้คืน (ข้อมูลปัจจุบันเก็บไว้เป็นไฟล์แยกข้างไฟล์เดิม)</source>
        <translation>Restore the backup of {when} in place of the current data?
Work saved after it will not be in the restored data (the current data is kept as a separate file beside it)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>กู้คืนเรียบร้อย</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+2" />
        <source>กู้คืนข้อมูลสำรองเมื่อ {when} แล้ว
ข้อมูลเดิมเก็บไว้ที่ {aside}
โปรแกรมจะเปิดข้อมูลที่กู้คืนใหม่</source>
        <translation>The backup of {when} was restored
The previous data is kept at {aside}
The program will now open the restored data</translation>
    </message>
</context>
<context>
    <name>Rights</name>
    <message>
        <location filename="../mk3desk/domain/rights.py" line="+103" />
        <source>แก้ไขข้อมูลสำนักงาน การตั้งค่า และผู้ลงนาม</source>
        <translation>edit the office, its settings and signatories</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แก้ไขบุคลากรและกลุ่มงาน</source>
        <translation>edit people and groups</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แต่งตั้งคณะกรรมการและแก้ไขคำสั่ง</source>
        <translation>appoint committees and edit orders</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ยกย่องชมเชยและออกเกียรติบัตร</source>
        <translation>record recognition and issue certificates</translation>
    </message>
    <message>
        <location line="+5" />
        <source>บันทึกการประชุม อบรม และถอดบทเรียน</source>
        <translation>record meetings, trainings and lessons learned</translation>
    </message>
    <message>
        <location line="+3" />
        <source>บันทึกการวิเคราะห์ SWOT ของปีงบประมาณ</source>
        <translation>record the fiscal year's SWOT analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จัดการบัญชีผู้ใช้</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตั้งสำนักงาน ปีงบประมาณ และกรอบตัวชี้วัด</source>
        <translation>set up offices, fiscal years and frameworks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>มอบหมายผู้รับผิดชอบตัวชี้วัด</source>
        <translation>assign indicators</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกผลคะแนนทางการ</source>
        <translation>record official results</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แก้ไขแบบรายงาน Best Practice</source>
        <translation>edit the Best Practice report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ล้างถังหลักฐานที่ลบ</source>
        <translation>empty the evidence recycle list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สำรองข้อมูล</source>
        <translation>back up</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กู้คืนข้อมูลจากข้อมูลสำรอง</source>
        <translation>restore from a backup</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ดูและส่งออกประวัติการแก้ไขทั้งหมด</source>
        <translation>read and export the whole history</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกการวางแผน (Plan)</source>
        <translation>write the plan (Plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการดำเนินงาน (Do)</source>
        <translation>write the work log (Do)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกผลตามเกณฑ์</source>
        <translation>record criteria</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกค่าผลการดำเนินงาน</source>
        <translation>record outcome values</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เพิ่มหรือลบไฟล์หลักฐาน</source>
        <translation>add or remove evidence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>บันทึกการปรับปรุง (Act)</source>
        <translation>write the improvements (Act)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกของคณะกรรมการ (Check)</source>
        <translation>write the committee's notes (Check)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>เริ่มวางแผนหรือดำเนินงาน</source>
        <translation>start planning or the work</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งตรวจสอบ</source>
        <translation>submit for review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งกลับให้แก้ไข</source>
        <translation>return for changes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>รับรองผลการตรวจสอบ</source>
        <translation>verify</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ปิดระบบตัวชี้วัด</source>
        <translation>lock the indicator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เปิดระบบอีกครั้ง</source>
        <translation>reopen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สะท้อนผล</source>
        <translation>reflect</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าบุคลากรจาก Excel</source>
        <translation>import people from Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าการมอบหมายจาก Excel</source>
        <translation>import assignments from Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้ากรอบตัวชี้วัดจาก Excel</source>
        <translation>import the framework from Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าผลคะแนนทางการจาก Excel</source>
        <translation>import official results from Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>นำเข้าค่าผลการดำเนินงานจาก Excel</source>
        <translation>import outcome values from Excel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งออกชุดงานตัวชี้วัด</source>
        <translation>send a work bundle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งออกชุดตั้งค่าสำนักงาน</source>
        <translation>send a setup bundle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รับชุดข้อมูลเข้าฐานข้อมูล</source>
        <translation>receive bundles</translation>
    </message>
    <message>
        <location line="+108" />
        <source>ผู้ใช้นี้ดูข้อมูลได้อย่างเดียว จึง{action}ไม่ได้</source>
        <translation>This user can only read, so cannot do this: {action}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{action}ตัวชี้วัดที่ตนเองรับผิดชอบหรือเป็นผู้รับผิดชอบร่วมไม่ได้ (แบ่งแยกหน้าที่) — ให้ผู้อื่นทำ หรือให้ผู้ประสานอนุญาตในการตั้งค่าสำหรับสำนักงานขนาดเล็ก</source>
        <translation>Not allowed on an indicator you own or back up (separation of duties): {action} — let someone else do it, or ask the coordinator to allow it in the settings for small offices</translation>
    </message>
    <message>
        <location line="+12" />
        <source>ผู้ใช้นี้ไม่มีสิทธิ์{action} — ไม่ได้เป็นกรรมการในคณะกรรมการดำเนินงานของปีงบประมาณนี้ (ผู้ตรวจสอบตัวชี้วัดคือกรรมการในคณะนี้ บทบาท “กรรมการตรวจสอบ” อย่างเดียวไม่พอ)</source>
        <translation>This user may not do this: {action} — they are not on this fiscal year's working committee (an indicator's reviewers are the members of that committee; the “Committee reviewer” role alone is not enough)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ผู้ใช้นี้ไม่มีสิทธิ์{action}</source>
        <translation>This user may not do this: {action}</translation>
    </message>
</context>
<context>
    <name>Saved</name>
    <message>
        <location filename="../mk3desk/ui/saved.py" line="+25" />
        <source>เปิดโฟลเดอร์ไม่ได้</source>
        <translation>Cannot open the folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เครื่องนี้เปิดโฟลเดอร์ให้ไม่ได้ — ไฟล์อยู่ที่ {path}</source>
        <translation>This computer cannot open the folder — the file is at {path}</translation>
    </message>
    <message>
        <location line="+18" />
        <source>บันทึกเรียบร้อย</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึก{what} เรียบร้อยแล้ว: {name}</source>
        <translation>Saved {what}: {name}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>อยู่ในโฟลเดอร์ {folder}</source>
        <translation>In the folder {folder}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เปิดโฟลเดอร์</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../mk3desk/domain/outcomes.py" line="+48" />
        <source>ตัวชี้วัด {code}: ยังไม่ได้กำหนดเกณฑ์การให้คะแนน</source>
        <translation>Indicator {code}: no scoring criteria defined</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ตัวชี้วัด {code}: เกณฑ์แบบร้อยละความสำเร็จต้องมีค่าเป้าหมาย กรุณากรอกค่าเป้าหมาย</source>
        <translation>Indicator {code}: a percent-of-target criterion needs a target value. Please enter the target</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัด {code}: ค่าเป้าหมายต้องมากกว่าศูนย์ (พบ {target})</source>
        <translation>Indicator {code}: the target must be greater than zero (found {target})</translation>
    </message>
    <message>
        <location line="+38" />
        <source>ตัวชี้วัด {code}: ค่าผลการดำเนินงานไม่ใช่ตัวเลข</source>
        <translation>Indicator {code}: the performance value is not a number</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../mk3desk/domain/workflow.py" line="+161" />
        <source>การวางแผน (Plan)</source>
        <translation>Planning (Plan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การดำเนินงาน (Do)</source>
        <translation>Doing (Do)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การตรวจสอบ (Check)</source>
        <translation>Checking (Check)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>การปรับปรุง (Act)</source>
        <translation>Improving (Act)</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <location filename="../mk3desk/services/server.py" line="+64" />
        <source>{target} ไม่ใช่ที่อยู่เซิร์ฟเวอร์ — ใช้รูปแบบ postgresql+psycopg://ผู้ใช้@เครื่อง:5432/ฐานข้อมูล</source>
        <translation>{target} is not a server address — use the form postgresql+psycopg://user@host:5432/database</translation>
    </message>
    <message>
        <location line="+40" />
        <source>ไม่พบไฟล์ฐานข้อมูล {path}</source>
        <translation>Database file {path} not found</translation>
    </message>
    <message>
        <location line="+31" />
        <source>เซิร์ฟเวอร์มีข้อมูลของ {name} (รหัส {uid}) อยู่แล้ว จึงไม่ได้นำเข้าซ้ำ — ถ้าต้องการแทนที่ ให้สร้างฐานข้อมูลใหม่บนเซิร์ฟเวอร์แล้วนำเข้าอีกครั้ง</source>
        <translation>The server already has the data of {name} (ID {uid}), so it was not imported again — to replace it, create a new database on the server and import again</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เซิร์ฟเวอร์มีข้อมูลของ {names} อยู่แล้ว จึงไม่ได้นำเข้า — นำเข้าได้เฉพาะฐานข้อมูลที่ยังว่าง (ประวัติการแก้ไขเป็นห่วงโซ่เดียวทั้งฐานข้อมูล) โปรดสร้างฐานข้อมูลใหม่สำหรับไฟล์นี้</source>
        <translation>The server already has the data of {names}, so nothing was imported — only an empty database can take an import (the history is one chain for the whole database). Please create a new database for this file</translation>
    </message>
    <message>
        <location line="+26" />
        <source>มี {path} อยู่แล้ว — โปรดเลือกชื่อไฟล์ใหม่ (ไม่เขียนทับ)</source>
        <translation>{path} already exists — please choose a new file name (it is not overwritten)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/server_connection.py" line="+44" />
        <source>โปรดกรอกชื่อเครื่องเซิร์ฟเวอร์ ชื่อฐานข้อมูล และชื่อผู้ใช้ให้ครบ</source>
        <translation>Please fill in the server name, the database name and the user name</translation>
    </message>
    <message>
        <location line="+4" />
        <source>หมายเลขพอร์ต {port} ใช้ไม่ได้ (1–65535)</source>
        <translation>Port number {port} cannot be used (1–65535)</translation>
    </message>
    <message>
        <location line="+115" />
        <source>โปรแกรมชุดนี้ไม่มีตัวเชื่อมต่อ PostgreSQL (psycopg) — ติดตั้งด้วย pip install ".[postgres]"</source>
        <translation>This build of the program has no PostgreSQL driver (psycopg) — install it with pip install ".[postgres]"</translation>
    </message>
    <message>
        <location line="+18" />
        <source>เชื่อมต่อเซิร์ฟเวอร์ {place} ไม่ได้: {reason}</source>
        <translation>Cannot connect to the server {place}: {reason}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/server_dialog.py" line="+70" />
        <source>รหัสผ่านเซิร์ฟเวอร์</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่านของ {place}</source>
        <translation>Password for {place}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>เซิร์ฟเวอร์ของสำนักงาน</source>
        <translation>Office server</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ใช้ฐานข้อมูลกลางบนเซิร์ฟเวอร์ PostgreSQL ของสำนักงาน แทนไฟล์บนเครื่องนี้ (ผู้ดูแลระบบเป็นผู้ติดตั้งและบอกค่าต่อไปนี้)</source>
        <translation>Use the office's central database on its PostgreSQL server instead of a file on this computer (the system administrator sets it up and gives you the values below)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>เครื่องเซิร์ฟเวอร์</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1" />
        <source>พอร์ต</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อฐานข้อมูล</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อผู้ใช้ฐานข้อมูล</source>
        <translation>Database user name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รหัสผ่าน</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>จำรหัสผ่านไว้ในที่เก็บรหัสผ่านของระบบ</source>
        <translation>Remember the password in the system password store</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เครื่องนี้ไม่มีที่เก็บรหัสผ่านของระบบ — โปรแกรมจะถามรหัสผ่านทุกครั้งที่เปิด</source>
        <translation>This computer has no system password store — the program will ask for the password every time it starts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เปิดฐานข้อมูลบนเซิร์ฟเวอร์นี้ทุกครั้งที่เปิดโปรแกรม</source>
        <translation>Open the database on this server every time the program starts</translation>
    </message>
    <message>
        <location line="+12" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ทดสอบการเชื่อมต่อ</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+39" />
        <source>เชื่อมต่อได้ แต่ฐานข้อมูลยังว่าง — ให้ผู้ดูแลระบบสั่ง mk3desk server init แล้วย้ายข้อมูลขึ้นด้วย mk3desk server import</source>
        <translation>Connected, but the database is empty — ask the system administrator to run mk3desk server init, then move the data up with mk3desk server import</translation>
    </message>
    <message>
        <location line="+6" />
        <source>เชื่อมต่อได้ — ฐานข้อมูลมี {offices}</source>
        <translation>Connected — the database has {offices}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เชื่อมต่อได้ — ฐานข้อมูลยังไม่มีสำนักงาน</source>
        <translation>Connected — the database has no office yet</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <location filename="../mk3desk/ui/session_bar.py" line="+45" />
        <source>ออกจากระบบ / สลับผู้ใช้</source>
        <translation>Log out / switch user</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ล็อกหน้าจอ</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>สร้างบัญชีผู้ใช้…</source>
        <translation>Create accounts…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ฐานข้อมูลนี้ยังไม่มีบัญชีผู้ใช้ ใครก็เลือกทำงานแทนผู้ใดก็ได้ — ผู้ประสานโปรดสร้างบัญชีให้บุคลากร แล้วโปรแกรมจะขอให้เข้าสู่ระบบ</source>
        <translation>This database has no accounts yet: anyone can pick anyone — coordinator, please create accounts for the staff; the program will then ask for a login</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ผู้ใช้งาน</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+124" />
        <source>เข้าสู่ระบบเป็น: {name}</source>
        <translation>Logged in as: {name}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../mk3desk/services/settings.py" line="+78" />
        <source>ผู้อำนวยการ สพท. (ชื่อ)</source>
        <translation>ESAO Director (name)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้อำนวยการ สพท. (ตำแหน่ง)</source>
        <translation>ESAO Director (position)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รองผู้อำนวยการที่กำกับดูแล (ชื่อ)</source>
        <translation>Supervising Deputy Director (name)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รองผู้อำนวยการที่กำกับดูแล (ตำแหน่ง)</source>
        <translation>Supervising Deputy Director (position)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประธานคณะกรรมการ (ชื่อ)</source>
        <translation>Committee chair (name)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประธานคณะกรรมการ (ตำแหน่ง)</source>
        <translation>Committee chair (position)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงานตัวชี้วัด (ชื่อ)</source>
        <translation>Indicator coordinator (name)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงานตัวชี้วัด (ตำแหน่ง)</source>
        <translation>Indicator coordinator (position)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวเลขในเนื้อความ</source>
        <translation>Digits in the text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แบบอักษรของรายงาน</source>
        <translation>Report font</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อนุญาตให้ผู้รับผิดชอบตรวจสอบและปิดระบบตัวชี้วัดของตนเอง</source>
        <translation>Let owners verify and lock their own indicators</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ล็อกหน้าจอเมื่อไม่มีการใช้งาน (นาที)</source>
        <translation>Lock the screen when idle (minutes)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เลขไทย</source>
        <translation>Thai digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลขอารบิก</source>
        <translation>Arabic digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อนุญาต</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่อนุญาต</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sarabun (มากับโปรแกรม)</source>
        <translation>Sarabun (bundled)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>การตั้งค่าของสำนักงาน</source>
        <translation>Office settings</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../mk3desk/ui/pages/settings_page.py" line="+104" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขข้อมูลสำนักงานและผู้ลงนามไม่ได้</source>
        <translation>The database is open view-only, so the office details and signatories cannot be edited</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ข้อมูลสำนักงาน (พิมพ์ในรายงานทุกฉบับ)</source>
        <translation>Office details (printed on every report)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชื่อย่อ</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จังหวัด / เขตพื้นที่</source>
        <translation>Province / area</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ผู้ลงนามในรายงาน (เลือกจากบุคลากรหรือพิมพ์เอง)</source>
        <translation>Report signatories (choose from staff or type in)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ผู้อำนวยการ สพท.</source>
        <translation>ESAO Director</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รองผู้อำนวยการที่กำกับดูแล</source>
        <translation>Supervising Deputy Director</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ประธานคณะกรรมการ</source>
        <translation>Committee chair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ประสานงานตัวชี้วัด</source>
        <translation>Indicator coordinator</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ชื่อ-นามสกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+12" />
        <source>การพิมพ์เอกสาร</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เลขไทย (๑ ๒ ๓)</source>
        <translation>Thai digits (๑ ๒ ๓)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลขอารบิก (1 2 3)</source>
        <translation>Arabic digits (1 2 3)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวเลขในเนื้อความ</source>
        <translation>Digits in the text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แบบอักษรของรายงาน</source>
        <translation>Report font</translation>
    </message>
    <message>
        <location line="+4" />
        <source>บันทึกการตั้งค่า</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location line="+97" />
        <source>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — จะอ่านข้อมูลใหม่เมื่อเชื่อมต่อได้</source>
        <translation>Server connection lost — the data will be read again when the connection is back</translation>
    </message>
    <message>
        <location line="+108" />
        <source>ขาดการเชื่อมต่อเซิร์ฟเวอร์ — ค่าที่พิมพ์ยังอยู่ จะบันทึกเมื่อเชื่อมต่อได้</source>
        <translation>Server connection lost — what you typed is kept and will be saved when the connection is back</translation>
    </message>
    <message>
        <location line="+32" />
        <source>ค่าตั้งในหน้าตั้งค่าที่แก้ไขระหว่างขาดการเชื่อมต่อเซิร์ฟเวอร์</source>
        <translation>Settings changed on the Settings page while the server connection was lost</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/machine_settings.py" line="+58" />
        <source>การตั้งค่าเฉพาะเครื่องนี้</source>
        <translation>Settings for this computer only</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ภาษาของโปรแกรม</source>
        <translation>Program language</translation>
    </message>
    <message>
        <location line="+2" />
        <source>การเปลี่ยนภาษามีผลเมื่อเปิดโปรแกรมใหม่</source>
        <translation>A language change takes effect when the program is restarted</translation>
    </message>
    <message>
        <location line="+5" />
        <source>แบบอักษรบนหน้าจอ</source>
        <translation>Screen font</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เลือกโฟลเดอร์…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>โฟลเดอร์สำรองข้อมูล</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+2" />
        <source>สำรองข้อมูลเดี๋ยวนี้</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ไฟล์ฐานข้อมูล</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เซิร์ฟเวอร์ของสำนักงาน…</source>
        <translation>Office server…</translation>
    </message>
    <message>
        <location line="-56" />
        <source>Sarabun (มากับโปรแกรม)</source>
        <translation>Sarabun (bundled)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{font} (ไม่พบในเครื่องนี้)</source>
        <translation>{font} (not found on this computer)</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/settings_page.py" line="-6" />
        <source>บันทึกแล้ว</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pages/machine_settings.py" line="+68" />
        <source>{font} (มากับโปรแกรม)</source>
        <translation>{font} (bundled)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เซิร์ฟเวอร์ PostgreSQL</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location line="+19" />
        <source>เครื่องนี้จะเปิดฐานข้อมูลบนเซิร์ฟเวอร์ {place} เมื่อเปิดโปรแกรมครั้งต่อไป</source>
        <translation>This computer will open the database on the server {place} the next time the program starts</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เครื่องนี้จะเปิดไฟล์ฐานข้อมูลบนเครื่องเหมือนเดิม</source>
        <translation>This computer will open its own database file as before</translation>
    </message>
    <message>
        <location line="+10" />
        <source>เลือกโฟลเดอร์สำรองข้อมูลก่อน</source>
        <translation>Choose a backup folder first</translation>
    </message>
    <message>
        <location line="+12" />
        <source>สำรองข้อมูลแล้วที่ {folder}</source>
        <translation>Backed up to {folder}</translation>
    </message>
    <message>
        <location line="+8" />
        <source>เลือกโฟลเดอร์สำรองข้อมูล</source>
        <translation>Choose the backup folder</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../mk3desk/ui/single_instance.py" line="-23" />
        <source>ฐานข้อมูล {path} กำลังถูกใช้งานโดยโปรแกรมอีกชุดหนึ่ง (เครื่อง {machine})
เพื่อป้องกันข้อมูลเสียหาย จะเปิดได้เฉพาะแบบดูอย่างเดียว (ดูและพิมพ์ได้ แก้ไขไม่ได้)
หากต้องการแก้ไข กรุณาปิดโปรแกรมอีกชุดหนึ่งก่อน</source>
        <translation>The database {path} is in use by another copy of the program (computer {machine}).
To protect the data it can only be opened view-only (view and print, no editing).
To edit, please close the other copy first</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ถ้าแน่ใจว่าเครื่อง {machine} ปิดไปแล้ว (เช่น เครื่องค้างหรือไฟดับ) ปลดล็อกเพื่อแก้ไขได้ — ถ้าเครื่องนั้นยังเปิดโปรแกรมอยู่ การปลดล็อกจะทำให้บันทึกทับกันและข้อมูลเสียหายได้</source>
        <translation>If you are sure computer {machine} is off (it hung, or the power failed), you may unlock to edit — if that computer still runs the program, unlocking lets both save over each other and damage the data</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เปิดแบบดูอย่างเดียว</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ปลดล็อก (เครื่องนั้นปิดแล้ว)</source>
        <translation>Unlock (that computer is off)</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../mk3desk/domain/workflow.py" line="-133" />
        <source>ยังไม่เริ่ม</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+1" />
        <source>วางแผน</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กำลังดำเนินการ</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งตรวจสอบ</source>
        <translation>Submitted for review</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ส่งกลับให้แก้ไข</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตรวจสอบแล้ว</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ปิดระบบแล้ว</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+1" />
        <source>สะท้อนผลแล้ว</source>
        <translation>Reflected</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../mk3desk/ui/pdca/header.py" line="-113" />
        <source>1 วางแผน (Plan)</source>
        <translation>1 Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>2 ดำเนินงาน (Do)</source>
        <translation>2 Do</translation>
    </message>
    <message>
        <location line="+1" />
        <source>3 ตรวจสอบ (Check)</source>
        <translation>3 Check</translation>
    </message>
    <message>
        <location line="+1" />
        <source>4 ปรับปรุง (Act)</source>
        <translation>4 Act</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ประวัติการดำเนินการ</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+22" />
        <source>✓ ผ่านแล้ว</source>
        <translation>✓ Done</translation>
    </message>
    <message>
        <location line="+2" />
        <source>● ขั้นปัจจุบัน</source>
        <translation>● Current step</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ยังไม่ถึง</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>Swot</name>
    <message>
        <location filename="../mk3desk/domain/swot.py" line="+35" />
        <source>จุดแข็ง (Strengths)</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จุดอ่อน (Weaknesses)</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>โอกาส (Opportunities)</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อุปสรรค (Threats)</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location line="+50" />
        <source>รายการ SWOT ต้องไม่เป็นข้อความว่าง</source>
        <translation>A SWOT item cannot be empty</translation>
    </message>
    <message>
        <location line="+3" />
        <source>รายการ SWOT ยาว {length} ตัวอักษร เกินที่รับได้ ({limit}) — ย่อให้เหลือหนึ่งประเด็นสั้น ๆ</source>
        <translation>This SWOT item is {length} characters long, more than allowed ({limit}) — shorten it to one brief point</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{quadrant} มี {count} รายการ เกินที่รับได้ ({limit})</source>
        <translation>{quadrant} has {count} items, more than allowed ({limit})</translation>
    </message>
    <message>
        <location line="+10" />
        <source>ระบุผู้ร่วมวิเคราะห์ SWOT อย่างน้อยหนึ่งราย (บุคลากร โรงเรียน หรือกลุ่มงาน)</source>
        <translation>Name at least one participant in the SWOT analysis (staff member, school or work group)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ระบุวันที่วิเคราะห์ SWOT</source>
        <translation>Enter the date of the SWOT analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>วันที่วิเคราะห์ SWOT ต้องไม่เป็นวันในอนาคต</source>
        <translation>The date of the SWOT analysis cannot be in the future</translation>
    </message>
    <message>
        <location filename="../mk3desk/domain/swot_text.py" line="+90" />
        <source>บรรทัดที่ {line} “{text}” ไม่อยู่ใต้หัวข้อใด (จุดแข็ง: จุดอ่อน: โอกาส: อุปสรรค: ผู้ร่วมวิเคราะห์: หรือ วันที่วิเคราะห์:)</source>
        <translation>Line {line} “{text}” is not under any heading («จุดแข็ง:» strengths, «จุดอ่อน:» weaknesses, «โอกาส:» opportunities, «อุปสรรค:» threats, «ผู้ร่วมวิเคราะห์:» participants or «วันที่วิเคราะห์:» analysis date)</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/swot.py" line="+63" />
        <source>ผู้ร่วมวิเคราะห์</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+9" />
        <source>วันที่วิเคราะห์</source>
        <translation>Date of analysis</translation>
    </message>
    <message>
        <location line="+26" />
        <source>การวิเคราะห์ SWOT ปี {year}</source>
        <translation>SWOT analysis of {year}</translation>
    </message>
</context>
<context>
    <name>SwotDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/swot_dialog.py" line="+50" />
        <source>การวิเคราะห์ SWOT ปีงบประมาณ {year}</source>
        <translation>SWOT analysis, fiscal year {year}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ดูได้อย่างเดียว — ผู้ประสานเป็นผู้บันทึกการวิเคราะห์ SWOT ของปี</source>
        <translation>View only — the coordinator records the year's SWOT analysis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว จึงแก้ไขไม่ได้</source>
        <translation>The database is open view-only, so nothing can be edited</translation>
    </message>
    <message>
        <location line="+10" />
        <source>หนึ่งข้อต่อหนึ่งบรรทัด</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <location line="+11" />
        <source>หนึ่งรายต่อหนึ่งบรรทัด เช่น กลุ่มนโยบายและแผน, โรงเรียนบ้านหนองบัว</source>
        <translation>One per line, e.g. Policy and Planning Group, Ban Nong Bua School</translation>
    </message>
    <message>
        <location line="+10" />
        <source>วันที่วิเคราะห์</source>
        <translation>Date of analysis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้ร่วมวิเคราะห์</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+4" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+11" />
        <source>บันทึกการวิเคราะห์ SWOT ที่บันทึกไว้แล้วเป็นไฟล์ Excel</source>
        <translation>Save the recorded SWOT analysis as an Excel file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>แทนที่การวิเคราะห์ SWOT ของปีด้วยไฟล์ Excel (ทั้งไฟล์หรือไม่นำเข้าเลย)</source>
        <translation>Replace the year's SWOT analysis with an Excel file (the whole file or nothing)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../mk3desk/domain/template.py" line="+98" />
        <source>เกณฑ์แบบ {type} </source>
        <translation>Criterion of type {type} </translation>
    </message>
    <message>
        <location line="+30" />
        <source>รหัสเกณฑ์ {key}</source>
        <translation>Criterion key {key}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ข้อแบบกระบวนการ (หมวด 1–6) </source>
        <translation>A process item (categories 1–6) </translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวชี้วัดผลลัพธ์ </source>
        <translation>An outcome indicator </translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัดลำดับที่ {index}</source>
        <translation>Indicator no. {index}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ตัวชี้วัด {code}</source>
        <translation>Indicator {code}</translation>
    </message>
    <message>
        <location line="+33" />
        <source>หมวดลำดับที่ {index}</source>
        <translation>Category no. {index}</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+62" />
        <source>หมวด {number}</source>
        <translation>Category {number}</translation>
    </message>
    <message>
        <location line="-21" />
        <source>ระดับผลการประเมินลำดับที่ {index}</source>
        <translation>Result band no. {index}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>รายการปรับคะแนนลำดับที่ {index}</source>
        <translation>Score adjustment no. {index}</translation>
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
        <translation>{where}: the required field "{field}" is missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ช่อง "{field}" ต้องไม่ว่าง</source>
        <translation>{where}: the field "{field}" must not be empty</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ช่อง "{field}" ต้องเป็น{expected} (พบ{found})</source>
        <translation>{where}: the field "{field}" must be {expected} (found {found})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ต้องเป็น{expected} (พบ{found})</source>
        <translation>{where}: must be {expected} (found {found})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ไม่รู้จักช่อง "{field}" (ช่องที่ใช้ได้: {allowed})</source>
        <translation>{where}: unknown field "{field}" (allowed fields: {allowed})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ช่อง "{field}" ใช้ค่า "{value}" ไม่ได้ (ค่าที่ใช้ได้: {allowed})</source>
        <translation>{where}: the field "{field}" cannot take the value "{value}" (allowed values: {allowed})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: ช่อง "{field}" ต้องเป็นตัวเลข (พบ "{value}")</source>
        <translation>{where}: the field "{field}" must be a number (found "{value}")</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ช่อง "{field}" เป็น float ซึ่งไม่แม่นยำ ให้ใช้ Decimal หรือข้อความ เช่น "4.50000"</source>
        <translation>{where}: the field "{field}" is a float, which is imprecise; use a Decimal or text such as "4.50000"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: ช่อง "{field}" ต้องอยู่ระหว่าง {low} ถึง {high} (พบ {value})</source>
        <translation>{where}: the field "{field}" must be between {low} and {high} (found {value})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2567 (พบ {value})</source>
        <translation>{where}: the fiscal year must be a B.E. year, e.g. 2567 (found {value})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: ไฟล์ใช้รูปแบบรุ่น {found} ซึ่งโปรแกรมนี้ไม่รองรับ (รองรับรุ่น {supported})</source>
        <translation>{where}: the file uses format version {found}, which this program does not support (supported: {supported})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{where}: {what}ใช้ช่อง "{field}" ไม่ได้</source>
        <translation>{where}: {what}cannot have the field "{field}"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: {level} ต้องมีเกณฑ์อย่างน้อย 1 ข้อ</source>
        <translation>{where}: {level} needs at least 1 criterion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where}: {what} ซ้ำกัน</source>
        <translation>{where}: duplicate {what}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>อ่านไฟล์ {file} ไม่ได้: {reason}</source>
        <translation>Cannot read the file {file}: {reason}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไฟล์ {file} ไม่ได้บันทึกเป็นข้อความ UTF-8</source>
        <translation>The file {file} is not saved as UTF-8 text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where} บรรทัด {line}: รูปแบบ YAML ไม่ถูกต้อง ({problem})</source>
        <translation>{where} line {line}: invalid YAML ({problem})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where} บรรทัด {line}: ชื่อช่อง "{field}" ซ้ำกัน</source>
        <translation>{where} line {line}: duplicate field name "{field}"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where} บรรทัด {line}: ตัวเลข "{value}" ใช้ไม่ได้ (ใช้เลขฐานสิบ เช่น 4.50000)</source>
        <translation>{where} line {line}: the number "{value}" is not allowed (use decimal notation, e.g. 4.50000)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ข้อความ</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>จำนวนเต็ม</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ตัวเลข</source>
        <translation>a number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>รายการ (list)</source>
        <translation>a list</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ชุดข้อมูลแบบ "ชื่อช่อง: ค่า" (mapping)</source>
        <translation>a set of "field: value" pairs (mapping)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าว่าง</source>
        <translation>an empty value</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ค่าจริง/เท็จ</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+77" />
        <source>ไฟล์ {file}</source>
        <translation>File {file}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรอบการประเมิน</source>
        <translation>Assessment framework</translation>
    </message>
</context>
<context>
    <name>TextConflictDialog</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/text_conflict_dialog.py" line="+40" />
        <source>มีผู้อื่นแก้ไขข้อความนี้ไปก่อน</source>
        <translation>Someone else changed this text first</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ข้อความที่ไม่ได้เลือกจะคัดลอกไว้ในคลิปบอร์ด (วางกลับได้ด้วย Ctrl+V) และหากเลือก “ใช้ของเขา” กด Ctrl+Z ในช่องพิมพ์เพื่อเอาข้อความของคุณกลับมาได้</source>
        <translation>The text you do not choose is copied to the clipboard (paste it back with Ctrl+V); after “Use theirs”, Ctrl+Z in the editor brings your text back</translation>
    </message>
    <message>
        <location line="+7" />
        <source>เก็บของฉัน</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+2" />
        <source>บันทึกข้อความของคุณแทนข้อความที่บันทึกไว้</source>
        <translation>Save your text over the stored one</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ใช้ของเขา</source>
        <translation>Use theirs</translation>
    </message>
    <message>
        <location line="+2" />
        <source>แสดงข้อความที่บันทึกไว้ในช่องพิมพ์แทนข้อความของคุณ</source>
        <translation>Put the stored text in the editor instead of yours</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ข้อความของคุณ (ยังไม่ได้บันทึก)</source>
        <translation>Your text (not saved)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ข้อความที่บันทึกไว้แล้ว (ของผู้อื่น)</source>
        <translation>The stored text (someone else's)</translation>
    </message>
</context>
<context>
    <name>ThaiCalendar</name>
    <message>
        <location filename="../mk3desk/ui/widgets/thai_date_edit.py" line="+66" />
        <source>เดือนก่อน</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+3" />
        <source>เดือนถัดไป</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+4" />
        <source>พ.ศ. </source>
        <translation>B.E. </translation>
    </message>
</context>
<context>
    <name>ThaiDate</name>
    <message>
        <location filename="../mk3desk/domain/thaidate.py" line="+146" />
        <source>“{text}” ไม่ใช่วันที่ที่ถูกต้อง (ตัวอย่างที่ใช้ได้: 26/7/2566 หรือ 26 ก.ค. 2566)</source>
        <translation>“{text}” is not a valid date (valid examples: 26/7/2566 or 26 Jul 2566)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>ไม่มีวันที่ {text} ในปฏิทิน</source>
        <translation>There is no date {text} in the calendar</translation>
    </message>
    <message>
        <location line="+13" />
        <source>กรุณากรอกวันที่</source>
        <translation>Please enter a date</translation>
    </message>
</context>
<context>
    <name>ThaiDateEdit</name>
    <message>
        <location filename="../mk3desk/ui/widgets/thai_date_edit.py" line="+64" />
        <source>วว/ดด/ปปปป เช่น 26/7/2566</source>
        <translation>dd/mm/yyyy (B.E.), e.g. 26/7/2566</translation>
    </message>
    <message>
        <location line="+4" />
        <source>เลือกจากปฏิทิน</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>ThaiNumber</name>
    <message>
        <location filename="../mk3desk/domain/thainum.py" line="+167" />
        <source>ค่า “{value}” ไม่ใช่ตัวเลขที่แสดงผลได้</source>
        <translation>The value “{value}” is not a number that can be shown</translation>
    </message>
    <message>
        <location line="+28" />
        <source>กรุณากรอกตัวเลข</source>
        <translation>Please enter a number</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <source>“{text}” ไม่ใช่ตัวเลขที่ถูกต้อง</source>
        <translation>“{text}” is not a valid number</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../mk3desk/domain/values.py" line="+52" />
        <source>ตัวเลขยาว {length} ตัวอักษร เกินกว่าที่รับได้ ({limit} ตัวอักษร)</source>
        <translation>The number is {length} characters long, more than allowed ({limit} characters)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวเลขมีหลักมากเกินไป: รับได้ไม่เกิน {digits} หลักก่อนจุดทศนิยม และไม่เกิน {decimals} ตำแหน่งหลังจุดทศนิยม</source>
        <translation>The number has too many digits: at most {digits} digits before the decimal point and at most {decimals} after it</translation>
    </message>
    <message>
        <location line="+13" />
        <source>ค่าต้องเป็นตัวเลข</source>
        <translation>The value must be a number</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <location filename="../mk3desk/domain/whatif.py" line="+49" />
        <source>ทำเกณฑ์ระดับพื้นฐานให้ครบ {count} ข้อที่เหลือ ({keys})</source>
        <translation>Meet the remaining {count} Basic criteria ({keys})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ทำเกณฑ์ระดับก้าวหน้าให้ครบ {count} ข้อที่เหลือ ({keys})</source>
        <translation>Meet the remaining {count} Advance criteria ({keys})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ทำเกณฑ์ระดับพัฒนาจนเกิดผลให้ครบ {count} ข้อที่เหลือ ({keys})</source>
        <translation>Meet the remaining {count} Significance criteria ({keys})</translation>
    </message>
    <message>
        <location line="+131" />
        <source>ทำผลการดำเนินงานให้ได้อย่างน้อย {value} {unit} เพื่อให้ถึงระดับ {level}</source>
        <translation>Reach at least {value} {unit} to reach level {level}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ทำผลการดำเนินงานให้ไม่เกิน {value} {unit} เพื่อให้ถึงระดับ {level}</source>
        <translation>Keep performance at or below {value} {unit} to reach level {level}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>ทำผลการดำเนินงานให้ได้อย่างน้อย {value} {unit} (ร้อยละ {ratio} ของค่าเป้าหมาย) เพื่อให้ได้คะแนน {score}</source>
        <translation>Reach at least {value} {unit} ({ratio}% of the target) to score {score}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>ทำผลการดำเนินงานให้ไม่เกิน {value} {unit} (ความสำเร็จร้อยละ {ratio}) เพื่อให้ได้คะแนน {score}</source>
        <translation>Keep performance at or below {value} {unit} ({ratio}% achievement) to score {score}</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <location filename="../mk3desk/ui/pages/dashboard_page.py" line="-239" />
        <source>{code} {title}: {what} → คะแนนรวม {total} (+{gain})</source>
        <translation>{code} {title}: {what} → total score {total} (+{gain})</translation>
    </message>
</context>
<context>
    <name>WorkPicker</name>
    <message>
        <location filename="../mk3desk/ui/dialogs/work_picker.py" line="+33" />
        <source>เลือกตัวชี้วัดที่จะส่ง</source>
        <translation>Choose the indicators to send</translation>
    </message>
    <message>
        <location line="+12" />
        <source>เฉพาะของฉัน</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>เลือกทั้งหมด</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ไม่เลือกเลย</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location line="+41" />
        <source>เลือกแล้ว {count} ตัวชี้วัด</source>
        <translation>{count} indicators selected</translation>
    </message>
</context>
<context>
    <name>WorkScreen</name>
    <message>
        <location filename="../mk3desk/ui/pdca/common.py" line="+70" />
        <location line="+17" />
        <source>เปิดฐานข้อมูลแบบดูอย่างเดียว (มีโปรแกรมอีกชุดหนึ่งใช้อยู่) จึงแก้ไขไม่ได้</source>
        <translation>The database is open view-only (another copy of the program is using it), so nothing can be edited</translation>
    </message>
    <message>
        <location line="+11" />
        <source>ยังไม่ได้มอบหมายผู้รับผิดชอบตัวชี้วัดนี้ — ผู้ประสานงานกำหนดผู้รับผิดชอบได้ที่ด้านบน หรือที่หน้าบุคลากรและผู้รับผิดชอบ</source>
        <translation>No owner is assigned to this indicator yet — the coordinator can set the owners above, or on the Staff and owners page</translation>
    </message>
    <message>
        <location filename="../mk3desk/ui/pdca/work_screen.py" line="+213" />
        <source>ตัวชี้วัด {code}</source>
        <translation>Indicator {code}</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../mk3desk/domain/workflow.py" line="+75" />
        <source>เปลี่ยนสถานะจาก “{source}” เป็น “{target}” ไม่ได้ตามขั้นตอน PDCA</source>
        <translation>The PDCA steps do not allow a change from “{source}” to “{target}”</translation>
    </message>
    <message>
        <location line="+14" />
        <source>ผู้ใช้นี้ไม่มีสิทธิ์เปลี่ยนสถานะเป็น “{target}”</source>
        <translation>This user may not change the status to “{target}”</translation>
    </message>
    <message>
        <location line="+5" />
        <source>การเปลี่ยนสถานะเป็น “{target}” ต้องระบุเหตุผลหรือข้อเสนอแนะ</source>
        <translation>Changing the status to “{target}” needs a reason or suggestions</translation>
    </message>
    <message>
        <location line="+42" />
        <source>ตัวชี้วัด {code} ปิดระบบแล้ว แก้ไข{section}ไม่ได้ — ต้องให้ผู้ประสานเปิดระบบอีกครั้งก่อน</source>
        <translation>Indicator {code} is locked; {section} cannot be edited — the coordinator must reopen it first</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ตัวชี้วัด {code} อยู่ระหว่างการตรวจสอบของคณะกรรมการ แก้ไข{section}ไม่ได้จนกว่าจะถูกส่งกลับ</source>
        <translation>Indicator {code} is under review by the committee; {section} cannot be edited until it is returned</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ตัวชี้วัด {code}: ยังแก้ไข{section}ในขั้นนี้ไม่ได้</source>
        <translation>Indicator {code}: {section} cannot be edited at this step yet</translation>
    </message>
    <message>
        <location filename="../mk3desk/services/workflow.py" line="+70" />
        <source>[ทำกับตัวชี้วัดที่ตนเป็น{relation} — สำนักงานอนุญาตในการตั้งค่า]</source>
        <translation>[done on an indicator where this person is the {relation} — allowed by the office's settings]</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ผู้รับผิดชอบหลัก</source>
        <translation>owner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ผู้รับผิดชอบสำรอง</source>
        <translation>backup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>กรรมการตรวจสอบ</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ตัวชี้วัด {code} ไม่ได้อยู่ในขั้น “{expected}” แล้ว แต่อยู่ในขั้น “{now}”{by} จึงยังไม่ได้ย้ายไปขั้น “{target}” — โปรดดูสถานะล่าสุดแล้วทำอีกครั้ง</source>
        <translation>Indicator {code} is no longer at the “{expected}” step but at “{now}”{by}, so it was not moved to “{target}” — check the latest status and try again</translation>
    </message>
    <message>
        <location line="+5" />
        <source> ({name} ย้ายเมื่อ {when})</source>
        <translation> (moved by {name} on {when})</translation>
    </message>
    <message>
        <location line="+34" />
        <source>ตัวชี้วัด {code} ยังไปขั้น “{target}” ไม่ได้ ยังขาด: {needs}</source>
        <translation>Indicator {code} cannot move to “{target}” yet; still missing: {needs}</translation>
    </message>
</context>
</TS>