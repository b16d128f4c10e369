"""Contains all the data models used in inputs/outputs"""

from .agent_details import AgentDetails
from .agent_tools import AgentTools
from .alignment import Alignment
from .call import Call
from .call_response import CallResponse
from .clone_voice_agent_request import CloneVoiceAgentRequest
from .error_response import ErrorResponse
from .job_response import JobResponse
from .language import Language
from .llm_config import LlmConfig
from .outcome_response_shape import OutcomeResponseShape
from .outcome_response_shape_items import OutcomeResponseShapeItems
from .outcome_response_shape_properties import OutcomeResponseShapeProperties
from .params import Params
from .response_envelope import ResponseEnvelope
from .start_call_request import StartCallRequest
from .update_voice_agent_request import UpdateVoiceAgentRequest
from .voice_agent import VoiceAgent
from .voice_agent_response import VoiceAgentResponse
from .voice_record import VoiceRecord
from .web_tools_overrides import WebToolsOverrides
from .webhook_auth import WebhookAuth

__all__ = (
    "AgentDetails",
    "AgentTools",
    "Alignment",
    "Call",
    "CallResponse",
    "CloneVoiceAgentRequest",
    "ErrorResponse",
    "JobResponse",
    "Language",
    "LlmConfig",
    "OutcomeResponseShape",
    "OutcomeResponseShapeItems",
    "OutcomeResponseShapeProperties",
    "Params",
    "ResponseEnvelope",
    "StartCallRequest",
    "UpdateVoiceAgentRequest",
    "VoiceAgent",
    "VoiceAgentResponse",
    "VoiceRecord",
    "WebhookAuth",
    "WebToolsOverrides",
)
