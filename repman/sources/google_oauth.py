"""What the two Google connectors share (sources-api.md §1, §7, §15): the installed-app
sign-in, access tokens made from the stored refresh token, replies sent with them
(GoogleApiConnector), and the newest-first walk.

Sign-in follows Google's flow for desktop apps (RFC 8252 loopback redirect + RFC 7636 PKCE):
a one-shot HTTP server on 127.0.0.1 with a random port receives the browser's redirect; the
code is exchanged, with the PKCE verifier, for a refresh token, which is all that is kept
(in the keyring, by `repman source connect`). Access tokens live in memory only: one is made
from the refresh token before the first request and again, once, when the API answers 401.

Endpoints are Google's unless the settings `auth_url` / `token_url` name others (tests point
them at a local server). They are deliberately not in the source form: nobody but a test
needs them. Only https, or plain http to the loopback interface, is accepted, so a refresh
token and client secret never travel in clear text.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.server
import re
import socketserver
import threading
from collections.abc import Callable, Iterator, Mapping
from secrets import token_urlsafe
from typing import Any, ClassVar, TypeVar
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import httpx

from repman.domain import AuthExpired, Item, RepmanError, SourceUnavailable
from repman.sources.base import Connector, Cursor, Fetched, Field, Page, expect, follow_tokens
from repman.sources.http import Http, new_client

AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
TOKEN_URL = "https://oauth2.googleapis.com/token"
SIGN_IN_TIMEOUT = 300.0  # seconds the browser has to come back
SIGN_IN_AGAIN = "sign in again with `repman source connect NAME`"
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
T = TypeVar("T")

# The secrets both Google kinds take besides `token`.
OAUTH_SECRETS = (
    Field("client_id", "OAuth client ID", "From your Google Cloud project: APIs & Services > "
          "Credentials > Create OAuth client ID, type Desktop app. Needed to sign in with "
          "`repman source connect`", required=False),
    Field("client_secret", "OAuth client secret", "Shown next to the client ID",
          required=False),
    Field("refresh_token", "Refresh token", "Saved by `repman source connect`; leave empty",
          required=False),
)  # fmt: skip


def endpoint(settings: Mapping[str, Any], key: str, default: str) -> str:
    url = str(settings.get(key) or default)
    parts = urlsplit(url)
    if parts.scheme != "https" and not (
        parts.scheme == "http" and parts.hostname in _LOOPBACK_HOSTS
    ):
        raise RepmanError(f"the {key} setting must be an https:// address")
    return url


def credential_problem(label: str, secrets: Mapping[str, str]) -> str | None:
    """Why these secrets cannot sign requests, in words a shop owner can act on; None if fine."""
    if secrets.get("refresh_token") and secrets.get("client_id"):
        return None
    if secrets.get("token"):
        return None
    if secrets.get("refresh_token"):
        return f"{label} source has a refresh token but no OAuth client ID (client_id) to use it"
    if secrets.get("client_id"):
        return f"{label} source is not signed in yet: run `repman source connect NAME`"
    return (
        f"{label} source needs either an access token (secret `token`), or the OAuth client "
        "ID and secret of your Google Cloud project (`client_id`, `client_secret`) followed "
        "by `repman source connect NAME` to sign in"
    )


class GoogleAuth:
    """Bearer headers for one connector: a fixed `token`, or access tokens made from the
    stored refresh token (preferred when both are there, since it can be renewed)."""

    def __init__(
        self, label: str, settings: Mapping[str, Any], secrets: Mapping[str, str],
        client: httpx.Client,
    ) -> None:  # fmt: skip
        problem = credential_problem(label, secrets)
        if problem:
            raise RepmanError(problem)
        self.label = label
        self.client = client
        self.refresh_token = secrets.get("refresh_token") or ""
        self.client_id = secrets.get("client_id") or ""
        self.client_secret = secrets.get("client_secret") or ""
        self.renewable = bool(self.refresh_token and self.client_id)
        self.token_url = endpoint(settings, "token_url", TOKEN_URL)
        self._access: str | None = None if self.renewable else secrets.get("token")

    def headers(self) -> dict[str, str]:
        if self._access is None:
            self._access = self._refresh()
        return {"Authorization": f"Bearer {self._access}"}

    def call(self, request: Callable[[dict[str, str]], T]) -> T:
        """Run request with the current token; on 401 make a new token and try once more."""
        headers = self.headers()
        try:
            return request(headers)
        except AuthExpired:
            if not self.renewable:
                raise
            self._access = None
            return request(self.headers())

    def _refresh(self) -> str:
        data = {"grant_type": "refresh_token", "refresh_token": self.refresh_token,
                "client_id": self.client_id}  # fmt: skip
        if self.client_secret:
            data["client_secret"] = self.client_secret
        answer = token_request(self.client, self.token_url, data, self.label)
        access = answer.get("access_token")
        if not isinstance(access, str) or not access:
            raise SourceUnavailable(f"{self.label} sign-in answered without an access token")
        return access


class GoogleApiConnector(Connector):
    """A Google API connector: signed in as above (`repman source connect` runs sign_in with
    the kind's scope), and able to reply with the same credentials."""

    scope: ClassVar[str]

    def __init__(self, settings: Mapping[str, Any], secrets: Mapping[str, str], http: Http):
        super().__init__(settings, secrets, http)
        self.auth = GoogleAuth(self.label, settings, secrets, http.client)

    @classmethod
    def sign_in(
        cls, settings: Mapping[str, Any], secrets: Mapping[str, str],
        open_url: Callable[[str], None], *, timeout: float = SIGN_IN_TIMEOUT,
    ) -> dict[str, str]:  # fmt: skip
        return sign_in(cls.label, cls.scope, settings, secrets, open_url, timeout=timeout)

    def can_post(self) -> bool:
        return True  # __init__ already refused a source without credentials

    def _send_reply(
        self, item: Mapping[str, Any], body: str, method: str,
        path: Callable[[str], str], payload: dict[str, Any],
    ) -> Any:  # fmt: skip
        """Check the reply against the site's limit, send payload to path(the review's id,
        quoted) and return the answer object."""
        assert self.reply_limit is not None
        self.reply_limit.check(self.label, body)
        url = self.url(path(quote(str(item["external_id"]), safe="")))
        data = self.auth.call(lambda h: self.http.json(method, url, json=payload, headers=h))
        expect(isinstance(data, dict), self.label, "the reply answer is not an object")
        return data


def token_request(
    client: httpx.Client, url: str, data: Mapping[str, str], label: str
) -> dict[str, Any]:
    """POST to the token endpoint. Not through Http: its 400 answers carry the reason
    (`invalid_grant`) that Http would turn into a generic error. Messages never echo the body."""
    try:
        response = client.post(url, data=dict(data), headers={"Accept": "application/json"})
    except httpx.TimeoutException:
        raise SourceUnavailable(f"{label} sign-in did not answer in time") from None
    except httpx.TransportError as exc:
        raise SourceUnavailable(f"cannot reach {label} sign-in ({type(exc).__name__})") from None
    try:
        body = response.json()
    except ValueError:
        body = None
    status = response.status_code
    if status == 200 and isinstance(body, dict):
        return body
    error = str(body.get("error", "")) if isinstance(body, dict) else ""
    if error == "invalid_grant":
        raise AuthExpired(
            f"Google no longer accepts this source's sign-in (it expired or was revoked); "
            f"{SIGN_IN_AGAIN}"
        )
    if error in ("invalid_client", "unauthorized_client"):
        raise AuthExpired(
            "Google does not accept this source's OAuth client: check client_id and "
            "client_secret (a Desktop app client of your Google Cloud project)"
        )
    if status == 429 or status >= 500:
        raise SourceUnavailable(f"{label} sign-in is having problems (HTTP {status}); try later")
    code = error if re.fullmatch(r"[a-z_]{1,40}", error) else ""
    reason = f", {code}" if code else ""
    raise SourceUnavailable(f"{label} sign-in refused the request (HTTP {status}{reason})")


# -- the installed-app sign-in --------------------------------------------------------------


def sign_in(
    label: str,
    scope: str,
    settings: Mapping[str, Any],
    secrets: Mapping[str, str],
    open_url: Callable[[str], None],
    *,
    timeout: float = SIGN_IN_TIMEOUT,
) -> dict[str, str]:
    """Send the user to Google's consent page, catch the answer on 127.0.0.1, and return
    {"refresh_token": ...} for the keyring. The access token that comes with it is dropped."""
    client_id = secrets.get("client_id")
    if not client_id:
        raise RepmanError(
            f"{label} sign-in needs the OAuth client ID of your Google Cloud project "
            "(APIs & Services > Credentials > OAuth client ID, type Desktop app): add the "
            "source with --secret-env client_id=ENVVAR --secret-env client_secret=ENVVAR"
        )
    auth_url = endpoint(settings, "auth_url", AUTH_URL)
    token_url = endpoint(settings, "token_url", TOKEN_URL)
    verifier = token_urlsafe(64)  # 86 characters of the RFC 7636 alphabet
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    state = token_urlsafe(24)
    with _Loopback(state) as loopback:
        query = urlencode({
            "client_id": client_id, "redirect_uri": loopback.redirect_uri,
            "response_type": "code", "scope": scope, "access_type": "offline",
            "prompt": "consent",  # without it Google sends no refresh token the second time
            "code_challenge": challenge.decode().rstrip("="), "code_challenge_method": "S256",
            "state": state,
        })  # fmt: skip
        open_url(f"{auth_url}{'&' if '?' in auth_url else '?'}{query}")
        code = loopback.wait(timeout)
    data = {"grant_type": "authorization_code", "code": code, "client_id": client_id,
            "redirect_uri": loopback.redirect_uri, "code_verifier": verifier}  # fmt: skip
    if secrets.get("client_secret"):
        data["client_secret"] = secrets["client_secret"]
    with new_client() as client:
        answer = token_request(client, token_url, data, label)
    refresh = answer.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        raise RepmanError(f"{label} sign-in gave no refresh token; run the sign-in again")
    granted = answer.get("scope")
    if isinstance(granted, str) and scope not in granted.split():
        raise RepmanError(
            f"the sign-in did not allow {label} access (the permission box was left "
            "unticked); run `repman source connect NAME` again and allow it"
        )
    return {"refresh_token": refresh}


_DONE_PAGE = "Repman is signed in. You can close this tab and go back to Repman."
_FAILED_PAGE = "The sign-in did not complete. You can close this tab and try again in Repman."


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a browser's idle pre-connection must not hold up the end

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # skips HTTPServer's slow reverse DNS lookup
        self.server_name, self.server_port = "127.0.0.1", int(self.server_address[1])


class _Loopback:
    """The redirect target: answers the first request that carries the sign-in result."""

    def __init__(self, state: str) -> None:
        self.state = state
        self.done = threading.Event()
        self.outcome: dict[str, str] = {}
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.redirect_uri = f"http://127.0.0.1:{self.server.server_port}/"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> _Loopback:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def wait(self, timeout: float) -> str:
        if not self.done.wait(timeout):
            wait = f"{timeout / 60:.0f} minutes" if timeout >= 120 else f"{timeout:g} seconds"
            raise RepmanError(
                f"no answer from the browser within {wait}; run `repman source connect NAME` "
                "again and finish the sign-in in the browser window it opens"
            )
        problem = self.outcome.get("problem")
        if problem == "state":
            raise RepmanError(
                "the browser brought back an answer to a different sign-in request; nothing "
                "was saved. Run `repman source connect NAME` again"
            )
        if problem == "access_denied":
            raise RepmanError("the sign-in was cancelled in the browser; nothing was saved")
        if problem:
            shown = problem if re.fullmatch(r"[a-z_]{1,40}", problem) else "an error"
            raise RepmanError(f"Google refused the sign-in ({shown}); nothing was saved")
        return self.outcome["code"]

    def _handler(self) -> type[http.server.BaseHTTPRequestHandler]:
        loopback = self

        class Handler(http.server.BaseHTTPRequestHandler):
            timeout = 10  # an idle browser connection is dropped, not waited on forever

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                if parts.path != "/" or loopback.done.is_set():
                    self._page(404, "Nothing here.")
                    return
                if "code" not in query and "error" not in query:
                    self._page(400, "This is not a sign-in answer.")  # e.g. a prefetch
                    return
                state = query.get("state", "").encode()
                if not hmac.compare_digest(state, loopback.state.encode()):
                    loopback.outcome["problem"] = "state"
                elif "error" in query:
                    loopback.outcome["problem"] = query["error"][:40]
                else:
                    loopback.outcome["code"] = query["code"]
                ok = "code" in loopback.outcome
                self._page(200 if ok else 400, _DONE_PAGE if ok else _FAILED_PAGE)
                loopback.done.set()

            def _page(self, status: int, text: str) -> None:
                body = (
                    '<!doctype html><html lang="en"><meta charset="utf-8">'
                    f"<title>Repman sign-in</title><p>{text}</p></html>"
                ).encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # the request line carries the code: never print it

        return Handler


# -- newest-first walk shared by both connectors --------------------------------------------


def walk_newest_first(
    cursor: Cursor | None,
    get_page: Callable[[str | None], Fetched],
    to_item: Callable[[Any], Item],
) -> Iterator[Page]:
    """Pages of a list sorted by last change, newest first, down to what the cursor saw.

    The cursor keeps the newest change time of the last complete run and the ids changed
    at that exact second ({"newest", "ids"}): an edit moves a review above it, so the next
    run stops at the first older entry and nothing is fetched twice. An interrupted run
    keeps {"resume": {"page_token", "run_newest", "run_ids"}} to continue where it was; a
    page token the site no longer accepts restarts from the top with the same mark.
    An owner reply counts as a change: if the site lists replied reviews on top (Play may:
    "most recently created or modified comment" first), the walk neither stops at them nor
    misses the reply.

    Not base.walk_tokens: change times are whole seconds, so an entry at the mark's second
    is new unless its id is among the mark's, and only an older entry ends the walk.
    """
    cursor = dict(cursor or {})
    mark: str | None = cursor.get("newest")
    mark_ids = set(cursor.get("ids") or [])
    resume = cursor.get("resume") or {}
    run_newest: str | None = resume.get("run_newest", mark)
    run_ids = set(resume.get("run_ids", mark_ids))
    pages = follow_tokens(resume.get("page_token"), get_page, restart=True)
    for entries, next_token, total in pages:
        items: list[Item] = []
        ended = not entries
        for entry in entries:
            item = to_item(entry)
            stamp = _changed(item)
            if run_newest is None or stamp > run_newest:
                run_newest, run_ids = stamp, {item.external_id}
            elif stamp == run_newest:
                run_ids.add(item.external_id)
            if mark is not None and stamp < mark:
                ended = True  # sorted newest first: the rest was seen by an earlier run
            elif mark is None or stamp > mark or item.external_id not in mark_ids:
                items.append(item)
        if ended or next_token is None:
            yield Page(items, {"newest": run_newest, "ids": sorted(run_ids)}, total)
            return
        yield Page(items, {"newest": mark, "ids": sorted(mark_ids), "resume": {
            "page_token": next_token, "run_newest": run_newest, "run_ids": sorted(run_ids)}},
            total)  # fmt: skip


def _changed(item: Item) -> str:
    stamp = item.updated_at or item.created_at
    return max(stamp, item.site_reply.at) if item.site_reply else stamp
