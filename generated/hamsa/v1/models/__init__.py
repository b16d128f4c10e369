"""Contains all the data models used in inputs/outputs"""

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_phone_number_request import AddPhoneNumberRequest
    from .add_twilio_number_request import AddTwilioNumberRequest
    from .agent_details import AgentDetails
    from .agent_tools import AgentTools
    from .ai_content import AiContent
    from .ai_content_job import AiContentJob
    from .ai_content_job_response import AiContentJobResponse
    from .ai_part import AiPart
    from .alignment import Alignment
    from .analytics_overview import AnalyticsOverview
    from .analytics_overview_response import AnalyticsOverviewResponse
    from .analytics_period import AnalyticsPeriod
    from .analytics_satisfaction import AnalyticsSatisfaction
    from .analytics_satisfaction_response import AnalyticsSatisfactionResponse
    from .api_tool_test_event import ApiToolTestEvent
    from .api_tool_test_event_data import ApiToolTestEventData
    from .api_tool_test_payload import ApiToolTestPayload
    from .api_tool_test_request import ApiToolTestRequest
    from .assign_phone_number_request import AssignPhoneNumberRequest
    from .call import Call
    from .call_answered_webhook_event import CallAnsweredWebhookEvent
    from .call_duration_buckets import CallDurationBuckets
    from .call_ended_data import CallEndedData
    from .call_ended_details import CallEndedDetails
    from .call_ended_details_outcome_result import CallEndedDetailsOutcomeResult
    from .call_ended_details_transcription_item import CallEndedDetailsTranscriptionItem
    from .call_ended_webhook_event import CallEndedWebhookEvent
    from .call_params import CallParams
    from .call_response import CallResponse
    from .call_started_webhook_event import CallStartedWebhookEvent
    from .call_status import CallStatus
    from .calls_over_time_bucket import CallsOverTimeBucket
    from .clone_voice_agent_request import CloneVoiceAgentRequest
    from .conversation import Conversation
    from .conversation_agent_details import ConversationAgentDetails
    from .conversation_call_analysis import ConversationCallAnalysis
    from .conversation_job_response import ConversationJobResponse
    from .conversation_log import ConversationLog
    from .conversation_log_payload import ConversationLogPayload
    from .conversation_performance_metrics import ConversationPerformanceMetrics
    from .conversation_response import ConversationResponse
    from .conversation_summary import ConversationSummary
    from .conversation_summary_page import ConversationSummaryPage
    from .conversation_summary_page_response import ConversationSummaryPageResponse
    from .conversation_voice_agent import ConversationVoiceAgent
    from .conversation_voice_agent_voice_agent_knowledge_bases_item import (
        ConversationVoiceAgentVoiceAgentKnowledgeBasesItem,
    )
    from .conversation_voice_agent_voice_agent_knowledge_bases_item_knowledge_base_item import (
        ConversationVoiceAgentVoiceAgentKnowledgeBasesItemKnowledgeBaseItem,
    )
    from .conversation_voice_agent_voice_agent_web_tools_item import (
        ConversationVoiceAgentVoiceAgentWebToolsItem,
    )
    from .conversation_voice_agent_voice_agent_web_tools_item_web_tool import (
        ConversationVoiceAgentVoiceAgentWebToolsItemWebTool,
    )
    from .conversation_voice_agent_web_tools import ConversationVoiceAgentWebTools
    from .create_ai_content_request import CreateAiContentRequest
    from .create_knowledge_base_items_request import CreateKnowledgeBaseItemsRequest
    from .create_voice_agent_request import CreateVoiceAgentRequest
    from .create_voice_dictionary_request import CreateVoiceDictionaryRequest
    from .create_web_tool_request import CreateWebToolRequest
    from .custom_ai_content_request import CustomAiContentRequest
    from .custom_ai_part import CustomAiPart
    from .delete_knowledge_base_item_url_request import DeleteKnowledgeBaseItemUrlRequest
    from .dialect import Dialect
    from .error_response import ErrorResponse
    from .export_call_status import ExportCallStatus
    from .get_job_response import GetJobResponse
    from .greeting_message_type import GreetingMessageType
    from .http_method import HttpMethod
    from .job import Job
    from .job_attributes import JobAttributes
    from .job_id import JobId
    from .job_id_response import JobIdResponse
    from .job_response import JobResponse
    from .job_result_response import JobResultResponse
    from .job_sort import JobSort
    from .job_sort_direction import JobSortDirection
    from .job_status import JobStatus
    from .job_summary import JobSummary
    from .job_summary_page import JobSummaryPage
    from .job_summary_page_response import JobSummaryPageResponse
    from .job_type import JobType
    from .knowledge_base_item import KnowledgeBaseItem
    from .knowledge_base_item_input import KnowledgeBaseItemInput
    from .knowledge_base_item_page import KnowledgeBaseItemPage
    from .knowledge_base_item_page_response import KnowledgeBaseItemPageResponse
    from .knowledge_base_item_response import KnowledgeBaseItemResponse
    from .language import Language
    from .list_jobs_request import ListJobsRequest
    from .llm_config import LlmConfig
    from .outcome_response_shape import OutcomeResponseShape
    from .outcome_response_shape_items import OutcomeResponseShapeItems
    from .outcome_response_shape_properties import OutcomeResponseShapeProperties
    from .params import Params
    from .participant_token import ParticipantToken
    from .participant_token_request import ParticipantTokenRequest
    from .participant_token_request_params import ParticipantTokenRequestParams
    from .participant_token_response import ParticipantTokenResponse
    from .phone_number import PhoneNumber
    from .phone_number_call import PhoneNumberCall
    from .phone_number_call_request import PhoneNumberCallRequest
    from .phone_number_call_response import PhoneNumberCallResponse
    from .phone_number_list_response import PhoneNumberListResponse
    from .phone_number_provider import PhoneNumberProvider
    from .phone_number_response import PhoneNumberResponse
    from .processing_type import ProcessingType
    from .realtime_stt_request import RealtimeSttRequest
    from .realtime_stt_response import RealtimeSttResponse
    from .realtime_tts_request import RealtimeTtsRequest
    from .response_envelope import ResponseEnvelope
    from .sentiment_distribution import SentimentDistribution
    from .sip_inbound_config import SipInboundConfig
    from .sip_outbound_config import SipOutboundConfig
    from .sip_transport import SipTransport
    from .speaker import Speaker
    from .srt_options import SrtOptions
    from .start_call_request import StartCallRequest
    from .statistic_point import StatisticPoint
    from .statistic_value import StatisticValue
    from .statistics_chart import StatisticsChart
    from .statistics_chart_response import StatisticsChartResponse
    from .statistics_numbers import StatisticsNumbers
    from .statistics_numbers_response import StatisticsNumbersResponse
    from .string_map import StringMap
    from .stt_text import SttText
    from .text_to_speech_job_request import TextToSpeechJobRequest
    from .toggle_voice_dictionary_activation_request import ToggleVoiceDictionaryActivationRequest
    from .tool_executed_data import ToolExecutedData
    from .tool_executed_data_parameters import ToolExecutedDataParameters
    from .tool_executed_webhook_event import ToolExecutedWebhookEvent
    from .transcribe_request import TranscribeRequest
    from .transcription_model import TranscriptionModel
    from .transcription_update_data import TranscriptionUpdateData
    from .transcription_update_webhook_event import TranscriptionUpdateWebhookEvent
    from .twilio_call_request import TwilioCallRequest
    from .twilio_number import TwilioNumber
    from .twilio_number_response import TwilioNumberResponse
    from .unassign_phone_number_request import UnassignPhoneNumberRequest
    from .unassign_phone_number_response import UnassignPhoneNumberResponse
    from .update_knowledge_base_item_request import UpdateKnowledgeBaseItemRequest
    from .update_voice_agent_request import UpdateVoiceAgentRequest
    from .update_voice_dictionary_request import UpdateVoiceDictionaryRequest
    from .update_web_tool_request import UpdateWebToolRequest
    from .voice_agent import VoiceAgent
    from .voice_agent_page import VoiceAgentPage
    from .voice_agent_page_response import VoiceAgentPageResponse
    from .voice_agent_ref import VoiceAgentRef
    from .voice_agent_response import VoiceAgentResponse
    from .voice_dictionary import VoiceDictionary
    from .voice_dictionary_page import VoiceDictionaryPage
    from .voice_dictionary_page_response import VoiceDictionaryPageResponse
    from .voice_dictionary_response import VoiceDictionaryResponse
    from .voice_dictionary_summary import VoiceDictionarySummary
    from .voice_dictionary_word import VoiceDictionaryWord
    from .voice_record import VoiceRecord
    from .web_tool import WebTool
    from .web_tool_message import WebToolMessage
    from .web_tool_page import WebToolPage
    from .web_tool_page_response import WebToolPageResponse
    from .web_tool_parameters import WebToolParameters
    from .web_tool_parameters_properties import WebToolParametersProperties
    from .web_tool_params import WebToolParams
    from .web_tool_response import WebToolResponse
    from .web_tool_settings import WebToolSettings
    from .web_tool_settings_input import WebToolSettingsInput
    from .web_tool_type import WebToolType
    from .web_tools_overrides import WebToolsOverrides
    from .webhook_auth import WebhookAuth
    from .webhook_event import WebhookEvent
    from .webhook_event_data import WebhookEventData
    from .webhook_event_type import WebhookEventType

# Public name -> the module (relative to this package) that defines it.
_LAZY: dict[str, str] = {
    "AddPhoneNumberRequest": ".add_phone_number_request",
    "AddTwilioNumberRequest": ".add_twilio_number_request",
    "AgentDetails": ".agent_details",
    "AgentTools": ".agent_tools",
    "AiContent": ".ai_content",
    "AiContentJob": ".ai_content_job",
    "AiContentJobResponse": ".ai_content_job_response",
    "AiPart": ".ai_part",
    "Alignment": ".alignment",
    "AnalyticsOverview": ".analytics_overview",
    "AnalyticsOverviewResponse": ".analytics_overview_response",
    "AnalyticsPeriod": ".analytics_period",
    "AnalyticsSatisfaction": ".analytics_satisfaction",
    "AnalyticsSatisfactionResponse": ".analytics_satisfaction_response",
    "ApiToolTestEvent": ".api_tool_test_event",
    "ApiToolTestEventData": ".api_tool_test_event_data",
    "ApiToolTestPayload": ".api_tool_test_payload",
    "ApiToolTestRequest": ".api_tool_test_request",
    "AssignPhoneNumberRequest": ".assign_phone_number_request",
    "Call": ".call",
    "CallAnsweredWebhookEvent": ".call_answered_webhook_event",
    "CallDurationBuckets": ".call_duration_buckets",
    "CallEndedData": ".call_ended_data",
    "CallEndedDetails": ".call_ended_details",
    "CallEndedDetailsOutcomeResult": ".call_ended_details_outcome_result",
    "CallEndedDetailsTranscriptionItem": ".call_ended_details_transcription_item",
    "CallEndedWebhookEvent": ".call_ended_webhook_event",
    "CallParams": ".call_params",
    "CallResponse": ".call_response",
    "CallStartedWebhookEvent": ".call_started_webhook_event",
    "CallStatus": ".call_status",
    "CallsOverTimeBucket": ".calls_over_time_bucket",
    "CloneVoiceAgentRequest": ".clone_voice_agent_request",
    "Conversation": ".conversation",
    "ConversationAgentDetails": ".conversation_agent_details",
    "ConversationCallAnalysis": ".conversation_call_analysis",
    "ConversationJobResponse": ".conversation_job_response",
    "ConversationLog": ".conversation_log",
    "ConversationLogPayload": ".conversation_log_payload",
    "ConversationPerformanceMetrics": ".conversation_performance_metrics",
    "ConversationResponse": ".conversation_response",
    "ConversationSummary": ".conversation_summary",
    "ConversationSummaryPage": ".conversation_summary_page",
    "ConversationSummaryPageResponse": ".conversation_summary_page_response",
    "ConversationVoiceAgent": ".conversation_voice_agent",
    "ConversationVoiceAgentVoiceAgentKnowledgeBasesItem": ".conversation_voice_agent_voice_agent_knowledge_bases_item",
    "ConversationVoiceAgentVoiceAgentKnowledgeBasesItemKnowledgeBaseItem": ".conversation_voice_agent_voice_agent_knowledge_bases_item_knowledge_base_item",
    "ConversationVoiceAgentVoiceAgentWebToolsItem": ".conversation_voice_agent_voice_agent_web_tools_item",
    "ConversationVoiceAgentVoiceAgentWebToolsItemWebTool": ".conversation_voice_agent_voice_agent_web_tools_item_web_tool",
    "ConversationVoiceAgentWebTools": ".conversation_voice_agent_web_tools",
    "CreateAiContentRequest": ".create_ai_content_request",
    "CreateKnowledgeBaseItemsRequest": ".create_knowledge_base_items_request",
    "CreateVoiceAgentRequest": ".create_voice_agent_request",
    "CreateVoiceDictionaryRequest": ".create_voice_dictionary_request",
    "CreateWebToolRequest": ".create_web_tool_request",
    "CustomAiContentRequest": ".custom_ai_content_request",
    "CustomAiPart": ".custom_ai_part",
    "DeleteKnowledgeBaseItemUrlRequest": ".delete_knowledge_base_item_url_request",
    "Dialect": ".dialect",
    "ErrorResponse": ".error_response",
    "ExportCallStatus": ".export_call_status",
    "GetJobResponse": ".get_job_response",
    "GreetingMessageType": ".greeting_message_type",
    "HttpMethod": ".http_method",
    "Job": ".job",
    "JobAttributes": ".job_attributes",
    "JobId": ".job_id",
    "JobIdResponse": ".job_id_response",
    "JobResponse": ".job_response",
    "JobResultResponse": ".job_result_response",
    "JobSort": ".job_sort",
    "JobSortDirection": ".job_sort_direction",
    "JobStatus": ".job_status",
    "JobSummary": ".job_summary",
    "JobSummaryPage": ".job_summary_page",
    "JobSummaryPageResponse": ".job_summary_page_response",
    "JobType": ".job_type",
    "KnowledgeBaseItem": ".knowledge_base_item",
    "KnowledgeBaseItemInput": ".knowledge_base_item_input",
    "KnowledgeBaseItemPage": ".knowledge_base_item_page",
    "KnowledgeBaseItemPageResponse": ".knowledge_base_item_page_response",
    "KnowledgeBaseItemResponse": ".knowledge_base_item_response",
    "Language": ".language",
    "ListJobsRequest": ".list_jobs_request",
    "LlmConfig": ".llm_config",
    "OutcomeResponseShape": ".outcome_response_shape",
    "OutcomeResponseShapeItems": ".outcome_response_shape_items",
    "OutcomeResponseShapeProperties": ".outcome_response_shape_properties",
    "Params": ".params",
    "ParticipantToken": ".participant_token",
    "ParticipantTokenRequest": ".participant_token_request",
    "ParticipantTokenRequestParams": ".participant_token_request_params",
    "ParticipantTokenResponse": ".participant_token_response",
    "PhoneNumber": ".phone_number",
    "PhoneNumberCall": ".phone_number_call",
    "PhoneNumberCallRequest": ".phone_number_call_request",
    "PhoneNumberCallResponse": ".phone_number_call_response",
    "PhoneNumberListResponse": ".phone_number_list_response",
    "PhoneNumberProvider": ".phone_number_provider",
    "PhoneNumberResponse": ".phone_number_response",
    "ProcessingType": ".processing_type",
    "RealtimeSttRequest": ".realtime_stt_request",
    "RealtimeSttResponse": ".realtime_stt_response",
    "RealtimeTtsRequest": ".realtime_tts_request",
    "ResponseEnvelope": ".response_envelope",
    "SentimentDistribution": ".sentiment_distribution",
    "SipInboundConfig": ".sip_inbound_config",
    "SipOutboundConfig": ".sip_outbound_config",
    "SipTransport": ".sip_transport",
    "Speaker": ".speaker",
    "SrtOptions": ".srt_options",
    "StartCallRequest": ".start_call_request",
    "StatisticPoint": ".statistic_point",
    "StatisticValue": ".statistic_value",
    "StatisticsChart": ".statistics_chart",
    "StatisticsChartResponse": ".statistics_chart_response",
    "StatisticsNumbers": ".statistics_numbers",
    "StatisticsNumbersResponse": ".statistics_numbers_response",
    "StringMap": ".string_map",
    "SttText": ".stt_text",
    "TextToSpeechJobRequest": ".text_to_speech_job_request",
    "ToggleVoiceDictionaryActivationRequest": ".toggle_voice_dictionary_activation_request",
    "ToolExecutedData": ".tool_executed_data",
    "ToolExecutedDataParameters": ".tool_executed_data_parameters",
    "ToolExecutedWebhookEvent": ".tool_executed_webhook_event",
    "TranscribeRequest": ".transcribe_request",
    "TranscriptionModel": ".transcription_model",
    "TranscriptionUpdateData": ".transcription_update_data",
    "TranscriptionUpdateWebhookEvent": ".transcription_update_webhook_event",
    "TwilioCallRequest": ".twilio_call_request",
    "TwilioNumber": ".twilio_number",
    "TwilioNumberResponse": ".twilio_number_response",
    "UnassignPhoneNumberRequest": ".unassign_phone_number_request",
    "UnassignPhoneNumberResponse": ".unassign_phone_number_response",
    "UpdateKnowledgeBaseItemRequest": ".update_knowledge_base_item_request",
    "UpdateVoiceAgentRequest": ".update_voice_agent_request",
    "UpdateVoiceDictionaryRequest": ".update_voice_dictionary_request",
    "UpdateWebToolRequest": ".update_web_tool_request",
    "VoiceAgent": ".voice_agent",
    "VoiceAgentPage": ".voice_agent_page",
    "VoiceAgentPageResponse": ".voice_agent_page_response",
    "VoiceAgentRef": ".voice_agent_ref",
    "VoiceAgentResponse": ".voice_agent_response",
    "VoiceDictionary": ".voice_dictionary",
    "VoiceDictionaryPage": ".voice_dictionary_page",
    "VoiceDictionaryPageResponse": ".voice_dictionary_page_response",
    "VoiceDictionaryResponse": ".voice_dictionary_response",
    "VoiceDictionarySummary": ".voice_dictionary_summary",
    "VoiceDictionaryWord": ".voice_dictionary_word",
    "VoiceRecord": ".voice_record",
    "WebTool": ".web_tool",
    "WebToolMessage": ".web_tool_message",
    "WebToolPage": ".web_tool_page",
    "WebToolPageResponse": ".web_tool_page_response",
    "WebToolParameters": ".web_tool_parameters",
    "WebToolParametersProperties": ".web_tool_parameters_properties",
    "WebToolParams": ".web_tool_params",
    "WebToolResponse": ".web_tool_response",
    "WebToolSettings": ".web_tool_settings",
    "WebToolSettingsInput": ".web_tool_settings_input",
    "WebToolType": ".web_tool_type",
    "WebToolsOverrides": ".web_tools_overrides",
    "WebhookAuth": ".webhook_auth",
    "WebhookEvent": ".webhook_event",
    "WebhookEventData": ".webhook_event_data",
    "WebhookEventType": ".webhook_event_type",
}

__all__ = (
    "AddPhoneNumberRequest",
    "AddTwilioNumberRequest",
    "AgentDetails",
    "AgentTools",
    "AiContent",
    "AiContentJob",
    "AiContentJobResponse",
    "AiPart",
    "Alignment",
    "AnalyticsOverview",
    "AnalyticsOverviewResponse",
    "AnalyticsPeriod",
    "AnalyticsSatisfaction",
    "AnalyticsSatisfactionResponse",
    "ApiToolTestEvent",
    "ApiToolTestEventData",
    "ApiToolTestPayload",
    "ApiToolTestRequest",
    "AssignPhoneNumberRequest",
    "Call",
    "CallAnsweredWebhookEvent",
    "CallDurationBuckets",
    "CallEndedData",
    "CallEndedDetails",
    "CallEndedDetailsOutcomeResult",
    "CallEndedDetailsTranscriptionItem",
    "CallEndedWebhookEvent",
    "CallParams",
    "CallResponse",
    "CallsOverTimeBucket",
    "CallStartedWebhookEvent",
    "CallStatus",
    "CloneVoiceAgentRequest",
    "Conversation",
    "ConversationAgentDetails",
    "ConversationCallAnalysis",
    "ConversationJobResponse",
    "ConversationLog",
    "ConversationLogPayload",
    "ConversationPerformanceMetrics",
    "ConversationResponse",
    "ConversationSummary",
    "ConversationSummaryPage",
    "ConversationSummaryPageResponse",
    "ConversationVoiceAgent",
    "ConversationVoiceAgentVoiceAgentKnowledgeBasesItem",
    "ConversationVoiceAgentVoiceAgentKnowledgeBasesItemKnowledgeBaseItem",
    "ConversationVoiceAgentVoiceAgentWebToolsItem",
    "ConversationVoiceAgentVoiceAgentWebToolsItemWebTool",
    "ConversationVoiceAgentWebTools",
    "CreateAiContentRequest",
    "CreateKnowledgeBaseItemsRequest",
    "CreateVoiceAgentRequest",
    "CreateVoiceDictionaryRequest",
    "CreateWebToolRequest",
    "CustomAiContentRequest",
    "CustomAiPart",
    "DeleteKnowledgeBaseItemUrlRequest",
    "Dialect",
    "ErrorResponse",
    "ExportCallStatus",
    "GetJobResponse",
    "GreetingMessageType",
    "HttpMethod",
    "Job",
    "JobAttributes",
    "JobId",
    "JobIdResponse",
    "JobResponse",
    "JobResultResponse",
    "JobSort",
    "JobSortDirection",
    "JobStatus",
    "JobSummary",
    "JobSummaryPage",
    "JobSummaryPageResponse",
    "JobType",
    "KnowledgeBaseItem",
    "KnowledgeBaseItemInput",
    "KnowledgeBaseItemPage",
    "KnowledgeBaseItemPageResponse",
    "KnowledgeBaseItemResponse",
    "Language",
    "ListJobsRequest",
    "LlmConfig",
    "OutcomeResponseShape",
    "OutcomeResponseShapeItems",
    "OutcomeResponseShapeProperties",
    "Params",
    "ParticipantToken",
    "ParticipantTokenRequest",
    "ParticipantTokenRequestParams",
    "ParticipantTokenResponse",
    "PhoneNumber",
    "PhoneNumberCall",
    "PhoneNumberCallRequest",
    "PhoneNumberCallResponse",
    "PhoneNumberListResponse",
    "PhoneNumberProvider",
    "PhoneNumberResponse",
    "ProcessingType",
    "RealtimeSttRequest",
    "RealtimeSttResponse",
    "RealtimeTtsRequest",
    "ResponseEnvelope",
    "SentimentDistribution",
    "SipInboundConfig",
    "SipOutboundConfig",
    "SipTransport",
    "Speaker",
    "SrtOptions",
    "StartCallRequest",
    "StatisticPoint",
    "StatisticsChart",
    "StatisticsChartResponse",
    "StatisticsNumbers",
    "StatisticsNumbersResponse",
    "StatisticValue",
    "StringMap",
    "SttText",
    "TextToSpeechJobRequest",
    "ToggleVoiceDictionaryActivationRequest",
    "ToolExecutedData",
    "ToolExecutedDataParameters",
    "ToolExecutedWebhookEvent",
    "TranscribeRequest",
    "TranscriptionModel",
    "TranscriptionUpdateData",
    "TranscriptionUpdateWebhookEvent",
    "TwilioCallRequest",
    "TwilioNumber",
    "TwilioNumberResponse",
    "UnassignPhoneNumberRequest",
    "UnassignPhoneNumberResponse",
    "UpdateKnowledgeBaseItemRequest",
    "UpdateVoiceAgentRequest",
    "UpdateVoiceDictionaryRequest",
    "UpdateWebToolRequest",
    "VoiceAgent",
    "VoiceAgentPage",
    "VoiceAgentPageResponse",
    "VoiceAgentRef",
    "VoiceAgentResponse",
    "VoiceDictionary",
    "VoiceDictionaryPage",
    "VoiceDictionaryPageResponse",
    "VoiceDictionaryResponse",
    "VoiceDictionarySummary",
    "VoiceDictionaryWord",
    "VoiceRecord",
    "WebhookAuth",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventType",
    "WebTool",
    "WebToolMessage",
    "WebToolPage",
    "WebToolPageResponse",
    "WebToolParameters",
    "WebToolParametersProperties",
    "WebToolParams",
    "WebToolResponse",
    "WebToolSettings",
    "WebToolSettingsInput",
    "WebToolsOverrides",
    "WebToolType",
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this hook
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


_MODULE_DICT = vars(types.ModuleType)["__dict__"]


class _ModelsPackage(types.ModuleType):
    """This package's module type: its namespace, once read as a whole, holds every model."""

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]
        namespace: dict[str, Any] = _MODULE_DICT.__get__(self)
        for name in _LAZY:
            if name not in namespace:
                __getattr__(name)
        return namespace


sys.modules[__name__].__class__ = _ModelsPackage
