from typing import Literal, cast

ListPatientAttachmentsByFolderSortByItem = Literal["attachment_client_id", "description", "file_date"]

LIST_PATIENT_ATTACHMENTS_BY_FOLDER_SORT_BY_ITEM_VALUES: set[ListPatientAttachmentsByFolderSortByItem] = {
    "attachment_client_id",
    "description",
    "file_date",
}


def check_list_patient_attachments_by_folder_sort_by_item(value: str) -> ListPatientAttachmentsByFolderSortByItem:
    """`value` as ListPatientAttachmentsByFolderSortByItem; a value newer than this client is kept as it is."""
    return cast(ListPatientAttachmentsByFolderSortByItem, value)
