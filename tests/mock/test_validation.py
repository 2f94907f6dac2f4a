"""Spec-driven validation: 400 naming the parameter and rule, 422 naming each body field."""

from __future__ import annotations

import httpx
import pytest

AVAIL = "/available_appointments"
WEEK = {"from": "2026-01-05", "to": "2026-01-11", "appointment_type_id": "1"}


def detail(r: httpx.Response) -> str:
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["error"]["code"] == "INVALID_PARAMS" and body["request_id"]
    return str(body["error"]["detail"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("page_size=101", "page_size: must be at most 100"),
        ("page_size=0", "page_size: must be at least 1"),
        ("page=0", "page: must be at least 1"),
        ("page=abc", "page: must be an integer"),
        ("page=1&page=2", "page: given more than once"),
        ("sort_by=%5B%22foo%22%5D", "sort_by: unknown field 'foo', allowed: client_id"),
        ("sort_by=surname", "sort_by: must be a JSON array literal"),
        ("sort_by=%5B%5D", "sort_by: must have at least 1 item"),
        ("color=red", "unknown query parameter: color"),
        ("q%5B%5D=nope:eq:1", "q[]: unknown filter field 'nope'"),
        ("q%5B%5D=surname:gt:x", "q[]: operator 'gt' is not allowed for string field 'surname'"),
        ("q%5B%5D=created:gte:yesterday", "q[]: value 'yesterday' for 'created'"),
        ("q%5B%5D=created:gte:2026-02-30T00:00:00Z", "q[]: value '2026-02-30T00:00:00Z'"),
        ("q%5B%5D=surname", "q[]: entry 'surname' must be <field>:<operator>:<value>"),
    ],
)
def test_bad_list_parameters(shared_client: httpx.Client, query: str, expected: str) -> None:
    assert expected in detail(shared_client.get(f"/patient?{query}"))


def test_filter_value_may_contain_the_separator(shared_client: httpx.Client) -> None:
    r = shared_client.get("/patient", params={"q[]": "surname:eq:a:b"})
    assert r.status_code == 200 and r.json()["total_entries"] == 0


def test_date_window_rule(shared_client: httpx.Client) -> None:
    assert shared_client.get(AVAIL, params=WEEK).status_code == 200
    eight = {**WEEK, "to": "2026-01-12"}
    assert "at most 7" in detail(shared_client.get(AVAIL, params=eight))
    backwards = {**WEEK, "to": "2026-01-04"}
    assert "to: must not be before from" in detail(shared_client.get(AVAIL, params=backwards))
    same_day = {**WEEK, "to": "2026-01-05"}
    assert shared_client.get(AVAIL, params=same_day).status_code == 200


def test_dependent_required_names_both(shared_client: httpx.Client) -> None:
    text = detail(shared_client.get(AVAIL, params={**WEEK, "account_id": "1"}))
    assert "account_id" in text and "client_id" in text
    ok = shared_client.get(AVAIL, params={**WEEK, "account_id": "1", "client_id": "1"})
    assert ok.status_code == 200, ok.text


def test_required_and_typed_query(shared_client: httpx.Client) -> None:
    assert "appointment_type_id: is required" in detail(
        shared_client.get(AVAIL, params={"from": "2026-01-05", "to": "2026-01-06"})
    )
    assert "from: must be a date" in detail(shared_client.get(AVAIL, params={**WEEK, "from": "x"}))
    assert "manual: must be true or false" in detail(
        shared_client.get(AVAIL, params={**WEEK, "manual": "yes"})
    )


def test_array_parameters_follow_style_and_explode(shared_client: httpx.Client) -> None:
    ok = shared_client.get(AVAIL, params={**WEEK, "business_ids": "1,2"})
    assert ok.status_code == 200
    assert "business_ids: must be an integer" in detail(
        shared_client.get(AVAIL, params={**WEEK, "business_ids": "1,x"})
    )
    assert "business_ids: must not repeat items" in detail(
        shared_client.get(AVAIL, params={**WEEK, "business_ids": "1,1"})
    )


def issues(r: httpx.Response) -> dict[str, str]:
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "INVALID_BODY"
    return {i["field"]: i["message"] for i in error["validation"]}


def test_create_patient_body_rules(client: httpx.Client) -> None:
    got = issues(client.post("/patient", json={"first_name": "Ana"}))
    assert got == {"surname": "The surname field is required."}
    got = issues(
        client.post(
            "/patient",
            json={"first_name": "", "surname": "Li", "timezone": "Mars/Olympus", "shoe": 1},
        )
    )
    assert set(got) == {"first_name", "timezone", "shoe"}
    assert "IANA" in got["timezone"] and "not allowed" in got["shoe"]
    assert "at least 1" in got["first_name"]


def test_non_json_body_is_422(client: httpx.Client) -> None:
    for raw in (b"{", b"", b"NaN", b"\xff"):
        r = client.post("/patient", content=raw, headers={"content-type": "application/json"})
        got = issues(r)
        assert list(got) == ["body"]
    assert list(issues(client.post("/patient", json=[1]))) == ["body"]


def test_valid_time_zone_is_accepted_and_answered_as_time_zone(client: httpx.Client) -> None:
    r = client.post(
        "/patient", json={"first_name": "Ana", "surname": "Li", "timezone": "Australia/Adelaide"}
    )
    assert r.status_code == 201, r.text
    assert r.json()["time_zone"] == "Australia/Adelaide"


def test_at_most_one_of_rule(client: httpx.Client) -> None:
    appointment = client.get("/appointment", params={"page_size": 1}).json()["appointments"][0]
    r = client.patch(
        f"/appointment/{appointment['appointment_id']}", json={"item_id": 1, "item_group_id": 1}
    )
    assert set(issues(r)) == {"item_id", "item_group_id"}
