"""Contains all the data models used in inputs/outputs"""

from .agent_details import AgentDetails
from .agent_tools import AgentTools
from .alignment import Alignment
from .call import Call
from .call_params import CallParams
from .call_response import CallResponse
from .call_status import CallStatus
from .clone_voice_agent_request import CloneVoiceAgentRequest
from .conversation import Conversation
from .conversation_agent_details import ConversationAgentDetails
from .conversation_call_analysis import ConversationCallAnalysis
from .conversation_job_response import ConversationJobResponse
from .conversation_log import ConversationLog
from .conversation_log_payload import ConversationLogPayload
from .conversation_performance_metrics import ConversationPerformanceMetrics
from .conversation_response import ConversationResponse
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
    "CallParams",
    "CallResponse",
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
    "ConversationVoiceAgent",
    "ConversationVoiceAgentVoiceAgentKnowledgeBasesItem",
    "ConversationVoiceAgentVoiceAgentKnowledgeBasesItemKnowledgeBaseItem",
    "ConversationVoiceAgentVoiceAgentWebToolsItem",
    "ConversationVoiceAgentVoiceAgentWebToolsItemWebTool",
    "ConversationVoiceAgentWebTools",
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
