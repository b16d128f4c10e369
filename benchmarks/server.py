"""A minimal, fast HTTP/1.1 keep-alive server answering every request with one canned JSON body.

It runs in its own process (``python benchmarks/server.py``) so it never shares a GIL with the
client under test. It prints ``PORT <n>`` once listening, then serves until its stdin closes
(the parent exiting or closing the pipe ends it; it never outlives the benchmark).

Routing is deliberately trivial: ``POST /v2/voice-agents`` gets the documented create-agent
response (tests/fixtures/examples/v2_create_voice_agent.response.json); anything else gets 404.
The request body is read (by Content-Length) and discarded, so keep-alive framing stays right.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESPONSE_FIXTURE = ROOT / "tests" / "fixtures" / "examples" / "v2_create_voice_agent.response.json"


def _response(status: str, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection: keep-alive\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


class _Handler(asyncio.Protocol):
    """Parses pipelined/keep-alive requests out of a byte buffer; no per-request allocation
    beyond slicing, so the server stays far faster than any Python client."""

    def __init__(self, ok: bytes, not_found: bytes) -> None:
        self._ok = ok
        self._not_found = not_found
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        buffer = self._buffer
        buffer += data
        out = []
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = bytes(buffer[:end])
            length = 0
            index = head.lower().find(b"\r\ncontent-length:")
            if index >= 0:
                stop = head.find(b"\r\n", index + 2)
                length = int(head[index + 17 : stop if stop >= 0 else len(head)])
            total = end + 4 + length
            if len(buffer) < total:
                break
            del buffer[:total]
            line = head[: head.find(b"\r\n")] if b"\r\n" in head else head
            method, _, rest = line.partition(b" ")
            path = rest.partition(b" ")[0].partition(b"?")[0]
            if method == b"POST" and path == b"/v2/voice-agents":
                out.append(self._ok)
            else:
                out.append(self._not_found)
        if out and self._transport is not None:
            self._transport.write(b"".join(out))


async def _serve(host: str, port: int, stop: asyncio.Event) -> None:
    body = RESPONSE_FIXTURE.read_bytes()
    ok = _response("200 OK", body)
    not_found = _response(
        "404 Not Found", b'{"success":false,"message":"Not found","messageKey":"NotFound"}'
    )
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _Handler(ok, not_found), host, port, backlog=1024, reuse_address=True
    )
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    async with server:
        await stop.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    def watch_stdin() -> None:
        sys.stdin.read()  # returns at EOF: the parent went away or closed the pipe
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    loop.run_until_complete(_serve(args.host, args.port, stop))
    return 0


if __name__ == "__main__":
    sys.exit(main())
