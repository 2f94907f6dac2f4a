from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, HasApi, RequestOptions, resolve_client
from ...models.appointment import Appointment
from ...types import Response, json_body


def _get_kwargs(
    appointment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/appointment/{appointment_id}".format(
            appointment_id=quote(str(appointment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Appointment:
    try:
        if response.status_code == 200:
            response_200 = Appointment.from_dict(json_body(response))

            return response_200

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseError(
            f"cannot parse the answer ({type(exc).__name__}: {exc})", response
        ) from exc
    if not response.is_success:
        raise errors.error_from_response(response)
    raise errors.UnexpectedStatus("a status this operation does not document", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Appointment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    appointment_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Appointment]:
    """Get Appointment

    Args:
        appointment_id (int):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[Appointment]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        appointment_id=appointment_id,
    )

    response = api.request(
        kwargs,
        RequestOptions.of(
            timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
        ),
    )

    return _build_response(client=api, response=response)


def sync(
    appointment_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Appointment:
    """Get Appointment

    Args:
        appointment_id (int):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Appointment
    """

    return sync_detailed(
        appointment_id=appointment_id,
        client=client,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    ).parsed


async def asyncio_detailed(
    appointment_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Appointment]:
    """Get Appointment

    Args:
        appointment_id (int):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[Appointment]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        appointment_id=appointment_id,
    )

    response = await api.arequest(
        kwargs,
        RequestOptions.of(
            timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
        ),
    )

    return _build_response(client=api, response=response)


async def asyncio(
    appointment_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Appointment:
    """Get Appointment

    Args:
        appointment_id (int):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Appointment
    """

    return (
        await asyncio_detailed(
            appointment_id=appointment_id,
            client=client,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
    ).parsed
