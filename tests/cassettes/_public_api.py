"""What counts as a public operation of the SDK, found by looking, not by a list kept by hand.

- ``<resource>.<method>``: each public method of the resources hamsa.Hamsa and
  hamsa.AsyncHamsa expose (client.voice_agents, client.calls, ...). The ``with_raw_response``
  twins and properties are not operations of their own.
- ``v1.<tag>.<operationId>`` / ``v2.<tag>.<operationId>``: each operation of spec/v1.yaml and
  spec/v2.yaml, and each public method of client.v1.<tag> / client.v2.<tag> (without the
  ``*_with_response`` twins), so an operation the spec has and the client lacks, or the reverse,
  shows up too.

Both the cassette suite and the Prism contract suite assert that they cover all of them.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Iterator
from typing import Any

import hamsa

from ._spec import HTTP_METHODS, SPECS, load_spec

VERSIONS = tuple(SPECS)
# Never contacted: the clients are only looked at.
_OFFLINE: dict[str, Any] = {"api_key": "hk_test_introspection", "base_url": "http://127.0.0.1:9"}


def _public_methods(owner: Any) -> Iterator[str]:
    """Public methods defined on the class of ``owner`` (not properties, not the raw twins)."""
    for name, member in inspect.getmembers_static(type(owner)):
        if name.startswith("_") or name == "with_raw_response":
            continue
        if inspect.isfunction(member):
            yield name


def _resources(client: Any) -> Iterator[str]:
    """The resource attributes of a Hamsa / AsyncHamsa / v1 / v2 client (cached properties)."""
    for name, member in inspect.getmembers_static(type(client)):
        if not name.startswith("_") and isinstance(member, functools.cached_property):
            yield name


def _each_client() -> Iterator[Any]:
    sync = hamsa.Hamsa(**_OFFLINE)
    try:
        yield sync
    finally:
        sync.close()
    async_client = hamsa.AsyncHamsa(**_OFFLINE)
    try:
        yield async_client
    finally:
        asyncio.run(async_client.aclose())


@functools.cache
def resource_operations() -> frozenset[str]:
    """``voice_agents.create``, ... over both clients (a method only one of them has counts)."""
    found: set[str] = set()
    for client in _each_client():
        for resource in _resources(client):
            if resource in VERSIONS:
                continue
            found.update(f"{resource}.{m}" for m in _public_methods(getattr(client, resource)))
    return frozenset(found)


@functools.cache
def raw_twins() -> frozenset[str]:
    """``voice_agents.create``, ... for each resource method that has a ``with_raw_response``
    twin, over both clients."""
    found: set[str] = set()
    for client in _each_client():
        for resource in _resources(client):
            if resource in VERSIONS:
                continue
            raw = getattr(client, resource).with_raw_response
            found.update(f"{resource}.{m}" for m in _public_methods(raw))
    return frozenset(found)


@functools.cache
def generated_operations() -> frozenset[str]:
    """``v1.voice_agents.update_voice_agent``, ... from the clients and from the specs."""
    found: set[str] = set()
    for client in _each_client():
        for version in VERSIONS:
            versioned = getattr(client, version)
            for resource in _resources(versioned):
                owner = getattr(versioned, resource)
                found.update(
                    f"{version}.{resource}.{m}"
                    for m in _public_methods(owner)
                    if not m.endswith("_with_response")
                )
    return frozenset(found | spec_operations())


@functools.cache
def spec_operations() -> frozenset[str]:
    """``v1.<tag>.<operationId>`` for every operation in spec/v1.yaml and spec/v2.yaml."""
    found: set[str] = set()
    for version, path in SPECS.items():
        for item in load_spec(path)["paths"].values():
            for method, operation in item.items():
                if method in HTTP_METHODS:
                    (tag,) = operation["tags"]
                    found.add(f"{version}.{tag}.{operation['operationId']}")
    return frozenset(found)


@functools.cache
def spec_routes() -> frozenset[tuple[str, str]]:
    """``("GET", "/v1/voice-agents/{voiceAgentId}")``, ... for every operation of both specs."""
    found: set[tuple[str, str]] = set()
    for path in SPECS.values():
        for template, item in load_spec(path)["paths"].items():
            found.update((m.upper(), template) for m in item if m in HTTP_METHODS)
    return frozenset(found)


def public_operations() -> frozenset[str]:
    return resource_operations() | generated_operations()
