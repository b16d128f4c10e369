"""Routes for the operations without a stateful handler in _routes.ROUTES, answered from the spec.

Each operation of the operation table (hamsa._operations) that ROUTES does not serve gets a
route whose handler checks the request as the SDK does (required query parameters; the body
parsed with the generated request model through _validation.parse_model) and answers with the
operation's documented 2xx response example, or a minimal body built from the response schema
(both generated into hamsa._examples, since the wheel carries no spec).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from ._messages import ApiError, MockRequest, MockResponse, json_copy
from ._routes import ROUTES, Handler, Route
from ._state import MockState
from ._validation import parse_model, require_object

__all__ = ["all_routes", "operation_endpoints", "spec_routes"]


def operation_endpoints() -> list[str]:
    """Every operation of the specs, as "METHOD /path/{template}", from the operation table."""
    from .._operations import OPERATIONS

    return [f"{op.http_method} {op.path}" for op in OPERATIONS]


def _spec_handler(example: dict[str, Any]) -> Handler:
    model_ref = example.get("request_model")
    required_query = tuple(example.get("required_query") or ())

    def handle(state: MockState, request: MockRequest) -> MockResponse:
        missing = [name for name in required_query if not request.query.get(name)]
        if missing:
            problems = [{"field": name, "message": "is required"} for name in missing]
            summary = "; ".join(f"{item['field']} {item['message']}" for item in problems)
            raise ApiError(400, f"Validation failed: {summary}", "ValidationError", errors=problems)
        if model_ref is not None and (request.body.strip() or example.get("body_required")):
            module, name = model_ref
            model = getattr(importlib.import_module(module), name)
            parse_model(model, require_object(request.json()))
        body = json_copy(example.get("body"))
        media_type = example.get("media_type")
        if media_type is not None and "json" not in media_type:
            data = body.encode() if isinstance(body, str) else b""
            return MockResponse(int(example["status"]), data, content_type=media_type)
        return MockResponse(int(example["status"]), body)

    return handle


def spec_routes(served: Iterable[Route]) -> tuple[Route, ...]:
    """A route for each operation of the table that ``served`` has no route for."""
    from .._examples import EXAMPLES
    from .._operations import OPERATIONS

    taken = {(route.method, route.template) for route in served}
    routes = []
    for op in OPERATIONS:
        if (op.http_method, op.path) in taken:
            continue
        example = EXAMPLES.get((op.version, op.operation_id), {"status": 200, "body": None})
        routes.append(Route(op.http_method, op.path, _spec_handler(example)))
    return tuple(routes)


def all_routes() -> tuple[Route, ...]:
    """What MockHamsa serves: the stateful ROUTES, then a spec route for every other operation."""
    return ROUTES + spec_routes(ROUTES)
