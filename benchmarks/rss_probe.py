"""Child process for the memory benchmark: build N agents from a JSON array file, report RSS.

    python benchmarks/rss_probe.py {unified|v2|pydantic|dicts} AGENTS.json

Prints one JSON object, in MiB. `baseline` is the peak RSS after imports and reading the file;
`peak` is the peak RSS after building every agent (so it includes transient decoded dicts);
`retained` is the growth of the current RSS once only the built objects are kept, and
`heap_bytes_per_agent` the exact Python-heap bytes each kept agent holds (tracemalloc).

Peak RSS is the kernel's high-water mark of this process image (VmHWM): ru_maxrss would be
the same number here except that Linux carries ru_maxrss over exec from the forked parent, so in
a child of a big benchmark process it reports the parent's size. ru_maxrss is printed too.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _current_rss_mib() -> float:
    with open("/proc/self/statm") as handle:
        resident_pages = int(handle.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mib() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return _ru_maxrss_mib()


def _ru_maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    kind, path = sys.argv[1], Path(sys.argv[2])
    if kind == "unified":
        import hamsa

        from_v2 = hamsa.VoiceAgent.from_v2

        def build(data: bytes) -> list[object]:
            return [from_v2(item) for item in json.loads(data)]

    elif kind == "v2":
        from hamsa.v2.models import VoiceAgent

        from_dict = VoiceAgent.from_dict

        def build(data: bytes) -> list[object]:
            return [from_dict(item) for item in json.loads(data)]

    elif kind == "pydantic":
        import pydantic_models

        def build(data: bytes) -> list[object]:
            return list(pydantic_models.VoiceAgentList.validate_json(data))

    elif kind == "dicts":

        def build(data: bytes) -> list[object]:
            result: list[object] = json.loads(data)
            return result

    else:
        raise SystemExit(f"unknown kind {kind!r}")

    data = path.read_bytes()
    build(b"[]")  # load whatever the first call loads lazily
    gc.collect()
    baseline_peak = _peak_rss_mib()
    baseline_now = _current_rss_mib()
    built = build(data)
    peak = _peak_rss_mib()
    ru_maxrss = _ru_maxrss_mib()
    gc.collect()
    retained = _current_rss_mib() - baseline_now
    count = len(built)
    del built
    gc.collect()
    gc.collect()
    # Exact Python-heap bytes the built objects keep (RSS above also counts allocator slack
    # and freed-but-not-returned arenas). A second build, traced.
    import tracemalloc

    sample = json.dumps(json.loads(data)[:1000]).encode()  # tracing 10,000 would take minutes
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    built = build(sample)
    gc.collect()
    kept_bytes = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    print(
        json.dumps(
            {
                "count": count,
                "baseline_mib": baseline_peak,
                "peak_mib": peak,
                "peak_delta_mib": peak - baseline_peak,
                "retained_mib": retained,
                "retained_bytes_per_agent": retained * 2**20 / count,
                "peak_bytes_per_agent": (peak - baseline_peak) * 2**20 / count,
                "ru_maxrss_mib": ru_maxrss,
                "heap_bytes_per_agent": kept_bytes / len(built),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
