from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping


@_attrs_define(repr=False)
class KnowledgeBaseItem(OpenModel):
    """A knowledge-base item as stored."""

    id: str | None = None
    """Identifier of the item."""
    user_id: str | None = None
    """User who added the item."""
    project_id: str | None = None
    """Project that owns the item."""
    item_name: str | None = None
    """Display name of the item."""
    file_size: None | str = None
    """Size of the source file as readable text, e.g. `2.5MB`."""
    type: str | None = None
    """Kind of item, e.g. `TEXT`."""
    status: str | None = None
    """Processing state, e.g. `PROCESSED`.
    No list of values is documented."""
    failure_reason: None | str = None
    """Why processing failed, when it did."""
    content: None | str = None
    """Text of the item."""
    item_url: None | str = None
    """Address the item was read from."""
    item_urls: list[str] | None = None
    """Addresses of the pages the item was read from."""
    words_number: float | None = None
    """Number of words in the item."""
    extension: float | None | str = None
    """File extension of the source.
    Quirk: the documented examples show a number here (`1298`, the same value as `wordsNumber`); a string is accepted as well.
    """
    created_at: datetime.datetime | None = None
    """When the item was added."""
    updated_at: datetime.datetime | None = None
    """When the item was last changed (shown by the rename response)."""
    is_active: bool | None = None
    """Whether the item can be used."""
    used: bool | None = None
    """Whether an agent uses the item."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "id",
        "userId",
        "projectId",
        "itemName",
        "fileSize",
        "type",
        "status",
        "failureReason",
        "content",
        "itemUrl",
        "itemUrls",
        "wordsNumber",
        "extension",
        "createdAt",
        "updatedAt",
        "isActive",
        "used",
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
        created_at: str | None = None
        if not self.created_at is None:
            created_at = self.created_at.isoformat()
        updated_at: str | None = None
        if not self.updated_at is None:
            updated_at = self.updated_at.isoformat()
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.user_id is not None:
            field_dict["userId"] = self.user_id
        if self.project_id is not None:
            field_dict["projectId"] = self.project_id
        if self.item_name is not None:
            field_dict["itemName"] = self.item_name
        if self.file_size is not None:
            field_dict["fileSize"] = self.file_size
        if self.type is not None:
            field_dict["type"] = self.type
        if self.status is not None:
            field_dict["status"] = self.status
        if self.failure_reason is not None:
            field_dict["failureReason"] = self.failure_reason
        if self.content is not None:
            field_dict["content"] = self.content
        if self.item_url is not None:
            field_dict["itemUrl"] = self.item_url
        if self.item_urls is not None:
            field_dict["itemUrls"] = self.item_urls
        if self.words_number is not None:
            field_dict["wordsNumber"] = self.words_number
        if self.extension is not None:
            field_dict["extension"] = self.extension
        if created_at is not None:
            field_dict["createdAt"] = created_at
        if updated_at is not None:
            field_dict["updatedAt"] = updated_at
        if self.is_active is not None:
            field_dict["isActive"] = self.is_active
        if self.used is not None:
            field_dict["used"] = self.used
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
            id = d.pop("id", None)
            if id.__class__ is not str and id is not None:
                wrong_type(id, "str")
            user_id = d.pop("userId", None)
            if user_id.__class__ is not str and user_id is not None:
                wrong_type(user_id, "str")
            project_id = d.pop("projectId", None)
            if project_id.__class__ is not str and project_id is not None:
                wrong_type(project_id, "str")
            item_name = d.pop("itemName", None)
            if item_name.__class__ is not str and item_name is not None:
                wrong_type(item_name, "str")
            file_size: None | str = d.pop("fileSize", None)
            if file_size is None and "fileSize" in src_dict:
                wire_nulls.append("fileSize")
            type = d.pop("type", None)
            if type.__class__ is not str and type is not None:
                wrong_type(type, "str")
            status = d.pop("status", None)
            if status.__class__ is not str and status is not None:
                wrong_type(status, "str")
            failure_reason: None | str = d.pop("failureReason", None)
            if failure_reason is None and "failureReason" in src_dict:
                wire_nulls.append("failureReason")
            content: None | str = d.pop("content", None)
            if content is None and "content" in src_dict:
                wire_nulls.append("content")
            item_url: None | str = d.pop("itemUrl", None)
            if item_url is None and "itemUrl" in src_dict:
                wire_nulls.append("itemUrl")
            item_urls: list[str] | None = d.pop("itemUrls", None)
            words_number: float | None = d.pop("wordsNumber", None)
            if words_number is None and "wordsNumber" in src_dict:
                wire_nulls.append("wordsNumber")
            extension: float | None | str = d.pop("extension", None)
            if extension is None and "extension" in src_dict:
                wire_nulls.append("extension")
            created_at = d.pop("createdAt", None)
            if created_at is not None:
                created_at = datetime.datetime.fromisoformat(created_at)
            updated_at = d.pop("updatedAt", None)
            if updated_at is not None:
                updated_at = datetime.datetime.fromisoformat(updated_at)
            is_active = d.pop("isActive", None)
            if is_active.__class__ is not bool and is_active is not None:
                wrong_type(is_active, "bool")
            used = d.pop("used", None)
            if used.__class__ is not bool and used is not None:
                wrong_type(used, "bool")
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                id,
                user_id,
                project_id,
                item_name,
                file_size,
                type,
                status,
                failure_reason,
                content,
                item_url,
                item_urls,
                words_number,
                extension,
                created_at,
                updated_at,
                is_active,
                used,
                additional_properties=d,
                wire_nulls=wire_nulls,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_
