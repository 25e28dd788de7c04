"""Serve a built site on this machine as a static host would: files as they are, and a missing
address answered with the site's ``404.html`` and status 404, as GitHub Pages does.

``python -m textbook.commands.serve SITE [--host H] [--port P]``; the preview runs it beside
its watcher, and the tests serve the built book with the same handler.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import sys
from pathlib import Path


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Files from the site's folder (``directory``); a missing one gets the site's 404 page."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the preview's own lines say what happens


def site_server(site: Path, host: str = "127.0.0.1", port: int = 0) -> http.server.ThreadingHTTPServer:
    """A server for ``site`` on ``host:port`` (port 0: any free one), not yet serving."""
    handler = functools.partial(SiteHandler, directory=str(site))
    return http.server.ThreadingHTTPServer((host, port), handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m textbook.commands.serve", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    try:
        server = site_server(args.site, args.host, args.port)
    except OSError as exc:
        print(f"textbook: cannot serve on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr, flush=True)
        return 1
    print(f"serving {args.site} on http://{args.host}:{server.server_address[1]}/", flush=True)
    with server, contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: the preview stops too
        server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
