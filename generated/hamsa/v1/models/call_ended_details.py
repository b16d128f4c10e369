from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.call_ended_details_outcome_result import CallEndedDetailsOutcomeResult
from ..models.call_ended_details_transcription_item import CallEndedDetailsTranscriptionItem


@_attrs_define(repr=False)
class CallEndedDetails(OpenModel):
    """What the documented `call.ended` event carries in `data.data`."""

    conversation_id: str | None = None
    """The conversation's id (read it with GET /v1/voice-agents/conversation/{conversationId})."""
    conversation_recording: str | None = None
    """Address of the call's recording."""
    transcription: list[CallEndedDetailsTranscriptionItem] | None = None
    """The transcript, one item per turn; each item's only key is the speaker (`Agent` or `User`)."""
    outcome_result: CallEndedDetailsOutcomeResult | None = None
    """Every param the call was started with, echoed back, plus the outcome fields extracted from the conversation."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "conversationId",
        "conversationRecording",
        "transcription",
        "outcomeResult",
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
        transcription: list[dict[str, Any]] | None = None
        if not self.transcription is None:
            transcription = []
            for transcription_item_data in self.transcription:
                transcription_item = transcription_item_data.to_wire()
                transcription.append(transcription_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.conversation_id is not None:
            field_dict["conversationId"] = self.conversation_id
        if self.conversation_recording is not None:
            field_dict["conversationRecording"] = self.conversation_recording
        if transcription is not None:
            field_dict["transcription"] = transcription
        if self.outcome_result is not None:
            field_dict["outcomeResult"] = self.outcome_result.to_wire()
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
            conversation_id = d.pop("conversationId", None)
            if conversation_id.__class__ is not str and conversation_id is not None:
                wrong_type(conversation_id, "str")
            conversation_recording = d.pop("conversationRecording", None)
            if conversation_recording.__class__ is not str and conversation_recording is not None:
                wrong_type(conversation_recording, "str")
            _transcription = d.pop("transcription", None)
            transcription: list[CallEndedDetailsTranscriptionItem] | None = None
            if _transcription is not None:
                transcription = []
                for transcription_item_data in _transcription:
                    transcription_item = CallEndedDetailsTranscriptionItem.from_dict(
                        transcription_item_data
                    )

                    transcription.append(transcription_item)
            outcome_result = d.pop("outcomeResult", None)
            if outcome_result is not None:
                outcome_result = CallEndedDetailsOutcomeResult.from_dict(outcome_result)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                conversation_id,
                conversation_recording,
                transcription,
                outcome_result,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_
