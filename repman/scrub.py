"""Removing credentials from text a user may send us: diagnostics bundles, crash reports.

Token, key, secret and password values in URLs, headers and keyword arguments, bearer tokens,
passwords in URLs and JWTs become ***, and the home folder becomes ~. Outside ui/ so that the
diagnostics bundle and the crash dialog share one copy.
"""

from __future__ import annotations

import re
from pathlib import Path

MASK = "***"

_SECRET_WORDS = "token|key|secret|passw(?:or)?d|pwd|auth|signature|sig|session|cookie|credential"
_NAME = rf"[\w.-]*(?:{_SECRET_WORDS})s?[\w.-]*"
_HEADER = (
    r"[\w-]*(?:token|secret|passw(?:or)?d|api[-_]?key|authorization|cookie|credential)[\w-]*|key"
)
_VALUE = r"'[^'\n]*'|\"[^\"\n]*\"|[^\s&#'\",;)}\]]+"
_SCRUB = (
    # user:password@ in a URL
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@"), rf"\1{MASK}@"),
    # Authorization: Bearer ..., 'Authorization': 'Basic ...', X-Api-Key: ..., cookie: ...
    (re.compile(rf"(?i)(['\"]?)\b({_HEADER})\1(\s*:\s*)(?:{_VALUE})(?:[ ](?!\S*:)[^\s,'\"}}]+)?"),
     rf"\1\2\1\3{MASK}"),
    # access_token=..., ?key=..., password='...' (URLs, form bodies, keyword arguments)
    (re.compile(rf"(?i)(?<![\w.-])({_NAME})=(?:{_VALUE})"), rf"\1={MASK}"),
    (re.compile(r"(?i)\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{6,}"), rf"\1 {MASK}"),
    (re.compile(r"\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*"), MASK),  # a JWT anywhere
)  # fmt: skip


def scrub(text: str) -> str:
    """The text without anything that looks like a credential, and without the home path."""
    for pattern, replacement in _SCRUB:
        text = pattern.sub(replacement, text)
    home = str(Path.home())
    return text.replace(home, "~") if len(home) > 1 else text
