from typing import Literal, cast

ListPatientAttachmentsByPatientSortByItem = Literal["attachment_client_id", "description", "file_date"]

LIST_PATIENT_ATTACHMENTS_BY_PATIENT_SORT_BY_ITEM_VALUES: set[ListPatientAttachmentsByPatientSortByItem] = {
    "attachment_client_id",
    "description",
    "file_date",
}


def check_list_patient_attachments_by_patient_sort_by_item(value: str) -> ListPatientAttachmentsByPatientSortByItem:
    """`value` as ListPatientAttachmentsByPatientSortByItem; a value newer than this client is kept as it is."""
    return cast(ListPatientAttachmentsByPatientSortByItem, value)
