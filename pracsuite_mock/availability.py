"""Availability engine: which appointment times are free, computed from rosters and bookings.

Pure and synchronous: no HTTP, no store. The store builds an `AvailabilityData` view from its
records (one tenant's records; `tenant_id` is ignored here), the HTTP layer turns query
parameters into an `AvailabilityQuery`, and `search` / `next_available` answer lists of
`AvailableTime` (the AvailableAppointment schema). Pagination happens in the HTTP layer.

Decisions (the reference leaves them open unless marked CONFIRMED):

Window (CONFIRMED: at most 7 days). `from_date`..`to_date`, both inclusive, `to_date >= from_date`;
every returned time starts within [from_date 00:00, to_date 23:59:59]. How long a window may be is
the spec's `x-date-window`, checked once, by the HTTP layer (`validation.py`) against the spec the
mock was started on: the engine answers a window of any length.

Times are naive local wall-clock times of the tenant (`YYYY-MM-DDTHH:MM:SS`, no offset); the
engine never converts zones, so across a DST change a slot is measured in wall-clock minutes.
The engine has no notion of "now": callers that want only future times narrow `from_date`.

Roster flags: see `required_roster_flags`, the single place that decides. A time qualifies when
its roster carries EVERY query flag that is set true; flags set false are ignored; when no flag
is true (none given, or all false) only `manual` times are returned (CONFIRMED default).

Slots. For each practitioner_business and day, the roster windows (start..end on that weekday)
that carry the required flags are merged when they overlap or touch. Candidate start times lie on
a grid of `SLOT_STEP_MINUTES` (15) anchored at each merged window's start. A slot of the chosen
duration is returned when it fits entirely inside the merged window and overlaps no busy time
(intervals are half-open: an appointment ending at 10:00 does not block a slot at 10:00).

Busy time. A practitioner is busy during each of their appointments that is not cancelled, at
every business (they cannot be in two places). An unavailable block makes the practitioner busy
at its business only (at every business when its `business_id` is None). Callers pass
reservations, notes and rule outs that occupy the book as appointments or blocks.

Durations: see `choose_duration_rule`. A rule matches when each of its four dimensions
(practitioner, profession, business, fee category) is None or equals the candidate's; the most
specific matching rule wins, by score practitioner 8 + profession 4 + business 2 + fee category
1 (so precedence is practitioner > profession > business > fee category, compared
lexicographically), ties broken by the lowest `duration_rule_id`. A practitioner_business with no
matching rule offers no times (seed a catch-all rule per appointment type). The fee category is
that of the account `account_id` (which must belong to `client_id`); without `account_id` it is
None and only rules with `fee_category_id` None match.

Who is offered. Only practitioners linked to a business by a practitioner_business record, and,
when the appointment type has a `profession_id`, only practitioners of that profession.

Filters (CONFIRMED: combined with AND). `business_ids`, `practitioner_ids` and `profession_ids`
each keep a time whose business / practitioner / practitioner's profession is in the list (any
of). `resource_ids` keeps a time only when EVERY listed resource belongs to the time's business
and is free for the whole slot. An empty tuple means "not given". A time is returned only when it
passes every given filter.

Resources. A resource belongs to one business and is busy during every non-cancelled appointment
listing it in `resource_ids`. An appointment type's required resources (`resource_ids` on the
type) that belong to the slot's business must be free for the slot; those of other businesses
are ignored. A returned time's `resource_ids` is the sorted union of the type's required resources
at its business and the query's `resource_ids`: what a booking of that time would use.

Output. Ordered by (`app_time`, `practitioner_business_id`). `column_number` is the record's
`column_number` when present, else the 1-based rank of the practitioner_business_id among its
business's links; `width` is 1; `practitioner_name` is "first_name surname"; `item_id`,
`item_group_id`, `hourly_billing`, `ndis_claim_type`, `ndis_cancellation_reason` come from the
appointment type (absent: None, except `hourly_billing` False).

Next available: `next_available` answers, for each practitioner_business that has any time in the
window, its earliest time; same order, so the first item is the earliest overall.

Preconditions that fail raise `InvalidAvailabilityQuery` (with the offending `field`); records
that cannot be read raise `InvalidAvailabilityData`. Both are ValueErrors.

Performance: build `AvailabilityData` once and keep it current with `write` (the mock's handler
applies every write in place; each drops or recomputes only the days and candidates it touches,
see `AvailabilityData.write`). Building files
bookings by start day without parsing them (or, given a `BookingSource`, files nothing: a day's
bookings are asked for when a search first reads it); the first search of a day parses that
day's bookings and merges its busy time per practitioner and per resource, once per index
(`busy_on`, which reads of the day before only the tail the longest booking can reach from). Blocks are indexed per
(practitioner, business) and day, and each roster week's windows are merged once per set of
required flags, so a search costs O(slots + busy intervals in the window). `find` answers the
times as sorted keys, memoised per day on the index (a day already searched with the same
candidates and flags is only joined), and renders an item only when asked (`Found.render`), so
a caller showing one page renders only that page.
Passing only the appointments and blocks from `from_date - 1 day` onwards is enough for a search
(a duration is at most 1440 minutes).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal, Protocol, TypedDict

import orjson

__all__ = [
    "SLOT_STEP_MINUTES",
    "AccountRecord",
    "AppointmentRecord",
    "AppointmentTypeRecord",
    "AvailabilityData",
    "AvailabilityError",
    "AvailabilityQuery",
    "AvailableTime",
    "BookingSource",
    "DurationRuleRecord",
    "Found",
    "InvalidAvailabilityData",
    "InvalidAvailabilityQuery",
    "PractitionerBusinessRecord",
    "PractitionerRecord",
    "ResourceRecord",
    "RosterFlag",
    "RosterRecord",
    "UnavailableBlockRecord",
    "choose_duration_rule",
    "find",
    "find_next",
    "next_available",
    "required_roster_flags",
    "rule_specificity",
    "search",
]

SLOT_STEP_MINUTES = 15
CANDIDATES_MEMO_SIZE = 256  # candidate lists kept per AvailabilityData (cleared when full)
DAY_KEYS_MEMO_SIZE = 4096  # days of answers kept per AvailabilityData (cleared when full)
DAY = 1440  # minutes

RosterFlag = Literal["manual", "online", "waiting_list"]
_FLAGS: tuple[RosterFlag, ...] = ("manual", "online", "waiting_list")


class AvailabilityError(Exception):
    """Base of the engine's errors."""


class InvalidAvailabilityQuery(AvailabilityError, ValueError):
    """A query precondition failed; `field` names the query parameter at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class InvalidAvailabilityData(AvailabilityError, ValueError):
    """A store record lacks a field or holds a value the engine cannot read."""


# --- Records the engine reads (the store's dicts; extra keys such as tenant_id are ignored) ---


class RosterRecord(TypedDict):
    roster_id: int
    practitioner_id: int
    business_id: int
    weekday: int  # 0 = Monday .. 6 = Sunday
    start: str  # "HH:MM" local
    end: str  # "HH:MM" local, after start; "24:00" allowed
    manual: bool
    online: bool
    waiting_list: bool


class DurationRuleRecord(TypedDict):
    duration_rule_id: int
    appointment_type_id: int
    business_id: int | None
    profession_id: int | None
    practitioner_id: int | None
    fee_category_id: int | None
    duration: int  # minutes, 5..1440, multiple of 5


class UnavailableBlockRecord(TypedDict):
    practitioner_id: int
    business_id: int | None  # None: at every business
    start: str  # local "YYYY-MM-DDTHH:MM:SS"
    end: str


class _AppointmentRequired(TypedDict):
    appointment_id: int
    practitioner_id: int
    business_id: int
    app_time: str  # local "YYYY-MM-DDTHH:MM:SS"
    duration: int


class AppointmentRecord(_AppointmentRequired, total=False):
    cancelled: bool  # absent: False
    resource_ids: list[int]  # resources the appointment uses


class _PractitionerBusinessRequired(TypedDict):
    practitioner_business_id: int
    practitioner_id: int
    business_id: int


class PractitionerBusinessRecord(_PractitionerBusinessRequired, total=False):
    column_number: int


class PractitionerRecord(TypedDict):
    practitioner_id: int
    profession_id: int
    first_name: str
    surname: str


class _AppointmentTypeRequired(TypedDict):
    appointment_type_id: int
    profession_id: int | None  # None: any practitioner may offer it
    item_id: int | None


class AppointmentTypeRecord(_AppointmentTypeRequired, total=False):
    item_group_id: int | None
    hourly_billing: bool
    ndis_claim_type: str | None
    ndis_cancellation_reason: str | None
    resource_ids: list[int]  # resources the type requires


class ResourceRecord(TypedDict):
    resource_id: int
    business_id: int


class AccountRecord(TypedDict):
    account_id: int
    client_id: int
    fee_category_id: int | None


class AvailableTime(TypedDict):
    """One item of `available_times` (the AvailableAppointment schema)."""

    app_time: str
    column_number: int
    item_id: int | None
    item_group_id: int | None
    hourly_billing: bool
    ndis_claim_type: str | None
    ndis_cancellation_reason: str | None
    appointment_type_id: int
    practitioner_business_id: int
    practitioner_id: int
    business_id: int
    profession_id: int
    width: int
    duration: int
    resource_ids: list[int]
    practitioner_name: str


@dataclass(frozen=True, slots=True)
class AvailabilityQuery:
    """The parameters of a search; an empty id tuple means the filter was not given."""

    from_date: date
    to_date: date
    appointment_type_id: int
    client_id: int | None = None
    account_id: int | None = None
    business_ids: tuple[int, ...] = ()
    practitioner_ids: tuple[int, ...] = ()
    profession_ids: tuple[int, ...] = ()
    resource_ids: tuple[int, ...] = ()
    manual: bool | None = None
    online: bool | None = None
    waiting_list: bool | None = None


# --- The two rules kept in one place each, so they can change in one place ---


def required_roster_flags(query: AvailabilityQuery) -> frozenset[RosterFlag]:
    """Flags a roster must ALL carry: those set true; `manual` alone when none is true."""
    chosen: set[RosterFlag] = set()
    if query.manual:
        chosen.add("manual")
    if query.online:
        chosen.add("online")
    if query.waiting_list:
        chosen.add("waiting_list")
    return frozenset(chosen or {"manual"})


@dataclass(frozen=True, slots=True)
class DurationRule:
    duration_rule_id: int
    appointment_type_id: int
    business_id: int | None
    profession_id: int | None
    practitioner_id: int | None
    fee_category_id: int | None
    duration: int


def rule_specificity(rule: DurationRule) -> int:
    """Practitioner 8 + profession 4 + business 2 + fee category 1, for each dimension set."""
    return (
        (8 if rule.practitioner_id is not None else 0)
        + (4 if rule.profession_id is not None else 0)
        + (2 if rule.business_id is not None else 0)
        + (1 if rule.fee_category_id is not None else 0)
    )


def choose_duration_rule(
    rules: Iterable[DurationRule],
    *,
    business_id: int,
    profession_id: int,
    practitioner_id: int,
    fee_category_id: int | None,
) -> DurationRule | None:
    """The most specific matching rule (highest `rule_specificity`, then lowest id), or None."""
    best: DurationRule | None = None
    for r in rules:
        if (
            (r.business_id is None or r.business_id == business_id)
            and (r.profession_id is None or r.profession_id == profession_id)
            and (r.practitioner_id is None or r.practitioner_id == practitioner_id)
            and (r.fee_category_id is None or r.fee_category_id == fee_category_id)
        ):
            key = (-rule_specificity(r), r.duration_rule_id)
            if best is None or key < (-rule_specificity(best), best.duration_rule_id):
                best = r
    return best


# --- The indexed view ---


@dataclass(frozen=True, slots=True)
class _Link:
    practitioner_business_id: int
    practitioner_id: int
    business_id: int
    column_number: int


# weekday, start, end (minutes of the day), flags
_Roster = tuple[int, int, int, frozenset[RosterFlag]]
# The flag set of each (manual, online, waiting_list): made once, not once per roster.
_FLAG_SETS: dict[tuple[bool, bool, bool], frozenset[RosterFlag]] = {
    (m, o, w): frozenset(f for f, on in zip(_FLAGS, (m, o, w), strict=True) if on)
    for m in (False, True)
    for o in (False, True)
    for w in (False, True)
}


Interval = tuple[int, int]  # absolute minutes [start, end) from date.min's ordinal
_BusyIndex = dict[Any, dict[int, list[Interval]]]  # key -> day ordinal -> intervals


def _field(record: Mapping[str, Any], key: str, kind: str) -> Any:
    try:
        return record[key]
    except KeyError:
        raise InvalidAvailabilityData(f"{kind} record lacks {key!r}: {dict(record)!r}") from None


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


@lru_cache(maxsize=4096)  # rosters repeat a few clock times
def _minute_of_day(text: str) -> int:
    hours, minutes = text.split(":")[:2]
    value = int(hours) * 60 + int(minutes)
    if not 0 <= value <= DAY:
        raise InvalidAvailabilityData(f"time of day out of range: {text!r}")
    return value


def _absolute_minute(text: str, *, round_up: bool = False) -> int:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        raise InvalidAvailabilityData(f"expected a local time without offset: {text!r}")
    minute = moment.toordinal() * DAY + moment.hour * 60 + moment.minute
    if round_up and (moment.second or moment.microsecond):
        minute += 1
    return minute


@lru_cache(maxsize=1 << 16)
def _start_minute(app_time: str) -> int:
    """`_absolute_minute` of a booking's start; bookings share start times, and every rebuild
    after a write reads the same ones again."""
    return _absolute_minute(app_time)


def _shift(day: date, days: int) -> date:
    """`day` moved by `days`, kept on the calendar (year 1 to 9999): the window's edges."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


@dataclass(frozen=True, slots=True)
class _DayBusy:
    practitioner: dict[int, list[Interval]]
    resource: dict[int, list[Interval]]


_NO_BUSY = _DayBusy({}, {})
_LAST_DAY = date.max.toordinal()
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


@lru_cache(maxsize=1 << 16)
def _iso_day(prefix: str) -> int | None:
    """The ordinal of a `YYYY-MM-DD` date, or None for anything else (the caller parses it)."""
    if not _ISO_DATE.fullmatch(prefix):
        return None
    try:
        return date.fromisoformat(prefix).toordinal()
    except ValueError:
        return None


def _add_sorted(into: dict[int, list[Interval]], key: int, start: int, end: int) -> None:
    """Add [start, end) to `into[key]`, merged busy time, given no earlier start than its last."""
    busy = into.get(key)
    if busy is None:
        into[key] = [(start, end)]
    elif start > busy[-1][1]:
        busy.append((start, end))
    elif end > busy[-1][1]:
        busy[-1] = (busy[-1][0], end)


def _add_busy(index: _BusyIndex, key: Any, start: int, end: int) -> None:
    """File [start, end) under every day it touches."""
    for day in range(start // DAY, (end - 1) // DAY + 1):
        index[key].setdefault(day, []).append((start, end))


def _link_row(pb: Mapping[str, Any]) -> tuple[int, tuple[int, int, int | None]]:
    return int(_field(pb, "practitioner_business_id", "practitioner_business")), (
        int(_field(pb, "practitioner_id", "practitioner_business")),
        int(_field(pb, "business_id", "practitioner_business")),
        _opt_int(pb.get("column_number")),
    )


def _compile_roster(r: Mapping[str, Any]) -> tuple[tuple[int, int], _Roster]:
    """A roster's (practitioner_id, business_id) and its window as the index keeps it."""
    try:
        weekday = int(r["weekday"])
        start = _minute_of_day(r["start"])
        end = _minute_of_day(r["end"])
        key = (int(r["practitioner_id"]), int(r["business_id"]))
    except KeyError as missing:
        raise InvalidAvailabilityData(
            f"roster record lacks {missing.args[0]!r}: {dict(r)!r}"
        ) from None
    if not 0 <= weekday <= 6 or start >= end:
        raise InvalidAvailabilityData(f"roster has a bad weekday or window: {dict(r)!r}")
    flags = _FLAG_SETS[bool(r.get("manual")), bool(r.get("online")), bool(r.get("waiting_list"))]
    return key, (weekday, start, end, flags)


def _compile_rule(d: Mapping[str, Any]) -> DurationRule:
    rule = DurationRule(
        duration_rule_id=int(_field(d, "duration_rule_id", "duration_rule")),
        appointment_type_id=int(_field(d, "appointment_type_id", "duration_rule")),
        business_id=_opt_int(d.get("business_id")),
        profession_id=_opt_int(d.get("profession_id")),
        practitioner_id=_opt_int(d.get("practitioner_id")),
        fee_category_id=_opt_int(d.get("fee_category_id")),
        duration=int(_field(d, "duration", "duration_rule")),
    )
    if not (5 <= rule.duration <= DAY and rule.duration % 5 == 0):
        raise InvalidAvailabilityData(f"duration must be 5..1440, by 5: {rule!r}")
    return rule


def _block(
    b: Mapping[str, Any], first: str, last: str
) -> tuple[tuple[int, int | None], int, int] | None:
    """An unavailable block's (practitioner_id, business_id|None) key and busy interval, or
    None when it books no time or lies outside [first, last)."""
    if (
        _field(b, "end", "unavailable_block") < first
        or _field(b, "start", "unavailable_block") >= last
    ):
        return None
    start = _absolute_minute(_field(b, "start", "unavailable_block"))
    end = _absolute_minute(_field(b, "end", "unavailable_block"), round_up=True)
    if end <= start:
        return None
    key = (
        int(_field(b, "practitioner_id", "unavailable_block")),
        _opt_int(b.get("business_id")),
    )
    return key, start, end


class BookingSource(Protocol):
    """Where a lazily filed index finds its bookings (the mock's store, through its sorted
    index of app_time): only the days a search reads are ever read."""

    def starting(self, first: str, last: str) -> Iterable[Mapping[str, Any]]:
        """The bookings whose `app_time` text lies in [first, last) (string order)."""
        ...

    def longest(self) -> int:
        """The longest booking's duration in minutes (0 when there is none)."""
        ...


class AvailabilityData:
    """One tenant's records, indexed for searching. Immutable once built (it memoises merged
    roster windows as searches ask for them; safe to share between threads).

    Either build it once per store revision and reuse it, or build it per request with
    `window=(from_date, to_date)`: appointments and blocks that cannot touch that window are then
    skipped by a string comparison before any parsing, and a search outside it is refused.
    An appointment whose `free_when` field is true (default `cancelled`) books no time.

    With `bookings` (a `BookingSource`) instead of `appointments`, a day's bookings are asked
    for when a search first reads that day: those whose app_time text starts with the day's
    date (every stored app_time is a local-date-time, `YYYY-MM-DDTHH:MM:SS`), so a build never
    passes over the whole book.
    """

    def __init__(
        self,
        *,
        practitioners: Iterable[Mapping[str, Any]],
        practitioner_businesses: Iterable[Mapping[str, Any]],
        appointment_types: Iterable[Mapping[str, Any]],
        rosters: Iterable[Mapping[str, Any]],
        duration_rules: Iterable[Mapping[str, Any]],
        appointments: Iterable[Mapping[str, Any]] = (),
        unavailable_blocks: Iterable[Mapping[str, Any]] = (),
        resources: Iterable[Mapping[str, Any]] = (),
        accounts: Iterable[Mapping[str, Any]] = (),
        window: tuple[date, date] | None = None,
        free_when: str = "cancelled",
        bookings: BookingSource | None = None,
    ) -> None:
        self.window = window
        # Local ISO strings sort as times do; a booking starts at most a day before it ends.
        first, last = (
            (
                _shift(window[0], -1).isoformat(),
                _shift(window[1], 1).isoformat(),
            )
            if window
            else ("", "~")
        )
        self.practitioners: dict[int, Mapping[str, Any]] = {
            int(_field(p, "practitioner_id", "practitioner")): p for p in practitioners
        }
        self.appointment_types: dict[int, Mapping[str, Any]] = {
            int(_field(t, "appointment_type_id", "appointment_type")): t for t in appointment_types
        }
        self.resource_business: dict[int, int] = {
            int(_field(r, "resource_id", "resource")): int(_field(r, "business_id", "resource"))
            for r in resources
        }
        self.accounts: dict[int, tuple[int, int | None]] = {
            int(_field(a, "account_id", "account")): (
                int(_field(a, "client_id", "account")),
                _opt_int(a.get("fee_category_id")),
            )
            for a in accounts
        }

        # practitioner_business_id -> (practitioner_id, business_id, column_number or None)
        self._link_rows: dict[int, tuple[int, int, int | None]] = dict(
            map(_link_row, practitioner_businesses)
        )
        self.links: list[_Link] = []
        self._relink()

        self.rosters: dict[tuple[int, int], list[_Roster]] = defaultdict(list)
        for r in rosters:
            key, roster = _compile_roster(r)
            self.rosters[key].append(roster)

        self.duration_rules: dict[int, list[DurationRule]] = defaultdict(list)
        for d in duration_rules:
            rule = _compile_rule(d)
            self.duration_rules[rule.appointment_type_id].append(rule)

        # Bookings are filed by start day (from the source, as a day is first read; else all
        # here) and parsed only when a search asks for a day (`busy_on`).
        self._booked: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
        self._source = bookings
        self._reach = 1  # how many days after its start day a booking may still be running
        self._longest = 0  # minutes: no filed booking is longer (`busy_on` reads days' tails)
        self._busy_days: dict[int, _DayBusy] = {}
        self._parsed_days: dict[int, list[tuple[int, int, int, tuple[int, ...]]]] = {}
        self._free_when = free_when
        if bookings is not None:
            self._longest = bookings.longest()
            if self._longest > DAY:
                self._reach = (self._longest + DAY - 2) // DAY
        else:
            self._file_all(appointments, first, last)
        # Unavailable blocks: per (practitioner, business|None), per day ordinal.
        # Each block as filed (`_blocks_raw`) and each day's blocks merged once (`busy_block`),
        # not on every search that reads them.
        self._blocks_raw: _BusyIndex = defaultdict(dict)
        self.busy_block: _BusyIndex = defaultdict(dict)
        self._block_edges = first, last
        for b in unavailable_blocks:
            found = _block(b, first, last)
            if found is not None:
                _add_busy(self._blocks_raw, *found)
        for block_key, by_day in self._blocks_raw.items():
            for day, intervals in by_day.items():
                self.busy_block[block_key][day] = _merge(intervals)
        self._windows: dict[tuple[int, int, frozenset[RosterFlag]], list[list[Interval]]] = {}
        self.candidates_memo: dict[tuple[Any, ...], list[_Candidate]] = {}
        # One day's answer keys per (candidates key, flags, day ordinal): see `find`.
        self.day_keys_memo: dict[tuple[Any, ...], list[int]] = {}

    def _file_all(self, appointments: Iterable[Mapping[str, Any]], first: str, last: str) -> None:
        """File every booking that starts in [first, last) under its start day: one pass, by
        date text only (the freed and the empty ones are dropped when their day is parsed),
        fields read directly, a missing one caught once."""
        by_date: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        longest, a = 0, None
        try:
            for a in appointments:
                app_time = a["app_time"]
                if first <= app_time < last:
                    by_date[app_time[:10]].append(a)
                    duration = int(a["duration"])
                    if duration > longest:
                        longest = duration
        except KeyError as missing:
            raise InvalidAvailabilityData(
                f"appointment record lacks {missing.args[0]!r}: {dict(a or {})!r}"
            ) from None
        self._longest = longest
        if longest > DAY:
            self._reach = (longest + DAY - 2) // DAY
        booked = self._booked
        for text, filed in by_date.items():
            day = _iso_day(text)
            if day is not None:
                booked[day].extend(filed)
            else:  # not a plain YYYY-MM-DD: each booking's own time says its day
                for a in filed:
                    booked[_absolute_minute(a["app_time"]) // DAY].append(a)

    def _bookings_of(self, day: int) -> list[Mapping[str, Any]]:
        """The bookings filed under `day` (asked of the source the first time)."""
        filed = self._booked.get(day)
        if filed is not None:
            return filed
        if self._source is None or not 1 <= day <= _LAST_DAY:  # the calendar's edges
            return []
        text = date.fromordinal(day).isoformat()
        after = date.fromordinal(day + 1).isoformat() if day < _LAST_DAY else text + "\U0010ffff"
        found = self._source.starting(text, after)
        filed = self._booked[day] = list(found)
        return filed

    def _relink(self) -> None:
        """`links` from `_link_rows`: by practitioner_business_id, each without a
        column_number ranked among its business's links."""
        rank: dict[int, int] = defaultdict(int)
        self.links = []
        for pb_id, (practitioner_id, business_id, column) in sorted(self._link_rows.items()):
            rank[business_id] += 1
            column_number = rank[business_id] if column is None else column
            self.links.append(_Link(pb_id, practitioner_id, business_id, column_number))

    def write(self, collection: str, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> bool:
        """Apply one stored write to the index in place, dropping or recomputing only what it
        touches: a booking moves between its days (those days' busy time and answers), a roster
        or a block changes one practitioner's times (on every day, or on the block's days), and
        a practitioner, link, type, rule or resource renews the candidate lists, keeping each
        memoised day's answers for the candidates whose slots it leaves alone; an account is
        replaced. False when the write cannot be applied (a record the index cannot read, a
        windowed index); the index is then stale, not to be used: rebuild it."""
        if collection == "account":
            try:
                self.accounts[int(new["account_id"])] = (
                    int(new["client_id"]),
                    _opt_int(new.get("fee_category_id")),
                )
            except (KeyError, TypeError, ValueError):
                return False
            return True
        if self.window is not None:
            return False
        try:
            if collection == "appointment":
                return self._write_booking(old, new)
            if collection == "roster":
                return self._write_roster(old, new)
            if collection == "unavailable_block":
                return self._write_block(old, new)
            if collection == "practitioner":
                self._replace(self.practitioners, "practitioner_id", old, new)
            elif collection == "appointment_type":
                self._replace(self.appointment_types, "appointment_type_id", old, new)
            elif collection == "resource":
                if old is not None:
                    self.resource_business.pop(int(old["resource_id"]), None)
                self.resource_business[int(new["resource_id"])] = int(new["business_id"])
            elif collection == "practitioner_business":
                if old is not None:
                    self._link_rows.pop(_link_row(old)[0], None)
                pb_id, row = _link_row(new)
                self._link_rows[pb_id] = row
                self._relink()
            elif collection == "duration_rule":
                if old is not None:
                    gone = int(old["duration_rule_id"])
                    rules = self.duration_rules.get(int(old["appointment_type_id"]), [])
                    rules[:] = [r for r in rules if r.duration_rule_id != gone]
                rule = _compile_rule(new)
                self.duration_rules[rule.appointment_type_id].append(rule)
            else:
                return False
        except (KeyError, TypeError, ValueError):  # InvalidAvailabilityData is a ValueError
            return False
        self._renew_candidates()
        return True

    @staticmethod
    def _replace(
        into: dict[int, Mapping[str, Any]],
        id_field: str,
        old: Mapping[str, Any] | None,
        new: Mapping[str, Any],
    ) -> None:
        if old is not None:
            into.pop(int(old[id_field]), None)
        into[int(_field(new, id_field, id_field))] = new

    def _renew_candidates(self) -> None:
        """Make each memoised candidate list again. One that lists the same links in the same
        order keeps its memoised days (its keys still name the same candidates; a column number
        or a name is only rendered), renewed only for the candidates whose duration or resources
        changed; any other is dropped with its days."""
        for memo_key, was in list(self.candidates_memo.items()):
            type_id, fee_category_id, businesses, practitioners, professions, resources = memo_key
            now: list[_Candidate] | None = None
            if type_id in self.appointment_types:
                query = AvailabilityQuery(
                    from_date=date.min,
                    to_date=date.min,
                    appointment_type_id=type_id,
                    business_ids=businesses,
                    practitioner_ids=practitioners,
                    profession_ids=professions,
                    resource_ids=resources,
                )
                now = _find_candidates(self, query, fee_category_id)
            if now is None or list(map(_slot_owner, now)) != list(map(_slot_owner, was)):
                del self.candidates_memo[memo_key]
                for day_key in [k for k in self.day_keys_memo if k[0] == memo_key]:
                    del self.day_keys_memo[day_key]
                continue
            changed = {
                n
                for n, (a, b) in enumerate(zip(was, now, strict=True))
                if (a.duration, a.resource_ids) != (b.duration, b.resource_ids)
            }
            was[:] = now  # the same list: a Found holding it renders the new templates
            if changed:
                self._redo_keys(_key_is(memo_key), _index_in(changed))

    def _write_roster(self, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> bool:
        """A roster's window moves: its practitioner's times on every memoised day."""
        touched: set[tuple[int, int]] = set()
        if old is not None:
            key, roster = _compile_roster(old)
            try:
                self.rosters[key].remove(roster)
            except ValueError:  # not as the index filed it
                return False
            touched.add(key)
        key, roster = _compile_roster(new)
        self.rosters[key].append(roster)
        touched.add(key)
        for window_key in [k for k in self._windows if k[:2] in touched]:
            del self._windows[window_key]
        who = {p for p, _ in touched}
        self._redo_keys(lambda *_: True, lambda _, c: c.link.practitioner_id in who)
        return True

    def _write_block(self, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> bool:
        """A block moves: its practitioner's times on the days it covered and covers."""
        first, last = self._block_edges
        touched: set[tuple[tuple[int, int | None], int]] = set()
        for version, sign in ((old, -1), (new, 1)):
            found = _block(version, first, last) if version is not None else None
            if found is None:
                continue
            block_key, start, end = found
            by_day = self._blocks_raw[block_key]
            for day in range(start // DAY, (end - 1) // DAY + 1):
                if sign > 0:
                    by_day.setdefault(day, []).append((start, end))
                else:
                    try:
                        by_day.get(day, []).remove((start, end))
                    except ValueError:  # not as the index filed it
                        return False
                touched.add((block_key, day))
        for block_key, day in touched:
            intervals = self._blocks_raw[block_key].get(day)
            if intervals:
                self.busy_block[block_key][day] = _merge(intervals)
            else:
                self._blocks_raw[block_key].pop(day, None)
                self.busy_block[block_key].pop(day, None)
        who = {block_key[0] for block_key, _ in touched}
        days = {day for _, day in touched}
        self._redo_keys(
            lambda key, ordinal: ordinal in days, lambda _, c: c.link.practitioner_id in who
        )
        return True

    def _write_booking(self, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> bool:
        touched: list[int] = []
        # A day not yet asked of the source has nothing filed: the source (which holds the
        # write already) answers it as it is now when it is first read.
        lazy = self._source is not None
        if old is not None:
            day = self._filed_day(old)
            filed = self._booked.get(day) if day is not None else None
            at = next((i for i, a in enumerate(filed or ()) if a is old), None)
            if day is None or ((filed is None or at is None) and not (lazy and filed is None)):
                return False
            if filed is not None and at is not None:
                del filed[at]
            touched.append(day)
        day = self._filed_day(new)
        try:
            duration = int(new["duration"])
        except (KeyError, TypeError, ValueError):
            return False
        if day is None or (duration > DAY and (duration + DAY - 2) // DAY > self._reach):
            return False
        self._longest = max(self._longest, duration)
        if lazy and _iso_day(new["app_time"][:10]) != day:
            return False  # the source files by date text: one it cannot find is not filed here
        if not lazy or day in self._booked:
            self._booked[day].append(new)
        touched.append(day)
        # Only the practitioners and resources of the two versions can have changed busy time.
        who: set[int] = set()
        what: set[int] = set()
        for version, filed_on in ((old, touched[0]), (new, touched[-1])):
            if version is None:
                continue
            parsed = self._parsed_days.get(filed_on)
            entry = self._parse_one(version)
            if entry is not None and parsed is not None:
                if version is old:
                    try:
                        parsed.remove(entry)
                    except ValueError:  # the record changed in place: parse the day again
                        self._parsed_days.pop(filed_on, None)
                else:
                    bisect.insort(parsed, entry)
            try:
                who.add(int(version["practitioner_id"]))
                what.update(int(r) for r in version.get("resource_ids") or ())
            except (KeyError, TypeError, ValueError):
                return False
        days = {d for t in touched for d in range(t, t + self._reach + 1)}
        for ordinal in days:
            busy = self._busy_days.get(ordinal)
            if busy is not None:
                self._rebusy(ordinal, busy, who, what)
        self._redo_keys(
            lambda key, ordinal: ordinal in days,
            lambda _, c: c.link.practitioner_id in who or not what.isdisjoint(c.resource_ids),
        )
        return True

    def _parse_one(
        self, booking: Mapping[str, Any]
    ) -> tuple[int, int, int, tuple[int, ...]] | None:
        """A booking as `_parsed` lists it, or None if it books no time."""
        duration = int(booking["duration"])
        if duration <= 0 or booking.get(self._free_when):
            return None
        start = _start_minute(booking["app_time"])
        resource_ids = booking.get("resource_ids")
        return (
            start,
            start + duration,
            int(booking["practitioner_id"]),
            tuple(map(int, resource_ids)) if resource_ids else (),
        )

    def _rebusy(self, ordinal: int, busy: _DayBusy, who: set[int], what: set[int]) -> None:
        """Recompute a memoised day's busy time of these practitioners and resources only."""
        practitioner: dict[int, list[Interval]] = {p: [] for p in who}
        resource: dict[int, list[Interval]] = {r: [] for r in what}
        low, high = ordinal * DAY, (ordinal + 1) * DAY
        for day in range(ordinal - self._reach, ordinal + 1):
            for start, end, practitioner_id, resource_ids in self._parsed(day):
                if end <= low or start >= high:
                    continue
                if practitioner_id in practitioner:
                    practitioner[practitioner_id].append((start, end))
                for resource_id in resource_ids:
                    if resource_id in resource:
                        resource[resource_id].append((start, end))
        for into, fresh in ((busy.practitioner, practitioner), (busy.resource, resource)):
            for key, intervals in fresh.items():
                if intervals:
                    into[key] = _merge_sorted(intervals)
                else:
                    into.pop(key, None)

    def _redo_keys(
        self,
        days: Callable[[tuple[Any, ...], int], bool],
        redo: Callable[[int, _Candidate], bool],
    ) -> None:
        """In each memoised day answer whose (candidates key, ordinal) `days` selects, recompute
        the keys of the candidates `redo` selects (by index and candidate); the others' keys
        stay (a key is `offset + minute × width + n`, and the offset is a multiple of width, so
        `key % width` is its candidate)."""
        for memo_key in [k for k in self.day_keys_memo if days(k[0], k[2])]:
            candidates = self.candidates_memo.get(memo_key[0])
            keys = self.day_keys_memo.get(memo_key)
            if candidates is None or keys is None:
                self.day_keys_memo.pop(memo_key, None)
                continue
            width = max(1, len(candidates))
            again = [n for n, c in enumerate(candidates) if redo(n, c)]
            if not again:
                continue
            ordinal = memo_key[2]
            gone = set(again)
            kept = [k for k in keys if k % width not in gone]
            day = [(ordinal, date.fromordinal(ordinal).weekday(), self.busy_on(ordinal))]
            offset = ordinal * DAY * width
            for n in again:
                for free in _free_ranges(self, candidates[n], day, memo_key[1]):
                    base = free.start // DAY * DAY
                    kept.extend(
                        range(
                            offset + (free.start - base) * width + n,
                            offset + (free.stop - base) * width + n,
                            free.step * width,
                        )
                    )
            kept.sort()
            self.day_keys_memo[memo_key] = kept

    @staticmethod
    def _filed_day(booking: Mapping[str, Any]) -> int | None:
        """The day ordinal a booking is filed under, as the constructor files it."""
        app_time = booking.get("app_time")
        if not isinstance(app_time, str) or not "" <= app_time < "~":
            return None
        day = _iso_day(app_time[:10])
        if day is not None:
            return day
        try:
            return _absolute_minute(app_time) // DAY
        except (ValueError, InvalidAvailabilityData):
            return None

    def busy_on(self, ordinal: int) -> _DayBusy:
        """The day's merged busy time from bookings, per practitioner and per resource;
        memoised for days that have any (at most one entry per booked day and the next)."""
        found = self._busy_days.get(ordinal)
        if found is not None:
            return found
        days = range(ordinal - self._reach, ordinal + 1)
        if not any(self._bookings_of(d) for d in days):
            return _NO_BUSY
        practitioner: dict[int, list[Interval]] = {}
        resource: dict[int, list[Interval]] = {}
        low, high = ordinal * DAY, (ordinal + 1) * DAY
        for day in days:
            parsed = self._parsed(day)
            if day < ordinal:  # only a tail of an earlier day can run into this one
                parsed = parsed[bisect.bisect_left(parsed, (low - self._longest,)) :]
            for start, end, practitioner_id, resource_ids in parsed:
                if end <= low or start >= high:
                    continue
                # Each day's bookings are sorted by start and the days come in order, so each
                # list is merged as it grows (as `_merge_sorted` merges).
                _add_sorted(practitioner, practitioner_id, start, end)
                for resource_id in resource_ids:
                    _add_sorted(resource, resource_id, start, end)
        found = self._busy_days[ordinal] = _DayBusy(practitioner, resource)
        return found

    def _parsed(self, day: int) -> list[tuple[int, int, int, tuple[int, ...]]]:
        """The bookings starting on `day` as (start, end, practitioner_id, resource_ids),
        parsed once (a booking is read for its own day and the days it runs into)."""
        found = self._parsed_days.get(day)
        if found is None:
            found = []
            a, free_when = None, self._free_when
            try:
                for a in self._bookings_of(day):
                    duration = int(a["duration"])
                    if duration <= 0 or a.get(free_when):
                        continue
                    start = _start_minute(a["app_time"])
                    resource_ids = a.get("resource_ids")
                    found.append(
                        (
                            start,
                            start + duration,
                            int(a["practitioner_id"]),
                            tuple(map(int, resource_ids)) if resource_ids else (),
                        )
                    )
            except KeyError as missing:
                raise InvalidAvailabilityData(
                    f"appointment record lacks {missing.args[0]!r}: {dict(a or {})!r}"
                ) from None
            found.sort()  # by start: `busy_on` then merges without sorting again
            self._parsed_days[day] = found
        return found

    def roster_windows(
        self, practitioner_id: int, business_id: int, flags: frozenset[RosterFlag]
    ) -> list[list[Interval]]:
        """Per weekday (0 = Monday), the merged windows (minutes of the day) of the rosters that
        carry every flag in `flags`; memoised (at most links × 7 flag sets entries)."""
        key = (practitioner_id, business_id, flags)
        found = self._windows.get(key)
        if found is None:
            week: list[list[Interval]] = [[] for _ in range(7)]
            for weekday, start, end, carried in self.rosters.get(
                (practitioner_id, business_id), ()
            ):
                if flags <= carried:
                    week[weekday].append((start, end))
            found = self._windows[key] = [_merge(windows) for windows in week]
        return found


# --- Searching ---

_CLOCK = [f"T{m // 60:02d}:{m % 60:02d}:00" for m in range(DAY)]


@dataclass(frozen=True, slots=True)
class _Candidate:
    link: _Link
    duration: int
    resource_ids: tuple[int, ...]  # resources that must be free (and are reported)
    template: AvailableTime
    encoded_tail: bytes | None  # the template's JSON after `{"app_time":"` (see Found.encode)


def _check_query(data: AvailabilityData, query: AvailabilityQuery) -> int | None:
    """Assert the preconditions; answer the client's fee category."""
    if query.to_date < query.from_date:
        raise InvalidAvailabilityQuery("to", "must not be before from")
    if data.window and not data.window[0] <= query.from_date <= query.to_date <= data.window[1]:
        raise AvailabilityError(f"query window outside the data's window {data.window}")
    if query.appointment_type_id not in data.appointment_types:
        raise InvalidAvailabilityQuery("appointment_type_id", "no such appointment type")
    if query.account_id is None:
        return None
    if query.client_id is None:
        raise InvalidAvailabilityQuery("client_id", "required when account_id is given")
    account = data.accounts.get(query.account_id)
    if account is None or account[0] != query.client_id:
        raise InvalidAvailabilityQuery("account_id", "no such account for this client")
    return account[1]


def _candidates(
    data: AvailabilityData, query: AvailabilityQuery
) -> tuple[tuple[Any, ...], list[_Candidate]]:
    """The practitioner_businesses passing every filter, with their duration and resources, and
    the key they are memoised under on the data (everything but the window: they do not depend
    on it)."""
    fee_category_id = _check_query(data, query)
    key = (
        query.appointment_type_id,
        fee_category_id,
        query.business_ids,
        query.practitioner_ids,
        query.profession_ids,
        query.resource_ids,
    )
    found = data.candidates_memo.get(key)
    if found is None:
        if len(data.candidates_memo) >= CANDIDATES_MEMO_SIZE:
            data.candidates_memo.clear()
        found = data.candidates_memo[key] = _find_candidates(data, query, fee_category_id)
    return key, found


def _find_candidates(
    data: AvailabilityData, query: AvailabilityQuery, fee_category_id: int | None
) -> list[_Candidate]:
    appointment_type = data.appointment_types[query.appointment_type_id]
    type_profession = _opt_int(appointment_type.get("profession_id"))
    type_resources = {int(r) for r in appointment_type.get("resource_ids") or ()}
    rules = data.duration_rules.get(query.appointment_type_id, [])
    businesses, practitioners = set(query.business_ids), set(query.practitioner_ids)
    professions, wanted_resources = set(query.profession_ids), set(query.resource_ids)
    out: list[_Candidate] = []
    for link in data.links:
        practitioner = data.practitioners.get(link.practitioner_id)
        if practitioner is None:
            continue
        profession_id = int(practitioner["profession_id"])
        if (
            (type_profession is not None and profession_id != type_profession)
            or (businesses and link.business_id not in businesses)
            or (practitioners and link.practitioner_id not in practitioners)
            or (professions and profession_id not in professions)
            or any(data.resource_business.get(r) != link.business_id for r in wanted_resources)
        ):
            continue
        rule = choose_duration_rule(
            rules,
            business_id=link.business_id,
            profession_id=profession_id,
            practitioner_id=link.practitioner_id,
            fee_category_id=fee_category_id,
        )
        if rule is None:
            continue
        resource_ids = tuple(
            sorted(
                wanted_resources
                | {r for r in type_resources if data.resource_business.get(r) == link.business_id}
            )
        )
        name = f"{practitioner.get('first_name') or ''} {practitioner.get('surname') or ''}"
        template: AvailableTime = {
            "app_time": "",
            "column_number": link.column_number,
            "item_id": _opt_int(appointment_type.get("item_id")),
            "item_group_id": _opt_int(appointment_type.get("item_group_id")),
            "hourly_billing": bool(appointment_type.get("hourly_billing", False)),
            "ndis_claim_type": appointment_type.get("ndis_claim_type"),
            "ndis_cancellation_reason": appointment_type.get("ndis_cancellation_reason"),
            "appointment_type_id": query.appointment_type_id,
            "practitioner_business_id": link.practitioner_business_id,
            "practitioner_id": link.practitioner_id,
            "business_id": link.business_id,
            "profession_id": profession_id,
            "width": 1,
            "duration": rule.duration,
            "resource_ids": list(resource_ids),
            "practitioner_name": name.strip(),
        }
        out.append(_Candidate(link, rule.duration, resource_ids, template, _encoded_tail(template)))
    return out


def _slot_owner(candidate: _Candidate) -> tuple[int, int, int]:
    """What a candidate's slots are of: its link, whatever the link's column number."""
    link = candidate.link
    return link.practitioner_business_id, link.practitioner_id, link.business_id


def _index_in(indexes: set[int]) -> Callable[[int, _Candidate], bool]:
    return lambda n, _: n in indexes


def _key_is(memo_key: tuple[Any, ...]) -> Callable[[tuple[Any, ...], int], bool]:
    return lambda key, _: key == memo_key


_APP_TIME_HEAD = b'{"app_time":"'


def _encoded_tail(template: AvailableTime) -> bytes | None:
    """What follows the app_time's text in the template's JSON, or None if orjson cannot
    encode it (an integer beyond 64 bits)."""
    try:
        encoded = orjson.dumps(template)
    except TypeError:  # orjson.JSONEncodeError
        return None
    assert encoded.startswith(_APP_TIME_HEAD + b'"'), "app_time is the template's first key"
    return encoded[len(_APP_TIME_HEAD) :]


def _merge(intervals: Sequence[Interval]) -> list[Interval]:
    if len(intervals) < 2:
        return list(intervals)
    return _merge_sorted(sorted(intervals))


def _merge_sorted(intervals: Sequence[Interval]) -> list[Interval]:
    """`_merge` of intervals already sorted by start."""
    merged: list[Interval] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _free_ranges(
    data: AvailabilityData,
    candidate: _Candidate,
    days: Sequence[tuple[int, int, _DayBusy]],
    flags: frozenset[RosterFlag],
) -> Iterator[range]:
    """The candidate's free slot starts (absolute minutes) on `days` ((ordinal, weekday) pairs),
    as non-empty ranges on the slot grid, ascending: each stretch between busy intervals is one
    range, not one step per slot."""
    link, duration, step = candidate.link, candidate.duration, SLOT_STEP_MINUTES
    practitioner_id, resources = link.practitioner_id, candidate.resource_ids
    by_block = data.busy_block.get((practitioner_id, link.business_id), {})
    by_block_all = data.busy_block.get((practitioner_id, None), {})
    others = by_block or by_block_all or resources  # most often there are none
    week = data.roster_windows(practitioner_id, link.business_id, flags)
    for ordinal, weekday, day_busy in days:
        day_windows = week[weekday]
        if not day_windows:
            continue
        base = ordinal * DAY
        # Each day's list is merged already; merge again only when several apply.
        busy: Sequence[Interval] = day_busy.practitioner.get(practitioner_id, ())
        if others:
            more = [
                found
                for found in (
                    by_block.get(ordinal),
                    by_block_all.get(ordinal),
                    *(day_busy.resource.get(r) for r in resources),
                )
                if found
            ]
            if more:
                busy = _merge([i for x in (busy, *more) for i in x])
        count, i = len(busy), 0
        for window_start, window_end in day_windows:
            grid, end = base + window_start, base + window_end
            t = grid
            while t + duration <= end:
                while i < count and busy[i][1] <= t:
                    i += 1
                # Free from t until the next busy interval (or the window's end); busy time is
                # merged, so no later interval can overlap a slot that this one does not.
                if i < count and busy[i][0] < end:
                    free_until = busy[i][0]
                    if free_until - duration >= t:
                        yield range(t, free_until - duration + 1, step)
                    # The first grid point at or after the end of the busy interval.
                    t = grid + -(-(busy[i][1] - grid) // step) * step
                else:
                    yield range(t, end - duration + 1, step)
                    break


def _days(data: AvailabilityData, query: AvailabilityQuery) -> list[tuple[int, int, _DayBusy]]:
    """The window's days as (ordinal, weekday, that day's busy time from bookings)."""
    first = query.from_date.toordinal()
    weekday = query.from_date.weekday()
    span = (query.to_date - query.from_date).days
    return [(first + n, (weekday + n) % 7, data.busy_on(first + n)) for n in range(span + 1)]


@lru_cache(maxsize=4096)
def _day_prefix(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


class Found:
    """A search's answer before rendering. `chunks` hold int keys in answer order (app_time,
    then practitioner_business_id), one sorted list per day joined in order: `start × width +
    n`, where start is the time's absolute minute, n the candidate's index and candidates are in
    practitioner_business_id order (small ints, which sort fast). A page is read across the
    chunks without joining them (`page`), and `render(key)` makes the AvailableTime of one key
    (a new dict), so a caller that shows one page renders only that page."""

    __slots__ = ("_candidates", "_chunks", "_joined", "_total", "_width")

    def __init__(self, candidates: Sequence[_Candidate], chunks: Sequence[list[int]]) -> None:
        self._candidates = candidates
        self._width = max(1, len(candidates))
        self._chunks = chunks
        self._total = sum(map(len, chunks))
        self._joined: list[int] | None = None

    def __len__(self) -> int:
        return self._total

    @property
    def keys(self) -> list[int]:
        if self._joined is None:
            self._joined = [key for chunk in self._chunks for key in chunk]
        return self._joined

    def page(self, start: int, stop: int) -> list[int]:
        """`keys[start:stop]`, read from the chunks it spans only."""
        out: list[int] = []
        for chunk in self._chunks:
            if start >= stop:
                break
            size = len(chunk)
            if start < size:
                out += chunk[start:stop]
            start, stop = max(0, start - size), stop - size
        return out

    def render(self, key: int) -> AvailableTime:
        start, n = divmod(key, self._width)
        candidate = self._candidates[n]
        item = candidate.template.copy()
        item["app_time"] = _day_prefix(start // DAY) + _CLOCK[start % DAY]
        item["resource_ids"] = list(candidate.resource_ids)
        return item

    def rendered(self) -> list[AvailableTime]:
        return [self.render(key) for key in self.keys]

    def encode(self, keys: Sequence[int], first_row: int, total_rows: int | None) -> bytes | None:
        """The JSON of `[render(key) for key in keys]`, each item led by `row_num` (from
        `first_row`) and `total_rows` unless `total_rows` is None: the bytes orjson makes of
        those dicts, joined from each candidate's fields encoded once. None when a candidate's
        fields are more than orjson encodes (the caller then renders the dicts)."""
        parts: list[bytes] = []
        width, candidates = self._width, self._candidates
        for row, key in enumerate(keys, first_row):
            start, n = divmod(key, width)
            tail = candidates[n].encoded_tail
            if tail is None:
                return None
            head = (
                b'{"app_time":"'
                if total_rows is None
                else b'{"row_num":%d,"total_rows":%d,"app_time":"' % (row, total_rows)
            )
            clock = _day_prefix(start // DAY) + _CLOCK[start % DAY]
            parts.append(head + clock.encode() + tail)
        return b"[" + b",".join(parts) + b"]"


def find(data: AvailabilityData, query: AvailabilityQuery) -> Found:
    """Every available time in the window, unrendered (see `Found`).

    A day's times depend only on the index, the candidates and the flags, never on the rest of
    the window, so each day's sorted keys are memoised on the data: a search over days already
    searched (the same week again, or a window sliding by a day) only joins lists. Keys are
    absolute here (origin 0), so joining the days in order keeps them sorted."""
    memo_key, candidates = _candidates(data, query)
    flags = required_roster_flags(query)
    width = max(1, len(candidates))
    memo = data.day_keys_memo
    first = query.from_date.toordinal()
    weekday = query.from_date.weekday()
    ordinals = range(first, first + (query.to_date - query.from_date).days + 1)
    chunks = [memo.get((memo_key, flags, ordinal)) for ordinal in ordinals]
    missing = [
        (ordinal, (weekday + n) % 7, data.busy_on(ordinal))
        for n, (ordinal, chunk) in enumerate(zip(ordinals, chunks, strict=True))
        if chunk is None
    ]
    fresh: dict[int, list[int]] = {ordinal: [] for ordinal, _, _ in missing}
    if missing:
        # Relative to each day's start (small ints sort fast), made absolute once sorted.
        for n, candidate in enumerate(candidates):
            for free in _free_ranges(data, candidate, missing, flags):
                base = free.start // DAY * DAY  # a free range never crosses midnight
                fresh[base // DAY].extend(
                    range(
                        (free.start - base) * width + n,
                        (free.stop - base) * width + n,
                        free.step * width,
                    )
                )
        if len(memo) + len(fresh) > DAY_KEYS_MEMO_SIZE:
            memo.clear()
        for ordinal, relative in fresh.items():
            relative.sort()
            offset = ordinal * DAY * width
            fresh[ordinal] = memo[memo_key, flags, ordinal] = [k + offset for k in relative]
    joined = [
        fresh[ordinal] if chunk is None else chunk
        for ordinal, chunk in zip(ordinals, chunks, strict=True)
    ]
    return Found(candidates, joined)


def find_next(data: AvailabilityData, query: AvailabilityQuery) -> Found:
    """The earliest time of each practitioner_business with any time in the window, unrendered."""
    _, candidates = _candidates(data, query)
    days, flags = _days(data, query), required_roster_flags(query)
    width = max(1, len(candidates))
    keys: list[int] = []
    for n, candidate in enumerate(candidates):
        first = next(_free_ranges(data, candidate, days, flags), None)
        if first is not None:
            keys.append(first.start * width + n)
    keys.sort()
    return Found(candidates, [keys])


def search(data: AvailabilityData, query: AvailabilityQuery) -> list[AvailableTime]:
    """Every available time in the window, ordered by (app_time, practitioner_business_id)."""
    return find(data, query).rendered()


def next_available(data: AvailabilityData, query: AvailabilityQuery) -> list[AvailableTime]:
    """The earliest time of each practitioner_business with any time in the window, same order."""
    return find_next(data, query).rendered()
