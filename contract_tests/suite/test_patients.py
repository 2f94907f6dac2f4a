"""Patient field rules (time_zone, accepted_privacy_policy)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from contract_tests.api import Api
from contract_tests.checks import patients
from contract_tests.suite._support import examples

NOT_ZONES = st.one_of(
    st.sampled_from(
        ["Mars/Olympus_Mons", "UTC+10", "australia/adelaide", "Adelaide", "", "+09:30"]
    ),
    st.text(min_size=1, max_size=20).filter(lambda s: s not in patients.iana_zones()),
)


def test_listed_patients_have_valid_fields(api: Api) -> None:
    patients.check_listed_patients(api)


def test_time_zone_iana_or_null_accepted(writes: Api) -> None:
    @examples(mock=4, live=1)
    @given(zone=st.none() | st.sampled_from(sorted(patients.iana_zones())))
    def prop(zone: str | None) -> None:
        patients.check_time_zone_accepted(writes, zone)

    prop()


def test_time_zone_other_strings_rejected(writes: Api) -> None:
    client_id = patients.create_patient(writes)["client_id"]

    @examples(mock=5, live=1)
    @given(zone=NOT_ZONES)
    def prop(zone: str) -> None:
        patients.check_time_zone_rejected(writes, zone, client_id)

    prop()


def test_consent_only_null_true_false(writes: Api) -> None:
    @examples(mock=6, live=2)
    @given(
        value=st.sampled_from(patients.CONSENT_VALUES)
        | st.sampled_from(["yes", "true", 1, 0, "null"])
    )
    def prop(value: object) -> None:
        patients.check_consent_values(writes, value)

    prop()
