"""A stateful, behaviour-faithful mock of the PracSuite API v1, driven by the bundled spec.

`create_app(MockConfig(...))` gives the ASGI app; `pracsuite-mock` (cli) serves it; `embed`
runs it inside a program or a test suite: `serve_in_background` on loopback (a subprocess),
`in_process_client` / `asgi_client` as httpx clients over the app in this process.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import embed
    from .app import MockConfig, create_app
    from .embed import asgi_client, in_process_client, serve_in_background

# Each public name and the module it lives in.
_HOMES = {
    "MockConfig": "app",
    "create_app": "app",
    "embed": None,
    "asgi_client": "embed",
    "in_process_client": "embed",
    "serve_in_background": "embed",
}
__all__ = [
    "MockConfig",
    "asgi_client",
    "create_app",
    "embed",
    "in_process_client",
    "serve_in_background",
]


def __getattr__(name: str) -> Any:
    # Imported on first use, so `pracsuite-mock` can say which extra is missing (starlette,
    # uvicorn) instead of failing while importing the package.
    if name not in _HOMES:
        raise AttributeError(f"module 'pracsuite_mock' has no attribute {name!r}")
    home = _HOMES[name]
    if home is None:
        return importlib.import_module(f"{__name__}.{name}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
