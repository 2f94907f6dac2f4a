"""White-box: which duration rule applies (`choose_duration_rule`) agrees with the rule as the
engine's docstring states it, over random sets of overlapping rules. Black-box, the rules are
not in the API: a wrong precedence shows only as plausible other durations."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from pracsuite_mock.availability import DurationRule, choose_duration_rule

DIMENSIONS = ("practitioner_id", "profession_id", "business_id", "fee_category_id")
CANDIDATE = {"practitioner_id": 1, "profession_id": 1, "business_id": 1, "fee_category_id": 1}
value = st.sampled_from([None, None, 1, 2])


@st.composite
def rules(draw: st.DrawFn) -> list[DurationRule]:
    count = draw(st.integers(1, 8))
    ids = draw(st.lists(st.integers(1, 99), min_size=count, max_size=count, unique=True))
    return [
        DurationRule(
            duration_rule_id=rule_id,
            appointment_type_id=1,
            duration=draw(st.sampled_from([15, 30, 45, 60])),
            **{name: draw(value) for name in DIMENSIONS},
        )
        for rule_id in ids
    ]


def oracle(found: list[DurationRule]) -> DurationRule | None:
    """Practitioner > profession > business > fee category, compared lexicographically; then
    the lowest id."""
    matching = [r for r in found if all(getattr(r, d) in (None, CANDIDATE[d]) for d in DIMENSIONS)]
    if not matching:
        return None
    return min(
        matching,
        key=lambda r: (tuple(getattr(r, d) is None for d in DIMENSIONS), r.duration_rule_id),
    )


def _rule(rule_id: int, **dims: int) -> DurationRule:
    return DurationRule(
        duration_rule_id=rule_id,
        appointment_type_id=1,
        duration=15 * rule_id,
        **{name: dims.get(name) for name in DIMENSIONS},
    )


@given(found=rules())
# The orders that once broke, kept whatever the search draws: a practitioner's rule against a
# profession's (and against a profession + business + fee category one), and two equal ones.
@example(found=[_rule(2, profession_id=1), _rule(3, practitioner_id=1)])
@example(
    found=[_rule(2, profession_id=1, business_id=1, fee_category_id=1), _rule(3, practitioner_id=1)]
)
@example(found=[_rule(2, business_id=1), _rule(3, business_id=1)])
def test_the_most_specific_rule_wins_then_the_lowest_id(found: list[DurationRule]) -> None:
    assert choose_duration_rule(found, **CANDIDATE) == oracle(found)
