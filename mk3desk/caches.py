"""Every process-wide cache of mk3desk, by name: list them, clear them all.

A module that keeps answers for the life of the process (Thai segmentations,
word widths, shaped runs, sort keys, scoring plans...) registers the function
that empties its cache once, when it is imported::

    @functools.lru_cache(maxsize=4096)
    def _segment_cached(text: str) -> tuple[str, ...]: ...

    caches.register("thaiwords.segments", _segment_cached.cache_clear)

Look-ups never pass through here, so a registered cache costs nothing on a hot
path. :func:`names` lists what is registered (only modules already imported
have registered), :func:`clear_all` empties them: benchmarks and tests of a
first, cold build use it, and so may anything that changes what the answers
depend on (the office word list, a font file).

This module imports nothing from mk3desk: it sits at the bottom of the house,
and every layer may register with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

_clears: dict[str, Callable[[], object]] = {}


def register(name: str, clear: Callable[[], object]) -> None:
    """Make *clear* (which empties one cache) known as *name*.

    Registering a name again replaces its function (a module imported again).
    """
    _clears[name] = clear


def names() -> tuple[str, ...]:
    """The registered caches, sorted by name."""
    return tuple(sorted(_clears))


def clear(name: str) -> None:
    """Empty the cache registered as *name* (KeyError if there is none)."""
    _clears[name]()


def clear_all(*, keep: Iterable[str] = ()) -> None:
    """Empty every registered cache except those named in *keep*."""
    kept = set(keep)
    unknown = kept - set(_clears)
    if unknown:
        raise KeyError(f"no such cache: {', '.join(sorted(unknown))}")
    for name, empty in list(_clears.items()):
        if name not in kept:
            empty()
