"""``python -m hamsa.mock``: run hamsa.testing.MockHamsa in the foreground, to try the SDK
without an account. Ctrl-C stops it."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m hamsa.mock",
        description="A local, stateful Hamsa API (hamsa.testing.MockHamsa).",
    )
    parser.add_argument("--port", type=int, default=4010, help="0 picks a free port")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--api-key", help="accept only this key (default: any key)")
    parser.add_argument("--auth-scheme", default="Token")
    parser.add_argument(
        "--call-duration",
        type=float,
        help="seconds a call stays IN_PROGRESS (default: one status step per poll)",
    )
    parser.add_argument(
        "--realtime-ping-interval",
        type=float,
        default=30.0,
        help="seconds between the realtime WebSocket's pings (default 30, as the API)",
    )
    parser.add_argument("--quiet", action="store_true", help="don't log requests to stderr")
    return parser


def _log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    from ..testing import MockHamsa

    args = _parser().parse_args(argv)
    mock = MockHamsa(
        args.port,
        args.api_key,
        host=args.host,
        auth_scheme=args.auth_scheme,
        call_duration=args.call_duration,
        realtime_ping_interval=args.realtime_ping_interval,
        log=None if args.quiet else _log,
    )
    with mock:
        print(f"MockHamsa listening on {mock.base_url}", flush=True)
        print(
            f"Try: HAMSA_BASE_URL={mock.base_url} HAMSA_API_KEY={mock.api_key} "
            "python docs/examples/quickstart.py",
            flush=True,
        )
        print(f"Realtime WebSocket: {mock.realtime_url}", flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", flush=True)
    return 0
