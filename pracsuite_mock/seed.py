"""Deterministic demo data: the same `--seed` and `--size` give the same records, byte for byte.

Two tenants (1: Australia/Sydney, 2: Europe/London). Names are generated from syllable tables,
so no real person appears. `large` gives tenant 1 at least 10,000 patients and 50 practitioners.
Records are shaped like the spec's schemas; any property of a schema the seed does not set is
filled from the schema (null where allowed, else its example), so new spec fields appear without
changes here. Rosters, duration rules and unavailable blocks have the shapes the availability
engine reads (see `availability.py`).

`_seed_tenant` calls one builder per collection (`_businesses`, `_practitioners`, `_rosters`, …)
in a fixed order: they draw from one generator, so the order is part of the data. Which
collection holds each schema, and which schemas the seed fills, is in `registry.py`.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any, Literal

from pracsuite_spec import Spec

from .categories import Category
from .registry import Resource, define_collections, resource_for
from .schemas import default_value, properties
from .store import Store

Record = dict[str, Any]
Size = Literal["small", "large"]

ANCHOR = dt.date(2026, 1, 5)  # a Monday; appointments fall in the weeks around it
AUDIT_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

_ONSETS = ["b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z"]
_NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
_CODAS = ["", "", "n", "r", "s", "l", "th", "x"]
_TITLES = ["Mr", "Ms", "Mx", "Dr", None]
_SUBURBS = {
    1: ["Northgate", "Eastwood", "Harbourview", "Hillcrest"],
    2: ["Kingsmead", "Ashford", "Riverside", "Elmstead"],
}
_STATES = {1: "NSW", 2: None}
_COUNTRIES = {1: "Australia", 2: "United Kingdom"}


@dataclass(frozen=True)
class TenantPlan:
    tenant_id: int
    name: str
    time_zone: str
    businesses: int
    practitioners: int
    patients: int
    appointments: int


def plans(size: Size) -> list[TenantPlan]:
    if size == "large":
        return [
            TenantPlan(1, "Demo Allied Health", "Australia/Sydney", 6, 56, 10_500, 12_000),
            TenantPlan(2, "Demo Physio Group", "Europe/London", 3, 12, 600, 800),
        ]
    return [
        TenantPlan(1, "Demo Allied Health", "Australia/Sydney", 3, 8, 60, 150),
        TenantPlan(2, "Demo Physio Group", "Europe/London", 2, 4, 25, 40),
    ]


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def word(self, syllables: int = 2) -> str:
        r = self.rng
        text = "".join(r.choice(_ONSETS) + r.choice(_NUCLEI) for _ in range(syllables))
        return (text + r.choice(_CODAS)).capitalize()

    def phone(self, tenant: int) -> str:
        digits = "".join(str(self.rng.randrange(10)) for _ in range(8))
        return f"04{digits}" if tenant == 1 else f"07{digits}"

    def stamp(self, days_back_max: int = 700) -> str:
        moment = AUDIT_EPOCH + dt.timedelta(
            days=self.rng.randrange(days_back_max), microseconds=self.rng.randrange(86_400 * 10**6)
        )
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def seed_store(store: Store, spec: Spec, *, seed: int = 1, size: Size = "small") -> None:
    """Fill an empty store (collections are defined even when the store already has data)."""
    define_collections(store, spec)
    if not store.is_empty():
        return
    gen = _Gen(seed)
    for plan in plans(size):
        _seed_tenant(store, spec, gen, plan)


def complete(record: Record, spec: Spec, schema_name: str) -> Record:
    """Fill every schema property the record lacks (except its id, links and list metadata)."""
    schema = spec.schema(schema_name)
    if schema is None:
        return record
    skip = {"links", "row_num", "total_rows", resource_for(schema_name).id_field}
    for name, prop in properties(schema).items():
        if name not in record and name not in skip:
            record[name] = default_value(prop)
    return record


def _insert(store: Store, spec: Spec, schema_name: str, records: list[Record]) -> list[Record]:
    res: Resource = resource_for(schema_name)
    return store.insert_many(res.collection, [complete(r, spec, schema_name) for r in records])


@dataclass(frozen=True)
class _Seeding:
    """One tenant being seeded: where records go, the shared generator and the tenant's plan.
    Builders draw from `g` in a fixed order, so the order `_seed_tenant` calls them in is part of
    the data: reordering them changes every record after the first moved draw."""

    store: Store
    spec: Spec
    g: _Gen
    p: TenantPlan

    @property
    def r(self) -> random.Random:
        return self.g.rng

    @property
    def t(self) -> int:
        return self.p.tenant_id

    def audit(self) -> Record:
        created = self.g.stamp()
        modified = max(created, self.g.stamp())
        return {"created": created, "modified": modified}

    def insert(self, schema_name: str, records: list[Record]) -> list[Record]:
        return _insert(self.store, self.spec, schema_name, records)


def _seed_tenant(store: Store, spec: Spec, g: _Gen, p: TenantPlan) -> None:
    s = _Seeding(store, spec, g, p)
    store.insert("tenant", {"tenant_id": s.t, "name": p.name, "time_zone": p.time_zone})
    businesses = _businesses(s)
    professions = _professions(s)
    practitioners = _practitioners(s, professions)
    links = _practitioner_businesses(s, practitioners, businesses)
    resources = _resources(s, businesses)
    items = _items(s)
    appointment_types = _appointment_types(s, professions, items, resources)
    fee_categories = _fee_categories(s)
    _duration_rules(s, appointment_types, fee_categories, businesses, practitioners)
    rosters = _rosters(s, links)
    _unavailable_blocks(s, links)
    patients = s.insert("Patient", [_patient(g, p, fee_categories) for _ in range(p.patients)])
    accounts = _accounts(s, patients)
    account_of = {a["client_id"]: a["account_id"] for a in accounts}
    _patient_contacts(s, patients, account_of)
    _reschedule_reasons(s)
    _cancellation_reasons(s)
    _organisations(s)
    _sexes(s)
    _pronouns(s)
    _tags(s)
    _seed_appointments(
        store, spec, g, p, links, practitioners, appointment_types, patients, account_of, rosters
    )
    # A copy of the generator's state: what follows draws its own numbers, so adding it left
    # every record seeded above (and the other tenant's) unchanged.
    extra = _Gen(0)
    extra.rng.setstate(g.rng.getstate())
    _seed_billing(store, spec, extra, p, patients, accounts, items, practitioners)
    _seed_files(store, spec, extra, p, patients)


def _businesses(s: _Seeding) -> list[Record]:
    g, r, t = s.g, s.r, s.t
    kinds = (["Health", "Physio", "Wellness", "Allied", "Care", "Rehab"] * 2)[: s.p.businesses]
    return s.insert(
        "Business",
        [
            {
                "tenant_id": t,
                "business_name": f"{g.word()} {kind}",
                "display_name": f"{g.word()} Clinic",
                "suburb": r.choice(_SUBURBS[t]),
                "address_state": _STATES[t],
                "country": _COUNTRIES[t],
                "phone": g.phone(t),
                "archive": False,
                "appointment_start_time": "08:00:00Z",
                "appointment_end_time": "18:00:00Z",
                **s.audit(),
            }
            for kind in kinds
        ],
    )


def _professions(s: _Seeding) -> list[Record]:
    return s.insert(
        "Profession",
        [
            {
                "tenant_id": s.t,
                "description": name,
                "default_title": title,
                "archived": False,
                **s.audit(),
            }
            for name, title in [
                ("Physiotherapy", "Physio"),
                ("Podiatry", "Podiatrist"),
                ("Psychology", "Psychologist"),
                ("Dietetics", "Dietitian"),
            ]
        ],
    )


def _practitioners(s: _Seeding, professions: list[Record]) -> list[Record]:
    g, r = s.g, s.r
    return s.insert(
        "Practitioner",
        [
            {
                "tenant_id": s.t,
                "first_name": g.word(),
                "surname": g.word(3),
                "profession_id": professions[i % len(professions)]["profession_id"],
                "title": r.choice(["Dr", "Mx", "Ms", "Mr"]),
                "archived": False,
                **s.audit(),
            }
            for i in range(s.p.practitioners)
        ],
    )


def _practitioner_businesses(
    s: _Seeding, practitioners: list[Record], businesses: list[Record]
) -> list[Record]:
    """Each practitioner works at one business, some (30%) at a second."""
    r = s.r
    links: list[Record] = []
    for i, prac in enumerate(practitioners):
        homes = {businesses[i % len(businesses)]["business_id"]}
        if r.random() < 0.3 and len(businesses) > 1:
            homes.add(r.choice(businesses)["business_id"])
        links += [
            {"tenant_id": s.t, "practitioner_id": prac["practitioner_id"], "business_id": b}
            for b in sorted(homes)
        ]
    return s.insert("PractitionerBusiness", links)


def _resources(s: _Seeding, businesses: list[Record]) -> list[Record]:
    t = s.t
    return s.insert(
        "Resource",
        [
            {
                "tenant_id": t,
                "description": f"{kind} {n + 1}",
                "resource_rank": n + 1,
                "archived": False,
                "business_id": businesses[n % len(businesses)]["business_id"],
                **s.audit(),
            }
            for n, kind in enumerate(["Room", "Gym", "Treatment Bed", "Pool", "Room"][: 2 + t])
        ],
    )


def _items(s: _Seeding) -> list[Record]:
    return s.insert(
        "Item",
        [
            {
                "tenant_id": s.t,
                "item_code": f"{100 + n * 7}",
                "description": f"{s.g.word()} consult",
                "gst": n % 3 == 0,
                "archived": n % 9 == 8,
                "print_code": f"P{n:03d}",
                **s.audit(),
            }
            for n in range(20)
        ],
    )


def _appointment_types(
    s: _Seeding, professions: list[Record], items: list[Record], resources: list[Record]
) -> list[Record]:
    type_names = ["Initial consult", "Follow-up", "Review", "Group class", "Telehealth"]
    return s.insert(
        "AppointmentType",
        [
            {
                "tenant_id": s.t,
                "description": name,
                "short_description": name.split()[0][:8],
                "archived": False,
                "group_appointment": name == "Group class",
                "group_max_size": 8 if name == "Group class" else 1,
                "telehealth": name == "Telehealth",
                "profession_id": None
                if n == 0
                else professions[n % len(professions)]["profession_id"],
                "item_id": items[n]["item_id"],
                "item_group_id": None,
                "hourly_billing": False,
                "ndis_claim_type": None,
                "ndis_cancellation_reason": None,
                "resource_ids": [resources[0]["resource_id"]] if name == "Group class" else [],
                **s.audit(),
            }
            for n, name in enumerate(type_names)
        ],
    )


def _fee_categories(s: _Seeding) -> list[Record]:
    return s.insert(
        "FeeCategory",
        [
            {"tenant_id": s.t, "description": name, "archived": False, **s.audit()}
            for name in ["Standard", "Concession", "Insurer"]
        ],
    )


def _duration_rules(
    s: _Seeding,
    appointment_types: list[Record],
    fee_categories: list[Record],
    businesses: list[Record],
    practitioners: list[Record],
) -> None:
    """A catch-all rule per appointment type, and some more specific ones."""
    t = s.t
    rules: list[Record] = []
    for at in appointment_types:
        base = 60 if at["description"] == "Initial consult" else 30
        rules.append(_rule(t, at, duration=base))
        rules.append(
            _rule(t, at, duration=base + 15, fee_category_id=fee_categories[1]["fee_category_id"])
        )
        rules.append(_rule(t, at, duration=base - 10, business_id=businesses[-1]["business_id"]))
        prac = s.r.choice(practitioners)
        rules.append(_rule(t, at, duration=base + 30, practitioner_id=prac["practitioner_id"]))
    s.store.insert_many("duration_rule", rules)


def _rosters(s: _Seeding, links: list[Record]) -> list[Record]:
    """Weekdays, flags varying by day; some Saturday mornings."""
    r, t = s.r, s.t
    rosters: list[Record] = []
    for link in links:
        for weekday in range(5):
            if r.random() < 0.15:
                continue
            rosters.append(
                {
                    "tenant_id": t,
                    "practitioner_id": link["practitioner_id"],
                    "business_id": link["business_id"],
                    "weekday": weekday,
                    "start": r.choice(["08:00", "09:00"]),
                    "end": "12:00",
                    "manual": True,
                    "online": r.random() < 0.7,
                    "waiting_list": r.random() < 0.3,
                }
            )
            rosters.append(
                {
                    "tenant_id": t,
                    "practitioner_id": link["practitioner_id"],
                    "business_id": link["business_id"],
                    "weekday": weekday,
                    "start": "13:00",
                    "end": r.choice(["17:00", "18:00"]),
                    "manual": r.random() < 0.9,
                    "online": r.random() < 0.5,
                    "waiting_list": r.random() < 0.5,
                }
            )
        if r.random() < 0.25:
            rosters.append(
                {
                    "tenant_id": t,
                    "practitioner_id": link["practitioner_id"],
                    "business_id": link["business_id"],
                    "weekday": 5,
                    "start": "09:00",
                    "end": "12:00",
                    "manual": False,
                    "online": True,
                    "waiting_list": False,
                }
            )
    s.store.insert_many("roster", rosters)
    return rosters


def _unavailable_blocks(s: _Seeding, links: list[Record]) -> None:
    r = s.r
    blocks = []
    for _ in range(max(2, s.p.practitioners // 3)):
        link = r.choice(links)
        day = ANCHOR + dt.timedelta(days=r.randrange(-14, 28))
        blocks.append(
            {
                "tenant_id": s.t,
                "practitioner_id": link["practitioner_id"],
                "business_id": link["business_id"],
                "start": f"{day.isoformat()}T13:00:00",
                "end": f"{day.isoformat()}T15:00:00",
            }
        )
    s.store.insert_many("unavailable_block", blocks)


def _accounts(s: _Seeding, patients: list[Record]) -> list[Record]:
    return s.insert(
        "PatientAccount",
        [
            {
                "tenant_id": s.t,
                "client_id": pat["client_id"],
                "fee_category_id": pat.get("fee_cat_id"),
                "description": f"{pat['first_name']} {pat['surname']}",
                **s.audit(),
            }
            for pat in patients
        ],
    )


def _patient_contacts(s: _Seeding, patients: list[Record], account_of: dict[Any, Any]) -> None:
    g, r, t = s.g, s.r, s.t
    contacts = [
        {
            "tenant_id": t,
            "client_id": pat["client_id"],
            "relationship": r.choice(["Parent", "Partner", "Carer"]),
            "first_name": g.word(),
            "surname": pat["surname"],
            "mobile": g.phone(t),
            "archive": False,
            "title": r.choice(_TITLES),
            "email": None,
            "account_id": account_of[pat["client_id"]],
            **s.audit(),
        }
        for pat in r.sample(patients, k=max(1, len(patients) // 2))
    ]
    parents = _parents_of_first(patients[0], contacts, account_of.get(patients[0]["client_id"]))
    s.insert("PatientContact", contacts + parents)


def _parents_of_first(first: Record, contacts: list[Record], account_id: Any) -> list[Record]:
    """Two parents of the first patient, sharing the patient's surname, inserted in descending
    first-name order: a listing tied on a field, so `sort_by=[surname, first_name]` shows
    whether the second key breaks the tie (the seed ties nowhere else). Taken from the contacts
    made above, with no draw of the generators, so everything seeded after is unchanged."""
    if not contacts:
        return []
    names = sorted({c["first_name"] for c in contacts})
    return [
        {
            **contacts[0],
            "client_id": first["client_id"],
            "surname": first["surname"],
            "relationship": "Parent",
            "first_name": name,
            "account_id": account_id,
        }
        for name in (names[-1], names[0])
    ]


def _reschedule_reasons(s: _Seeding) -> None:
    s.insert(
        "RescheduleReason",
        [
            {"tenant_id": s.t, "reason": reason}
            for reason in [
                "Patient unwell",
                "Practitioner unavailable",
                "Clash with work",
                "Transport problem",
                "Weather",
                "Booked in error",
                "Family matter",
            ]
        ],
    )


def _cancellation_reasons(s: _Seeding) -> None:
    s.insert(
        "CancellationReason",
        [
            {"tenant_id": s.t, "reason": reason}
            for reason in ["No longer needed", "Patient unwell", "Cost", "Moved away", "Other"]
        ],
    )


def _organisations(s: _Seeding) -> None:
    g, r, t = s.g, s.r, s.t
    s.insert(
        "Organisation",
        [
            {
                "tenant_id": t,
                "description": f"{g.word()} {kind}",
                "suburb": r.choice(_SUBURBS[t]),
                "country": _COUNTRIES[t],
                "phone": g.phone(t),
                "active": n % 4 != 3,
                **s.audit(),
            }
            for n, kind in enumerate(
                ["Insurance", "Council", "Sports Club", "School", "Trust", "Fund"]
            )
        ],
    )


def _sexes(s: _Seeding) -> None:
    s.insert("Sex", [{"tenant_id": s.t, "description": d} for d in ["Female", "Male", "Intersex"]])


def _pronouns(s: _Seeding) -> None:
    s.insert(
        "Pronoun",
        [
            {"tenant_id": s.t, "description": d}
            for d in ["she/her", "he/him", "they/them", "ze/zir"]
        ],
    )


def _tags(s: _Seeding) -> None:
    s.store.insert_many(
        "tag",
        [{"tenant_id": s.t, "description": d} for d in ["Assessment", "Progress", "Discharge"]],
    )


def _seed_billing(
    store: Store,
    spec: Spec,
    g: _Gen,
    p: TenantPlan,
    patients: list[Record],
    accounts: list[Record],
    items: list[Record],
    practitioners: list[Record],
) -> None:
    """Item groups, appointment statuses, payers (with contacts and the accounts they are
    billed for), and invoices with payments allocated to their lines."""
    r, t = g.rng, p.tenant_id
    _insert(
        store,
        spec,
        "ItemGroup",
        [
            {"tenant_id": t, "description": d, "archived": n == 2}
            for n, d in enumerate(["Initial consult with report", "Assessment bundle", "Old"])
        ],
    )
    _insert(
        store,
        spec,
        "AppointmentStatus",
        [
            {"tenant_id": t, "description": d}
            for d in [
                "Booked",
                "Reminder Sent",
                "Confirmed",
                "Arrived",
                "In Session",
                "Completed",
                "Missed/DNA",
            ]
        ],
    )
    payers = _insert(
        store,
        spec,
        "Payer",
        [
            {
                "tenant_id": t,
                "description": f"{g.word()} {kind}",
                "archive": False,
                "suburb": r.choice(_SUBURBS[t]),
                "country": _COUNTRIES[t],
                "phone": g.phone(t),
                "email": f"claims{n}@example.com",
            }
            for n, kind in enumerate(["Insurance", "Workcover", "Health Fund"])
        ],
    )
    _insert(
        store,
        spec,
        "PayerContact",
        [
            {
                "tenant_id": t,
                "payer_id": payer["payer_id"],
                "first_name": g.word(),
                "surname": g.word(3),
                "archive": False,
                "primary_contact": n == 0,
                "job_title": "Claims officer",
                "phone": g.phone(t),
            }
            for payer in payers
            for n in range(2)
        ],
    )
    billed = [  # some accounts bill a third party
        {**account, "payer_id": payers[n % len(payers)]["payer_id"], "bill_3rd_party": True}
        for n, account in enumerate(accounts[:9])
    ]
    for account in billed:
        store.update("account", account)
    account_of = {a["client_id"]: a for a in [*billed, *accounts[9:]]}
    invoiced = patients[: max(4, len(patients) // 3)]
    invoices = _insert(
        store,
        spec,
        "Invoice",
        [
            _invoice(g, t, number, pat, account_of[pat["client_id"]], items, practitioners)
            for number, pat in enumerate(invoiced, start=1001)
        ],
    )
    payments: list[Record] = []
    for invoice in invoices[::2]:  # every other invoice is paid in full
        line = invoice["invoice_items"][0]
        payments.append(
            {
                "tenant_id": t,
                "client_id": invoice["client_id"],
                "account_id": invoice["account_id"],
                "payment_time": line["item_time"],
                "payment_type": r.choice(["EFTPOS", "Cash", "Card"]),
                "total": line["debit"],
                "allocated": line["debit"],
                "payer_id": invoice["payer_id"],
                "created": invoice["created"],
                "updated": invoice["created"],
                "modified": invoice["created"],  # what the `updated` filter reads
                "payment_items": [
                    {
                        "invoice_id": invoice["invoice_id"],
                        "invoice_item_id": line["invoice_item_id"],
                        "allocated_time": invoice["created"],
                        "amount": line["debit"],
                        "gst": 0.0,
                    }
                ],
            }
        )
    paid = _insert(store, spec, "Payment", payments)
    by_invoice = {pay["payment_items"][0]["invoice_id"]: pay for pay in paid}
    for invoice in invoices:
        payment = by_invoice.get(invoice["invoice_id"])
        if payment is None:
            continue
        line = invoice["invoice_items"][0]
        line.update(paid=line["debit"], owing=0.0)
        line["payment_items"] = [
            {
                "payment_item_id": payment["payment_id"],
                "payment_id": payment["payment_id"],
                "amount": line["debit"],
                "allocated_time": payment["created"],
            }
        ]
        store.update("invoice", invoice)


def _invoice(
    g: _Gen,
    t: int,
    number: int,
    patient: Record,
    account: Record,
    items: list[Record],
    practitioners: list[Record],
) -> Record:
    r = g.rng
    day = ANCHOR + dt.timedelta(days=r.randrange(-28, 28))
    item = r.choice(items)
    debit = float(r.choice([85, 95.5, 120, 150]))
    created = g.stamp()
    return {
        "tenant_id": t,
        "client_id": patient["client_id"],
        "account_id": account["account_id"],
        "invoice_date": day.isoformat(),
        "issued": created,
        "due_date": (day + dt.timedelta(days=14)).isoformat(),
        "invoice_number": number,
        "payer_id": account.get("payer_id"),
        "created": created,
        "updated": created,
        "modified": created,  # what the `updated` filter reads
        "invoice_items": [
            {
                "invoice_item_id": number * 10 + 1,
                "item_time": f"{day.isoformat()}T09:00:00",
                "item_id": item["item_id"],
                "description": item["description"],
                "debit": debit,
                "paid": 0.0,
                "discount": 0.0,
                "write_off": 0.0,
                "owing": debit,
                "gst": 0.0,
                "fee_cat_id": patient.get("fee_cat_id"),
                "practitioner_id": r.choice(practitioners)["practitioner_id"],
                "quantity": 1,
                "appointment_id": None,
                "unit_price": debit,
                "unit_discount": 0.0,
                "unit_gst": 0.0,
                "payment_items": [],
            }
        ],
    }


def _seed_files(store: Store, spec: Spec, g: _Gen, p: TenantPlan, patients: list[Record]) -> None:
    """Two attachment folders for each of the first patients, and files filed in them."""
    t = p.tenant_id
    owners = patients[:10]
    folders = _insert(
        store,
        spec,
        "PatientAttachmentFolder",
        [
            {"tenant_id": t, "client_id": pat["client_id"], "description": d}
            for pat in owners
            for d in ["Referrals", "Reports"]
        ],
    )
    folder_of: dict[int, int] = {}  # files go in each patient's first folder
    for folder in folders:
        folder_of.setdefault(folder["client_id"], folder["attachment_client_folder_id"])
    _insert(
        store,
        spec,
        "PatientAttachment",
        [
            {
                "tenant_id": t,
                "client_id": pat["client_id"],
                "attachment_client_folder_id": folder_of[pat["client_id"]],
                "file_name": f"referral-{n}.pdf",
                "description": "Referral letter",
                "file_type": "pdf",
                "file_size": 20_000 + g.rng.randrange(50_000),
                "file_date": (ANCHOR - dt.timedelta(days=n)).isoformat(),
                "user_id": None,
            }
            for n, pat in enumerate(owners)
        ],
    )


def _rule(
    t: int,
    at: Record,
    *,
    duration: int,
    business_id: int | None = None,
    profession_id: int | None = None,
    practitioner_id: int | None = None,
    fee_category_id: int | None = None,
) -> Record:
    return {
        "tenant_id": t,
        "appointment_type_id": at["appointment_type_id"],
        "business_id": business_id,
        "profession_id": profession_id,
        "practitioner_id": practitioner_id,
        "fee_category_id": fee_category_id,
        "duration": max(5, min(1440, duration)),
    }


def _patient(g: _Gen, p: TenantPlan, fee_categories: list[Record]) -> Record:
    r, t = g.rng, p.tenant_id
    first, surname = g.word(), g.word(3)
    born = dt.date(1940, 1, 1) + dt.timedelta(days=r.randrange(365 * 80))
    fee = r.choice(fee_categories)
    created = g.stamp()
    return {
        "tenant_id": t,
        "first_name": first,
        "surname": surname,
        "title": r.choice(_TITLES),
        "preferred_name": first if r.random() < 0.2 else None,
        "date_of_birth": born.isoformat(),
        "email": f"{first.lower()}.{surname.lower()}@example.com" if r.random() < 0.8 else None,
        "mobile": g.phone(t),
        "suburb": r.choice(_SUBURBS[t]),
        "address_state": _STATES[t],
        "country": _COUNTRIES[t],
        "preferred_phone": r.choice([1, 3, None]),
        "fee_category": fee["description"],
        "fee_cat_id": fee["fee_category_id"],
        "accepted_privacy_policy": r.choice([True, False, None]),
        "time_zone": r.choice([p.time_zone, None]),
        "created": created,
        "modified": max(created, g.stamp()),
    }


def _seed_appointments(
    store: Store,
    spec: Spec,
    g: _Gen,
    p: TenantPlan,
    links: list[Record],
    practitioners: list[Record],
    types: list[Record],
    patients: list[Record],
    account_of: dict[int, int],
    rosters: list[Record],
) -> None:
    r, t = g.rng, p.tenant_id
    profession_of = {pr["practitioner_id"]: pr["profession_id"] for pr in practitioners}
    roster_by: dict[tuple[int, int, int], list[Record]] = {}
    for ro in rosters:
        roster_by.setdefault((ro["practitioner_id"], ro["business_id"], ro["weekday"]), []).append(
            ro
        )
    busy: dict[int, list[tuple[dt.datetime, dt.datetime]]] = {}
    out: list[Record] = []
    attempts = 0
    while len(out) < p.appointments and attempts < p.appointments * 20:
        attempts += 1
        link = r.choice(links)
        day = ANCHOR + dt.timedelta(days=r.randrange(-28, 42))
        options = roster_by.get((link["practitioner_id"], link["business_id"], day.weekday()))
        if not options:
            continue
        ro = r.choice(options)
        sh, sm = map(int, ro["start"].split(":"))
        eh, em = map(int, ro["end"].split(":"))
        duration = r.choice([30, 30, 45, 60])
        slots = ((eh * 60 + em) - (sh * 60 + sm) - duration) // 15
        if slots < 0:
            continue
        start = dt.datetime.combine(day, dt.time(sh, sm)) + dt.timedelta(
            minutes=15 * r.randrange(slots + 1)
        )
        end = start + dt.timedelta(minutes=duration)
        taken = busy.setdefault(link["practitioner_id"], [])
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        patient = r.choice(patients)
        created = g.stamp()
        cancelled = r.random() < 0.05
        out.append(
            {
                "tenant_id": t,
                "client_id": patient["client_id"],
                "account_id": account_of[patient["client_id"]],
                "appointment_type_id": r.choice(types)["appointment_type_id"],
                "app_time": start.strftime("%Y-%m-%dT%H:%M:%S"),
                "duration": duration,
                "practitioner_business_id": link["practitioner_business_id"],
                "practitioner_id": link["practitioner_id"],
                "business_id": link["business_id"],
                "profession_id": profession_of[link["practitioner_id"]],
                "resource_ids": [],
                "category": Category.PATIENT,
                "cancelled": cancelled,
                "removed": cancelled,
                "created": created,
                "modified": max(created, g.stamp()),
                "notes": None,
            }
        )
        if cancelled:  # the stamp filters and sorts read, so it must be stored, not shown only
            out[-1]["cancellation_time"] = out[-1]["modified"]
    group_type_id = next(k["appointment_type_id"] for k in types if k.get("group_appointment"))
    for record in out:  # some book entries are not patient appointments
        roll = r.random()
        if roll < 0.11:
            kind = (
                Category.NOTE
                if roll < 0.05
                else (Category.RULE_OUT if roll < 0.08 else Category.GROUP)
            )
            record.update(category=kind, client_id=None, account_id=None, removed=False)
            record["cancelled"] = False
            if kind == Category.GROUP:
                # A group appointment is of a group type ("Group Appointment"), never one
                # that seats a single patient; chosen without a draw, so the rest is unchanged.
                record["appointment_type_id"] = group_type_id
            else:
                record.update(appointment_type_id=None, description=f"{kind}: {g.word()}")
    out.sort(key=lambda a: a["app_time"])
    _insert(store, spec, "Appointment", out)
