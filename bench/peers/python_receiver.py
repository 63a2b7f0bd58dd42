#!/usr/bin/env python3
"""The usual hand-written webhook receiver, as a peer for the ingest benchmark.

Python's standard library only: ThreadingHTTPServer (HTTP/1.1 keep-alive, a thread per
connection) and sqlite3 in WAL mode with synchronous=FULL. Each request's Givecloud signature
(X-Givecloud-Signature, hex HMAC-SHA1 of the body) is checked, the raw body is inserted and
committed, and only then is 200 answered: the same promise Donation Desk makes, one commit per
request. One connection behind a lock, the common pattern, and faster than a connection per
thread, whose writers would wait on SQLite's busy handler.

Usage: python_receiver.py DATABASE SECRET [PORT]   (prints "listening on http://127.0.0.1:PORT")
"""

import hashlib
import hmac
import json
import sqlite3
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path, secret = sys.argv[1], sys.argv[2].encode()
    port = int(sys.argv[3]) if len(sys.argv) > 3 else 0

    db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute(
        "CREATE TABLE IF NOT EXISTS inbox (id INTEGER PRIMARY KEY, received_at REAL NOT NULL, "
        "path TEXT NOT NULL, headers TEXT NOT NULL, body BLOB NOT NULL)")
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive
        # Headers and body leave in two writes; with Nagle on, the body waits for the
        # client's delayed ACK (40 ms). The standard library's own switch turns that off.
        disable_nagle_algorithm = True

        def answer(self, status, payload):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            if not self.path.startswith("/hooks/"):
                self.answer(404, {"error": "unknown endpoint"})
                return
            expected = hmac.new(secret, body, hashlib.sha1).hexdigest()
            presented = self.headers.get("X-Givecloud-Signature", "")
            if not hmac.compare_digest(expected, presented.strip().lower()):
                self.answer(401, {"error": "bad signature"})
                return
            headers = json.dumps(list(self.headers.items()))
            with lock:
                db.execute("BEGIN IMMEDIATE")
                cur = db.execute(
                    "INSERT INTO inbox (received_at, path, headers, body) VALUES (?, ?, ?, ?)",
                    (time.time(), self.path, headers, body))
                db.execute("COMMIT")
            self.answer(200, {"status": "accepted", "inbox_id": cur.lastrowid})

        def log_message(self, format, *args):  # no line per request on stderr
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 1024  # the default (5) drops connection bursts

    server = Server(("127.0.0.1", port), Handler)
    print("listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        db.close()


if __name__ == "__main__":
    main()
