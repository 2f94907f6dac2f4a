"""Build hook: `pracsuite` depends on `pracsuite-client` at exactly its own version.

Both versions come from generated_client/pyproject.toml (see [tool.hatch.version]), so a release
of the two distributions always pairs a friendly client with the generated client it was
written against. The other dependencies are listed in pyproject.toml under
[tool.hatch.metadata.hooks.custom].
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.metadata.plugin.interface import MetadataHookInterface


class PinGeneratedClient(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        text = (Path(self.root) / "generated_client" / "pyproject.toml").read_text("utf-8")
        match = re.search(r'(?m)^version = "([^"]+)"', text)
        if match is None:
            raise ValueError("generated_client/pyproject.toml has no version")
        metadata["dependencies"] = [
            f"pracsuite-client=={match.group(1)}",
            *self.config.get("dependencies", []),
        ]
