"""A slow reverse proxy on 127.0.0.1: each request waits, then goes to the server behind it unchanged."""

import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from local_http import free_port


class ThrottledProxy:
    """Forwards every request to 127.0.0.1:`upstream` after `delay` seconds; stop() ends it."""

    def __init__(self, upstream, delay):
        self.port = free_port()

        class Handler(BaseHTTPRequestHandler):
            def forward(self):
                time.sleep(delay)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                connection = http.client.HTTPConnection("127.0.0.1", upstream, timeout=30)
                connection.request(self.command, self.path, body=body, headers=dict(self.headers))
                answer = connection.getresponse()
                data = answer.read()
                self.send_response(answer.status)
                for name, value in answer.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                connection.close()

            do_GET = do_PUT = do_DELETE = do_HEAD = do_POST = forward

            def log_message(self, *arguments):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
