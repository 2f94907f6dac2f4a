from typing import Literal

ListPatientAttachmentsByFolderSortByItem = Literal["attachment_client_id", "description", "file_date"]

LIST_PATIENT_ATTACHMENTS_BY_FOLDER_SORT_BY_ITEM_VALUES: set[ListPatientAttachmentsByFolderSortByItem] = {
    "attachment_client_id",
    "description",
    "file_date",
}


def check_list_patient_attachments_by_folder_sort_by_item(value: str) -> ListPatientAttachmentsByFolderSortByItem:
    if value in LIST_PATIENT_ATTACHMENTS_BY_FOLDER_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_ATTACHMENTS_BY_FOLDER_SORT_BY_ITEM_VALUES!r}"
    )
