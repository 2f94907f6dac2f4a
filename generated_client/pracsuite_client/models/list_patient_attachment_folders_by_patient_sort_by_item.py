from enum import StrEnum


class ListPatientAttachmentFoldersByPatientSortByItem(StrEnum):
    ATTACHMENT_CLIENT_FOLDER_ID = "attachment_client_folder_id"
    DESCRIPTION = "description"

    def __str__(self) -> str:
        return str(self.value)
