"""The publishing workflow cannot run here, so its shape is checked instead."""
from __future__ import annotations

import yaml

from conftest import ROOT

WORKFLOW = yaml.load((ROOT / ".github" / "workflows" / "publish.yml").read_text(), Loader=yaml.BaseLoader)


def steps(job):
    return WORKFLOW["jobs"][job]["steps"]


def runs(job):
    return [step.get("run", "") for step in steps(job)]


def uses(job):
    return [step.get("uses", "").split("@")[0] for step in steps(job)]


def test_runs_on_pushes_to_main_and_on_pull_requests():
    triggers = WORKFLOW["on"]
    assert triggers["push"]["branches"] == ["main"] and "pull_request" in triggers


def test_build_job_checks_tests_and_builds_strictly_in_that_order():
    commands = runs("build")
    order = [next(i for i, c in enumerate(commands) if c.startswith(f"bash scripts/dev.sh {word}"))
             for word in ("check", "test", "build")]
    assert order == sorted(order)


def test_pushes_upload_a_pages_artifact_and_pull_requests_a_review_artifact():
    by_action = {step.get("uses", "").split("@")[0]: step for step in steps("build")}
    pages = by_action["actions/upload-pages-artifact"]
    review = by_action["actions/upload-artifact"]
    assert pages["if"] == "github.event_name != 'pull_request'" and pages["with"]["path"] == "site"
    assert review["if"] == "github.event_name == 'pull_request'"


def test_deploy_job_deploys_pages_only_from_main_with_the_permissions_it_needs():
    deploy = WORKFLOW["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert "pull_request" in deploy["if"] and "refs/heads/main" in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["concurrency"]["group"] == "pages"
    assert deploy["environment"]["name"] == "github-pages"
    assert uses("deploy") == ["actions/deploy-pages"]


def test_workflow_reads_nothing_but_contents_by_default():
    assert WORKFLOW["permissions"] == {"contents": "read"}
