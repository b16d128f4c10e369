from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import mask_secret, masked_mapping
from hamsa._rules import NUMBER, STRING, RequestModel, Rules, field


@_attrs_define(repr=False)
class LlmConfig(RequestModel, OpenModel):
    """Which large language model drives the agent, and how to reach it."""

    provider: str | None = None
    """LLM vendor, e.g. `OpenAI`.
    No list of accepted values is documented."""
    model_name: str | None = None
    """Model identifier at that vendor, e.g. `GPT-4.1`."""
    base_url: None | str = None
    """Endpoint of a custom or self-hosted LLM API; leave out to use the vendor default."""
    api_key: None | str = _attrs_field(default=None, repr=mask_secret)
    """Key for the custom LLM endpoint.
    A secret; never log it."""
    temperature: float | None = None
    """Sampling temperature; lower values give more predictable replies."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "provider",
        "modelName",
        "baseUrl",
        "apiKey",
        "temperature",
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
        if self.provider is not None:
            field_dict["provider"] = self.provider
        if self.model_name is not None:
            field_dict["modelName"] = self.model_name
        if self.base_url is not None:
            field_dict["baseUrl"] = self.base_url
        if self.api_key is not None:
            field_dict["apiKey"] = self.api_key
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
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
            provider = d.pop("provider", None)
            if provider.__class__ is not str and provider is not None:
                wrong_type(provider, "str")
            model_name = d.pop("modelName", None)
            if model_name.__class__ is not str and model_name is not None:
                wrong_type(model_name, "str")
            base_url: None | str = d.pop("baseUrl", None)
            if base_url is None and "baseUrl" in src_dict:
                wire_nulls.append("baseUrl")
            api_key: None | str = d.pop("apiKey", None)
            if api_key is None and "apiKey" in src_dict:
                wire_nulls.append("apiKey")
            temperature = d.pop("temperature", None)
            if (
                temperature.__class__ is not float
                and temperature.__class__ is not int
                and temperature is not None
            ):
                wrong_type(temperature, "float")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                provider,
                model_name,
                base_url,
                api_key,
                temperature,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_


# The documented constraints, checked before a request is sent (hamsa._rules). Outside the
# class body, where a field could be called `field` or `items`.
LlmConfig._RULES = Rules(
    field("provider", STRING),
    field("modelName", STRING),
    field("baseUrl", STRING, null=True),
    field("apiKey", STRING, null=True),
    field("temperature", NUMBER),
    extra="open",
)
