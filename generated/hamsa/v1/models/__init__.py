"""Contains all the data models used in inputs/outputs"""

from .add_phone_number_request import AddPhoneNumberRequest
from .agent_details import AgentDetails
from .agent_tools import AgentTools
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
from .create_knowledge_base_items_request import CreateKnowledgeBaseItemsRequest
from .create_voice_agent_request import CreateVoiceAgentRequest
from .create_voice_dictionary_request import CreateVoiceDictionaryRequest
from .create_web_tool_request import CreateWebToolRequest
from .delete_knowledge_base_item_url_request import DeleteKnowledgeBaseItemUrlRequest
from .error_response import ErrorResponse
from .export_call_status import ExportCallStatus
from .greeting_message_type import GreetingMessageType
from .http_method import HttpMethod
from .job_response import JobResponse
from .knowledge_base_item import KnowledgeBaseItem
from .knowledge_base_item_input import KnowledgeBaseItemInput
from .knowledge_base_item_page import KnowledgeBaseItemPage
from .knowledge_base_item_page_response import KnowledgeBaseItemPageResponse
from .knowledge_base_item_response import KnowledgeBaseItemResponse
from .language import Language
from .llm_config import LlmConfig
from .outcome_response_shape import OutcomeResponseShape
from .outcome_response_shape_items import OutcomeResponseShapeItems
from .outcome_response_shape_properties import OutcomeResponseShapeProperties
from .params import Params
from .phone_number import PhoneNumber
from .phone_number_call import PhoneNumberCall
from .phone_number_call_request import PhoneNumberCallRequest
from .phone_number_call_response import PhoneNumberCallResponse
from .phone_number_list_response import PhoneNumberListResponse
from .phone_number_provider import PhoneNumberProvider
from .phone_number_response import PhoneNumberResponse
from .response_envelope import ResponseEnvelope
from .sentiment_distribution import SentimentDistribution
from .sip_inbound_config import SipInboundConfig
from .sip_outbound_config import SipOutboundConfig
from .sip_transport import SipTransport
from .start_call_request import StartCallRequest
from .string_map import StringMap
from .toggle_voice_dictionary_activation_request import ToggleVoiceDictionaryActivationRequest
from .tool_executed_data import ToolExecutedData
from .tool_executed_data_parameters import ToolExecutedDataParameters
from .tool_executed_webhook_event import ToolExecutedWebhookEvent
from .transcription_update_data import TranscriptionUpdateData
from .transcription_update_webhook_event import TranscriptionUpdateWebhookEvent
from .twilio_call_request import TwilioCallRequest
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

__all__ = (
    "AddPhoneNumberRequest",
    "AgentDetails",
    "AgentTools",
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
    "CreateKnowledgeBaseItemsRequest",
    "CreateVoiceAgentRequest",
    "CreateVoiceDictionaryRequest",
    "CreateWebToolRequest",
    "DeleteKnowledgeBaseItemUrlRequest",
    "ErrorResponse",
    "ExportCallStatus",
    "GreetingMessageType",
    "HttpMethod",
    "JobResponse",
    "KnowledgeBaseItem",
    "KnowledgeBaseItemInput",
    "KnowledgeBaseItemPage",
    "KnowledgeBaseItemPageResponse",
    "KnowledgeBaseItemResponse",
    "Language",
    "LlmConfig",
    "OutcomeResponseShape",
    "OutcomeResponseShapeItems",
    "OutcomeResponseShapeProperties",
    "Params",
    "PhoneNumber",
    "PhoneNumberCall",
    "PhoneNumberCallRequest",
    "PhoneNumberCallResponse",
    "PhoneNumberListResponse",
    "PhoneNumberProvider",
    "PhoneNumberResponse",
    "ResponseEnvelope",
    "SentimentDistribution",
    "SipInboundConfig",
    "SipOutboundConfig",
    "SipTransport",
    "StartCallRequest",
    "StringMap",
    "ToggleVoiceDictionaryActivationRequest",
    "ToolExecutedData",
    "ToolExecutedDataParameters",
    "ToolExecutedWebhookEvent",
    "TranscriptionUpdateData",
    "TranscriptionUpdateWebhookEvent",
    "TwilioCallRequest",
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
