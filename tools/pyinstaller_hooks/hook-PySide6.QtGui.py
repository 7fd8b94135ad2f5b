"""QtGui with only the Qt plugins mk3desk uses, so the libraries only the others need stay out.

PyInstaller's own hook takes every plugin of QtGui's kinds: image formats and the SVG icon
engine (mk3desk loads no image file: PNG is built into QtGui, PDF pages are drawn by QtPdf),
Wayland, EGL and evdev input (Linux devices), the virtual keyboard (it brings Qt Quick and QML,
about 20 MB), and GTK 3's platform theme (it brings GTK, Pango and Cairo). A plugin dropped here is
never analysed, so the libraries only it links stay out too; filtering ``a.binaries`` in
build.spec afterwards would leave them in. Styles (Windows 11's look) come from QtWidgets' hook and
are all kept; so are print-support plugins (QtPrintSupport's hook).
"""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Plugin folder -> plugin names kept (file name without "lib" and extension); None: all of it.
KEEP: dict[str, set[str] | None] = {
    # windows: the program; xcb: a Linux desktop; offscreen: CI's headless run; cocoa: macOS.
    "platforms": {"qwindows", "qxcb", "qoffscreen", "qcocoa"},
    "platforms/darwin": None,
    "xcbglintegrations": None,  # small; the xcb platform looks for them
    # Native file dialogs through the desktop portal on Linux; not qgtk3 (GTK 3 comes with it).
    "platformthemes": {"qxdgdesktopportal"},
    # Typing Thai on Linux (compose keys, IBus); not the virtual keyboard (Qt Quick).
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
}


def _kept(source: str, dest: str) -> bool:
    parts = Path(dest).parts
    if "plugins" not in parts:
        return True
    kind = "/".join(parts[parts.index("plugins") + 1 :])
    if kind not in KEEP:
        return False
    names = KEEP[kind]
    return names is None or Path(source).name.split(".")[0].removeprefix("lib") in names


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if _kept(source, dest)]
