"""Drawing Thai lines: shape once, write reportlab's own operators, stay searchable.

:func:`draw_line` shapes each piece of a line exactly once per process, when it
is first drawn (harfbuzz, as ``reportlab.pdfbase.ttfonts.shapeStr`` would:
:func:`mk3desk.reports.shaping.shape`), writes the same text operators
reportlab's TextObject would write for it (remembered per document, see
:mod:`mk3desk.reports.shaping`), and wraps the line in a marked-content span
whose ``/ActualText`` is the source text, so text copied or extracted from the
PDF is the Thai that was written (shaping maps repositioned marks to
private-use code points; poppler and Acrobat read ``/ActualText`` instead).
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from mk3desk.reports.shaping import Writer, number_text, shape, writer_for
from mk3desk.reports.thai_text import Align, Line, TextStyle, break_lines, parse_markup, word_width

# Justification stretches only the spaces, and Thai lines often hold one or two:
# a line that would need more than this much extra per space (in em) is left
# ragged instead of showing holes.
MAX_JUSTIFY_STRETCH = 0.6

# One whitespace character (as str.isspace), and a text cut into runs of spaces and words.
_SPACE = re.compile(r"\s")
_SPACES_OR_WORD = re.compile(r"\s+|\S+")


def _pdf_text_string(text: str) -> str:
    """A PDF hex string in UTF-16BE with a BOM, as /ActualText requires."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def shaped_width(text: str, font_name: str, size: float) -> float:
    """Width of *text*, or of a reportlab ``ShapedStr`` from its shape data.

    Drawing never needs it (:func:`shape` gives the width); tests/test_thai_pdf.py's
    oracle, reportlab's own shapeStr path, does.
    """
    data = getattr(text, "__shapeData__", None)
    if data is not None:
        return float(sum(d.x_advance for d in data)) * size / 1000.0
    return float(stringWidth(text, font_name, size))


def draw_line(
    canvas: Any,
    line: Line,
    x: float,
    y: float,
    width: float,
    style: TextStyle,
    *,
    actual_text: str | None = None,
) -> None:
    """Draw *line* with its baseline at *y*, inside the box [x, x + width].

    Pieces are shaped here from source text, never from shaped text. The whole
    line becomes one /ActualText span (source text plus the whitespace dropped
    at its break), holding one text object.

    Table cells, headers and footers draw the same line many times, at other
    heights only: a document remembers each line's operators around its
    baseline, so a line is shaped and written out once per document.
    """
    canvas.addLiteral(_line_code(canvas, line, x, y, width, style, actual_text))


def _line_code(
    canvas: Any,
    line: Line,
    x: float,
    y: float,
    width: float,
    style: TextStyle,
    actual_text: str | None = None,
) -> str:
    writer = writer_for(canvas)
    key = (line, x, width, style, actual_text, canvas.bottomup)
    parts = writer.lines.get(key)
    if parts is None:
        parts = writer.lines[key] = _line_operators(
            writer, line, x, width, style, actual_text, canvas.bottomup
        )
    return number_text(y).join(parts)


def _line_operators(
    writer: Writer,
    line: Line,
    x: float,
    width: float,
    style: TextStyle,
    actual_text: str | None,
    bottom_up: bool,
) -> tuple[str, ...]:
    """The operators that draw *line*, cut where its baseline's y goes."""
    size = style.font_size
    room = width - line.indent
    start = x + line.indent
    extra_per_space = _justify_stretch(line, room, style)
    chunks: list[tuple[str | None, str, float]] = []  # text (None: space), font, advance
    for piece in line.pieces:
        name = style.font_name(piece)
        if extra_per_space:
            # Only a justified line is cut at its spaces (then each word is a run).
            for part in _SPACES_OR_WORD.findall(piece.text):
                if part.isspace():
                    chunks.append((None, name, word_width(part, name, size)))
                else:
                    chunks.append((part, name, shape(part, name, size).width))
        else:
            chunks.append((piece.text, name, shape(piece.text, name, size).width))
    natural = sum(chunk[2] for chunk in chunks)
    if extra_per_space:  # stretch to the shaped width, so the right edge is exact
        extra_per_space = (room - natural) / sum(1 for chunk in chunks if chunk[0] is None)
    if style.align is Align.CENTER:
        start += (room - natural) / 2
    elif style.align is Align.RIGHT:
        start += room - natural
    source = actual_text if actual_text is not None else line.text + line.trailing
    origin = "1 0 0 1 " if bottom_up else "1 0 0 -1 "
    parts: list[str] = []  # the operators between two places where y goes
    code = [
        f"/Span <</ActualText {_pdf_text_string(source)}>> BDC\nBT",
        f"{origin}0 0 Tm",
        f"{' '.join(map(number_text, style.color))} rg",
    ]
    cursor = start
    subset = -1  # the font subset selected in this text object (-1: none yet)
    rise = 0.0
    current_font = ""
    for run_text, name, advance in chunks:
        if run_text is None:
            cursor += advance + extra_per_space
            continue
        code.append(f"{origin}{number_text(cursor)} ")  # "{x} {y} Tm": y comes next
        parts.append(" ".join(code))
        if name != current_font:
            subset = -1  # a new font must be selected again
            current_font = name
        operators, subset, rise = writer.show(run_text, name, size, subset, rise)
        code = [" Tm", operators]
        cursor += advance
    code.append("ET\nEMC")
    parts.append(" ".join(code))
    return tuple(parts)


def _justify_stretch(line: Line, room: float, style: TextStyle) -> float:
    """Extra width for each space of a justified line (0: leave it ragged)."""
    if style.align is not Align.JUSTIFY or line.last or line.width >= room:
        return 0.0
    spaces = len(_SPACE.findall(line.text))
    if not spaces:
        return 0.0
    stretch = (room - line.width) / spaces
    return stretch if stretch <= MAX_JUSTIFY_STRETCH * style.font_size else 0.0


def draw_text(
    canvas: Any,
    text: str,
    x: float,
    y: float,
    width: float,
    style: TextStyle,
) -> float:
    """Draw *text* (markup allowed) in the box starting at top-left (x, y), wrapped.

    For headers, footers and other canvas text. Returns the height used.
    Each page's header and footer draw the same texts at the same places: a
    document remembers the operators of each (text, place, style).
    """
    texts = writer_for(canvas).texts
    key = (text, x, y, width, style, canvas.bottomup)
    found = texts.get(key)
    if found is None:
        inner = width - style.left_indent - style.right_indent
        lines = break_lines(parse_markup(text), inner, style)
        baseline = y - style.baseline_drop
        code = []
        for line in lines:
            code.append(_line_code(canvas, line, x + style.left_indent, baseline, inner, style))
            baseline -= style.line_height
        found = texts[key] = (tuple(code), len(lines) * style.line_height)
    for literal in found[0]:
        canvas.addLiteral(literal)
    return found[1]
