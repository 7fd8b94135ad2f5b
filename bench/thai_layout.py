"""Bench: ~40 pages of Thai through mk3desk's engine vs plain reportlab Paragraphs.

Run: ``python bench/thai_layout.py [source.txt]``. The plain run is the floor
(no shaping, reportlab's own line breaking — wrong on paper, but the cost of
laying out the same text). Prints the times and the ratio; asserts nothing.
The one-off dictionary load of the Thai word breaker (~0.15 s a process) is
timed separately, since a running app pays it once. Times are CPU seconds of
this process, best of three.
"""

from __future__ import annotations

import io
import sys
import time
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate

from mk3desk.domain.thaiwords import segment
from mk3desk.reports.fonts import bundled_fonts
from mk3desk.reports.page import DocumentInfo, _layout, document_styles
from mk3desk.reports.thai_paragraph import ThaiParagraph
from mk3desk.reports.thai_text import clear_caches

# The office's own Best Practice story (docs/DOMAIN.md), kept in the repository.
SEED = Path(__file__).resolve().parent.parent / "docs" / "seed-best-practice-2567.txt"
FALLBACK = (
    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษามหาสารคาม เขต ๓ นำนโยบายจากสำนักงานคณะกรรมการการศึกษา "
    "ขั้นพื้นฐานสู่การปฏิบัติ ขับเคลื่อนการดำเนินงานให้เป็นไปตามคำรับรองมาตรการปรับปรุงประสิทธิภาพ"
    "ในการปฏิบัติราชการ (KRS) และมุ่งเป้าสู่การเป็นหน่วยงานในการเป็นระบบราชการ ๔.๐ (PMQA ๔.๐) "
    "โดยมีการรายงานข้อมูลการดำเนินงานอย่างต่อเนื่องตั้งแต่ ปี ๒๕๔๗ จนถึงปัจจุบัน "
)
ROUNDS = 3
TARGET_CHARS = 48_000  # about 40 A4 pages at 16 pt


def paragraphs(source: Path | None) -> list[str]:
    text = source.read_text(encoding="utf-8") if source and source.exists() else FALLBACK * 40
    base = [p.strip() for p in text.split("\n") if p.strip()]
    out: list[str] = []
    round_no = 0
    while sum(map(len, out)) < TARGET_CHARS:
        # Vary each round a little so no cache sees the same string twice.
        out += [p.replace("๒๕๖๗", f"๒๕๖{round_no % 10}") + " " * round_no for p in base]
        round_no += 1
    return out


def _vary(texts: list[str], round_no: int) -> list[str]:
    """Same text with different numbers, so the segmentation cache cannot help."""
    return [f"{t} รอบที่ {to_thai(round_no)}" for t in texts]


def to_thai(n: int) -> str:
    return "".join("๐๑๒๓๔๕๖๗๘๙"[int(d)] for d in str(n))


def engine(texts: list[str]) -> tuple[float, int]:
    styles = document_styles(bundled_fonts())
    story = [ThaiParagraph(t, styles.body if len(t) > 60 else styles.heading1) for t in texts]
    info = DocumentInfo("bench", "สพป.มหาสารคาม เขต ๓", date(2024, 7, 26))
    out = io.BytesIO()
    start = time.process_time()
    _layout(out, story, info, "0123456789", bundled_fonts())
    return time.process_time() - start, out.getvalue().count(b"/Type /Page\n")


def _cold(texts: list[str]) -> tuple[float, int]:
    """A first build: every cache of the engine emptied (the dictionary stays loaded)."""
    clear_caches()
    return engine(texts)


def plain(texts: list[str]) -> tuple[float, int]:
    fonts = bundled_fonts()
    style = ParagraphStyle("plain", fontName=fonts.regular, fontSize=16.4, leading=24.6)
    story = [Paragraph(t, style) for t in texts]
    out = io.BytesIO()
    start = time.process_time()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm)
    doc.build(story)
    return time.process_time() - start, out.getvalue().count(b"/Type /Page\n")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    texts = paragraphs(source)
    bundled_fonts()
    start = time.perf_counter()
    segment("โหลดพจนานุกรม")
    load = time.perf_counter() - start
    # CPU time, best of three: other processes share this machine's two cores.
    plain_time, plain_pages = min(plain(texts) for _ in range(ROUNDS))
    engine_time, engine_pages = min(_cold(texts) for _ in range(ROUNDS))
    warm_time, _ = min(engine(_vary(texts, r)) for r in range(1, ROUNDS + 1))
    start = time.process_time()
    for t in _vary(texts, ROUNDS + 1):  # text no run above has seen
        segment(t)
    segmenting = time.process_time() - start
    print(f"text: {sum(map(len, texts)):,} characters in {len(texts)} paragraphs")
    print(f"dictionary load (once a process): {load:.2f} s")
    print(f"plain reportlab (no shaping):  {plain_time:.2f} s, {plain_pages} pages")
    print(
        f"mk3desk Thai engine (cold):    {engine_time:.2f} s, {engine_pages} pages (caches emptied)"
    )
    print(f"mk3desk Thai engine (again):   {warm_time:.2f} s (new last lines, warm word caches)")
    print(f"  of which word segmentation (newmm) alone: {segmenting:.2f} s")
    print(
        f"ratio engine / plain: {engine_time / plain_time:.2f}x cold, "
        f"{warm_time / plain_time:.2f}x again"
    )


if __name__ == "__main__":
    main()
