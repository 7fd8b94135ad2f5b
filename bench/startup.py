"""Start-up time: process start → main window on screen, mk3desk with the demo office vs
a bare PySide6 QMainWindow, in the same run.

    python bench/startup.py [--runs 5]

Each measurement is a fresh Python process; the parent notes the time just before it
starts the child. mk3desk starts through ``mk3desk.ui.launch.run_gui`` — the same
path as ``mk3desk --demo``: preferences, translations, fonts, the lock, the first
look at the database, the main window, the database opened behind it — with a hook
that only watches. Two moments are taken:

* **shown** — the main window's first Expose event: the window is on screen with
  the office-year named (the child fails the run if it is not). This is the moment
  the issue's aim is about: "time from process start to the main window shown with
  the demo office". The bare window's is the same event.
* **ready** — the database is open, the window attached to it and its first page
  (the Dashboard with scores and charts) filled; taken at the first moment the event
  loop is about to wait for input after that (``QAbstractEventDispatcher.
  aboutToBlock``), so everything the window queued for itself is done and the clerk's
  first click on the page is served at once. For the bare window: its first idle.

Then the child reports its peak resident memory (ru_maxrss) and quits. mk3desk is
measured twice: a usual start (the Thai word-break hint cache in the data folder
filled by an earlier start) and a first start after installation (no hint cache:
the Thai dictionary is loaded). The demo database is built once beforehand and not
timed, and the warm-up runs compile the bytecode an installed copy has (in a
folder of the run: PYTHONPYCACHEPREFIX). Prints medians, the ratios to the bare
window (aim: shown ≤ 1.3×) and memory. Runs offscreen unless QT_QPA_PLATFORM says
otherwise; QSettings go to a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_PROBE = """
import resource, sys, time
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox

class Probe(QObject):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.ready = False
        window.winId()  # creates the QWindow, which receives the Expose event
        window.windowHandle().installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and not hasattr(self, "frame"):
            self.frame = time.time()
            print(f"FRAME {self.frame:.6f}", flush=True)
            years = self.window.findChild(QComboBox, "yearCombo")
            if years is not None and not years.currentText():
                print("NO-YEAR", flush=True)
            attached = getattr(self.window, "attached", None)
            if attached is None or self.window.is_attached:
                self.wait_for_idle()
            else:
                attached.connect(self.wait_for_idle)
        return False

    def wait_for_idle(self):
        QAbstractEventDispatcher.instance().aboutToBlock.connect(self.idle)

    def idle(self):
        if self.ready:
            return
        self.ready = True
        print(f"READY {time.time():.6f}", flush=True)
        QApplication.quit()

def finish():
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    print(f"RSS {rss}", flush=True)
"""

BARE = (
    _PROBE
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
probe = Probe(window)
window.show()
app.exec()
finish()
"""
)

APP = (
    _PROBE
    + """
from pathlib import Path
from mk3desk.ui.launch import run_gui
probes = []
code = run_gui(["mk3desk"], Path(sys.argv[1]), on_window=lambda w: probes.append(Probe(w)))
assert code == 0, code
finish()
"""
)


@dataclass
class Run:
    frame: float
    ready: float
    rss: int


def measure(code: str, args: list[str], env: dict[str, str]) -> Run:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    found: dict[str, float] = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("FRAME", "READY", "RSS"):
            found[key] = float(value)
        elif key == "NO-YEAR":
            raise RuntimeError("the main window showed no office-year")
    if done.returncode != 0 or len(found) != 3:
        raise RuntimeError(f"child failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return Run(found["FRAME"] - start, found["READY"] - start, int(found["RSS"]))


def summary(label: str, runs: list[Run], bare: Run | None = None) -> str:
    frame = statistics.median(r.frame for r in runs)
    ready = statistics.median(r.ready for r in runs)
    mib = max(r.rss for r in runs) / (1024 * 1024)
    text = f"{label:<44} shown {frame:.3f} s  ready {ready:.3f} s  {mib:4.0f} MiB"
    if bare:
        text += f"  ratio shown {frame / bare.frame:.2f}x  ready {ready / bare.ready:.2f}x"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="mk3desk-bench-"))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["MK3DESK_DATA"] = str(folder / "data")
    env["XDG_CONFIG_HOME"] = str(folder / "config")  # QSettings: not the developer's own
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    # An installed copy (pip, the PyInstaller bundle) runs from compiled bytecode: let
    # the warm-up runs write it, to a folder of this run rather than the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    db = folder / "demo.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "mk3desk", "demo", "--db", str(db)],
        check=True,
        env=env,
        cwd=ROOT,
        capture_output=True,
    )
    hint_cache = folder / "data" / "cache" / "thai-wrap.json"
    bare_runs: list[Run] = []
    usual_runs: list[Run] = []
    first_runs: list[Run] = []
    measure(BARE, [], env)  # warm the file cache once for both, and fill the hint cache
    measure(APP, [str(db)], env)
    for _ in range(args.runs):
        bare_runs.append(measure(BARE, [], env))
        usual_runs.append(measure(APP, [str(db)], env))
        hint_cache.unlink(missing_ok=True)
        first_runs.append(measure(APP, [str(db)], env))
    bare = Run(
        statistics.median(r.frame for r in bare_runs),
        statistics.median(r.ready for r in bare_runs),
        0,
    )
    print(summary("bare QMainWindow (200-row Thai table)", bare_runs))
    print(summary("mk3desk, demo office (usual start)", usual_runs, bare))
    print(summary("mk3desk, demo office (first start, no cache)", first_runs, bare))
    print(
        f"ratios to the bare window's same moment (aim: shown <= 1.3x), median of {args.runs} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
