"""Contains all the data models used in inputs/outputs"""

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .ai_content_language import AiContentLanguage
    from .ai_part import AiPart
    from .alignment import Alignment
    from .call_settings import CallSettings
    from .conversation import Conversation
    from .create_job_request import CreateJobRequest
    from .create_job_request_processing_type import CreateJobRequestProcessingType
    from .create_job_request_type import CreateJobRequestType
    from .create_voice_agent_request import CreateVoiceAgentRequest
    from .create_voice_request import CreateVoiceRequest
    from .create_web_tool_request import CreateWebToolRequest
    from .created_voice import CreatedVoice
    from .created_voice_response import CreatedVoiceResponse
    from .error_response import ErrorResponse
    from .extract_transcription_request import ExtractTranscriptionRequest
    from .extracted_transcription import ExtractedTranscription
    from .extracted_transcription_response import ExtractedTranscriptionResponse
    from .generate_transcription_ai_content_request import GenerateTranscriptionAiContentRequest
    from .http_headers import HttpHeaders
    from .job import Job
    from .job_attributes import JobAttributes
    from .job_id import JobId
    from .job_id_response import JobIdResponse
    from .job_page import JobPage
    from .job_page_response import JobPageResponse
    from .job_response import JobResponse
    from .job_sort_field import JobSortField
    from .job_status import JobStatus
    from .job_summary import JobSummary
    from .language import Language
    from .list_jobs_order_by import ListJobsOrderBy
    from .llm import Llm
    from .outcome_response_shape import OutcomeResponseShape
    from .outcome_response_shape_items import OutcomeResponseShapeItems
    from .outcome_response_shape_properties import OutcomeResponseShapeProperties
    from .params import Params
    from .path_parameters import PathParameters
    from .phone_number_ref import PhoneNumberRef
    from .preload_voice_request import PreloadVoiceRequest
    from .preload_voice_response import PreloadVoiceResponse
    from .preview_voice_request import PreviewVoiceRequest
    from .resolved_web_tool import ResolvedWebTool
    from .response_envelope import ResponseEnvelope
    from .sort_order import SortOrder
    from .stored_web_tool_params import StoredWebToolParams
    from .tool_overrides import ToolOverrides
    from .tool_test_result import ToolTestResult
    from .tts_params import TtsParams
    from .update_voice_agent_request import UpdateVoiceAgentRequest
    from .update_web_tool_request import UpdateWebToolRequest
    from .voice import Voice
    from .voice_agent import VoiceAgent
    from .voice_agent_page import VoiceAgentPage
    from .voice_agent_page_response import VoiceAgentPageResponse
    from .voice_agent_response import VoiceAgentResponse
    from .voice_agent_sort_field import VoiceAgentSortField
    from .voice_agent_type import VoiceAgentType
    from .voice_language import VoiceLanguage
    from .voice_preview import VoicePreview
    from .voice_preview_response import VoicePreviewResponse
    from .voice_record import VoiceRecord
    from .voice_record_details import VoiceRecordDetails
    from .web_tool import WebTool
    from .web_tool_message import WebToolMessage
    from .web_tool_page import WebToolPage
    from .web_tool_page_response import WebToolPageResponse
    from .web_tool_parameter import WebToolParameter
    from .web_tool_parameter_map import WebToolParameterMap
    from .web_tool_parameters import WebToolParameters
    from .web_tool_ref import WebToolRef
    from .web_tool_response import WebToolResponse
    from .web_tool_settings import WebToolSettings
    from .web_tool_settings_request import WebToolSettingsRequest
    from .web_tool_type import WebToolType
    from .webhook_auth import WebhookAuth
    from .workflow import Workflow
    from .workflow_custom_variable import WorkflowCustomVariable
    from .workflow_edge import WorkflowEdge
    from .workflow_node import WorkflowNode
    from .workflow_node_metadata import WorkflowNodeMetadata
    from .workflow_position import WorkflowPosition
    from .workflow_transition import WorkflowTransition

# Public name -> the module (relative to this package) that defines it.
_LAZY: dict[str, str] = {
    "Account": ".account",
    "AiContentLanguage": ".ai_content_language",
    "AiPart": ".ai_part",
    "Alignment": ".alignment",
    "CallSettings": ".call_settings",
    "Conversation": ".conversation",
    "CreateJobRequest": ".create_job_request",
    "CreateJobRequestProcessingType": ".create_job_request_processing_type",
    "CreateJobRequestType": ".create_job_request_type",
    "CreateVoiceAgentRequest": ".create_voice_agent_request",
    "CreateVoiceRequest": ".create_voice_request",
    "CreateWebToolRequest": ".create_web_tool_request",
    "CreatedVoice": ".created_voice",
    "CreatedVoiceResponse": ".created_voice_response",
    "ErrorResponse": ".error_response",
    "ExtractTranscriptionRequest": ".extract_transcription_request",
    "ExtractedTranscription": ".extracted_transcription",
    "ExtractedTranscriptionResponse": ".extracted_transcription_response",
    "GenerateTranscriptionAiContentRequest": ".generate_transcription_ai_content_request",
    "HttpHeaders": ".http_headers",
    "Job": ".job",
    "JobAttributes": ".job_attributes",
    "JobId": ".job_id",
    "JobIdResponse": ".job_id_response",
    "JobPage": ".job_page",
    "JobPageResponse": ".job_page_response",
    "JobResponse": ".job_response",
    "JobSortField": ".job_sort_field",
    "JobStatus": ".job_status",
    "JobSummary": ".job_summary",
    "Language": ".language",
    "ListJobsOrderBy": ".list_jobs_order_by",
    "Llm": ".llm",
    "OutcomeResponseShape": ".outcome_response_shape",
    "OutcomeResponseShapeItems": ".outcome_response_shape_items",
    "OutcomeResponseShapeProperties": ".outcome_response_shape_properties",
    "Params": ".params",
    "PathParameters": ".path_parameters",
    "PhoneNumberRef": ".phone_number_ref",
    "PreloadVoiceRequest": ".preload_voice_request",
    "PreloadVoiceResponse": ".preload_voice_response",
    "PreviewVoiceRequest": ".preview_voice_request",
    "ResolvedWebTool": ".resolved_web_tool",
    "ResponseEnvelope": ".response_envelope",
    "SortOrder": ".sort_order",
    "StoredWebToolParams": ".stored_web_tool_params",
    "ToolOverrides": ".tool_overrides",
    "ToolTestResult": ".tool_test_result",
    "TtsParams": ".tts_params",
    "UpdateVoiceAgentRequest": ".update_voice_agent_request",
    "UpdateWebToolRequest": ".update_web_tool_request",
    "Voice": ".voice",
    "VoiceAgent": ".voice_agent",
    "VoiceAgentPage": ".voice_agent_page",
    "VoiceAgentPageResponse": ".voice_agent_page_response",
    "VoiceAgentResponse": ".voice_agent_response",
    "VoiceAgentSortField": ".voice_agent_sort_field",
    "VoiceAgentType": ".voice_agent_type",
    "VoiceLanguage": ".voice_language",
    "VoicePreview": ".voice_preview",
    "VoicePreviewResponse": ".voice_preview_response",
    "VoiceRecord": ".voice_record",
    "VoiceRecordDetails": ".voice_record_details",
    "WebTool": ".web_tool",
    "WebToolMessage": ".web_tool_message",
    "WebToolPage": ".web_tool_page",
    "WebToolPageResponse": ".web_tool_page_response",
    "WebToolParameter": ".web_tool_parameter",
    "WebToolParameterMap": ".web_tool_parameter_map",
    "WebToolParameters": ".web_tool_parameters",
    "WebToolRef": ".web_tool_ref",
    "WebToolResponse": ".web_tool_response",
    "WebToolSettings": ".web_tool_settings",
    "WebToolSettingsRequest": ".web_tool_settings_request",
    "WebToolType": ".web_tool_type",
    "WebhookAuth": ".webhook_auth",
    "Workflow": ".workflow",
    "WorkflowCustomVariable": ".workflow_custom_variable",
    "WorkflowEdge": ".workflow_edge",
    "WorkflowNode": ".workflow_node",
    "WorkflowNodeMetadata": ".workflow_node_metadata",
    "WorkflowPosition": ".workflow_position",
    "WorkflowTransition": ".workflow_transition",
}

__all__ = (
    "Account",
    "AiContentLanguage",
    "AiPart",
    "Alignment",
    "CallSettings",
    "Conversation",
    "CreatedVoice",
    "CreatedVoiceResponse",
    "CreateJobRequest",
    "CreateJobRequestProcessingType",
    "CreateJobRequestType",
    "CreateVoiceAgentRequest",
    "CreateVoiceRequest",
    "CreateWebToolRequest",
    "ErrorResponse",
    "ExtractedTranscription",
    "ExtractedTranscriptionResponse",
    "ExtractTranscriptionRequest",
    "GenerateTranscriptionAiContentRequest",
    "HttpHeaders",
    "Job",
    "JobAttributes",
    "JobId",
    "JobIdResponse",
    "JobPage",
    "JobPageResponse",
    "JobResponse",
    "JobSortField",
    "JobStatus",
    "JobSummary",
    "Language",
    "ListJobsOrderBy",
    "Llm",
    "OutcomeResponseShape",
    "OutcomeResponseShapeItems",
    "OutcomeResponseShapeProperties",
    "Params",
    "PathParameters",
    "PhoneNumberRef",
    "PreloadVoiceRequest",
    "PreloadVoiceResponse",
    "PreviewVoiceRequest",
    "ResolvedWebTool",
    "ResponseEnvelope",
    "SortOrder",
    "StoredWebToolParams",
    "ToolOverrides",
    "ToolTestResult",
    "TtsParams",
    "UpdateVoiceAgentRequest",
    "UpdateWebToolRequest",
    "Voice",
    "VoiceAgent",
    "VoiceAgentPage",
    "VoiceAgentPageResponse",
    "VoiceAgentResponse",
    "VoiceAgentSortField",
    "VoiceAgentType",
    "VoiceLanguage",
    "VoicePreview",
    "VoicePreviewResponse",
    "VoiceRecord",
    "VoiceRecordDetails",
    "WebhookAuth",
    "WebTool",
    "WebToolMessage",
    "WebToolPage",
    "WebToolPageResponse",
    "WebToolParameter",
    "WebToolParameterMap",
    "WebToolParameters",
    "WebToolRef",
    "WebToolResponse",
    "WebToolSettings",
    "WebToolSettingsRequest",
    "WebToolType",
    "Workflow",
    "WorkflowCustomVariable",
    "WorkflowEdge",
    "WorkflowNode",
    "WorkflowNodeMetadata",
    "WorkflowPosition",
    "WorkflowTransition",
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
