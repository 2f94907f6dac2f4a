from typing import Literal

ListPatientAttachmentsByPatientSortByItem = Literal["attachment_client_id", "description", "file_date"]

LIST_PATIENT_ATTACHMENTS_BY_PATIENT_SORT_BY_ITEM_VALUES: set[ListPatientAttachmentsByPatientSortByItem] = {
    "attachment_client_id",
    "description",
    "file_date",
}


def check_list_patient_attachments_by_patient_sort_by_item(value: str) -> ListPatientAttachmentsByPatientSortByItem:
    if value in LIST_PATIENT_ATTACHMENTS_BY_PATIENT_SORT_BY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PATIENT_ATTACHMENTS_BY_PATIENT_SORT_BY_ITEM_VALUES!r}"
    )
