"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .alignment import Alignment
from .call_settings import CallSettings
from .conversation import Conversation
from .create_voice_agent_request import CreateVoiceAgentRequest
from .create_web_tool_request import CreateWebToolRequest
from .error_response import ErrorResponse
from .http_headers import HttpHeaders
from .language import Language
from .llm import Llm
from .outcome_response_shape import OutcomeResponseShape
from .outcome_response_shape_items import OutcomeResponseShapeItems
from .outcome_response_shape_properties import OutcomeResponseShapeProperties
from .params import Params
from .path_parameters import PathParameters
from .phone_number_ref import PhoneNumberRef
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

__all__ = (
    "Account",
    "Alignment",
    "CallSettings",
    "Conversation",
    "CreateVoiceAgentRequest",
    "CreateWebToolRequest",
    "ErrorResponse",
    "HttpHeaders",
    "Language",
    "Llm",
    "OutcomeResponseShape",
    "OutcomeResponseShapeItems",
    "OutcomeResponseShapeProperties",
    "Params",
    "PathParameters",
    "PhoneNumberRef",
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
