import json
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_resources_by_appointment_type_sort_by_item import (
    ListResourcesByAppointmentTypeSortByItem,
)
from ...models.resource_list import ResourceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    appointment_type_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListResourcesByAppointmentTypeSortByItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = []
        for sort_by_item_data in sort_by:
            sort_by_item: str = sort_by_item_data
            json_sort_by.append(sort_by_item)

    if not isinstance(json_sort_by, Unset):
        params["sort_by"] = json.dumps(json_sort_by, separators=(",", ":"))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/appointment_type/{appointment_type_id}/resource".format(
            appointment_type_id=quote(str(appointment_type_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ResourceList | None:
    if response.status_code == 200:
        response_200 = ResourceList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ResourceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    appointment_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListResourcesByAppointmentTypeSortByItem] | Unset = UNSET,
) -> Response[ErrorEnvelope | ResourceList]:
    """List Resources by Appointment Type

     The resources an appointment type books, paginated. Default order is `resource_id` ascending.

    Args:
        appointment_type_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListResourcesByAppointmentTypeSortByItem] | Unset): JSON array of field
            names to sort by, in priority order, ascending. Sent as one query value: its compact JSON
            text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ResourceList]
    """

    kwargs = _get_kwargs(
        appointment_type_id=appointment_type_id,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    appointment_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListResourcesByAppointmentTypeSortByItem] | Unset = UNSET,
) -> ErrorEnvelope | ResourceList | None:
    """List Resources by Appointment Type

     The resources an appointment type books, paginated. Default order is `resource_id` ascending.

    Args:
        appointment_type_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListResourcesByAppointmentTypeSortByItem] | Unset): JSON array of field
            names to sort by, in priority order, ascending. Sent as one query value: its compact JSON
            text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ResourceList
    """

    return sync_detailed(
        appointment_type_id=appointment_type_id,
        client=client,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    appointment_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListResourcesByAppointmentTypeSortByItem] | Unset = UNSET,
) -> Response[ErrorEnvelope | ResourceList]:
    """List Resources by Appointment Type

     The resources an appointment type books, paginated. Default order is `resource_id` ascending.

    Args:
        appointment_type_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListResourcesByAppointmentTypeSortByItem] | Unset): JSON array of field
            names to sort by, in priority order, ascending. Sent as one query value: its compact JSON
            text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ResourceList]
    """

    kwargs = _get_kwargs(
        appointment_type_id=appointment_type_id,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    appointment_type_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListResourcesByAppointmentTypeSortByItem] | Unset = UNSET,
) -> ErrorEnvelope | ResourceList | None:
    """List Resources by Appointment Type

     The resources an appointment type books, paginated. Default order is `resource_id` ascending.

    Args:
        appointment_type_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListResourcesByAppointmentTypeSortByItem] | Unset): JSON array of field
            names to sort by, in priority order, ascending. Sent as one query value: its compact JSON
            text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ResourceList
    """

    return (
        await asyncio_detailed(
            appointment_type_id=appointment_type_id,
            client=client,
            page=page,
            page_size=page_size,
            sort_by=sort_by,
        )
    ).parsed
