"""Secrets live only in the keyring: configure every kind with recognisable secrets, make
every site fail in the ways that produce messages (401, 500, garbage), sync, test, export in
every format, and look for the secrets everywhere a user or a log could see them."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from repman.cli import main
from repman.logs import log_path
from repman.sources.registry import connector_class, kinds
from repman.store import Store
from tests.memkeyring import MemoryKeyring

SETTINGS = {
    "google": {"account": "1", "location": "2"},
    "yelp": {"business": "b"},
    "facebook": {"page": "p"},
    "trustpilot": {"business_unit": "u"},
    "tripadvisor": {"location": "1"},
    "appstore": {"app": "1"},
    "googleplay": {"package": "p"},
    "reddit": {"query": "q"},
    "mastodon": {"query": "q"},
    "bluesky": {"query": "q"},
    "hackernews": {"query": "q"},
    "rss": {},
    "x": {"query": "q"},
}


def secret(kind: str, key: str) -> str:
    return f"S3CRET-{kind}-{key}-Zq9"


def _hostile(request: Request) -> Response:
    # Echo what the client sent back inside the errors, as careless sites do.
    echo = f"{request.url} {dict(request.headers)} {request.get_data(as_text=True)}"
    if "x-fail" in request.url or request.path.endswith("token"):
        return Response(f'{{"error": "invalid_grant", "detail": "{echo}"}}', status=401)
    if request.path.count("/") % 2:  # (no 5xx: their retries only make the test slow)
        return Response(f"<html>Forbidden {echo}</html>", status=403)
    return Response(f'{{"broken": "{echo}"', status=200, content_type="application/json")


def run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue() + err.getvalue()


def test_no_secret_reaches_the_database_exports_logs_or_output(
    httpserver: HTTPServer,
    tmp_path: Path,
    mem_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    httpserver.expect_request("").respond_with_handler(_hostile)
    base = httpserver.url_for("/").rstrip("/")
    db = tmp_path / "inbox.db"
    every_secret: list[str] = []
    output: list[str] = []
    for kind in kinds():
        cls = connector_class(kind)
        args = ["--db", str(db), "source", "add", kind, f"S-{kind}", "--set", f"base_url={base}"]
        settings = dict(SETTINGS[kind])
        if kind == "mastodon":
            settings["instance"] = base
        if kind == "rss":
            settings["url"] = f"{base}/feed"
        if kind in ("google", "googleplay"):
            settings.update(token_url=f"{base}/token", auth_url=f"{base}/auth")
        for key, value in settings.items():
            args += ["--set", f"{key}={value}"]
        for f in cls.info().secrets:
            if kind in ("google", "googleplay") and f.name == "token":
                continue  # the refresh-token path is the one that talks to a token endpoint
            value = secret(kind, f.name)
            every_secret.append(value)
            env = f"SECRET_{kind}_{f.name}".upper()
            monkeypatch.setenv(env, value)
            args += ["--secret-env", f"{f.name}={env}"]
        code, text = run(*args)
        if code == 2 and kind in ("google", "googleplay"):  # auth/token urls are not form fields
            with Store.open(db) as store:
                store.add_source(kind, f"S-{kind}", settings)
            for f in cls.info().secrets:
                if f.name != "token":
                    mem_keyring.set_password("repman", f"S-{kind}/{f.name}", secret(kind, f.name))
        else:
            assert code == 0, text
        output.append(text)
    assert all(k != ("repman", "x") for k in mem_keyring.store)  # secrets are in the keyring
    output.append(run("--db", str(db), "sync", "--json")[1])
    output.append(run("--db", str(db), "source", "list", "--json")[1])
    for kind in kinds():
        output.append(run("--db", str(db), "source", "test", f"S-{kind}")[1])
    exports = [tmp_path / f"log.{ext}" for ext in ("csv", "json", "xlsx", "pdf")]
    for path in exports:
        output.append(run("--db", str(db), "export", "-o", str(path), "--events")[1])
    output.append(run("--db", str(db), "stats", "--json")[1])
    bundle = tmp_path / "diagnostics.zip"
    output.append(run("--db", str(db), "diagnostics", str(bundle))[1])
    with Store.open(db) as store:
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blobs = {"cli output": "\n".join(output).encode()}
    with zipfile.ZipFile(bundle) as z:  # compressed: look inside
        blobs.update({f"{bundle.name}:{name}": z.read(name) for name in z.namelist()})
    for path in [db, *exports, *tmp_path.glob("*.events.csv"), *log_path().parent.glob("*")]:
        if path.is_file():
            blobs[str(path)] = path.read_bytes()
    assert len(every_secret) >= 12
    for name, blob in blobs.items():
        for value in every_secret:
            assert value.encode() not in blob, f"{value} found in {name}"
            assert value.encode("utf-16-le") not in blob, f"{value} (UTF-16) found in {name}"
