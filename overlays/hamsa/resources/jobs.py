"""client.jobs: the generated job operations (hamsa._resources.jobs), plus ``wait(job_id)``,
which polls a job to a final status as ``conversations.wait`` polls a call.
"""

from __future__ import annotations

from .. import _operations
from .._exceptions import APITimeoutError
from .._resources import jobs as _generated
from ..v1.models.job import Job
from .conversations import _check_wait

__all__ = ["AsyncJobs", "Jobs", "final_job_statuses", "is_finished"]


def final_job_statuses() -> frozenset[str]:
    """The JobStatus values after which a job no longer changes: those spec/v1.yaml marks with
    ``x-hamsa-final`` (today COMPLETED and FAILED), from the generated operation table."""
    for enum in _operations.STATUS_ENUMS:
        if enum.version == "v1" and enum.schema == "JobStatus":
            return frozenset(enum.final)
    raise LookupError("the operation table marks no final JobStatus values (x-hamsa-final)")


def is_finished(job: Job) -> bool:
    """True once the job has succeeded or failed."""
    return job.status in final_job_statuses()


def _not_finished(job_id: str, waited: float) -> APITimeoutError:
    return APITimeoutError(f"job {job_id} had not finished after {waited:g} s of polling")


class Jobs(_generated.Jobs):
    """client.jobs: transcription and other background jobs."""

    def wait(self, job_id: str, *, poll_interval: float = 2.0, max_wait: float = 900.0) -> Job:
        """Poll ``GET /v1/jobs`` until the job is COMPLETED or FAILED (the statuses the spec
        marks final) and return it. Raises hamsa.APITimeoutError after ``max_wait`` seconds."""
        _check_wait(poll_interval, max_wait)
        waited = 0.0
        while True:
            job = self.get(job_id=job_id)
            if is_finished(job):
                return job
            if waited >= max_wait:
                raise _not_finished(job_id, waited)
            self._client._sleep(poll_interval)
            waited += poll_interval


class AsyncJobs(_generated.AsyncJobs):
    """AsyncHamsa().jobs: see Jobs."""

    async def wait(
        self, job_id: str, *, poll_interval: float = 2.0, max_wait: float = 900.0
    ) -> Job:
        """Poll until the job is COMPLETED or FAILED; see Jobs.wait."""
        _check_wait(poll_interval, max_wait)
        waited = 0.0
        while True:
            job = await self.get(job_id=job_id)
            if is_finished(job):
                return job
            if waited >= max_wait:
                raise _not_finished(job_id, waited)
            await self._client._sleep(poll_interval)
            waited += poll_interval
