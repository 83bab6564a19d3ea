"""Commands that talk to the sites: source add/test/connect, sync, reply --post."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import webbrowser
from typing import Any

from repman import secrets, source_setup
from repman.answering import Recorded, record_reply
from repman.cli import EXIT_FAIL, EXIT_OK, UsageError, db_path, emit_json
from repman.domain import ReplyState, RepmanError
from repman.sources.registry import connector_class, kinds
from repman.store import Store
from repman.sync import SourceProgress, open_connector, sync


def _pairs(values: list[str] | None, option: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values or []:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"{option} expects KEY=VALUE, got {value!r}")
        out[key.strip()] = rest
    return out


def cmd_source_add(args: argparse.Namespace) -> int:
    cls = connector_class(args.kind)
    settings = _pairs(args.set, "--set")
    known = {f.name for f in cls.settings_fields} | {"base_url"}
    unknown = sorted(set(settings) - known)
    if unknown:
        raise UsageError(
            f"{args.kind} has no setting {', '.join(unknown)} "
            f"(settings: {', '.join(sorted(known))})"
        )
    secret_names = {f.name: f for f in cls.secret_fields}
    values: dict[str, str] = {}
    for key, env in _pairs(args.secret_env, "--secret-env").items():
        if key not in secret_names:
            raise UsageError(
                f"{args.kind} has no secret {key!r} (secrets: {', '.join(secret_names) or 'none'})"
            )
        if not os.environ.get(env):
            raise RepmanError(f"environment variable {env} (for {key}) is empty or not set")
        values[key] = os.environ[env]
    for f in cls.secret_fields:
        if f.name not in values and f.required:
            if not sys.stdin.isatty():
                raise RepmanError(
                    f"{cls.label} needs its {f.label}: pass --secret-env {f.name}=ENVVAR"
                )
            typed = getpass.getpass(f"{f.label} for {args.name} (input hidden): ")
            if typed:
                values[f.name] = typed
    missing = [f.label for f in cls.settings_fields if f.required and not settings.get(f.name)]
    if missing:
        raise UsageError(f"{cls.label} needs {', '.join(missing)}: add --set KEY=VALUE")
    with Store.open(db_path(args)) as store:
        # The same checks and the same all-or-nothing add as the app's Sources page.
        source_setup.add(store, args.kind, args.name, settings, values)
    stored = f", {len(values)} secret(s) in the system keyring" if values else ""
    print(f"Added {cls.label} source {args.name!r}{stored}.")
    return EXIT_OK


def cmd_source_test(args: argparse.Namespace) -> int:
    with Store.open(db_path(args)) as store:
        source = store.source(args.name)
    with open_connector(source) as connector:
        print(f"{args.name}: {connector.check()}")
    return EXIT_OK


def cmd_source_connect(args: argparse.Namespace) -> int:
    """Run a site's sign-in flow (OAuth in the browser) and keep the tokens in the keyring."""
    with Store.open(db_path(args)) as store:
        source = store.source(args.name)
    cls = connector_class(source.kind)
    sign_in = getattr(cls, "sign_in", None)
    if sign_in is None:
        raise RepmanError(f"{cls.label} sources have no sign-in; use `repman source add`")
    keys = [f.name for f in cls.secret_fields]
    found = secrets.load(source.name, keys)

    def open_url(url: str) -> None:
        print(
            f"Opening your browser to sign in. If it does not open, visit:\n{url}", file=sys.stderr
        )
        webbrowser.open(url)

    new = sign_in(source.settings, found, open_url)
    for key, value in new.items():
        secrets.put(source.name, key, value)
    print(f"Signed in; {args.name} can now sync.")
    return EXIT_OK


def _line(p: SourceProgress) -> str:
    if p.error:
        return f"{p.source}: FAILED: {p.error}"
    return f"{p.source}: {p.fetched} fetched, {p.new} new, {p.updated} updated"


def cmd_sync(args: argparse.Namespace) -> int:
    def progress(p: SourceProgress) -> None:
        if p.done and not args.json:
            print(_line(p), file=sys.stderr)

    from repman.sync import SyncOptions

    report = sync(db_path(args), args.names or None, progress, SyncOptions(full=args.full))
    if args.json:
        emit_json(
            [
                {
                    "source": p.source,
                    "kind": p.kind,
                    "fetched": p.fetched,
                    "new": p.new,
                    "updated": p.updated,
                    "error": p.error,
                }
                for p in report.sources
            ]
        )
    if not report.sources:
        print("No sources to sync: add one with `repman source add`.", file=sys.stderr)
    failed = report.failed
    if failed:
        names = ", ".join(p.source for p in failed)
        print(
            f"repman: {len(failed)} of {len(report.sources)} sources failed: {names}",
            file=sys.stderr,
        )
        return EXIT_FAIL
    return EXIT_OK


def post_reply(store: Store, item_id: int, body: str, by: str, template_id: int | None) -> Recorded:
    """Send through the site first; record the reply only when the site took it."""
    item: dict[str, Any] = store.item(item_id)
    source = store.source(item["source"])
    item["raw"] = store.item_raw(item_id)
    with open_connector(source) as connector:
        if not connector.can_post():
            connector_cls = type(connector)
            raise RepmanError(
                f"{connector_cls.label} cannot take replies from this source (no reply API, or "
                "no user token): copy the reply to the site by hand, then run without --post"
            )
        posted = connector.post_reply(item, body)
    return record_reply(
        store,
        item_id,
        body,
        ReplyState.POSTED,
        by,
        template_id=template_id,
        external_reply_id=posted.external_reply_id,
        at=posted.at,
    )


def add_parsers(sub: Any, source_sub: Any) -> None:
    q = source_sub.add_parser("add", help="add a site to sync")
    q.add_argument("kind", choices=kinds())
    q.add_argument("name")
    q.add_argument("--set", action="append", metavar="KEY=VALUE", help="a setting")
    q.add_argument(
        "--secret-env",
        action="append",
        metavar="KEY=ENVVAR",
        help="take a secret from an environment variable",
    )
    q.set_defaults(func=cmd_source_add)
    q = source_sub.add_parser("test", help="check a source's login and reachability")
    q.add_argument("name")
    q.set_defaults(func=cmd_source_test)
    q = source_sub.add_parser("connect", help="sign in to the site in your browser")
    q.add_argument("name")
    q.set_defaults(func=cmd_source_connect)
    p = sub.add_parser("sync", help="fetch new reviews and mentions from the sites")
    p.add_argument("names", nargs="*", metavar="NAME")
    p.add_argument("--full", action="store_true", help="walk every page, not only new ones")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync)
