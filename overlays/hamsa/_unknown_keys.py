"""Keys a request model doesn't declare, reported as typos ("did you mean max_call_duration?").

Generated models keep unknown keys in ``additional_properties`` so that a newer API's response
fields survive a round trip. In a request that same leniency would send a typo silently, so a
request body is walked and every undeclared key refused, except in the models whose schema
declares ``additionalProperties`` (maps and objects the API lets grow, listed by the
generator in hamsa._open_models).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._agent_mapping import to_snake
from ._exceptions import Violation, Withheld
from ._redact import is_secret_key


def _open_models() -> frozenset[str]:
    from ._open_models import OPEN_MODELS

    return OPEN_MODELS


def suggestion(name: str, known: Iterable[str]) -> str:
    """What to say about ``name`` instead of one of ``known``: the closest name, or the list."""
    names = sorted(set(known))
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]}?"
    return "the known fields are " + ", ".join(names) if names else "no fields are allowed here"


def unknown_field(path: str, name: str, value: Any, known: Iterable[str]) -> Violation:
    known = list(known)
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    # A misspelt secret (webhook_auth={"secrte": ...}) keeps only its type.
    secret = any(is_secret_key(part) for part in [*path.split("."), *close])
    shown = Withheld.of(value) if secret else value
    where = path.rsplit(".", 1)[0] if "." in path else ""
    return Violation(
        path, shown, f"is not a field{' of ' + where if where else ''}; " + suggestion(name, known)
    )


def unknown_keys(value: Any, prefix: str = "") -> list[Violation]:
    """Every key of a built request model (at any depth) that its schema doesn't declare."""
    out: list[Violation] = []
    _walk(value, prefix, out, _open_models())
    return out


def _walk(value: Any, prefix: str, out: list[Violation], open_models: frozenset[str]) -> None:
    if isinstance(value, list | tuple):
        path = prefix.removesuffix(".")
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}].", out, open_models)
        return
    cls = type(value)
    if not attrs.has(cls) or not hasattr(cls, "_JSON_KEYS"):
        return
    extra: Mapping[str, Any] = getattr(value, "additional_properties", {})
    if extra and f"{cls.__module__}.{cls.__qualname__}" not in open_models:
        known = [to_snake(key) for key in cls._JSON_KEYS]
        for key, item in extra.items():
            name = to_snake(key) if isinstance(key, str) else repr(key)
            out.append(unknown_field(prefix + name, name, item, known))
    for field in attrs.fields(cls):
        if field.name != "additional_properties":
            _walk(
                getattr(value, field.name), f"{prefix}{field.name.rstrip('_')}.", out, open_models
            )


def misnamed_keywords(fields: Mapping[str, Any], known: Iterable[str]) -> list[Violation]:
    """Keyword arguments spelt in the wire's camelCase (``callSettings=``): the SDK takes
    snake_case, and the camelCase name would otherwise slip through as the wire key."""
    known = set(known)
    return [
        Violation(name, value, "is not a keyword; " + suggestion(to_snake(name), known))
        for name, value in fields.items()
        if name != to_snake(name)
    ]
