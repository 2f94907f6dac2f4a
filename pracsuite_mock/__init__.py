"""A stateful, behaviour-faithful mock of the PracSuite API v1, driven by the bundled spec.

`create_app(MockConfig(...))` gives the ASGI app; `pracsuite-mock` (cli) serves it;
`pracsuite_mock.testing.serve_in_background` runs it on loopback for tests.
"""

from __future__ import annotations

from .app import MockConfig, create_app

__all__ = ["MockConfig", "create_app"]
