"""Small evidence files for the demo office, made without any extra library:
a one-page PDF per document and a PNG bar chart."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

DOCUMENTS = (
    ("meeting-minutes-2567.pdf", "Meeting minutes: KRS / PMQA 4.0 working committee (demo)"),
    ("committee-order-2567.pdf", "Committee appointment order No. 123/2566 of 16 Oct 2566 (demo)"),
    ("training-report-2567.pdf", "Training report: reporting indicators with PDCA (demo)"),
)


def _pdf(title: str) -> bytes:
    text = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 16 Tf 72 760 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _png_chart(width: int = 320, height: int = 200) -> bytes:
    bars = (0.62, 0.71, 0.80, 0.95)  # a rising score, as in the seed story
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            bar = x * len(bars) // width
            inside = (x % (width // len(bars))) > 12 and y > height * (1 - bars[bar])
            row += bytes((40, 90, 160) if inside else (245, 245, 245))
        rows.append(bytes(row))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def make_demo_files(folder: Path) -> list[Path]:
    paths = []
    for name, title in DOCUMENTS:
        path = folder / name
        path.write_bytes(_pdf(title))
        paths.append(path)
    chart = folder / "score-trend-chart.png"
    chart.write_bytes(_png_chart())
    paths.append(chart)
    return paths
