import json
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_patient_contacts_by_patient_response_200 import ListPatientContactsByPatientResponse200
from ...models.list_patient_contacts_by_patient_sort_by_item import (
    ListPatientContactsByPatientSortByItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    client_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListPatientContactsByPatientSortByItem] | Unset = UNSET,
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
        "url": "/patient/{client_id}/patient_contact".format(
            client_id=quote(str(client_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListPatientContactsByPatientResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPatientContactsByPatientResponse200.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListPatientContactsByPatientResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListPatientContactsByPatientSortByItem] | Unset = UNSET,
) -> Response[ErrorEnvelope | ListPatientContactsByPatientResponse200]:
    """List Patient Contacts By Patient

     One patient's contacts, paginated. Default order is `patient_contact_id` ascending.

    Args:
        client_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListPatientContactsByPatientSortByItem] | Unset): JSON array of field names
            to sort by, in priority order, ascending. Sent as one query value: its compact JSON text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListPatientContactsByPatientResponse200]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListPatientContactsByPatientSortByItem] | Unset = UNSET,
) -> ErrorEnvelope | ListPatientContactsByPatientResponse200 | None:
    """List Patient Contacts By Patient

     One patient's contacts, paginated. Default order is `patient_contact_id` ascending.

    Args:
        client_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListPatientContactsByPatientSortByItem] | Unset): JSON array of field names
            to sort by, in priority order, ascending. Sent as one query value: its compact JSON text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListPatientContactsByPatientResponse200
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    ).parsed


async def asyncio_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListPatientContactsByPatientSortByItem] | Unset = UNSET,
) -> Response[ErrorEnvelope | ListPatientContactsByPatientResponse200]:
    """List Patient Contacts By Patient

     One patient's contacts, paginated. Default order is `patient_contact_id` ascending.

    Args:
        client_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListPatientContactsByPatientSortByItem] | Unset): JSON array of field names
            to sort by, in priority order, ascending. Sent as one query value: its compact JSON text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListPatientContactsByPatientResponse200]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListPatientContactsByPatientSortByItem] | Unset = UNSET,
) -> ErrorEnvelope | ListPatientContactsByPatientResponse200 | None:
    """List Patient Contacts By Patient

     One patient's contacts, paginated. Default order is `patient_contact_id` ascending.

    Args:
        client_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListPatientContactsByPatientSortByItem] | Unset): JSON array of field names
            to sort by, in priority order, ascending. Sent as one query value: its compact JSON text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListPatientContactsByPatientResponse200
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            page=page,
            page_size=page_size,
            sort_by=sort_by,
        )
    ).parsed
