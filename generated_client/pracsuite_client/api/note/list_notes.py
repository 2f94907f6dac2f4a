import json
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, HasApi, RequestOptions, resolve_client
from ...models.list_notes_response_200 import ListNotesResponse200
from ...models.list_notes_sort_by_item import ListNotesSortByItem
from ...types import UNSET, Response, Unset, json_body


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListNotesSortByItem] | Unset = UNSET,
    q: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    if isinstance(sort_by, str):
        raise TypeError(f"sort_by takes a list, e.g. sort_by=[{sort_by!r}]")
    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = []
        for sort_by_item_data in sort_by:
            sort_by_item: str = sort_by_item_data
            json_sort_by.append(sort_by_item)

    if not isinstance(json_sort_by, Unset):
        params["sort_by"] = json.dumps(json_sort_by, separators=(",", ":"))

    if isinstance(q, str):
        raise TypeError(f"q takes a list, e.g. q=[{q!r}]")
    json_q: list[str] | Unset = UNSET
    if not isinstance(q, Unset):
        json_q = []
        for q_item_data in q:
            q_item: str
            q_item = q_item_data
            json_q.append(q_item)

    params["q[]"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/note",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListNotesResponse200:
    try:
        if response.status_code == 200:
            response_200 = ListNotesResponse200.from_dict(json_body(response))

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
) -> Response[ListNotesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client | HasApi,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListNotesSortByItem] | Unset = UNSET,
    q: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[ListNotesResponse200]:
    """List Notes

     The tenant's appointment-book notes, paginated. Default order is `appointment_id` ascending.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListNotesSortByItem] | Unset): JSON array of field names to sort by, in
            priority order, ascending. Sent as one query value: its compact JSON text.
        q (list[str] | Unset):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[ListNotesResponse200]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        q=q,
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
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListNotesSortByItem] | Unset = UNSET,
    q: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> ListNotesResponse200:
    """List Notes

     The tenant's appointment-book notes, paginated. Default order is `appointment_id` ascending.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListNotesSortByItem] | Unset): JSON array of field names to sort by, in
            priority order, ascending. Sent as one query value: its compact JSON text.
        q (list[str] | Unset):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        ListNotesResponse200
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        q=q,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | HasApi,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListNotesSortByItem] | Unset = UNSET,
    q: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[ListNotesResponse200]:
    """List Notes

     The tenant's appointment-book notes, paginated. Default order is `appointment_id` ascending.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListNotesSortByItem] | Unset): JSON array of field names to sort by, in
            priority order, ascending. Sent as one query value: its compact JSON text.
        q (list[str] | Unset):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[ListNotesResponse200]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        q=q,
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
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    sort_by: list[ListNotesSortByItem] | Unset = UNSET,
    q: list[str] | Unset = UNSET,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> ListNotesResponse200:
    """List Notes

     The tenant's appointment-book notes, paginated. Default order is `appointment_id` ascending.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 50.
        sort_by (list[ListNotesSortByItem] | Unset): JSON array of field names to sort by, in
            priority order, ascending. Sent as one query value: its compact JSON text.
        q (list[str] | Unset):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        ListNotesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            sort_by=sort_by,
            q=q,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
    ).parsed
