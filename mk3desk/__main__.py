"""Entry point: `mk3desk` with a command runs the CLI; without one it opens the GUI.

`mk3desk`, `mk3desk --db PATH` and `mk3desk --demo` open the window; anything else
(`mk3desk score ...`, `mk3desk --help`) is the command line, which never imports Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Options that belong to the GUI; every other first argument is a CLI command or option.
GUI_OPTIONS = ("--db", "--demo", "--smoke-test")


def wants_gui(args: Sequence[str]) -> bool:
    return not args or args[0].split("=", 1)[0] in GUI_OPTIONS


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args):
        from mk3desk.ui.launch import main as gui_main

        return gui_main(args)
    from mk3desk.cli import run

    # Called as the program (no *argv*): a command may end the process itself.
    return run(args, whole_process=argv is None)


if __name__ == "__main__":
    sys.exit(main())
