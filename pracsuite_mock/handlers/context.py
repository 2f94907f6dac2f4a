"""What every handler receives: the matched operation, the caller, validated inputs, the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response

from pracsuite_spec import Operation, Spec

from ..auth import Caller
from ..errors import FieldIssue, InvalidBody, NotFound
from ..listing import RequestURL
from ..registry import Resource, resource_for
from ..schemas import required
from ..shaping import Shaper
from ..storage import Storage
from ..store import Record, Store
from ..validation import RequestInput

if TYPE_CHECKING:
    from .availability import AvailabilityIndexes


@dataclass
class Context:
    request: Request
    operation: Operation
    caller: Caller
    inputs: RequestInput
    store: Store
    spec: Spec
    shaper: Shaper
    url: RequestURL  # this request's URL as links show it (public base URL, validated Host)
    storage: Storage  # the attachments' storage side (storage.py)
    availability: AvailabilityIndexes  # the store's per-tenant availability indexes

    @property
    def origin(self) -> str:
        """`scheme://host[:port]` that links start with (storage URLs hang off it)."""
        return f"{self.url.scheme}://{self.url.netloc}"

    @property
    def tenant_id(self) -> int:
        return self.caller.tenant_id

    def resource(self) -> Resource:
        return resource_for(self.operation.success_schema_name or "")

    def find(self, collection: str, record_id: Any) -> Record | None:
        if not isinstance(record_id, int) or isinstance(record_id, bool):
            return None
        return self.store.get(collection, self.tenant_id, record_id)

    def require(self, collection: str, record_id: int, noun: str) -> Record:
        """The tenant's record, or 404 "Could not find <noun> with ID <id>"."""
        found = self.find(collection, record_id)
        if found is None:
            raise NotFound.record(noun, record_id)
        return found

    def require_field(self, collection: str, field: str, record_id: Any) -> Record:
        """A record a body field refers to, or 422 naming the field."""
        found = self.find(collection, record_id)
        if found is None:
            raise InvalidBody([FieldIssue(field, f"The selected {field} is invalid.")])
        return found

    def show_single(self, record: Record) -> Record:
        """A record answered on its own; with row metadata (1 of 1) if the schema wants it."""
        shown = self.show(record)
        _, schema = self.operation.success
        if schema is not None and "row_num" in required(schema):
            return {"row_num": 1, "total_rows": 1, **shown}
        return shown

    def show(self, record: Record, schema_name: str | None = None) -> Record:
        name = schema_name or self.operation.success_schema_name
        return self.shaper.show(record, name)


Handler = Callable[[Context], Awaitable[Response]]


def now_stamp(after: str | None = None) -> str:
    """An RFC 3339 UTC audit stamp with microseconds, strictly after `after` when given."""
    moment = dt.datetime.now(dt.UTC)
    if after:
        try:
            previous = dt.datetime.fromisoformat(after.replace("Z", "+00:00"))
            if moment <= previous:
                moment = previous + dt.timedelta(microseconds=1)
        except ValueError:
            pass
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
