"""How long scoring every office-year takes, end to end from the database.

245 offices (every ESA office in the country) x 10 fiscal years with the full
built-in template, criteria met and outcome values filled at random (fixed seed).
Prints the time to score all of them from a fresh session (read + score), the time
per office-year, and the read and scoring parts separately. Aim: all under 1 s
on a 2-core machine.

The whole run is measured three times, each from a newly opened database and
session: the first run and the best are printed (the machine may be busy; the
first run also pays for compiling the SQL). For comparison, a sample of years is
then read and scored one by one the way a single year's page does it
(load_framework + load_achievements), checked to give the same scores, and
extrapolated to all years.

    python3 bench/score_scale.py [--offices 245] [--years 10] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mk3desk.db.migrate import open_database
from mk3desk.db.models import (
    CriterionResult,
    FiscalYear,
    Office,
    OutcomeValue,
    YearBand,
    YearCategory,
    YearCriterion,
    YearIndicator,
)
from mk3desk.domain.framework import IndicatorKind
from mk3desk.domain.scoring import YearScore, score_year
from mk3desk.domain.template import load_framework as load_template
from mk3desk.services.framework_store import load_achievements, load_framework
from mk3desk.services.scoring_inputs import load_scoring_inputs
from mk3desk.services.years import default_template_path


def build(path: Path, offices: int, years: int) -> list[int]:
    framework = load_template(default_template_path())
    rng = random.Random(2567)
    rows: dict[type, list[dict[str, Any]]] = {
        m: []
        for m in (
            Office,
            FiscalYear,
            YearCategory,
            YearIndicator,
            YearCriterion,
            CriterionResult,
            YearBand,
            OutcomeValue,
        )
    }
    ids = {"year": 0, "cat": 0, "ind": 0, "crit": 0}
    year_ids = []
    for office_id in range(1, offices + 1):
        rows[Office].append(
            {"id": office_id, "name": f"สพท. ทดสอบ {office_id}", "uid": f"o{office_id}"}
        )
        for be_year in range(2568 - years, 2568):
            ids["year"] += 1
            year_id = ids["year"]
            year_ids.append(year_id)
            rows[FiscalYear].append(
                {
                    "id": year_id,
                    "office_id": office_id,
                    "be_year": be_year,
                    "target": framework.target,
                }
            )
            for band in framework.bands:
                rows[YearBand].append(
                    {"year_id": year_id, "name": band.name, "min_score": band.min_score}
                )
            for cat in framework.categories:
                ids["cat"] += 1
                rows[YearCategory].append(
                    {
                        "id": ids["cat"],
                        "year_id": year_id,
                        "number": cat.number,
                        "title": cat.title,
                        "weight": cat.weight,
                    }
                )
                for ind in cat.indicators:
                    ids["ind"] += 1
                    row: dict[str, Any] = {
                        "id": ids["ind"],
                        "uid": f"i{ids['ind']}",
                        "year_id": year_id,
                        "category_id": ids["cat"],
                        "code": ind.code,
                        "title": ind.title,
                        "kind": ind.kind.value,
                        "weight": ind.weight,
                        "target": ind.target,
                    }
                    rule = ind.rule
                    if ind.kind is IndicatorKind.OUTCOME and rule is not None:
                        t = list(rule.thresholds) + [None] * (5 - len(rule.thresholds))
                        row.update(
                            direction=rule.direction.value,
                            rule_type=rule.rule_type.value,
                            t1=t[0],
                            t2=t[1],
                            t3=t[2],
                            t4=t[3],
                            t5=t[4],
                            floor=rule.floor,
                            ceiling=rule.ceiling,
                        )
                        anchor = rule.thresholds[2] if rule.thresholds else ind.target or Decimal(1)
                        value = anchor * Decimal(rng.randint(80, 120)) / 100
                        rows[OutcomeValue].append(
                            {
                                "uid": f"v{ids['ind']}",
                                "indicator_id": ids["ind"],
                                "be_year": be_year,
                                "value": value,
                            }
                        )
                    rows[YearIndicator].append(row)
                    for crit in ind.criteria:
                        ids["crit"] += 1
                        rows[YearCriterion].append(
                            {
                                "id": ids["crit"],
                                "uid": f"c{ids['crit']}",
                                "indicator_id": ids["ind"],
                                "key": crit.key,
                                "level": crit.level.value,
                                "text": crit.text,
                            }
                        )
                        rows[CriterionResult].append(
                            {
                                "uid": f"r{ids['crit']}",
                                "criterion_id": ids["crit"],
                                "met": rng.random() < 0.85,
                            }
                        )
    database = open_database(path)
    with database.transaction() as session:
        for model, batch in rows.items():
            if batch:
                session.execute(insert(model), batch)
    database.close()
    return year_ids


def bulk(
    path: Path, year_ids: list[int], sample: set[int]
) -> tuple[float, float, list[Decimal], dict[int, YearScore], int]:
    """Read + score every year from a fresh session.

    Returns the read and whole times, every total, the scores of the sample years
    and how many distinct frameworks were prepared. Only the totals are kept, as
    a chart would: keeping 2,450 whole scores alive makes Python's garbage
    collector slower for everything after it.
    """
    database = open_database(path)
    started = time.perf_counter()
    with database.session() as session:
        frameworks, achievements = load_scoring_inputs(session, year_ids)
    read = time.perf_counter() - started
    totals, kept = [], {}
    for year_id in year_ids:
        score = score_year(frameworks[year_id], achievements[year_id])
        totals.append(score.total)
        if year_id in sample:
            kept[year_id] = score
    whole = time.perf_counter() - started
    database.close()
    return read, whole, totals, kept, len({id(f) for f in frameworks.values()})


def one_by_one(path: Path, year_ids: list[int]) -> tuple[float, list[YearScore]]:
    """Seconds per office-year scored the way one year's page does it, and the scores."""
    database = open_database(path)
    started = time.perf_counter()
    with database.session() as session:
        scores = [
            score_year(load_framework(session, y), load_achievements(session, [y])[y])
            for y in year_ids
        ]
    per_year = (time.perf_counter() - started) / len(year_ids)
    database.close()
    return per_year, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--offices", type=int, default=245)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        year_ids = build(path, args.offices, args.years)
        print(f"built {len(year_ids)} office-years in {time.perf_counter() - started:.1f} s")

        sample = random.Random(1).sample(year_ids, min(25, len(year_ids)))
        runs = [bulk(path, year_ids, set(sample)) for _ in range(max(1, args.runs))]
        per_year, exact = one_by_one(path, sample)
    n = len(year_ids)
    first, best = runs[0], min(runs, key=lambda r: r[1])
    totals, kept, distinct = best[2], best[3], best[4]
    same = all(kept[y] == e for y, e in zip(sample, exact, strict=True))
    print(f"office-years scored: {n}  (mean total {sum(totals) / n:.5f})")
    print(f"distinct frameworks prepared: {distinct} (identical years share one)")
    print(f"best of {len(runs)} runs:")
    print(f"  read from database:  {best[0]:.3f} s")
    print(f"  scoring:             {best[1] - best[0]:.3f} s")
    per_bulk = f"{best[1] / n * 1000:.3f} ms per office-year"
    print(f"  end to end:          {best[1]:.3f} s   ({per_bulk}; aim: < 1 s)")
    print(f"first run, end to end: {first[1]:.3f} s   (read {first[0]:.3f} s)")
    print(
        f"one year at a time (the single-year path, {len(sample)} years sampled): "
        f"{per_year * 1000:.2f} ms per office-year, ~{per_year * n:.1f} s for all; "
        f"scores {'identical' if same else 'DIFFERENT'} to the bulk path"
    )


if __name__ == "__main__":
    main()
