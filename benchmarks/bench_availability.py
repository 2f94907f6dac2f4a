"""Availability engine scaling: a 7-day search over 10, 50 and 200 practitioners.

The data is built directly with the engine's record types (`pracsuite_mock.availability`), shaped
like the mock's seed but scaled: one business per ten practitioners, a third of practitioners
splitting their week between two businesses, morning and afternoon rosters with varied flags,
some Saturday mornings, about two thirds of rostered time booked (5% of bookings cancelled) for
two weeks either side of the searched week, and a two-hour unavailable block for every third
practitioner. The search is the widest one: an appointment type any profession offers, no
filters, so every practitioner_business is a candidate.

Two timings per size, each over N runs after warm-up, with `time.perf_counter`:
- `search`: `search(data, query)` on an `AvailabilityData` built once (the engine's advice);
- `build+search`: `AvailabilityData(..., window=...)` then `search`, the cost of a request that
  does not reuse an index.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .profiling import profile
from .results import Section, Table, Target, fmt

SIZES = (10, 50, 200)
TARGET_MS = 20.0  # p50 at 50 practitioners
ROOT = Path(__file__).resolve().parents[1]
WEEK = dt.date(2026, 1, 5)  # a Monday, as the mock's seed anchor

Records = dict[str, Any]  # AvailabilityData's keyword arguments: lists of record dicts


def build_records(practitioners: int, seed: int = 1) -> Records:
    """A tenant's rosters, bookings and rules for `practitioners` practitioners."""
    r = random.Random(seed)
    businesses = max(2, practitioners // 10)
    out: Records = {
        k: []
        for k in (
            "practitioners",
            "practitioner_businesses",
            "appointment_types",
            "rosters",
            "duration_rules",
            "appointments",
            "unavailable_blocks",
            "resources",
        )
    }
    out["resources"] = [{"resource_id": b, "business_id": b} for b in range(1, businesses + 1)]
    types = ["Initial consult", "Follow-up", "Review", "Group class", "Telehealth"]
    for n, name in enumerate(types, start=1):
        out["appointment_types"].append(
            {
                "appointment_type_id": n,
                "profession_id": None if n == 1 else 1 + n % 4,
                "item_id": n,
                "item_group_id": None,
                "hourly_billing": False,
                "ndis_claim_type": None,
                "ndis_cancellation_reason": None,
                "resource_ids": [1] if name == "Group class" else [],
            }
        )
        base = 60 if n == 1 else 30
        rules = [
            {"duration": base},
            {"duration": base + 15, "fee_category_id": 2},
            {"duration": base - 10, "business_id": businesses},
            {"duration": base + 30, "practitioner_id": r.randint(1, practitioners)},
        ]
        for rule in rules:
            out["duration_rules"].append(
                {
                    "duration_rule_id": len(out["duration_rules"]) + 1,
                    "appointment_type_id": n,
                    "business_id": None,
                    "profession_id": None,
                    "practitioner_id": None,
                    "fee_category_id": None,
                    **rule,
                }
            )

    pb_id = 0
    for p in range(1, practitioners + 1):
        out["practitioners"].append(
            {
                "practitioner_id": p,
                "profession_id": 1 + p % 4,
                "first_name": f"Prac{p}",
                "surname": "Bench",
            }
        )
        home = 1 + p % businesses
        # A third work Monday-Wednesday at home and Thursday-Friday at a second business.
        second = 1 + (p + 1) % businesses if r.random() < 0.33 else None
        days = {home: range(0, 3), second: range(3, 5)} if second else {home: range(0, 5)}
        for business, weekdays in days.items():
            assert business is not None
            pb_id += 1
            out["practitioner_businesses"].append(
                {"practitioner_business_id": pb_id, "practitioner_id": p, "business_id": business}
            )
            for weekday in weekdays:
                if r.random() < 0.15:
                    continue
                out["rosters"].append(
                    _roster(
                        r, p, business, weekday, r.choice(["08:00", "09:00"]), "12:00", manual=True
                    )
                )
                out["rosters"].append(
                    _roster(
                        r,
                        p,
                        business,
                        weekday,
                        "13:00",
                        r.choice(["17:00", "18:00"]),
                        manual=r.random() < 0.9,
                    )
                )
            if r.random() < 0.25:
                out["rosters"].append(_roster(r, p, business, 5, "09:00", "12:00", manual=True))
        if p % 3 == 0:
            day = WEEK + dt.timedelta(days=r.randrange(7))
            out["unavailable_blocks"].append(
                {
                    "practitioner_id": p,
                    "business_id": home,
                    "start": f"{day}T13:00:00",
                    "end": f"{day}T15:00:00",
                }
            )
    out["appointments"] = _bookings(r, out["rosters"])
    return out


def _roster(
    r: random.Random, p: int, business: int, weekday: int, start: str, end: str, *, manual: bool
) -> dict[str, Any]:
    return {
        "roster_id": 0,
        "practitioner_id": p,
        "business_id": business,
        "weekday": weekday,
        "start": start,
        "end": end,
        "manual": manual,
        "online": r.random() < 0.6,
        "waiting_list": r.random() < 0.3,
    }


def _bookings(r: random.Random, rosters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill about two thirds of each rostered window, for the searched week and two either side."""
    out: list[dict[str, Any]] = []
    for offset in range(-14, 21):
        day = WEEK + dt.timedelta(days=offset)
        for ro in rosters:
            if ro["weekday"] != day.weekday():
                continue
            t = _minutes(ro["start"])
            end = _minutes(ro["end"])
            while t < end:
                duration = r.choice([30, 30, 45, 60])
                if t + duration <= end and r.random() < 0.66:
                    out.append(
                        {
                            "appointment_id": len(out) + 1,
                            "practitioner_id": ro["practitioner_id"],
                            "business_id": ro["business_id"],
                            "app_time": f"{day}T{t // 60:02d}:{t % 60:02d}:00",
                            "duration": duration,
                            "cancelled": r.random() < 0.05,
                            "resource_ids": [],
                        }
                    )
                    t += duration
                else:
                    t += 15
    out.sort(key=lambda a: a["app_time"])
    return out


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def _interleaved(
    work: dict[Any, Callable[[], object]], runs: int, warmup: int = 3
) -> dict[Any, list[float]]:
    """Time each job `runs` times, round-robin, so a busy spell of the machine hits all alike."""
    for job in work.values():
        for _ in range(warmup):
            job()
    times: dict[Any, list[float]] = {key: [] for key in work}
    for _ in range(runs):
        for key, job in work.items():
            started = time.perf_counter()
            job()
            times[key].append((time.perf_counter() - started) * 1000)
    return times


def _repeat(job: Callable[[], object], times: int) -> Callable[[], None]:
    def repeated() -> None:
        for _ in range(times):
            job()

    return repeated


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[18] if len(times) >= 2 else times[0]


def run(*, quick: bool) -> Section:
    from pracsuite_mock import availability as engine

    section = Section("availability", "Availability engine scaling")
    runs = 10 if quick else 30
    table = Table(
        [
            "practitioners",
            "practitioner_businesses",
            "appointments",
            "times found",
            "search p50 ms",
            "search p95 ms",
            "build+search p50 ms",
            "build+search p95 ms",
        ]
    )
    query = engine.AvailabilityQuery(
        from_date=WEEK, to_date=WEEK + dt.timedelta(days=6), appointment_type_id=1
    )
    jobs: dict[tuple[str, int], Callable[[], object]] = {}
    sizes: dict[int, tuple[int, int, int]] = {}
    for size in SIZES:
        records = build_records(size)
        data = engine.AvailabilityData(**records)

        def search(data: engine.AvailabilityData = data) -> object:
            return engine.search(data, query)

        def build_and_search(records: Records = records) -> object:
            windowed = engine.AvailabilityData(**records, window=(query.from_date, query.to_date))
            return engine.search(windowed, query)

        jobs["search", size] = search
        jobs["build", size] = build_and_search
        sizes[size] = (
            len(records["practitioner_businesses"]),
            len(records["appointments"]),
            len(engine.search(data, query)),
        )
    times = _interleaved(jobs, runs)
    p50s = {size: statistics.median(times["search", size]) for size in SIZES}
    build_p50s = {size: statistics.median(times["build", size]) for size in SIZES}
    for size in SIZES:
        table.add(
            size,
            *sizes[size],
            fmt(p50s[size], 2),
            fmt(_p95(times["search", size]), 2),
            fmt(build_p50s[size], 2),
            fmt(_p95(times["build", size]), 2),
        )
    section.tables.append(table)

    lo, hi = SIZES[0], SIZES[-1]
    growth = p50s[hi] / p50s[lo]
    build_growth = build_p50s[hi] / build_p50s[lo]
    section.notes.append(
        f"Growth {lo}→{hi} practitioners ({hi // lo}× the practitioners): search p50 ×"
        f"{growth:.1f}, build+search p50 ×{build_growth:.1f}; ×{hi // lo} would be linear."
    )
    section.notes.append(
        f"{runs} timed runs of each job, interleaved round-robin across sizes, after 3 warm-up "
        "runs; 7-day window, appointment type offered by every profession, no filters."
    )
    section.targets.append(
        Target(
            "7-day search p50 at 50 practitioners",
            f"< {TARGET_MS:.0f} ms",
            f"{p50s[50]:.2f} ms",
            p50s[50] < TARGET_MS,
        )
    )
    section.targets.append(
        Target(
            "build+search p50 at 50 practitioners (no index reuse)",
            f"< {TARGET_MS:.0f} ms (same bar)",
            f"{build_p50s[50]:.2f} ms",
            build_p50s[50] < TARGET_MS,
        )
    )
    handler = ROOT / "pracsuite_mock" / "handlers" / "availability.py"
    if handler.exists() and "window=" in handler.read_text():
        section.notes.append(
            "The mock's handler (`pracsuite_mock/handlers/availability.py`) builds "
            "`AvailabilityData` per request, so an HTTP search costs the build+search column "
            "(and more: it also copies the tenant's appointments first)."
        )
    for key, p50 in ((("search", 50), p50s[50]), (("build", 50), build_p50s[50])):
        if p50 >= TARGET_MS:
            lines = profile(f"availability-{key[0]}-50", _repeat(jobs[key], 30))
            section.notes += [
                f"Bottleneck ({key[0]}, 50 practitioners, pyinstrument): " + line for line in lines
            ]
    return section
