"""The year's poster for publishing, from the Dashboard: an A4 PDF and a PNG 1080×1350.

The PNG is the picture of the poster's 1080×1350 page, rendered by QtPdf (a dependency
on every platform, and it draws the PDF's shaped Thai exactly): one layout
(reports/poster.py) for both files.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument

from mk3desk.domain.errors import QT_TRANSLATE_NOOP, StorageError
from mk3desk.reports.documents.data import PosterData
from mk3desk.services import publishing


def write_poster_png(data: PosterData, target: Path) -> None:
    """Render the 1080×1350 page of the poster of *data* to the PNG *target* (a name
    ending in .png: Qt chooses the format by it)."""
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "poster.pdf"
        publishing.write_social_pdf(data, page)
        document = QPdfDocument()
        try:
            document.load(str(page))
            image = document.render(0, QSize(*publishing.PNG_SIZE))
        finally:
            document.close()
            document.deleteLater()
    if image.isNull() or not image.save(str(target)):
        raise StorageError(
            QT_TRANSLATE_NOOP("Publishing", "บันทึกไฟล์ภาพที่ {path} ไม่ได้"), path=str(target)
        )


def write_poster_files(data: PosterData, png: Path) -> Path:
    """The PNG at *png* and the A4 poster beside it (same name, .pdf); the PDF's path."""
    if png.suffix.lower() != ".png":
        png = png.with_name(png.name + ".png")
    pdf = png.with_suffix(".pdf")
    write_poster_png(data, png)
    publishing.write_poster_pdf(data, pdf)
    return pdf
