"""Write `timeline/data/holiday_days.json`: the days of the holidays the ``holidays`` package
knows that the product reads, as the package gives them (the US days whose rules the laws
moved, `timeline.temporal.near_day.true_day`; the first day of the lunar year,
`timeline.temporal.lunar_year.lunar_new_year`), so that a worker that meets "Memorial Day" or
"the Lunar New Year" reads a small table, not the package's registry of every country (0.07
to 0.09 s of CPU in each process at its first holiday).

    python benchmarks/write_holiday_days.py           # write the table
    python benchmarks/write_holiday_days.py --check   # fail when it is not the package's

`tests/test_temporal_holiday_tables.py` holds every stored day (and every year left out) to
the package's answer, so a new release of the package that moves a day fails there first.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

import holidays

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline.temporal.holiday_tables import (
    HOLIDAY_DAYS,
    LUNAR_YEARS,
    US_LABELS,
    US_YEARS,
)

#: the name China's holiday table gives the first days of the lunar year
_SPRING_FESTIVAL = re.compile(r"Spring Festival|Chinese New Year", re.IGNORECASE)
#: the years tried for the lunar table: the package's Chinese calendar holds 1901 to 2100
_LUNAR_TRIED = range(1900, 2200)


def us_day(label: str, year: int) -> date | None:
    """The day the package's US table (no observed days) gives the holiday `label` in `year`."""
    table = holidays.country_holidays("US", years=year, observed=False)
    days: list[date] = [day for day, name in table.items() if name == label]
    return min(days) if days else None


def lunar_day(year: int) -> date | None:
    """The first day of the lunar year in China's table of `year` (not an observed day)."""
    try:
        table = holidays.country_holidays("CN", years=year, language="en_US")
    except (NotImplementedError, ValueError):
        return None
    days = [
        day
        for day, name in table.items()
        if _SPRING_FESTIVAL.search(name) and "observed" not in name.lower()
    ]
    return min(days) if days else None


def table() -> dict[str, dict[str, object]]:
    """The table as written: each label's day by year, and the lunar year's first day."""
    united_states = {
        label: {
            str(year): found.isoformat()
            for year in US_YEARS
            if (found := us_day(label, year)) is not None
        }
        for label in sorted(US_LABELS)
    }
    lunar = {
        str(year): found.isoformat()
        for year in _LUNAR_TRIED
        if (found := lunar_day(year)) is not None
    }
    if (
        not lunar
        or min(map(int, lunar)) != LUNAR_YEARS.start
        or max(map(int, lunar)) != (LUNAR_YEARS.stop - 1)
    ):
        raise SystemExit(f"the package's lunar years are no longer {LUNAR_YEARS}: change it")
    return {"united_states": united_states, "lunar_new_year": lunar}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args()
    path = Path(__file__).resolve().parent.parent / "timeline" / "data" / HOLIDAY_DAYS
    written = json.dumps(table(), indent=1, sort_keys=True) + "\n"
    if args.check:
        same = path.read_text("utf-8") == written
        print("the shipped table is the package's" if same else "the shipped table differs")
        raise SystemExit(0 if same else 1)
    path.write_text(written, "utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
