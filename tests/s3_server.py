"""A real S3-compatible server on 127.0.0.1 for the object-storage tests: moto's standalone server
(`moto[server]`, the S3 REST API over HTTP) in its own process, and two small HTTP helpers in
front of it: a proxy that fails chosen requests (a service refusing an upload half-way) and a
static host that serves GET paths from a bucket's objects (what a CDN in front of it does)."""
from __future__ import annotations

import contextlib
import http.client
import re
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "scripts"))
from browser import free_port  # noqa: E402
from conftest import stop  # noqa: E402

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "AKIDTESTHELPCENTER", "AWS_SECRET_ACCESS_KEY": "s3cr3t-never-printed-7f2c",
               "AWS_REGION": "us-east-1"}


@contextlib.contextmanager
def moto_server():
    """Start moto's S3 server on a free port; yield its endpoint URL; stop it at the end."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", "from moto.server import main; main()",
                                "-H", "127.0.0.1", "-p", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(endpoint + "/", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("moto's S3 server did not start")
                time.sleep(0.1)
        yield endpoint
    finally:
        stop(process)


def s3_client(endpoint: str):
    import boto3
    from botocore.config import Config
    return boto3.session.Session(
        aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"], aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        region_name=CREDENTIALS["AWS_REGION"]).client("s3", endpoint_url=endpoint, config=Config(max_pool_connections=32))


class _Serving:
    def __init__(self, handler):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def failing_proxy(endpoint: str, fail: str):
    """A proxy to `endpoint` that answers 403 AccessDenied to every PUT whose path matches the
    regular expression `fail` (and forwards everything else): a service that refuses part of an upload."""
    upstream = urlsplit(endpoint)
    pattern = re.compile(fail)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            if self.command == "PUT" and pattern.search(unquote(self.path)):
                answer = (b'<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code>'
                          b"<Message>Access Denied</Message></Error>")
                self.send_response(403)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
                return
            connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection", "expect")}
            headers["Host"] = upstream.netloc
            connection.request(self.command, self.path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            self.send_response(response.status)
            for key, value in response.getheaders():
                if key.lower() not in ("transfer-encoding", "connection", "content-length", "server", "date"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            connection.close()

        do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _forward

    return _Serving(Handler)


def bucket_host(s3, bucket: str, prefix: str = "", languages: tuple[str, ...] = ("en", "zh-hant")):
    """Serve GET paths from the bucket's objects, with their Content-Type and Cache-Control, like
    a CDN in front of the bucket's static website endpoint: `/folder/` is `folder/index.html`,
    a missing key is the 404 page of its language (404.html, or en/404.html under /en/)."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            path = unquote(urlsplit(self.path).path).lstrip("/")
            if path == "" or path.endswith("/"):
                path += "index.html"
            status, found = 200, self._object(path)
            if found is None:
                folder = next((f for f in languages if path.startswith(f + "/")), "")
                status, found = 404, self._object(f"{folder}/404.html" if folder else "404.html")
            if found is None:
                self.send_error(404)
                return
            body, headers = found
            self.send_response(status)
            self.send_header("Content-Type", headers["ContentType"])
            self.send_header("Cache-Control", headers.get("CacheControl", ""))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _object(self, path):
            try:
                answer = s3.get_object(Bucket=bucket, Key=prefix + path)
            except s3.exceptions.NoSuchKey:
                return None
            return answer["Body"].read(), answer

    return _Serving(Handler)
