"""Translations: Thai is the source language, English comes from ``i18n/mk3desk_en.ts``.

Catalogues (``i18n/*.ts``, compiled to ``*.qm`` beside them; the ``.qm`` are committed
like the compiled forms, and CI checks they match their ``.ts``):

* ``mk3desk_th`` — the product's own strings, identity (Thai → Thai); lets a clerk's
  wording be fixed in the catalogue without touching code.
* ``mk3desk_en`` — the product's strings in English.
* ``qtbase_th`` — Thai for Qt's own buttons, dialogs and context menus: Qt ships none.

Compiling: ``ensure_compiled()`` runs ``lrelease`` (shipped with PySide6-Essentials)
for every ``.ts`` whose ``.qm`` is missing or older. The app calls it at start-up in a
source checkout (a few ``stat`` calls when everything is up to date); a frozen build
skips it, because ``build.spec`` / CI run ``python tools/build_i18n.py release`` and
bundle the ``.qm``. Should compiling fail, the app still starts and shows its Thai
source strings — only English and Qt's own Thai are missing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from mk3desk import paths
from mk3desk.domain.errors import Filled, Listing, Mk3Error, Template

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "th"
SUPPORTED_LANGUAGES = ("th", "en")

# Catalogues loaded per UI language, in load order (later ones win in Qt).
_CATALOGUES: dict[str, tuple[str, ...]] = {
    "th": ("qtbase_th", "mk3desk_th"),
    "en": ("mk3desk_en",),
}
_LOCALES: dict[str, QLocale] = {
    "th": QLocale(QLocale.Language.Thai, QLocale.Country.Thailand),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def qt_tool(name: str) -> Path:
    """Path of a Qt tool (``lrelease``, ``lupdate``) shipped inside the PySide6 package.

    Called directly rather than through the ``pyside6-*`` launchers, which need the
    Scripts folder on PATH (often not the case on Windows).
    """
    import PySide6

    exe = name + (".exe" if sys.platform == "win32" else "")
    return Path(PySide6.__file__).resolve().parent / exe


def stale_catalogues(i18n_dir: Path | None = None) -> list[Path]:
    """``.ts`` files whose ``.qm`` is missing or older than the ``.ts``."""
    folder = i18n_dir or paths.i18n_dir()
    stale = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def compile_catalogues(ts_files: list[Path]) -> list[Path]:
    """Run lrelease on *ts_files*; return the ``.qm`` written. Raises on failure."""
    import subprocess  # here, not at the top: a usual start has nothing to compile

    written = []
    for ts in ts_files:
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
        written.append(qm)
    return written


def ensure_compiled(i18n_dir: Path | None = None) -> list[Path]:
    """Compile missing or stale ``.qm`` files; return those compiled.

    A no-op in a frozen build (its ``.qm`` were compiled at build time and the bundle
    has no lrelease). Failures are logged, not raised: translations are not worth
    refusing to start over.
    """
    if getattr(sys, "frozen", False):
        return []
    stale = stale_catalogues(i18n_dir)
    if not stale:
        return []
    import subprocess

    try:
        return compile_catalogues(stale)
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("lrelease failed, translations may be missing: %s", exc)
        return []


def install_translators(
    app: QCoreApplication, language: str = SOURCE_LANGUAGE, i18n_dir: Path | None = None
) -> None:
    """Load the catalogues of *language* into *app*, replacing any loaded before.

    The translators are children of *app* (so they live as long as it does and a
    second call can find and remove them) — no module-level state.
    """
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported UI language: {language!r}")
    folder = i18n_dir or paths.i18n_dir()
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    for name in _CATALOGUES[language]:
        translator = QTranslator(app)
        translator.setObjectName(name)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
        else:
            log.warning("translation catalogue %s.qm not found in %s", name, folder)
            translator.deleteLater()
    QLocale.setDefault(_LOCALES[language])


def _candidate_contexts(error: Mk3Error) -> Iterator[str]:
    # The context the template was marked with, if the template carries it (a str
    # subclass with a ``context`` attribute — see the proposal in the report), then
    # the error's own context and those of its base classes.
    marked = getattr(error.template, "context", None)
    if isinstance(marked, str):
        yield marked
    yield error.context
    for klass in type(error).__mro__:
        context = vars(klass).get("context")
        if isinstance(context, str):
            yield context


def translate_error(error: Mk3Error) -> str:
    """The user-facing text of *error* in the UI language, parameters filled in."""
    template = str(error.template)
    translated = template
    for context in _candidate_contexts(error):
        found = QCoreApplication.translate(context, template)
        if found != template:
            translated = found
            break
    if not error.params:
        return translated
    # Parameters that are themselves marked texts (a state or section title) are
    # translated too, so an English message does not carry Thai words.
    params = {key: _translate_value(value) for key, value in error.params.items()}
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translator broke a placeholder: the source template is still right.
        log.warning("bad placeholders in translation of %r", template)
        return template.format(**params)


def _translate_value(value: object) -> object:
    if isinstance(value, Template):
        return QCoreApplication.translate(value.context, str(value))
    if isinstance(value, Listing):
        return value.sep.join(str(_translate_value(item)) for item in value.items)
    if isinstance(value, Filled):
        template = value.template
        translated = QCoreApplication.translate(template.context, str(template))
        params = {key: _translate_value(v) for key, v in value.params.items()}
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            log.warning("bad placeholders in translation of %r", str(template))
            return str(value)
    return value


def translate_marked(text: str) -> str:
    """*text* in the UI language if it was marked with QT_TRANSLATE_NOOP in Qt-free code
    (it remembers its context, and a filled-in template its parameters), else as it is."""
    return str(_translate_value(text))
