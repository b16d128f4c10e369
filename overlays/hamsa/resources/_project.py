"""The projectId several endpoints need, taken from the client when the call leaves it out.

The spec marks such a parameter or body field with x-hamsa-project-id; the generated method
calls project_id_default first, so a missing id fails before anything is sent.
"""

from __future__ import annotations

from typing import Any

from .._base_client import NotGiven
from .._exceptions import RequestValidationError, Violation

PROJECT_ID_ENV = "HAMSA_PROJECT_ID"


def project_id_default(client: Any, value: Any, name: str = "project_id") -> Any:
    """``value``, or the client's project_id when the call left it out (NOT_GIVEN, or None:
    the query builder drops a None, which would leave a required parameter unsent)."""
    if value is not None and not isinstance(value, NotGiven):
        return value
    configured = getattr(client, "project_id", None)
    if configured:
        return configured
    raise RequestValidationError(
        [
            Violation(
                name,
                None,
                f"is required: pass {name}=..., or set it once with "
                f"Hamsa(project_id=...) or the {PROJECT_ID_ENV} environment variable",
            )
        ]
    )
