"""QtCore without Qt's own translations (about 7 MB of ``qt_*.qm`` and ``qtbase_*.qm``).

Qt has no Thai catalogue: mk3desk ships its own ``i18n/qtbase_th.qm`` (build.spec bundles it),
and the English interface needs none.
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [(source, dest) for source, dest in datas if "translations" not in Path(dest).parts]
