from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.patient_attachment_folder import PatientAttachmentFolder
from ...types import Response


def _get_kwargs(
    patient_attachment_folder_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/patient_attachment_folder/{patient_attachment_folder_id}".format(
            patient_attachment_folder_id=quote(str(patient_attachment_folder_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PatientAttachmentFolder | None:
    if response.status_code == 200:
        response_200 = PatientAttachmentFolder.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PatientAttachmentFolder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    patient_attachment_folder_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | PatientAttachmentFolder]:
    """Get Patient Attachment Folder

    Args:
        patient_attachment_folder_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PatientAttachmentFolder]
    """

    kwargs = _get_kwargs(
        patient_attachment_folder_id=patient_attachment_folder_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    patient_attachment_folder_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | PatientAttachmentFolder | None:
    """Get Patient Attachment Folder

    Args:
        patient_attachment_folder_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PatientAttachmentFolder
    """

    return sync_detailed(
        patient_attachment_folder_id=patient_attachment_folder_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    patient_attachment_folder_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | PatientAttachmentFolder]:
    """Get Patient Attachment Folder

    Args:
        patient_attachment_folder_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PatientAttachmentFolder]
    """

    kwargs = _get_kwargs(
        patient_attachment_folder_id=patient_attachment_folder_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    patient_attachment_folder_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | PatientAttachmentFolder | None:
    """Get Patient Attachment Folder

    Args:
        patient_attachment_folder_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PatientAttachmentFolder
    """

    return (
        await asyncio_detailed(
            patient_attachment_folder_id=patient_attachment_folder_id,
            client=client,
        )
    ).parsed
