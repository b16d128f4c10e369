"""Credential header values in a web tool's httpHeaders stay out of reprs and debug logs."""

from __future__ import annotations

import copy
import logging

import pytest
import respx
from hamsa import Hamsa
from hamsa.v1.models.web_tool import WebTool
from sdk_harness import example

BASE_URL = "https://api.hamsa.test"
BEARER = "Bearer tool-secret-9f8e7d"
API_KEY = "xk-tool-secret-1a2b3c"


def tool_with_headers() -> dict[str, object]:
    body = copy.deepcopy(example("v1_get_web_tool.response"))
    settings = body["data"]["toolSettings"]
    settings["httpHeaders"] = {"Authorization": BEARER, "X-API-Key": API_KEY, "Accept": "json"}
    return body


def test_a_web_tool_repr_masks_credential_headers() -> None:
    tool = WebTool.from_dict(tool_with_headers()["data"])
    text = repr(tool)
    assert BEARER not in text and API_KEY not in text
    assert "'Accept': 'json'" in text  # other headers stay readable
    assert tool.tool_settings.http_headers.additional_properties["Authorization"] == BEARER


def test_debug_logs_mask_credential_headers_both_ways(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="hamsa")
    with (
        Hamsa(api_key="hk_headers_0123456789", base_url=BASE_URL) as client,
        respx.mock(base_url=BASE_URL) as api,
    ):
        api.post("/v1/voice-agents/web-tool").respond(200, json=tool_with_headers())
        client.web_tools.create(
            type="FUNCTION",
            name="Weather",
            async_=True,
            tool_settings={
                "server_url": "https://tools.example.com/weather",
                "method_type": "GET",
                "http_headers": {"Authorization": BEARER, "X-API-Key": API_KEY},
            },
        )
    assert "web-tool" in caplog.text  # the exchange was logged
    assert BEARER not in caplog.text and API_KEY not in caplog.text
