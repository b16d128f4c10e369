from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping
from hamsa._rules import NUMBER, STRING, URI, RequestModel, Rules, field, model

from ..models.http_headers import HttpHeaders
from ..models.path_parameters import PathParameters


@_attrs_define(repr=False)
class WebToolSettingsRequest(RequestModel, OpenModel):
    """Where and how the tool is called, as sent when creating or changing a tool.
    Note the spelling `timeOut`: the response spells it `timeout` (see WebToolSettings).
    `serverUrl` and `methodType` are required, after a third-party copy of the reference (the archived page hides the nested flags); every documented example sends both.
    """

    server_url: str
    """Address of the HTTP endpoint or MCP server the tool calls."""
    method_type: str
    """HTTP method used for the call, e.g. `GET` or `POST`.
    No list is documented for this field, so none is enforced."""
    auth_token: str | None = _attrs_field(default=None, repr=mask_secret)
    """Credential sent with each call, e.g. `Bearer sk-...`.
    A secret; never log it."""
    time_out: float | None = None
    """How long to wait for the tool to answer.
    The documented examples (2, 5, 15) suggest seconds, while responses report `timeout` in what look like milliseconds.
    """
    http_headers: HttpHeaders | None = None
    """HTTP headers sent with each call of the tool, by header name."""
    path_parameters: PathParameters | None = None
    """Values for the `{placeholders}` in the tool's server URL, by placeholder name."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "serverUrl",
        "methodType",
        "authToken",
        "timeOut",
        "httpHeaders",
        "pathParameters",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "serverUrl",
        "methodType",
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
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["serverUrl"] = self.server_url
        field_dict["methodType"] = self.method_type
        if self.auth_token is not None:
            field_dict["authToken"] = self.auth_token
        if self.time_out is not None:
            field_dict["timeOut"] = self.time_out
        if self.http_headers is not None:
            field_dict["httpHeaders"] = self.http_headers.to_wire()
        if self.path_parameters is not None:
            field_dict["pathParameters"] = self.path_parameters.to_wire()
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
            server_url = d.pop("serverUrl")
            if server_url.__class__ is not str:
                wrong_type(server_url, "str")
            method_type = d.pop("methodType")
            if method_type.__class__ is not str:
                wrong_type(method_type, "str")
            auth_token = d.pop("authToken", None)
            if auth_token.__class__ is not str and auth_token is not None:
                wrong_type(auth_token, "str")
            time_out = d.pop("timeOut", None)
            if (
                time_out.__class__ is not float
                and time_out.__class__ is not int
                and time_out is not None
            ):
                wrong_type(time_out, "float")
            http_headers = d.pop("httpHeaders", None)
            if http_headers is not None:
                http_headers = HttpHeaders.from_dict(http_headers)
            path_parameters = d.pop("pathParameters", None)
            if path_parameters is not None:
                path_parameters = PathParameters.from_dict(path_parameters)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                server_url,
                method_type,
                auth_token,
                time_out,
                http_headers,
                path_parameters,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
WebToolSettingsRequest._RULES = Rules(
    field("serverUrl", STRING, URI),
    field("methodType", STRING),
    field("authToken", STRING),
    field("timeOut", NUMBER),
    field("httpHeaders", model("HttpHeaders")),
    field("pathParameters", model("PathParameters")),
    extra="open",
)
