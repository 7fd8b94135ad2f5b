"""Entry point: `mk3desk` with a command runs the CLI; without one it opens the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from mk3desk.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
