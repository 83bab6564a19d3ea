"""The installed-app sign-in against a fake Google authorization server (pytest-httpserver)
and a simulated browser; nothing leaves 127.0.0.1."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from repman.domain import AuthExpired, RepmanError
from repman.sources import google_oauth
from repman.sources.base import Connector
from repman.sources.google import GoogleConnector
from repman.sources.googleplay import GooglePlayConnector

CLIENT = {"client_id": "123-desk.apps.googleusercontent.com", "client_secret": "GOCSPX-fake"}


def settings(server: HTTPServer) -> dict[str, str]:
    return {"account": "1", "location": "2", "package": "com.example.bakery",
            "auth_url": server.url_for("/o/oauth2/v2/auth"), "token_url": server.url_for("/token")}  # fmt: skip


def browser(server: HTTPServer, answer: Callable[[dict[str, str]], dict[str, str]] | None = None,
            seen: dict[str, Any] | None = None) -> Callable[[str], None]:  # fmt: skip
    """open_url that acts as the user's browser: visits the consent page, which redirects to
    the loopback address with the answer (by default a code and the same state)."""
    seen = {} if seen is None else seen

    def consent(request: Request) -> Response:
        query = {k: v[0] for k, v in parse_qs(request.query_string.decode()).items()}
        seen["auth"] = query
        back = answer(query) if answer else {"code": "4/fake-code", "state": query["state"]}
        return Response(
            status=302, headers={"Location": f"{query['redirect_uri']}?{urlencode(back)}"}
        )

    server.expect_request("/o/oauth2/v2/auth").respond_with_handler(consent)

    def open_url(url: str) -> None:
        seen["url"] = url
        page = httpx.get(url, follow_redirects=True, trust_env=False)
        seen["page"] = page.text

    return open_url


@pytest.mark.parametrize(("cls", "scope"), [
    (GoogleConnector, "https://www.googleapis.com/auth/business.manage"),
    (GooglePlayConnector, "https://www.googleapis.com/auth/androidpublisher")])  # fmt: skip
def test_sign_in_returns_only_the_refresh_token_and_proves_pkce(
    httpserver: HTTPServer, cls: type[Connector], scope: str
) -> None:
    seen: dict[str, Any] = {}
    open_url = browser(httpserver, seen=seen)
    httpserver.expect_request("/token", method="POST").respond_with_json(
        {"access_token": "ya29.in-memory-only", "expires_in": 3599, "refresh_token": "1//fake-refresh",
         "token_type": "Bearer", "scope": f"{scope} openid"})  # fmt: skip
    got = cls.sign_in(settings(httpserver), CLIENT, open_url)  # type: ignore[attr-defined]
    assert got == {"refresh_token": "1//fake-refresh"}  # the access token is never stored
    auth = seen["auth"]
    assert {k: auth[k] for k in ("client_id", "response_type", "scope", "access_type", "prompt",
                                 "code_challenge_method")} == {
        "client_id": CLIENT["client_id"], "response_type": "code", "scope": scope,
        "access_type": "offline", "prompt": "consent", "code_challenge_method": "S256"}  # fmt: skip
    redirect = urlsplit(auth["redirect_uri"])
    assert (redirect.scheme, redirect.hostname, redirect.path) == ("http", "127.0.0.1", "/")
    assert len(auth["state"]) >= 32
    assert "close this tab" in seen["page"]
    token_request = next(r for r, _ in httpserver.log if r.path == "/token")
    form = dict(token_request.form)
    verifier = form.pop("code_verifier")
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    assert challenge.decode() == auth["code_challenge"]
    assert 43 <= len(verifier) <= 128
    assert form == {"grant_type": "authorization_code", "code": "4/fake-code",
                    "redirect_uri": auth["redirect_uri"], **CLIENT}  # fmt: skip
    with pytest.raises(httpx.ConnectError):  # the one-shot server is gone
        httpx.get(auth["redirect_uri"], trust_env=False)


def test_stray_requests_do_not_end_the_wait_and_no_secret_client_is_fine(
    httpserver: HTTPServer,
) -> None:
    seen: dict[str, Any] = {}
    consent_then = browser(httpserver, seen=seen)

    def open_url(url: str) -> None:
        redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        assert httpx.get(redirect + "favicon.ico", trust_env=False).status_code == 404
        assert httpx.get(redirect, trust_env=False).status_code == 400  # a prefetch, no answer
        consent_then(url)

    httpserver.expect_request("/token").respond_with_json({"refresh_token": "1//r"})
    public = {"client_id": CLIENT["client_id"]}
    assert GoogleConnector.sign_in(settings(httpserver), public, open_url) == {
        "refresh_token": "1//r"
    }
    token_request = next(r for r, _ in httpserver.log if r.path == "/token")
    assert "client_secret" not in token_request.form


def test_an_answer_with_another_state_is_rejected_before_any_token_request(
    httpserver: HTTPServer,
) -> None:
    seen: dict[str, Any] = {}
    forged = browser(httpserver, lambda q: {"code": "4/attacker", "state": "not-the-state"}, seen)
    with pytest.raises(RepmanError, match="different sign-in request"):
        GoogleConnector.sign_in(settings(httpserver), CLIENT, forged)
    assert "did not complete" in seen["page"]
    assert [r.path for r, _ in httpserver.log] == ["/o/oauth2/v2/auth"]


def test_access_denied_says_the_sign_in_was_cancelled(httpserver: HTTPServer) -> None:
    seen: dict[str, Any] = {}
    denied = browser(httpserver, lambda q: {"error": "access_denied", "state": q["state"]}, seen)
    with pytest.raises(RepmanError, match="cancelled in the browser; nothing was saved"):
        GooglePlayConnector.sign_in(settings(httpserver), CLIENT, denied)
    assert "close this tab" in seen["page"]
    assert [r.path for r, _ in httpserver.log] == ["/o/oauth2/v2/auth"]


def test_no_answer_times_out_with_a_clear_message(httpserver: HTTPServer) -> None:
    opened: list[str] = []
    with pytest.raises(
        RepmanError, match=r"no answer from the browser within 0.2 seconds.*repman source connect"
    ):
        GoogleConnector.sign_in(settings(httpserver), CLIENT, opened.append, timeout=0.2)
    assert len(opened) == 1 and httpserver.log == []


def test_sign_in_needs_the_client_id_before_opening_anything(httpserver: HTTPServer) -> None:
    opened: list[str] = []
    with pytest.raises(RepmanError, match="OAuth client ID"):
        GoogleConnector.sign_in(settings(httpserver), {}, opened.append)
    assert opened == []


def test_a_permission_left_unticked_is_reported(httpserver: HTTPServer) -> None:
    open_url = browser(httpserver)
    httpserver.expect_request("/token").respond_with_json(
        {"access_token": "a", "refresh_token": "1//r", "scope": "openid"})  # fmt: skip
    with pytest.raises(RepmanError, match="permission box was left unticked"):
        GoogleConnector.sign_in(settings(httpserver), CLIENT, open_url)


def test_a_refused_code_exchange_is_auth_expired_without_echoing_secrets(
    httpserver: HTTPServer,
) -> None:
    open_url = browser(httpserver)
    httpserver.expect_request("/token").respond_with_json(
        {"error": "invalid_grant", "error_description": "Bad Request"}, status=400)  # fmt: skip
    with pytest.raises(AuthExpired, match="sign in again") as caught:
        GoogleConnector.sign_in(settings(httpserver), CLIENT, open_url)
    assert CLIENT["client_secret"] not in str(caught.value) and "4/fake-code" not in str(
        caught.value
    )


def test_endpoints_must_be_https_unless_on_this_computer() -> None:
    with pytest.raises(RepmanError, match="token_url setting must be an https"):
        google_oauth.endpoint({"token_url": "http://tokens.example/token"}, "token_url", "x")
    assert google_oauth.endpoint({}, "token_url", google_oauth.TOKEN_URL) == google_oauth.TOKEN_URL
    assert (
        google_oauth.endpoint({"token_url": "http://127.0.0.1:9/t"}, "token_url", "x")
        == "http://127.0.0.1:9/t"
    )
