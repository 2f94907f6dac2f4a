"""Hand-written methods of generated resources, as mixins.

`scripts/generate_resources.py` makes a resource class `<Name>` inherit `<Name>Extras` (and
`Async<Name>` inherit `Async<Name>Extras`) when this module defines it, so helpers that are more
than one operation slot into `client.<resource>` next to the generated verbs. A mixin reaches the
client as `self._client` and calls the generated functions (the low layer) itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any

from pracsuite_client.api.appointment import create_appointment
from pracsuite_client.api.available_appointment import (
    get_next_available_appointment,
    list_available_appointments,
)
from pracsuite_client.models.appointment import Appointment
from pracsuite_client.models.appointment_create import AppointmentCreate
from pracsuite_client.models.available_appointment import AvailableAppointment

from . import _availability, attachments
from ._base_client import as_date
from ._errors import PracSuiteError
from ._types import to_local

if TYPE_CHECKING:
    from ._async_client import AsyncClient
    from ._client import Client

__all__ = [
    "AsyncAvailableAppointmentsExtras",
    "AsyncPatientAttachmentsExtras",
    "AvailableAppointmentsExtras",
    "PatientAttachmentsExtras",
    "SlotTakenError",
]


class SlotTakenError(PracSuiteError):
    """`book_first_available` found a free time each try, but it was gone before booking."""


def _search(
    appointment_type_id: int,
    business_ids: Iterable[int] | None,
    practitioner_ids: Iterable[int] | None,
    profession_ids: Iterable[int] | None,
    client_id: int | None,
    account_id: int | None,
    online: bool | None,
) -> dict[str, Any]:
    return _availability.search_params(
        appointment_type_id,
        business_ids=business_ids,
        practitioner_ids=practitioner_ids,
        profession_ids=profession_ids,
        resource_ids=None,
        client_id=client_id,
        account_id=account_id,
        manual=None,
        online=online,
        waiting_list=None,
    )


def _recheck(slot: AvailableAppointment, appointment_type_id: int) -> dict[str, Any]:
    """The one-day search, narrowed to the slot's practitioner at its business, that lists the
    slot again if it is still free."""
    day = slot.app_time.date()
    return {
        "from_": day,
        "to": day,
        "appointment_type_id": appointment_type_id,
        "business_ids": [slot.business_id],
        "practitioner_ids": [slot.practitioner_id],
        "page_size": 100,
    }


def _still_listed(slot: AvailableAppointment, found: Iterable[AvailableAppointment]) -> bool:
    key = (slot.app_time, slot.practitioner_business_id)
    return any((s.app_time, s.practitioner_business_id) == key for s in found)


def _booking(
    slot: AvailableAppointment, appointment_type_id: int, client_id: int, account_id: int
) -> AppointmentCreate:
    return AppointmentCreate(
        client_id=client_id,
        account_id=account_id,
        appointment_type_id=appointment_type_id,
        app_time=to_local(slot.app_time),
        practitioner_business_id=slot.practitioner_business_id,
        duration=slot.duration,
    )


class AvailableAppointmentsExtras:
    """`client.available_appointments.first_available()` and `.book_first_available()`."""

    _client: Client

    def first_available(
        self,
        appointment_type_id: int,
        start: date | str,
        end: date | str,
        *,
        business_ids: Iterable[int] | None = None,
        practitioner_ids: Iterable[int] | None = None,
        profession_ids: Iterable[int] | None = None,
        client_id: int | None = None,
        account_id: int | None = None,
        online: bool | None = None,
    ) -> AvailableAppointment | None:
        """The earliest free time from `start` to `end` (inclusive, any length), or None.

        One request per 7-day window (Get Next Available Appointment with `page_size=1`, which
        the API orders by `app_time`), stopping at the first window that has a time: a free
        time this week costs one request."""
        params = _search(
            appointment_type_id,
            business_ids,
            practitioner_ids,
            profession_ids,
            client_id,
            account_id,
            online,
        )
        for first, last in _availability.windows(as_date(start, "start"), as_date(end, "end")):
            page = get_next_available_appointment.sync(
                client=self._client.api, from_=first, to=last, page_size=1, **params
            )
            if page.available_times:
                return page.available_times[0]
        return None

    def book_first_available(
        self,
        appointment_type_id: int,
        start: date | str,
        end: date | str,
        *,
        client_id: int,
        account_id: int,
        business_ids: Iterable[int] | None = None,
        practitioner_ids: Iterable[int] | None = None,
        profession_ids: Iterable[int] | None = None,
        online: bool | None = None,
        attempts: int = 3,
    ) -> Appointment | None:
        """Book the earliest free time from `start` to `end` for the patient; None when there is
        no free time. Before booking, the time is searched again (one request): if another
        booking took it meanwhile, the next free time is tried, `attempts` times in all, then
        `SlotTakenError`.

        The spec assumes the API accepts overlapping bookings (it does not refuse a time that was
        just taken), so this re-check narrows the race to the moment between it and the booking;
        it cannot close it."""
        for _ in range(attempts):
            slot = self.first_available(
                appointment_type_id,
                start,
                end,
                business_ids=business_ids,
                practitioner_ids=practitioner_ids,
                profession_ids=profession_ids,
                client_id=client_id,
                account_id=account_id,
                online=online,
            )
            if slot is None:
                return None
            again = list_available_appointments.sync(
                client=self._client.api, **_recheck(slot, appointment_type_id)
            )
            if _still_listed(slot, again.available_times):
                return create_appointment.sync(
                    client=self._client.api,
                    body=_booking(slot, appointment_type_id, client_id, account_id),
                )
        raise SlotTakenError(f"every free time found was taken before booking ({attempts} tries)")


class AsyncAvailableAppointmentsExtras:
    """As `AvailableAppointmentsExtras`, awaited."""

    _client: AsyncClient

    async def first_available(
        self,
        appointment_type_id: int,
        start: date | str,
        end: date | str,
        *,
        business_ids: Iterable[int] | None = None,
        practitioner_ids: Iterable[int] | None = None,
        profession_ids: Iterable[int] | None = None,
        client_id: int | None = None,
        account_id: int | None = None,
        online: bool | None = None,
    ) -> AvailableAppointment | None:
        """As `Client.available_appointments.first_available`: windows one after another,
        stopping at the first time found."""
        params = _search(
            appointment_type_id,
            business_ids,
            practitioner_ids,
            profession_ids,
            client_id,
            account_id,
            online,
        )
        for first, last in _availability.windows(as_date(start, "start"), as_date(end, "end")):
            page = await get_next_available_appointment.asyncio(
                client=self._client.api, from_=first, to=last, page_size=1, **params
            )
            if page.available_times:
                return page.available_times[0]
        return None

    async def book_first_available(
        self,
        appointment_type_id: int,
        start: date | str,
        end: date | str,
        *,
        client_id: int,
        account_id: int,
        business_ids: Iterable[int] | None = None,
        practitioner_ids: Iterable[int] | None = None,
        profession_ids: Iterable[int] | None = None,
        online: bool | None = None,
        attempts: int = 3,
    ) -> Appointment | None:
        """As `Client.available_appointments.book_first_available`."""
        for _ in range(attempts):
            slot = await self.first_available(
                appointment_type_id,
                start,
                end,
                business_ids=business_ids,
                practitioner_ids=practitioner_ids,
                profession_ids=profession_ids,
                client_id=client_id,
                account_id=account_id,
                online=online,
            )
            if slot is None:
                return None
            again = await list_available_appointments.asyncio(
                client=self._client.api, **_recheck(slot, appointment_type_id)
            )
            if _still_listed(slot, again.available_times):
                return await create_appointment.asyncio(
                    client=self._client.api,
                    body=_booking(slot, appointment_type_id, client_id, account_id),
                )
        raise SlotTakenError(f"every free time found was taken before booking ({attempts} tries)")


class PatientAttachmentsExtras:
    """`client.patient_attachments.upload / download / stream`: the documented workflows of
    `pracsuite.attachments` (both upload steps; the download's 302 followed without the keys)."""

    _client: Client

    def upload(
        self,
        patient_id: int,
        file: attachments.FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
    ) -> attachments.Upload:
        """Upload a file (a path or a binary file object, streamed) to a patient's attachments.

        Raises `UploadAccessDenied`, `UploadTooLarge` or `StorageError` when storage refuses,
        an `APIError` when the API does."""
        return attachments.upload_attachment(
            self._client, patient_id, file, file_name=file_name, content_type=content_type
        )

    def download(self, attachment_id: int) -> bytes:
        """The attachment's bytes, whole (`stream` for large files)."""
        return attachments.download_attachment(self._client, attachment_id)

    def stream(self, attachment_id: int, *, chunk_size: int | None = None) -> Iterator[bytes]:
        """The attachment's bytes in chunks; the download starts when iteration does."""
        return attachments.stream_attachment(self._client, attachment_id, chunk_size=chunk_size)


class AsyncPatientAttachmentsExtras:
    """`PatientAttachmentsExtras` for `pracsuite.AsyncClient`."""

    _client: AsyncClient

    async def upload(
        self,
        patient_id: int,
        file: attachments.FileInput,
        *,
        file_name: str | None = None,
        content_type: str | None = None,
    ) -> attachments.Upload:
        """`PatientAttachmentsExtras.upload`, awaited."""
        return await attachments.aupload_attachment(
            self._client, patient_id, file, file_name=file_name, content_type=content_type
        )

    async def download(self, attachment_id: int) -> bytes:
        """`PatientAttachmentsExtras.download`, awaited."""
        return await attachments.adownload_attachment(self._client, attachment_id)

    def stream(self, attachment_id: int, *, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """`PatientAttachmentsExtras.stream`, with `async for`."""
        return attachments.astream_attachment(self._client, attachment_id, chunk_size=chunk_size)
