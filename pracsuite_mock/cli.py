"""`pracsuite-mock`: serve the mock with uvicorn; prints the demo keys and the URL at start-up."""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import MockConfig

#: What the `mock` extra installs that the server cannot start without.
EXTRA_MODULES = ("starlette", "uvicorn")
INSTALL_HINT = "pip install 'pracsuite[mock]'"


def missing_extra() -> str | None:
    """The message to print when the `mock` extra is not installed, else None."""
    import importlib.util

    missing = [m for m in EXTRA_MODULES if importlib.util.find_spec(m) is None]
    if not missing:
        return None
    return (
        f"pracsuite-mock needs the 'mock' extra ({', '.join(missing)} not installed): "
        f"{INSTALL_HINT} (from a checkout: pip install -e './generated_client' -e '.[mock]')"
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="pracsuite-mock", description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--seed", type=int, default=1, help="seed for the generated data")
    p.add_argument("--size", choices=["small", "large"], default="small")
    p.add_argument("--db", help="SQLite file to persist state across restarts")
    p.add_argument(
        "--seed-from",
        metavar="DIR",
        help="serve the records a recording (python -m contract_tests --record DIR) saw, "
        "with their ids, over the usual seed",
    )
    p.add_argument("--vendor-key", action="append", help="accepted x-api-key (repeatable)")
    p.add_argument(
        "--subscriber-key",
        action="append",
        metavar="KEY=TENANT",
        help="accepted A-api-key and the tenant it opens (repeatable)",
    )
    p.add_argument("--rate-limit", metavar="N/s", help="token bucket per vendor key")
    p.add_argument("--faults", type=float, default=0.0, metavar="RATE", help="0..1")
    p.add_argument("--validate-responses", action="store_true")
    p.add_argument(
        "--max-header-bytes",
        type=int,
        metavar="N",
        help="a larger request line and headers answer 431 (default 16 KiB)",
    )
    p.add_argument(
        "--request-timeout",
        type=float,
        metavar="SECONDS",
        help="a request not fully received in this time answers 408 and is closed (default 15)",
    )
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="base of every link in answers (e.g. https://mock.example.com/v1); "
        "default: the request's Host when well-formed",
    )
    p.add_argument(
        "--no-answer-cache",
        dest="answer_cache",
        action="store_false",
        help="compute every answer (by default a repeated GET is answered from a cache until "
        "its tenant is written)",
    )
    p.add_argument(
        "--max-upload-bytes",
        type=int,
        metavar="N",
        help="largest attachment the storage emulation accepts (default 100 MiB)",
    )
    p.add_argument(
        "--storage-dir",
        metavar="DIR",
        help="where uploaded attachments are kept (default: beside --db, else a temporary dir)",
    )
    p.add_argument("--log-level", default="warning")
    return p.parse_args(argv)


def config_from(args: argparse.Namespace) -> MockConfig:
    # Imported here, not above: without the `mock` extra, main() says what to install instead.
    from .app import MockConfig
    from .auth import Keys
    from .demo_keys import DEMO_SUBSCRIBER_KEYS, DEMO_VENDOR_KEY
    from .rate_limit import parse_rate
    from .storage import MAX_UPLOAD_BYTES

    subscribers = dict(DEMO_SUBSCRIBER_KEYS)
    if args.subscriber_key:
        subscribers = {}
        for item in args.subscriber_key:
            key, sep, tenant = item.partition("=")
            if not sep or not tenant.isdigit():
                raise SystemExit(f"--subscriber-key must be KEY=TENANT, got {item!r}")
            subscribers[key] = int(tenant)
    vendor = frozenset(args.vendor_key or [DEMO_VENDOR_KEY])
    try:
        rate = parse_rate(args.rate_limit) if args.rate_limit else None
    except ValueError as exc:
        raise SystemExit(f"--rate-limit: {exc}") from None
    max_upload = MAX_UPLOAD_BYTES if args.max_upload_bytes is None else args.max_upload_bytes
    if max_upload < 0:
        raise SystemExit("--max-upload-bytes must be 0 or more")
    if not 0 <= args.faults <= 1:
        raise SystemExit("--faults must be between 0 and 1")
    if args.seed_from and args.db:
        raise SystemExit("--seed-from serves a recording in memory: drop --db")
    return MockConfig(
        seed=args.seed,
        size=args.size,
        db=args.db,
        keys=Keys(vendor=vendor, subscribers=subscribers),
        rate_limit=rate,
        faults=args.faults,
        validate_responses=args.validate_responses,
        public_url=args.public_url,
        answer_cache=args.answer_cache,
        seed_from=args.seed_from,
        max_upload_bytes=max_upload,
        storage_dir=args.storage_dir,
    )


def banner(config: MockConfig, url: str) -> list[str]:
    """The start-up lines: where the mock listens, its keys, and a curl to paste."""
    vendor = sorted(config.keys.vendor)[0]
    subscriber = next(iter(config.keys.subscribers), "")
    # Every part quoted for the shell: zsh refuses an unquoted `?` that matches no file.
    headers = ["-H", f"x-api-key: {vendor}", "-H", f"A-api-key: {subscriber}"]
    curl = shlex.join(["curl", *headers, f"{url}/patient?page_size=2"])
    return [
        f"PracSuite mock on {url}",
        f"  x-api-key: {', '.join(sorted(config.keys.vendor))}",
        *(
            f"  A-api-key: {key} (tenant {tenant})"
            for key, tenant in config.keys.subscribers.items()
        ),
        f"  try: {curl}",
        "  the pracsuite client: "
        + shlex.join(
            [
                "export",
                f"PRACSUITE_BASE_URL={url}",
                f"PRACSUITE_VENDOR_KEY={vendor}",
                f"PRACSUITE_SUBSCRIBER_KEY={subscriber}",
            ]
        ),
        "  a 403 names its reason (missing key, unknown path, …) in the x-mock-reason header",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    problem = missing_extra()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    import uvicorn

    from .app import create_app
    from .server_protocol import DEFAULT_MAX_HEAD_BYTES, DEFAULT_READ_TIMEOUT, MockHttpProtocol

    config = config_from(args)
    app = create_app(config)
    url = f"http://{args.host}:{args.port}/v1"
    for line in banner(config, url):
        print(line, flush=True)
    # The mock's own log lines (such as the reason behind each 403), beside uvicorn's.
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("pracsuite-mock %(levelname)s: %(message)s"))
    logger = logging.getLogger("pracsuite_mock")
    logger.addHandler(handler)
    logger.setLevel(args.log_level.upper())
    logger.propagate = False
    protocol = MockHttpProtocol.configured(
        max_head_bytes=(
            DEFAULT_MAX_HEAD_BYTES if args.max_header_bytes is None else args.max_header_bytes
        ),
        read_timeout=DEFAULT_READ_TIMEOUT if args.request_timeout is None else args.request_timeout,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, http=protocol)
    return 0


if __name__ == "__main__":
    sys.exit(main())
