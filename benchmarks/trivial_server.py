"""The cheapest HTTP/1.1 server asyncio can be: a fixed 200 on every request, keep-alive.

Used to measure a load generator's own ceiling on this machine: whatever rate it reaches here
is the most it could ever report for a real server. `python -m benchmarks.trivial_server PORT`.
"""

from __future__ import annotations

import asyncio
import sys

_RESPONSE = (
    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n"
    b"connection: keep-alive\r\n\r\n{}"
)


async def _serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    buffer = b""
    try:
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            buffer += chunk
            # GET requests only: each request ends with a blank line.
            count = buffer.count(b"\r\n\r\n")
            if count:
                buffer = buffer[buffer.rfind(b"\r\n\r\n") + 4 :]
                writer.write(_RESPONSE * count)
                await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        writer.close()


async def serve(port: int) -> None:
    server = await asyncio.start_server(_serve_connection, "127.0.0.1", port, backlog=1024)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
