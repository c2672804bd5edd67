"""What our search worker relies on in Material for MkDocs. These fail, on purpose, when an
upgrade of mkdocs-material changes the worker protocol or the files we copy from."""
from __future__ import annotations

import json
import re
from importlib.metadata import version
from pathlib import Path

import material

MATERIAL = Path(material.__file__).parent / "templates"
OVERRIDES = Path(__file__).resolve().parent.parent / "overrides"


def material_source(bundle_glob: str, source_suffix: str) -> str:
    (source_map,) = (MATERIAL / "assets" / "javascripts").glob(bundle_glob)
    data = json.loads(source_map.read_text(encoding="utf-8"))
    for name, content in zip(data["sources"], data["sourcesContent"]):
        if name.endswith(source_suffix):
            return content
    raise AssertionError(f"{source_suffix} is no longer in {source_map.name}")


def test_material_is_the_pinned_version():
    assert version("mkdocs-material") == "9.8.2"
    requirements = (Path(__file__).resolve().parent.parent / "requirements.txt").read_text()
    assert "mkdocs-material==9.8.2" in requirements


def test_worker_message_types_are_setup_ready_query_result():
    source = material_source("bundle.*.min.js.map", "integrations/search/worker/message/index.ts")
    enum = re.search(r"enum SearchMessageType \{(.*?)\}", source, re.S).group(1)
    assert re.findall(r"^\s*(\w+),?", enum, re.M) == ["SETUP", "READY", "QUERY", "RESULT"]


def test_page_sends_setup_with_config_and_docs_of_search_index_json():
    bundle = material_source("bundle.*.min.js.map", "src/templates/assets/javascripts/bundle.ts")
    assert 'new URL("search/search_index.json", config.base)' in bundle
    worker = material_source("bundle.*.min.js.map", "integrations/search/worker/_/index.ts")
    assert ".subscribe(({ config, docs }) => worker$.next({" in worker
    assert "type: SearchMessageType.SETUP" in worker


def test_result_items_are_rendered_from_location_title_text_score_terms():
    source = material_source("bundle.*.min.js.map", "templates/search/index.tsx")
    for field in ("document.location", "document.title", "document.text", "document.score", "document.terms"):
        assert field in source


def test_every_result_message_replaces_the_list():
    """Our worker answers a query twice (its first five results, then all): Material must render
    each RESULT message anew, not append to or ignore a second one."""
    source = material_source("bundle.*.min.js.map", "components/search/result/index.ts")
    assert "tap(() => list.innerHTML = \"\")" in source
    assert "filter(isSearchResultMessage)" in source and "tap(state => push$.next(state))" in source


def test_our_config_block_matches_materials_apart_from_the_worker():
    theirs = (MATERIAL / "base.html").read_text(encoding="utf-8")
    ours = (OVERRIDES / "main.html").read_text(encoding="utf-8")
    keys = lambda text: re.findall(r'^\s*"([\w.]+)":', text.split("{% block config %}")[1].split("{% endblock %}")[0], re.M)
    assert keys(ours) == keys(theirs)
    assert '"search": "assets/javascripts/workers/search.a7633da7.min.js" | url' in theirs
    assert '"search": "assets/javascripts/search-worker.js" | url' in ours


def test_search_plugin_honours_search_exclude_front_matter():
    plugin = (Path(material.__file__).parent / "plugins" / "search" / "plugin.py").read_text(encoding="utf-8")
    assert 'search = page.meta.get("search") or {}\n        if search.get("exclude"):\n            return' in plugin


def test_language_selector_fetches_a_sitemap_per_alternate_link():
    """main.html answers these fetches in the page; if Material stops making them, drop that."""
    source = material_source("bundle.*.min.js.map", "integrations/alternate/index.ts")
    assert 'getElements<HTMLLinkElement>("link[rel=alternate]")' in source
    assert "fetchSitemap(url)" in source
    sitemap = material_source("bundle.*.min.js.map", "integrations/sitemap/index.ts")
    assert 'requestXML(new URL("sitemap.xml", base))' in sitemap


def material_template_names() -> set[str]:
    """Every variable name Material's templates read or set."""
    import jinja2
    import jinja2.nodes
    env = jinja2.Environment(extensions=["jinja2.ext.i18n", "jinja2.ext.loopcontrols"])
    names = set()
    for path in MATERIAL.rglob("*.html"):
        names |= {node.name for node in env.parse(path.read_text(encoding="utf-8")).find_all(jinja2.nodes.Name)}
    return names


def names_the_hook_adds() -> set[str]:
    """Page context keys (context["x"] = ...) and template globals (env.globals.update(x=...)) of the hook."""
    import ast
    tree = ast.parse((OVERRIDES.parent / "helpcenter" / "mkdocs_plugin" / "plugin.py").read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store) and isinstance(node.value, ast.Name)
                and node.value.id == "context" and isinstance(node.slice, ast.Constant)):
            names.add(node.slice.value)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "update"
                and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "globals"):
            names |= {keyword.arg for keyword in node.keywords}
    return names


def test_no_variable_we_give_the_templates_is_named_like_one_of_materials():
    """Material's partials/source-file.html renders any context variable named `updated`
    beside a clock icon: our (iso, text) pair once showed on every article as a raw tuple."""
    ours = names_the_hook_adds()
    assert {"contact", "article", "last_updated", "all_channels"} <= ours   # the scan sees the hook's names
    assert "updated" in material_template_names()
    assert ours & material_template_names() == set()
