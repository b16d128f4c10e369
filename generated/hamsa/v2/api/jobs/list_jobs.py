from http import HTTPStatus
from typing import Any

import httpx
from hamsa._base_client import (
    NOT_GIVEN,
    AsyncAPIClient,
    NotGiven,
    RequestOptions,
    SyncAPIClient,
)
from hamsa._constraints import check_query, raise_if_any
from hamsa._parsing import parse_json_response

from ...models.job_page_response import JobPageResponse
from ...models.job_sort_field import JobSortField
from ...models.list_jobs_order_by import ListJobsOrderBy
from ...types import UNSET, Response, Unset

METHOD = "GET"
PATH = "/v2/jobs"


def request_options(
    *,
    project_id: str,
    page: int,
    per_page: int,
    sort_by: JobSortField | Unset = UNSET,
    order_by: ListJobsOrderBy | Unset = UNSET,
    status: str | Unset = UNSET,
    type: str,
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """The request this operation sends (raises RequestValidationError before any I/O)."""
    # Checked before the transforms below, which would fail on a wrong type with a bare
    # AttributeError/TypeError.
    _query_problems: list[Any] = []
    check_query(_query_problems, "project_id", project_id)
    check_query(_query_problems, "page", page)
    check_query(_query_problems, "per_page", per_page)
    check_query(_query_problems, "sort_by", sort_by, enum=JobSortField)
    check_query(_query_problems, "order_by", order_by, enum=ListJobsOrderBy)
    check_query(_query_problems, "status", status)
    check_query(_query_problems, "type", type)
    check_query(_query_problems, "search", search)
    raise_if_any(_query_problems)
    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["page"] = page

    params["perPage"] = per_page

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by.value

    params["orderBy"] = json_order_by

    params["status"] = status

    params["type"] = type

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return RequestOptions(
        method=METHOD,
        path=PATH,
        params=params,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse(response: httpx.Response) -> JobPageResponse:
    return parse_json_response(response, JobPageResponse.from_dict)


def sync_detailed(
    *,
    client: SyncAPIClient,
    project_id: str,
    page: int,
    per_page: int,
    sort_by: JobSortField | Unset = UNSET,
    order_by: ListJobsOrderBy | Unset = UNSET,
    status: str | Unset = UNSET,
    type: str,
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[JobPageResponse]:
    """List the project's jobs

    Jobs of one type, page by page as you iterate (`page` and `perPage`; counted by `totalCount`).

    ``GET /v2/jobs`` (API v2)

    Args:
        project_id (str):
        page (int):
        per_page (int):
        sort_by (JobSortField | Unset): What the job list is sorted by.
        order_by (ListJobsOrderBy | Unset):
        status (str | Unset):
        type (str):
        search (str | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[JobPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = client.request(
        request_options(
            project_id=project_id,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            order_by=order_by,
            status=status,
            type=type,
            search=search,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


def sync(
    *,
    client: SyncAPIClient,
    project_id: str,
    page: int,
    per_page: int,
    sort_by: JobSortField | Unset = UNSET,
    order_by: ListJobsOrderBy | Unset = UNSET,
    status: str | Unset = UNSET,
    type: str,
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> JobPageResponse:
    """List the project's jobs

    Jobs of one type, page by page as you iterate (`page` and `perPage`; counted by `totalCount`).

    ``GET /v2/jobs`` (API v2)

    Args:
        project_id (str):
        page (int):
        per_page (int):
        sort_by (JobSortField | Unset): What the job list is sorted by.
        order_by (ListJobsOrderBy | Unset):
        status (str | Unset):
        type (str):
        search (str | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        JobPageResponse
    """

    return _parse(
        client.request(
            request_options(
                project_id=project_id,
                page=page,
                per_page=per_page,
                sort_by=sort_by,
                order_by=order_by,
                status=status,
                type=type,
                search=search,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncAPIClient,
    project_id: str,
    page: int,
    per_page: int,
    sort_by: JobSortField | Unset = UNSET,
    order_by: ListJobsOrderBy | Unset = UNSET,
    status: str | Unset = UNSET,
    type: str,
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> Response[JobPageResponse]:
    """List the project's jobs

    Jobs of one type, page by page as you iterate (`page` and `perPage`; counted by `totalCount`).

    ``GET /v2/jobs`` (API v2)

    Args:
        project_id (str):
        page (int):
        per_page (int):
        sort_by (JobSortField | Unset): What the job list is sorted by.
        order_by (ListJobsOrderBy | Unset):
        status (str | Unset):
        type (str):
        search (str | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        Response[JobPageResponse]: status, headers, raw bytes and the parsed value.
    """

    response = await client.request(
        request_options(
            project_id=project_id,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            order_by=order_by,
            status=status,
            type=type,
            search=search,
            timeout=timeout,
            max_retries=max_retries,
        )
    )
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse(response),
    )


async def asyncio(
    *,
    client: AsyncAPIClient,
    project_id: str,
    page: int,
    per_page: int,
    sort_by: JobSortField | Unset = UNSET,
    order_by: ListJobsOrderBy | Unset = UNSET,
    status: str | Unset = UNSET,
    type: str,
    search: str | Unset = UNSET,
    timeout: float | httpx.Timeout | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> JobPageResponse:
    """List the project's jobs

    Jobs of one type, page by page as you iterate (`page` and `perPage`; counted by `totalCount`).

    ``GET /v2/jobs`` (API v2)

    Args:
        project_id (str):
        page (int):
        per_page (int):
        sort_by (JobSortField | Unset): What the job list is sorted by.
        order_by (ListJobsOrderBy | Unset):
        status (str | Unset):
        type (str):
        search (str | Unset):
        timeout: Overrides the client's timeout for this call.
        max_retries: Overrides the client's retry budget for this call.

    Raises:
        hamsa.RequestValidationError: The body breaks a documented constraint (nothing was sent).
        hamsa.APIStatusError: The API answered with an error status (a subclass per status).
        hamsa.APIConnectionError: The API could not be reached (APITimeoutError on timeouts).
        hamsa.APIResponseValidationError: The response did not match the spec.

    Returns:
        JobPageResponse
    """

    return _parse(
        await client.request(
            request_options(
                project_id=project_id,
                page=page,
                per_page=per_page,
                sort_by=sort_by,
                order_by=order_by,
                status=status,
                type=type,
                search=search,
                timeout=timeout,
                max_retries=max_retries,
            )
        )
    )
