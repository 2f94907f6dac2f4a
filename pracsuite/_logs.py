"""`PRACSUITE_LOG=debug` (or `info`): log each request, its status, timing and retries to stderr.

As `OPENAI_LOG` and `STRIPE_LOG` do. Lines name the method, the path and the query parameter
NAMES; query values (filters hold patient names), headers (the keys) and bodies (patient records)
are never logged. Without the variable, the `pracsuite` logger is left to the application.
"""

from __future__ import annotations

import logging
import os

import httpx

__all__ = ["describe", "logger", "setup_logging"]

logger = logging.getLogger("pracsuite")

#: Query parameters whose values say nothing about a patient, so they are logged as they are.
_SAFE_QUERY = frozenset({"page", "page_size", "sort_by"})
_configured = False


def setup_logging() -> None:
    """Attach a stderr handler at the level PRACSUITE_LOG names (once per process)."""
    global _configured
    level = os.environ.get("PRACSUITE_LOG", "").strip().lower()
    if _configured or level not in ("debug", "info"):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    _configured = True


def describe(request: httpx.Request) -> str:
    """`GET /v1/patient?page=1&q[]=***`: the request with every unsafe query value redacted."""
    params = [
        f"{name}={value if name in _SAFE_QUERY else '***'}"
        for name, value in request.url.params.multi_items()
    ]
    return f"{request.method} {request.url.path}" + ("?" + "&".join(params) if params else "")
