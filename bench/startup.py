"""Start-up time: process start → main window shown, mk3desk with the demo office vs a bare
PySide6 QMainWindow, in the same run.

    python bench/startup.py [--runs 5]

Each measurement is a fresh Python process: the parent notes the time just before it
starts the child; the child prints the wall-clock time when its window receives its
first Expose event (it is on screen), then its peak resident memory (ru_maxrss), and
quits. The demo database is built once beforehand and not timed. Prints the median of
each, the ratio (aim: ≤ 1.3×) and the memory of both. Runs offscreen unless
QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_REPORT = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Exposed(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and not getattr(self, "done", False):
            self.done = True
            print(f"SHOWN {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False

def finish():
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    print(f"RSS {rss}", flush=True)
"""

BARE = (
    _REPORT
    + """
from PySide6.QtWidgets import QMainWindow, QTableWidget, QTableWidgetItem
app = QApplication(sys.argv)
window = QMainWindow()
table = QTableWidget(200, 3)
for row in range(200):
    for col in range(3):
        table.setItem(row, col, QTableWidgetItem(f"ตัวชี้วัดที่ {row}.{col} การนำองค์การ"))
window.setCentralWidget(table)
window.resize(1280, 820)
watcher = Exposed()
window.winId()  # creates the QWindow, which receives the Expose event
window.windowHandle().installEventFilter(watcher)
window.show()
app.exec()
finish()
"""
)

APP = (
    _REPORT
    + """
from pathlib import Path
from PySide6.QtCore import QSettings
from mk3desk.ui.app import create_application
from mk3desk.ui.launch import open_session
from mk3desk.ui.main_window import MainWindow
app = create_application(sys.argv, install_excepthook=False)
session = open_session(Path(sys.argv[1]), quiet=True)
assert session is not None
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
window = MainWindow(session.context, settings)
window.resize(1280, 820)
watcher = Exposed()
window.winId()  # creates the QWindow, which receives the Expose event
window.windowHandle().installEventFilter(watcher)
window.show()
app.exec()
session.close()
finish()
"""
)


def measure(code: str, args: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    shown = rss = None
    for line in done.stdout.splitlines():
        if line.startswith("SHOWN "):
            shown = float(line.split()[1])
        elif line.startswith("RSS "):
            rss = int(line.split()[1])
    if shown is None or rss is None:
        raise RuntimeError(f"child failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return shown - start, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mk3desk-bench-"))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["MK3DESK_DATA"] = str(folder / "data")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    db = folder / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "mk3desk", "demo", "--db", str(db)],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
    )
    settings = str(folder / "settings.ini")
    bare_t, app_t, bare_m, app_m = [], [], [], []
    measure(BARE, [], env)  # warm the file cache once for both
    measure(APP, [str(db), settings], env)
    for _ in range(args.runs):
        t, m = measure(BARE, [], env)
        bare_t.append(t)
        bare_m.append(m)
        t, m = measure(APP, [str(db), settings], env)
        app_t.append(t)
        app_m.append(m)
    bare, app = statistics.median(bare_t), statistics.median(app_t)
    mib = 1024 * 1024
    print(f"bare QMainWindow (200-row Thai table): {bare:.3f} s, {max(bare_m) / mib:.0f} MiB")
    print(f"mk3desk main window, demo office:      {app:.3f} s, {max(app_m) / mib:.0f} MiB")
    print(f"ratio: {app / bare:.2f}x (aim <= 1.3x), median of {args.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
