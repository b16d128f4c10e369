from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping

from ..models.http_headers import HttpHeaders
from ..models.path_parameters import PathParameters


@_attrs_define(repr=False)
class WebToolSettings(OpenModel):
    """Where and how the tool is called, as the API returns it.
    Note the spelling `timeout`: requests spell it `timeOut` (see WebToolSettingsRequest)."""

    http_headers: HttpHeaders | None = None
    """HTTP headers sent with each call of the tool, by header name."""
    path_parameters: PathParameters | None = None
    """Values for the `{placeholders}` in the tool's server URL, by placeholder name."""
    server_url: str | None = None
    """Address the tool calls."""
    timeout: float | None = None
    """How long the tool may take to answer; apparently in milliseconds (v1 examples show 5000)."""
    auth_token: None | str = _attrs_field(default=None, repr=mask_secret)
    """Credential sent with each call.
    A secret; never log it."""
    method_type: str | None = None
    """HTTP method used for the call, e.g. `GET` or `POST`."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "httpHeaders",
        "pathParameters",
        "serverUrl",
        "timeout",
        "authToken",
        "methodType",
    )
    _REQUIRED_JSON_KEYS: ClassVar[tuple[str, ...]] = ()
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
        if self.http_headers is not None:
            field_dict["httpHeaders"] = self.http_headers.to_wire()
        if self.path_parameters is not None:
            field_dict["pathParameters"] = self.path_parameters.to_wire()
        if self.server_url is not None:
            field_dict["serverUrl"] = self.server_url
        if self.timeout is not None:
            field_dict["timeout"] = self.timeout
        if self.auth_token is not None:
            field_dict["authToken"] = self.auth_token
        if self.method_type is not None:
            field_dict["methodType"] = self.method_type
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
        # Only a nullable field tells null from absent; a per-key scan of every object would
        # cost more than the rest of a parse.
        wire_nulls: list[str] = []
        try:
            http_headers = d.pop("httpHeaders", None)
            if http_headers is not None:
                http_headers = HttpHeaders.from_dict(http_headers)
            path_parameters = d.pop("pathParameters", None)
            if path_parameters is not None:
                path_parameters = PathParameters.from_dict(path_parameters)
            server_url = d.pop("serverUrl", None)
            if server_url.__class__ is not str and server_url is not None:
                wrong_type(server_url, "str")
            timeout = d.pop("timeout", None)
            if (
                timeout.__class__ is not float
                and timeout.__class__ is not int
                and timeout is not None
            ):
                wrong_type(timeout, "float")
            auth_token: None | str = d.pop("authToken", None)
            if auth_token is None and "authToken" in src_dict:
                wire_nulls.append("authToken")
            method_type = d.pop("methodType", None)
            if method_type.__class__ is not str and method_type is not None:
                wrong_type(method_type, "str")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                http_headers,
                path_parameters,
                server_url,
                timeout,
                auth_token,
                method_type,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_
