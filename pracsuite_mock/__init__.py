"""A stateful, behaviour-faithful mock of the PracSuite API v1, driven by the bundled spec.

`create_app(MockConfig(...))` gives the ASGI app; `pracsuite-mock` (cli) serves it;
`pracsuite_mock.testing.serve_in_background` runs it on loopback for tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import MockConfig, create_app

__all__ = ["MockConfig", "create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so `pracsuite-mock` can say which extra is missing (starlette,
    # uvicorn) instead of failing while importing the package.
    if name in __all__:
        from . import app

        return getattr(app, name)
    raise AttributeError(f"module 'pracsuite_mock' has no attribute {name!r}")
