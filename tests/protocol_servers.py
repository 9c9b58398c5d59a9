"""Small protocol-level stand-ins for outside services that cannot run here (DeepL, LibreTranslate)."""

import contextlib
import threading
from http.server import HTTPServer


@contextlib.contextmanager
def http_server(handler):
    """Serve `handler` (a BaseHTTPRequestHandler class) on a free port of 127.0.0.1; yields its URL."""
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
