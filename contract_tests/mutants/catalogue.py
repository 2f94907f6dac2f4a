"""Planted bugs, one behaviour family each: every mutant is one or more exact text edits of the
mock's source (each `old` must occur exactly once, or the mutant no longer applies: a defect,
caught by `tests/contract_checks/test_mutants_apply.py`).

`white_box` names the tests in `tests/` that must kill a bug no black-box request can force
(the runner runs them when the gate lets the mutant live)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    path: str  # relative to the repository root
    old: str
    new: str


@dataclass(frozen=True)
class Mutant:
    name: str
    family: str
    description: str
    edits: tuple[Edit, ...]
    white_box: tuple[str, ...] = ()


def _one(
    name: str,
    family: str,
    description: str,
    path: str,
    old: str,
    new: str,
    white_box: tuple[str, ...] = (),
) -> Mutant:
    return Mutant(name, family, description, (Edit(path, old, new),), white_box)


def _cache_key_without(part: str, description: str, white_box: tuple[str, ...] = ()) -> Mutant:
    """The answer cache looks answers up and stores them under the request key less `part`
    (authentication and links still read the whole key)."""
    cut = f"key._replace({part}=None)"
    return Mutant(
        f"key-without-{part}",
        "cache key",
        description,
        (
            Edit(
                APP,
                "cached = state.answers.get(key, generation)",
                f"cached = state.answers.get({cut}, generation)",
            ),
            Edit(
                APP,
                "Recorder(state.answers, send, key, generation)",
                f"Recorder(state.answers, send, {cut}, generation)",
            ),
        ),
        white_box,
    )


STORE = "pracsuite_mock/store.py"
ENGINE = "pracsuite_mock/availability.py"
APPS = "pracsuite_mock/handlers/appointments.py"
APP = "pracsuite_mock/app.py"
VALIDATION = "pracsuite_mock/validation.py"
LISTING = "pracsuite_mock/listing.py"
GENERIC = "pracsuite_mock/handlers/generic.py"
FILTERING = "pracsuite_mock/filtering.py"
AUTH = "pracsuite_mock/auth.py"
STORAGE = "pracsuite_mock/storage.py"
SORT_INDEX = "pracsuite_mock/sort_index.py"
PATIENTS = "pracsuite_mock/handlers/patients.py"
ERRORS = "pracsuite_mock/errors.py"
PROTOCOL = "pracsuite_mock/server_protocol.py"

MUTANTS: tuple[Mutant, ...] = (
    # --- read-your-writes through an identical URL ------------------------------------------
    _one(
        "update-keeps-cache",
        "cache invalidation",
        "an edit does not bump the tenant's generation: a cached answer outlives it",
        STORE,
        "            self._reindex(name, tenant_id, record_id, old, record)\n"
        "            self._bump(tenant_id)\n",
        "            self._reindex(name, tenant_id, record_id, old, record)\n",
    ),
    _one(
        "generation-of-tenant-one",
        "cache invalidation",
        "the cache reads tenant 1's generation for every tenant",
        APP,
        "generation = state.store.generation(tenant)",
        "generation = state.store.generation(1)",
    ),
    _one(
        "create-keeps-cache",
        "cache invalidation",
        "a create does not bump the tenant's generation: lists answered before miss the record",
        STORE,
        "                self._reindex(name, tenant_id, record_id, None, record)\n"
        "                self._bump(tenant_id)\n",
        # The tenant still gets a generation (the mock starts): only its moving is lost.
        "                self._reindex(name, tenant_id, record_id, None, record)\n"
        "                self._generations.setdefault(tenant_id, 0)\n",
    ),
    # --- cache key parts ----------------------------------------------------------------------
    _cache_key_without(
        "host", "the key drops the Host header: links of one host are answered to another"
    ),
    _cache_key_without("query", "the key drops the query string"),
    _cache_key_without(
        "vendor", "the key drops the vendor key: a wrong vendor key is answered from the cache"
    ),
    _cache_key_without(
        "subscriber",
        "the key drops the subscriber key: two tenants at equal generations share answers",
        white_box=("tests/mock/test_answer_cache_key.py",),
    ),
    # --- availability memo keys ---------------------------------------------------------------
    _one(
        "memo-without-practitioners",
        "availability memo",
        "the candidates memo ignores practitioner_ids",
        ENGINE,
        "        query.business_ids,\n        query.practitioner_ids,\n",
        "        query.business_ids,\n",
    ),
    _one(
        "memo-without-businesses",
        "availability memo",
        "the candidates memo ignores business_ids",
        ENGINE,
        "        fee_category_id,\n        query.business_ids,\n",
        "        fee_category_id,\n",
    ),
    _one(
        "memo-without-fee-category",
        "availability memo",
        "the candidates memo ignores the account's fee category",
        ENGINE,
        "        query.appointment_type_id,\n        fee_category_id,\n",
        "        query.appointment_type_id,\n",
    ),
    Mutant(
        "day-memo-without-flags",
        "availability memo",
        "each day's times are memoised without the roster flags",
        (
            Edit(ENGINE, "memo.get((memo_key, flags, ordinal))", "memo.get((memo_key, ordinal))"),
            Edit(ENGINE, "memo[memo_key, flags, ordinal] =", "memo[memo_key, ordinal] ="),
        ),
    ),
    _one(
        "roster-windows-without-flags",
        "availability memo",
        "a roster week's merged windows are memoised without the flags",
        ENGINE,
        "key = (practitioner_id, business_id, flags)",
        "key = (practitioner_id, business_id)",
    ),
    # --- links ----------------------------------------------------------------------------------
    _one(
        "book-group-links-appointment",
        "links",
        "a group entry of the appointment book links to /appointment/{id}",
        APPS,
        '    Category.GROUP: "group_appointment",\n',
        '    Category.GROUP: "appointment",\n',
    ),
    _one(
        "book-note-links-rule-out",
        "links",
        "a note of the appointment book links to /rule_out/{id}",
        APPS,
        '    Category.NOTE: "note",\n',
        "",
    ),
    _one(
        "book-members-link",
        "links",
        "a group entry's members link points at a path no operation serves",
        APPS,
        'f"{path}/appointment_client"',
        'f"{path}/appointment_clients"',
    ),
    _one(
        "book-rule-out-resources",
        "links",
        "a rule out of the appointment book links to resources no operation serves",
        APPS,
        "        if category != Category.RULE_OUT:\n",
        "        if True:\n",
    ),
    _one(
        "next-link-past-last",
        "links",
        "the last page still has a next link",
        "pracsuite_mock/listing.py",
        "if page.page < last_page else None",
        "if page.page <= last_page else None",
    ),
    # --- boundaries and integrity ---------------------------------------------------------------
    _one(
        "capacity-plus-one",
        "group capacity",
        "a full group takes one more member",
        APPS,
        "len(members) >= limit",
        "len(members) > limit",
    ),
    _one(
        "capacity-minus-one",
        "group capacity",
        "a group refuses its last free place",
        APPS,
        "len(members) >= limit",
        "len(members) >= limit - 1",
    ),
    _one(
        "member-unknown-patient",
        "referential integrity",
        "add-member accepts a client_id no patient has",
        APPS,
        '    ctx.require_field("patient", "client_id", client_id)\n',
        "",
    ),
    _one(
        "member-foreign-account",
        "referential integrity",
        "add-member accepts another patient's account",
        APPS,
        '        if account.get("client_id") != client_id:\n            raise InvalidBody(',
        "        if False:\n            raise InvalidBody(",
    ),
    _one(
        "booking-foreign-account",
        "referential integrity",
        "a booking accepts another patient's account",
        APPS,
        'if account.get("client_id") != body["client_id"]:',
        "if False:",
    ),
    _one(
        "note-practitioner-elsewhere",
        "referential integrity",
        "a note is created for a practitioner who does not work at the business",
        APPS,
        '    link = _practitioner_at(ctx, body["practitioner_id"], body["business_id"])\n'
        "    if link is None:\n        raise",
        '    link = _practitioner_at(ctx, body["practitioner_id"], body["business_id"])\n'
        '    link = link or ctx.store.all("practitioner_business", ctx.tenant_id)[0]\n'
        "    if link is None:\n        raise",
    ),
    Mutant(
        "foreign-account-422",
        "undocumented status",
        "an account of another patient under /patient/{id}/account/{id} answers 422, not 404",
        (
            Edit(
                "pracsuite_mock/handlers/patient_records.py",
                "from ..errors import NotFound\n",
                "from ..errors import FieldIssue, InvalidBody, NotFound\n",
            ),
            Edit(
                "pracsuite_mock/handlers/patient_records.py",
                '    if account is None or account.get("client_id") != client_id:\n'
                '        raise NotFound.record("Patient Account", account_id)',
                "    if account is None:\n"
                '        raise NotFound.record("Patient Account", account_id)\n'
                '    if account.get("client_id") != client_id:\n'
                '        raise InvalidBody([FieldIssue("account_id", "not this patient\'s")])',
            ),
        ),
    ),
    _one(
        "availability-foreign-account-500",
        "undocumented status",
        "availability with another patient's account answers 500, not 400",
        ENGINE,
        'raise InvalidAvailabilityQuery("account_id", "no such account for this client")',
        'raise AvailabilityError("no such account for this client")',
    ),
    _one(
        "edit-unknown-resource",
        "referential integrity",
        "an edit accepts resource ids no resource has",
        APPS,
        '    _check_resources(ctx, body.get("resource_ids"))\n    merged = {**record, **body}',
        "    merged = {**record, **body}",
    ),
    # --- sub-lists of cancelled records and folders ----------------------------------------------
    _one(
        "cancelled-sublist-200",
        "cancelled sub-lists",
        "a removed appointment's resources still answer 200",
        "pracsuite_mock/handlers/generic.py",
        'return record.get("category") == wanted and not record.get("removed")',
        'return record.get("category") == wanted',
    ),
    _one(
        "removed-entry-resources-200",
        "cancelled sub-lists",
        "a removed group appointment's or note's resources still answer 200",
        "pracsuite_mock/handlers/linked.py",
        'if entry is None or entry.get("category") != category or entry.get("removed"):',
        'if entry is None or entry.get("category") != category:',
    ),
    _one(
        "cancelled-view-shows-deletions",
        "cancelled sub-lists",
        "the cancelled list shows removals not recorded as cancellations",
        APPS,
        'return bool(record.get("cancelled") or ctx.inputs.query.get("include_deletions"))',
        "return True",
    ),
    _one(
        "remove-twice",
        "cancelled sub-lists",
        "removing a removed appointment answers 204 again",
        APPS,
        'if record is None or record.get("removed") or record.get("category") == Category.NOTE:',
        'if record is None or record.get("category") == Category.NOTE:',
    ),
    _one(
        "removed-group-visible",
        "cancelled sub-lists",
        "a removed group appointment (or note, rule out) is still shown by its views",
        APPS,
        'return record.get("category") == category and not record.get("removed")',
        'return record.get("category") == category',
    ),
    _one(
        "folder-always-empty",
        "folder attachments",
        "a folder's attachment list is always empty",
        "pracsuite_mock/handlers/linked.py",
        '[a for a in attachments if a.get("attachment_client_folder_id") == folder_id]',
        "[]",
    ),
    _one(
        "folder-shows-all",
        "folder attachments",
        "a folder lists every attachment of the tenant",
        "pracsuite_mock/handlers/linked.py",
        '[a for a in attachments if a.get("attachment_client_folder_id") == folder_id]',
        "list(attachments)",
    ),
    # --- transport rules ------------------------------------------------------------------------
    Mutant(
        "body-limit-times-four",
        "body size 413",
        "bodies up to four times the limit are read",
        (
            Edit(APP, "int(declared) > limit:", "int(declared) > limit * 4:"),
            Edit(APP, "        if len(body) > limit:\n", "        if len(body) > limit * 4:\n"),
        ),
    ),
    _one(
        "streamed-body-unlimited",
        "body size 413",
        "a body sent without Content-Length is read whole",
        APP,
        "        if len(body) > limit:\n",
        "        if False:\n",
    ),
    _one(
        "any-content-type",
        "content type 415",
        "a body of any declared media type is read as JSON",
        APP,
        "if len(media_type) > 127 or not _JSON_TYPE.fullmatch(media_type):",
        "if len(media_type) > 127:",
    ),
    _one(
        "no-content-type-accepted",
        "content type 415",
        "a body without Content-Type is read as JSON",
        APP,
        "                return chunk\n        raise UnsupportedMediaType()\n",
        "                return chunk\n        return await _read_limited(request, limit)\n",
    ),
    _one(
        "lone-surrogate-stored",
        "lone surrogates",
        "a value holding a lone surrogate is accepted",
        VALIDATION,
        '            issues.append(FieldIssue(name, f"The {name} field must be valid Unicode text."))',
        "            pass",
    ),
    # `surrogate-key-accepted` (a lone-surrogate field name let through) was equivalent: every
    # body schema closes itself (additionalProperties: false), so the name is refused as unknown
    # (422) anyway. Its replacement breaks what the spec also says of the 422: it names the field.
    _one(
        "surrogate-value-unnamed",
        "lone surrogates",
        "the 422 for a lone surrogate in a value names the body, not the field",
        VALIDATION,
        '            issues.append(FieldIssue(name, f"The {name} field must be valid Unicode text."))',
        '            issues.append(FieldIssue("body", "The body must be valid Unicode text."))',
    ),
    # --- order and precedence -------------------------------------------------------------------
    _one(
        "nulls-first",
        "nulls order",
        "nulls sort before every value",
        "pracsuite_mock/listing.py",
        "        out = present + absent\n",
        "        out = absent + present\n",
    ),
    Mutant(
        "profession-beats-practitioner",
        "duration precedence",
        "a profession's duration rule wins over a practitioner's",
        (Edit(ENGINE, "(8 if rule.practitioner_id", "(2 if rule.practitioner_id"),),
        white_box=("tests/mock/test_duration_precedence.py",),
    ),
    Mutant(
        "tie-highest-id",
        "duration precedence",
        "equally specific rules: the highest id wins",
        (
            Edit(
                ENGINE,
                "if best is None or key < (-rule_specificity(best), best.duration_rule_id):",
                "if best is None or key[0] <= -rule_specificity(best):",
            ),
        ),
        white_box=("tests/mock/test_duration_precedence.py",),
    ),
    # --- the families last round already covered --------------------------------------------------
    _one(
        "page-offset",
        "pagination",
        "pages after the first start one item late",
        "pracsuite_mock/listing.py",
        "start = (page.page - 1) * page.page_size\n",
        "start = (page.page - 1) * page.page_size + (page.page > 1)\n",
    ),
    _one(
        "contains-case-sensitive",
        "filtering",
        "`contains` compares case-sensitively",
        "pracsuite_mock/filtering.py",
        '"contains": lambda a, b: str(b).casefold() in str(a).casefold(),',
        '"contains": lambda a, b: str(b) in str(a),',
    ),
    _one(
        "gte-as-gt",
        "filtering",
        "`gte` excludes equal values",
        "pracsuite_mock/filtering.py",
        '"gte": lambda a, b: bool(a >= b),',
        '"gte": lambda a, b: bool(a > b),',
    ),
    _one(
        "sort-first-key-only",
        "sorting",
        "only the first sort_by field is applied",
        "pracsuite_mock/listing.py",
        "    for key in reversed(keys):\n",
        "    for key in list(keys)[:1]:\n",
    ),
    _one(
        "find-ignores-tenant",
        "tenant isolation",
        "a record by id is looked up in tenant 1 whatever the caller",
        "pracsuite_mock/handlers/context.py",
        "return self.store.get(collection, self.tenant_id, record_id)",
        "return self.store.get(collection, 1, record_id)",
    ),
    _one(
        "vendor-key-ignored",
        "auth",
        "any vendor key is accepted",
        "pracsuite_mock/auth.py",
        "if vendor not in keys.vendor or tenant is None:",
        "if tenant is None:",
    ),
    # `window-eight-days` (an 8-day window let through validation) was equivalent: the
    # availability engine checks the window again and answers the same 400. Its replacement is
    # the off-by-one the other way, which nothing downstream undoes: a full 7-day window refused.
    _one(
        "window-full-week-rejected",
        "validation",
        "a 7-day availability window (the documented maximum, inclusive) is refused",
        VALIDATION,
        "    if days > max_days:\n",
        "    if days >= max_days:\n",
    ),
    _one(
        "cancel-not-recorded",
        "workflows",
        "a cancel without a body is not recorded as a cancellation",
        APPS,
        'cancelled=bool(body.get("record_as_cancelled", True)),',
        'cancelled=bool(body.get("record_as_cancelled", False)),',
    ),
    # --- added for issue 20b: families the catalogue covered thinly, written from the mock's
    # documented behaviour (module docstrings, the spec), not from the checks ----------------
    _one(
        "page-beyond-end-repeats-last",
        "pagination",
        "a page beyond the last answers the last page's items instead of an empty list",
        LISTING,
        "    window = records[start : start + page.page_size] if start < total else []\n",
        "    window = (\n"
        "        records[start : start + page.page_size]\n"
        "        if start < total\n"
        "        else list(records[-page.page_size :])\n"
        "    )\n",
    ),
    _one(
        "page-size-capped-at-50",
        "pagination",
        "page_size=100 (the documented maximum) answers at most 50 items",
        GENERIC,
        'int(ctx.inputs.query.get("page_size", _default(ctx, "page_size", 50))),',
        'min(50, int(ctx.inputs.query.get("page_size", _default(ctx, "page_size", 50)))),',
    ),
    _one(
        "previous-on-first-page",
        "links",
        "page 1 answers a `previous` link (to page 0) instead of null",
        LISTING,
        '"previous": url.with_page(page.page - 1) if page.page > 1 else None,',
        '"previous": url.with_page(page.page - 1) if page.page >= 1 else None,',
    ),
    _one(
        "row-num-from-zero",
        "pagination",
        "`row_num` counts from 0, not 1",
        LISTING,
        '"row_num": start + offset + 1,',
        '"row_num": start + offset,',
    ),
    _one(
        "lt-as-lte",
        "filtering",
        "`lt` includes equal values",
        FILTERING,
        '"lt": lambda a, b: bool(a < b),',
        '"lt": lambda a, b: bool(a <= b),',
    ),
    _one(
        "ne-drops-nulls",
        "filtering",
        "`ne` leaves out records whose field is null (null is not equal to the value)",
        FILTERING,
        '            return self.operator == "ne"\n',
        "            return False\n",
    ),
    _one(
        "unknown-subscriber-is-tenant-one",
        "auth",
        "an unknown subscriber key answers as tenant 1 instead of 401",
        AUTH,
        "    tenant = keys.subscribers.get(subscriber)\n",
        "    tenant = keys.subscribers.get(subscriber, 1)\n",
    ),
    _one(
        "missing-vendor-key-401",
        "auth",
        "a request without the vendor key answers 401 (as a wrong key) instead of 403",
        AUTH,
        "    if not vendor:\n",
        "    if not vendor and False:\n",
    ),
    _one(
        "booking-foreign-patient",
        "tenant isolation",
        "a booking may name a patient of tenant 1 from any tenant",
        APPS,
        '    ctx.require_field("patient", "client_id", body["client_id"])\n',
        '    if ctx.store.get("patient", 1, body["client_id"]) is None:\n'
        '        ctx.require_field("patient", "client_id", body["client_id"])\n',
    ),
    _one(
        "storage-changed-field-accepted",
        "storage",
        "storage accepts an upload whose fields break the policy's conditions",
        STORAGE,
        '            if not (got == value if op == "eq" else got.startswith(value)):\n',
        "            if False:\n",
    ),
    _one(
        "storage-expiry-unchecked",
        "storage",
        "storage accepts an upload after the policy's expiration",
        STORAGE,
        "        if self.clock() > expiration.replace(tzinfo=dt.UTC).timestamp():\n",
        "        if False:\n",
        white_box=("tests/mock/test_storage.py",),
    ),
    # --- a second round, planted as a reviewer would: one plausible slip per module ----------
    _one(
        "last-page-floor",
        "pagination",
        "the last page is counted with floor division: a partial last page has no next link",
        LISTING,
        "last_page = max(1, math.ceil(total / page.page_size))",
        "last_page = max(1, total // page.page_size)",
    ),
    _one(
        "previous-missing-on-page-two",
        "links",
        "page 2 answers no previous link (off by one)",
        LISTING,
        '"previous": url.with_page(page.page - 1) if page.page > 1 else None,',
        '"previous": url.with_page(page.page - 1) if page.page > 2 else None,',
    ),
    _one(
        "self-link-without-query",
        "links",
        "links.self drops the query (filters, sort_by, page_size) and keeps only the page",
        LISTING,
        '"self": url.with_page(page.page),',
        '"self": f"{url.scheme}://{url.netloc}{url.path}?page={page.page}",',
    ),
    _one(
        "total-rows-is-page-length",
        "pagination",
        "each item's total_rows counts the page, not the listing",
        LISTING,
        '"total_rows": total} if with_meta',
        '"total_rows": len(window)} if with_meta',
    ),
    _one(
        "lte-as-lt",
        "filtering",
        "`lte` excludes equal values",
        FILTERING,
        '"lte": lambda a, b: bool(a <= b),',
        '"lte": lambda a, b: bool(a < b),',
    ),
    _one(
        "contains-as-prefix",
        "filtering",
        "`contains` matches only at the start of the value",
        FILTERING,
        '"contains": lambda a, b: str(b).casefold() in str(a).casefold(),',
        '"contains": lambda a, b: str(a).casefold().startswith(str(b).casefold()),',
    ),
    _one(
        "index-nulls-first",
        "nulls order",
        "the sort index of a whole collection puts nulls before every value",
        SORT_INDEX,
        "            parts.append((0, value))\n",
        "            parts.append((2, value))\n",
    ),
    _one(
        "index-stale-on-update",
        "sorting",
        "an edit does not move the record in the sort index of its collection",
        STORE,
        "            self._reindex(name, tenant_id, record_id, old, record)\n"
        "            self._bump(tenant_id)\n"
        "            self._tell(name, tenant_id, old, record)\n",
        "            self._bump(tenant_id)\n            self._tell(name, tenant_id, old, record)\n",
    ),
    _one(
        "patient-edit-keeps-modified",
        "write stamps",
        "editing a patient leaves `modified` as it was",
        PATIENTS,
        '    record["modified"] = now_stamp(record.get("modified"))\n',
        "",
    ),
    _one(
        "appointment-edit-keeps-modified",
        "write stamps",
        "editing an appointment leaves `modified` as it was",
        APPS,
        '    merged["modified"] = now_stamp(record.get("modified"))\n',
        "",
    ),
    _one(
        "cancel-without-cancellation-time",
        "workflows",
        "a cancellation is recorded without its cancellation_time",
        APPS,
        "        cancellation_time=now_stamp(),\n",
        "        cancellation_time=None,\n",
    ),
    _one(
        "member-twice",
        "group capacity",
        "a patient already in a group is added to it again",
        APPS,
        '    if any(m.get("client_id") == client_id for m in members):\n',
        "    if False:\n",
    ),
    _one(
        "touching-slot-before-lost",
        "availability engine",
        "a slot that ends exactly where busy time starts is not offered",
        ENGINE,
        "if free_until - duration >= t:",
        "if free_until - duration > t:",
    ),
    _one(
        "last-slot-of-window-lost",
        "availability engine",
        "a slot that ends exactly where the roster window ends is not offered",
        ENGINE,
        "while t + duration <= end:",
        "while t + duration < end:",
    ),
    _one(
        "cache-hit-skips-rate-limit",
        "rate limit",
        "an answer from the answer cache does not count against --rate-limit",
        APP,
        "        if state.limiter is not None:  # the one rate limit",
        "        if state.limiter is not None and request is not None:  # the one rate limit",
    ),
    _one(
        "429-without-retry-after",
        "rate limit",
        "a 429 is sent without Retry-After",
        ERRORS,
        'headers={"Retry-After": str(retry_after)},',
        "headers={},",
    ),
    _one(
        "read-timeout-never-fires",
        "server limits",
        "a request left incomplete is never answered 408: the read timer waits a thousand times long",
        PROTOCOL,
        "self.loop.call_later(self.read_timeout, self._read_timed_out)",
        "self.loop.call_later(self.read_timeout * 1000, self._read_timed_out)",
    ),
    _one(
        "head-limit-per-header",
        "server limits",
        "the request head limit is applied to each header alone, not to the whole head",
        PROTOCOL,
        "        self._head_bytes += size\n",
        "        self._head_bytes = size\n",
    ),
    _one(
        "note-in-appointment-views",
        "views",
        "the views of one category (appointments, groups, rule outs) also list notes",
        APPS,
        '        return record.get("category") == category and not record.get("removed")\n',
        '        return record.get("category") in (category, Category.NOTE) and not record.get(\n'
        '            "removed"\n'
        "        )\n",
    ),
)
