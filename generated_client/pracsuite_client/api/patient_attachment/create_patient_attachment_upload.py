from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.patient_attachment_upload_request import PatientAttachmentUploadRequest
from ...models.presigned_upload import PresignedUpload
from ...types import Response


def _get_kwargs(
    client_id: int,
    *,
    body: PatientAttachmentUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/patient/{client_id}/patient_attachment".format(
            client_id=quote(str(client_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PresignedUpload | None:
    if response.status_code == 201:
        response_201 = PresignedUpload.from_dict(response.json())

        return response_201

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
) -> Response[ErrorEnvelope | PresignedUpload]:
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
    body: PatientAttachmentUploadRequest,
) -> Response[ErrorEnvelope | PresignedUpload]:
    """Upload Patient Attachment

     Step one of an upload: answers a presigned POST (`url` and `fields`). Then send a multipart/form-
    data POST to `url` with every entry of `fields`, exactly as returned, and the file last. A modified
    `key` is rejected, as are files over 100 MB.

    Args:
        client_id (int):
        body (PatientAttachmentUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PresignedUpload]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatientAttachmentUploadRequest,
) -> ErrorEnvelope | PresignedUpload | None:
    """Upload Patient Attachment

     Step one of an upload: answers a presigned POST (`url` and `fields`). Then send a multipart/form-
    data POST to `url` with every entry of `fields`, exactly as returned, and the file last. A modified
    `key` is rejected, as are files over 100 MB.

    Args:
        client_id (int):
        body (PatientAttachmentUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PresignedUpload
    """

    return sync_detailed(
        client_id=client_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatientAttachmentUploadRequest,
) -> Response[ErrorEnvelope | PresignedUpload]:
    """Upload Patient Attachment

     Step one of an upload: answers a presigned POST (`url` and `fields`). Then send a multipart/form-
    data POST to `url` with every entry of `fields`, exactly as returned, and the file last. A modified
    `key` is rejected, as are files over 100 MB.

    Args:
        client_id (int):
        body (PatientAttachmentUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PresignedUpload]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    client_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatientAttachmentUploadRequest,
) -> ErrorEnvelope | PresignedUpload | None:
    """Upload Patient Attachment

     Step one of an upload: answers a presigned POST (`url` and `fields`). Then send a multipart/form-
    data POST to `url` with every entry of `fields`, exactly as returned, and the file last. A modified
    `key` is rejected, as are files over 100 MB.

    Args:
        client_id (int):
        body (PatientAttachmentUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PresignedUpload
    """

    return (
        await asyncio_detailed(
            client_id=client_id,
            client=client,
            body=body,
        )
    ).parsed
