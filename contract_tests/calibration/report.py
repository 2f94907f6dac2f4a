"""`calibration.md` (by category, each difference with its request and both answers) and
`calibration.json` (one object per difference). Neither holds a key: a recording never has one,
and every text passes `redact` (the keys of the run's environment) on its way out. Nor do they
hold patient data, since the nightly workflow uploads them: the value of every personal field
(the spec's `x-personal`), in answers, values and filters of the request, shows as `[Filtered]`;
the pointer and the count still say what differs."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from contract_tests import redact
from contract_tests.calibration.calibrate import Outcome
from contract_tests.calibration.compare import CATEGORIES, Difference
from contract_tests.calibration.pseudonyms import Pseudonymiser


class _Filter(Pseudonymiser):
    """Personal values shown as `[Filtered]` rather than tokens: a report is read, not joined."""

    def token(self, value: Any) -> Any:
        return value if value is None or value == "" else redact.FILTERED


@functools.cache
def _personal() -> _Filter:
    base = Pseudonymiser.for_spec()
    return _Filter(base.fields, b"", separator=base.separator)


def filtered(difference: Difference) -> Difference:
    """The difference as a report may show it: personal values filtered out."""
    personal = _personal()
    last = difference.pointer.rsplit("/", 1)[-1]
    hide = last in personal.fields
    return Difference(
        category=difference.category,
        operation=difference.operation,
        pointer=difference.pointer,
        live=personal.token(difference.live) if hide else personal(difference.live),
        mock=personal.token(difference.mock) if hide else personal(difference.mock),
        request=_filtered_request(difference.request, personal),
        attribution=difference.attribution,
        accepted=difference.accepted,
        count=difference.count,
        live_answer=personal(difference.live_answer),
        mock_answer=personal(difference.mock_answer),
    )


def _filtered_request(line: str, personal: _Filter) -> str:
    target, sep, query = line.partition("?")
    return target + sep + personal.query(query) if sep else line


MAX_ANSWER_CHARS = 1500  # an example answer is shown up to this length


def as_json(difference: Difference) -> dict[str, Any]:
    return {
        "category": difference.category,
        "operation": difference.operation,
        "pointer": difference.pointer,
        "pattern": difference.pattern,
        "live": difference.live,
        "mock": difference.mock,
        "attribution": difference.attribution,
        "accepted": difference.accepted,
        "count": difference.count,
        "request": difference.request,
    }


def write(reports: Path, outcome: Outcome, *, recording: Path, target: str) -> list[Path]:
    reports.mkdir(parents=True, exist_ok=True)
    json_path = reports / "calibration.json"
    md_path = reports / "calibration.md"
    shown = Outcome(
        differences=[filtered(d) for d in outcome.differences],
        replayed=outcome.replayed,
        not_replayed=outcome.not_replayed,
        noise=outcome.noise,
    )
    payload = [as_json(d) for d in shown.differences]
    json_path.write_text(
        redact.redact(json.dumps(payload, indent=2, ensure_ascii=False), patient_fields=False)
        + "\n",
        encoding="utf-8",
    )
    md_path.write_text(
        redact.redact(markdown(shown, recording=recording, target=target), patient_fields=False),
        encoding="utf-8",
    )
    return [md_path, json_path]


def markdown(outcome: Outcome, *, recording: Path, target: str) -> str:
    verdict = "**red**" if outcome.open else "**green**"
    lines = [
        "# Calibration",
        "",
        f"Recording `{recording}` replayed against {target}: {outcome.replayed} exchanges "
        f"replayed, {outcome.not_replayed} not (a key the target lacks). Gate {verdict}: "
        f"{len(outcome.open)} difference(s) not accepted, "
        f"{len(outcome.differences) - len(outcome.open)} accepted.",
        "",
        "Live is the recorded answer, mock the replayed one. Noise (what differed between two "
        "answers to the same request) is left out: "
        + (
            ", ".join(
                f"`{op}` {', '.join(f'`{p}`' for p in sorted(ps))}"
                for op, ps in sorted(outcome.noise.items())
                if ps
            )
            or "none"
        )
        + ".",
    ]
    for category in CATEGORIES:
        found = [d for d in outcome.differences if d.category == category]
        lines += ["", f"## {category} ({len(found)})"]
        if not found:
            lines += ["", "No difference."]
        for d in found:
            lines += [
                "",
                f"### `{d.operation}` `{d.pattern or '/'}`"
                + (f" (accepted: {d.accepted})" if d.accepted else ""),
                "",
                f"- attribution: {d.attribution}",
                f"- seen in {d.count} answer(s); first: `{d.request}` at `{d.pointer or '/'}`",
                f"- live: `{_short(d.live)}`",
                f"- mock: `{_short(d.mock)}`",
                "",
                "<details><summary>both answers</summary>",
                "",
                "```json",
                f"// live\n{_short(d.live_answer, MAX_ANSWER_CHARS)}",
                f"// mock\n{_short(d.mock_answer, MAX_ANSWER_CHARS)}",
                "```",
                "",
                "</details>",
            ]
    return "\n".join(lines) + "\n"


def _short(value: Any, limit: int = 200) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"
