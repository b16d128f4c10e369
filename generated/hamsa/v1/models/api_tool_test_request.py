from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping
from hamsa._rules import ENUM, NUMBER, STRING, URI, UUID, RequestModel, Rules, field, model, one_of

from ..models.api_tool_test_payload import ApiToolTestPayload
from ..models.http_method import HttpMethod
from ..models.string_map import StringMap


@_attrs_define(repr=False)
class ApiToolTestRequest(RequestModel, OpenModel):
    """The API call to try out."""

    project_id: str
    """Project the test runs for."""
    server_url: str
    """Address of the API to call; must be a valid external URL."""
    method: HttpMethod
    """HTTP method of a request to test."""
    api_key: str | None = _attrs_field(default=None, repr=mask_secret)
    """API key (a UUID in the example) the test runs with; its role is not explained further.
    A secret."""
    user_id: str | None = None
    """User the test runs for."""
    auth_prefix: str | None = None
    """Scheme put before `authToken` in the Authorization header, e.g. `Bearer` or `Basic`."""
    auth_token: str | None = _attrs_field(default=None, repr=mask_secret)
    """Token sent to the API in the Authorization header.
    A secret."""
    timeout: float | None = None
    """Seconds to wait for the API (unlike the web tools' own timeout setting); the service uses 5 when it is left out."""
    http_headers: StringMap | None = None
    """Names mapped to text values, e.g. HTTP headers or URL parameters."""
    query_params: StringMap | None = None
    """Names mapped to text values, e.g. HTTP headers or URL parameters."""
    body: ApiToolTestPayload | None = None
    """JSON body to send to the API under test."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "projectId",
        "serverUrl",
        "method",
        "apiKey",
        "userId",
        "authPrefix",
        "authToken",
        "timeout",
        "httpHeaders",
        "queryParams",
        "body",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "projectId",
        "serverUrl",
        "method",
    )
    additional_properties: dict[str, Any] = _attrs_field(
        factory=dict, kw_only=True, repr=masked_mapping
    )
    """Fields the API sent that this SDK version does not know; sent back unchanged."""
    _wire_nulls: Sequence[str] = _attrs_field(
        default=(), kw_only=True, repr=False, alias="wire_nulls"
    )
    """The JSON keys that came as null: to_wire sends them back, other None fields stay out."""

    def to_wire(self) -> dict[str, Any]:
        """This model as the JSON-ready dict the API sends and accepts (camelCase keys)."""
        method = self.method.value
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["projectId"] = self.project_id
        field_dict["serverUrl"] = self.server_url
        field_dict["method"] = method
        if self.api_key is not None:
            field_dict["apiKey"] = self.api_key
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        if self.auth_prefix is not None:
            field_dict["authPrefix"] = self.auth_prefix
        if self.auth_token is not None:
            field_dict["authToken"] = self.auth_token
        if self.timeout is not None:
            field_dict["timeout"] = self.timeout
        if self.http_headers is not None:
            field_dict["httpHeaders"] = self.http_headers.to_wire()
        if self.query_params is not None:
            field_dict["queryParams"] = self.query_params.to_wire()
        if self.body is not None:
            field_dict["body"] = self.body.to_wire()
        for key in self._wire_nulls:
            field_dict.setdefault(key, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from API JSON; unknown keys land in additional_properties."""
        # __class__, not type(): a field may be called `type`, and its local would shadow it.
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            # dict() would accept a list of pairs
            raise parse_failure(TypeError("expected a JSON object"), src_dict, {}, cls._JSON_KEYS)
        d = dict(src_dict)
        try:
            project_id = d.pop("projectId")
            if project_id.__class__ is not str:
                wrong_type(project_id, "str")
            server_url = d.pop("serverUrl")
            if server_url.__class__ is not str:
                wrong_type(server_url, "str")
            method = HttpMethod.from_wire(d.pop("method"))
            api_key = d.pop("apiKey", None)
            if api_key.__class__ is not str and api_key is not None:
                wrong_type(api_key, "str")
            user_id = d.pop("userId", None)
            if user_id.__class__ is not str and user_id is not None:
                wrong_type(user_id, "str")
            auth_prefix = d.pop("authPrefix", None)
            if auth_prefix.__class__ is not str and auth_prefix is not None:
                wrong_type(auth_prefix, "str")
            auth_token = d.pop("authToken", None)
            if auth_token.__class__ is not str and auth_token is not None:
                wrong_type(auth_token, "str")
            timeout = d.pop("timeout", None)
            if (
                timeout.__class__ is not float
                and timeout.__class__ is not int
                and timeout is not None
            ):
                wrong_type(timeout, "float")
            http_headers = d.pop("httpHeaders", None)
            if http_headers is not None:
                http_headers = StringMap.from_dict(http_headers)
            query_params = d.pop("queryParams", None)
            if query_params is not None:
                query_params = StringMap.from_dict(query_params)
            body = d.pop("body", None)
            if body is not None:
                body = ApiToolTestPayload.from_dict(body)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                project_id,
                server_url,
                method,
                api_key,
                user_id,
                auth_prefix,
                auth_token,
                timeout,
                http_headers,
                query_params,
                body,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
ApiToolTestRequest._RULES = Rules(
    field("projectId", STRING, UUID),
    field("serverUrl", STRING, URI),
    field("method", ENUM, one_of("GET", "POST", "PUT", "PATCH", "DELETE")),
    field("apiKey", STRING),
    field("userId", STRING, UUID),
    field("authPrefix", STRING),
    field("authToken", STRING),
    field("timeout", NUMBER),
    field("httpHeaders", model("StringMap")),
    field("queryParams", model("StringMap")),
    field("body", model("ApiToolTestPayload")),
    extra="open",
)
