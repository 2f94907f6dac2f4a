"""`openapi/calibration.yaml`: the differences between the live API and the mock we accept, each
with its reason.

A small typed loader of its own, not `pracsuite_spec`: the file is not part of the OpenAPI
document (it is never bundled, generated from or served) but the calibration gate's memory of
what was looked at and let be. An entry matches a difference by category, operation and pointer
pattern (array indices as `*`; `fnmatch` wildcards allowed); an entry without a reason fails the
load, so nothing is accepted silently.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path

import yaml

from contract_tests.calibration.compare import CATEGORIES, Difference

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "openapi" / "calibration.yaml"


class BadAcceptance(ValueError):
    """An entry of calibration.yaml is incomplete or names an unknown category."""


@dataclass(frozen=True)
class Accepted:
    category: str
    operation: str
    pointer: str
    reason: str

    def matches(self, difference: Difference) -> bool:
        return (
            self.category == difference.category
            and fnmatch.fnmatchcase(difference.operation, self.operation)
            and fnmatch.fnmatchcase(difference.pattern, self.pointer)
        )


def load(path: Path = DEFAULT_PATH) -> list[Accepted]:
    if not path.exists():
        return []
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = document.get("accepted") or []
    out: list[Accepted] = []
    for index, entry in enumerate(entries):
        missing = [k for k in ("category", "operation", "pointer", "reason") if not entry.get(k)]
        if missing:
            raise BadAcceptance(f"{path} accepted[{index}]: missing {', '.join(missing)}")
        if entry["category"] not in CATEGORIES:
            raise BadAcceptance(
                f"{path} accepted[{index}]: category {entry['category']!r} is not one of "
                + ", ".join(CATEGORIES)
            )
        out.append(
            Accepted(
                str(entry["category"]),
                str(entry["operation"]),
                str(entry["pointer"]),
                str(entry["reason"]).strip(),
            )
        )
    return out


def reason_for(difference: Difference, accepted: list[Accepted]) -> str | None:
    return next((a.reason for a in accepted if a.matches(difference)), None)
