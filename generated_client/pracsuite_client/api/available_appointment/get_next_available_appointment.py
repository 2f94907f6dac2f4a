import datetime
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, HasApi, RequestOptions, resolve_client
from ...models.get_next_available_appointment_response_200 import GetNextAvailableAppointmentResponse200
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    from_: datetime.date,
    to: datetime.date,
    appointment_type_id: int,
    client_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    business_ids: list[int] | Unset = UNSET,
    practitioner_ids: list[int] | Unset = UNSET,
    profession_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    manual: bool | Unset = UNSET,
    online: bool | Unset = UNSET,
    waiting_list: bool | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to = to.isoformat()
    params["to"] = json_to

    params["appointment_type_id"] = appointment_type_id

    params["client_id"] = client_id

    params["account_id"] = account_id

    if isinstance(business_ids, str):
        raise TypeError(f"business_ids takes a list, e.g. business_ids=[{business_ids!r}]")
    json_business_ids: list[int] | Unset = UNSET
    if not isinstance(business_ids, Unset):
        json_business_ids = business_ids

    if not isinstance(json_business_ids, Unset):
        params["business_ids"] = ",".join(str(item) for item in json_business_ids)

    if isinstance(practitioner_ids, str):
        raise TypeError(f"practitioner_ids takes a list, e.g. practitioner_ids=[{practitioner_ids!r}]")
    json_practitioner_ids: list[int] | Unset = UNSET
    if not isinstance(practitioner_ids, Unset):
        json_practitioner_ids = practitioner_ids

    if not isinstance(json_practitioner_ids, Unset):
        params["practitioner_ids"] = ",".join(str(item) for item in json_practitioner_ids)

    if isinstance(profession_ids, str):
        raise TypeError(f"profession_ids takes a list, e.g. profession_ids=[{profession_ids!r}]")
    json_profession_ids: list[int] | Unset = UNSET
    if not isinstance(profession_ids, Unset):
        json_profession_ids = profession_ids

    if not isinstance(json_profession_ids, Unset):
        params["profession_ids"] = ",".join(str(item) for item in json_profession_ids)

    if isinstance(resource_ids, str):
        raise TypeError(f"resource_ids takes a list, e.g. resource_ids=[{resource_ids!r}]")
    json_resource_ids: list[int] | Unset = UNSET
    if not isinstance(resource_ids, Unset):
        json_resource_ids = resource_ids

    if not isinstance(json_resource_ids, Unset):
        params["resource_ids"] = ",".join(str(item) for item in json_resource_ids)

    params["manual"] = manual

    params["online"] = online

    params["waiting_list"] = waiting_list

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/next_available_appointment",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetNextAvailableAppointmentResponse200:
    try:
        if response.status_code == 200:
            response_200 = GetNextAvailableAppointmentResponse200.from_dict(json_body(response))

            return response_200

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseError(
            f"cannot parse the answer ({type(exc).__name__}: {exc})", response
        ) from exc
    if not response.is_success:
        raise errors.error_from_response(response)
    raise errors.UnexpectedStatus("a status this operation does not document", response)


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetNextAvailableAppointmentResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client | HasApi,
    from_: datetime.date,
    to: datetime.date,
    appointment_type_id: int,
    client_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    business_ids: list[int] | Unset = UNSET,
    practitioner_ids: list[int] | Unset = UNSET,
    profession_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    manual: bool | Unset = UNSET,
    online: bool | Unset = UNSET,
    waiting_list: bool | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[GetNextAvailableAppointmentResponse200]:
    """Get Next Available Appointment

     The earliest available time in the window for each practitioner at each business
    (practitioner_business) that has one, with the same filters and rules as List Available
    Appointments, ordered by `app_time`.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        appointment_type_id (int):
        client_id (int | Unset):
        account_id (int | Unset):
        business_ids (list[int] | Unset): Only times at these businesses. Sent as one query value:
            its items joined with commas.
        practitioner_ids (list[int] | Unset): Only times with these practitioners. Sent as one
            query value: its items joined with commas.
        profession_ids (list[int] | Unset): Only times with practitioners of these professions.
            Sent as one query value: its items joined with commas.
        resource_ids (list[int] | Unset): Only times when all of these resources are free at the
            business. Sent as one query value: its items joined with commas.
        manual (bool | Unset):
        online (bool | Unset):
        waiting_list (bool | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[GetNextAvailableAppointmentResponse200]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        appointment_type_id=appointment_type_id,
        client_id=client_id,
        account_id=account_id,
        business_ids=business_ids,
        practitioner_ids=practitioner_ids,
        profession_ids=profession_ids,
        resource_ids=resource_ids,
        manual=manual,
        online=online,
        waiting_list=waiting_list,
        page=page,
        page_size=page_size,
    )

    response = api.request(
        kwargs,
        RequestOptions.of(
            timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
        ),
    )

    return _build_response(client=api, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client | HasApi,
    from_: datetime.date,
    to: datetime.date,
    appointment_type_id: int,
    client_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    business_ids: list[int] | Unset = UNSET,
    practitioner_ids: list[int] | Unset = UNSET,
    profession_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    manual: bool | Unset = UNSET,
    online: bool | Unset = UNSET,
    waiting_list: bool | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> GetNextAvailableAppointmentResponse200:
    """Get Next Available Appointment

     The earliest available time in the window for each practitioner at each business
    (practitioner_business) that has one, with the same filters and rules as List Available
    Appointments, ordered by `app_time`.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        appointment_type_id (int):
        client_id (int | Unset):
        account_id (int | Unset):
        business_ids (list[int] | Unset): Only times at these businesses. Sent as one query value:
            its items joined with commas.
        practitioner_ids (list[int] | Unset): Only times with these practitioners. Sent as one
            query value: its items joined with commas.
        profession_ids (list[int] | Unset): Only times with practitioners of these professions.
            Sent as one query value: its items joined with commas.
        resource_ids (list[int] | Unset): Only times when all of these resources are free at the
            business. Sent as one query value: its items joined with commas.
        manual (bool | Unset):
        online (bool | Unset):
        waiting_list (bool | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        GetNextAvailableAppointmentResponse200
    """

    return sync_detailed(
        client=client,
        from_=from_,
        to=to,
        appointment_type_id=appointment_type_id,
        client_id=client_id,
        account_id=account_id,
        business_ids=business_ids,
        practitioner_ids=practitioner_ids,
        profession_ids=profession_ids,
        resource_ids=resource_ids,
        manual=manual,
        online=online,
        waiting_list=waiting_list,
        page=page,
        page_size=page_size,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | HasApi,
    from_: datetime.date,
    to: datetime.date,
    appointment_type_id: int,
    client_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    business_ids: list[int] | Unset = UNSET,
    practitioner_ids: list[int] | Unset = UNSET,
    profession_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    manual: bool | Unset = UNSET,
    online: bool | Unset = UNSET,
    waiting_list: bool | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[GetNextAvailableAppointmentResponse200]:
    """Get Next Available Appointment

     The earliest available time in the window for each practitioner at each business
    (practitioner_business) that has one, with the same filters and rules as List Available
    Appointments, ordered by `app_time`.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        appointment_type_id (int):
        client_id (int | Unset):
        account_id (int | Unset):
        business_ids (list[int] | Unset): Only times at these businesses. Sent as one query value:
            its items joined with commas.
        practitioner_ids (list[int] | Unset): Only times with these practitioners. Sent as one
            query value: its items joined with commas.
        profession_ids (list[int] | Unset): Only times with practitioners of these professions.
            Sent as one query value: its items joined with commas.
        resource_ids (list[int] | Unset): Only times when all of these resources are free at the
            business. Sent as one query value: its items joined with commas.
        manual (bool | Unset):
        online (bool | Unset):
        waiting_list (bool | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[GetNextAvailableAppointmentResponse200]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        from_=from_,
        to=to,
        appointment_type_id=appointment_type_id,
        client_id=client_id,
        account_id=account_id,
        business_ids=business_ids,
        practitioner_ids=practitioner_ids,
        profession_ids=profession_ids,
        resource_ids=resource_ids,
        manual=manual,
        online=online,
        waiting_list=waiting_list,
        page=page,
        page_size=page_size,
    )

    response = await api.arequest(
        kwargs,
        RequestOptions.of(
            timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
        ),
    )

    return _build_response(client=api, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | HasApi,
    from_: datetime.date,
    to: datetime.date,
    appointment_type_id: int,
    client_id: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    business_ids: list[int] | Unset = UNSET,
    practitioner_ids: list[int] | Unset = UNSET,
    profession_ids: list[int] | Unset = UNSET,
    resource_ids: list[int] | Unset = UNSET,
    manual: bool | Unset = UNSET,
    online: bool | Unset = UNSET,
    waiting_list: bool | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> GetNextAvailableAppointmentResponse200:
    """Get Next Available Appointment

     The earliest available time in the window for each practitioner at each business
    (practitioner_business) that has one, with the same filters and rules as List Available
    Appointments, ordered by `app_time`.

    Args:
        from_ (datetime.date):
        to (datetime.date):
        appointment_type_id (int):
        client_id (int | Unset):
        account_id (int | Unset):
        business_ids (list[int] | Unset): Only times at these businesses. Sent as one query value:
            its items joined with commas.
        practitioner_ids (list[int] | Unset): Only times with these practitioners. Sent as one
            query value: its items joined with commas.
        profession_ids (list[int] | Unset): Only times with practitioners of these professions.
            Sent as one query value: its items joined with commas.
        resource_ids (list[int] | Unset): Only times when all of these resources are free at the
            business. Sent as one query value: its items joined with commas.
        manual (bool | Unset):
        online (bool | Unset):
        waiting_list (bool | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        GetNextAvailableAppointmentResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            from_=from_,
            to=to,
            appointment_type_id=appointment_type_id,
            client_id=client_id,
            account_id=account_id,
            business_ids=business_ids,
            practitioner_ids=practitioner_ids,
            profession_ids=profession_ids,
            resource_ids=resource_ids,
            manual=manual,
            online=online,
            waiting_list=waiting_list,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
    ).parsed
