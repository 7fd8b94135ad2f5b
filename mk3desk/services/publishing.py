"""Publishing the year (issue #14 item 7): the poster as an A4 PDF and as a PNG.

The PNG is the picture of the poster's 1080×1350 page (reports/poster.py draws both
sizes from one layout, with correctly shaped Thai). The window renders that page with
QtPdf (ui/poster_image.py; Qt is a dependency on every platform). The command line
must not load Qt, so it renders the page with poppler's ``pdftoppm`` when the machine
has it, and otherwise says to use the window's button.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.reports.documents.data import PosterData
from mk3desk.safe_write import replaced_atomically

PNG_SIZE = (1080, 1350)


def write_poster_pdf(data: PosterData, target: Path) -> None:
    from mk3desk.reports.poster import PosterSize, build_poster

    build_poster(target, data, PosterSize.A4)


def write_social_pdf(data: PosterData, target: Path) -> None:
    """The 1080×1350-point page the PNG is a picture of (1 point = 1 pixel at 72 dpi)."""
    from mk3desk.reports.poster import PosterSize, build_poster

    build_poster(target, data, PosterSize.SOCIAL)


def write_poster_png_without_qt(data: PosterData, target: Path) -> None:
    """The PNG through ``pdftoppm`` (the command line); a Thai refusal without it."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Publishing",
                "เครื่องนี้ไม่มีโปรแกรม pdftoppm จึงทำไฟล์ภาพ PNG จากบรรทัดคำสั่งไม่ได้ — "
                "ใช้ปุ่ม “ภาพสรุปสำหรับเผยแพร่…” ในหน้าภาพรวมของโปรแกรมแทน (ไฟล์ PDF ทำได้ตามปกติ)",
            )
        )
    target = Path(target)
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "poster.pdf"
        write_social_pdf(data, page)
        base = Path(folder) / "poster"
        done = subprocess.run(
            [tool, "-r", "72", "-png", "-singlefile", str(page), str(base)],
            capture_output=True,
            check=False,
        )
        made = base.with_suffix(".png")
        if done.returncode != 0 or not made.exists():
            raise StorageError(
                QT_TRANSLATE_NOOP("Publishing", "ทำไฟล์ภาพ PNG ไม่สำเร็จ ({reason})"),
                reason=done.stderr.decode("utf-8", "replace").strip() or str(done.returncode),
            )
        try:
            with replaced_atomically(target, suffix=".png.part") as temporary:
                shutil.copyfile(made, temporary)
        except OSError as exc:
            raise StorageError(
                QT_TRANSLATE_NOOP("Publishing", "บันทึกไฟล์ภาพที่ {path} ไม่ได้ ({reason})"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from exc
