"""`calibration.md` (by category, each difference with its request and both answers) and
`calibration.json` (one object per difference). Neither holds a key: a recording never has one,
and every text passes `redact` (the keys of the run's environment) on its way out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from contract_tests import redact
from contract_tests.calibration.calibrate import Outcome
from contract_tests.calibration.compare import CATEGORIES, Difference

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
    payload = [as_json(d) for d in outcome.differences]
    json_path.write_text(
        redact.redact(json.dumps(payload, indent=2, ensure_ascii=False), patient_fields=False)
        + "\n",
        encoding="utf-8",
    )
    md_path.write_text(
        redact.redact(markdown(outcome, recording=recording, target=target), patient_fields=False),
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
