"""A local web site for the tests: the saved pages of tests/pages served over real HTTP, a feed,
and the answers links fail with (404, a PDF, too big, too slow, a redirect loop)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"
#: Where each saved page is served, and the address that holds a date for url-date.html.
ROUTES = {
    "/news/port-strike-ends": "meta-og.html",
    "/local/2021/council-tram": "jsonld.html",
    "/valley/wildfire": "itemprop.html",
    "/2021/06/30/bridge-closes.html": "url-date.html",
    "/culture/library-reopens": "copyright-only.html",
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path.split("?")[0]
        if path in ROUTES:
            self._send(200, "text/html; charset=utf-8", (PAGES / ROUTES[path]).read_bytes())
        elif path in ("/feed.xml", "/atom.xml"):
            body = (PAGES / path.lstrip("/")).read_text().replace("{base}", base).encode()
            kind = "application/rss+xml" if path == "/feed.xml" else "application/atom+xml"
            self._send(200, kind, body)
        elif path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/news/port-strike-ends")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 binary")
        elif path == "/notes.txt":
            self._send(200, "text/plain", b"Council notes\n\nThe council met on Monday.")
        elif path == "/huge":
            self._send(200, "text/html", b"<p>" + b"x" * (3 * 2**20) + b"</p>")
        elif path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", b"<p>late</p>")
        elif path == "/agent":
            self._send(200, "text/plain", self.headers.get("User-Agent", "").encode())
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that gives up on /huge or /slow closes its socket: expected here


@contextmanager
def serving() -> Iterator[str]:
    """Serve the site on a free local port; yields its base address."""
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
