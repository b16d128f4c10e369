"""How hard the property tests search: in full under `nox -s tests`, a fifth under `nox -s quick`
(the inner loop), which sets HAMSA_QUICK_TESTS=1."""

from __future__ import annotations

import os

SCALE = 0.2 if os.environ.get("HAMSA_QUICK_TESTS") == "1" else 1.0


def examples(full: int) -> int:
    """Hypothesis's max_examples for a property that searches ``full`` examples in CI."""
    return max(10, int(full * SCALE))
