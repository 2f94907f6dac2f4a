from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.reserve_appointment_request import ReserveAppointmentRequest
from ...models.reserved_appointment import ReservedAppointment
from ...types import Response


def _get_kwargs(
    *,
    body: ReserveAppointmentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reserve_appointment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReservedAppointment | None:
    if response.status_code == 201:
        response_201 = ReservedAppointment.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorEnvelope.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

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
) -> Response[ErrorEnvelope | ReservedAppointment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReserveAppointmentRequest,
) -> Response[ErrorEnvelope | ReservedAppointment]:
    """Reserve Appointment

     Reserves a spot in the appointment book before an appointment type etc. is applied; Finalise
    Appointment then applies the rest of the fields. With `rule_out: true` the spot is booked as a rule
    out and needs no finalising.

    Args:
        body (ReserveAppointmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReservedAppointment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ReserveAppointmentRequest,
) -> ErrorEnvelope | ReservedAppointment | None:
    """Reserve Appointment

     Reserves a spot in the appointment book before an appointment type etc. is applied; Finalise
    Appointment then applies the rest of the fields. With `rule_out: true` the spot is booked as a rule
    out and needs no finalising.

    Args:
        body (ReserveAppointmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReservedAppointment
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReserveAppointmentRequest,
) -> Response[ErrorEnvelope | ReservedAppointment]:
    """Reserve Appointment

     Reserves a spot in the appointment book before an appointment type etc. is applied; Finalise
    Appointment then applies the rest of the fields. With `rule_out: true` the spot is booked as a rule
    out and needs no finalising.

    Args:
        body (ReserveAppointmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReservedAppointment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReserveAppointmentRequest,
) -> ErrorEnvelope | ReservedAppointment | None:
    """Reserve Appointment

     Reserves a spot in the appointment book before an appointment type etc. is applied; Finalise
    Appointment then applies the rest of the fields. With `rule_out: true` the spot is booked as a rule
    out and needs no finalising.

    Args:
        body (ReserveAppointmentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReservedAppointment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
