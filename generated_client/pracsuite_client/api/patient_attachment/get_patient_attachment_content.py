from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, HasApi, RequestOptions, resolve_client
from ...types import Redirect, Response


def _get_kwargs(
    patient_attachment_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/patient_attachment/{patient_attachment_id}/content".format(
            patient_attachment_id=quote(str(patient_attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Redirect:
    try:
        if response.status_code == 302:
            return Redirect(location=response.headers["location"], status_code=response.status_code)
        pass
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.UnexpectedResponseError(
            f"cannot parse the answer ({type(exc).__name__}: {exc})", response
        ) from exc
    if not response.is_success:
        raise errors.error_from_response(response)
    raise errors.UnexpectedStatus("a status this operation does not document", response)


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Redirect]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    patient_attachment_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Redirect]:
    """Download Patient Attachment

     Answers a temporary redirect to the attachment's storage location: the `Location` header holds a
    short-lived presigned URL. Follow the redirect to download the file.

    Args:
        patient_attachment_id (int):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[Redirect]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        patient_attachment_id=patient_attachment_id,
    )

    response = api.request(
        kwargs,
        RequestOptions.of(
            timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
        ),
    )

    return _build_response(client=api, response=response)


def sync(
    patient_attachment_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Redirect:
    """Download Patient Attachment

     Answers a temporary redirect to the attachment's storage location: the `Location` header holds a
    short-lived presigned URL. Follow the redirect to download the file.

    Args:
        patient_attachment_id (int):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Redirect
    """

    return sync_detailed(
        patient_attachment_id=patient_attachment_id,
        client=client,
        timeout=timeout,
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    ).parsed


async def asyncio_detailed(
    patient_attachment_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Response[Redirect]:
    """Download Patient Attachment

     Answers a temporary redirect to the attachment's storage location: the `Location` header holds a
    short-lived presigned URL. Follow the redirect to download the file.

    Args:
        patient_attachment_id (int):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Response[Redirect]
    """

    api = resolve_client(client)
    kwargs = _get_kwargs(
        patient_attachment_id=patient_attachment_id,
    )

    response = await api.arequest(
        kwargs,
        RequestOptions.of(
            timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, max_retries=max_retries
        ),
    )

    return _build_response(client=api, response=response)


async def asyncio(
    patient_attachment_id: int,
    *,
    client: AuthenticatedClient | Client | HasApi,
    timeout: float | httpx.Timeout | None = None,
    extra_headers: Mapping[str, str] | None = None,
    extra_query: Mapping[str, Any] | None = None,
    max_retries: int | None = None,
) -> Redirect:
    """Download Patient Attachment

     Answers a temporary redirect to the attachment's storage location: the `Location` header holds a
    short-lived presigned URL. Follow the redirect to download the file.

    Args:
        patient_attachment_id (int):

    Per-call options (keyword-only): `timeout` (seconds or httpx.Timeout), `extra_headers`,
    `extra_query`, `max_retries` (retries, with `pracsuite.Client`'s retry transport).

    Raises:
        errors.APIError: The API answered a non-2xx status (a subclass per status).
        errors.UnexpectedResponseError: A 2xx answer that cannot be parsed (the raw body is kept).
        errors.APIConnectionError: The request did not complete (APITimeoutError: it timed out).

    Returns:
        Redirect
    """

    return (
        await asyncio_detailed(
            patient_attachment_id=patient_attachment_id,
            client=client,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            max_retries=max_retries,
        )
    ).parsed
