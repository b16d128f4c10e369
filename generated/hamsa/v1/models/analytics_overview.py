from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from hamsa._model import OpenModel
from hamsa._parsing import PARSE_FAILURES, ModelParseError, parse_failure, wrong_type
from hamsa._redact import masked_mapping

from ..models.call_duration_buckets import CallDurationBuckets
from ..models.calls_over_time_bucket import CallsOverTimeBucket


@_attrs_define(repr=False)
class AnalyticsOverview(OpenModel):
    """Call volume and session figures over the requested period."""

    live_sessions_number: int | None = None
    """Calls in progress right now."""
    total_sessions_number: int | None = None
    """Calls in the period."""
    average_session_duration: float | None = None
    """Average call length (the unit is not documented)."""
    average_messages_per_session: float | None = None
    """Average number of messages exchanged per call."""
    total_session_duration: float | None = None
    """Summed length of all calls in the period (the unit is not documented)."""
    average_words_per_ai_response: float | None = None
    """Average number of words in one reply of the agent."""
    forward_to_human_agent: float | None = None
    """Calls handed over to a human agent (the docs do not say whether this is a count or a percentage)."""
    calls_over_time: list[CallsOverTimeBucket] | None = None
    """Number of calls per time slot across the period."""
    calls_by_duration_buckets: CallDurationBuckets | None = None
    """Calls grouped by length.
    Where short, medium and long begin is not documented."""
    _JSON_KEYS: ClassVar[tuple[str, ...]] = (
        "liveSessionsNumber",
        "totalSessionsNumber",
        "averageSessionDuration",
        "averageMessagesPerSession",
        "totalSessionDuration",
        "averageWordsPerAiResponse",
        "forwardToHumanAgent",
        "callsOverTime",
        "callsByDurationBuckets",
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
        calls_over_time: list[dict[str, Any]] | None = None
        if not self.calls_over_time is None:
            calls_over_time = []
            for calls_over_time_item_data in self.calls_over_time:
                calls_over_time_item = calls_over_time_item_data.to_wire()
                calls_over_time.append(calls_over_time_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.live_sessions_number is not None:
            field_dict["liveSessionsNumber"] = self.live_sessions_number
        if self.total_sessions_number is not None:
            field_dict["totalSessionsNumber"] = self.total_sessions_number
        if self.average_session_duration is not None:
            field_dict["averageSessionDuration"] = self.average_session_duration
        if self.average_messages_per_session is not None:
            field_dict["averageMessagesPerSession"] = self.average_messages_per_session
        if self.total_session_duration is not None:
            field_dict["totalSessionDuration"] = self.total_session_duration
        if self.average_words_per_ai_response is not None:
            field_dict["averageWordsPerAiResponse"] = self.average_words_per_ai_response
        if self.forward_to_human_agent is not None:
            field_dict["forwardToHumanAgent"] = self.forward_to_human_agent
        if calls_over_time is not None:
            field_dict["callsOverTime"] = calls_over_time
        if self.calls_by_duration_buckets is not None:
            field_dict["callsByDurationBuckets"] = self.calls_by_duration_buckets.to_wire()
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
            live_sessions_number = d.pop("liveSessionsNumber", None)
            if live_sessions_number.__class__ is not int and live_sessions_number is not None:
                wrong_type(live_sessions_number, "int")
            total_sessions_number = d.pop("totalSessionsNumber", None)
            if total_sessions_number.__class__ is not int and total_sessions_number is not None:
                wrong_type(total_sessions_number, "int")
            average_session_duration = d.pop("averageSessionDuration", None)
            if (
                average_session_duration.__class__ is not float
                and average_session_duration.__class__ is not int
                and average_session_duration is not None
            ):
                wrong_type(average_session_duration, "float")
            average_messages_per_session = d.pop("averageMessagesPerSession", None)
            if (
                average_messages_per_session.__class__ is not float
                and average_messages_per_session.__class__ is not int
                and average_messages_per_session is not None
            ):
                wrong_type(average_messages_per_session, "float")
            total_session_duration = d.pop("totalSessionDuration", None)
            if (
                total_session_duration.__class__ is not float
                and total_session_duration.__class__ is not int
                and total_session_duration is not None
            ):
                wrong_type(total_session_duration, "float")
            average_words_per_ai_response = d.pop("averageWordsPerAiResponse", None)
            if (
                average_words_per_ai_response.__class__ is not float
                and average_words_per_ai_response.__class__ is not int
                and average_words_per_ai_response is not None
            ):
                wrong_type(average_words_per_ai_response, "float")
            forward_to_human_agent = d.pop("forwardToHumanAgent", None)
            if (
                forward_to_human_agent.__class__ is not float
                and forward_to_human_agent.__class__ is not int
                and forward_to_human_agent is not None
            ):
                wrong_type(forward_to_human_agent, "float")
            _calls_over_time = d.pop("callsOverTime", None)
            calls_over_time: list[CallsOverTimeBucket] | None = None
            if _calls_over_time is not None:
                calls_over_time = []
                for calls_over_time_item_data in _calls_over_time:
                    calls_over_time_item = CallsOverTimeBucket.from_dict(calls_over_time_item_data)

                    calls_over_time.append(calls_over_time_item)
            calls_by_duration_buckets = d.pop("callsByDurationBuckets", None)
            if calls_by_duration_buckets is not None:
                calls_by_duration_buckets = CallDurationBuckets.from_dict(calls_by_duration_buckets)
            # Positional, in the order the class declares its fields (the two loops above):
            # matching ~20 keywords costs more than the rest of a small model's parse.
            instance_ = cls(
                live_sessions_number,
                total_sessions_number,
                average_session_duration,
                average_messages_per_session,
                total_session_duration,
                average_words_per_ai_response,
                forward_to_human_agent,
                calls_over_time,
                calls_by_duration_buckets,
                additional_properties=d,
            )
        except (ModelParseError, *PARSE_FAILURES) as error:
            raise parse_failure(error, src_dict, d, cls._JSON_KEYS) from error
        return instance_
