"""Setting up a source from a form: the checks `repman source add` makes, and the steps that
keep settings in the database and secrets in the keyring, never half done.

No Qt here: the desktop Sources page calls these (tasks that reach a site run in its worker
pool), and the command line can share them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from repman import secrets
from repman.domain import RepmanError, SecretStoreUnavailable, Source
from repman.sources.base import ConnectorInfo
from repman.sources.registry import connector_class, kinds
from repman.store import Store
from repman.sync import open_connector

NO_KEYRING = (
    "Secure password storage is not available on this computer: sources that need a password "
    "or token cannot be saved. Install and unlock a keyring (GNOME Keyring, KWallet) and "
    "restart Repman. Sources without one (RSS, Hacker News, App Store, Mastodon without a "
    "token) still work."
)


def known(kind: str) -> bool:
    """A kind this version can sync (not the import kind, not one it no longer knows)."""
    return kind in kinds()


def problem(
    info: ConnectorInfo,
    name: str,
    settings: Mapping[str, Any],
    typed: Mapping[str, str],
    *,
    stored: Collection[str] = (),
) -> str | None:
    """Why these values cannot be saved, or None. `typed`: secrets entered now; `stored`:
    the names of secrets the keyring already holds for this source."""
    if not name.strip():
        return "Give the source a name."
    missing = [f.label for f in info.settings if f.required and not settings.get(f.name)]
    if missing:
        return f"{info.label} needs {', '.join(missing)}."
    if (typed or any(f.required for f in info.secrets)) and not secrets.available():
        return NO_KEYRING
    missing = [
        f.label for f in info.secrets if f.required and f.name not in typed and f.name not in stored
    ]
    if missing:
        return f"{info.label} needs its {', '.join(missing)}."
    return None


def stored_secrets(source: Source) -> set[str]:
    """Which of the source's secrets the keyring holds (their names; never the values)."""
    if not known(source.kind) or not secrets.available():
        return set()
    keys = [f.name for f in connector_class(source.kind).secret_fields]
    try:
        return set(secrets.load(source.name, keys))
    except SecretStoreUnavailable:  # locked: nothing shows as stored
        return set()


def add(
    store: Store, kind: str, name: str, settings: dict[str, Any], typed: Mapping[str, str],
    *, enabled: bool = True,
) -> Source:  # fmt: skip
    """Add a source with its secrets; if the keyring refuses one, nothing is added."""
    info = connector_class(kind).info()
    reason = problem(info, name, settings, typed)
    if reason:
        raise RepmanError(reason)
    source = store.add_source(kind, name.strip(), settings)
    try:
        for key, value in typed.items():
            secrets.put(source.name, key, value)
    except RepmanError:
        store.remove_source(source.name)  # no half-configured source left behind
        raise
    return source if enabled else store.update_source(source.name, enabled=False)


def update(
    store: Store, source: Source, settings: dict[str, Any], typed: Mapping[str, str],
    *, enabled: bool,
) -> Source:  # fmt: skip
    """Change a source: secrets left out of `typed` keep their stored value. The sync cursor
    is reset only when the settings really change (update_source resets it)."""
    info = connector_class(source.kind).info()
    reason = problem(info, source.name, settings, typed, stored=stored_secrets(source))
    if reason:
        raise RepmanError(reason)
    for key, value in typed.items():
        secrets.put(source.name, key, value)
    changed = settings != source.settings
    return store.update_source(source.name, settings=settings if changed else None, enabled=enabled)


def remove(store: Store, source: Source) -> tuple[int, str | None]:
    """Delete the source with its items, then its secrets (a later source of the same name
    must not inherit them). Returns the items removed and a keyring problem, if any."""
    removed = store.remove_source(source.name)
    if not known(source.kind):
        return removed, None
    try:
        for f in connector_class(source.kind).secret_fields:
            secrets.delete(source.name, f.name)
    except RepmanError as exc:
        return removed, exc.message
    return removed, None


def check_site(source: Source, typed: Mapping[str, str], *, use_stored: bool) -> str:
    """One cheap call to the site with these values; typed secrets win over stored ones.
    Returns what the site said; raises RepmanError in words for the user."""

    def load(name: str, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        if use_stored:
            try:
                found = secrets.load(name, keys)
            except SecretStoreUnavailable:
                if not typed:
                    raise
        return {**found, **{k: v for k, v in typed.items() if k in keys}}

    with open_connector(source, load) as connector:
        return connector.check()


def can_sign_in(kind: str) -> bool:
    return known(kind) and callable(getattr(connector_class(kind), "sign_in", None))


def sign_in(source: Source, open_url: Callable[[str], None]) -> None:
    """The site's browser sign-in (blocks until the browser comes back or it times out);
    the tokens it gives go to the keyring only."""
    cls = connector_class(source.kind)
    run: Callable[..., dict[str, str]] | None = getattr(cls, "sign_in", None)
    if run is None:
        raise RepmanError(f"{cls.label} sources have no sign-in")
    found = secrets.load(source.name, [f.name for f in cls.secret_fields])
    for key, value in run(source.settings, found, open_url).items():
        secrets.put(source.name, key, value)
