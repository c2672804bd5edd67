"""Publishing to S3-compatible object storage (Alibaba Cloud OSS, Tencent Cloud COS, Huawei OBS,
AWS S3, Cloudflare R2, MinIO) behind a CDN, with boto3.

Layout under s3://BUCKET/PREFIX/:

    <path of each file>                  the live site, as readers (and the CDN) fetch it
    .helpcenter/state.json               the live release, the ones kept for rollback, retired keys
    .helpcenter/pending.json             the keys a publish that has not finished may have created
    .helpcenter/releases/<id>.json       a release's manifest: path -> sha256, size
    .helpcenter/objects/<sha256>         the content of every page and other unhashed file of a
                                         kept release, so rollback is a server-side copy

A publish uploads only files whose content is not in the bucket already (the manifest of the live
release says what is), in parallel, in an order that never lets a reader get a page whose
assets are missing: files with a content hash in their name first (new names, unused by the live
pages), then the other assets, then the pages, then the entry points (home and 404 pages of each
language, sitemap, robots.txt) and only then the manifest and the state, which make the release
the live one. A publish that fails half-way leaves the entry points (and the state) as they were,
and the next publish uploads what is still missing. Keys the new release no longer uses are
deleted only after a grace period (default 24 h) by a later publish, so pages that readers and
the CDN cached keep working; rollback copies the previous release's pages back from
.helpcenter/objects/ (no upload), in seconds.
"""
from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import socket
import time
from contextlib import contextmanager
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .assets import path_is_hashed

META = ".helpcenter"
STATE = f"{META}/state.json"
PENDING = f"{META}/pending.json"      # keys a publish in progress may create; read by the next one
KEEP = 2                       # releases kept for rollback: the live one and the one before it
DEFAULT_GRACE = 24 * 3600.0
IMMUTABLE = "public, max-age=31536000, immutable"
SHORT = "public, max-age=300"                 # pages and other files without a hash in their name
ENTRY = "public, max-age=60"                  # what a reader's visit starts with: purge these
ENTRY_NAMES = {"index.html", "404.html", "sitemap.xml", "sitemap.xml.gz", "robots.txt"}

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".webmanifest": "application/manifest+json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".gz": "application/gzip",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".pdf": "application/pdf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
}


class PublishS3Error(Exception):
    """One line: what failed. The live site is unchanged unless the message says otherwise."""


# -- what is uploaded, and how ----------------------------------------------------------------

@dataclass(frozen=True)
class Target:
    bucket: str
    prefix: str   # '' or 'some/folder/' (ends with /)

    def key(self, path: str) -> str:
        return self.prefix + path

    def __str__(self) -> str:
        return f"s3://{self.bucket}/{self.prefix}"


def parse_target(url: str) -> Target:
    match = re.fullmatch(r"s3://([^/]+)/?(.*)", url.strip())
    if not match or not re.fullmatch(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", match.group(1)):
        raise PublishS3Error(f"'{url}' is not an object storage address like s3://BUCKET/PREFIX "
                             "(bucket names: lower-case letters, digits, dots and dashes)")
    prefix = match.group(2).strip("/")
    if any(part in (".", "..") for part in prefix.split("/")) or "//" in prefix:
        raise PublishS3Error(f"'{url}': the prefix must be a plain folder path, like s3://BUCKET/help")
    return Target(match.group(1), prefix + "/" if prefix else "")


def content_type(path: str) -> str:
    return TYPES.get(posixpath.splitext(path)[1].lower(), "application/octet-stream")


def is_entry(path: str, roots: Iterable[str]) -> bool:
    """Home and 404 pages of each language, sitemaps and robots.txt: what readers start from."""
    folder, name = posixpath.split(path)
    return name in ENTRY_NAMES and folder in roots


def kind(path: str, roots: Iterable[str]) -> str:
    """'hashed' (never changes), 'asset', 'page' or 'entry': the order of the upload."""
    name = posixpath.basename(path)
    if is_entry(path, roots):
        return "entry"
    if name.endswith(".html"):
        return "page"
    return "hashed" if path_is_hashed(path) else "asset"


def cache_control(path: str, roots: Iterable[str]) -> str:
    return {"hashed": IMMUTABLE, "entry": ENTRY}.get(kind(path, roots), SHORT)


ORDER = ("hashed", "asset", "page", "entry")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scan(site: Path) -> dict[str, dict]:
    """path -> {"sha256", "size"} of every file of a built site (dotfiles left out)."""
    files = {}
    root = str(site)
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(s for s in subfolders if not s.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            full = os.path.join(folder, name)
            path = os.path.relpath(full, root).replace(os.sep, "/")
            files[path] = {"sha256": sha256_file(Path(full)), "size": os.path.getsize(full)}
    return files


def parse_duration(text: str) -> float:
    """'24h', '90m', '30s', '2d', '0' -> seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text or "")
    if not match:
        raise ValueError(f"'{text}' is not a duration like 24h, 90m, 30s or 0")
    return float(match.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


# -- the bucket -------------------------------------------------------------------------------

def client(endpoint_url: str | None = None, region: str | None = None, addressing_style: str = "auto",
           jobs: int = 16):
    """A boto3 S3 client; credentials, region and endpoint from the usual AWS_* environment
    variables and files unless given. Checksums only where required: OSS, COS and OBS reject
    the CRC32 headers that newer botocore sends by default."""
    import boto3
    from botocore.config import Config

    config = Config(max_pool_connections=max(10, jobs), retries={"max_attempts": 4, "mode": "standard"},
                    s3={"addressing_style": addressing_style}, connect_timeout=10, read_timeout=60,
                    request_checksum_calculation="when_required",
                    response_checksum_validation="when_required")
    session = boto3.session.Session(region_name=region)
    return session.client("s3", endpoint_url=endpoint_url or None, config=config)


def describe(error: BaseException, what: str) -> str:
    """One line for a failed request, without credentials (botocore's messages carry none)."""
    from botocore.exceptions import (ClientError, EndpointConnectionError, NoCredentialsError,
                                     NoRegionError, PartialCredentialsError)
    if isinstance(error, ClientError):
        info = error.response.get("Error", {})
        code = info.get("Code") or error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        message = info.get("Message") or ""
        hint = {"NoSuchBucket": " (create the bucket first, or check its name and the endpoint)",
                "AccessDenied": " (the credentials may not write to this bucket)",
                "InvalidAccessKeyId": " (check AWS_ACCESS_KEY_ID)",
                "SignatureDoesNotMatch": " (check AWS_SECRET_ACCESS_KEY and the region)"}.get(str(code), "")
        return f"{what}: {code}{' ' + message if message and message != str(code) else ''}{hint}"
    if isinstance(error, (NoCredentialsError, PartialCredentialsError)):
        return (f"{what}: no credentials (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)")
    if isinstance(error, NoRegionError):
        return f"{what}: no region (set AWS_REGION or give --region)"
    if isinstance(error, EndpointConnectionError):
        return f"{what}: cannot connect to {error.kwargs.get('endpoint_url', 'the endpoint')}"
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return f"{what}: {text}"


def _is_missing(error: BaseException) -> bool:
    from botocore.exceptions import ClientError
    return isinstance(error, ClientError) and (
        error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"))


class Bucket:
    """The few requests a publish makes, each failure one PublishS3Error line."""

    def __init__(self, s3, target: Target):
        self.s3, self.target = s3, target

    def _call(self, what: str, run: Callable):
        from botocore.exceptions import BotoCoreError, ClientError
        try:
            return run()
        except (BotoCoreError, ClientError) as error:
            raise PublishS3Error(describe(error, what)) from None

    def read_json(self, path: str) -> dict | None:
        from botocore.exceptions import BotoCoreError, ClientError
        key = self.target.key(path)
        try:
            body = self.s3.get_object(Bucket=self.target.bucket, Key=key)["Body"].read()
        except (BotoCoreError, ClientError) as error:
            if _is_missing(error):
                return None
            raise PublishS3Error(describe(error, f"reading {self.target}{path}")) from None
        try:
            return json.loads(body)
        except ValueError:
            raise PublishS3Error(f"{self.target}{path} is not the JSON a publish writes; "
                                 "remove it only if no release is live") from None

    def write_json(self, path: str, data: dict) -> None:
        body = (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()
        self._call(f"writing {self.target}{path}", lambda: self.s3.put_object(
            Bucket=self.target.bucket, Key=self.target.key(path), Body=body,
            ContentType="application/json; charset=utf-8", CacheControl="no-store"))

    def put_file(self, key: str, file: Path, headers: dict) -> None:
        with open(file, "rb") as handle:
            self._call(f"uploading {key}", lambda: self.s3.put_object(
                Bucket=self.target.bucket, Key=key, Body=handle, **headers))

    def copy(self, source: str, key: str, headers: dict) -> None:
        self._call(f"copying {source} to {key}", lambda: self.s3.copy_object(
            Bucket=self.target.bucket, Key=key, CopySource={"Bucket": self.target.bucket, "Key": source},
            MetadataDirective="REPLACE", **headers))

    def delete(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 1000):
            chunk = keys[start:start + 1000]
            answer = self._call("deleting retired objects", lambda: self.s3.delete_objects(
                Bucket=self.target.bucket, Delete={"Objects": [{"Key": k} for k in chunk], "Quiet": True}))
            errors = answer.get("Errors") or []
            if errors:
                first = errors[0]
                raise PublishS3Error(f"deleting {first.get('Key')}: {first.get('Code')} {first.get('Message', '')}")

    def list(self, folder: str) -> dict[str, float]:
        """key (relative to the prefix) -> last modified (epoch seconds) of every object under folder."""
        found = {}
        paginator = self.s3.get_paginator("list_objects_v2")

        def run():
            for page in paginator.paginate(Bucket=self.target.bucket, Prefix=self.target.key(folder)):
                for item in page.get("Contents", []):
                    found[item["Key"][len(self.target.prefix):]] = item["LastModified"].timestamp()
        self._call(f"listing {self.target}{folder}", run)
        return found

    def check(self) -> None:
        self._call(f"reaching {self.target}", lambda: self.s3.head_bucket(Bucket=self.target.bucket))


def _headers(path: str, roots: Iterable[str]) -> dict:
    return {"ContentType": content_type(path), "CacheControl": cache_control(path, roots)}


def _blob(sha: str) -> str:
    return f"{META}/objects/{sha}"


# -- publish and rollback ---------------------------------------------------------------------

@dataclass
class Report:
    release: str
    uploaded: int = 0              # files whose bytes were sent
    uploaded_bytes: int = 0
    copied: int = 0                # server-side copies of replaced pages, kept for rollback
    unchanged: int = 0
    deleted: int = 0               # retired keys removed after their grace period
    retired: int = 0               # keys no longer used, kept until their grace period ends
    files: int = 0
    seconds: float = 0.0
    by_kind: dict = field(default_factory=dict)
    entries: list = field(default_factory=list)   # what to purge from the CDN
    changed: bool = True                          # False: the site was live already, no new release

    def line(self) -> str:
        mib = self.uploaded_bytes / 1048576
        return (f"{self.files} files: {self.uploaded} uploaded ({mib:.2f} MiB), {self.unchanged} unchanged, "
                f"{self.copied} replaced kept in the bucket for rollback; {self.retired} no longer used (deleted "
                f"after the grace period), {self.deleted} retired earlier deleted; {self.seconds:.1f} s")


def _new_release_id() -> str:
    now = time.time()
    return time.strftime("%Y%m%d-%H%M%S", time.gmtime(now)) + f"-{int(now % 1 * 1e6):06d}-{os.getpid()}"


def _empty_state() -> dict:
    return {"format": 1, "live": None, "releases": [], "retired": {}}


def _run_parallel(jobs: int, work: list[Callable[[], None]]) -> None:
    """Run every item; the first failure stops what has not started and is raised."""
    if not work:
        return
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(item) for item in work]
        try:
            for future in futures:
                future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


LOCK = f"{META}/lock.json"
LOCK_STALE = 6 * 3600.0   # a lock this old was left by a publish that was killed


@contextmanager
def exclusive(bucket: Bucket, what: str, now: Callable[[], float] = time.time):
    """Hold .helpcenter/lock.json (created only if absent: If-None-Match: *), so that two
    publishes or a publish and a rollback never interleave. Services that do not support
    conditional writes get the check before the switch only (see `publish`)."""
    from botocore.exceptions import BotoCoreError, ClientError
    target = bucket.target
    body = json.dumps({"what": what, "host": socket.gethostname(), "pid": os.getpid(), "since": now()}).encode()
    held = False
    for attempt in (1, 2):
        try:
            bucket.s3.put_object(Bucket=target.bucket, Key=target.key(LOCK), Body=body, IfNoneMatch="*",
                                 ContentType="application/json; charset=utf-8", CacheControl="no-store")
            held = True
            break
        except ClientError as error:
            code = str(error.response.get("Error", {}).get("Code"))
            if code in ("NotImplemented", "InvalidArgument", "InvalidRequest", "501"):
                break   # no conditional writes here
            if code not in ("PreconditionFailed", "412", "ConditionalRequestConflict", "409"):
                raise PublishS3Error(describe(error, f"locking {target}")) from None
            other = bucket.read_json(LOCK) or {}
            if attempt == 1 and now() - float(other.get("since") or 0) > LOCK_STALE:
                bucket.delete([target.key(LOCK)])   # left by a publish that was killed
                continue
            since = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(float(other.get("since") or 0)))
            raise PublishS3Error(
                f"another {other.get('what', 'publish')} of {target} is running ({other.get('host', '?')}, "
                f"pid {other.get('pid', '?')}, since {since}); try again when it has finished, or, if it "
                f"was killed, delete {target}{LOCK}") from None
        except BotoCoreError as error:
            raise PublishS3Error(describe(error, f"locking {target}")) from None
    try:
        yield
    finally:
        if held:
            try:
                bucket.delete([target.key(LOCK)])
            except PublishS3Error:
                pass   # stale after LOCK_STALE


def publish(site: Path, target: Target, s3, roots: list[str], **options) -> Report:
    """Upload a built and verified site as the new live release, holding the bucket's lock."""
    bucket = Bucket(s3, target)
    bucket.check()
    with exclusive(bucket, "publish"):
        return _publish(site, target, s3, roots, **options)


def rollback(target: Target, s3, roots: list[str], **options) -> tuple[str, int, float]:
    """Make the release before the live one live again, holding the bucket's lock."""
    bucket = Bucket(s3, target)
    bucket.check()
    with exclusive(bucket, "rollback"):
        return _rollback(target, s3, roots, **options)


def _publish(site: Path, target: Target, s3, roots: list[str], *, grace: float = DEFAULT_GRACE,
             jobs: int = 16, say: Callable[[str], None] = lambda _: None,
             now: Callable[[], float] = time.time) -> Report:
    """Upload a built and verified site as the new live release. `roots`: the folders of the
    languages ('' for the root). Raises PublishS3Error; the live entry points and state are
    changed only after everything else is in place."""
    start, start_wall = time.monotonic(), now()
    bucket = Bucket(s3, target)
    state = bucket.read_json(STATE) or _empty_state()
    live_id = state.get("live")
    live = (bucket.read_json(f"{META}/releases/{live_id}.json") or {}).get("files", {}) if live_id else {}
    kept = {}
    for other in state.get("releases", []):
        if other != live_id:
            kept[other] = (bucket.read_json(f"{META}/releases/{other}.json") or {}).get("files", {})
    retired: dict = dict(state.get("retired", {}))
    # Keys a publish that did not finish may have written: their content is unknown.
    dirty = set((bucket.read_json(PENDING) or {}).get("keys", []))
    files = scan(site)
    if not dirty and live_id and {p: i["sha256"] for p, i in files.items()} == {p: i["sha256"] for p, i in live.items()}:
        # Nothing changed: no new release (it would push the one before out of reach of rollback);
        # what waited for its grace period is deleted all the same.
        report = Report(live_id, files=len(files), unchanged=len(files), changed=False,
                        entries=sorted(p for p in files if kind(p, roots) == "entry"))
        try:
            report.deleted = _collect(bucket, target, state, {live_id: live, **kept}, [], roots, now(), start_wall)
        except PublishS3Error as error:
            say(f"Cleaning up old objects failed (the next publish retries): {error}")
        report.seconds = time.monotonic() - start
        return report
    release = _new_release_id()
    report = Report(release, files=len(files), entries=sorted(p for p in files if kind(p, roots) == "entry"))

    # Before a file is overwritten or retired, its content is copied, inside the bucket, to
    # .helpcenter/objects/<sha256>: what rollback copies back, whenever it runs. Only when that
    # blob is not there already, and never from a key a failed publish may have overwritten.
    blobs = set(bucket.list(f"{META}/objects/"))
    preserve: dict[str, str] = {}   # blob -> the key holding that content now
    for path, info in live.items():
        new_info = files.get(path)
        if new_info and (new_info["sha256"] == info["sha256"] or kind(path, roots) == "hashed"):
            continue   # unchanged, or a hashed name (never overwritten: only retired)
        blob = _blob(info["sha256"])
        if blob not in blobs and blob not in preserve and path not in dirty:
            preserve[blob] = path
    steps: dict[str, list[Callable[[], None]]] = {k: [] for k in ORDER}
    for path, info in files.items():
        what = kind(path, roots)
        report.by_kind[what] = report.by_kind.get(what, 0) + 1
        if live.get(path, {}).get("sha256") == info["sha256"] and path not in dirty:
            report.unchanged += 1
            continue
        steps[what].append(lambda key=target.key(path), file=site / path, headers=_headers(path, roots):
                           bucket.put_file(key, file, headers))
        report.uploaded += 1
        report.uploaded_bytes += info["size"]
    report.copied = len(preserve)

    say(f"Uploading to {target}: {report.uploaded} of {len(files)} files "
        f"({report.uploaded_bytes / 1048576:.1f} MiB), {report.copied} kept in the bucket for rollback ...")
    # The keys this publish writes: if it fails, the next one rewrites them (or retires them).
    created = sorted(dirty | {p for p, i in files.items() if live.get(p, {}).get("sha256") != i["sha256"]})
    if created:
        bucket.write_json(PENDING, {"release": release, "keys": created})
    _run_parallel(jobs, [lambda blob=blob, path=path: bucket.copy(target.key(path), target.key(blob), {
        "ContentType": content_type(path), "CacheControl": "no-store"}) for blob, path in preserve.items()])
    for what in ORDER:
        _run_parallel(jobs, steps[what])

    # The release is in place: record it (manifest, then the state that makes it live).
    stamp = now()
    unused = (set(live) | set(created)) - set(files)
    for path in unused - set(retired):
        retired[path] = {"since": stamp, "delete_after": stamp + grace}
    for path in set(files) & set(retired):
        del retired[path]
    report.retired = len(unused)
    bucket.write_json(f"{META}/releases/{release}.json",
                      {"release": release, "created": stamp, "files": files})
    history = [r for r in state.get("releases", []) if r != release] + [release]
    current_state = bucket.read_json(STATE) or _empty_state()
    if current_state.get("live") != live_id:
        raise PublishS3Error(f"another publish or rollback changed {target} while this one ran "
                             f"(live release {current_state.get('live')}, was {live_id}); publish again")
    dropped, history = history[:-KEEP] + list(state.get("forgotten", [])), history[-KEEP:]
    new_state = {"format": 1, "live": release, "releases": history, "retired": retired, "updated": stamp}
    bucket.write_json(STATE, new_state)

    # After the switch: remove what no reader can need any more (never fails the publish).
    try:
        if created:
            bucket.delete([target.key(PENDING)])
        manifests = {r: f for r, f in {live_id: live, **kept, release: files}.items() if r in history}
        report.deleted = _collect(bucket, target, new_state, manifests, dropped, roots, stamp, start_wall)
    except PublishS3Error as error:
        say(f"Published, but cleaning up old objects failed (the next publish retries): {error}")
    report.seconds = time.monotonic() - start
    return report


def _collect(bucket: Bucket, target: Target, state: dict, manifests: dict, dropped: list[str],
             roots: list[str], stamp: float, started: float) -> int:
    """Delete retired keys whose grace period is over (a kept release that used them gets them
    back from their blob on rollback), blobs no kept release uses, and the manifests of releases
    no longer kept. Returns the number of retired keys deleted."""
    due = [p for p, info in state["retired"].items() if info["delete_after"] <= stamp]
    blobs_used = {_blob(info["sha256"]) for r in state["releases"] for info in manifests.get(r, {}).values()}
    # Blobs of dropped releases and of publishes that failed (an hour before this one started,
    # whatever the clocks of the bucket and this machine say).
    blobs = [key for key, modified in bucket.list(f"{META}/objects/").items()
             if key not in blobs_used and modified < started - 3600]
    keys = [target.key(p) for p in due] + [target.key(b) for b in sorted(blobs)]
    keys += [target.key(f"{META}/releases/{r}.json") for r in dropped]
    if due:   # first the state, so that a key it lists as retired is always still there
        for path in due:
            state["retired"].pop(path, None)
        bucket.write_json(STATE, state)
    if keys:
        bucket.delete(keys)
    return len(due)


def _rollback(target: Target, s3, roots: list[str], *, grace: float = DEFAULT_GRACE, jobs: int = 16,
              now: Callable[[], float] = time.time) -> tuple[str, int, float]:
    """Make the release before the live one live again: copy its pages and entry points back
    from .helpcenter/objects/ (server-side, nothing uploaded). Returns (release, files copied, s)."""
    start = time.monotonic()
    bucket = Bucket(s3, target)
    state = bucket.read_json(STATE)
    if not state or not state.get("live"):
        raise PublishS3Error(f"nothing was published to {target} yet")
    history = state.get("releases", [])
    if len(history) < 2 or history[-1] != state["live"]:
        raise PublishS3Error(f"no earlier release to roll back to in {target}")
    live_id, previous_id = history[-1], history[-2]
    live = (bucket.read_json(f"{META}/releases/{live_id}.json") or {}).get("files", {})
    previous = bucket.read_json(f"{META}/releases/{previous_id}.json")
    if not previous:
        raise PublishS3Error(f"the manifest of release {previous_id} is missing from {target}")
    previous = previous["files"]
    steps: dict[str, list[Callable[[], None]]] = {k: [] for k in ORDER}
    for path, info in previous.items():
        if live.get(path, {}).get("sha256") == info["sha256"] and path not in state.get("retired", {}):
            continue
        what = kind(path, roots)
        if what == "hashed" and path in state.get("retired", {}):
            continue   # still there (its grace period runs), and a hashed name never changes content
        steps[what].append(lambda path=path, sha=info["sha256"]: bucket.copy(
            target.key(_blob(sha)), target.key(path), _headers(path, roots)))
    for what in ORDER:
        _run_parallel(jobs, steps[what])
    stamp = now()
    retired = dict(state.get("retired", {}))
    for path in set(live) - set(previous) - set(retired):
        retired[path] = {"since": stamp, "delete_after": stamp + grace}
    for path in set(previous) & set(retired):
        del retired[path]
    # The release rolled back from is forgotten: the next publish removes its manifest and blobs.
    bucket.write_json(STATE, {"format": 1, "live": previous_id, "releases": history[:-1],
                              "retired": retired, "updated": stamp,
                              "forgotten": list(state.get("forgotten", [])) + [live_id]})
    return previous_id, sum(len(v) for v in steps.values()), time.monotonic() - start


# -- the command line (helpcenter publish|rollback s3://...) ------------------------------------

def _connect(args):
    try:
        return client(args.endpoint_url, args.region, args.addressing_style, getattr(args, "jobs", 16))
    except ImportError:
        raise PublishS3Error("boto3 is not installed (pip install -r requirements.txt)") from None


def _roots(prefixes: dict[str, str]) -> list[str]:
    return [prefix.strip("/") for prefix in prefixes.values()]


def _fail(verb: str, error: str, target: str, changed: bool = False) -> int:
    import sys
    after = ("The live site may be partly changed." if changed else f"The live site at {target} is unchanged.")
    print(f"Not {verb}: {error}. {after}", file=sys.stderr)
    return 1


def cli_publish(args, prefixes: dict[str, str], build_site: Callable, verify_site: Callable) -> int:
    import shutil
    import tempfile
    from .publish import describe_os_error
    work = None
    try:
        target = parse_target(args.target)
        try:
            grace = parse_duration(args.grace)
        except ValueError as error:
            raise PublishS3Error(f"--grace {error}") from None
        if args.jobs < 1:
            raise PublishS3Error("--jobs must be 1 or more")
        s3 = _connect(args)
        Bucket(s3, target).check()   # before a build of minutes: the bucket is there and ours
        if args.site_dir:
            site = Path(args.site_dir).resolve()
            if not (site / "index.html").is_file():
                raise PublishS3Error(f"{site} is not a built site (no index.html)")
        else:
            work = Path(tempfile.mkdtemp(prefix="helpcenter-publish-"))
            site = work / "site"
            if not build_site(site, kept=None):
                raise PublishS3Error("the build failed")
        problems = verify_site(site, prefixes)
        if problems:
            raise PublishS3Error("the built site failed its checks:\n  " + "\n  ".join(problems))
        report = publish(site, target, s3, _roots(prefixes), grace=grace, jobs=args.jobs,
                         say=lambda line: print(line, flush=True))
    except PublishS3Error as error:
        return _fail("published", str(error), args.target)
    except OSError as error:
        return _fail("published", describe_os_error(error), args.target)
    except KeyboardInterrupt:
        _fail("published", "interrupted", args.target)
        return 130
    except Exception as error:   # noqa: BLE001 - one line, never a traceback
        return _fail("published", f"unexpected {type(error).__name__}: {error}", args.target)
    finally:
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
    if not report.changed:
        print(f"Nothing changed: {target} serves this site already (release {report.release}); "
              f"{report.deleted} retired objects deleted after their grace period.")
        return 0
    print(f"Published {report.release} to {target}: {report.line()}")
    print("Purge from the CDN (entry points; everything else has a new name or a short max-age): "
          + " ".join("/" + p.removesuffix("index.html") for p in report.entries))
    return 0


def cli_rollback(args, prefixes: dict[str, str]) -> int:
    try:
        target = parse_target(args.target)
        s3 = _connect(args)
        release, copied, seconds = rollback(target, s3, _roots(prefixes))
    except PublishS3Error as error:
        return _fail("rolled back", str(error), args.target)
    except KeyboardInterrupt:
        print("Rollback interrupted: run it again to finish it (the state still names the newer release).")
        return 130
    except Exception as error:   # noqa: BLE001
        return _fail("rolled back", f"unexpected {type(error).__name__}: {error}", args.target)
    print(f"Rolled back {target} to {release}: {copied} files restored in the bucket in {seconds:.1f} s; "
          "purge the entry points from the CDN")
    return 0
