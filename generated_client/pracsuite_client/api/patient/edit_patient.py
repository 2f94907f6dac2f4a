from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, HasApi, RequestOptions, resolve_client
from ...models.patient import Patient
from ...models.patient_edit import PatientEdit
from ...types import Response, json_body


def _get_kwargs(
    client_id: int,
    *,
    body: PatientEdit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/patient/{client_id}".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Patient:
    try:
        if response.status_code == 200:
            response_200 = Patient.from_dict(json_body(response))

            return response_200

        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseError(
            f"cannot parse the answer ({type(exc).__name__}: {exc})", response
        ) from exc
    if not response.is_success:
        raise errors.error_from_response(response)
    raise errors.UnexpectedStatus("a status this operation does not document", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Patient]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    body: PatientEdit,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Patient]:
    """Edit Patient

     Changes the fields given; fields left out keep their values.

    Args:
        client_id (int):
        body (PatientEdit):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[Patient]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = api.request(
        kwargs,
        RequestOptions.of(
            timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
        ),
    )

    return _build_response(client=api, response=response)


def sync(
    client_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    body: PatientEdit,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Patient:
    """Edit Patient

     Changes the fields given; fields left out keep their values.

    Args:
        client_id (int):
        body (PatientEdit):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Patient
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    ).parsed


async def asyncio_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    body: PatientEdit,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Patient]:
    """Edit Patient

     Changes the fields given; fields left out keep their values.

    Args:
        client_id (int):
        body (PatientEdit):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[Patient]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await api.arequest(
        kwargs,
        RequestOptions.of(
            timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
        ),
    )

    return _build_response(client=api, response=response)


async def asyncio(
    client_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    body: PatientEdit,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Patient:
    """Edit Patient

     Changes the fields given; fields left out keep their values.

    Args:
        client_id (int):
        body (PatientEdit):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Patient
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
    ).parsed
