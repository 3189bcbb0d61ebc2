"""A small HTML server on 127.0.0.1, for the demo shop, the examples, the tests and the benchmarks.

    with PageServer(lambda path: (200, "<p>hello</p>")) as site:
        await page.goto(site.url("/"))

``render`` gets the request path with its query and returns ``(status, HTML body)``, for a 3xx status
``(status, Location)``, or None for a plain 404. It is served at an ephemeral port unless one is given.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Optional

#: What ``render`` returns for a path: (status, HTML body or, for a 3xx status, the Location), or None for a 404.
Response = Optional[tuple[int, str]]


class PageServer:
    """Serves ``render(path)`` on ``host`` (127.0.0.1); ``with`` it, or ``start()`` and ``close()``."""

    def __init__(
        self, render: Callable[[str], Response], host: str = "127.0.0.1", port: int = 0, name: str = "pages"
    ) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                found = render(self.path)
                if found is None:
                    self.send_error(404)
                    return
                status, body = found
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", body)
                    self.end_headers()
                    return
                payload = body.encode()
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: object) -> None:  # keep callers' output readable
                pass

        self._server = ThreadingHTTPServer((host, port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name=name, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> None:
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> "PageServer":
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
