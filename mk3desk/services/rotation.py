"""Which backups a rotation keeps: today's all, then 7 daily, 4 weekly, 12 monthly.

Of the backups taken before today, the newest of each of the 7 most recent days that
have one is kept, the newest of each of the 4 most recent ISO weeks, and the newest
of each of the 12 most recent months (the sets overlap). Every backup taken today
stays, so each bundle import of the day can still be undone. Plain Python on the
backups' times: the caller removes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def _newest_per(
    times: list[datetime], period: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    chosen: dict[Hashable, datetime] = {}
    for moment in sorted(times, reverse=True):
        key = period(moment)
        if key not in chosen:
            if len(chosen) == count:
                break
            chosen[key] = moment
    return set(chosen.values())


def keep(created: Iterable[datetime], now: datetime) -> set[datetime]:
    """The times of the backups to keep, out of *created*."""
    times = list(created)
    kept = {t for t in times if t.date() >= now.date()}
    earlier = [t for t in times if t.date() < now.date()]
    kept |= _newest_per(earlier, lambda t: t.date(), DAILY)
    kept |= _newest_per(earlier, lambda t: t.isocalendar()[:2], WEEKLY)
    kept |= _newest_per(earlier, lambda t: (t.year, t.month), MONTHLY)
    return kept
