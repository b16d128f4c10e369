"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .alignment import Alignment
from .call_settings import CallSettings
from .conversation import Conversation
from .create_voice_agent_request import CreateVoiceAgentRequest
from .error_response import ErrorResponse
from .language import Language
from .llm import Llm
from .outcome_response_shape import OutcomeResponseShape
from .outcome_response_shape_items import OutcomeResponseShapeItems
from .outcome_response_shape_properties import OutcomeResponseShapeProperties
from .params import Params
from .phone_number_ref import PhoneNumberRef
from .resolved_web_tool import ResolvedWebTool
from .response_envelope import ResponseEnvelope
from .tool_overrides import ToolOverrides
from .tool_test_result import ToolTestResult
from .tts_params import TtsParams
from .voice import Voice
from .voice_agent import VoiceAgent
from .voice_agent_response import VoiceAgentResponse
from .voice_agent_type import VoiceAgentType
from .voice_record import VoiceRecord
from .voice_record_details import VoiceRecordDetails
from .web_tool_ref import WebToolRef
from .webhook_auth import WebhookAuth
from .workflow import Workflow

__all__ = (
    "Account",
    "Alignment",
    "CallSettings",
    "Conversation",
    "CreateVoiceAgentRequest",
    "ErrorResponse",
    "Language",
    "Llm",
    "OutcomeResponseShape",
    "OutcomeResponseShapeItems",
    "OutcomeResponseShapeProperties",
    "Params",
    "PhoneNumberRef",
    "ResolvedWebTool",
    "ResponseEnvelope",
    "ToolOverrides",
    "ToolTestResult",
    "TtsParams",
    "Voice",
    "VoiceAgent",
    "VoiceAgentResponse",
    "VoiceAgentType",
    "VoiceRecord",
    "VoiceRecordDetails",
    "WebhookAuth",
    "WebToolRef",
    "Workflow",
)
