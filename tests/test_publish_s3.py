"""Publishing to S3-compatible object storage, against a real S3 server on 127.0.0.1 (moto's
standalone server in its own process, spoken to over HTTP by boto3; nothing patched in-process):
what goes up, in what order, with which headers; only changes the second time; a refused upload
that leaves the live site as it was; rollback; the site read from the bucket in Chromium. Also
the cache-safe asset names and the mainland China footer."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from helpcenter.assets import our_assets, path_is_hashed
from helpcenter.errors import ContentErrors
from helpcenter.languages import site_languages
from helpcenter.publish_s3 import IMMUTABLE, STATE, Target, publish, rollback
from helpcenter.settings import load_settings

from s3_server import CREDENTIALS, bucket_host, failing_proxy, moto_server, s3_client

ROOT = Path(__file__).resolve().parent.parent
PREFIXES = site_languages(ROOT / "mkdocs.yml")
ROOTS = [prefix.strip("/") for prefix in PREFIXES.values()]
ARTICLE = "en/payments/payment-failed/index.html"
OTHER = "en/account/account-locked/index.html"
ENV = {**os.environ, **CREDENTIALS}


@pytest.fixture(scope="module")
def endpoint():
    with moto_server() as url:
        yield url


@pytest.fixture(scope="module")
def s3(endpoint):
    return s3_client(endpoint)


_buckets = iter(range(1, 1000))


@pytest.fixture
def bucket(s3):
    name = f"help-{next(_buckets)}-{os.getpid()}"
    s3.create_bucket(Bucket=name)
    return name


def cli(*args: str, endpoint: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "helpcenter", *args, "--endpoint-url", endpoint],
                          cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120)


def body(s3, bucket: str, key: str) -> bytes:
    return s3.get_object(Bucket=bucket, Key=key)["Body"].read()


def keys(s3, bucket: str, prefix: str = "") -> dict[str, float]:
    found = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        found.update({item["Key"]: item["LastModified"].timestamp() for item in page.get("Contents", [])})
    return found


def site_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and not p.name.startswith("."))


def releases(site: Path, folder: Path) -> tuple[Path, Path]:
    """The site (plus an old hashed script, which the second release no longer has), and the same
    site with one article changed."""
    first, second = folder / "first", folder / "second"
    shutil.copytree(site, first)
    (first / "assets" / "javascripts").mkdir(parents=True, exist_ok=True)
    (first / "assets" / "javascripts" / "retired.0123456789.js").write_text("/* old */\n", encoding="utf-8")
    shutil.copytree(site, second)
    page = second / ARTICLE
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", "<p>One more sentence.</p></article>", 1),
                    encoding="utf-8")
    return first, second


@pytest.fixture(scope="module")
def first_and_second(site, tmp_path_factory):
    """Two releases of the whole site, which pass the checks of a publish."""
    return releases(site, tmp_path_factory.mktemp("releases"))


@pytest.fixture(scope="module")
def small_first_and_second(site, tmp_path_factory):
    """Two releases of a few files of each kind (entry points, pages, hashed and other assets),
    for what needs no checks before the upload (the publish function itself): quick to upload."""
    small = tmp_path_factory.mktemp("small") / "site"
    for prefix in PREFIXES.values():
        root = site / prefix if prefix else site
        wanted = [p for p in root.iterdir() if p.is_file()] + [root / "search" / "index.json"]
        wanted += list((root / "assets" / "stylesheets").glob("helpcenter.*")) + [root / "assets" / "images" / "favicon.svg"]
        for path in wanted:
            (small / path.relative_to(site)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, small / path.relative_to(site))
    for page in (ARTICLE, OTHER):
        (small / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(site / page, small / page)
    return releases(small, small.parent)


@pytest.fixture(scope="module")
def published(site, s3, endpoint):
    """The session's site published once, by the command, to s3://live/site/."""
    s3.create_bucket(Bucket="live")
    result = cli("publish", "s3://live/site", "--site-dir", str(site), endpoint=endpoint)
    assert result.returncode == 0, result.stdout + result.stderr
    return "live", "site/", result


# -- a first publish ---------------------------------------------------------------------------

def test_a_first_publish_uploads_every_file_with_its_type_and_cache_headers(site, s3, published):
    bucket, prefix, result = published
    assert "Traceback" not in result.stdout + result.stderr
    files = site_files(site)
    stored = keys(s3, bucket, prefix)
    assert {prefix + f for f in files} <= set(stored)
    assert re.search(rf"{len(files)} files: {len(files)} uploaded", result.stdout), result.stdout
    state = json.loads(body(s3, bucket, prefix + STATE))
    manifest = json.loads(body(s3, bucket, f"{prefix}.helpcenter/releases/{state['live']}.json"))
    assert sorted(manifest["files"]) == files
    assert manifest["files"]["index.html"]["sha256"] == hashlib.sha256((site / "index.html").read_bytes()).hexdigest()
    assert body(s3, bucket, prefix + "index.html") == (site / "index.html").read_bytes()

    def head(path):
        return s3.head_object(Bucket=bucket, Key=prefix + path)

    css = next(f for f in files if re.fullmatch(r"assets/stylesheets/helpcenter\.[0-9a-f]{10}\.css", f))
    material_css = next(f for f in files if re.fullmatch(r"assets/stylesheets/main\.[0-9a-f]{8}\.min\.css", f))
    worker = next(f for f in files if re.fullmatch(r"en/assets/javascripts/search-worker\.[0-9a-f]{10}\.js", f))
    expected = {
        "index.html": ("text/html; charset=utf-8", "public, max-age=60"),
        "en/404.html": ("text/html; charset=utf-8", "public, max-age=60"),
        "sitemap.xml": ("application/xml; charset=utf-8", "public, max-age=60"),
        "robots.txt": ("text/plain; charset=utf-8", "public, max-age=60"),
        ARTICLE: ("text/html; charset=utf-8", "public, max-age=300"),
        "search/index.json": ("application/json; charset=utf-8", "public, max-age=300"),
        css: ("text/css; charset=utf-8", IMMUTABLE),
        material_css: ("text/css; charset=utf-8", IMMUTABLE),
        worker: ("text/javascript; charset=utf-8", IMMUTABLE),
        "assets/images/favicon.svg": ("image/svg+xml; charset=utf-8", "public, max-age=300"),
    }
    for path, (content_type, cache) in expected.items():
        if (site / path).is_file():
            answer = head(path)
            assert (answer["ContentType"], answer["CacheControl"]) == (content_type, cache), path
    # the search index pieces carry their hash in their folder or name: cached for a year
    pieces = [f for f in files if f.startswith("search/") and f != "search/index.json" and f.endswith(".json")
              and f != "search/search_index.json"]
    for piece in pieces[:3]:
        assert head(piece)["CacheControl"] == IMMUTABLE, piece
    for path in files:   # every text file says it is UTF-8
        if path.endswith((".html", ".css", ".js", ".json", ".xml", ".txt", ".svg")) and path in expected:
            assert expected[path][0].endswith("charset=utf-8")


def test_our_stylesheets_and_scripts_carry_a_hash_of_their_content_in_every_language(site):
    for prefix in PREFIXES.values():
        root = site / prefix if prefix else site
        for asset in our_assets():
            folder, _, name = asset.rpartition("/")
            stem, _, suffix = name.rpartition(".")
            assert not (root / asset).exists(), f"{prefix}/{asset} kept its name"
            [hashed] = list((root / folder).glob(f"{stem}.*.{suffix}"))
            assert path_is_hashed(f"{folder}/{hashed.name}")
        pages = [root / "index.html", root / "404.html"]
        for page in pages:
            text = page.read_text(encoding="utf-8")
            assert re.search(r'helpcenter\.[0-9a-f]{10}\.css"', text) and re.search(r'helpcenter\.[0-9a-f]{10}\.js"', text)
            assert re.search(r'search-worker\.[0-9a-f]{10}\.js"', text)
            assert "helpcenter.css" not in text and "search-worker.js" not in text
    worker = next((site / "assets" / "javascripts").glob("search-worker.*.js"))
    stemmer = next((site / "assets" / "javascripts" / "vendor").glob("porter-stemmer.*.js"))
    assert f"vendor/{stemmer.name}" in worker.read_text(encoding="utf-8")
    for path in (worker, stemmer):   # the name is the hash of what is in the file
        assert hashlib.sha256(path.read_bytes()).hexdigest()[:10] in path.name


# -- a second publish: only what changed; unused objects after the grace period -----------------

def test_a_second_publish_uploads_only_what_changed_and_deletes_unused_objects_after_the_grace_period(
        small_first_and_second, s3, bucket):
    first, second = small_first_and_second
    target = Target(bucket, "help/")
    one = publish(first, target, s3, ROOTS, grace=1.5)
    assert one.uploaded == one.files == len(site_files(first))
    before = keys(s3, bucket)
    time.sleep(1.1)   # moto's LastModified has whole seconds

    two = publish(second, target, s3, ROOTS, grace=1.5)
    assert (two.uploaded, two.unchanged) == (1, two.files - 1)
    assert two.uploaded_bytes == (second / ARTICLE).stat().st_size
    after = keys(s3, bucket)
    rewritten = {k for k, t in after.items() if k in before and t != before[k]} | (set(after) - set(before))
    assert {k for k in rewritten if "/.helpcenter/" not in k} == {"help/" + ARTICLE}
    assert body(s3, bucket, "help/" + ARTICLE) == (second / ARTICLE).read_bytes()
    # the old script is no longer used, and stays for the pages readers and the CDN cached
    assert two.retired == 1 and "help/assets/javascripts/retired.0123456789.js" in after

    three = publish(second, target, s3, ROOTS, grace=1.5)   # nothing changed: no new release
    assert not three.changed and three.deleted == 0 and three.release == two.release
    time.sleep(1.6)
    four = publish(second, target, s3, ROOTS, grace=1.5)
    assert four.deleted == 1
    assert "help/assets/javascripts/retired.0123456789.js" not in keys(s3, bucket)
    assert json.loads(body(s3, bucket, "help/" + STATE))["retired"] == {}


# -- a publish refused half-way ------------------------------------------------------------------

def test_an_upload_refused_half_way_leaves_the_live_entry_points_and_release_as_they_were(
        first_and_second, s3, bucket, endpoint):
    first, second = first_and_second
    target = Target(bucket, "")
    publish(first, target, s3, ROOTS)
    live_state = body(s3, bucket, STATE)
    live_home = body(s3, bucket, "index.html")
    changed = second.parent / "third"
    shutil.copytree(second, changed)
    for page in ("index.html", "en/index.html", "sitemap.xml", OTHER):   # entry points and a page that change too
        path = changed / page
        path.write_text(path.read_text(encoding="utf-8").replace("</body>", "<!-- new --></body>")
                        .replace("</urlset>", "<!-- new --></urlset>"), encoding="utf-8")

    with failing_proxy(endpoint, re.escape(ARTICLE)) as proxy:   # the service refuses one page
        result = cli("publish", f"s3://{bucket}", "--site-dir", str(changed), endpoint=proxy.url)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output and CREDENTIALS["AWS_SECRET_ACCESS_KEY"] not in output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Not published: uploading en/payments/payment-failed/index.html: "
                           "AccessDenied") and line.endswith(f"The live site at s3://{bucket} is unchanged."), line
    assert body(s3, bucket, "index.html") == live_home
    assert body(s3, bucket, "sitemap.xml") == (first / "sitemap.xml").read_bytes()
    assert body(s3, bucket, "en/index.html") == (first / "en" / "index.html").read_bytes()
    assert body(s3, bucket, STATE) == live_state
    assert body(s3, bucket, OTHER) == (changed / OTHER).read_bytes()   # pages before it: new, harmless

    # A publish of the live site again rewrites what the refused one had written ...
    publish(first, target, s3, ROOTS)
    assert body(s3, bucket, OTHER) == (first / OTHER).read_bytes()
    # ... and once the service accepts again, the next publish completes it.
    result = cli("publish", f"s3://{bucket}", "--site-dir", str(changed), endpoint=endpoint)
    assert result.returncode == 0, result.stdout + result.stderr
    for path in ("index.html", "sitemap.xml", ARTICLE):
        assert body(s3, bucket, path) == (changed / path).read_bytes()


# -- rollback --------------------------------------------------------------------------------------

def test_rollback_restores_the_previous_release_in_seconds(small_first_and_second, s3, bucket, endpoint):
    first, second = small_first_and_second
    target = Target(bucket, "site/")
    publish(first, target, s3, ROOTS)
    publish(second, target, s3, ROOTS)
    assert body(s3, bucket, "site/" + ARTICLE) == (second / ARTICLE).read_bytes()

    start = time.monotonic()
    result = cli("rollback", f"s3://{bucket}/site", endpoint=endpoint)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Rolled back s3://.*: 1 files restored in the bucket in \d+\.\d s", result.stdout), result.stdout
    assert time.monotonic() - start < 15
    assert body(s3, bucket, "site/" + ARTICLE) == (first / ARTICLE).read_bytes()
    assert s3.head_object(Bucket=bucket, Key="site/" + ARTICLE)["ContentType"] == "text/html; charset=utf-8"
    stored = keys(s3, bucket, "site/")
    assert {f"site/{path}" for path in site_files(first)} <= set(stored)   # the whole first release is there again

    again = cli("rollback", f"s3://{bucket}/site", endpoint=endpoint)
    assert again.returncode == 1
    assert again.stderr.strip() == (f"Not rolled back: no earlier release to roll back to in s3://{bucket}/site/. "
                                    f"The live site at s3://{bucket}/site is unchanged.")
    # after a rollback, publishing the newer site again works, and a rollback of it too
    assert publish(second, target, s3, ROOTS).uploaded == 1
    rollback(target, s3, ROOTS)
    assert body(s3, bucket, "site/" + ARTICLE) == (first / ARTICLE).read_bytes()


# -- failures in one line ---------------------------------------------------------------------------

def test_what_stops_a_publish_is_one_line_naming_it_and_no_credentials(site, endpoint, tmp_path, s3, bucket):
    s3.put_object(Bucket=bucket, Key="x/.helpcenter/lock.json", Body=json.dumps(
        {"what": "publish", "host": "ci-runner", "pid": 4242, "since": time.time() - 60}).encode())
    def run(*args, endpoint=endpoint):
        result = cli(*args, endpoint=endpoint)
        output = result.stdout + result.stderr
        assert result.returncode == 1, output
        assert "Traceback" not in output and CREDENTIALS["AWS_SECRET_ACCESS_KEY"] not in output
        assert CREDENTIALS["AWS_ACCESS_KEY_ID"] not in output
        return result.stderr.strip()

    with ThreadPoolExecutor(5) as pool:
        no_bucket, bad_url, no_server, not_built, locked = pool.map(lambda a: run(*a[0], **a[1]), [
            (("publish", "s3://no-such-bucket/x", "--site-dir", str(site)), {}),
            (("publish", "s3://Bad_Bucket", "--site-dir", str(site)), {}),
            (("rollback", "s3://help/x"), {"endpoint": "http://127.0.0.1:9"}),
            (("publish", "s3://no-such-bucket", "--site-dir", str(tmp_path)), {}),
            (("publish", f"s3://{bucket}/x", "--site-dir", str(site)), {}),
        ])
    assert no_bucket.startswith("Not published: reaching s3://no-such-bucket/x/: ") and "NoSuchBucket" in no_bucket \
        or "404" in no_bucket, no_bucket
    assert no_bucket.endswith("The live site at s3://no-such-bucket/x is unchanged.")
    assert bad_url.startswith("Not published: 's3://Bad_Bucket' is not an object storage address"), bad_url
    assert no_server.startswith("Not rolled back: reaching s3://help/x/: cannot connect to http://127.0.0.1:9"), no_server
    assert len(no_server.splitlines()) == 1
    assert "Not published:" in not_built and "\n" not in not_built
    assert locked.startswith(f"Not published: another publish of s3://{bucket}/x/ is running (ci-runner, pid 4242, "
                             "since "), locked
    assert locked.endswith(f"delete s3://{bucket}/x/.helpcenter/lock.json. The live site at s3://{bucket}/x is unchanged.")
    assert [k for k in keys(s3, bucket) if not k.endswith("lock.json")] == []   # nothing was uploaded


# -- the site, read from the bucket in a browser -----------------------------------------------------

@pytest.mark.browser
def test_the_site_read_from_the_bucket_works_in_chromium(published, s3, browser):
    bucket, prefix, _ = published
    folders = tuple(p.strip("/") for p in PREFIXES.values() if p)
    with bucket_host(s3, bucket, prefix, folders) as host:
        context = browser.new_context()
        page = context.new_page()
        failed, types = [], {}
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else
                types.__setitem__(r.url, r.headers.get("content-type")))
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(host.url + "/", wait_until="networkidle")
        assert "帮助中心" in page.title()
        # our stylesheet (by its hashed name) is applied, our script ran
        assert any(re.search(r"/assets/stylesheets/helpcenter\.[0-9a-f]{10}\.css$", url) for url in types)
        assert any(re.search(r"/assets/javascripts/helpcenter\.[0-9a-f]{10}\.js$", url) for url in types)
        page.goto(host.url + "/" + ARTICLE.removesuffix("index.html"), wait_until="networkidle")
        assert page.locator("article h1").first.inner_text().strip()
        assert page.evaluate("document.characterSet") == "UTF-8"
        missing = page.goto(host.url + "/en/no-such-page/")
        assert missing.status == 404 and page.locator("html").get_attribute("lang").startswith("en")
        context.close()
    assert not [url for url in failed if "no-such-page" not in url], failed
    assert not errors, errors
    assert all("charset=utf-8" in (t or "") for u, t in types.items() if u.endswith((".html", "/", ".css", ".js")))


# -- the mainland China footer ---------------------------------------------------------------------

ICP, POLICE = "沪ICP备12345678号-1", "沪公网安备31010402000001号"


def test_no_filing_numbers_are_shown_when_none_are_configured(site):
    for page in [site / "index.html", site / ARTICLE, site / "en" / "404.html"]:
        assert "beian" not in page.read_text(encoding="utf-8")


def test_the_filing_numbers_are_in_the_footer_of_every_page_of_every_language(tmp_path):
    def build(lang: str) -> subprocess.Popen:
        config = tmp_path / f"mkdocs.{lang}.yml"
        config.write_text(f"INHERIT: {ROOT / f'mkdocs.{lang}.yml'}\ndocs_dir: {ROOT / 'docs' / lang}\n"
                          f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
                          f"extra:\n  icp_filing: {ICP}\n  public_security_filing: ' {POLICE} '\n", encoding="utf-8")
        return subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d",
                                 str(tmp_path / lang)], cwd=ROOT, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    builds = {lang: build(lang) for lang in PREFIXES}
    for lang, process in builds.items():
        output = process.communicate(timeout=120)[0]
        assert process.returncode == 0, output
        pages = list((tmp_path / lang).rglob("*.html"))
        assert len(pages) > 3
        for page in pages:
            text = page.read_text(encoding="utf-8")
            assert f'<a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">{ICP}</a>' in text, page
            assert (f'<a href="https://beian.mps.gov.cn/#/query/webSearch?code=31010402000001" target="_blank" '
                    f'rel="noopener">{POLICE}</a>') in text, page


def test_the_footer_escapes_what_it_shows():
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), extensions=["jinja2.ext.i18n"])
    html = env.get_template("partials/copyright.html").render(config={
        "copyright": "", "extra": {"icp_filing": '<b onclick="x">ICP</b>', "public_security_filing": '"><i>1',
                                   "generator": False}})
    assert "<b" not in html and "<i>" not in html and "&lt;b onclick=&#34;x&#34;&gt;ICP&lt;/b&gt;" in html
    assert 'code=1"' in html


@pytest.mark.parametrize("extra, message", [
    ({"icp_filing": "ICP 12345678"}, "extra.icp_filing: 'ICP 12345678' is not an ICP filing number like 沪ICP备12345678号-1"),
    ({"icp_filing": "沪ICP备１２３４５６７８号"}, "is not an ICP filing number"),   # full-width digits
    ({"icp_filing": ICP, "public_security_filing": "沪公网安备310104号"},
     "extra.public_security_filing: '沪公网安备310104号' is not a public security filing number"),
    ({"public_security_filing": POLICE}, "public_security_filing is set but icp_filing is not"),
])
def test_a_filing_number_in_the_wrong_format_is_a_one_line_configuration_error(extra, message):
    with pytest.raises(ContentErrors) as error:
        load_settings({**extra, "alternate": [{"name": "简体中文", "link": "/", "lang": "zh"}]})
    [line] = [str(e) for e in error.value.errors]
    assert message in line and "\n" not in line


def test_well_formed_filing_numbers_are_accepted():
    settings = load_settings({"icp_filing": " 京ICP证030173号 ", "public_security_filing": POLICE,
                              "alternate": [{"name": "简体中文", "link": "/", "lang": "zh"}]})
    assert (settings.icp_filing, settings.public_security_filing) == ("京ICP证030173号", POLICE)


def test_only_references_to_our_files_are_renamed(tmp_path):
    from helpcenter.assets import hash_language
    (tmp_path / "assets" / "javascripts").mkdir(parents=True)
    (tmp_path / "assets" / "javascripts" / "helpcenter.js").write_text("/* ours */\n", encoding="utf-8")
    (tmp_path / "guide").mkdir()
    page = tmp_path / "guide" / "index.html"
    page.write_text('<script src="../assets/javascripts/helpcenter.js"></script><p>see helpcenter.js, '
                    'myhelpcenter.js, helpcenter.json</p><script src="https://cdn.example.com/x/helpcenter.js">'
                    '</script><script src="/assets/javascripts/helpcenter.js?v=2"></script>', encoding="utf-8")
    [(old, new)] = hash_language(tmp_path, ["assets/javascripts/helpcenter.js"]).items()
    name = new.rsplit("/", 1)[1]
    assert (tmp_path / new).is_file() and not (tmp_path / old).exists()
    assert page.read_text(encoding="utf-8") == (
        f'<script src="../assets/javascripts/{name}"></script><p>see helpcenter.js, myhelpcenter.js, '
        'helpcenter.json</p><script src="https://cdn.example.com/x/helpcenter.js"></script>'
        f'<script src="/assets/javascripts/{name}?v=2"></script>')
    assert hash_language(tmp_path, ["assets/javascripts/helpcenter.js"]) == {}   # twice: nothing more
