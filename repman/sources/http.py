"""A polite HTTP client shared by all connectors: per-host spacing, back-off on 429/5xx that
honours Retry-After and the sites' rate-limit headers, bounded retries, size and time limits,
and errors that name the site but never a URL, header or token."""

from __future__ import annotations

import email.utils
import json
import random
import threading
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from repman.domain import AuthExpired, RateLimited, RepmanError, SourceUnavailable


class Cancelled(RepmanError):
    """The user stopped the sync."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # tries in all, the first included
    base_delay: float = 1.0  # doubled each retry, with jitter
    max_delay: float = 30.0
    max_wait: float = 120.0  # a site asking for a longer pause fails now, not in an hour
    max_bytes: int = 20 * 1024 * 1024  # a page larger than this is not a page of reviews
    deadline: float = 60.0  # seconds for one response, however slowly it trickles in


DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=10.0)
USER_AGENT = "Repman/0.1 (desktop review inbox; +https://repman.org)"


class HostLimiter:
    """Spacing and back-off per host, shared by every thread of one sync."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, host: str, interval: float, cancel: threading.Event | None = None) -> None:
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + interval
        delay = start - now
        while delay > 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled("sync cancelled")
            step = min(delay, 0.25)
            self._sleep(step)
            delay -= step

    def block(self, host: str, seconds: float) -> None:
        """Nobody calls host again before `seconds` from now."""
        with self._lock:
            until = self._clock() + seconds
            self._next[host] = max(self._next.get(host, 0.0), until)


def _seconds_until(value: str, now: float) -> float | None:
    """Read a reset/retry header: delta seconds, epoch seconds, an HTTP date or ISO time."""
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None:
        return max(number - now, 0.0) if number > 1e9 else max(number, 0.0)
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(moment.timestamp() - now, 0.0)


def requested_pause(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """How long the site asked us to wait, from Retry-After or its rate-limit headers."""
    now = time.time() if now is None else now
    lower = {k.lower(): v for k, v in headers.items()}
    if "retry-after" in lower:
        return _seconds_until(lower["retry-after"], now)
    for remaining, reset in (
        ("x-ratelimit-remaining", "x-ratelimit-reset"),  # Reddit, Mastodon
        ("x-rate-limit-remaining", "x-rate-limit-reset"),  # X
        ("ratelimit-remaining", "ratelimit-reset"),  # IETF draft, Yelp
        ("ratelimit-remaining", "ratelimit-resettime"),
    ):
        left = lower.get(remaining)
        if left is not None and reset in lower:
            try:
                exhausted = float(left) < 1
            except ValueError:
                continue
            if exhausted:
                return _seconds_until(lower[reset], now)
    return None


class Http:
    """One site's view of the shared client: every call goes through here."""

    def __init__(
        self,
        client: httpx.Client,
        limiter: HostLimiter,
        site: str,
        *,
        min_interval: float = 0.2,
        policy: RetryPolicy | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.client = client
        self.limiter = limiter
        self.site = site
        self.min_interval = min_interval
        self.policy = policy or RetryPolicy()
        self.cancel = cancel

    def request(
        self,
        method: str,
        url: str,
        *,
        retry_unsafe: bool = False,
        accept: Collection[int] = (),
        **kwargs: Any,
    ) -> tuple[httpx.Response, bytes]:
        """Send with retries. A POST that may have reached the site (a timeout, a 5xx) is not
        sent again unless retry_unsafe says the site de-duplicates it (an idempotency key):
        a reply posted twice is worse than an error. 429 and refused connections are always
        safe to retry, since the site did not act on them. Statuses in `accept` come back to
        the caller, who reads the site's own error in the body (e.g. a token expiry that the
        site signals with a 400)."""
        host = httpx.URL(url).host
        policy = self.policy
        safe = retry_unsafe or method.upper() in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS")
        last_problem = ""
        for attempt in range(policy.attempts):
            if self.cancel is not None and self.cancel.is_set():
                raise Cancelled("sync cancelled")
            self.limiter.wait(host, self.min_interval, self.cancel)
            try:
                response, body = self._send(method, url, **kwargs)
            except httpx.InvalidURL:  # e.g. a next-page token of 100,000 characters
                raise SourceUnavailable(
                    f"{self.site} sent a next-page link that is not a usable address"
                ) from None
            except httpx.TimeoutException as exc:
                last_problem = f"{self.site} did not answer in time"
                if not safe and not isinstance(exc, httpx.ConnectTimeout):
                    raise SourceUnavailable(
                        f"{last_problem}; the request may or may not have gone through, "
                        "check the site before trying again"
                    ) from None
                self._pause(attempt, None, host)
                continue
            except httpx.TransportError as exc:
                last_problem = f"cannot reach {self.site} ({host}: {type(exc).__name__})"
                self._pause(attempt, None, host)
                continue
            pause = requested_pause(response.headers)
            status = response.status_code
            if status == 429 or status >= 500:
                if pause is not None and pause > policy.max_wait:
                    raise RateLimited(
                        f"{self.site} asks us to wait {_human(pause)} before the next request; "
                        "try again later"
                    )
                last_problem = (
                    f"{self.site} kept answering 'too many requests'"
                    if status == 429
                    else f"{self.site} is having problems (HTTP {status})"
                )
                if status != 429 and not safe:
                    raise SourceUnavailable(
                        f"{last_problem}; the request may or may not have gone through, "
                        "check the site before trying again"
                    )
                self._pause(attempt, pause, host)
                continue
            if pause:  # allowed, but the budget is spent: space the next call out
                self.limiter.block(host, min(pause, policy.max_wait))
            if status not in accept:
                self._raise_for_status(status)
            return response, body
        if "too many requests" in last_problem:
            raise RateLimited(f"{last_problem}; try again later")
        raise SourceUnavailable(f"{last_problem} (tried {policy.attempts} times)")

    def _send(self, method: str, url: str, **kwargs: Any) -> tuple[httpx.Response, bytes]:
        policy = self.policy
        started = time.monotonic()
        with self.client.stream(method, url, **kwargs) as response:
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > policy.max_bytes:
                    raise SourceUnavailable(
                        f"{self.site} sent a page larger than {policy.max_bytes // 1_000_000} MB; "
                        "stopped reading it"
                    )
                if time.monotonic() - started > policy.deadline:
                    raise SourceUnavailable(
                        f"{self.site} took longer than {policy.deadline:.0f} s to send one page"
                    )
                if self.cancel is not None and self.cancel.is_set():
                    raise Cancelled("sync cancelled")
                chunks.append(chunk)
        return response, b"".join(chunks)

    def _pause(self, attempt: int, requested: float | None, host: str) -> None:
        if attempt + 1 >= self.policy.attempts:
            return
        if requested is None:
            delay = self.policy.base_delay * (2**attempt)
            requested = min(delay, self.policy.max_delay) * random.uniform(0.8, 1.2)
        self.limiter.block(host, requested)

    def _raise_for_status(self, status: int) -> None:
        if status in (401, 403):
            what = "rejected the login" if status == 401 else "refused access"
            raise AuthExpired(
                f"{self.site} {what} (HTTP {status}): the token may have expired or lack "
                "permission; reconnect this source"
            )
        if status == 404:
            raise SourceUnavailable(
                f"{self.site} says the page does not exist (HTTP 404): check the source settings"
            )
        if status >= 400:
            raise SourceUnavailable(f"{self.site} refused the request (HTTP {status})")

    # -- conveniences ----------------------------------------------------------------------
    def json(self, method: str, url: str, **kwargs: Any) -> Any:
        _, body = self.request(method, url, **kwargs)
        if not body.strip():
            return None
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise SourceUnavailable(f"{self.site} sent a page that is not valid JSON") from None

    def get_json(self, url: str, **kwargs: Any) -> Any:
        return self.json("GET", url, **kwargs)

    def get_bytes(self, url: str, **kwargs: Any) -> bytes:
        return self.request("GET", url, **kwargs)[1]


def _human(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} seconds"
    if seconds < 7200:
        return f"{seconds / 60:.0f} minutes"
    return f"{seconds / 3600:.1f} hours"


def new_client(timeout: httpx.Timeout = DEFAULT_TIMEOUT) -> httpx.Client:
    return httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True)
