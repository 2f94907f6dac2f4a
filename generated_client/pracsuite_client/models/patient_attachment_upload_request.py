from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PatientAttachmentUploadRequest")


@_attrs_define
class PatientAttachmentUploadRequest:
    """
    Attributes:
        file_name (str): The file's name, including its extension. Example: example-file.txt.
    """

    file_name: str

    def to_dict(self) -> dict[str, Any]:
        file_name = self.file_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file_name": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        file_name = src_dict["file_name"]

        # Positional, in the order the fields are declared above (41 keyword arguments cost
        # more than reading the 41 fields).
        patient_attachment_upload_request = cls(
            file_name,
        )

        return patient_attachment_upload_request
