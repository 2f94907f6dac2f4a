from typing import Literal, cast

ListPatientAttachmentFoldersByPatientSortByItem = Literal["attachment_client_folder_id", "description"]

LIST_PATIENT_ATTACHMENT_FOLDERS_BY_PATIENT_SORT_BY_ITEM_VALUES: set[ListPatientAttachmentFoldersByPatientSortByItem] = {
    "attachment_client_folder_id",
    "description",
}


def check_list_patient_attachment_folders_by_patient_sort_by_item(
    value: str,
) -> ListPatientAttachmentFoldersByPatientSortByItem:
    """`value` as ListPatientAttachmentFoldersByPatientSortByItem; a value newer than this client is kept as it is."""
    return cast(ListPatientAttachmentFoldersByPatientSortByItem, value)
