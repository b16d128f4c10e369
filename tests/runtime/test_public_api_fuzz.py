"""Property: whatever a caller passes to any public method of Hamsa or AsyncHamsa, and whatever
the server answers (any status, any JSON or none), only a hamsa.HamsaError escapes; and when
the SDK refuses the input (RequestValidationError, ConfigurationError), nothing was sent. The
same holds for the clients themselves: ``Hamsa(...)``, ``AsyncHamsa(...)`` (with any
environment), ``client.with_options(...)``, ``copy.copy`` and ``copy.deepcopy`` of a client, and
a call through each; an error never shows the API key it was given.

The methods are found on the clients (tests/cassettes/_public_api.py, which test_completeness
holds to the specs), each parameter from the method's signature, so a new method or parameter
is fuzzed without editing this file.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import inspect
import itertools
import logging
import os
import warnings
from collections.abc import Iterator
from datetime import datetime
from typing import Any
from unittest import mock

import hamsa
import httpx
import pytest
import respx
from cassettes._public_api import generated_operations, resource_operations
from fuzz_budget import examples
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

BASE_URL = "https://api.fuzz.test"
KEY = "hk_fuzz_0123456789"
# client.voice_agents.create, ... and client.v1.voice_agents.update_voice_agent, ...
OPERATIONS = sorted(resource_operations() | generated_operations())
NOT_DRAWN = frozenset({"self", "to"})  # `to` writes a file: export's destination is tested apart
AGENT_KEYS = ["conversation", "voice", "llm", "call_settings", "tools", "webhook_auth", "colour"]


class _Slept(Exception):
    """Raised by the clients' sleep: a retry or a poll would wait; the example ends there."""


def _no_sleep(seconds: float) -> None:
    raise _Slept


async def _no_sleep_async(seconds: float) -> None:
    raise _Slept


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["", " agent-1 ", "+15551234567", "0501234567", "Single Prompt", "openai"]),
    st.sampled_from(["48f7656f-098b-4c43-b165-7cfd2cc8ac30", "{{name}", "CUSTOM", "ar"]),
    st.binary(max_size=4),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    st.builds(object),
)
keys = st.one_of(st.text(max_size=8), st.sampled_from(["name", "voice_id", "max_call_duration"]))
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3)
    | st.tuples(inner)
    | st.dictionaries(keys, inner, max_size=3),
    max_leaves=6,
)
options = st.one_of(st.just(inspect.Parameter.empty), st.just(0), st.just(5.0), values)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
bodies = st.one_of(
    json_values.map(lambda data: httpx.Response(200, json={"success": True, "data": data})),
    st.builds(
        lambda status, data: httpx.Response(status, json=data),
        st.sampled_from([200, 201, 204, 400, 401, 404, 409, 422, 429, 500]),
        json_values,
    ),
    st.sampled_from([b"", b"{not json", b"\xff\xfe", b"[]"]).map(
        lambda raw: httpx.Response(200, content=raw)
    ),
)


@st.composite
def calls(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    name = draw(st.sampled_from(OPERATIONS))
    arguments: dict[str, Any] = {}
    for parameter in _parameters(name):
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            for key in draw(st.lists(st.sampled_from(AGENT_KEYS), max_size=3, unique=True)):
                arguments[key] = draw(values)
            continue
        if parameter.name in ("timeout", "max_retries"):
            value = draw(options)
        elif parameter.default is inspect.Parameter.empty:
            value = draw(values)
        else:
            value = draw(st.one_of(st.just(inspect.Parameter.empty), values))
        if value is not inspect.Parameter.empty:
            arguments[parameter.name] = value
    return name, arguments


def _method(client: Any, name: str) -> Any:
    """``client.<a>.<b>...`` for ``name`` "a.b...", or None when this client lacks it."""
    owner = client
    for part in name.split("."):
        owner = getattr(owner, part, None)
    return owner


@functools.cache
def _parameters(name: str) -> tuple[inspect.Parameter, ...]:
    """The method's parameters, from the sync client, or the async one for an async-only
    method. The clients are only looked at, never used."""
    for client_class in (hamsa.Hamsa, hamsa.AsyncHamsa):
        function = _method(client_class(api_key=KEY, base_url=BASE_URL), name)
        if function is not None:
            parameters = inspect.signature(function).parameters.values()
            return tuple(p for p in parameters if p.name not in NOT_DRAWN)
    raise AssertionError(f"{name} is on neither client")


@pytest.fixture(scope="module")
def runner() -> Iterator[asyncio.Runner]:
    with asyncio.Runner() as running:
        yield running


@pytest.fixture(scope="module")
def clients(runner: asyncio.Runner) -> Iterator[dict[str, Any]]:
    sync = hamsa.Hamsa(api_key=KEY, base_url=BASE_URL, max_retries=0)
    sync._sleep = _no_sleep  # type: ignore[method-assign]
    made_async = hamsa.AsyncHamsa(api_key=KEY, base_url=BASE_URL, max_retries=0)
    made_async._sleep = _no_sleep_async  # type: ignore[method-assign]
    yield {"sync": sync, "async": made_async}
    sync.close()
    runner.run(made_async.aclose())


def _invoke(client: Any, runner: asyncio.Runner, name: str, arguments: dict[str, Any]) -> None:
    function = _method(client, name)
    if function is None:
        return  # an async-only method, on the sync client
    positional = [
        arguments.pop(p.name)
        for p in inspect.signature(function).parameters.values()
        if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and p.name in arguments
    ]
    result = function(*positional, **arguments)
    if inspect.isawaitable(result):
        result = runner.run(_awaited(result))
    if isinstance(result, hamsa.SyncPaginator):
        list(itertools.islice(result, 5))
    elif isinstance(result, hamsa.AsyncPaginator):
        runner.run(_first_items(result))


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


async def _first_items(paginator: Any) -> None:
    count = 0
    async for _ in paginator:
        count += 1
        if count >= 5:
            return


@pytest.mark.parametrize("kind", ["sync", "async"])
@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(call=calls(), answer=bodies)
def test_only_hamsa_errors_escape_and_bad_input_sends_nothing(
    kind: str,
    call: tuple[str, dict[str, Any]],
    answer: httpx.Response,
    clients: dict[str, Any],
    runner: asyncio.Runner,
) -> None:
    name, arguments = call
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(return_value=answer)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # deprecations, placeholder warnings
                _invoke(clients[kind], runner, name, dict(arguments))
        except _Slept:
            return
        except (hamsa.RequestValidationError, hamsa.ConfigurationError):
            assert route.call_count == 0, f"{name} refused its input after sending a request"
        except hamsa.HamsaError:
            pass
        except Exception as error:  # the property under test: nothing else escapes
            pytest.fail(f"{name}(**{arguments!r}) raised {type(error).__name__}: {error}")


# --- the constructors: Hamsa(...), AsyncHamsa(...), client.with_options(...), copies ----------

SECRET_PREFIX = "hkfz"  # a drawn API key starts so; no error may show it
UNKNOWN_OPTIONS = ["api_kye", "timout", "retries", "headers", "colour"]
text = st.text(max_size=10)
settings_values = st.one_of(
    values,
    text,
    st.sampled_from(["http://127.0.0.1:1", "https://", "ftp://x", "http://[::1", " Token "]),
    st.sampled_from(["http://127.0.0.1:99999", "https://api.fuzz.test/ ", "Bearer", "Token x"]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-3, 10**20),
    st.builds(
        httpx.Timeout,
        st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
        connect=st.one_of(st.none(), st.floats(-1, 10)),
    ),
    st.dictionaries(st.one_of(text, st.sampled_from(["Authorization", "X-A"])), values, max_size=2),
    st.dictionaries(text, text, max_size=2),
    st.sampled_from(["httpx.Client", "httpx.AsyncClient"]),
)
api_keys = st.one_of(values, text.map(lambda t: SECRET_PREFIX + t))
environments = st.just({}) | st.fixed_dictionaries(
    {},
    optional={
        name: st.text(st.characters(blacklist_characters="\x00", codec="utf-8"), max_size=10)
        for name in (
            "HAMSA_API_KEY",
            "HAMSA_BASE_URL",
            "HAMSA_PROJECT_ID",
            "HAMSA_LOG",
            "HAMSA_WEBHOOK_AUTH_KEY",
            "HAMSA_WEBHOOK_AUTH_SECRET",
        )
    },
)


@functools.cache
def _option_names(owner: Any) -> tuple[str, ...]:
    """The keyword parameters of a constructor or of with_options, from its signature."""
    return tuple(
        p.name
        for p in inspect.signature(owner).parameters.values()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
    )


VALID_OPTIONS: dict[str, st.SearchStrategy[Any]] = {
    "api_key": st.just(KEY),
    "base_url": st.sampled_from([BASE_URL, BASE_URL + "/", f" {BASE_URL} "]),
    "timeout": st.one_of(st.floats(0.001, 600), st.just(httpx.Timeout(5.0, connect=1.0))),
    "max_retries": st.integers(0, 5),
    "default_headers": st.sampled_from([{}, {"X-Trace": "abc"}, {"User-Agent": "app/1"}]),
    "auth_scheme": st.sampled_from(["Token", "Bearer", " Token "]),
    "project_id": st.sampled_from(["48f7656f-098b-4c43-b165-7cfd2cc8ac30", ""]),
    "webhook_auth_key": st.just("Bearer"),
    "webhook_auth_secret": st.just("whsec-fuzz"),
    "http_client": st.just(None),
}


@st.composite
def client_options(draw: st.DrawFn, owner: Any) -> dict[str, Any]:
    # Mostly a client that works, and options mostly valid, so that what comes after
    # construction (copies, with_options, a call) is reached too.
    working = {"api_key": KEY, "base_url": BASE_URL}
    arguments: dict[str, Any] = dict(draw(st.sampled_from([{}, working, working])))
    for name in draw(st.lists(st.sampled_from(_option_names(owner)), max_size=3, unique=True)):
        junk = api_keys if name == "api_key" else settings_values
        valid = VALID_OPTIONS.get(name, junk)
        arguments[name] = draw(st.one_of(valid, valid, junk))
    if draw(st.integers(0, 9)) == 0:  # now and then, a keyword the signature lacks
        arguments[draw(st.sampled_from(UNKNOWN_OPTIONS))] = draw(values)
    return arguments


def _materialize(arguments: dict[str, Any], opened: list[Any]) -> dict[str, Any]:
    """Drawn placeholders made real: an httpx client (closed after the example)."""
    made = dict(arguments)
    for name, value in arguments.items():
        if value == "httpx.Client":
            made[name] = httpx.Client()
            opened.append(made[name])
        elif value == "httpx.AsyncClient":
            made[name] = httpx.AsyncClient()
            opened.append(made[name])
    return made


def _allowed_signature_error(error: TypeError) -> bool:
    """Python's own refusal of a keyword the signature doesn't have."""
    return "unexpected keyword argument" in str(error)


def _drawn_secrets(*option_sets: dict[str, Any]) -> list[str]:
    return [
        value
        for options in option_sets
        for value in options.values()
        if isinstance(value, str) and value.startswith(SECRET_PREFIX) and len(value) > 4
    ]


def _use(client: Any, runner: asyncio.Runner, overrides: dict[str, Any], opened: list[Any]) -> None:
    """What a user does with a client: copies, a derived client, a call through each."""
    repr(client)
    made = [client, copy.copy(client), copy.deepcopy(client)]
    derived = client.with_options(**_materialize(overrides, opened))
    event("derived")
    for each in (*made, derived):
        repr(each)
        try:
            result = each.conversations.get("c-1")
            if inspect.isawaitable(result):
                runner.run(_awaited(result))
        except hamsa.HamsaError as error:  # e.g. the drawn answer's: the call went through
            event(f"call: {type(error).__name__}")
    event("used")


async def _aclose(client: Any) -> None:
    await client.aclose()


@pytest.mark.parametrize("kind", ["sync", "async"])
@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    environment=environments,
    construct=client_options(hamsa.Hamsa),
    overrides=client_options(hamsa.Hamsa.with_options),
    answer=bodies,
)
def test_constructors_and_with_options_raise_only_hamsa_errors(
    kind: str,
    environment: dict[str, str],
    construct: dict[str, Any],
    overrides: dict[str, Any],
    answer: httpx.Response,
    runner: asyncio.Runner,
) -> None:
    client_class = hamsa.Hamsa if kind == "sync" else hamsa.AsyncHamsa
    opened: list[Any] = []
    client = None
    logger = logging.getLogger("hamsa")
    handlers, level = list(logger.handlers), logger.level
    with (
        mock.patch.dict(os.environ, environment),
        respx.mock(assert_all_called=False) as router,
    ):
        router.route().mock(return_value=answer)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                client = client_class(**_materialize(construct, opened))
                event("constructed")
                _use(client, runner, overrides, opened)
        except hamsa.HamsaError as error:
            event(f"refused: {type(error).__name__}")
            shown = f"{error!s} {error!r} {error.args!r}"
            assert [s for s in _drawn_secrets(construct, overrides) if s in shown] == []
        except TypeError as error:
            event("refused: unexpected keyword")
            if not _allowed_signature_error(error):
                pytest.fail(
                    f"{client_class.__name__}(**{construct!r}) then with_options"
                    f"(**{overrides!r}) raised TypeError: {error}"
                )
        except Exception as error:  # the property under test: nothing else escapes
            pytest.fail(
                f"{client_class.__name__}(**{construct!r}) then with_options(**{overrides!r}) "
                f"raised {type(error).__name__}: {error}"
            )
        finally:
            logger.handlers[:] = handlers  # HAMSA_LOG may have added a handler
            logger.setLevel(level)
            if client is not None:
                if kind == "sync":
                    client.close()
                else:
                    runner.run(_aclose(client))
            for pool in opened:
                if isinstance(pool, httpx.Client):
                    pool.close()
                else:
                    runner.run(pool.aclose())
