"""What changed, as told by ``AppContext.changed``: pages refresh for the topics they show."""

from __future__ import annotations

from enum import StrEnum


class Topic(StrEnum):
    YEAR = "year"  # another office-year is in view
    ACTOR = "actor"  # another person is working
    INDICATOR = "indicator"  # an indicator's work, state or assignment changed
    PEOPLE = "people"
    SETTINGS = "settings"
    OFFICIAL = "official"  # official results entered
    EVIDENCE = "evidence"
    FRAMEWORK = "framework"  # the year's framework edited or imported
    SWOT = "swot"  # the year's SWOT analysis saved
    # Someone else — another window, the CLI, another client of the server — wrote to the
    # database (ui/live.py polls for it): every page may be out of date.
    ELSEWHERE = "elsewhere"
