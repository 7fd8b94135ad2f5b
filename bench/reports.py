"""Benchmark: the demo office's annual book against plain reportlab as the floor.

Run ``python bench/reports.py``. Creates the demo database in a temporary folder,
then times in the same run, alternating, best of *runs* (default 3), in CPU
time of this process (the machine is shared: wall time is noisy):

(a) floor: the same Thai text (every paragraph and table cell of the book, in
    order) as plain reportlab Paragraphs in Sarabun — no shaping, reportlab's own
    line breaking (which is wrong for Thai: this is only the speed floor);
(b) ``generate(database, "book", …)`` as a first build: the engine's caches
    (segmentation, markup, widths, line breaks, shapes) emptied before each run,
    only the word dictionary loaded, and the database opened anew (its SQL is
    compiled again) — reading the year from the database, building the story,
    segmenting its text, Thai line breaking, shaping every line once, the
    contents with page numbers, bookmarks and writing the file;
(c) the same build again with warm caches (printing a document a second time).

Prints the times, the pages and the ratios b / a and c / a (the issue's aim is
<= 1.5). The times include the garbage collector's, which depends on what the
run before left behind: the best of several runs is printed. Our PDFs are
written without ASCII85 (see ``page._binary_streams``); the floor keeps
reportlab's defaults, and that costs it about 0.05 s.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from mk3desk.db.migrate import open_database
from mk3desk.reports.documents.layout import lay_out
from mk3desk.reports.documents.registry import get_kind
from mk3desk.reports.page import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP
from mk3desk.reports.thai_paragraph import paragraph_texts
from mk3desk.reports.thai_text import clear_caches
from mk3desk.services import lookup
from mk3desk.services.demo import create_demo
from mk3desk.services.documents import gather
from mk3desk.services.reports import generate

TODAY = date(2024, 7, 26)


def book_texts(database_path: Path) -> tuple[list[str], str, float]:
    database = open_database(database_path)
    with database.session() as session:
        data = gather(session, "book", lookup.resolve_year(session, 2567), today=TODAY)
    database.close()
    context, story = lay_out(get_kind("book"), data)
    texts = paragraph_texts(story)
    return texts, context.fonts.regular, context.fonts.body_size


def floor(texts: list[str], font: str, size: float, target: Path) -> int:
    style = ParagraphStyle("floor", fontName=font, fontSize=size, leading=size * 1.5)
    doc = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.build([Paragraph(escape(text), style) for text in texts if text.strip()])
    return int(doc.page)


def main(runs: int = 3) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        database = open_database(path)
        create_demo(database, today=TODAY)
        database.close()
        texts, font, size = book_texts(path)  # also warms pythainlp's dictionary
        print(f"content: {len(texts)} paragraphs/cells, {sum(map(len, texts)):,} characters")
        best_floor = best_cold = best_warm = float("inf")
        floor_pages = book_pages = 0
        for _ in range(runs):
            start = time.process_time()
            floor_pages = floor(texts, font, size, Path(folder) / "floor.pdf")
            best_floor = min(best_floor, time.process_time() - start)
            database = open_database(path)
            with database.session() as session:
                year = lookup.resolve_year(session, 2567)
            clear_caches()
            start = time.process_time()
            result = generate(database, "book", year, Path(folder) / "book.pdf", today=TODAY)
            best_cold = min(best_cold, time.process_time() - start)
            start = time.process_time()
            generate(database, "book", year, Path(folder) / "book.pdf", today=TODAY)
            best_warm = min(best_warm, time.process_time() - start)
            database.close()
            book_pages = result.pages
    print(f"floor (plain reportlab, no shaping):  {best_floor:.2f} s CPU  {floor_pages} pages")
    print(f"annual book, first build (cold):      {best_cold:.2f} s CPU  {book_pages} pages")
    print(f"annual book, built again (warm):      {best_warm:.2f} s CPU")
    print(
        f"ratio book / floor: {best_cold / best_floor:.2f} cold, "
        f"{best_warm / best_floor:.2f} warm (aim <= 1.5)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
