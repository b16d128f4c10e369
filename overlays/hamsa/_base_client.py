"""The HTTP runtime every generated operation goes through.

Auth, headers, timeouts, retries, the error tree and logging live here once,
for a sync and an async client that behave identically. Neither keeps
per-request state on the instance, so one client can be shared across threads
(sync) or tasks (async).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import random
import ssl
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, Self, TypeVar, final
from urllib.parse import quote

import httpx

from . import _deadline, _logs
from ._client_options import (
    checked_auth_scheme,
    checked_base_url,
    checked_headers,
    text_option,
)
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    MissingAPIKeyError,
    RequestValidationError,
    Violation,
    Withheld,
    make_status_error,
)
from ._redact import mask_api_key
from ._retry import IDEMPOTENT_METHODS, describe_failure, retry_decision
from ._version import __version__

if TYPE_CHECKING:
    from .webhooks import Webhooks

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "AsyncAPIClient",
    "NotGiven",
    "RequestOptions",
    "SyncAPIClient",
]

API_KEY_ENV = "HAMSA_API_KEY"
BASE_URL_ENV = "HAMSA_BASE_URL"
PROJECT_ID_ENV = "HAMSA_PROJECT_ID"
WEBHOOK_AUTH_KEY_ENV = "HAMSA_WEBHOOK_AUTH_KEY"
WEBHOOK_AUTH_SECRET_ENV = "HAMSA_WEBHOOK_AUTH_SECRET"


@final
class NotGiven:
    """Sentinel for "use the client default"; distinct from None, which may mean something."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"  # pickles and copies as the module-level singleton


NOT_GIVEN: Final = NotGiven()

# Finite by design: httpx's None waits forever, and a hung call is worse than an error.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_BASE_URL = "https://api.tryhamsa.com"


def _coerce_timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        timeout = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        timeout = httpx.Timeout(float(value))
    else:
        raise ConfigurationError(
            f"timeout={value!r} is not allowed: timeouts are never unlimited. "
            "Pass seconds (e.g. timeout=30.0) or an httpx.Timeout."
        )
    parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    if any(part is None or not part > 0 or part == float("inf") for part in parts):
        raise ConfigurationError(
            f"{timeout!r} is not allowed: timeouts are never unlimited; "
            "every part (connect, read, write, pool) must be a positive number of seconds."
        )
    return timeout


def _check_max_retries(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {value!r}")
    return value


# dataclasses, not attrs, for the few classes `hamsa.Hamsa` needs: importing attrs costs
# ~30 ms, which users who never touch a model should not pay (the models load it later).
@dataclasses.dataclass(frozen=True, slots=True)
class RequestOptions:
    """Everything one API call needs; generated operations build one of these."""

    method: str
    path: str  # already quoted, e.g. "/v1/voice-agents/abc"
    params: Mapping[str, Any] | None = None  # None values dropped; lists repeat the key
    json: Any = None
    headers: Mapping[str, str] | None = None
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    idempotent: bool | None = None  # None: derived from the method
    # Per call, sent as given (wire names) on top of what the operation builds: for fields and
    # parameters the spec doesn't declare yet. Unchecked by design; headers can't set auth.
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.timeout, NotGiven):
            _coerce_timeout(self.timeout)
        if not isinstance(self.max_retries, NotGiven):
            _check_max_retries(self.max_retries)

    def is_idempotent(self) -> bool:
        if self.idempotent is not None:
            return self.idempotent
        return self.method.upper() in IDEMPOTENT_METHODS


@functools.cache
def _user_agent() -> str:
    python = sys.version_info
    return f"hamsa-sdk/{__version__} python/{python.major}.{python.minor}.{python.micro}"


@functools.cache
def _shared_ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle costs ~100 ms; pay it once per process, not per client.
    return httpx.create_ssl_context()


# What httpx sends for json= (same module, same options), kept instead of built per request.
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _checked_api_key(value: object) -> str:
    """The key, stripped; refused (never echoed) unless it is text an HTTP header can carry."""
    if not isinstance(value, str):
        raise ConfigurationError(
            f"api_key must be a str, got {type(value).__name__}: pass the key as text, "
            "or set HAMSA_API_KEY"
        )
    key = value.strip()
    if not key:
        raise MissingAPIKeyError()
    for position, character in enumerate(key):
        if not " " < character <= "~":
            raise ConfigurationError(
                f"api_key has a character an HTTP header can't carry at position {position} "
                f"({'a space or control character' if character.isascii() else 'non-ASCII'}): "
                "check it was copied whole and alone"
            )
    return key


def path_segment(name: str, value: object) -> str:
    """An id as one URL path segment: a non-empty string (or a UUID) with no spaces around it,
    quoted. Anything else (None, a model object, "") is refused before any I/O, so it never
    becomes /v2/voice-agents/None or a URL holding an object's repr."""
    if type(value).__name__ == "UUID" and type(value).__module__ == "uuid":
        value = str(value)
    if isinstance(value, str) and value and value == value.strip():
        return quote(value, safe="")
    shown = value if isinstance(value, str) else Withheld.of(value)
    raise RequestValidationError(
        [Violation(name, shown, "must be a non-empty id string, with no spaces around it")]
    )


def _reject_authorization(headers: Mapping[str, str], where: str) -> None:
    if any(name.lower() == "authorization" for name in headers):
        raise ConfigurationError(
            f"{where} must not set Authorization: the client sends "
            "'<auth_scheme> <api_key>'; use api_key= and auth_scheme= instead."
        )


def _clean_params(params: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not params:
        return None
    cleaned: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, list | tuple):
            value = [item for item in value if item is not None]
        if value is not None:
            cleaned[key] = value
    return cleaned


_QUERY_SCALARS = (str, int, float, bool)


def _check_extras(options: RequestOptions) -> None:
    """Extras are sent unchecked against the spec, but they must be something httpx can send:
    a wrong type is the caller's mistake, worded here rather than as httpx's TypeError."""
    for name in ("extra_headers", "extra_query", "extra_body"):
        value = getattr(options, name)
        if value is not None and not (
            isinstance(value, Mapping) and all(isinstance(key, str) for key in value)
        ):
            raise ConfigurationError(
                f"{name} must be a mapping with text keys, got {type(value).__name__}"
            )
    for key, header in (options.extra_headers or {}).items():
        if not isinstance(header, str):
            raise ConfigurationError(
                f"extra_headers[{key!r}] must be text, got {type(header).__name__}"
            )
    for key, item in (options.extra_query or {}).items():
        items = item if isinstance(item, list | tuple) else [item]
        if not all(part is None or isinstance(part, _QUERY_SCALARS) for part in items):
            raise ConfigurationError(
                f"extra_query[{key!r}] must be text, a number, a bool or a list of them, "
                f"got {type(item).__name__}"
            )


def _with_extras(options: RequestOptions) -> RequestOptions:
    """The options with extra_headers, extra_query and extra_body folded in (extras win)."""
    _check_extras(options)
    headers = {**(options.headers or {}), **(options.extra_headers or {})}
    params = {**(options.params or {}), **(options.extra_query or {})}
    body = options.json
    if options.extra_body:
        if body is None:
            body = dict(options.extra_body)
        elif isinstance(body, Mapping):
            body = {**body, **options.extra_body}
        else:
            raise ConfigurationError(
                f"extra_body adds fields to a JSON object, but {options.method} {options.path} "
                f"sends a {type(body).__name__}"
            )
    return dataclasses.replace(
        options,
        headers=headers or None,
        params=params or None,
        json=body,
        extra_headers=None,
        extra_query=None,
        extra_body=None,
    )


_URL_CACHE_SIZE = 256
_CLOSED = "this client was closed (close(), or the end of its `with` block): create a new one"

_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)


class _ResponseCookies(httpx.Cookies):
    """The cookie store of a pool built here. httpx passes every response through urllib's
    cookie machinery, building a urllib request and an email message on the way, which costs
    more than the rest of the runtime's work per request; a response that sets no cookie has
    nothing to store, so it skips that. (Set-Cookie2 is obsolete and the default policy
    ignores it.)"""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def _built_here(client: _HttpClientT) -> _HttpClientT:
    """A pool the SDK built and owns: its cookie store skips responses that set no cookie."""
    cookies = getattr(client, "_cookies", None)  # the attribute behind httpx's Client.cookies
    if type(cookies) is httpx.Cookies:
        client._cookies = _ResponseCookies(cookies.jar)  # the same jar, a faster extract
    return client


class _BaseAPIClient(Generic[_HttpClientT]):
    """Configuration and request building shared by the sync and async clients."""

    _client: _HttpClientT
    _owns_client: bool

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        auth_scheme: str,
        webhook_auth_key: str | None = None,
        webhook_auth_secret: str | None = None,
        project_id: str | None = None,
    ) -> None:
        _logs.configure_from_env()
        project_id = text_option("project_id", project_id)
        webhook_auth_key = text_option("webhook_auth_key", webhook_auth_key, secret=True)
        webhook_auth_secret = text_option("webhook_auth_secret", webhook_auth_secret, secret=True)
        # What the speech/jobs/statistics endpoints that need a projectId send by default.
        self._project_id = project_id or os.environ.get(PROJECT_ID_ENV) or None
        # For client.webhooks; secret, so never in a repr (see __repr__), a log or an error.
        self._webhook_auth_key = webhook_auth_key or os.environ.get(WEBHOOK_AUTH_KEY_ENV) or None
        self._webhook_auth_secret = (
            webhook_auth_secret or os.environ.get(WEBHOOK_AUTH_SECRET_ENV) or None
        )
        key = _checked_api_key(api_key if api_key is not None else os.environ.get(API_KEY_ENV, ""))
        base_url = text_option("base_url", base_url)
        url = checked_base_url(
            (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).strip().rstrip("/")
        )
        scheme = checked_auth_scheme(auth_scheme)
        headers = checked_headers("default_headers", default_headers)
        _reject_authorization(headers, "default_headers")

        self._api_key = key
        self._base_url = url
        self._timeout = _coerce_timeout(timeout)
        self._max_retries = _check_max_retries(max_retries)
        self._auth_scheme = scheme
        self._default_headers = headers
        self._pool_headers: httpx.Headers | None = None
        self._urls: dict[str, httpx.URL] = {}
        self._timeout_extensions = {"timeout": self._timeout.as_dict()}
        # Injectable so tests can drive retries with a fixed clock and jitter.
        self._random: Callable[[], float] = random.random
        self._now: Callable[[], datetime] = _utc_now

    def _use_pool(self, client: _HttpClientT, *, built_here: bool) -> None:
        """Send through ``client``. A pool built here (shared by with_options copies) has
        httpx's default headers and, at first, no cookies: its requests are built directly,
        with every header merged once here, as its build_request would merge them per
        request. A pool the user gave is asked to build each request, with its own settings."""
        self._client = client
        self._pool_headers = client.headers if built_here else None
        # Built once, not per request: what every request sends, and that plus a JSON body's type.
        self._headers = self._merge_headers({}, self._default_headers)
        self._json_headers = self._merge_headers(
            {"Content-Type": "application/json"}, self._default_headers
        )

    def _merge_headers(self, *layers: Mapping[str, str]) -> httpx.Headers:
        # Later layers win; Authorization always comes from api_key and auth_scheme.
        merged = httpx.Headers(self._pool_headers)
        merged.update({"Accept": "application/json", "User-Agent": _user_agent()})
        for layer in layers:
            merged.update(layer)
        merged["Authorization"] = f"{self._auth_scheme} {self._api_key}"
        return merged

    @property
    def api_key(self) -> str:
        return self._api_key

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def auth_scheme(self) -> str:
        return self._auth_scheme

    @property
    def project_id(self) -> str | None:
        """The projectId sent when a method that needs one is not given it (HAMSA_PROJECT_ID)."""
        return self._project_id

    @property
    def webhooks(self) -> Webhooks:
        """Verify and parse webhook deliveries with this client's webhook_auth_key/_secret
        (or HAMSA_WEBHOOK_AUTH_KEY / HAMSA_WEBHOOK_AUTH_SECRET)."""
        from .webhooks import Webhooks  # loaded on first use: most programs never receive one

        return Webhooks(self)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, "
            f"api_key={mask_api_key(self._api_key)!r})"
        )

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        auth_scheme: str | None = None,
        project_id: str | None = None,
    ) -> Self:
        """A copy of this client with some settings changed, sharing its connection pool.

        ``default_headers`` are added to this client's. Closing the copy leaves the pool open;
        closing the original closes it for both."""
        clone = object.__new__(type(self))
        _BaseAPIClient.__init__(
            clone,
            api_key=self._api_key if api_key is None else api_key,
            base_url=self._base_url if base_url is None else base_url,
            timeout=self._timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self._max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers={
                **self._default_headers,
                **checked_headers("default_headers", default_headers),
            },
            auth_scheme=self._auth_scheme if auth_scheme is None else auth_scheme,
            webhook_auth_key=self._webhook_auth_key,
            webhook_auth_secret=self._webhook_auth_secret,
            project_id=self._project_id if project_id is None else project_id,
        )
        clone._adopt_transport(self)
        return clone

    def __copy__(self) -> Self:
        # What with_options() gives: a shallow copy would also "own" the pool (closing either
        # would close both) and keep client.v1/v2 bound to the original.
        return self.with_options()

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        # A connection pool can't be duplicated: a deep copy shares it too.
        return self.with_options()

    def _adopt_transport(self, original: Self) -> None:
        """Share the original's pool (owned by the original) and its injectable clock."""
        self._use_pool(original._client, built_here=original._pool_headers is not None)
        self._owns_client = False
        self._random = original._random
        self._now = original._now

    def _build_request(self, options: RequestOptions) -> httpx.Request:
        if options.extra_headers or options.extra_query or options.extra_body:
            options = _with_extras(options)
        if options.headers:
            _reject_authorization(options.headers, "request headers")
            content_type = {"Content-Type": "application/json"} if options.json is not None else {}
            headers = self._merge_headers(content_type, self._default_headers, options.headers)
        else:
            headers = self._json_headers if options.json is not None else self._headers
        extensions = (
            self._timeout_extensions
            if isinstance(options.timeout, NotGiven)
            else {"timeout": _coerce_timeout(options.timeout).as_dict()}
        )
        content = None if options.json is None else self._encode_json(options.json)
        method, url, params = options.method.upper(), self._url(options.path), options.params
        if self._pool_headers is not None and not self._client.cookies:
            # Our pool, whose headers ours already hold: nothing of its own to merge in.
            return httpx.Request(
                method,
                url,
                params=_clean_params(params),
                content=content,
                headers=headers,
                extensions=extensions,
            )
        # A given pool, or cookies a server set: httpx merges in the pool's headers and cookies.
        return self._client.build_request(
            method,
            url,
            params=_clean_params(params),
            content=content,
            headers=headers,
            extensions=extensions,
        )

    @staticmethod
    def _encode_json(body: object) -> bytes:
        try:
            return _JSON_ENCODER.encode(body).encode()
        except (TypeError, ValueError, RecursionError) as error:
            from ._json_check import json_violations  # only a body that failed to encode

            problems = json_violations(body) or [
                Violation("body", Withheld.of(body), f"is not JSON ({error})")
            ]
            raise RequestValidationError(problems) from None

    def _url(self, path: str) -> httpx.URL:
        # Parsed once per path, not per request: URL parsing is a good part of httpx's own
        # per-request cost. URLs are immutable, so requests can share them.
        url = self._urls.get(path)
        if url is None:
            url = httpx.URL(self._base_url + (path if path.startswith("/") else "/" + path))
            if len(self._urls) >= _URL_CACHE_SIZE:
                self._urls.clear()  # ids make paths unbounded; the fixed ones come back soon
            self._urls[path] = url
        return url

    def _retries_for(self, options: RequestOptions) -> int:
        if isinstance(options.max_retries, NotGiven):
            return self._max_retries
        return options.max_retries

    def _delay_after_error(
        self,
        error: httpx.HTTPError,
        request: httpx.Request,
        *,
        attempt: int,
        max_retries: int,
        idempotent: bool,
    ) -> float:
        """Seconds to wait before retrying; raises the wrapped error when giving up."""
        decision = retry_decision(
            idempotent=idempotent,
            attempt=attempt,
            max_retries=max_retries,
            response=None,
            error=error,
            now=self._now(),
            random=self._random,
        )
        failure = describe_failure(None, error)
        if decision.delay is None:
            _logs.log_giving_up(request, failure=failure, reason=decision.reason)
            message = (
                f"{request.method} {request.url} failed: {failure}: {error}; {decision.reason}"
            )
            if isinstance(error, httpx.TimeoutException):
                raise APITimeoutError(message, request=request) from error
            raise APIConnectionError(message, request=request) from error
        _logs.log_retry(request, failure=failure, delay=decision.delay, reason=decision.reason)
        return decision.delay

    def _delay_after_status(
        self, response: httpx.Response, *, attempt: int, max_retries: int, idempotent: bool
    ) -> float:
        """Seconds to wait before retrying; raises the status error when giving up."""
        decision = retry_decision(
            idempotent=idempotent,
            attempt=attempt,
            max_retries=max_retries,
            response=response,
            error=None,
            now=self._now(),
            random=self._random,
        )
        failure = describe_failure(response, None)
        if decision.delay is None:
            _logs.log_giving_up(response.request, failure=failure, reason=decision.reason)
            raise make_status_error(response, secrets=(self._api_key,))
        _logs.log_retry(
            response.request, failure=failure, delay=decision.delay, reason=decision.reason
        )
        return decision.delay


class SyncAPIClient(_BaseAPIClient[httpx.Client]):
    """Blocking client; one pooled httpx.Client shared by all calls and threads."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        auth_scheme: str = "Token",
        webhook_auth_key: str | None = None,
        webhook_auth_secret: str | None = None,
        project_id: str | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__} "
                "(an httpx.AsyncClient goes to AsyncHamsa)"
            )
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            auth_scheme=auth_scheme,
            webhook_auth_key=webhook_auth_key,
            webhook_auth_secret=webhook_auth_secret,
            project_id=project_id,
        )
        self._owns_client = http_client is None
        self._use_pool(
            (
                http_client
                if http_client is not None
                else _built_here(httpx.Client(timeout=self._timeout, verify=_shared_ssl_context()))
            ),
            built_here=http_client is None,
        )
        # The whole-attempt deadline, in the pool's sockets (a given client's pool too).
        self._bounded = _deadline.install(self._client)
        self._sleep: Callable[[float], None] = time.sleep

    def _adopt_transport(self, original: Self) -> None:
        super()._adopt_transport(original)
        self._bounded = original._bounded
        self._sleep = original._sleep

    def request(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Send with retries; return a 2xx response or raise from the hamsa error tree.

        With stream=True the 2xx body is not read yet: iterate it, then close the response.
        Retries happen only before a body starts arriving."""
        if self._client.is_closed:
            raise ClientClosedError(_CLOSED)
        request = self._build_request(options)
        max_retries = self._retries_for(options)
        idempotent = options.is_idempotent()
        secrets = (self._api_key,)
        attempt = 0
        while True:
            _logs.log_request(request, attempt=attempt, body=options.json, secrets=secrets)
            started = time.monotonic()
            try:
                response = _deadline.send(
                    self._client, request, stream=stream, bounded=self._bounded
                )
            except httpx.HTTPError as error:
                delay = self._delay_after_error(
                    error, request, attempt=attempt, max_retries=max_retries, idempotent=idempotent
                )
            else:
                _logs.log_response(response, elapsed=time.monotonic() - started, secrets=secrets)
                if response.is_success:
                    return response
                # An error body is read in full, even when streaming: the error tree reads it.
                delay = self._delay_after_status(
                    response, attempt=attempt, max_retries=max_retries, idempotent=idempotent
                )
                response.close()
            self._sleep(delay)
            attempt += 1

    def close(self) -> None:
        """Close the connection pool, unless the caller supplied (and owns) it."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_BaseAPIClient[httpx.AsyncClient]):
    """Async twin of SyncAPIClient, over one pooled httpx.AsyncClient."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        auth_scheme: str = "Token",
        webhook_auth_key: str | None = None,
        webhook_auth_secret: str | None = None,
        project_id: str | None = None,
    ) -> None:
        import asyncio  # only async users pay for it

        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__} "
                "(an httpx.Client goes to Hamsa)"
            )
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            auth_scheme=auth_scheme,
            webhook_auth_key=webhook_auth_key,
            webhook_auth_secret=webhook_auth_secret,
            project_id=project_id,
        )
        self._owns_client = http_client is None
        self._use_pool(
            http_client if http_client is not None else self._new_pool(),
            built_here=http_client is None,
        )
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop the pool serves

    def _adopt_transport(self, original: Self) -> None:
        super()._adopt_transport(original)
        self._sleep = original._sleep
        self._loop = original._loop

    def _new_pool(self) -> httpx.AsyncClient:
        return _built_here(httpx.AsyncClient(timeout=self._timeout, verify=_shared_ssl_context()))

    def _check_loop(self) -> None:
        """One pool serves one event loop. A client of ours used again after its loop ended
        (a second asyncio.run()) gets a fresh pool; anything else is a ClientClosedError
        rather than httpx's RuntimeError from deep inside the pool."""
        import asyncio

        if self._client.is_closed:
            raise ClientClosedError(_CLOSED)
        loop = asyncio.get_running_loop()
        if self._loop is loop:
            return
        if self._loop is not None and not self._loop.is_closed():
            raise ClientClosedError(
                "this AsyncHamsa is in use by another event loop: create one client per loop"
            )
        if self._loop is not None:
            if not self._owns_client:
                raise ClientClosedError(
                    "the http_client given to this AsyncHamsa belongs to an event loop that "
                    "has ended: create the client (and its http_client) inside the new loop"
                )
            # The old pool's connections belong to the finished loop; they can't be reused.
            self._use_pool(self._new_pool(), built_here=True)
        self._loop = loop

    async def request(self, options: RequestOptions, *, stream: bool = False) -> httpx.Response:
        """Send with retries; return a 2xx response or raise from the hamsa error tree.

        With stream=True the 2xx body is not read yet: iterate it, then close the response.
        Retries happen only before a body starts arriving."""
        self._check_loop()
        request = self._build_request(options)
        max_retries = self._retries_for(options)
        idempotent = options.is_idempotent()
        secrets = (self._api_key,)
        attempt = 0
        while True:
            _logs.log_request(request, attempt=attempt, body=options.json, secrets=secrets)
            started = time.monotonic()
            try:
                response = await _deadline.send_async(self._client, request, stream=stream)
            except httpx.HTTPError as error:
                delay = self._delay_after_error(
                    error, request, attempt=attempt, max_retries=max_retries, idempotent=idempotent
                )
            else:
                _logs.log_response(response, elapsed=time.monotonic() - started, secrets=secrets)
                if response.is_success:
                    return response
                if stream:
                    await response.aread()  # the error tree reads the error body
                delay = self._delay_after_status(
                    response, attempt=attempt, max_retries=max_retries, idempotent=idempotent
                )
                await response.aclose()
            await self._sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the connection pool, unless the caller supplied (and owns) it."""
        if not self._owns_client:
            return
        if self._loop is not None and self._loop.is_closed():
            # Its connections ended with their loop and can't be closed from this one: close
            # an empty pool in its place, so the client still reads as closed.
            self._use_pool(self._new_pool(), built_here=True)
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
