"""MockHamsa beyond agents: web tools, knowledge base, voice dictionaries, phone numbers, calls
from your own numbers, the conversation list and export, and analytics.

Driven through hamsa.Hamsa and hamsa.AsyncHamsa (the shared Sdk harness), as an app under test
would: what one call stores, the next reads back; updates merge; lists page; the server's
refusals arrive as the SDK's typed errors. A few wire-level checks use plain httpx, where the
SDK's own checks would stop the request before the mock sees it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import hamsa
import httpx
import pytest
from hamsa.testing import MockHamsa
from hamsa.v2.models import CreateWebToolRequest as V2CreateWebTool
from hamsa.v2.models import UpdateWebToolRequest as V2UpdateWebTool
from sdk_harness import Sdk

API_KEY = "hk_mock_platform_0123"
AUTH = {"Authorization": f"Token {API_KEY}"}
UNKNOWN_ID = "48f7656f-098b-4c43-b165-7cfd2cc8ac30"
OWN_NUMBER = "+15550001111"
CALLEE = "+15551234567"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
WEATHER: dict[str, Any] = {
    "type": "FUNCTION",
    "name": "Weather",
    "async_": False,
    "description": "Current weather for a city",
    "tool_settings": {
        "server_url": "https://api.example.com/weather",
        "method_type": "GET",
        "time_out": 15,
        "http_headers": {"X-Api-Version": "2"},
    },
    "messages": [{"type": "REQUEST_START", "content": "Checking the weather..."}],
    "params": {
        "type": "object",
        "properties": {"city": {"type": "string", "description": "City name"}},
        "required": ["city"],
    },
}


@pytest.fixture
def mock() -> Iterator[MockHamsa]:
    with MockHamsa(api_key=API_KEY) as server:
        yield server


@pytest.fixture
def sdk(make_sdk: Callable[..., Sdk], mock: MockHamsa) -> Sdk:
    return make_sdk(base_url=mock.base_url, api_key=mock.api_key)


@pytest.fixture
def http(mock: MockHamsa) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=mock.base_url, headers=AUTH, timeout=10) as client:
        yield client


def every_item(sdk: Sdk, open_list: Callable[[Any], Any]) -> list[Any]:
    """Every item of the paginator ``open_list(client)`` returns: a SyncPaginator, or an
    AsyncPaginator iterated with `async for`."""
    paginator = open_list(sdk.client)
    if sdk.kind == "sync":
        return list(paginator)

    async def gather() -> list[Any]:
        return [item async for item in paginator]

    return list(sdk.wait(gather()))


def list_queries(mock: MockHamsa, path: str) -> list[dict[str, str]]:
    return [dict(r.query) for r in mock.requests if r.path == path]


def add_number(sdk: Sdk, number: str = OWN_NUMBER, **fields: Any) -> Any:
    fields.setdefault("label", "Main line")
    return sdk.run(
        lambda c: c.phone_numbers.add(
            phone_number=number, twilio_account_sid="AC123", twilio_auth_token="tw-secret", **fields
        )
    )


def sheet_rows(workbook: bytes) -> list[list[str]]:
    """The cell texts of an .xlsx's first sheet, row by row."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        assert archive.testzip() is None
        root = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    return [
        ["".join(cell.itertext()) for cell in row.iter(f"{SHEET}c")]
        for row in root.iter(f"{SHEET}row")
    ]


# --- web tools --------------------------------------------------------------------------------


def test_a_web_tool_persists_and_reads_back_in_the_stored_shape(sdk: Sdk, mock: MockHamsa) -> None:
    created = sdk.run(lambda c: c.web_tools.create(**WEATHER))

    fetched = sdk.run(lambda c: c.web_tools.get(created.id))

    assert fetched.to_wire() == created.to_wire()
    assert (fetched.name, fetched.type, fetched.version, fetched.is_active) == (
        "Weather",
        "FUNCTION",
        1,
        True,
    )
    assert fetched.async_ is False
    # As the docs describe the service: timeOut (s) comes back as timeout (ms), and the
    # JSON-Schema params as the flat map of arguments.
    assert fetched.tool_settings.timeout == 15000
    assert fetched.tool_settings.http_headers.to_wire() == {"X-Api-Version": "2"}
    assert fetched.params.to_wire() == {"city": {"type": "string", "description": "City name"}}
    assert [m.content for m in fetched.messages] == ["Checking the weather..."]
    assert set(mock.web_tools) == {created.id}
    assert mock.web_tools[created.id].project_id == created.project_id


def test_a_web_tool_update_changes_only_what_it_sends(sdk: Sdk) -> None:
    tool = sdk.run(lambda c: c.web_tools.create(**WEATHER))

    updated = sdk.run(lambda c: c.web_tools.update(tool.id, name="Weather v2"))

    assert (updated.id, updated.name, updated.version) == (tool.id, "Weather v2", 2)
    assert updated.description == "Current weather for a city"
    assert updated.tool_settings.to_wire() == tool.tool_settings.to_wire()
    settings = {"server_url": "https://api.example.com/v2", "method_type": "POST"}
    moved = sdk.run(lambda c: c.web_tools.update(tool.id, tool_settings=settings))
    assert moved.tool_settings.server_url == "https://api.example.com/v2"
    assert moved.tool_settings.timeout == 15000  # kept: this update sent no time_out
    assert sdk.run(lambda c: c.web_tools.get(tool.id)).version == 3


def test_web_tools_list_newest_first_page_by_page(sdk: Sdk, mock: MockHamsa) -> None:
    for name in ("One", "Two", "Three"):
        sdk.run(lambda c, name=name: c.web_tools.create(type="MCP", name=name))

    tools = every_item(sdk, lambda c: c.web_tools.list(page_size=2))

    assert [t.name for t in tools] == ["Three", "Two", "One"]
    assert list_queries(mock, "/v1/voice-agents/web-tool/list") == [
        {"skip": "1", "take": "2"},
        {"skip": "2", "take": "2"},
    ]
    page = sdk.run(lambda c: c.web_tools.with_raw_response.list(page=2, page_size=2)).parsed
    assert ([t.name for t in page.items], page.total, page.filtered) == (["One"], 3, 3)


def test_the_list_filters_by_the_agent_that_uses_a_tool(sdk: Sdk) -> None:
    used = sdk.run(lambda c: c.web_tools.create(type="MCP", name="Used"))
    sdk.run(lambda c: c.web_tools.create(type="MCP", name="Unused"))
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support", tools=[{"tool_id": used.id}]))

    attached = every_item(sdk, lambda c: c.web_tools.list(voice_agent_id=agent.id))

    assert [t.name for t in attached] == ["Used"]
    assert len(every_item(sdk, lambda c: c.web_tools.list(is_active=True))) == 2
    assert every_item(sdk, lambda c: c.web_tools.list(is_active=False)) == []


def test_an_mcp_tool_refuses_async_which_only_the_server_can_tell(sdk: Sdk) -> None:
    server = sdk.run(lambda c: c.web_tools.create(type="MCP", name="Files"))
    assert server.async_ is None and server.params is None

    # The SDK can't know the stored tool is MCP, so the request goes out; the mock refuses it.
    with pytest.raises(hamsa.BadRequestError) as caught:
        sdk.run(lambda c: c.web_tools.update(server.id, async_=True))

    assert caught.value.message_key == "ValidationError"
    assert caught.value.body["errors"] == [
        {"field": "async", "message": "is not allowed for MCP tools"}
    ]
    assert sdk.run(lambda c: c.web_tools.get(server.id)).version == 1  # unchanged


def test_unknown_web_tools_answer_not_found(sdk: Sdk) -> None:
    with pytest.raises(hamsa.NotFoundError) as missing:
        sdk.run(lambda c: c.web_tools.get(UNKNOWN_ID))
    assert missing.value.message_key == "WebToolNotFound"
    with pytest.raises(hamsa.NotFoundError):
        sdk.run(lambda c: c.web_tools.update(UNKNOWN_ID, name="x"))
    with pytest.raises(hamsa.NotFoundError):
        sdk.run(lambda c: c.v2.web_tools.update_web_tool(UNKNOWN_ID, body=V2UpdateWebTool()))


def test_testing_an_api_tool_answers_the_documented_event_without_calling_it(
    sdk: Sdk, mock: MockHamsa
) -> None:
    event = sdk.run(
        lambda c: c.web_tools.test(
            project_id=UNKNOWN_ID, server_url="https://api.example.com/ping", method="GET"
        )
    )

    assert (event.event, event.data.message) == ("attempt", "Starting API test...")
    assert mock.web_tools == {}  # a test stores nothing


def test_v2_web_tools_share_one_store_with_v1(sdk: Sdk) -> None:
    collection = "0b7a2b0e-4a58-4cf2-9a8e-0d4d8f5e2a11"
    body = V2CreateWebTool.from_dict(
        {"type": "FUNCTION", "name": "Orders", "async": True, "collectionId": collection}
    )
    created = sdk.run(lambda c: c.v2.web_tools.create_web_tool(body=body))
    sdk.run(lambda c: c.web_tools.create(type="MCP", name="Search"))

    assert created.message_key == "WebToolCreatedSuccessfully"
    assert sdk.run(lambda c: c.web_tools.get(created.data.id)).collection_id == collection
    renamed = sdk.run(
        lambda c: c.v2.web_tools.update_web_tool(
            created.data.id, body=V2UpdateWebTool(name="Orders v2")
        )
    )
    assert renamed.data.name == "Orders v2"
    assert renamed.message is None  # this answer carries no message

    def names(**query: Any) -> list[str]:
        page = sdk.run(lambda c: c.v2.web_tools.list_web_tools(**query)).data
        return [tool.name for tool in page.items]

    assert names() == ["Search", "Orders v2"]
    assert names(search="ORD") == ["Orders v2"]
    assert names(type=hamsa.v2.models.WebToolType.MCP) == ["Search"]
    assert names(collection_id=collection) == ["Orders v2"]
    assert names(return_uncategorized=True) == ["Search"]
    assert names(skip=2, take=1) == ["Orders v2"]
    with pytest.raises(hamsa.BadRequestError):
        names(return_uncategorized=True, collection_id=collection)


# --- knowledge base ---------------------------------------------------------------------------


def test_knowledge_base_items_persist_rename_and_page(sdk: Sdk, mock: MockHamsa) -> None:
    first = sdk.run(
        lambda c: c.knowledge_base.create(
            [
                {"item_name": "FAQ", "type": "TEXT", "content": "Opening hours are nine to five"},
                {"item_name": "Site", "type": "URL", "item_urls": ["https://example.com/a"]},
            ]
        )
    )

    assert (first.item_name, first.status, first.words_number) == ("FAQ", "PROCESSED", 6)
    assert len(mock.knowledge_base) == 2  # both stored; the answer shows the first
    renamed = sdk.run(lambda c: c.knowledge_base.update(first.id, item_name="Hours"))
    assert renamed.item_name == "Hours"
    assert renamed.content == "Opening hours are nine to five"
    assert sdk.run(lambda c: c.knowledge_base.get(first.id)).item_name == "Hours"
    items = every_item(sdk, lambda c: c.knowledge_base.list(page_size=1))
    assert [i.item_name for i in items] == ["Site", "Hours"]
    assert list_queries(mock, "/v1/voice-agents/knowledge-base/list")[:2] == [
        {"skip": "1", "take": "1"},
        {"skip": "2", "take": "1"},
    ]
    texts = every_item(sdk, lambda c: c.knowledge_base.list(type="TEXT"))
    assert [i.item_name for i in texts] == ["Hours"]


def test_deleting_a_url_removes_it_and_keeps_the_item(sdk: Sdk) -> None:
    urls = ["https://example.com/a", "https://example.com/b"]
    item = sdk.run(lambda c: c.knowledge_base.create([{"item_name": "Site", "item_urls": urls}]))

    answer = sdk.run(lambda c: c.knowledge_base.delete_url(item.id, url="https://example.com/a"))

    assert answer.message_key == "URL_DELETED_SUCCESSFULLY"
    assert sdk.run(lambda c: c.knowledge_base.get(item.id)).item_urls == ["https://example.com/b"]
    with pytest.raises(hamsa.NotFoundError) as again:
        sdk.run(lambda c: c.knowledge_base.delete_url(item.id, url="https://example.com/a"))
    assert again.value.message_key == "URL_NOT_FOUND"
    with pytest.raises(hamsa.NotFoundError) as unknown:
        sdk.run(lambda c: c.knowledge_base.delete_url(UNKNOWN_ID, url="https://example.com/b"))
    assert unknown.value.message_key == "KnowledgeBaseItemNotFound"
    with pytest.raises(hamsa.NotFoundError):
        sdk.run(lambda c: c.knowledge_base.update(UNKNOWN_ID, item_name="x"))


def test_an_item_an_agent_uses_counts_as_used(sdk: Sdk) -> None:
    used = sdk.run(lambda c: c.knowledge_base.create([{"item_name": "Used", "content": "a"}]))
    sdk.run(lambda c: c.knowledge_base.create([{"item_name": "Spare", "content": "b"}]))
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    assert sdk.run(lambda c: c.knowledge_base.get(used.id)).used is False

    sdk.run(lambda c: c.voice_agents.update(agent.id, knowledge_base_items_ids=[used.id]))

    assert sdk.run(lambda c: c.knowledge_base.get(used.id)).used is True
    in_use = every_item(sdk, lambda c: c.knowledge_base.list(used=True))
    assert [i.item_name for i in in_use] == ["Used"]
    spare = every_item(sdk, lambda c: c.knowledge_base.list(used=False))
    assert [i.item_name for i in spare] == ["Spare"]
    agents = every_item(sdk, lambda c: c.knowledge_base.list(voice_agent_id=agent.id))
    assert [i.id for i in agents] == [used.id]


# --- voice dictionaries -----------------------------------------------------------------------


def test_a_dictionary_update_renames_or_replaces_the_words(sdk: Sdk, mock: MockHamsa) -> None:
    words = [{"word": "ibuprofen", "pronunciation": "eye-byoo-PROH-fen"}]
    created = sdk.run(lambda c: c.voice_dictionaries.create(name="Medical", words=words))
    assert [w.word for w in created.words] == ["ibuprofen"]

    renamed = sdk.run(lambda c: c.voice_dictionaries.update(created.id, name="Pharmacy"))
    assert (renamed.name, [w.word for w in renamed.words]) == ("Pharmacy", ["ibuprofen"])
    new_words = [{"word": "a", "pronunciation": "ay"}, {"word": "b", "pronunciation": "bee"}]
    replaced = sdk.run(lambda c: c.voice_dictionaries.update(created.id, words=new_words))
    assert (replaced.name, [w.word for w in replaced.words]) == ("Pharmacy", ["a", "b"])

    (summary,) = every_item(sdk, lambda c: c.voice_dictionaries.list())
    assert (summary.id, summary.name, summary.words_count, summary.is_used) == (
        created.id,
        "Pharmacy",
        2,
        False,
    )
    assert mock.voice_dictionaries[created.id].name == "Pharmacy"
    with pytest.raises(hamsa.NotFoundError) as missing:
        sdk.run(lambda c: c.voice_dictionaries.update(UNKNOWN_ID, name="x"))
    assert missing.value.message_key == "VoiceDictionaryNotFound"


def test_toggling_a_dictionary_turns_it_on_and_off_for_the_agent(sdk: Sdk) -> None:
    dictionary = sdk.run(lambda c: c.voice_dictionaries.create(name="Names", words=[]))
    other = sdk.run(lambda c: c.voice_dictionaries.create(name="Other", words=[]))
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))

    def toggle(is_active: bool) -> Any:
        return sdk.run(
            lambda c: c.voice_dictionaries.toggle_activation(
                dictionary_id=dictionary.id, voice_agent_id=agent.id, is_active=is_active
            )
        )

    answer = toggle(True)
    assert answer.message_key == "VoiceDictionaryActivationToggledSuccessfully"
    assert sdk.run(lambda c: c.voice_agents.get(agent.id)).voice_dictionary_ids == [dictionary.id]
    toggle(True)  # already on: listed once
    assert sdk.run(lambda c: c.voice_agents.get(agent.id)).voice_dictionary_ids == [dictionary.id]
    on = every_item(sdk, lambda c: c.voice_dictionaries.list(voice_agent_id=agent.id))
    assert [(d.name, d.is_used) for d in on] == [("Names", True)]
    unused = every_item(sdk, lambda c: c.voice_dictionaries.list(used=False))
    assert [d.id for d in unused] == [other.id]

    toggle(False)

    assert sdk.run(lambda c: c.voice_agents.get(agent.id)).voice_dictionary_ids == []
    assert every_item(sdk, lambda c: c.voice_dictionaries.list(used=True)) == []


def test_toggling_names_what_does_not_exist(sdk: Sdk) -> None:
    dictionary = sdk.run(lambda c: c.voice_dictionaries.create(name="Names", words=[]))
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))

    with pytest.raises(hamsa.NotFoundError) as no_dictionary:
        sdk.run(
            lambda c: c.voice_dictionaries.toggle_activation(
                dictionary_id=UNKNOWN_ID, voice_agent_id=agent.id, is_active=True
            )
        )
    with pytest.raises(hamsa.NotFoundError) as no_agent:
        sdk.run(
            lambda c: c.voice_dictionaries.toggle_activation(
                dictionary_id=dictionary.id, voice_agent_id=UNKNOWN_ID, is_active=True
            )
        )

    assert no_dictionary.value.message_key == "VoiceDictionaryNotFound"
    assert no_agent.value.message_key == "VoiceAgentNotFound"


def test_dictionaries_page_with_page_and_page_size(sdk: Sdk, mock: MockHamsa) -> None:
    for name in ("A", "B", "C"):
        sdk.run(lambda c, name=name: c.voice_dictionaries.create(name=name, words=[]))

    every = every_item(sdk, lambda c: c.voice_dictionaries.list(page_size=2))
    second = sdk.run(lambda c: c.voice_dictionaries.with_raw_response.list(page=2, page_size=2))

    assert [d.name for d in every] == ["C", "B", "A"]
    assert len(list_queries(mock, "/v1/voice-agents/voice-dictionaries/list")) == 3
    assert second.http_response.json()["data"]["page"] == 2
    assert ([d.name for d in second.parsed.items], second.parsed.total) == (["A"], 3)


# --- phone numbers ----------------------------------------------------------------------------


def test_a_number_is_added_listed_and_assigned_to_one_agent(sdk: Sdk, mock: MockHamsa) -> None:
    number = add_number(sdk)
    first = sdk.run(lambda c: c.voice_agents.create(name="First"))
    second = sdk.run(lambda c: c.voice_agents.create(name="Second"))
    assert (number.number, number.type, number.voice_agent_id) == (OWN_NUMBER, "TWILIO", None)

    assigned = sdk.run(
        lambda c: c.phone_numbers.assign(phone_number=OWN_NUMBER, voice_agent_id=first.id)
    )

    assert (assigned.voice_agent_id, assigned.voice_agent.name) == (first.id, "First")
    assert sdk.run(lambda c: c.voice_agents.get(first.id)).phone_number.id == number.id
    moved = sdk.run(
        lambda c: c.phone_numbers.assign(phone_number=OWN_NUMBER, voice_agent_id=second.id)
    )
    assert moved.voice_agent.name == "Second"
    assert sdk.run(lambda c: c.voice_agents.get(first.id)).phone_number is None
    (listed,) = sdk.run(lambda c: c.phone_numbers.list(voice_agent_id=second.id))
    assert listed.id == number.id
    assert sdk.run(lambda c: c.phone_numbers.list(voice_agent_id=first.id)) == []
    assert mock.phone_numbers[number.id].voice_agent_id == second.id
    # An agent answers on one number: giving it another frees the first.
    other = add_number(sdk, "+15550002222")
    sdk.run(lambda c: c.phone_numbers.assign(phone_number=other.number, voice_agent_id=second.id))
    assert mock.phone_numbers[number.id].voice_agent_id is None
    assert sdk.run(lambda c: c.voice_agents.get(second.id)).phone_number.id == other.id


def test_unassigning_detaches_the_number_from_its_agent(sdk: Sdk) -> None:
    number = add_number(sdk)
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    sdk.run(lambda c: c.phone_numbers.assign(phone_number=OWN_NUMBER, voice_agent_id=agent.id))

    answer = sdk.run(lambda c: c.phone_numbers.unassign(phone_number=OWN_NUMBER))

    assert answer.data == "Voice agents were successfully unassigned from the phone number."
    (listed,) = sdk.run(lambda c: c.phone_numbers.list())
    assert (listed.id, listed.voice_agent_id, listed.voice_agent) == (number.id, None, None)
    assert sdk.run(lambda c: c.voice_agents.get(agent.id)).phone_number is None


def test_phone_numbers_page_and_filter_by_provider(sdk: Sdk, mock: MockHamsa) -> None:
    for index in range(3):
        add_number(sdk, f"+1555000200{index}", label=f"Line {index}")
    add_number(sdk, "+15550003000", label="Trunk", type="SIP")

    numbers = sdk.run(lambda c: c.phone_numbers.list(page_size=3))
    twilio = sdk.run(lambda c: c.phone_numbers.list(provider="TWILIO"))

    assert [n.label for n in numbers] == ["Trunk", "Line 2", "Line 1", "Line 0"]
    assert list_queries(mock, "/v1/voice-agents/phone-number/list")[:2] == [
        {"skip": "1", "take": "3"},
        {"skip": "2", "take": "3"},
    ]
    assert [n.label for n in twilio] == ["Line 2", "Line 1", "Line 0"]
    assert numbers[0].sip_inbound_configs.origination_uri.startswith("sip:")


def test_phone_number_mistakes_the_server_reports(sdk: Sdk) -> None:
    add_number(sdk)
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))

    with pytest.raises(hamsa.UnprocessableEntityError) as duplicate:
        add_number(sdk)
    with pytest.raises(hamsa.NotFoundError) as unknown_number:
        sdk.run(
            lambda c: c.phone_numbers.assign(phone_number="+19990000000", voice_agent_id=agent.id)
        )
    with pytest.raises(hamsa.NotFoundError) as unknown_agent:
        sdk.run(
            lambda c: c.phone_numbers.assign(phone_number=OWN_NUMBER, voice_agent_id=UNKNOWN_ID)
        )
    with pytest.raises(hamsa.NotFoundError):
        sdk.run(lambda c: c.phone_numbers.unassign(phone_number="+19990000000"))

    assert duplicate.value.message_key == "PhoneNumberAlreadyExists"
    assert unknown_number.value.message_key == "PhoneNumberNotFound"
    assert unknown_agent.value.message_key == "VoiceAgentNotFound"
    assert "tw-secret" not in repr(duplicate.value.body)  # the Twilio token is never echoed


# --- calls from your own numbers --------------------------------------------------------------


def test_a_call_from_your_number_becomes_a_conversation_that_progresses(
    sdk: Sdk, mock: MockHamsa
) -> None:
    add_number(sdk)
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))

    started = sdk.run(
        lambda c: c.calls.start_with_phone_number(
            to_number=CALLEE, phone_number=OWN_NUMBER, voice_agent_id=agent.id
        )
    )

    assert started.voice_agent_id == agent.id
    assert mock.conversations[started.job_id].status == "PENDING"
    ended = sdk.run(lambda c: c.conversations.wait(started.job_id, poll_interval=0.5))
    assert (ended.status, ended.call_duration) == ("COMPLETED", 60)
    assert ended.call_params.user_number == CALLEE
    assert ended.call_params.machine_number == OWN_NUMBER
    assert ended.agent_details["agentName"] == "Support"
    assert sdk.sleeps == [0.5]  # PENDING -> IN_PROGRESS -> COMPLETED


def test_a_call_from_your_number_can_carry_an_inline_agent(sdk: Sdk, mock: MockHamsa) -> None:
    add_number(sdk)

    started = sdk.run(
        lambda c: c.calls.start_with_phone_number(
            to_number=CALLEE,
            phone_number=OWN_NUMBER,
            agent={"name": "One-off", "call_settings": {"max_call_duration": 60}},
        )
    )

    record = mock.conversations[started.job_id]
    assert started.voice_agent_id is None and record.voice_agent_id is None
    assert (record.agent_details["agentName"], record.from_number) == ("One-off", OWN_NUMBER)
    assert mock.agents == {}


def test_calling_from_a_number_never_added_is_not_found(sdk: Sdk, mock: MockHamsa) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))

    with pytest.raises(hamsa.NotFoundError) as caught:
        sdk.run(
            lambda c: c.calls.start_with_phone_number(
                to_number=CALLEE, phone_number=OWN_NUMBER, voice_agent_id=agent.id
            )
        )

    assert caught.value.message_key == "PhoneNumberNotFound"
    assert mock.conversations == {}


def test_the_legacy_twilio_call_answers_the_job_with_its_numbers(sdk: Sdk, mock: MockHamsa) -> None:
    add_number(sdk)
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))

    with pytest.warns(DeprecationWarning):
        job = sdk.run(
            lambda c: c.calls.start_twilio(
                to_number=CALLEE,
                twilio_phone_number=OWN_NUMBER,
                voice_agent_id=agent.id,
                webhook_url="https://example.com/hook",
            )
        )

    assert (job.status, job.voice_agent_id, job.webhook_url) == (
        "PENDING",
        agent.id,
        "https://example.com/hook",
    )
    assert (job.call_params.user_number, job.call_params.machine_number) == (CALLEE, OWN_NUMBER)
    assert sdk.run(lambda c: c.conversations.wait(job.id, poll_interval=0)).status == "COMPLETED"
    assert mock.conversations[job.id].webhook_url == "https://example.com/hook"


# --- the conversation list and export ---------------------------------------------------------


def start_calls(sdk: Sdk, agent_id: str, count: int) -> list[str]:
    return [
        str(sdk.run(lambda c: c.calls.start(to_number=CALLEE, voice_agent_id=agent_id)).id)
        for _ in range(count)
    ]


def test_the_conversation_list_shows_the_calls_and_pages(sdk: Sdk, mock: MockHamsa) -> None:
    support = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    sales = sdk.run(lambda c: c.voice_agents.create(name="Sales"))
    first, second = start_calls(sdk, support.id, 2)
    (third,) = start_calls(sdk, sales.id, 1)
    sdk.run(lambda c: c.conversations.wait(first, poll_interval=0))

    calls = every_item(sdk, lambda c: c.conversations.list(page_size=2))

    assert [call.id for call in calls] == [third, second, first]  # newest first
    assert list_queries(mock, "/v1/voice-agents/conversations/minimal-list") == [
        {"page": "1", "perPage": "2"},
        {"page": "2", "perPage": "2"},
    ]
    done = calls[-1]
    assert (done.status, done.duration, done.agent_name, done.channel_type) == (
        "COMPLETED",
        60,
        "Support",
        "Telephone",
    )
    assert done.call_params.user_number == CALLEE

    def ids(**filters: Any) -> list[str]:
        return [c.id for c in every_item(sdk, lambda c: c.conversations.list(**filters))]

    assert ids(voice_agent_id=sales.id) == [third]
    assert ids(status="COMPLETED") == [first]
    assert ids(status=["PENDING", "COMPLETED"]) == [third, second, first]
    later = datetime.now(UTC) + timedelta(minutes=5)
    assert ids(start_time=later) == []
    assert ids(end_time=later) == [third, second, first]


def test_the_export_is_a_workbook_of_the_agents_calls(
    sdk: Sdk, mock: MockHamsa, tmp_path: Path
) -> None:
    support = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    sales = sdk.run(lambda c: c.voice_agents.create(name="Sales"))
    first, second = start_calls(sdk, support.id, 2)
    start_calls(sdk, sales.id, 1)
    sdk.run(lambda c: c.conversations.wait(first, poll_interval=0))

    target = tmp_path / "calls.xlsx"
    written = sdk.run(lambda c: c.conversations.export(support.id, to=target))
    in_memory = sdk.run(lambda c: c.conversations.export(support.id))

    assert written == target
    assert target.read_bytes() == in_memory  # the same workbook, streamed to disk
    header, *rows = sheet_rows(in_memory)
    assert header[:4] == ["Conversation ID", "Created At", "Status", "Duration (s)"]
    assert [(row[0], row[2]) for row in rows] == [(second, "PENDING"), (first, "COMPLETED")]
    assert rows[1][3] == "60"
    raw = sdk.run(lambda c: c.conversations.with_raw_response.export(support.id))
    assert raw.http_response.headers["content-type"] == XLSX
    completed = sdk.run(lambda c: c.conversations.export(support.id, status="COMPLETED"))
    assert [row[0] for row in sheet_rows(completed)[1:]] == [first]
    yesterday = sdk.run(lambda c: c.conversations.export(support.id, period="YESTERDAY"))
    assert sheet_rows(yesterday)[1:] == []


def test_exporting_for_an_unknown_agent_writes_no_file(sdk: Sdk, tmp_path: Path) -> None:
    target = tmp_path / "calls.xlsx"

    with pytest.raises(hamsa.NotFoundError) as caught:
        sdk.run(lambda c: c.conversations.export(UNKNOWN_ID, to=target))

    assert caught.value.message_key == "VoiceAgentNotFound"
    assert list(tmp_path.iterdir()) == []


# --- analytics ----------------------------------------------------------------------------------


def test_the_overview_counts_the_calls_of_the_period(sdk: Sdk, mock: MockHamsa) -> None:
    empty = sdk.run(lambda c: c.analytics.overview())
    assert (empty.total_sessions_number, empty.calls_over_time) == (0, [])
    support = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    sales = sdk.run(lambda c: c.voice_agents.create(name="Sales"))
    first, second = start_calls(sdk, support.id, 2)
    start_calls(sdk, sales.id, 1)
    sdk.run(lambda c: c.conversations.wait(first, poll_interval=0))
    sdk.run(lambda c: c.conversations.get(second))  # one poll: IN_PROGRESS

    overview = sdk.run(lambda c: c.analytics.overview(voice_agent_id=support.id))

    assert overview.total_sessions_number == 2
    assert overview.live_sessions_number == 1
    assert (overview.total_session_duration, overview.average_session_duration) == (60, 60)
    assert overview.calls_by_duration_buckets.medium_duration_bucket_calls == 1
    (bucket,) = overview.calls_over_time
    assert bucket.count == "2"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:00:00", bucket.time_bucket)
    everyone = sdk.run(lambda c: c.analytics.overview(period="THIS_MONTH"))
    assert everyone.total_sessions_number == 3
    assert sdk.run(lambda c: c.analytics.overview(period="YESTERDAY")).total_sessions_number == 0
    past = datetime(2024, 1, 1, tzinfo=UTC)
    custom = sdk.run(
        lambda c: c.analytics.overview(start_period=past, end_period=past + timedelta(days=1))
    )
    assert custom.total_sessions_number == 0
    now = datetime.now(UTC)
    around_now = sdk.run(
        lambda c: c.analytics.overview(
            start_period=now - timedelta(minutes=5), end_period=now + timedelta(minutes=5)
        )
    )
    assert around_now.total_sessions_number == 3


def test_satisfaction_is_scored_by_how_the_calls_ended(sdk: Sdk, mock: MockHamsa) -> None:
    agent = sdk.run(lambda c: c.voice_agents.create(name="Support"))
    completed, forwarded, failed, _ = start_calls(sdk, agent.id, 4)  # the 4th hasn't ended
    mock.set_conversation_status(completed, "COMPLETED")
    mock.set_conversation_status(forwarded, "FORWARDED")
    mock.set_conversation_status(failed, "FAILED")

    scores = sdk.run(lambda c: c.analytics.satisfaction(voice_agent_id=agent.id))

    third = round(100 / 3, 2)
    distribution = scores.sentiment_distribution
    assert (distribution.positive, distribution.neutral, distribution.negative) == (
        third,
        third,
        third,
    )
    assert (scores.csat_score, scores.escalation_rate, scores.nps_score) == (third, third, 0)
    assert scores.first_call_resolution_percentage == third


def test_analytics_for_an_unknown_agent_are_not_found(sdk: Sdk) -> None:
    with pytest.raises(hamsa.NotFoundError) as overview:
        sdk.run(lambda c: c.analytics.overview(voice_agent_id=UNKNOWN_ID))
    with pytest.raises(hamsa.NotFoundError):
        sdk.run(lambda c: c.analytics.satisfaction(voice_agent_id=UNKNOWN_ID))
    assert overview.value.message_key == "VoiceAgentNotFound"


# --- what every endpoint shares: the key, and the 400 envelope --------------------------------


def test_a_wrong_key_is_refused_on_every_platform_resource(
    make_sdk: Callable[..., Sdk], mock: MockHamsa
) -> None:
    sdk = make_sdk(base_url=mock.base_url, api_key="hk_not_the_right_one")
    operations: list[Callable[[Any], Any]] = [
        lambda c: c.web_tools.get(UNKNOWN_ID),
        lambda c: c.knowledge_base.get(UNKNOWN_ID),
        lambda c: c.voice_dictionaries.create(name="x", words=[]),
        lambda c: c.phone_numbers.unassign(phone_number=OWN_NUMBER),
        lambda c: c.analytics.overview(),
        lambda c: c.conversations.export(UNKNOWN_ID),
    ]
    for operation in operations:
        with pytest.raises(hamsa.AuthenticationError):
            sdk.run(operation)
    assert {r.status for r in mock.requests} == {401}
    assert len(mock.requests) == len(operations)


@pytest.mark.parametrize(
    ("method", "path", "body", "expected"),
    [
        (
            "POST",
            "/v1/voice-agents/web-tool",
            {"type": "MCP", "name": "", "async": True, "params": {}},
            {
                "async": "is not allowed for MCP tools",
                "params": "is not allowed for MCP tools",
                "name": "at least 1 character",
            },
        ),
        (
            "POST",
            "/v2/voice-agents/web-tool",
            {"type": "FUNCTION", "name": "x", "collectionId": "folder-1"},
            {"async": "is required for FUNCTION tools", "collectionId": "must be a UUID"},
        ),
        (
            "POST",
            "/v1/voice-agents/assign-number",
            {"phoneNumber": "0044", "voiceAgentId": "agent-1"},
            {"phoneNumber": "must be an E.164 phone number", "voiceAgentId": "must be a UUID"},
        ),
        (
            "POST",
            "/v1/voice-agents/phone-number/call",
            {"toNumber": CALLEE, "phoneNumber": OWN_NUMBER, "voiceAgentId": None, "params": {}},
            {"voiceAgentId": "agentDetails"},
        ),
        (
            "GET",
            "/v1/voice-agents/conversations/minimal-list?page=0&perPage=500&status=DONE",
            None,
            {
                "page": "at least 1",
                "perPage": "at most 200",
                "status": "must be one of",
            },
        ),
        (
            "GET",
            "/v1/agent-analytics/overview?period=CUSTOM&startPeriod=soon&timeDifference=99",
            None,
            {
                "startPeriod": "epoch milliseconds",
                "endPeriod": "is required with CUSTOM",
                "timeDifference": "-14 to 14",
            },
        ),
        (
            "GET",
            "/v1/agent-analytics/conversations/export?status=FORWARDED",
            None,
            {"voiceAgentId": "is required", "status": "must be one of"},
        ),
    ],
)
def test_bad_requests_answer_400_listing_each_problem(
    http: httpx.Client, method: str, path: str, body: Any, expected: dict[str, str]
) -> None:
    response = http.request(method, path, json=body)

    assert response.status_code == 400, response.text
    error = response.json()
    assert (error["success"], error["messageKey"]) == (False, "ValidationError")
    problems = {item["field"]: item["message"] for item in error["errors"]}
    assert problems.keys() == expected.keys()
    for field, message in expected.items():
        assert message in problems[field], (field, problems[field])


def test_state_snapshots_are_copies(sdk: Sdk, mock: MockHamsa) -> None:
    tool = sdk.run(lambda c: c.web_tools.create(type="MCP", name="Files"))
    number = add_number(sdk)

    mock.web_tools[tool.id].name = "Changed"
    mock.phone_numbers[number.id].label = "Changed"

    assert mock.web_tools[tool.id].name == "Files"
    assert mock.phone_numbers[number.id].label == "Main line"
    assert "Changed" not in str(sdk.run(lambda c: c.web_tools.get(tool.id)).to_wire())
