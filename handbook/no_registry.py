"""The only registry the real node knows: it refuses every pull on loopback, and says which images exist here.

containerd puts a refused request's status line in its error, so the pod's events name the image that was asked
for and list the stand-ins built on this machine; nothing leaves the machine, and nothing waits for a timeout.
"""

from __future__ import annotations

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def reason(available: list[str]) -> str:
    return "no registry is reachable from the handbook's node; images built here: " + ", ".join(available)


def serve(host: str, port: int, available: list[str]) -> None:
    phrase = reason(available)

    class Refuse(BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:  # noqa: N802 (http.server's naming)
            self.send_response(403, phrase)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = do_PUT = do_HEAD

        def log_message(self, format: str, *args) -> None:  # noqa: A002
            sys.stderr.write(f"refused {self.command} {self.path}\n")

    ThreadingHTTPServer((host, port), Refuse).serve_forever()


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]), sys.argv[3:])
