#!/usr/bin/env python3
"""Write resources/dictionaries/thai_words.txt, the word list the Thai word breaker reads.

It is pythainlp's ``thai_words()`` and ``resources/dictionaries/thai_office_words.txt``
merged, stripped, without duplicates, sorted, one word a line, after a first line
naming the SHA-256 of both sources (:mod:`mk3desk.domain.wordcut_words`). The
program reads it instead of building the list (0.5 s at every report); a list
whose first line does not match the installed sources is not used. Run this after
editing the office words or upgrading pythainlp.

    python tools/make_word_list.py            # write the list
    python tools/make_word_list.py --check    # exit 1 if the list is stale
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mk3desk.domain import wordcut_words  # noqa: E402 - after the path fix above

OUTPUT = REPO / "resources" / Path(*wordcut_words.WORD_LIST_FILE)


def expected_text() -> str:
    first_line = wordcut_words.header()
    if first_line is None:
        raise SystemExit("pythainlp's word list (corpus/words_th.txt) was not found")
    return wordcut_words.render(wordcut_words.words_from_sources(), first_line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = expected_text()
    if args.check:
        current = args.out.read_bytes().decode("utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date: run tools/{Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(text.encode("utf-8"))
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
