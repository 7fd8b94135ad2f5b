"""Bench: fitting the People page's tables to the window, Thai cells against Qt's own.

    PYTHONPATH=$PWD python3 bench/table_cells.py [--rounds 20]

Builds the demo office in a temporary folder (not timed), opens the main window offscreen
at 1366×768 on the People page, and times ``PeoplePage._fit_columns`` — every column sized
from its content, the rows re-measured — as a window resize does it, the window's width
going back and forth between 1366 and 1200 pixels, in CPU time of this process, median of
*rounds*:

(a) baseline: the same tables with Qt's plain ``QStyledItemDelegate`` (its own line
    breaking and line spacing: wrong for Thai, see ui/widgets/thai_cells.py — only the
    floor of what measuring these cells costs);
(b) ``ThaiCellDelegate`` with its measures emptied before each refit (a page's first fit);
(c) ``ThaiCellDelegate`` as a clerk has it: the lines it broke are kept per font, text and
    width, so a width seen before costs little.

Prints the times and the ratios to (a); asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _median_cpu(work: Callable[[], None], rounds: int, before: Callable[[], None]) -> float:
    times = []
    for _ in range(rounds):
        before()
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="mk3desk-bench-cells-"))
    os.environ["MK3DESK_DATA"] = str(folder / "data")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractItemDelegate, QApplication, QStyledItemDelegate

    from mk3desk.db.migrate import open_database
    from mk3desk.services.demo import create_demo
    from mk3desk.ui.app import create_application
    from mk3desk.ui.context import AppContext
    from mk3desk.ui.main_window import MainWindow
    from mk3desk.ui.pages.people_page import PeoplePage
    from mk3desk.ui.widgets.thai_cells import ThaiCellDelegate

    app = create_application(["bench"], install_excepthook=False)
    database = open_database(folder / "demo.sqlite3")
    create_demo(database)
    window = MainWindow(
        AppContext(database), QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    )
    window.resize(1366, 768)
    window.show()
    page = window.show_page("people")
    assert isinstance(page, PeoplePage)
    app.processEvents()
    views = (page.people_view, page.assignment_view)
    thai = [view.itemDelegate() for view in views]
    assert all(isinstance(delegate, ThaiCellDelegate) for delegate in thai)
    plain = [QStyledItemDelegate(view) for view in views]
    widths = iter([1366, 1200] * (3 * args.rounds + 6))

    def refit() -> None:
        window.resize(next(widths), 768)
        QApplication.processEvents()  # the resize's own refit and row measuring
        page._fit_columns()  # the one timed: what each resize costs

    def forget() -> None:
        for delegate in thai:
            assert isinstance(delegate, ThaiCellDelegate)
            delegate.forget()

    def use(delegates: Sequence[QAbstractItemDelegate]) -> None:
        for view, delegate in zip(views, delegates, strict=True):
            view.setItemDelegate(delegate)

    rows = page.people_model.rowCount() + page.assignment_model.rowCount()
    use(plain)
    refit()
    floor = _median_cpu(refit, args.rounds, lambda: None)
    use(thai)
    refit()
    cold = _median_cpu(refit, args.rounds, forget)
    warm = _median_cpu(refit, args.rounds, lambda: None)
    print(f"People page, {rows} rows in two tables, a refit per resize (median CPU):")
    print(f"(a) Qt's plain delegate (floor):        {1000 * floor:7.1f} ms")
    print(f"(b) Thai cells, measures emptied:       {1000 * cold:7.1f} ms  {cold / floor:.2f}x")
    print(f"(c) Thai cells, as kept while it runs:  {1000 * warm:7.1f} ms  {warm / floor:.2f}x")
    window.close()
    database.close()


if __name__ == "__main__":
    main()
