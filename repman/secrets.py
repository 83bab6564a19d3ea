"""Credentials: the only module that touches the system keyring.

Entries are service "repman", username "SOURCE_NAME/KEY" (DESIGN.md §6). There is no
plain-text fallback: without a usable backend every call raises SecretStoreUnavailable with
a message that says how to fix it.
"""

from __future__ import annotations

import keyring
import keyring.errors

from repman.domain import SecretStoreUnavailable

SERVICE = "repman"
# Windows Credential Manager holds at most 2,560 bytes per entry (UTF-16): refuse early with a
# clear message rather than fail inside CredWrite.
MAX_SECRET_BYTES = 2560

_HOW_TO_FIX = (
    "no secure password storage is available on this computer "
    "(install and unlock GNOME Keyring, KWallet or another Secret Service provider; "
    "on a server, set PYTHON_KEYRING_BACKEND to a keyring backend you trust)"
)


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def available() -> bool:
    """Whether secrets can be stored: False for keyring's 'fail' backend (nothing found)."""
    backend = keyring.get_keyring()
    return not type(backend).__module__.startswith("keyring.backends.fail")


def _username(source: str, key: str) -> str:
    return f"{source}/{key}"


def _fail(exc: Exception) -> SecretStoreUnavailable:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return SecretStoreUnavailable(_HOW_TO_FIX)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return SecretStoreUnavailable("the system keyring is locked; unlock it and try again")
    # The backend's own text can echo what it was given; name only the kind of failure.
    return SecretStoreUnavailable(f"the system keyring refused the request ({type(exc).__name__})")


def get(source: str, key: str) -> str | None:
    if not available():
        raise SecretStoreUnavailable(_HOW_TO_FIX)
    try:
        return keyring.get_password(SERVICE, _username(source, key))
    except Exception as exc:  # D-Bus and Windows errors are not all KeyringError
        raise _fail(exc) from None


def put(source: str, key: str, value: str) -> None:
    if not available():
        raise SecretStoreUnavailable(_HOW_TO_FIX)
    if len(value.encode("utf-16-le")) > MAX_SECRET_BYTES:
        raise SecretStoreUnavailable(
            f"the {key} is too long for the system keyring ({len(value)} characters)"
        )
    try:
        keyring.set_password(SERVICE, _username(source, key), value)
    except Exception as exc:
        raise _fail(exc) from None


def delete(source: str, key: str) -> None:
    if not available():
        return
    try:
        keyring.delete_password(SERVICE, _username(source, key))
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored: already gone
    except Exception as exc:
        raise _fail(exc) from None


def load(source: str, keys: list[str]) -> dict[str, str]:
    """The stored secrets of a source that exist (missing keys are left out)."""
    found = {key: get(source, key) for key in keys}
    return {k: v for k, v in found.items() if v}
