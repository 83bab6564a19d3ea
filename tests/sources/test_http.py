"""The shared client's behaviour under the faults real sites produce."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from repman.domain import AuthExpired, RateLimited, SourceUnavailable
from repman.sources.http import HostLimiter, Http, RetryPolicy, requested_pause


def test_429_with_retry_after_is_waited_out_then_succeeds(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request("/r").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "1"}
    )
    httpserver.expect_ordered_request("/r").respond_with_json({"ok": True})
    started = time.monotonic()
    assert make_http().get_json(httpserver.url_for("/r")) == {"ok": True}
    assert time.monotonic() - started >= 0.9  # honoured the server's pause


def test_a_pause_longer_than_we_wait_fails_at_once_with_the_time(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/r").respond_with_data(
        "", status=429, headers={"Retry-After": "3600"}
    )
    with pytest.raises(RateLimited, match="wait 60 minutes"):
        make_http().get_json(httpserver.url_for("/r"))
    assert len(httpserver.log) == 1


def test_persistent_429_becomes_rate_limited(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/r").respond_with_data("", status=429)
    with pytest.raises(RateLimited, match="too many requests"):
        make_http().get_json(httpserver.url_for("/r"))
    assert len(httpserver.log) == 3  # bounded retries


def test_server_errors_are_retried_then_reported(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/r").respond_with_data("oops", status=503)
    with pytest.raises(SourceUnavailable, match=r"Test site is having problems \(HTTP 503\)"):
        make_http().get_json(httpserver.url_for("/r"))
    assert len(httpserver.log) == 3


def test_one_server_error_then_success(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request("/r").respond_with_data("", status=500)
    httpserver.expect_ordered_request("/r").respond_with_json([1])
    assert make_http().get_json(httpserver.url_for("/r")) == [1]


@pytest.mark.parametrize("status", [401, 403])
def test_rejected_login_is_auth_expired_and_not_retried(
    httpserver: HTTPServer, make_http: Callable[..., Http], status: int
) -> None:
    httpserver.expect_request("/r").respond_with_json({"error": "invalid_token"}, status=status)
    with pytest.raises(AuthExpired, match="reconnect this source"):
        make_http().get_json(httpserver.url_for("/r"))
    assert len(httpserver.log) == 1


def test_truncated_json_is_a_clear_error(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/r").respond_with_data(
        '{"reviews": [{"id": 1', content_type="application/json"
    )
    with pytest.raises(SourceUnavailable, match="not valid JSON"):
        make_http().get_json(httpserver.url_for("/r"))


def test_a_server_that_never_answers_times_out(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    def stall(request: Request) -> Response:
        time.sleep(1.0)
        return Response("{}")

    httpserver.expect_request("/r").respond_with_handler(stall)
    policy = RetryPolicy(attempts=1)
    with pytest.raises(SourceUnavailable, match="did not answer in time"):
        make_http(policy=policy, read=0.3).get_json(httpserver.url_for("/r"))


def test_an_oversized_page_is_cut_off(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/r").respond_with_data("x" * 300_000)
    policy = RetryPolicy(attempts=1, max_bytes=100_000)
    with pytest.raises(SourceUnavailable, match="larger than"):
        make_http(policy=policy).get_bytes(httpserver.url_for("/r"))


def test_errors_never_carry_the_url_or_its_secrets(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/r").respond_with_data("", status=400)
    with pytest.raises(SourceUnavailable) as info:
        make_http().get_json(httpserver.url_for("/r"), params={"key": "SECRET-KEY-123"})
    assert "SECRET-KEY-123" not in str(info.value)
    assert "/r" not in info.value.message


def test_refused_connection_names_the_site(make_http: Callable[..., Http]) -> None:
    with pytest.raises(SourceUnavailable, match="cannot reach Test site"):
        make_http().get_json("http://127.0.0.1:9/nothing-listens-here")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "7"}, 7.0),
        ({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "12"}, 12.0),  # Reddit: seconds
        ({"x-rate-limit-remaining": "0", "x-rate-limit-reset": "1000000060"}, 60.0),  # X: epoch
        ({"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "2001-09-09T01:47:10Z"}, 30.0),
        ({"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "12"}, None),  # budget left
        ({}, None),
    ],
)
def test_rate_limit_headers(headers: dict[str, str], expected: float | None) -> None:
    assert requested_pause(headers, now=1_000_000_000.0) == pytest.approx(expected)


def test_limiter_spaces_calls_to_one_host() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = HostLimiter(clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        limiter.wait("a.example", 1.0)
    limiter.wait("b.example", 1.0)
    assert sum(slept) == pytest.approx(2.0)  # the second host did not wait


def test_a_post_that_may_have_reached_the_site_is_not_sent_twice(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/reply", method="POST").respond_with_data("", status=502)
    with pytest.raises(SourceUnavailable, match="may or may not have gone through"):
        make_http().json("POST", httpserver.url_for("/reply"), json={"text": "hi"})
    assert len(httpserver.log) == 1


def test_a_post_refused_with_429_is_retried(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_ordered_request("/reply", method="POST").respond_with_data(
        "", status=429, headers={"Retry-After": "0"}
    )
    httpserver.expect_ordered_request("/reply", method="POST").respond_with_json({"id": 1})
    assert make_http().json("POST", httpserver.url_for("/reply"), json={}) == {"id": 1}


def test_accepted_statuses_come_back_for_the_connector_to_read(
    httpserver: HTTPServer, make_http: Callable[..., Http]
) -> None:
    httpserver.expect_request("/r").respond_with_json({"error": "ExpiredToken"}, status=400)
    response, body = make_http().request("GET", httpserver.url_for("/r"), accept=(400,))
    assert response.status_code == 400
    assert json.loads(body) == {"error": "ExpiredToken"}
