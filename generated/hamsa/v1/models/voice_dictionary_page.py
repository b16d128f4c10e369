from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.voice_dictionary_summary import VoiceDictionarySummary


@_attrs_define(repr=False)
class VoiceDictionaryPage(OpenModel):
    """One page of dictionaries.
    Unlike the other lists it reports `page` and `pageSize`, and no `filtered` count."""

    dictionaries: list[VoiceDictionarySummary] | None = None
    """The dictionaries on this page."""
    total: int | None = None
    """Number of dictionaries that match the request."""
    page: int | None = None
    """Number of this page, starting at 1."""
    page_size: int | None = None
    """Dictionaries per page."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "dictionaries",
        "total",
        "page",
        "pageSize",
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
        dictionaries: list[dict[str, Any]] | None = None
        if not self.dictionaries is None:
            dictionaries = []
            for dictionaries_item_data in self.dictionaries:
                dictionaries_item = dictionaries_item_data.to_wire()
                dictionaries.append(dictionaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dictionaries is not None:
            field_dict["dictionaries"] = dictionaries
        if self.total is not None:
            field_dict["total"] = self.total
        if self.page is not None:
            field_dict["page"] = self.page
        if self.page_size is not None:
            field_dict["pageSize"] = self.page_size
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
            _dictionaries = d.pop("dictionaries", None)
            dictionaries: list[VoiceDictionarySummary] | None = None
            if _dictionaries is not None:
                dictionaries = []
                for dictionaries_item_data in _dictionaries:
                    dictionaries_item = VoiceDictionarySummary.from_dict(dictionaries_item_data)

                    dictionaries.append(dictionaries_item)
            total = d.pop("total", None)
            if total.__class__ is not int and total is not None:
                wrong_type(total, "int")
            page = d.pop("page", None)
            if page.__class__ is not int and page is not None:
                wrong_type(page, "int")
            page_size = d.pop("pageSize", None)
            if page_size.__class__ is not int and page_size is not None:
                wrong_type(page_size, "int")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                dictionaries,
                total,
                page,
                page_size,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_
