"""Answers the generated client's tests share; a module of its own name, so a test imports it
whatever other folder's `conftest` was loaded last."""

from __future__ import annotations

BASE_URL = "https://api.pracsuite.com/v1"
EMPTY_PAGE = {
    "appointment_reschedule_reasons": [],
    "total_entries": 0,
    "links": {"self": f"{BASE_URL}/reschedule_reason", "previous": None, "next": None},
}

FORBIDDEN = {"error": {"status": 403, "code": "MISSING_AUTHENTICATION_TOKEN", "detail": "No."}}
